extension Rule {
  /// A team member who works for the unit being inspected.
  static let conflictOfInterest = Rule("conflict-of-interest") { context in
    var findings: [Finding] = []
    for inspection in context.plan.inspections {
      for id in Set(inspection.team).sorted() {
        guard let person = context.peopleByID[id], person.agency == inspection.unit else { continue }
        findings.append(
          Finding(
            .error, "conflict-of-interest",
            "\(person.displayName) công tác tại \(context.unitName(inspection.unit)) nhưng là thành viên Đoàn kiểm tra chính đơn vị này.",
            subjects: [inspection.id, inspection.unit, id]))
      }
    }
    return findings
  }
}
