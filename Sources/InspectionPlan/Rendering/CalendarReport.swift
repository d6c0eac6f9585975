/// The plan's appendix table ("Đối tượng, thời gian và thành phần Đoàn kiểm tra"), a
/// month-by-month view and each person's agenda, as Markdown or plain text.
public enum CalendarReport {
  /// "Từ ngày 01/08/2023 đến hết ngày 08/08/2023", as the appendix writes a window.
  public static func windowText(_ window: DateWindow?) -> String {
    guard let window else { return "Chưa xếp lịch" }
    return "Từ ngày \(window.from.vietnamese) đến hết ngày \(window.to.vietnamese)"
  }

  public static func markdown(plan: Plan, visits: [Visit], person: Person? = nil) -> String {
    var out = "# \(plan.title)\n\n"
    if let person { out += "Lịch của \(person.displayNameWithTitle)\n\n" }
    out += "## Đối tượng, thời gian và thành phần Đoàn kiểm tra\n\n"
    out += "| STT | Đối tượng kiểm tra | Thời gian kiểm tra | Trưởng đoàn | Phó Trưởng đoàn | Thành viên |\n"
    out += "| --- | --- | --- | --- | --- | --- |\n"
    let numbers = memberNumbers(visits)
    for visit in visits {
      let members = visit.members.map { "\(numbers[$0.id]!). \($0.displayNameWithTitle)" }
        .joined(separator: "<br>")
      out += "| \(visit.number) | \(visit.unitName) | \(windowText(visit.window)) | "
      out += "\(visit.leader?.displayNameWithTitle ?? "") | \(visit.deputy?.displayNameWithTitle ?? "") | \(members) |\n"
    }
    if let note = plan.settings.communeSampling?.note { out += "\nLưu ý: \(note)\n" }
    out += "\n## Lịch theo tháng\n"
    for (month, entries) in monthly(visits) {
      out += "\n### \(month)\n\n"
      for entry in entries { out += "- \(entry)\n" }
    }
    out += "\n## Lịch của từng người\n"
    for (person, lines) in agendas(plan: plan, visits: visits, only: person) {
      out += "\n### \(person.displayNameWithTitle)\n\n"
      for line in lines { out += "- \(line)\n" }
    }
    return out
  }

  public static func text(plan: Plan, visits: [Visit], person: Person? = nil) -> String {
    var out = "\(plan.title.uppercased())\n"
    if let person { out += "Lịch của \(person.displayNameWithTitle)\n" }
    out += "\nĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN ĐOÀN KIỂM TRA\n"
    let numbers = memberNumbers(visits)
    for visit in visits {
      out += "\n\(visit.number). \(visit.unitName)\n"
      out += "   Thời gian kiểm tra: \(windowText(visit.window))\n"
      out += "   Trưởng đoàn: \(visit.leader?.displayNameWithTitle ?? "chưa phân công")\n"
      out += "   Phó Trưởng đoàn: \(visit.deputy?.displayNameWithTitle ?? "chưa phân công")\n"
      if !visit.members.isEmpty {
        out += "   Thành viên:\n"
        for member in visit.members { out += "     \(numbers[member.id]!). \(member.displayNameWithTitle)\n" }
      }
    }
    if let note = plan.settings.communeSampling?.note { out += "\nLưu ý: \(note)\n" }
    out += "\nLỊCH THEO THÁNG\n"
    for (month, entries) in monthly(visits) {
      out += "\n\(month)\n"
      for entry in entries { out += "  - \(entry)\n" }
    }
    out += "\nLỊCH CỦA TỪNG NGƯỜI\n"
    for (person, lines) in agendas(plan: plan, visits: visits, only: person) {
      out += "\n\(person.displayNameWithTitle)\n"
      for line in lines { out += "  - \(line)\n" }
    }
    return out
  }

  /// Members numbered 1, 2, … in order of first appearance, as the appendix numbers them
  /// across the whole table.
  static func memberNumbers(_ visits: [Visit]) -> [String: Int] {
    var numbers: [String: Int] = [:]
    for member in visits.flatMap(\.members) where numbers[member.id] == nil {
      numbers[member.id] = numbers.count + 1
    }
    return numbers
  }

  /// "Tháng 8/2023" → the visits and due dates of that month, by date.
  static func monthly(_ visits: [Visit]) -> [(String, [String])] {
    var events: [(CivilDate, Int, String)] = []
    for visit in visits {
      if let window = visit.window {
        let days = visit.workingDays.map { " (\($0) ngày làm việc)" } ?? ""
        events.append((window.from, 1, "\(window.from.vietnamese)–\(window.to.vietnamese): kiểm tra \(visit.unitName)\(days)"))
      }
      if let due = visit.due, let effective = visit.effectiveDue {
        let shift = effective == due ? "" : " (ngày nghỉ, tính đến \(effective.vietnamese))"
        events.append((due, 0, "\(due.vietnamese): hạn báo cáo của \(visit.unitName)\(shift)"))
      }
    }
    events.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var months: [(String, [String])] = []
    for (date, _, text) in events {
      let label = "Tháng \(date.month)/\(date.year)"
      if months.last?.0 == label {
        months[months.count - 1].1.append(text)
      } else {
        months.append((label, [text]))
      }
    }
    return months
  }

  /// Each person's visits with their role, people in Vietnamese list order.
  static func agendas(plan: Plan, visits: [Visit], only: Person?) -> [(Person, [String])] {
    let people = only.map { [$0] } ?? plan.peopleInListOrder
    return people.compactMap { person in
      let lines = visits.compactMap { visit -> String? in
        guard let role = visit.role(of: person.id) else { return nil }
        let window = visit.window.map { "\($0.from.vietnamese)–\($0.to.vietnamese)" } ?? "chưa xếp lịch"
        return "\(window): \(visit.unitName) (\(role))"
      }
      return lines.isEmpty ? nil : (person, lines)
    }
  }
}
