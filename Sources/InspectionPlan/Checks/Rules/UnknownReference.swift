extension Rule {
  /// An id that names no unit, person or agency in the plan.
  static let unknownReference = Rule("unknown-reference") { context in
    var findings: [Finding] = []
    func report(_ owner: String, _ field: String, _ id: String, _ what: String) {
      findings.append(
        Finding(
          .error, "unknown-reference",
          "\(owner): \(field) '\(id)' không có trong danh sách \(what) của kế hoạch.",
          subjects: [owner, id]))
    }
    for inspection in context.plan.inspections {
      let owner = inspection.id
      if context.unitsByID[inspection.unit] == nil {
        report(owner, "đơn vị được kiểm tra", inspection.unit, "đơn vị")
      }
      for (field, id) in [("Trưởng đoàn", inspection.leader), ("Phó Trưởng đoàn", inspection.deputy)]
      {
        if let id, context.peopleByID[id] == nil { report(owner, field, id, "người") }
      }
      for id in inspection.members where context.peopleByID[id] == nil {
        report(owner, "thành viên", id, "người")
      }
      if let agency = inspection.leadAgency, context.agencyNames[agency] == nil {
        report(owner, "đơn vị chủ trì", agency, "đơn vị, cơ quan")
      }
    }
    for person in context.plan.people {
      if let agency = person.agency, context.agencyNames[agency] == nil {
        report(person.id, "cơ quan công tác", agency, "đơn vị, cơ quan")
      }
    }
    return findings
  }
}
