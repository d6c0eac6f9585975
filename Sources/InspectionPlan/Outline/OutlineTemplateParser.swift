import Foundation  // String.range(of:options:) only

/// A malformed line of a template.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
  /// 1-based line number.
  public let line: Int
  public let message: String
  public var description: String { "dòng \(line): \(message)" }
}

/// Reads the outline template format (see README, "Report outline templates").
///
/// Lines, after trimming:
/// - `# …` comment, blank line: ignored.
/// - `@title TEXT`, `@closing TEXT`, `@note TEXT` (on the entry above).
/// - `I. TEXT` part; `1. TEXT` item; `a) TEXT` sub-item; `- TEXT` bullet; any other text is a
///   paragraph of the entry above. Numbers must follow on (I, II, III; 1, 2, 3; a, b, c, d, e,
///   g, h, i, k … as Vietnamese documents letter them).
/// - `@appendix NAME | TITLE`, then `@header CELL | CELL …` rows, table rows `| CELL | … |`,
///   `@footnote TEXT`, and `@end`. Every header and row has as many cells as the first header.
/// - Any entry, row or appendix may end with `[for: KIND, KIND]`; a footnote with
///   `[unit: UNIT NAME]`. A numbered entry or an appendix may also end with `[area: AREA, …]`
///   (before or after `[for: …]`): the reform areas it belongs to, so that a thematic visit's
///   outline keeps only the entries of its areas.
public enum OutlineTemplateParser {
  /// The letters Vietnamese documents number sub-items with (đ is skipped, as in the reference).
  static let letters = ["a", "b", "c", "d", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
  static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]

  /// Parses `text`, collecting every problem rather than stopping at the first.
  public static func parse(_ text: String) -> (template: OutlineTemplate, problems: [TemplateProblem]) {
    var state = State()
    // Windows line ends: "\r\n" is one Character, so split on every kind of line end.
    let lines = VietnameseText.nfc(text).split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    for (index, raw) in lines.enumerated() {
      state.lineNumber = index + 1
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.isEmpty || line.hasPrefix("#") { continue }
      state.read(line)
    }
    if let appendix = state.appendix {
      state.problems.append(TemplateProblem(line: appendix.line, message: "phụ lục '\(appendix.name)' thiếu '@end'"))
      state.template.appendices.append(appendix)
    }
    if state.template.title.isEmpty {
      state.problems.append(TemplateProblem(line: 1, message: "thiếu dòng '@title'"))
    }
    return (state.template, state.problems.sorted { $0.line < $1.line })
  }

  private struct State {
    var template = OutlineTemplate()
    var problems: [TemplateProblem] = []
    var lineNumber = 0
    var appendix: Appendix?

    mutating func problem(_ message: String) {
      problems.append(TemplateProblem(line: lineNumber, message: message))
    }

    mutating func read(_ line: String) {
      if appendix != nil {
        readAppendixLine(line)
        return
      }
      if let rest = line.dropPrefix("@title ") {
        template.title = rest
      } else if let rest = line.dropPrefix("@closing ") {
        template.closing = rest
      } else if let rest = line.dropPrefix("@note ") {
        guard !template.parts.isEmpty else { return problem("'@note' trước mục đầu tiên") }
        template.parts[template.parts.count - 1].withDeepest { $0.notes.append(rest) }
      } else if let rest = line.dropPrefix("@appendix ") {
        startAppendix(rest)
      } else if line.hasPrefix("@") {
        problem("chỉ thị không hợp lệ '\(line.prefix { $0 != " " })' (dùng @title, @closing, @note, @appendix)")
      } else if line.hasPrefix("|") {
        problem("dòng bảng nằm ngoài '@appendix … @end'")
      } else {
        readOutlineLine(line)
      }
    }

    mutating func readOutlineLine(_ line: String) {
      let (body, kinds, areas) = markers(line)
      defer {
        if let areas { tagDeepestNew(line: lineNumber, areas: areas) }
      }
      if let (number, text) = split(body, pattern: .roman) {
        let expected = OutlineTemplateParser.romans[min(template.parts.count, OutlineTemplateParser.romans.count - 1)]
        if number != expected { problem("đánh số sai: '\(number).' sau phần \(template.parts.last?.number ?? "(đầu)"), cần '\(expected).'") }
        template.parts.append(OutlineNode(level: .part, number: number, text: text, kinds: kinds, line: lineNumber))
      } else if let (number, text) = split(body, pattern: .digits) {
        guard !template.parts.isEmpty else { return problem("mục '\(number).' nằm trước phần I") }
        let count = template.parts[template.parts.count - 1].children.count
        if number != "\(count + 1)" { problem("đánh số sai: mục '\(number).' cần là '\(count + 1).'") }
        template.parts[template.parts.count - 1].children.append(
          OutlineNode(level: .item, number: number, text: text, kinds: kinds, line: lineNumber))
      } else if let (letter, text) = split(body, pattern: .letter) {
        guard let part = template.parts.last, !part.children.isEmpty else {
          return problem("mục '\(letter))' không thuộc mục đánh số nào")
        }
        let count = part.children[part.children.count - 1].children.filter { $0.level == .subItem }.count
        let expected = count < OutlineTemplateParser.letters.count ? OutlineTemplateParser.letters[count] : "?"
        if letter != expected { problem("đánh số sai: mục '\(letter))' cần là '\(expected))'") }
        let node = OutlineNode(level: .subItem, number: letter, text: text, kinds: kinds, line: lineNumber)
        template.parts[template.parts.count - 1].children[part.children.count - 1].children.append(node)
      } else if let text = body.dropPrefix("- ") {
        guard let part = template.parts.last, !part.children.isEmpty else {
          return problem("gạch đầu dòng không thuộc mục đánh số nào")
        }
        let node = OutlineNode(level: .bullet, number: "-", text: text, kinds: kinds, line: lineNumber)
        template.parts[template.parts.count - 1].children[part.children.count - 1].appendToDeepest(node)
      } else {
        guard !template.parts.isEmpty else { return problem("đoạn văn nằm trước phần I") }
        if kinds != nil { problem("'[for: …]' chỉ dùng cho mục đánh số, dòng bảng và phụ lục") }
        if areas != nil { problem("'[area: …]' chỉ dùng cho mục đánh số và phụ lục") }
        template.parts[template.parts.count - 1].withDeepest { $0.paragraphs.append(body) }
      }
    }

    mutating func startAppendix(_ rest: String) {
      let (body, kinds, areas) = markers(rest)
      let pieces = body.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
      guard pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty else {
        return problem("cần '@appendix TÊN | TIÊU ĐỀ', ví dụ '@appendix Phụ lục 1 | THỐNG KÊ …'")
      }
      appendix = Appendix(
        name: pieces[0], title: pieces[1], kinds: kinds, headers: [], rows: [], footnotes: [],
        line: lineNumber, areas: areas)
    }

    mutating func readAppendixLine(_ line: String) {
      guard var current = appendix else { return }
      if line == "@end" {
        if current.headers.isEmpty { problem("phụ lục '\(current.name)' chưa có dòng '@header'") }
        template.appendices.append(current)
        appendix = nil
        return
      }
      defer { appendix = current }
      let width = current.headers.first?.count
      if let rest = line.dropPrefix("@header ") ?? (line == "@header" ? "" : nil) {
        let cells = rest.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
        if let width, cells.count != width {
          problem("dòng tiêu đề có \(cells.count) ô, cần \(width) ô như dòng tiêu đề đầu")
        } else if !current.rows.isEmpty {
          problem("'@header' phải đứng trước các dòng của bảng")
        } else {
          current.headers.append(cells)
        }
      } else if let rest = line.dropPrefix("@footnote ") {
        let (text, unit) = unitMarker(rest)
        current.footnotes.append(Appendix.Footnote(text: text, unitName: unit))
      } else if line.hasPrefix("|") {
        let (body, kinds) = kindsMarker(line)
        guard body.hasSuffix("|"), body.count >= 2 else {
          return problem("dòng bảng phải bắt đầu và kết thúc bằng '|'")
        }
        let cells = body.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
          .map { $0.trimmingCharacters(in: " ") }
        guard let width else { return problem("dòng bảng đứng trước '@header'") }
        if cells.count != width {
          problem("dòng bảng có \(cells.count) ô, cần \(width) ô")
        } else {
          current.rows.append(Appendix.Row(cells: cells, kinds: kinds))
        }
      } else {
        problem("trong phụ lục chỉ dùng '@header', '| … |', '@footnote' và '@end'")
      }
    }

    /// Splits trailing `[for: …]` and `[area: …]` markers off `line`, in either order.
    mutating func markers(_ line: String) -> (String, Set<UnitKind>?, Set<InspectionArea>?) {
      var (body, areas) = areaMarker(line)
      let (rest, kinds) = kindsMarker(body)
      body = rest
      if areas == nil { (body, areas) = areaMarker(body) }
      return (body, kinds, areas)
    }

    /// Splits a trailing `[area: a, b]` off `line`.
    mutating func areaMarker(_ line: String) -> (String, Set<InspectionArea>?) {
      guard line.hasSuffix("]"), let open = line.range(of: "[area:", options: .backwards) else {
        return (line, nil)
      }
      let list = line[open.upperBound..<line.index(before: line.endIndex)]
      var areas = Set<InspectionArea>()
      for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: " ") }) {
        if let area = InspectionArea(rawValue: name) {
          areas.insert(area)
        } else {
          problem("lĩnh vực không hợp lệ '\(name)' (cần một trong: \(InspectionArea.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
      }
      return (String(line[..<open.lowerBound]).trimmingCharacters(in: " "), areas)
    }

    /// Sets the areas of the entry just read from `line`, wherever it sits in the tree.
    mutating func tagDeepestNew(line: Int, areas: Set<InspectionArea>) {
      guard !template.parts.isEmpty else { return }
      func tag(_ node: inout OutlineNode) -> Bool {
        if node.line == line {
          node.areas = areas
          return true
        }
        for i in node.children.indices.reversed() where tag(&node.children[i]) { return true }
        return false
      }
      _ = tag(&template.parts[template.parts.count - 1])
    }

    /// Splits a trailing `[for: a, b]` off `line`.
    mutating func kindsMarker(_ line: String) -> (String, Set<UnitKind>?) {
      guard line.hasSuffix("]"), let open = line.range(of: "[for:", options: .backwards) else {
        return (line, nil)
      }
      let list = line[open.upperBound..<line.index(before: line.endIndex)]
      var kinds = Set<UnitKind>()
      for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: " ") }) {
        if let kind = UnitKind(rawValue: name) {
          kinds.insert(kind)
        } else {
          problem("loại đơn vị không hợp lệ '\(name)' (cần một trong: \(UnitKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
      }
      return (String(line[..<open.lowerBound]).trimmingCharacters(in: " "), kinds)
    }

    /// Splits a trailing `[unit: NAME]` off a footnote.
    func unitMarker(_ line: String) -> (String, String?) {
      guard line.hasSuffix("]"), let open = line.range(of: "[unit:", options: .backwards) else {
        return (line, nil)
      }
      let name = line[open.upperBound..<line.index(before: line.endIndex)].trimmingCharacters(in: " ")
      return (String(line[..<open.lowerBound]).trimmingCharacters(in: " "), name)
    }

    enum NumberPattern { case roman, digits, letter }

    /// "II. TEXT" → ("II", "TEXT") for parts, "3. TEXT" for items, "b) TEXT" for sub-items.
    func split(_ line: String, pattern: NumberPattern) -> (String, String)? {
      let terminator: Character = pattern == .letter ? ")" : "."
      guard let end = line.firstIndex(of: terminator) else { return nil }
      let number = String(line[..<end])
      let rest = line[line.index(after: end)...]
      guard rest.first == " " || rest.isEmpty, !number.isEmpty else { return nil }
      switch pattern {
      case .roman: guard number.allSatisfy({ "IVXLC".contains($0) }) else { return nil }
      case .digits: guard number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      case .letter: guard number.count == 1, number.allSatisfy({ $0.isLowercase }) else { return nil }
      }
      return (number, rest.trimmingCharacters(in: " "))
    }
  }
}

extension OutlineNode {
  /// Applies `change` to the last entry of this subtree (the one a paragraph or note follows).
  mutating func withDeepest(_ change: (inout OutlineNode) -> Void) {
    if children.isEmpty {
      change(&self)
    } else {
      children[children.count - 1].withDeepest(change)
    }
  }

  /// Appends a bullet under the last sub-item if there is one, else under this item.
  mutating func appendToDeepest(_ node: OutlineNode) {
    if let last = children.indices.last, children[last].level == .subItem {
      children[last].children.append(node)
    } else {
      children.append(node)
    }
  }
}

extension String {
  /// The rest of the string after `prefix`, or `nil` when it does not start with it.
  func dropPrefix(_ prefix: String) -> String? {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
  }

  func trimmingCharacters(in set: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

extension Substring {
  func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
