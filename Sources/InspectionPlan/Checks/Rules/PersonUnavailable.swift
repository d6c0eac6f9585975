extension Rule {
  /// A team member booked on a visit during days they declared unavailable.
  static let personUnavailable = Rule("person-unavailable") { context in
    var findings: [Finding] = []
    for (index, inspection) in context.plan.inspections.enumerated() {
      guard let window = context.occupiedWindow(of: index) else { continue }
      for id in context.roster(of: index).people.sorted() {
        guard let person = context.peopleByID[id] else { continue }
        for absence in person.unavailable where absence.overlaps(window) {
          findings.append(
            Finding(
              .error, "person-unavailable",
              "\(person.displayName) vắng từ \(absence.from.vietnamese) đến \(absence.to.vietnamese), trùng cuộc kiểm tra \(context.unitNames(inspection)) (\(window.shortText)).",
              subjects: [id, inspection.id] + inspection.units))
        }
      }
    }
    return findings
  }
}
