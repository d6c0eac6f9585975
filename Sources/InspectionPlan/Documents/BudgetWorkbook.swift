/// The allowance estimate as a workbook the finance office can check: one row per visit with
/// formulas (person-days = people × days, amount = person-days × allowance), totals per lead
/// agency with SUMIF over the visits, and the grand total. Each formula carries its value, so
/// a reader that does not recalculate still shows the figures of `kiemtra budget`.
public enum BudgetWorkbook {
  /// The .xlsx bytes.
  public static func xlsx(plan: Plan, budget: Budget) -> [UInt8] {
    SpreadsheetML.xlsx(workbook(plan: plan, budget: budget))
  }

  static let visitsSheet = "Theo cuộc kiểm tra"

  static func workbook(plan: Plan, budget: Budget) -> Workbook {
    let basis = budget.basis == .workingDays ? "ngày làm việc" : "ngày lịch"
    let title = "Dự toán kinh phí hỗ trợ Đoàn kiểm tra: \(plan.title)"
    let note = "Mức hỗ trợ \(MoneyFormat.dong(budget.allowancePerPersonDay))/người/ngày; số ngày tính theo \(basis); đơn vị chủ trì chi cho các cuộc kiểm tra mình chủ trì."
    var rows: [[SheetCell]] = [
      [.text(title, style: .title)], [.text(note, style: .plain)], [],
      ["STT", "Đơn vị được kiểm tra", "Đơn vị chủ trì", "Thời gian kiểm tra", "Số người", "Số ngày", "Ngày công", "Mức hỗ trợ (đồng/người/ngày)", "Thành tiền (đồng)"]
        .map { .text($0, style: .header) },
    ]
    let first = rows.count + 1
    for (index, line) in budget.lines.enumerated() {
      let r = rows.count + 1
      rows.append([
        SheetCell(.integer(index + 1)), .text(line.visit.unitName),
        .text(line.visit.leadAgencyName ?? "(chưa có đơn vị chủ trì)"),
        .text(CalendarReport.windowText(line.visit.window)),
        SheetCell(.integer(line.people)), SheetCell(.integer(line.days)),
        SheetCell(.formula("E\(r)*F\(r)", cached: line.personDays)),
        SheetCell(.integer(budget.allowancePerPersonDay)),
        SheetCell(.formula("G\(r)*H\(r)", cached: line.amount)),
      ])
    }
    let last = rows.count
    rows.append([
      SheetCell(.empty, style: .total), .text("Tổng cộng", style: .total), SheetCell(.empty, style: .total),
      SheetCell(.empty, style: .total), SheetCell(.empty, style: .total), SheetCell(.empty, style: .total),
      SheetCell(.formula("SUM(G\(first):G\(last))", cached: budget.personDays), style: .total),
      SheetCell(.empty, style: .total),
      SheetCell(.formula("SUM(I\(first):I\(last))", cached: budget.total), style: .total),
    ])
    let visits = Worksheet(
      name: visitsSheet, columnWidths: [6, 34, 30, 26, 9, 9, 11, 16, 18], rows: rows, frozenRows: 4,
      landscape: true)

    let reference = "'\(visitsSheet)'!"
    var agencyRows: [[SheetCell]] = [
      [.text(title, style: .title)], [.text("Cộng theo đơn vị chủ trì (đơn vị chi), từ trang “\(visitsSheet)”.", style: .plain)], [],
      ["Đơn vị chủ trì", "Ngày công", "Thành tiền (đồng)"].map { .text($0, style: .header) },
    ]
    let agencyFirst = agencyRows.count + 1
    for agency in budget.byAgency {
      let r = agencyRows.count + 1
      let range = "\(reference)$C$\(first):$C$\(last)"
      agencyRows.append([
        .text(agency.agencyName),
        SheetCell(.formula("SUMIF(\(range),A\(r),\(reference)$G$\(first):$G$\(last))", cached: agency.personDays)),
        SheetCell(.formula("SUMIF(\(range),A\(r),\(reference)$I$\(first):$I$\(last))", cached: agency.amount)),
      ])
    }
    let agencyLast = agencyRows.count
    agencyRows.append([
      .text("Tổng cộng", style: .total),
      SheetCell(.formula("SUM(B\(agencyFirst):B\(agencyLast))", cached: budget.personDays), style: .total),
      SheetCell(.formula("SUM(C\(agencyFirst):C\(agencyLast))", cached: budget.total), style: .total),
    ])
    let agencies = Worksheet(name: "Theo đơn vị chủ trì", columnWidths: [40, 12, 20], rows: agencyRows, frozenRows: 4)
    return Workbook(title: title, sheets: [visits, agencies])
  }
}
