import InspectionPlan

/// `kiemtra summary PLAN [--as-of DATE] [--format md|json] [-o FILE] [--force]`
enum SummaryCommand {
  static let usage = """
    Cách dùng: kiemtra summary PLAN [--as-of YYYY-MM-DD] [--baseline CŨ] [--format md|json|docx] [-o TỆP] [--force]

    Báo cáo kết quả thực hiện kế hoạch kiểm tra tính đến một ngày, viết thành một mục của báo cáo
    Sở Nội vụ gửi UBND tỉnh: số cuộc đã kiểm tra, tỷ lệ kiểm tra so với chỉ tiêu, việc gửi báo cáo
    (đúng hạn, muộn, chưa gửi; cả báo cáo tự kiểm tra), tồn tại theo lĩnh vực, kiến nghị đã xong và
    quá hạn, kinh phí của các cuộc đã thực hiện.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      --baseline CŨ    kế hoạch trước điều chỉnh: đếm các cuộc đã dời thời gian và đã bỏ
      --format md|json|docx   docx là văn bản Word khổ A4 (cần -o TỆP)
      -o TỆP           ghi ra tệp thay vì màn hình (không ghi đè nếu thiếu --force)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "summary")
    let format = try OutputFormat.parse(arguments.value("--format"), allowed: [.md, .json, .docx], command: "summary")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let baselinePath = try arguments.value("--baseline")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--as-of", "-o", "--force", "--baseline"]), command: "summary")
    let plan = try Tool.loadPlan(path, context: context)
    var summary = YearSummary(plan: plan, asOf: asOf)
    if let baselinePath {
      summary.amendment = PlanAmendment(old: try Tool.loadPlan(baselinePath, context: context), new: plan)
    }
    if format == .docx {
      return try Tool.emit(
        bytes: SummaryDocument.docx(plan: plan, asOf: asOf, summary: summary), to: output, force: force,
        format: .docx, command: "summary", context: context, inputs: [path])
    }
    let text =
      format == .json
      ? SummaryReport.json(plan: plan, asOf: asOf, summary: summary)
      : SummaryReport.markdown(plan: plan, asOf: asOf, summary: summary)
    return try Tool.emit(text, to: output, force: force, context: context)
  }
}
