import InspectionPlan

/// `kiemtra calendar PLAN [--format md|txt|csv|ics|html|json] [--person ID] [-o FILE] [--force]`
enum CalendarCommand {
  static let usage = """
    Cách dùng: kiemtra calendar PLAN [--format md|txt|csv|ics|html|json|xlsx] [--person MÃ]
                                     [--delimiter ';'] [-o TỆP] [--force]

    Lịch kiểm tra cả năm: bảng phụ lục "Đối tượng, thời gian và thành phần Đoàn kiểm tra", lịch
    theo tháng và lịch của từng người (md, txt); tệp lịch nhập vào Google Calendar, Outlook (ics);
    bảng tính (csv, UTF-8 có BOM); trang in A4 có biểu đồ Gantt (html); json.
      --format xlsx      bảng tính: phụ lục (ngày thật), lịch theo tháng, mỗi người một trang (cần -o)
      --person MÃ        chỉ các cuộc kiểm tra người này tham gia
      --delimiter ';'    dấu phân cách cho csv (mặc định ','; dùng ';' cho Excel cài đặt tiếng Việt)
      -o TỆP, --force    ghi ra tệp (không ghi đè tệp đã có nếu thiếu --force)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "calendar")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.md, .txt, .csv, .ics, .html, .json, .xlsx], command: "calendar")
    let personID = try arguments.value("--person")
    let delimiterText = try arguments.value("--delimiter") ?? ","
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--person", "--delimiter", "-o", "--force"]),
      command: "calendar")
    guard delimiterText.count == 1, let delimiter = delimiterText.first, ",;\t".contains(delimiter) else {
      throw UsageError("--delimiter '\(delimiterText)' không hợp lệ (chọn ',', ';' hoặc tab)", command: "calendar")
    }
    let plan = try Tool.loadPlan(path, context: context)
    var person: Person? = nil
    if let personID {
      guard let found = plan.people.first(where: { $0.id == personID }) else {
        throw InputError("không có người mã '\(personID)' trong kế hoạch (các mã: \(plan.people.map(\.id).joined(separator: ", ")))")
      }
      person = found
    }
    let visits = plan.visits(of: personID)
    if format == .xlsx {
      return try Tool.emit(
        bytes: CalendarWorkbook.xlsx(plan: plan, visits: visits, person: person), to: output, force: force,
        format: format, command: "calendar", context: context, inputs: [path])
    }
    let text: String
    switch format {
    case .txt: text = CalendarReport.text(plan: plan, visits: visits, person: person)
    case .csv: text = CalendarExports.csv(visits: visits, delimiter: delimiter)
    case .ics: text = CalendarExports.ics(plan: plan, visits: visits, stamp: context.today)
    case .html: text = GanttPage.html(plan: plan, visits: visits)
    case .json: text = CalendarExports.json(plan: plan, visits: visits)
    default: text = CalendarReport.markdown(plan: plan, visits: visits, person: person)
    }
    return try Tool.emit(text, to: output, force: force, context: context, inputs: [path])
  }
}
