import Testing

@testable import InspectionPlan

@Suite struct HeaderLayoutTests {
  typealias Cell = HeaderLayout.Cell

  @Test func twoRowsWithAGroupHeading() {
    let layout = HeaderLayout([
      ["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"],
      ["", "", "Đơn vị tính", "Số liệu", ""],
    ])
    #expect(layout.cells == [
      Cell(text: "STT", row: 0, column: 0, rowSpan: 2, columnSpan: 1),
      Cell(text: "Chỉ tiêu thống kê", row: 0, column: 1, rowSpan: 2, columnSpan: 1),
      Cell(text: "Kết quả thống kê", row: 0, column: 2, rowSpan: 1, columnSpan: 2),
      Cell(text: "Ghi chú", row: 0, column: 4, rowSpan: 2, columnSpan: 1),
      Cell(text: "Đơn vị tính", row: 1, column: 2, rowSpan: 1, columnSpan: 1),
      Cell(text: "Số liệu", row: 1, column: 3, rowSpan: 1, columnSpan: 1),
    ])
    #expect(layout.leafTexts == ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"])
  }

  /// Phụ lục 2 of the reference plan: three header rows, a sub-group inside a group.
  @Test func threeRowsWithNestedGroups() {
    let layout = HeaderLayout([
      ["STT", "Lĩnh vực", "Tiếp nhận", "", "", "Đã giải quyết", "", "Ghi chú"],
      ["", "", "Tổng số", "Trong kỳ", "", "Tổng số", "Quá hạn", ""],
      ["", "", "", "Trực tuyến", "Từ kỳ trước", "", "", ""],
    ])
    let byText = Dictionary(layout.cells.map { ($0.text + "@\($0.row),\($0.column)", $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byText["Tiếp nhận@0,2"]?.columnSpan == 3)
    #expect(byText["Tổng số@1,2"]?.rowSpan == 2)
    #expect(byText["Trong kỳ@1,3"]?.columnSpan == 2)
    #expect(byText["Trong kỳ@1,3"]?.rowSpan == 1)
    #expect(byText["Đã giải quyết@0,5"]?.columnSpan == 2)
    #expect(byText["Quá hạn@1,6"]?.rowSpan == 2)
    #expect(byText["Ghi chú@0,7"]?.rowSpan == 3)
    #expect(byText["STT@0,0"]?.rowSpan == 3)
  }

  /// Every position of the grid is covered exactly once, on every header of the bundled template.
  @Test func bundledTemplateHeadersTileTheGrid() throws {
    let template = try OutlineTemplateParserTests.bundled()
    #expect(!template.appendices.isEmpty)
    for appendix in template.appendices {
      let layout = HeaderLayout(appendix.headers)
      var covered = [[Int]](repeating: [Int](repeating: 0, count: layout.columnCount), count: layout.rowCount)
      for cell in layout.cells {
        for r in cell.row..<(cell.row + cell.rowSpan) { for c in cell.column..<(cell.column + cell.columnSpan) { covered[r][c] += 1 } }
      }
      #expect(covered.allSatisfy { $0.allSatisfy { $0 == 1 } }, "\(appendix.name)")
      #expect(layout.columnCount == appendix.rows.first?.cells.count, "\(appendix.name)")
    }
  }

  @Test func emptyHeaders() {
    #expect(HeaderLayout([]).cells.isEmpty)
    #expect(HeaderLayout([["", ""]]).cells.isEmpty)
  }
}
