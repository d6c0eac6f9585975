/// Reads a sheet of visits saved as CSV (RFC 4180: quoted fields may hold the delimiter, quotes
/// doubled, and line breaks), as one table. The delimiter is the first of ";", ",", tab that the
/// header line holds outside quotes (kiemtra's own export uses ";" for Excel in Vietnamese
/// locales). A line break inside a field separates paragraphs of the cell.
public enum CSVReader {
  /// - Throws: `ImportError.notText` when `bytes` is not UTF-8.
  public static func read(_ bytes: [UInt8]) throws(ImportError) -> SourceDocument {
    guard var text = String(validating: bytes, as: UTF8.self), !text.contains("\u{0}") else {
      throw .notText
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let delimiter = detectDelimiter(text)
    var rows: [[SourceCell]] = []
    var row: [SourceCell] = []
    var field = ""
    var quoted = false
    var line = 1
    var rowLine = 1
    var wasQuote = false
    func endField() {
      let paragraphs = field.split(separator: "\n", omittingEmptySubsequences: true)
        .map { String($0).cleanedSourceText }.filter { !$0.isEmpty }
      row.append(SourceCell(paragraphs: paragraphs, location: .line(rowLine, column: row.count + 1)))
      field = ""
    }
    func endRow() {
      endField()
      if row.contains(where: { !$0.isEmpty }) { rows.append(row) }
      row = []
    }
    for character in text {
      if quoted {
        if character == "\"" {
          quoted = false
          wasQuote = true
          continue
        }
        if character == "\n" || character == "\r\n" { line += 1; field.append("\n"); continue }
        field.append(character)
        continue
      }
      if character == "\"" {
        if wasQuote { field.append("\"") }  // "" inside a quoted field
        quoted = true
        wasQuote = false
        continue
      }
      wasQuote = false
      if character == delimiter {
        endField()
      } else if character == "\n" || character == "\r\n" || character == "\r" {
        endRow()
        line += 1
        rowLine = line
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { endRow() }
    return SourceDocument(blocks: rows.isEmpty ? [] : [.table(SourceTable(number: 1, rows: rows))])
  }

  static func detectDelimiter(_ text: String) -> Character {
    var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if character == "\n" || character == "\r\n" { if !quoted { break } }
      if !quoted, counts[character] != nil { counts[character]! += 1 }
    }
    return [";", ",", "\t"].max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && false) }
      .flatMap { counts[$0]! > 0 ? $0 : nil } ?? ";"
  }
}
