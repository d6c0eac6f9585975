extension Rule {
  /// One person listed twice in one visit's roster (e.g. as deputy and as member), or twice in
  /// one team's roster.
  static let samePersonTwoRoles = Rule("same-person-two-roles") { context in
    var findings: [Finding] = []
    func duplicates(_ ids: [String]) -> [String] {
      var seen = Set<String>()
      var reported = Set<String>()
      return ids.filter { !seen.insert($0).inserted && reported.insert($0).inserted }
    }
    for team in context.plan.teams {
      let ids = [team.leader].compactMap { $0 } + team.deputies + team.secretaries + team.members
      for id in duplicates(ids) {
        findings.append(
          Finding(
            .error, "same-person-two-roles",
            "\(context.personName(id)) có tên hai lần trong \(team.name).",
            subjects: [team.id, id]))
      }
    }
    for (index, inspection) in context.plan.inspections.enumerated() {
      // A team's own duplicates are reported once, above, not again for each of its visits.
      let team = context.team(of: inspection)
      let teamDuplicates = Set(
        team.map { duplicates([$0.leader].compactMap { $0 } + $0.deputies + $0.secretaries + $0.members) } ?? [])
      for id in duplicates(context.roster(of: index).map(\.personID)) where !teamDuplicates.contains(id) {
        findings.append(
          Finding(
            .error, "same-person-two-roles",
            "\(context.personName(id)) có tên hai lần trong Đoàn kiểm tra \(context.unitNames(inspection)).",
            subjects: [inspection.id, id]))
      }
    }
    return findings
  }
}
