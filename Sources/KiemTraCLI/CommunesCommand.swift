import InspectionPlan

/// `kiemtra communes PLAN --seed N [--format text|json]`
enum CommunesCommand {
  static let usage = """
    Cách dùng: kiemtra communes PLAN --seed SỐ [--format text|json]

    Chọn ngẫu nhiên các xã sẽ kiểm tra thêm tại mỗi huyện được kiểm tra, trong khoảng số xã kế
    hoạch quy định (settings.communeSampling), từ danh sách xã của huyện (units[].communes).
    Cùng một seed luôn cho cùng kết quả trên mọi máy, để kết quả có thể kiểm chứng.
      --seed SỐ          số nguyên không âm, ví dụ số của quyết định hoặc ngày bốc thăm (20230801)

    Mã thoát 1 nếu có huyện chưa có danh sách xã.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "communes")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "communes")
    guard let seed = try arguments.value("--seed", expected: "số nguyên không âm", { UInt64($0) }) else {
      throw UsageError("thiếu --seed SỐ (để kết quả bốc thăm có thể kiểm chứng và lặp lại)", command: "communes")
    }
    let path = try Tool.planPath(arguments.positionals(known: ["--format", "--seed"]), command: "communes")
    let plan = try Tool.loadPlan(path, context: context)
    guard let draw = CommuneDraw(plan: plan, seed: seed) else {
      throw InputError("\(path): kế hoạch chưa có settings.communeSampling (số xã tối thiểu, tối đa)")
    }
    let missing = draw.districts.filter { !$0.hasList }
    let stdout = format == .json ? CommuneReport.json(draw: draw) : CommuneReport.text(plan: plan, draw: draw)
    guard missing.isEmpty else {
      let names = missing.map(\.visit.unitName).joined(separator: ", ")
      return Output(
        stdout: stdout, stderr: "\(missing.count) huyện chưa có danh sách xã nên chưa bốc thăm được: \(names).\n",
        status: .findings)
    }
    return Output(stdout: stdout)
  }
}
