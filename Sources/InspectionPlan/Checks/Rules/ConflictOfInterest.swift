extension Rule {
  /// A team member who works for a unit the visit inspects. An error in general; a warning when
  /// the unit is the agency that organises the inspections (`settings.organizer`: Sở Nội vụ is
  /// inspected by a team led by its own deputy director); an accepted exception
  /// (`conflictException`) is reported as info with its reason instead.
  static let conflictOfInterest = Rule("conflict-of-interest") { context in
    var findings: [Finding] = []
    for (index, inspection) in context.plan.inspections.enumerated() {
      for id in context.roster(of: index).people.sorted() {
        guard let person = context.peopleByID[id], let agency = person.agency,
          inspection.units.contains(agency)
        else { continue }
        let subjects = [inspection.id, agency, id]
        let what = "\(person.displayName) công tác tại \(context.unitName(agency)) nhưng là thành viên Đoàn kiểm tra chính đơn vị này"
        if let exception = inspection.conflictException {
          findings.append(
            Finding(
              .info, "conflict-of-interest-accepted",
              "\(what); kế hoạch chấp nhận: \(exception.reason).", subjects: subjects))
        } else if agency == context.plan.settings.organizer {
          findings.append(
            Finding(
              .warning, "conflict-of-interest",
              "\(what). \(context.unitName(agency)) là cơ quan tổ chức kiểm tra nên trường hợp này thường được chấp nhận; ghi lý do vào 'conflictException' nếu kế hoạch chấp nhận.",
              subjects: subjects))
        } else {
          findings.append(Finding(.error, "conflict-of-interest", "\(what).", subjects: subjects))
        }
      }
    }
    return findings
  }
}
