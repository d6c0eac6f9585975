import Foundation
import InspectionPlan

/// `kiemtra template check FILE`
enum TemplateCommand {
  static let usage = """
    Cách dùng: kiemtra template check TỆP

    Kiểm tra một tệp đề cương: báo từng dòng sai kèm số dòng (đánh số sai, loại đơn vị không hợp
    lệ, dòng bảng sai số ô…). Mã thoát 2 nếu có lỗi.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "template")
    let positionals = try arguments.positionals(known: [])
    guard positionals.first == "check" else {
      throw UsageError(
        positionals.isEmpty ? "thiếu lệnh con (check)" : "lệnh con '\(positionals[0])' không tồn tại (chỉ có: check)",
        command: "template")
    }
    guard positionals.count == 2 else {
      throw UsageError(positionals.count < 2 ? "thiếu tệp đề cương" : "thừa đối số '\(positionals[2])'", command: "template")
    }
    let path = positionals[1]
    guard let data = FileManager.default.contents(atPath: context.resolve(path)),
      let text = String(data: data, encoding: .utf8)
    else { throw InputError("\(path): không đọc được tệp đề cương") }
    let (template, problems) = OutlineTemplateParser.parse(text)
    if !problems.isEmpty {
      let lines = problems.map { "\(path):\($0.line): \($0.message)" }.joined(separator: "\n")
      return Output(stderr: "\(lines)\n\(problems.count) lỗi.\n", status: .usage)
    }
    func count(_ nodes: [OutlineNode]) -> Int { nodes.reduce(0) { $0 + 1 + count($1.children) } }
    let items = template.parts.reduce(0) { $0 + count($1.children) }
    let rows = template.appendices.reduce(0) { $0 + $1.rows.count }
    return Output(
      stdout: "\(path): hợp lệ: \(template.parts.count) phần, \(items) mục, \(template.appendices.count) phụ lục (\(rows) dòng bảng).\n")
  }
}
