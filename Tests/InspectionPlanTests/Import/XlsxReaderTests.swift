import Foundation
import Testing

@testable import InspectionPlan

/// A workbook written by kiemtra's own SpreadsheetML writer, with the columns of its visit export
/// and real date cells, imports back to the same visits.
struct XlsxReaderTests {
  static func workbook(merged: Bool) -> [UInt8] {
    let bundled = SeedImportTests.bundled
    var rows: [[SheetCell]] = [
      ["Danh sách các cuộc kiểm tra"].map { SheetCell.text($0, style: .title) },
      CalendarExports.csvHeader.map { SheetCell.text($0, style: .header) },
    ]
    for visit in bundled.visits() {
      rows.append([
        SheetCell(.integer(visit.number)), .text(visit.inspection.id), .text(visit.unitName),
        .text(visit.unit?.kind.vietnameseName), SheetCell(visit.window.map { .date($0.from) } ?? .empty),
        SheetCell(visit.window.map { .date($0.to) } ?? .empty),
        SheetCell(visit.workingDays.map { .integer($0) } ?? .empty),
        .text(visit.leader?.displayNameWithTitle), .text(visit.deputy?.displayNameWithTitle),
        .text(merged && visit.number > 1 ? nil : visit.members.map(\.displayNameWithTitle).joined(separator: "\n")),
        .text(visit.leadAgencyName), SheetCell(visit.due.map { .date($0) } ?? .empty), .text(nil),
      ])
    }
    let sheet = Worksheet(
      name: "Kế hoạch", rows: rows, frozenRows: 2, merges: merged ? ["J3:J12", "A1:M1"] : ["A1:M1"])
    return SpreadsheetML.xlsx(Workbook(title: "Kế hoạch", sheets: [sheet]))
  }

  @Test(arguments: [false, true])
  func ownWorkbookImportsBack(merged: Bool) throws {
    let document = try XlsxReader.read(Self.workbook(merged: merged))
    let result = try PlanImporter.interpret(document, options: .init(year: 2023, province: "Bình Phước"))
    SeedImportTests.expectSameVisitsAsBundled(result.plan)
    #expect(result.report.unmapped == [])
  }

  @Test func datesAndMergesAreRead() throws {
    let table = try #require(try XlsxReader.read(Self.workbook(merged: true)).tables.first)
    #expect(table.rows[2][4].text == "2023-08-01")
    #expect(table.rows[2][0].text == "1")
    #expect(!table.rows[2][9].continuesAbove && table.rows[3][9].continuesAbove && table.rows[11][9].continuesAbove)
    #expect(table.rows[2][9].paragraphs.count == 11)
    #expect(table.rows[3][9].location == .cell(table: 1, row: 4, column: 10))
  }

  @Test func cellReferences() {
    #expect(XlsxReader.SheetParser.position("A1")! == (1, 1))
    #expect(XlsxReader.SheetParser.position("AB12")! == (12, 28))
    #expect(XlsxReader.SheetParser.position("ZZZZ1") == nil)
    #expect(XlsxReader.SheetParser.position("A0") == nil)
  }

  @Test func aWordDocumentIsNoWorkbook() throws {
    let docx = [UInt8](try Data(contentsOf: SeedImportTests.fixtures.appendingPathComponent("binh-phuoc-2023-python-docx.docx")))
    #expect(throws: ImportError.missingPart("xl/worksheets/sheet1.xml")) { _ = try XlsxReader.read(docx) }
  }
}
