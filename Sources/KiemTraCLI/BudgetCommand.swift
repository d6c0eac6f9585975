import InspectionPlan

/// `kiemtra budget PLAN [--format text|json]`
enum BudgetCommand {
  static let usage = """
    Cách dùng: kiemtra budget PLAN [--format text|json|xlsx] [-o TỆP] [--force]

    Dự toán kinh phí hỗ trợ thành viên Đoàn kiểm tra: mức hỗ trợ/người/ngày × số người × số ngày
    của từng cuộc kiểm tra, cộng theo đơn vị chủ trì (đơn vị chi) và tổng cộng. Số ngày tính theo
    ngày làm việc, hoặc theo ngày lịch nếu kế hoạch đặt settings.allowanceBasis = "calendar-days".
    --format xlsx (cần -o TỆP): bảng tính có công thức (ngày công = số người × số ngày; thành tiền
    = ngày công × mức hỗ trợ; cộng theo đơn vị chủ trì bằng SUMIF) để phòng tài chính kiểm tra.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "budget")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json, .xlsx], command: "budget")
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "-o", "--force"]), command: "budget")
    let plan = try Tool.loadPlan(path, context: context)
    let basis = plan.settings.allowanceBasis.flatMap(Budget.Basis.init(rawValue:)) ?? .workingDays
    guard let budget = Budget(plan: plan, basis: basis) else {
      throw InputError("\(path): kế hoạch chưa có settings.allowancePerPersonDay (mức hỗ trợ/người/ngày)")
    }
    if budget.exceedsMaximum {
      throw InputError(
        "\(path): kinh phí vượt quá \(MoneyFormat.dong(Budget.maximumAmount)); kiểm tra lại số người, số ngày của các cuộc kiểm tra và mức hỗ trợ")
    }
    if format == .xlsx {
      return try Tool.emit(
        bytes: BudgetWorkbook.xlsx(plan: plan, budget: budget), to: output, force: force, format: format,
        command: "budget", context: context, inputs: [path])
    }
    let text =
      format == .json ? BudgetReport.json(budget: budget) : BudgetReport.text(plan: plan, budget: budget)
    return try Tool.emit(text, to: output, force: force, context: context, inputs: [path])
  }
}
