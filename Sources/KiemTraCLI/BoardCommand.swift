import InspectionPlan

/// `kiemtra board PLAN [--as-of DATE] [-o FILE] [--force]`
enum BoardCommand {
  static let usage = """
    Cách dùng: kiemtra board PLAN [--as-of YYYY-MM-DD] [-o TỆP.html] [--force]

    Một trang HTML tự chứa (mở được khi không có mạng, in được khổ A4 ngang) về tình hình thực
    hiện kế hoạch: số liệu chính, biểu đồ lịch kiểm tra có vạch ngày hôm nay, báo cáo đến hạn,
    quá hạn, đã nhận, kết quả đối chiếu báo cáo với đề cương, kiến nghị và việc thực hiện.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      -o TỆP           ghi ra tệp thay vì màn hình (không ghi đè nếu thiếu --force)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "board")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(arguments.positionals(known: ["--as-of", "-o", "--force"]), command: "board")
    let plan = try Tool.loadPlan(path, context: context)
    let html = BoardPage.html(plan: plan, asOf: asOf)
    return try Tool.emit(html, to: output, force: force, context: context)
  }
}
