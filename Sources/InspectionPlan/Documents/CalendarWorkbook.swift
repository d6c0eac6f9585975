/// The year's calendar as a workbook: the appendix table "Đối tượng, thời gian và thành phần
/// Đoàn kiểm tra" with real dates, the visits and due dates month by month, and one sheet per
/// person with the visits they take part in.
public enum CalendarWorkbook {
  public static func xlsx(plan: Plan, visits: [Visit], person: Person? = nil) -> [UInt8] {
    SpreadsheetML.xlsx(workbook(plan: plan, visits: visits, person: person))
  }

  static func workbook(plan: Plan, visits: [Visit], person: Person?) -> Workbook {
    func date(_ day: CivilDate?) -> SheetCell { SheetCell(day.map(SheetCell.Value.date) ?? .empty) }
    var appendix: [[SheetCell]] = [
      [.text(plan.title, style: .title)],
      [.text("Đối tượng, thời gian và thành phần Đoàn kiểm tra" + (person.map { " (lịch của \($0.displayNameWithTitle))" } ?? ""), style: .title)],
      [],
      ["STT", "Đối tượng kiểm tra", "Từ ngày", "Đến hết ngày", "Số ngày làm việc", "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên", "Đơn vị chủ trì", "Hạn báo cáo", "Hạn tính theo ngày làm việc"]
        .map { .text($0, style: .header) },
    ]
    for visit in visits {
      appendix.append([
        SheetCell(.integer(visit.number)), .text(visit.unitName), date(visit.window?.from), date(visit.window?.to),
        SheetCell(visit.workingDays.map(SheetCell.Value.integer) ?? .empty),
        .text(visit.leader?.displayNameWithTitle), .text(visit.deputy?.displayNameWithTitle),
        .text(visit.members.map(\.displayNameWithTitle).joined(separator: "\n")),
        .text(visit.leadAgencyName), date(visit.due), date(visit.effectiveDue),
      ])
    }
    var sheets = [
      Worksheet(
        name: "Phụ lục", columnWidths: [6, 30, 12, 12, 10, 30, 30, 44, 24, 12, 14], rows: appendix,
        frozenRows: 4, landscape: true)
    ]

    // Month by month: each visit and each due date on its own row, by date.
    var events: [(CivilDate, Int, [SheetCell])] = []
    for visit in visits {
      if let window = visit.window {
        events.append((window.from, 1, [
          .text("Tháng \(window.from.month)/\(window.from.year)"), date(window.from), date(window.to),
          .text("Kiểm tra"), .text(visit.unitName),
          .text(visit.workingDays.map { "\($0) ngày làm việc" }),
        ]))
      }
      if let due = visit.due {
        let shifted = visit.effectiveDue.flatMap { $0 == due ? nil : "ngày nghỉ, tính đến \($0.vietnamese)" }
        events.append((due, 0, [
          .text("Tháng \(due.month)/\(due.year)"), date(due), SheetCell(.empty),
          .text("Hạn báo cáo"), .text(visit.unitName), .text(shifted),
        ]))
      }
    }
    events.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    let monthRows: [[SheetCell]] =
      [[.text("Lịch theo tháng", style: .title)], [],
       ["Tháng", "Ngày", "Đến hết ngày", "Việc", "Đơn vị", "Ghi chú"].map { .text($0, style: .header) }]
      + events.map(\.2)
    sheets.append(Worksheet(name: "Theo tháng", columnWidths: [12, 12, 12, 14, 36, 30], rows: monthRows, frozenRows: 3))

    // One sheet per person, in Vietnamese list order.
    let people = person.map { [$0] } ?? plan.peopleInListOrder
    for someone in people {
      let own = visits.compactMap { visit -> [SheetCell]? in
        guard let role = visit.role(of: someone.id) else { return nil }
        return [date(visit.window?.from), date(visit.window?.to), .text(visit.unitName), .text(role), .text(visit.leadAgencyName)]
      }
      guard !own.isEmpty else { continue }
      let rows: [[SheetCell]] =
        [[.text(someone.displayNameWithTitle, style: .title)], [],
         ["Từ ngày", "Đến hết ngày", "Đơn vị được kiểm tra", "Vai trò", "Đơn vị chủ trì"].map { .text($0, style: .header) }]
        + own
      sheets.append(Worksheet(name: someone.name ?? someone.role ?? someone.id, columnWidths: [12, 12, 36, 18, 28], rows: rows, frozenRows: 3))
    }
    return Workbook(title: plan.title, sheets: sheets)
  }
}
