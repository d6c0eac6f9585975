import Foundation

/// The wording of the decision, the plan and the notices that is not data (purpose,
/// requirements, method…), read from a user-editable template in `Templates/`.
///
/// The file is blocks: a line `@name` starts a block, the lines after it are its paragraphs,
/// `#` starts a comment line. In the text, `{nam}`, `{tinh}`, `{ke-hoach}` and
/// `{han-tu-kiem-tra}` are filled from the plan; a placeholder the plan leaves empty becomes a
/// dotted blank to fill by hand (`…………`), never an invented value.
public struct DocumentText: Sendable, Equatable {
  /// The block names the documents use, in the order of the bundled template.
  public static let blockNames = [
    "dieu-3", "noi-nhan", "mo-dau", "muc-dich", "yeu-cau", "noi-dung", "nhiem-vu-doan",
    "phuong-phap", "don-vi-chu-tri", "don-vi-duoc-kiem-tra", "tu-kiem-tra", "ket-thuc",
    "thong-bao-chuan-bi", "thong-bao-noi-nhan",
  ]

  /// The dotted blank that stands for anything the plan does not say.
  public static let blank = "…………"

  /// The paragraphs of each block, as written.
  public var blocks: [String: [String]]

  public init(blocks: [String: [String]] = [:]) { self.blocks = blocks }

  /// A line the parser could not use.
  public struct Problem: Sendable, Equatable {
    public let line: Int
    public let message: String
  }

  /// Parses a template. Unknown block names, text before the first block and blocks given twice
  /// are problems (with their line); missing blocks are not (the document leaves a blank).
  public static func parse(_ text: String) -> (DocumentText, [Problem]) {
    var blocks: [String: [String]] = [:]
    var problems: [Problem] = []
    var current: String?
    for (index, raw) in text.components(separatedBy: .newlines).enumerated() {
      let line = VietnameseText.nfc(raw.trimmingCharacters(in: .whitespaces))
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("@") {
        let name = String(line.dropFirst())
        if !blockNames.contains(name) {
          problems.append(Problem(line: index + 1, message: "mục '@\(name)' không có (các mục: \(blockNames.map { "@" + $0 }.joined(separator: ", ")))"))
          current = nil
        } else if blocks[name] != nil {
          problems.append(Problem(line: index + 1, message: "mục '@\(name)' đã có ở trên"))
          current = nil
        } else {
          blocks[name] = []
          current = name
        }
        continue
      }
      guard let name = current else {
        if problems.last?.line != index + 1 {
          problems.append(Problem(line: index + 1, message: "dòng chữ nằm ngoài mọi mục (cần một dòng '@tên-mục' ở trên)"))
        }
        continue
      }
      blocks[name, default: []].append(line)
    }
    return (DocumentText(blocks: blocks), problems)
  }

  /// The paragraphs of `name` with the placeholders filled from `plan`; `[blank]` when the
  /// template has no such block.
  ///
  /// - Parameter extra: more placeholders for this use (`{don-vi}` in `@don-vi-chu-tri`).
  public func paragraphs(_ name: String, plan: Plan, extra: [String: String] = [:]) -> [String] {
    guard let lines = blocks[name], !lines.isEmpty else { return [Self.blank] }
    return lines.map { fill($0, plan: plan, extra: extra) }
  }

  func fill(_ line: String, plan: Plan, extra: [String: String] = [:]) -> String {
    var values: [String: String?] = [
      "{nam}": String(plan.year),
      "{tinh}": plan.province.isEmpty ? nil : plan.province,
      "{ke-hoach}": plan.title,
      "{han-tu-kiem-tra}": plan.settings.selfInspectionDue?.vietnamese,
    ]
    for (key, value) in extra { values[key] = value }
    var out = line
    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
      out = out.replacingOccurrences(of: key, with: value ?? Self.blank)
    }
    return out
  }
}
