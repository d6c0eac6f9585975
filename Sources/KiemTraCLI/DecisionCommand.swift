import Foundation
import InspectionPlan

/// `kiemtra decision PLAN -o FILE.docx [--text FILE] [--force]`
enum DecisionCommand {
  static let usage = """
    Cách dùng: kiemtra decision PLAN -o TỆP.docx [--text TỆP] [--force]

    Quyết định phê duyệt kế hoạch kiểm tra, kế hoạch kèm theo và phụ lục "Đối tượng, thời gian và
    thành phần Đoàn kiểm tra", thành một văn bản Word trình ký theo Nghị định 30/2020/NĐ-CP. Lời
    văn không phải số liệu (mục đích, yêu cầu, phương pháp…) lấy từ tệp mẫu
    Templates/van-ban-ke-hoach-kiem-tra.txt (sửa được); chỗ kế hoạch chưa có số liệu để dòng chấm
    và được liệt kê để điền.
      -o TỆP.docx        tệp sẽ ghi (bắt buộc)
      --text TỆP         tệp lời văn khác thay cho tệp mẫu
      --force            cho phép ghi đè tệp đã có

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "decision")
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let textOption = try arguments.value("--text")
    let path = try Tool.planPath(arguments.positionals(known: ["-o", "--force", "--text"]), command: "decision")
    guard let output else { throw UsageError("thiếu -o TỆP.docx (tệp Word sẽ ghi)", command: "decision") }
    let plan = try Tool.loadPlan(path, context: context)
    let text = try DocumentTextLoader.load(explicit: textOption, planPath: path, context: context)
    let decision = DecisionDocument(plan: plan, text: text)
    let written = try Tool.emit(bytes: decision.docx, to: output, force: force, format: .docx, command: "decision", context: context)
    var stderr = ""
    if !decision.missing.isEmpty {
      stderr = "chú ý: kế hoạch chưa có \(decision.missing.joined(separator: "; ")); văn bản để dòng chấm để điền tay\n"
    }
    return Output(stdout: written.stdout, stderr: stderr)
  }
}

/// Finds and parses the wording template of the documents.
enum DocumentTextLoader {
  static let defaultName = "van-ban-ke-hoach-kiem-tra.txt"

  /// `--text` if given; else `Templates/van-ban-ke-hoach-kiem-tra.txt` beside the plan's
  /// folder, in the plan's folder, then in `Templates/` of the working directory.
  static func load(explicit: String?, planPath: String, context: RunContext) throws -> DocumentText {
    let path: String
    if let explicit {
      path = context.resolve(explicit)
    } else {
      let planFolder = URL(fileURLWithPath: context.resolve(planPath)).deletingLastPathComponent()
      let candidates = [
        planFolder.deletingLastPathComponent().appendingPathComponent("Templates/\(defaultName)").path,
        planFolder.appendingPathComponent(defaultName).path,
        context.resolve("Templates/\(defaultName)"),
      ]
      guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        throw InputError("không tìm thấy tệp lời văn '\(defaultName)' (đã tìm trong Templates/ và thư mục của kế hoạch; hoặc dùng --text TỆP)")
      }
      path = found
    }
    guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
      throw InputError("\(explicit ?? path): không đọc được tệp lời văn")
    }
    let (text, problems) = DocumentText.parse(source)
    if let first = problems.first {
      throw InputError("\(explicit ?? (path as NSString).lastPathComponent):\(first.line): \(first.message)")
    }
    return text
  }
}
