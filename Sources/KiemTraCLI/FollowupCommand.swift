import InspectionPlan

/// `kiemtra followup PLAN [--as-of DATE] [--within N] [--format text|json]`
enum FollowupCommand {
  static let usage = """
    Cách dùng: kiemtra followup PLAN [--as-of YYYY-MM-DD] [--within N] [--format text|json]

    Theo dõi thực hiện kiến nghị sau kiểm tra (khóa conclusions của kế hoạch): kiến nghị quá hạn,
    sắp đến hạn, đang thực hiện, đã hoàn thành; theo đơn vị thực hiện và theo đơn vị chủ trì.
    Hạn cuối rơi vào ngày nghỉ thì kéo dài đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).
    Mã thoát 1 khi có kiến nghị quá hạn.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      --within N       "sắp đến hạn" khi còn không quá N ngày làm việc (mặc định: 10)
      --format text|json

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "followup")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "followup")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let within =
      try arguments.value("--within", expected: "số ngày làm việc (số nguyên từ 0 trở lên)") {
        Int($0).flatMap { $0 >= 0 ? $0 : nil }
      } ?? 10
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--as-of", "--within"]), command: "followup")
    let plan = try Tool.loadPlan(path, context: context)
    let statuses = FollowUpTracker.statuses(plan, asOf: asOf, dueSoonWithin: within)
    let stdout =
      format == .json
      ? FollowUpReport.json(asOf: asOf, statuses: statuses)
      : FollowUpReport.text(plan: plan, asOf: asOf, statuses: statuses)
    let overdue = statuses.contains { $0.standing == .overdue }
    return Output(stdout: stdout, status: overdue ? .findings : .success)
  }
}
