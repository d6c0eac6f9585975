import InspectionPlan

/// `kiemtra deadlines PLAN [--as-of DATE] [--within N] [--format text|json]`
enum DeadlinesCommand {
  static let usage = """
    Cách dùng: kiemtra deadlines PLAN [--as-of YYYY-MM-DD] [--within N] [--format text|json|xlsx] [-o TỆP] [--force]

    Báo cáo mà từng đơn vị phải gửi (báo cáo phục vụ kiểm tra, hoặc báo cáo tự kiểm tra với đơn vị
    không được kiểm tra): hạn ghi trong kế hoạch, hạn tính theo ngày làm việc, số ngày làm việc còn
    lại hoặc đã quá, và tình trạng cuộc kiểm tra.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      --within N       "sắp đến hạn" khi còn không quá N ngày làm việc (mặc định: 5)
      --format text|json|xlsx   xlsx là bảng tính Excel (cần -o TỆP)
      -o TỆP, --force    ghi ra tệp (không ghi đè tệp đã có nếu thiếu --force)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "deadlines")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json, .xlsx], command: "deadlines")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let within =
      try arguments.value("--within", expected: "số ngày làm việc (số nguyên từ 0 trở lên)") {
        Int($0).flatMap { $0 >= 0 ? $0 : nil }
      } ?? 5
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--as-of", "--within", "-o", "--force"]), command: "deadlines")
    let plan = try Tool.loadPlan(path, context: context)
    let statuses = ReportTracker.statuses(plan, asOf: asOf, dueSoonWithin: within)
    if format == .xlsx {
      return try Tool.emit(
        bytes: DeadlinesWorkbook.xlsx(plan: plan, asOf: asOf, statuses: statuses), to: output, force: force,
        format: format, command: "deadlines", context: context, inputs: [path])
    }
    let stdout =
      format == .json
      ? DeadlineReport.json(asOf: asOf, statuses: statuses)
      : DeadlineReport.text(plan: plan, asOf: asOf, statuses: statuses)
    return try Tool.emit(stdout, to: output, force: force, context: context, inputs: [path])
  }
}
