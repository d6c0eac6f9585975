import InspectionPlan

/// `kiemtra diff OLD NEW [--format text|json|md]`
enum DiffCommand {
  static let usage = """
    Cách dùng: kiemtra diff CŨ MỚI [--format text|json|md]

    Bảng điều chỉnh giữa hai phiên bản kế hoạch, theo cách viết của quyết định điều chỉnh: cuộc
    kiểm tra bổ sung, không kiểm tra, điều chỉnh thời gian (ngày cũ và ngày mới), thành phần Đoàn,
    thời hạn gửi báo cáo. Các cuộc được ghép theo mã (id). Ngày của cuộc kiểm tra đột xuất không
    được in.
      --format   text (mặc định), json hoặc md (bảng Markdown)

    Mã thoát 0 (kể cả khi có điều chỉnh); 2 nếu không đọc được tệp.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "diff")
    let format = try OutputFormat.parse(arguments.value("--format"), allowed: [.text, .json, .md], command: "diff")
    let files = try arguments.positionals(known: ["--format"])
    guard files.count == 2 else {
      throw UsageError(files.count < 2 ? "cần hai tệp kế hoạch: CŨ và MỚI" : "thừa đối số '\(files[2])' (chỉ nhận hai tệp)", command: "diff")
    }
    let old = try Tool.loadPlan(files[0], context: context)
    let new = try Tool.loadPlan(files[1], context: context)
    let amendment = PlanAmendment(old: old, new: new)
    switch format {
    case .json: return Output(stdout: AmendmentReport.json(amendment))
    case .md: return Output(stdout: AmendmentReport.markdown(amendment))
    default: return Output(stdout: AmendmentReport.text(amendment))
    }
  }
}
