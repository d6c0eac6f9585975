/// A document as the importer sees it, whatever file it came from: paragraphs and tables in
/// reading order, each with where it was found.
public struct SourceDocument: Sendable, Equatable {
  public var blocks: [Block]

  public init(blocks: [Block]) { self.blocks = blocks }

  /// A paragraph or a table.
  public enum Block: Sendable, Equatable {
    case paragraph(SourceParagraph)
    case table(SourceTable)
  }

  /// The paragraphs, in order.
  public var paragraphs: [SourceParagraph] {
    blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
  }

  /// The tables, in order.
  public var tables: [SourceTable] {
    blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
  }
}

/// One paragraph's text (NFC, emphasis markers removed) and where it is.
public struct SourceParagraph: Sendable, Equatable {
  public var text: String
  public var location: DocumentLocation

  public init(text: String, location: DocumentLocation) {
    self.text = text
    self.location = location
  }
}

/// A table: rows of cells, with the columns of merged cells already spread out.
public struct SourceTable: Sendable, Equatable {
  /// 1-based position among the document's tables.
  public var number: Int
  public var rows: [[SourceCell]]

  public init(number: Int, rows: [[SourceCell]]) {
    self.number = number
    self.rows = rows
  }
}

/// One cell: its paragraphs, and whether it continues the cell above (a vertical merge).
public struct SourceCell: Sendable, Equatable {
  public var paragraphs: [String]
  /// True for the lower parts of a cell merged down over several rows (Word's `vMerge`).
  public var continuesAbove: Bool
  public var location: DocumentLocation

  public init(paragraphs: [String], continuesAbove: Bool = false, location: DocumentLocation) {
    self.paragraphs = paragraphs
    self.continuesAbove = continuesAbove
    self.location = location
  }

  /// The paragraphs joined by spaces, trimmed.
  public var text: String {
    paragraphs.joined(separator: " ").trimmingCharacters(in: .whitespaces)
  }

  public var isEmpty: Bool { text.isEmpty }
}

/// Where something was found in the imported file.
public enum DocumentLocation: Sendable, Equatable, Hashable {
  /// A line of a text file (1-based), with the tab-separated column for a table cell.
  case line(Int, column: Int?)
  /// A paragraph of a Word document (1-based, counting paragraphs outside tables).
  case paragraph(Int)
  /// A cell of a table (all 1-based).
  case cell(table: Int, row: Int, column: Int)

  /// Vietnamese: "dòng 145, cột 6", "đoạn 12", "bảng 1, hàng 5, cột 6".
  public var description: String {
    switch self {
    case .line(let line, let column):
      column.map { "dòng \(line), cột \($0)" } ?? "dòng \(line)"
    case .paragraph(let number): "đoạn \(number)"
    case .cell(let table, let row, let column): "bảng \(table), hàng \(row), cột \(column)"
    }
  }
}

extension String {
  /// NFC, "**" and "*" emphasis markers (Markdown left by a text export) removed, spaces trimmed.
  var cleanedSourceText: String {
    VietnameseText.nfc(self).replacingOccurrences(of: "*", with: "")
      .replacingOccurrences(of: "\u{00A0}", with: " ")
      .trimmingCharacters(in: .whitespaces)
  }
}
