/// A spreadsheet as content: sheets of typed cells, written to .xlsx by `SpreadsheetML`.
package struct Workbook: Sendable {
  package var title: String
  package var sheets: [Worksheet]

  package init(title: String, sheets: [Worksheet]) {
    self.title = title
    self.sheets = sheets
  }
}

/// One sheet: rows of cells, column widths (in characters), frozen header rows and merged
/// ranges (`"A1:C1"`).
package struct Worksheet: Sendable {
  package var name: String
  package var columnWidths: [Double]
  package var rows: [[SheetCell]]
  /// Rows kept in view while scrolling (the header).
  package var frozenRows: Int
  package var merges: [String]
  /// Landscape when printed.
  package var landscape: Bool

  package init(
    name: String, columnWidths: [Double] = [], rows: [[SheetCell]] = [], frozenRows: Int = 0,
    merges: [String] = [], landscape: Bool = false
  ) {
    self.name = name
    self.columnWidths = columnWidths
    self.rows = rows
    self.frozenRows = frozenRows
    self.merges = merges
    self.landscape = landscape
  }
}

/// A cell: its value and how it looks.
package struct SheetCell: Sendable {
  package enum Value: Sendable {
    case empty
    case text(String)
    /// A whole number shown with Vietnamese grouping (`88.400.000`).
    case integer(Int)
    /// A day, stored as a real spreadsheet date and shown `dd/mm/yyyy`.
    case date(CivilDate)
    /// A formula (without `=`) with the value it gives, so readers that do not recalculate
    /// still show it.
    case formula(String, cached: Int)
  }

  package enum Style: Int, Sendable {
    /// No border: titles and notes.
    case plain = 0
    /// Bold, centred, shaded, bordered, wrapped: a table header.
    case header = 1
    /// Bordered, wrapped text.
    case body = 2
    /// Bold title.
    case title = 3
    /// Bold, bordered: a total row.
    case total = 4
  }

  package var value: Value
  package var style: Style

  package init(_ value: Value, style: Style = .body) {
    self.value = value
    self.style = style
  }

  package static func text(_ text: String?, style: Style = .body) -> SheetCell {
    SheetCell(text.map(Value.text) ?? .empty, style: style)
  }
}
