/// A submitted report read as plain text (from .txt, .md, or the text of a .docx): its headings,
/// paragraphs and table rows, each with its line number.
///
/// Headings are recognised by their numbering, as Vietnamese administrative reports write it:
/// "II." (a part), "4." or "4 " (an item), "1.2." (a sub-item), "b)" (a lettered sub-item), or a
/// Markdown `#` line. A short unnumbered line without final punctuation followed by text is a
/// "loose" heading (a news summary's "Kết quả thực hiện quy định về … tài sản công"). The main
/// text ends where the signature block ("Nơi nhận") or the first appendix ("Phụ lục", "Biểu
/// mẫu") starts; table rows are lines with tab-separated or `|`-separated cells.
public struct ReportDocument: Sendable {
  /// A numbered or loose heading.
  public struct Heading: Sendable, Equatable {
    /// 1-based line number.
    public let line: Int
    /// The numbering as written: "II", "4", "1.2", "b"; empty for a loose or Markdown heading.
    public let number: String
    /// The heading text without its numbering.
    public let title: String
    /// 0 part, 1 item, 2 sub-item ("1.2."), 3 lettered sub-item, 9 loose heading.
    public let rank: Int
    let words: [String]
  }

  /// A paragraph of the text (one non-empty line that is not a heading or a table row).
  public struct Paragraph: Sendable {
    public let line: Int
    public let text: String
    /// The sentences of the paragraph, split after ".", ";", "!" or "?" followed by a space.
    let sentences: [String]
    /// The matching words of each sentence.
    let sentenceWords: [[String]]

    init(line: Int, text: String) {
      self.line = line
      self.text = text
      sentences = ReportDocument.sentences(text)
      sentenceWords = sentences.map(MatchText.words)
    }
  }

  /// A table row: its cells, trimmed.
  public struct TableRow: Sendable {
    public let line: Int
    public let cells: [String]
    /// The matching words and bigrams of the first three cells (where an indicator's name is).
    let leadingCells: [(words: [String], bigrams: Set<String>)]

    init(line: Int, cells: [String]) {
      self.line = line
      self.cells = cells
      leadingCells = cells.prefix(3).map {
        let words = MatchText.words($0)
        return (words, MatchText.bigrams(words))
      }
    }
  }

  public let lines: [String]
  public let headings: [Heading]
  public let paragraphs: [Paragraph]
  public let rows: [TableRow]
  /// The line numbers of `rows`.
  let tableLines: Set<Int>
  /// The first line after the main text (signature block or appendices); `lines.count + 1`
  /// when there is none.
  public let bodyEnd: Int

  /// Reads `text`; never fails (a text with no recognisable structure has no headings).
  public init(text: String) {
    let lines = VietnameseText.nfc(text).replacingOccurrences(of: "\r\n", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    self.lines = lines
    var headings: [Heading] = []
    var paragraphs: [Paragraph] = []
    var rows: [TableRow] = []
    var bodyEnd = lines.count + 1
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      if let cells = Self.tableCells(raw) {
        if !cells.allSatisfy({ $0.allSatisfy { "-:| ".contains($0) } }) {
          rows.append(TableRow(line: number, cells: cells))
        }
        continue
      }
      let line = Self.stripMarkup(raw)
      if line.isEmpty { continue }
      if bodyEnd > lines.count, !headings.isEmpty, Self.startsBackMatter(line) { bodyEnd = number }
      if let heading = Self.heading(line, raw: raw, at: number, next: Self.nextText(lines, after: index)) {
        headings.append(heading)
      } else {
        paragraphs.append(Paragraph(line: number, text: line))
      }
    }
    self.headings = headings
    self.paragraphs = paragraphs
    self.rows = rows
    self.tableLines = Set(rows.map(\.line))
    self.bodyEnd = bodyEnd
  }

  /// Reads a Word report: each paragraph is a line, each table row a line of tab-separated
  /// cells (a cell's paragraphs joined by spaces), so line numbers count paragraphs and rows in
  /// reading order.
  public init(document: SourceDocument) {
    var lines: [String] = []
    for block in document.blocks {
      switch block {
      case .paragraph(let paragraph):
        lines.append(paragraph.text)
      case .table(let table):
        for row in table.rows {
          var cells = row.map { $0.continuesAbove ? "" : $0.paragraphs.joined(separator: " ") }
          // A row of one or two cells still reads as a table row.
          while cells.count < 3 { cells.append("") }
          lines.append(cells.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t"))
        }
      }
    }
    self.init(text: lines.joined(separator: "\n"))
  }

  /// The line where the section opened by `heading` ends (exclusive): the next heading of the
  /// same or a higher rank, the end of the main text, or for a loose heading the next heading.
  public func sectionEnd(of heading: Heading) -> Int {
    let limit = heading.line < bodyEnd ? bodyEnd : lines.count + 1
    for other in headings where other.line > heading.line {
      if other.line >= limit { break }
      if heading.rank == 9 || other.rank <= heading.rank { return other.line }
    }
    return limit
  }

  /// Words of the text lines in `range` (table rows left out).
  public func words(in range: Range<Int>) -> Int {
    var total = 0
    for number in range where number >= 1 && number <= lines.count && !tableLines.contains(number) {
      total += MatchText.wordCount(lines[number - 1])
    }
    return total
  }

  // MARK: - Reading lines

  private static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

  /// Removes Markdown emphasis and heading marks and surrounding spaces.
  static func stripMarkup(_ raw: String) -> String {
    var line = raw.trimmingCharacters(in: .whitespaces)
    while line.hasPrefix("#") { line.removeFirst() }
    line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
    return line.trimmingCharacters(in: .whitespaces)
  }

  /// The cells of a table row: three or more tab-separated cells, or a `| a | b |` line.
  static func tableCells(_ raw: String) -> [String]? {
    let trimmed = raw.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("|") && trimmed.hasSuffix("|") && trimmed.count > 1 {
      return trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
        .map { $0.trimmingCharacters(in: .whitespaces) }
    }
    let cells = raw.split(separator: "\t", omittingEmptySubsequences: false)
    guard cells.count >= 3 else { return nil }
    return cells.map { $0.trimmingCharacters(in: .whitespaces) }
  }

  /// Where the main text stops: the recipients list, a signature, or the appendices.
  static func startsBackMatter(_ line: String) -> Bool {
    let lowered = line.lowercased()
    let starts = ["nơi nhận", "phụ lục", "biểu mẫu", "biểu số"]
    return line.count <= 60 && starts.contains { lowered.hasPrefix($0) }
  }

  private static func nextText(_ lines: [String], after index: Int) -> String? {
    var i = index + 1
    while i < lines.count {
      let text = stripMarkup(lines[i])
      if !text.isEmpty { return text }
      i += 1
    }
    return nil
  }

  /// The heading a line opens, if it is one.
  static func heading(_ line: String, raw: String, at number: Int, next: String?) -> Heading? {
    let markdown = raw.trimmingCharacters(in: .whitespaces).hasPrefix("#")
    var scalars = Array(line)
    // "- 1.1. Kết quả …": a numbered heading written as a list item.
    if scalars.count > 3, scalars[0] == "-", scalars[1] == " ", scalars[2].isNumber {
      scalars.removeFirst(2)
    }
    // "II. TEXT", "II TEXT"
    var i = 0
    while i < scalars.count, "IVX".contains(scalars[i]) { i += 1 }
    if i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == " " {
      let numeral = String(scalars[0..<i])
      let title = String(scalars[(i + 1)...]).trimmingCharacters(in: .whitespaces)
      if romans.contains(numeral), title.split(separator: " ").count >= 2,
        title.first?.isUppercase == true
      {
        return make(number, numeral, title, rank: 0)
      }
    }
    // "4. TEXT", "1.2. TEXT", "4 TEXT"
    i = 0
    var numberText = ""
    while i < scalars.count, scalars[i].isASCII, scalars[i].isNumber || scalars[i] == "." {
      numberText.append(scalars[i])
      i += 1
    }
    if !numberText.isEmpty, numberText.first!.isNumber, i < scalars.count,
      scalars[i] == " " || scalars[i] == "\t"
    {
      let title = String(scalars[i...]).trimmingCharacters(in: .whitespaces)
      let parts = numberText.split(separator: ".")
      let dotted = numberText.hasSuffix(".") || parts.count > 1
      let short = title.count <= 100
      if title.first?.isUppercase == true, parts.allSatisfy({ $0.count <= 2 }), dotted || short,
        title.split(separator: " ").count >= 2
      {
        return make(number, parts.joined(separator: "."), title, rank: min(parts.count, 2))
      }
    }
    // "b) TEXT"
    if scalars.count > 3, scalars[0].isLowercase, scalars[1] == ")", scalars[2] == " " {
      let title = String(scalars[3...]).trimmingCharacters(in: .whitespaces)
      return make(number, String(scalars[0]), title, rank: 3)
    }
    if markdown { return make(number, "", line, rank: 1) }
    // A loose heading: short, no final punctuation, capitalised, followed by a longer text.
    if line.count <= 100, line.split(separator: " ").count >= 3, line.first?.isUppercase == true,
      let last = line.last, !".:;,!?)".contains(last), let next, next.count > line.count,
      !next.hasPrefix("-"), !next.hasPrefix("+")
    {
      return make(number, "", line, rank: 9)
    }
    return nil
  }

  private static func make(_ line: Int, _ number: String, _ title: String, rank: Int) -> Heading {
    Heading(line: line, number: number, title: title, rank: rank, words: MatchText.words(title))
  }

  /// Splits a paragraph into sentences after ".", ";", "!" or "?" followed by a space.
  static func sentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previous: Character? = nil
    for character in text {
      if character == " ", let previous, ".;!?".contains(previous) {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
    return result
  }
}
