/// The reports units owe, as a workbook: one row per report with real dates, its state and the
/// working days left, as `kiemtra deadlines` computes them on the given day.
public enum DeadlinesWorkbook {
  public static func xlsx(plan: Plan, asOf: CivilDate, statuses: [ReportStatus]) -> [UInt8] {
    SpreadsheetML.xlsx(workbook(plan: plan, asOf: asOf, statuses: statuses))
  }

  static func workbook(plan: Plan, asOf: CivilDate, statuses: [ReportStatus]) -> Workbook {
    let names = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let title = "Hạn báo cáo tính đến ngày \(asOf.vietnamese): \(plan.title)"
    var rows: [[SheetCell]] = [
      [.text(title, style: .title)],
      [.text("Hạn tính theo ngày làm việc: hạn rơi vào ngày nghỉ thì lùi đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).", style: .plain)],
      [],
      ["STT", "Đơn vị", "Loại báo cáo", "Hạn ghi trong kế hoạch", "Hạn tính theo ngày làm việc", "Tình trạng", "Ngày làm việc còn lại", "Ngày nhận", "Kiểm tra từ ngày", "Kiểm tra đến ngày"]
        .map { .text($0, style: .header) },
    ]
    for (index, status) in statuses.enumerated() {
      func date(_ day: CivilDate?) -> SheetCell { SheetCell(day.map(SheetCell.Value.date) ?? .empty) }
      rows.append([
        SheetCell(.integer(index + 1)), .text(names[status.unit] ?? status.unit),
        .text(status.kind == .inspectionReport ? "Báo cáo phục vụ kiểm tra" : "Báo cáo tự kiểm tra"),
        date(status.due), date(status.effectiveDue), .text(DeadlineReport.heading(status.state)),
        SheetCell(status.workingDaysLeft.map(SheetCell.Value.integer) ?? .empty),
        date(status.received), date(status.window?.from), date(status.window?.to),
      ])
    }
    let sheet = Worksheet(
      name: "Hạn báo cáo", columnWidths: [6, 36, 24, 14, 14, 18, 12, 12, 12, 12], rows: rows,
      frozenRows: 4, landscape: true)
    return Workbook(title: title, sheets: [sheet])
  }
}
