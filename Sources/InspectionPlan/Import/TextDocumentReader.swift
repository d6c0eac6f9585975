import Foundation

/// Reads a document saved as plain text from Word: table rows are lines whose cells are separated
/// by tabs; other lines are paragraphs.
///
/// A run of tab lines is one table; a blank line between two runs ends the table (Word writes one
/// when a table continues on the next page with its header repeated; the interpreter joins such
/// parts back). Cells holding several paragraphs written as `<p>…</p>` are split into them.
public enum TextDocumentReader {
  /// - Throws: `ImportError.notText` when `bytes` is not UTF-8 text.
  public static func read(_ bytes: [UInt8]) throws(ImportError) -> SourceDocument {
    guard var text = String(validating: bytes, as: UTF8.self) else { throw .notText }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    if text.contains("\u{0}") { throw .notText }
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    var blocks: [SourceDocument.Block] = []
    var rows: [[SourceCell]] = []
    var tableCount = 0
    func closeTable() {
      guard !rows.isEmpty else { return }
      tableCount += 1
      blocks.append(.table(SourceTable(number: tableCount, rows: rows)))
      rows = []
    }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if line.contains("\t") {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map {
          column, raw in
          SourceCell(
            paragraphs: paragraphs(in: String(raw)), location: .line(number, column: column + 1))
        }
        rows.append(cells)
        continue
      }
      closeTable()
      let cleaned = String(line).cleanedSourceText
      if !cleaned.isEmpty {
        blocks.append(.paragraph(SourceParagraph(text: cleaned, location: .line(number, column: nil))))
      }
    }
    closeTable()
    return SourceDocument(blocks: blocks)
  }

  /// The paragraphs of one cell: `<p>a</p> <p>b</p>` is two, plain text one.
  static func paragraphs(in cell: String) -> [String] {
    guard cell.contains("<p>") else {
      let cleaned = cell.cleanedSourceText
      return cleaned.isEmpty ? [] : [cleaned]
    }
    return cell.components(separatedBy: "<p>").map {
      $0.replacingOccurrences(of: "</p>", with: "").cleanedSourceText
    }.filter { !$0.isEmpty }
  }
}
