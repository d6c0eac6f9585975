/// The year-end summary as a Word document: the Markdown section of `SummaryReport` laid out as
/// an A4 report section in Times New Roman (headings bold, paragraphs justified with a first-line
/// indent, the visits table with borders and a repeated header row, landscape-free).
public enum SummaryDocument {
  /// The .docx bytes of the summary.
  public static func docx(plan: Plan, asOf: CivilDate, summary: YearSummary) -> [UInt8] {
    WordprocessingML.docx(document(markdown: SummaryReport.markdown(plan: plan, asOf: asOf, summary: summary)))
  }

  /// Lays out the subset of Markdown `SummaryReport.markdown` writes: `##`/`###` headings,
  /// `_italic_` lines, paragraphs and one pipe table.
  static func document(markdown: String) -> WordDocument {
    let size = 14.0
    var blocks: [WordBlock] = []
    var tableRows: [[String]] = []
    let section = WordSection(blocks: [])
    func flushTable() {
      guard !tableRows.isEmpty else { return }
      // Column shares: number, unit, dates, state, report, recommendations.
      let shares = [0.07, 0.27, 0.2, 0.14, 0.18, 0.14]
      let widths = shares.map { Int(Double(section.textWidth) * $0) }
      let rows = tableRows.enumerated().map { index, cells in
        WordTableRow(
          cells.map { WordTableCell([WordParagraph([WordRun($0, bold: index == 0, size: 11)], alignment: .left, spaceAfter: 0)]) },
          isHeader: index == 0)
      }
      blocks.append(.table(WordTable(columnWidths: Array(widths.prefix(tableRows[0].count)), rows: rows)))
      tableRows = []
    }
    for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if line.hasPrefix("|") {
        let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
          .map { $0.trimmingCharacters(in: .whitespaces) }
        if !cells.allSatisfy({ $0.allSatisfy { $0 == "-" } }) { tableRows.append(cells) }
        continue
      }
      flushTable()
      if line.isEmpty { continue }
      if line.hasPrefix("## ") {
        blocks.append(.paragraph(WordParagraph([WordRun(String(line.dropFirst(3)).uppercased(), bold: true, size: size)], alignment: .center, spaceAfter: 6, keepWithNext: true)))
      } else if line.hasPrefix("### ") {
        blocks.append(.paragraph(WordParagraph([WordRun(String(line.dropFirst(4)), bold: true, size: size)], alignment: .left, spaceBefore: 6, spaceAfter: 6, keepWithNext: true)))
      } else if line.hasPrefix("_"), line.hasSuffix("_") {
        blocks.append(.paragraph(WordParagraph([WordRun(String(line.dropFirst().dropLast()), italic: true, size: size)], alignment: .center, spaceAfter: 12)))
      } else {
        blocks.append(.paragraph(WordParagraph([WordRun(line, size: size)], alignment: .justified, firstLineIndent: 567, spaceAfter: 6)))
      }
    }
    flushTable()
    return WordDocument(title: "Kết quả thực hiện kế hoạch kiểm tra", sections: [WordSection(blocks: blocks)], fontSize: size)
  }
}
