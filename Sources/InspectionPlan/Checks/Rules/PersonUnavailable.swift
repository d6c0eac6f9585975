extension Rule {
  /// A team member booked on a visit during days they declared unavailable.
  static let personUnavailable = Rule("person-unavailable") { context in
    var findings: [Finding] = []
    for inspection in context.plan.inspections {
      guard let window = inspection.window else { continue }
      for id in Set(inspection.team).sorted() {
        guard let person = context.peopleByID[id] else { continue }
        for absence in person.unavailable where absence.overlaps(window) {
          findings.append(
            Finding(
              .error, "person-unavailable",
              "\(person.displayName) vắng từ \(absence.from.vietnamese) đến \(absence.to.vietnamese), trùng cuộc kiểm tra \(context.unitName(inspection.unit)) (\(window.from.vietnamese)–\(window.to.vietnamese)).",
              subjects: [id, inspection.id, inspection.unit]))
        }
      }
    }
    return findings
  }
}
