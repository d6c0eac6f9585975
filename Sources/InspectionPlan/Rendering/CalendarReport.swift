/// The plan's appendix table ("Đối tượng, thời gian và thành phần Đoàn kiểm tra"), a
/// month-by-month view and each person's agenda, as Markdown or plain text.
///
/// A plan with several teams gets one table per team, headed by the team's roster; a visit led
/// by someone other than its team's leader names its leader of the day.
public enum CalendarReport {
  /// "Từ ngày 01/08/2023 đến hết ngày 08/08/2023", as the appendix writes a window.
  public static func windowText(_ window: DateWindow?) -> String {
    guard let window else { return "Chưa xếp lịch" }
    return VisitTiming.fixed(window).vietnamese
  }

  public static func markdown(plan: Plan, visits: [Visit], person: Person? = nil) -> String {
    var out = "# \(plan.title)\n\n"
    if let person { out += "Lịch của \(person.displayNameWithTitle)\n\n" }
    out += "## Đối tượng, thời gian và thành phần Đoàn kiểm tra\n"
    let numbers = memberNumbers(visits)
    for (team, group) in teamGroups(plan: plan, visits: visits) {
      if let team {
        out += "\n### \(team.name)\n\n"
        for (role, names) in teamRosterLines(plan: plan, team: team) {
          out += "- \(role): \(names.joined(separator: "; "))\n"
        }
      } else if plan.teams.count > 1 {
        out += "\n### Cuộc kiểm tra không thuộc đoàn nào\n"
      }
      out += "\n| STT | Đối tượng kiểm tra | Thời gian kiểm tra | Trưởng đoàn | Phó Trưởng đoàn | Thành viên |\n"
      out += "| --- | --- | --- | --- | --- | --- |\n"
      for visit in group {
        let members = memberCells(visit, numbers: numbers).joined(separator: "<br>")
        out += "| \(visit.number) | \(visit.unitName)\(CalendarExports.kindSuffix(visit)) | \(visit.timing.vietnamese) | "
        out += "\(leaderCell(visit, teams: plan.teams.count)) | \(deputyCells(visit).joined(separator: "<br>")) | \(members) |\n"
      }
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
    for (team, group) in teamGroups(plan: plan, visits: visits) {
      if let team {
        out += "\n\(team.name.uppercased())\n"
        for (role, names) in teamRosterLines(plan: plan, team: team) {
          out += "  \(role): \(names.joined(separator: "; "))\n"
        }
      } else if plan.teams.count > 1 {
        out += "\nCUỘC KIỂM TRA KHÔNG THUỘC ĐOÀN NÀO\n"
      }
      for visit in group {
        out += "\n\(visit.number). \(visit.unitName)\(CalendarExports.kindSuffix(visit))\n"
        out += "   Thời gian kiểm tra: \(visit.timing.vietnamese)\n"
        out += "   Trưởng đoàn: \(visit.leader == nil ? "chưa phân công" : leaderCell(visit, teams: plan.teams.count))\n"
        let deputies = deputyCells(visit)
        out += "   Phó Trưởng đoàn: \(deputies.isEmpty ? "chưa phân công" : deputies.joined(separator: "; "))\n"
        let members = memberCells(visit, numbers: numbers)
        if !members.isEmpty {
          out += "   Thành viên:\n"
          for member in members { out += "     \(member)\n" }
        }
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

  /// The visits grouped by team, in the order of the plan's teams, then visits with no team.
  /// A plan with at most one team and no visit outside it gives one group with no heading.
  static func teamGroups(plan: Plan, visits: [Visit]) -> [(InspectionTeam?, [Visit])] {
    guard plan.teams.count > 1 else { return [(nil, visits)] }
    var groups: [(InspectionTeam?, [Visit])] = plan.teams.map { team in
      (team, visits.filter { $0.team?.id == team.id })
    }
    groups.append((nil, visits.filter { $0.team == nil }))
    return groups.filter { !$0.1.isEmpty }
  }

  /// The team's standing roster by role: ("Trưởng đoàn", [names]), …
  static func teamRosterLines(plan: Plan, team: InspectionTeam) -> [(String, [String])] {
    let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let roster = Inspection(id: team.id, units: [], team: team.id).roster(team: team)
    return TeamRole.allCases.compactMap { role in
      let names = roster.filter { $0.role == role }.map { people[$0.personID]?.displayNameWithTitle ?? $0.personID }
      return names.isEmpty ? nil : (role.vietnameseName, names)
    }
  }

  /// A visit's roster by role, for calendar descriptions: ("Trưởng đoàn", [names]), …
  static func rosterLines(_ visit: Visit, withTitles: Bool) -> [(String, [String])] {
    TeamRole.allCases.compactMap { role in
      let people = visit.roster.filter { $0.role == role }.map(\.person)
      guard !people.isEmpty else { return nil }
      // Members are listed by name alone, as the calendar has always done.
      let names = people.map { withTitles && role != .member ? $0.displayNameWithTitle : $0.displayName }
      return (role.vietnameseName, names)
    }
  }

  /// The leader, marked as leading the day when the visit's team (headed with its own leader
  /// in a plan of several teams) is led by someone else. In a one-team plan the column itself
  /// names each visit's leader, as the 2023 appendix does when leader and deputy swap.
  static func leaderCell(_ visit: Visit, teams: Int) -> String {
    guard let leader = visit.leader else { return "" }
    if teams > 1, let team = visit.team, let teamLeader = team.leader, teamLeader != leader.id {
      return "\(leader.displayNameWithTitle) (Trưởng đoàn ngày kiểm tra)"
    }
    return leader.displayNameWithTitle
  }

  /// The deputies, the standing one marked.
  static func deputyCells(_ visit: Visit) -> [String] {
    visit.roster.filter { $0.role == .standingDeputy || $0.role == .deputy }.map {
      $0.person.displayNameWithTitle + ($0.role == .standingDeputy ? " (thường trực)" : "")
    }
  }

  /// The secretaries ("Thư ký: …") then the members, numbered across the whole table.
  static func memberCells(_ visit: Visit, numbers: [String: Int]) -> [String] {
    visit.secretaries.map { "Thư ký: \($0.displayNameWithTitle)" }
      + visit.members.map { "\(numbers[$0.id]!). \($0.displayNameWithTitle)" }
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

  /// "Tháng 8/2023" → the visits and due dates of that month, by date. A visit planned to a
  /// period is listed under the period's first month as planned.
  static func monthly(_ visits: [Visit]) -> [(String, [String])] {
    var events: [(CivilDate, Int, String)] = []
    for visit in visits {
      let name = "\(visit.unitName)\(CalendarExports.kindSuffix(visit))"
      switch visit.timing {
      case .fixed(let window):
        let days = visit.workingDays.map { " (\($0) ngày làm việc)" } ?? ""
        let when = window.shortText
        let tentative = visit.inspection.tentative ? " (dự kiến)" : ""
        events.append((window.from, 1, "\(when): kiểm tra \(name)\(window.part == nil ? days : "")\(tentative)"))
      case .planned(let range, _, _):
        events.append((range.from, 1, "\(visit.timing.vietnamese): kiểm tra \(name)"))
      case .unscheduled:
        break
      }
      if visit.due != nil, let effective = visit.effectiveDue {
        let text = visit.dueText.map { " (\($0))" } ?? ""
        events.append((effective, 0, "\(effective.vietnamese): hạn báo cáo của \(visit.unitName)\(text)"))
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
        let window: String
        switch visit.timing {
        case .fixed(let fixed): window = fixed.shortText
        case .planned: window = visit.timing.vietnamese.prefix(1).lowercased() + visit.timing.vietnamese.dropFirst()
        case .unscheduled: window = "chưa xếp lịch"
        }
        let team = plan.teams.count > 1 ? visit.team.map { ", \($0.name)" } ?? "" : ""
        return "\(window): \(visit.unitName)\(CalendarExports.kindSuffix(visit)) (\(role)\(team))"
      }
      return lines.isEmpty ? nil : (person, lines)
    }
  }
}
