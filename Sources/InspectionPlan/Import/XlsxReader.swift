import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the first worksheet of an Excel workbook (.xlsx: a ZIP of SpreadsheetML, ECMA-376
/// Part 1 §18) as one table.
///
/// Shared and inline strings are read as text; a number whose cell style has a date format
/// (built-in formats 14–22, or a custom format with d, m and y) is read as an ISO date; merged
/// ranges spread over several rows mark the lower cells `continuesAbove`.
public enum XlsxReader {
  public static func read(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits())
    throws(ImportError) -> SourceDocument
  {
    let zip: ZipReader
    do { zip = try ZipReader(bytes: bytes, limits: limits) } catch { throw .archive(error) }
    func part(_ name: String) throws(ImportError) -> [UInt8]? {
      do { return try zip.contents(ofEntryNamed: name) } catch { throw .archive(error) }
    }
    let sheetName =
      zip.entry(named: "xl/worksheets/sheet1.xml")?.name
      ?? zip.entries.map(\.name).filter { $0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml") }.sorted().first
    guard let sheetName, let sheet = try part(sheetName) else {
      throw .missingPart("xl/worksheets/sheet1.xml")
    }
    let strings = try part("xl/sharedStrings.xml").map { bytes throws(ImportError) in
      try SharedStrings.parse(bytes, part: "xl/sharedStrings.xml")
    } ?? []
    let dateStyles = try part("xl/styles.xml").map { bytes throws(ImportError) in
      try DateStyles.parse(bytes, part: "xl/styles.xml")
    } ?? []
    return try SheetParser.parse(sheet, part: sheetName, strings: strings, dateStyles: dateStyles)
  }

  /// Runs `delegate` over `xml`, refusing DTDs and entities as `DocxReader` does.
  static func run(_ xml: [UInt8], part: String, _ delegate: some XMLParserDelegate & Failing)
    throws(ImportError)
  {
    if String(decoding: xml, as: UTF8.self).contains("<!ENTITY")
      || String(decoding: xml.prefix(4096), as: UTF8.self).contains("<!DOCTYPE")
    {
      throw .invalidXML(part: part, reason: "có khai báo DTD/ENTITY (không được phép)")
    }
    let parser = XMLParser(data: Data(xml))
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    guard parser.parse(), !delegate.failed else {
      throw .invalidXML(part: part, reason: "lỗi cú pháp ở dòng \(parser.lineNumber)")
    }
  }

  protocol Failing: AnyObject { var failed: Bool { get } }

  static func local(_ name: String) -> String {
    name.split(separator: ":").last.map(String.init) ?? name
  }

  final class SharedStrings: NSObject, XMLParserDelegate, Failing {
    var strings: [String] = []
    var current: String?
    var inText = false
    var failed = false

    static func parse(_ xml: [UInt8], part: String) throws(ImportError) -> [String] {
      let delegate = SharedStrings()
      try XlsxReader.run(xml, part: part, delegate)
      return delegate.strings
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      switch XlsxReader.local(name) {
      case "si": current = ""
      case "t": inText = true
      default: break
      }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current? += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      switch XlsxReader.local(name) {
      case "t": inText = false
      case "si":
        strings.append(current ?? "")
        current = nil
      default: break
      }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
  }

  /// Which cell styles (`s` indexes into `cellXfs`) show a date.
  final class DateStyles: NSObject, XMLParserDelegate, Failing {
    var customDateFormats: Set<Int> = []
    var styles: [Bool] = []
    var inCellXfs = false
    var failed = false

    static func parse(_ xml: [UInt8], part: String) throws(ImportError) -> [Bool] {
      let delegate = DateStyles()
      try XlsxReader.run(xml, part: part, delegate)
      return delegate.styles
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      switch XlsxReader.local(name) {
      case "numFmt":
        let code = (attributes["formatCode"] ?? "").lowercased().replacing(#/\[[^\]]*\]|"[^"]*"/#, with: "")
        if let id = attributes["numFmtId"].flatMap(Int.init), code.contains("d"), code.contains("m"), code.contains("y") {
          customDateFormats.insert(id)
        }
      case "cellXfs": inCellXfs = true
      case "xf" where inCellXfs:
        let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
        styles.append((14...22).contains(id) || customDateFormats.contains(id))
      default: break
      }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if XlsxReader.local(name) == "cellXfs" { inCellXfs = false }
    }
    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }
  }

  final class SheetParser: NSObject, XMLParserDelegate, Failing {
    let strings: [String]
    let dateStyles: [Bool]
    var cells: [Int: [Int: String]] = [:]  // row → column → text (1-based)
    var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
    var reference: (row: Int, column: Int)?
    var type = ""
    var style = 0
    var value = ""
    var inValue = false
    var nextRow = 0
    var nextColumn = 0
    var failed = false

    init(strings: [String], dateStyles: [Bool]) {
      self.strings = strings
      self.dateStyles = dateStyles
    }

    static func parse(_ xml: [UInt8], part: String, strings: [String], dateStyles: [Bool])
      throws(ImportError) -> SourceDocument
    {
      let delegate = SheetParser(strings: strings, dateStyles: dateStyles)
      try XlsxReader.run(xml, part: part, delegate)
      return delegate.document(sheet: part)
    }

    /// "B12" → (12, 2).
    static func position(_ reference: String) -> (row: Int, column: Int)? {
      var column = 0
      var digits = ""
      for character in reference {
        if let ascii = character.asciiValue, character.isLetter {
          column = column * 26 + Int(ascii & 0xDF) - 64
          if column > 16_384 { return nil }
        } else if character.isNumber {
          digits.append(character)
        }
      }
      guard let row = Int(digits), row >= 1, row <= 1_048_576, column >= 1 else { return nil }
      return (row, column)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
      switch XlsxReader.local(name) {
      case "row":
        nextRow = attributes["r"].flatMap(Int.init) ?? nextRow + 1
        nextColumn = 0
      case "c":
        nextColumn += 1
        let position = attributes["r"].flatMap(SheetParser.position) ?? (nextRow, nextColumn)
        nextColumn = position.column
        reference = position
        type = attributes["t"] ?? "n"
        style = attributes["s"].flatMap(Int.init) ?? 0
        value = ""
      case "v", "t": inValue = reference != nil
      case "mergeCell":
        let ends = (attributes["ref"] ?? "").split(separator: ":").compactMap { SheetParser.position(String($0)) }
        if ends.count == 2 {
          merges.append((ends[0].row, ends[0].column, ends[1].row, ends[1].column))
        }
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      switch XlsxReader.local(name) {
      case "v", "t": inValue = false
      case "c":
        guard let (row, column) = reference else { return }
        reference = nil
        var text = value
        switch type {
        case "s": text = Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? ""
        case "n":
          if dateStyles.indices.contains(style), dateStyles[style], let serial = Double(value),
            serial >= 61, serial < 2_958_466
          {
            text = CivilDate(year: 1899, month: 12, day: 30)!.advanced(by: Int(serial)).iso8601
          }
        default: break
        }
        if !text.isEmpty, cells.count < 100_000 { cells[row, default: [:]][column] = text }
      default: break
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { failed = true }

    func document(sheet: String) -> SourceDocument {
      guard let lastRow = cells.keys.max() else { return SourceDocument(blocks: []) }
      let width = min(cells.values.compactMap { $0.keys.max() }.max() ?? 0, 200)
      var rows: [[SourceCell]] = []
      for row in 1...min(lastRow, 100_000) {
        var cellsOfRow: [SourceCell] = []
        for column in 1...max(width, 1) {
          let text = cells[row]?[column] ?? ""
          let merged = merges.contains {
            row > $0.top && row <= $0.bottom && column >= $0.left && column <= $0.right && column == $0.left
          }
          cellsOfRow.append(
            SourceCell(
              paragraphs: text.split(separator: "\n").map { String($0).cleanedSourceText }.filter { !$0.isEmpty },
              continuesAbove: merged,
              location: .cell(table: 1, row: row, column: column)))
        }
        rows.append(cellsOfRow)
      }
      return SourceDocument(blocks: [.table(SourceTable(number: 1, rows: rows))])
    }
  }
}
