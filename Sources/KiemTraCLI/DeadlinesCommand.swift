import InspectionPlan

/// `kiemtra deadlines PLAN [--as-of DATE] [--within N] [--format text|json]`
enum DeadlinesCommand {
  static let usage = """
    Cách dùng: kiemtra deadlines PLAN [--as-of YYYY-MM-DD] [--within N] [--format text|json]

    Báo cáo mà từng đơn vị phải gửi (báo cáo phục vụ kiểm tra, hoặc báo cáo tự kiểm tra với đơn vị
    không được kiểm tra): hạn ghi trong kế hoạch, hạn tính theo ngày làm việc, số ngày làm việc còn
    lại hoặc đã quá, và tình trạng cuộc kiểm tra.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      --within N       "sắp đến hạn" khi còn không quá N ngày làm việc (mặc định: 5)
      --format text|json

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "deadlines")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "deadlines")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let within =
      try arguments.value("--within", expected: "số ngày làm việc (số nguyên từ 0 trở lên)") {
        Int($0).flatMap { $0 >= 0 ? $0 : nil }
      } ?? 5
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--as-of", "--within"]), command: "deadlines")
    let plan = try Tool.loadPlan(path, context: context)
    let statuses = ReportTracker.statuses(plan, asOf: asOf, dueSoonWithin: within)
    let stdout =
      format == .json
      ? DeadlineReport.json(asOf: asOf, statuses: statuses)
      : DeadlineReport.text(plan: plan, asOf: asOf, statuses: statuses)
    return Output(stdout: stdout)
  }
}
