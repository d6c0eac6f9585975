import InspectionPlan

/// `kiemtra schedule PLAN [--replan] [--baseline OLD] [--from DATE] [--until DATE] [--time-limit S] -o OUT [--force]`
enum ScheduleCommand {
  static let usage = """
    Cách dùng: kiemtra schedule PLAN -o TỆP_MỚI [--replan] [--baseline CŨ] [--from YYYY-MM-DD] [--until YYYY-MM-DD] [--time-limit GIÂY] [--force]

    Đề xuất thời gian kiểm tra và hạn báo cáo cho các cuộc kiểm tra chưa có lịch (hoặc, với
    --replan, mọi cuộc kiểm tra không có "pinned": true), thỏa mọi quy tắc của lệnh check: ngày làm
    việc, không trùng lịch người, ngày vắng, đủ thời gian báo cáo trước; kết thúc sớm nhất có thể.
    Ghi kế hoạch mới ra TỆP_MỚI; không bao giờ ghi đè PLAN.
      --from, --until    khoảng thời gian (mặc định: sau ngày quyết định, hoặc đầu năm; đến hạn
                         báo cáo tự kiểm tra, hoặc cuối năm)
      --baseline CŨ      phiên bản đã công bố: giữ nguyên ngày của các cuộc kiểm tra trong CŨ
                         khi có thể, dời ít cuộc và ít ngày nhất (bao hàm --replan)
      --time-limit GIÂY  thời gian tìm kiếm tối đa (mặc định 2)
      --force            cho phép ghi đè TỆP_MỚI đã có

    Mã thoát 1 nếu có cuộc kiểm tra không xếp được (không ghi tệp).

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "schedule")
    let replan = try arguments.flag("--replan")
    let from = try Tool.dateOption(&arguments, "--from")
    let until = try Tool.dateOption(&arguments, "--until")
    let baselinePath = try arguments.value("--baseline")
    let timeLimit = try arguments.value("--time-limit", expected: "số giây dương (ví dụ 2 hoặc 0.5)") { text in
      Double(text).flatMap { $0 > 0 && $0 <= 3600 ? $0 : nil }
    } ?? 2
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--replan", "--baseline", "--from", "--until", "--time-limit", "-o", "--force"]), command: "schedule")
    guard let output else { throw UsageError("thiếu -o TỆP_MỚI (lệnh không ghi đè kế hoạch gốc)", command: "schedule") }
    if context.resolve(output) == context.resolve(path) {
      throw UsageError("TỆP_MỚI trùng với kế hoạch gốc; chọn tên tệp khác", command: "schedule")
    }
    if let from, let until, until < from {
      throw UsageError("--until \(until.iso8601) trước --from \(from.iso8601)", command: "schedule")
    }
    let (plan, original) = try Tool.readPlan(path, context: context)
    let baseline = try baselinePath.map { try Tool.loadPlan($0, context: context) }
    let clock = context.seconds
    let deadline = clock() + timeLimit
    let scheduler = Scheduler(limits: SchedulingLimits(iterations: 20_000, shouldStop: { clock() >= deadline }))
    let result = scheduler.schedule(plan, options: .init(replan: replan, from: from, until: until, baseline: baseline))
    var stdout = ScheduleReport.text(result: result, rule: plan.settings.effectiveReportDueRule)
    guard result.problems.isEmpty else {
      stdout += "\nChưa ghi \(output) vì lịch chưa đầy đủ.\n"
      return Output(stdout: stdout, status: .findings)
    }
    // Only the moved dates change: the user's key order, notes and formatting stay.
    let edited = try PlanEditor.apply(try PlanEdit.windowsAndDueDates(from: plan, to: result.plan), to: original)
    if output == "-" {  // the plan on standard output, the report on standard error
      let failed = Checker.check(result.plan).contains { $0.severity == .error }
      return Output(stdout: String(decoding: edited, as: UTF8.self), stderr: stdout, status: failed ? .findings : .success)
    }
    try OutputFile.write(
      String(decoding: edited, as: UTF8.self), to: context.resolve(output), shown: output, force: force,
      inputs: [context.resolve(path)])
    let errors = Checker.check(result.plan).filter { $0.severity == .error }
    let scheduling = errors.filter { Scheduler.isSchedulingFinding($0) }.count
    stdout += "\nĐã ghi \(output)."
    if errors.isEmpty {
      stdout += " Kế hoạch mới không có lỗi khi kiểm tra (kiemtra check).\n"
    } else if scheduling > 0 && !replan && baseline == nil {
      stdout += " Kế hoạch mới còn \(errors.count) lỗi, \(scheduling) lỗi về lịch ở các cuộc kiểm tra giữ nguyên thời gian: chạy lại với --replan để xếp lại; xem kiemtra check \(output).\n"
    } else {
      stdout += " Kế hoạch mới còn \(errors.count) lỗi không do lịch gây ra; xem kiemtra check \(output).\n"
    }
    return Output(stdout: stdout, status: errors.isEmpty ? .success : .findings)
  }
}
