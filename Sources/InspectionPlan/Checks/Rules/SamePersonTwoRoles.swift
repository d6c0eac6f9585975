extension Rule {
  /// One person listed twice in one visit's team (e.g. as deputy and as member).
  static let samePersonTwoRoles = Rule("same-person-two-roles") { context in
    var findings: [Finding] = []
    for inspection in context.plan.inspections {
      var seen = Set<String>()
      var reported = Set<String>()
      for id in inspection.team where !seen.insert(id).inserted && reported.insert(id).inserted {
        findings.append(
          Finding(
            .error, "same-person-two-roles",
            "\(context.personName(id)) có tên hai lần trong Đoàn kiểm tra \(context.unitName(inspection.unit)).",
            subjects: [inspection.id, id]))
      }
    }
    return findings
  }
}
