import Foundation

/// How an appendix's header rows merge: each heading becomes one cell spanning the columns and
/// rows the document draws it over.
///
/// Templates write a merged header as a grid with empty cells under or beside the heading
/// (`STT | Kết quả thống kê | | Ghi chú` over `| Đơn vị tính | Số liệu |`). A heading spans to
/// the right over empty cells while they stay under its parent heading, then down over rows
/// that are empty in all its columns. So `STT` covers both rows, `Kết quả thống kê` the two
/// columns `Đơn vị tính` and `Số liệu`.
public struct HeaderLayout: Sendable, Equatable {
  /// One merged heading; `row` and `column` are its top-left corner (0-based).
  public struct Cell: Sendable, Equatable {
    public let text: String
    public let row: Int
    public let column: Int
    public let rowSpan: Int
    public let columnSpan: Int
  }

  /// The headings, row by row, left to right.
  public let cells: [Cell]
  public let rowCount: Int
  public let columnCount: Int

  public init(_ headers: [[String]]) {
    rowCount = headers.count
    columnCount = headers.map(\.count).max() ?? 0
    func text(_ row: Int, _ column: Int) -> String {
      column < headers[row].count ? headers[row][column].trimmingCharacters(in: .whitespaces) : ""
    }
    // owner[row][column] = index of the cell covering that position.
    var owner = [[Int?]](repeating: [Int?](repeating: nil, count: columnCount), count: rowCount)
    var cells: [Cell] = []
    for row in 0..<rowCount {
      for column in 0..<columnCount where owner[row][column] == nil && !text(row, column).isEmpty {
        // The parent's columns bound the span; the top row's parent is the whole width.
        var limit = columnCount
        if row > 0, let parent = owner[row - 1][column] {
          limit = cells[parent].column + cells[parent].columnSpan
        }
        var span = 1
        while column + span < limit, owner[row][column + span] == nil, text(row, column + span).isEmpty {
          span += 1
        }
        var rows = 1
        while row + rows < rowCount,
          (column..<(column + span)).allSatisfy({ owner[row + rows][$0] == nil && text(row + rows, $0).isEmpty })
        {
          rows += 1
        }
        let index = cells.count
        cells.append(Cell(text: text(row, column), row: row, column: column, rowSpan: rows, columnSpan: span))
        for r in row..<(row + rows) { for c in column..<(column + span) { owner[r][c] = index } }
      }
    }
    self.cells = cells
  }

  /// The heading that names each column: the lowest heading over it ("Số liệu", not
  /// "Kết quả thống kê").
  public var leafTexts: [String] {
    (0..<columnCount).map { column in
      cells.filter { $0.column <= column && column < $0.column + $0.columnSpan }
        .max { $0.row < $1.row }?.text ?? ""
    }
  }
}
