extension Rule {
  /// An id that names no unit, person, team or agency in the plan.
  static let unknownReference = Rule("unknown-reference") { context in
    var findings: [Finding] = []
    func report(_ owner: String, _ field: String, _ id: String, _ what: String) {
      findings.append(
        Finding(
          .error, "unknown-reference",
          "\(owner): \(field) '\(id)' không có trong danh sách \(what) của kế hoạch.",
          subjects: [owner, id]))
    }
    func checkPeople(_ owner: String, _ roles: [(String, [String])]) {
      for (field, ids) in roles {
        for id in ids where context.peopleByID[id] == nil { report(owner, field, id, "người") }
      }
    }
    func checkAgency(_ owner: String, _ agency: String?) {
      if let agency, context.agencyNames[agency] == nil {
        report(owner, "đơn vị chủ trì", agency, "đơn vị, cơ quan")
      }
    }
    for team in context.plan.teams {
      checkPeople(
        team.id,
        [
          ("Trưởng đoàn", [team.leader].compactMap { $0 }), ("Phó Trưởng đoàn", team.deputies),
          ("thư ký", team.secretaries), ("thành viên", team.members),
        ])
      checkAgency(team.id, team.leadAgency)
    }
    for inspection in context.plan.inspections {
      let owner = inspection.id
      for unit in inspection.units where context.unitsByID[unit] == nil {
        report(owner, "đơn vị được kiểm tra", unit, "đơn vị")
      }
      if let team = inspection.team, context.teamsByID[team] == nil {
        report(owner, "đoàn kiểm tra", team, "đoàn kiểm tra")
      }
      checkPeople(
        owner,
        [
          ("Trưởng đoàn", [inspection.leader].compactMap { $0 }),
          ("Phó Trưởng đoàn", inspection.deputies ?? []), ("thư ký", inspection.secretaries ?? []),
          ("thành viên", inspection.members ?? []),
        ])
      checkAgency(owner, inspection.leadAgency)
    }
    for person in context.plan.people {
      if let agency = person.agency, context.agencyNames[agency] == nil {
        report(person.id, "cơ quan công tác", agency, "đơn vị, cơ quan")
      }
    }
    return findings
  }
}
