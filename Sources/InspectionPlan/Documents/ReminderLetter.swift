/// Reminders (công văn đôn đốc) to units whose report before their visit is overdue or due soon.
///
/// The letter states only what the plan holds: the sender is the visit's lead agency (đơn vị
/// chủ trì), the due date as the plan words it with the working-day rule applied, the visit's
/// days. The number, the date of signing and the signer are left as blanks to fill in.
public enum ReminderLetter {
  /// The reports to remind about on `asOf`: visit reports overdue or due within `within`
  /// working days, most urgent first (in plan order within each state).
  public static func due(_ plan: Plan, asOf: CivilDate, within: Int = 5) -> [ReportStatus] {
    let statuses = ReportTracker.statuses(plan, asOf: asOf, dueSoonWithin: within)
      .filter { $0.kind == .inspectionReport }
    return statuses.filter { $0.state == .overdue } + statuses.filter { $0.state == .dueSoon }
  }

  /// One line per reminder, then counts.
  public static func text(plan: Plan, asOf: CivilDate, statuses: [ReportStatus]) -> String {
    let context = CheckContext(plan: plan, asOf: asOf)
    var out = "Đôn đốc gửi báo cáo phục vụ kiểm tra, tính đến ngày \(asOf.vietnamese):\n"
    if statuses.isEmpty { return out + "  không có đơn vị nào cần đôn đốc.\n" }
    for status in statuses {
      out += "  - \(context.unitName(status.unit)): \(state(status)); hạn \(status.effectiveDue!.vietnamese)\n"
    }
    let overdue = statuses.filter { $0.state == .overdue }.count
    out += "Tổng: \(statuses.count) đơn vị (\(overdue) quá hạn, \(statuses.count - overdue) sắp đến hạn).\n"
    return out
  }

  static func state(_ status: ReportStatus) -> String {
    status.state == .overdue
      ? "quá hạn \(-(status.workingDaysLeft ?? 0)) ngày làm việc"
      : "còn \(status.workingDaysLeft ?? 0) ngày làm việc"
  }

  /// The letter for one report as .docx bytes.
  public static func docx(plan: Plan, asOf: CivilDate, status: ReportStatus) -> [UInt8] {
    WordprocessingML.docx(document(plan: plan, asOf: asOf, status: status))
  }

  static func document(plan: Plan, asOf: CivilDate, status: ReportStatus) -> WordDocument {
    let context = CheckContext(plan: plan, asOf: asOf)
    let inspection = plan.inspections.first { $0.id == status.inspection }
    let unitName = context.unitName(status.unit)
    let sender = inspection?.leadAgency.map(context.agencyName) ?? "Đơn vị chủ trì"
    let size = 14.0
    func line(_ text: String, bold: Bool = false, italic: Bool = false, alignment: WordParagraph.Alignment = .justified, indent: Int = 567, after: Double = 6) -> WordBlock {
      .paragraph(WordParagraph([WordRun(text, bold: bold, italic: italic, size: size)], alignment: alignment, firstLineIndent: indent, spaceAfter: after))
    }
    let header = WordTable(
      columnWidths: [3800, 5800],
      rows: [
        WordTableRow([
          WordTableCell([
            WordParagraph([WordRun("UBND TỈNH \(plan.province.uppercased())", size: 13)], alignment: .center, spaceAfter: 0),
            WordParagraph([WordRun(sender.uppercased(), bold: true, size: 13)], alignment: .center, spaceAfter: 6),
            WordParagraph([WordRun("Số:        /", size: 13)], alignment: .center, spaceAfter: 0),
            WordParagraph([WordRun("V/v đôn đốc gửi báo cáo phục vụ kiểm tra công tác cải cách hành chính", size: 12)], alignment: .center, spaceAfter: 0),
          ]),
          WordTableCell([
            WordParagraph([WordRun("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 13)], alignment: .center, spaceAfter: 0),
            WordParagraph([WordRun("Độc lập - Tự do - Hạnh phúc", bold: true, size: 14)], alignment: .center, spaceAfter: 6),
            WordParagraph([WordRun("\(plan.province), ngày      tháng      năm \(asOf.year)", italic: true, size: 14)], alignment: .center, spaceAfter: 0),
          ]),
        ])
      ], borders: false)
    var decision = ""
    if let d = plan.decision, let number = d.number {
      decision = " (ban hành kèm theo Quyết định số \(number)\(d.date.map { " ngày \($0.vietnamese)" } ?? ""))"
    }
    // The tracker words the deadline as the plan states it, with its legal last day (the one
    // roll-forward phrase, Civil Code 2015 art. 148).
    let dueText = status.dueText ?? "trước ngày \(status.due!.vietnamese)"
    var blocks: [WordBlock] = [
      .table(header),
      line("Kính gửi: \(unitName).", alignment: .center, indent: 0, after: 12),
      line("Thực hiện \(plan.title)\(decision), \(unitName) được kiểm tra và gửi báo cáo phục vụ Đoàn kiểm tra \(dueText)."),
    ]
    if status.state == .overdue {
      blocks.append(line("Đến ngày \(asOf.vietnamese), \(sender) chưa nhận được báo cáo của \(unitName) (đã quá hạn \(-(status.workingDaysLeft ?? 0)) ngày làm việc)."))
    } else {
      blocks.append(line("Đến ngày \(asOf.vietnamese), \(sender) chưa nhận được báo cáo của \(unitName); thời hạn còn \(status.workingDaysLeft ?? 0) ngày làm việc."))
    }
    if let window = inspection?.window {
      blocks.append(line("Thời gian kiểm tra tại đơn vị: từ ngày \(window.from.vietnamese) đến hết ngày \(window.to.vietnamese)."))
    }
    blocks.append(line("Đề nghị \(unitName) khẩn trương hoàn thành báo cáo theo đề cương và gửi về \(sender) để tổng hợp, phục vụ Đoàn kiểm tra./.", after: 18))
    let footer = WordTable(
      columnWidths: [4600, 5000],
      rows: [
        WordTableRow([
          WordTableCell([
            WordParagraph([WordRun("Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, spaceAfter: 0),
            WordParagraph([WordRun("- Như trên;", size: 11)], alignment: .left, spaceAfter: 0),
            WordParagraph([WordRun("- Lưu: VT.", size: 11)], alignment: .left, spaceAfter: 0),
          ]),
          WordTableCell([
            WordParagraph([WordRun("(Chức vụ người ký)", bold: true, size: 13)], alignment: .center, spaceAfter: 60),
            WordParagraph([WordRun("(Ký, ghi rõ họ tên)", italic: true, size: 13)], alignment: .center, spaceAfter: 0),
          ]),
        ])
      ], borders: false)
    blocks.append(.table(footer))
    return WordDocument(title: "Đôn đốc gửi báo cáo: \(unitName)", sections: [WordSection(blocks: blocks)], pageNumbers: .none, fontSize: size)
  }
}
