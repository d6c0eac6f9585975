import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the paragraphs and tables of a Word document (.docx: a ZIP holding
/// `word/document.xml`, WordprocessingML of ECMA-376 Part 1 §17).
///
/// A cell spanning columns (`w:gridSpan`) is followed by empty cells so columns line up; the lower
/// parts of a cell merged down (`w:vMerge` without `restart`) are marked `continuesAbove`. A line
/// break (`w:br`) ends a paragraph, as a new paragraph would. Deleted text of tracked changes is
/// left out. A nested table's text joins the cell that holds it.
public enum DocxReader {
  public static func read(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits())
    throws(ImportError) -> SourceDocument
  {
    let zip: ZipReader
    do { zip = try ZipReader(bytes: bytes, limits: limits) } catch { throw .archive(error) }
    let name =
      zip.entry(named: "word/document.xml")?.name
      ?? zip.entries.first { $0.name.hasPrefix("word/") && $0.name.hasSuffix("document.xml") }?.name
    guard let name, let entry = zip.entry(named: name) else { throw .missingPart("word/document.xml") }
    let xml: [UInt8]
    do { xml = try zip.contents(of: entry) } catch { throw .archive(error) }
    return try parse(xml, part: name)
  }

  /// Parses WordprocessingML. Refuses a DTD or entity declarations (Office never writes them;
  /// entity expansion is how XML bombs work).
  static func parse(_ xml: [UInt8], part: String) throws(ImportError) -> SourceDocument {
    let head = String(decoding: xml.prefix(4096), as: UTF8.self)
    if head.contains("<!DOCTYPE") || head.contains("<!ENTITY")
      || String(decoding: xml, as: UTF8.self).contains("<!ENTITY")
    {
      throw .invalidXML(part: part, reason: "có khai báo DTD/ENTITY (không được phép)")
    }
    let parser = XMLParser(data: Data(xml))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let builder = Builder()
    parser.delegate = builder
    let finished = parser.parse()
    guard finished, builder.error == nil, builder.tables.isEmpty, builder.depth == 0 else {
      let line = builder.errorLine ?? parser.lineNumber
      throw .invalidXML(part: part, reason: "lỗi cú pháp ở dòng \(line)")
    }
    return SourceDocument(blocks: builder.blocks)
  }

  final class Builder: NSObject, XMLParserDelegate {
    var blocks: [SourceDocument.Block] = []
    var paragraphCount = 0
    var tableCount = 0

    struct TableState {
      var number: Int
      var rows: [[SourceCell]] = []
      var row: [SourceCell]? = nil
      var cellParagraphs: [String]? = nil
      var span = 1
      var continues = false
    }
    var tables: [TableState] = []
    var paragraph: String? = nil
    var inText = false
    /// Open elements, to notice a document that ends before its root closes.
    var depth = 0
    var error: Error?
    var errorLine: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      if error == nil {
        error = parseError
        errorLine = parser.lineNumber
      }
    }

    static func local(_ name: String) -> String {
      name.split(separator: ":").last.map(String.init) ?? name
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      depth += 1
      let value = attributes["w:val"] ?? attributes.first { $0.key.hasSuffix(":val") }?.value
      switch Self.local(elementName) {
      case "tbl":
        if tables.isEmpty {
          tableCount += 1
          tables.append(TableState(number: tableCount))
        } else {
          tables.append(TableState(number: -1))  // nested: its text joins the outer cell
        }
      case "tr" where tables.last?.number ?? -1 > 0: tables[tables.count - 1].row = []
      case "tc" where tables.last?.number ?? -1 > 0:
        tables[tables.count - 1].cellParagraphs = []
        tables[tables.count - 1].span = 1
        tables[tables.count - 1].continues = false
      case "gridSpan" where tables.last?.number ?? -1 > 0:
        tables[tables.count - 1].span = max(1, min(Int(value ?? "1") ?? 1, 64))
      case "vMerge" where tables.last?.number ?? -1 > 0:
        tables[tables.count - 1].continues = value == nil || value == "continue"
      case "p": paragraph = ""
      case "t": inText = true
      case "tab": paragraph? += " "
      case "br", "cr": endParagraph(); paragraph = ""
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { paragraph? += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      depth -= 1
      switch Self.local(elementName) {
      case "t": inText = false
      case "p": endParagraph()
      case "tc":
        guard var table = tables.last, table.number > 0, let paragraphs = table.cellParagraphs else { return }
        let row = (table.row?.count ?? 0)
        let location = DocumentLocation.cell(table: table.number, row: table.rows.count + 1, column: row + 1)
        table.row?.append(SourceCell(paragraphs: paragraphs, continuesAbove: table.continues, location: location))
        for extra in 1..<max(table.span, 1) {
          table.row?.append(
            SourceCell(
              paragraphs: [], continuesAbove: table.continues,
              location: .cell(table: table.number, row: table.rows.count + 1, column: row + 1 + extra)))
        }
        table.cellParagraphs = nil
        tables[tables.count - 1] = table
      case "tr":
        guard var table = tables.last, table.number > 0, let row = table.row else { return }
        table.rows.append(row)
        table.row = nil
        tables[tables.count - 1] = table
      case "tbl":
        guard let table = tables.popLast() else { return }
        if table.number > 0 { blocks.append(.table(SourceTable(number: table.number, rows: table.rows))) }
      default: break
      }
    }

    func endParagraph() {
      guard let text = paragraph?.cleanedSourceText else { return }
      paragraph = nil
      if let index = tables.lastIndex(where: { $0.number > 0 }), tables[index].cellParagraphs != nil {
        if !text.isEmpty { tables[index].cellParagraphs?.append(text) }
        return
      }
      guard !text.isEmpty else { return }
      paragraphCount += 1
      blocks.append(.paragraph(SourceParagraph(text: text, location: .paragraph(paragraphCount))))
    }
  }
}
