import InspectionPlan

/// `kiemtra check PLAN [--format text|json] [--as-of DATE]`
enum CheckCommand {
  static let usage = """
    Cách dùng: kiemtra check PLAN [--format text|json] [--as-of YYYY-MM-DD]

    Kiểm tra kế hoạch và liệt kê mọi vấn đề, nhóm theo mức độ (lỗi, cảnh báo, thông tin).
      --format text|json   định dạng kết quả (mặc định: text)
      --as-of NGÀY         cũng báo các báo cáo đã quá hạn mà chưa nhận tính đến ngày này

    Mã thoát: 0 không có lỗi; 1 có ít nhất một lỗi; 2 tệp hoặc tùy chọn không hợp lệ.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "check")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "check")
    let asOf = try Tool.dateOption(&arguments, "--as-of")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--as-of"]), command: "check")
    let plan = try Tool.loadPlan(path, context: context)

    let findings = Checker.check(plan, asOf: asOf)
    let stdout =
      format == .json
      ? CheckReport.json(plan: plan, findings: findings)
      : CheckReport.text(plan: plan, findings: findings)
    let hasErrors = findings.contains { $0.severity == .error }
    return Output(stdout: stdout, status: hasErrors ? .findings : .success)
  }
}
