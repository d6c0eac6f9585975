import Foundation
import InspectionPlan

/// `kiemtra review PLAN --unit ID REPORT [--format text|json] [--template FILE]`
enum ReviewCommand {
  static let usage = """
    Cách dùng: kiemtra review PLAN --unit MÃ BÁO_CÁO [--format text|json] [--template TỆP]

    Đối chiếu báo cáo đơn vị gửi (.docx, .txt hoặc .md) với đề cương báo cáo của đơn vị đó: từng mục
    đã trả lời, trả lời sơ sài hay còn thiếu (chấp nhận cách gọi khác nhau, ví dụ "Hiện đại hóa
    nền hành chính" cho chính quyền điện tử); từng phụ lục có hay không và chỉ tiêu nào chưa điền.
    Mã thoát 1 khi còn thiếu mục bắt buộc hoặc phụ lục.
      --unit MÃ          mã đơn vị được kiểm tra (ví dụ: so-cong-thuong)
      --format text|json
      --template TỆP     dùng tệp đề cương này thay cho settings.outlineTemplate của kế hoạch

    """

  /// Reports larger than this are refused rather than read into memory.
  static let maximumReportBytes = 20_000_000

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "review")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "review")
    let unitID = try arguments.value("--unit")
    let templateOption = try arguments.value("--template")
    let positionals = try arguments.positionals(known: ["--format", "--unit", "--template"])
    guard let planPath = positionals.first else {
      throw UsageError("thiếu tệp kế hoạch", command: "review")
    }
    guard positionals.count >= 2 else {
      throw UsageError("thiếu tệp báo cáo cần đối chiếu", command: "review")
    }
    guard positionals.count == 2 else {
      throw UsageError("thừa đối số '\(positionals[2])' (chỉ nhận một kế hoạch và một báo cáo)", command: "review")
    }
    guard let unitID else { throw UsageError("cần --unit MÃ", command: "review") }
    let reportPath = positionals[1]
    let plan = try Tool.loadPlan(planPath, context: context)
    let template = try TemplateLoader.load(
      explicit: templateOption, plan: plan, planPath: planPath, context: context)
    guard let checklist = UnitChecklist(plan: plan, unitID: unitID, template: template) else {
      let visited = plan.inspections.map(\.unit).joined(separator: ", ")
      let known = plan.units.contains { $0.id == unitID }
      throw InputError(
        known
          ? "đơn vị '\(unitID)' không được kiểm tra trong kế hoạch này (các đơn vị được kiểm tra: \(visited))"
          : "không có đơn vị mã '\(unitID)' trong kế hoạch (các đơn vị được kiểm tra: \(visited))")
    }
    let report = try readReport(reportPath, context: context)
    let review = ReportReview(report: report, checklist: checklist)
    let name = (reportPath as NSString).lastPathComponent
    let stdout =
      format == .json
      ? ReviewReport.json(review, reportName: name) : ReviewReport.text(review, reportName: name)
    return Output(stdout: stdout, status: review.hasMissingRequired ? .findings : .success)
  }

  /// A report file read: UTF-8 .txt or .md, or a Word .docx.
  static func readReport(_ path: String, context: RunContext) throws(InputError) -> ReportDocument {
    let lowered = path.lowercased()
    let isWord = lowered.hasSuffix(".docx")
    guard isWord || lowered.hasSuffix(".txt") || lowered.hasSuffix(".md") else {
      throw InputError("\(path): chỉ nhận báo cáo .docx, .txt hoặc .md")
    }
    let resolved = context.resolve(path)
    let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
    guard let attributes, attributes[.type] as? FileAttributeType == .typeRegular else {
      throw InputError("\(path): không đọc được tệp (không tồn tại hoặc không phải tệp)")
    }
    if let size = attributes[.size] as? Int, size > maximumReportBytes {
      throw InputError("\(path): tệp quá lớn (\(size) byte; tối đa \(maximumReportBytes))")
    }
    guard let data = FileManager.default.contents(atPath: resolved) else {
      throw InputError("\(path): không đọc được tệp")
    }
    if isWord {
      do {
        return ReportDocument(document: try DocxReader.read([UInt8](data)))
      } catch {
        throw InputError("\(path): \(error.vietnameseDescription)")
      }
    }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw InputError("\(path): tệp không phải văn bản UTF-8")
    }
    return ReportDocument(text: text)
  }
}
