import Foundation
import Testing

@testable import InspectionPlan

/// kiemtra's own CSV export of the bundled plan imports back to the same visits.
struct CSVReaderTests {
  @Test(arguments: [",", ";", "\t"] as [Character])
  func ownExportImportsBack(delimiter: Character) throws {
    let bundled = SeedImportTests.bundled
    let csv = CalendarExports.csv(visits: bundled.visits(), delimiter: delimiter)
    let document = try CSVReader.read(Array(csv.utf8))
    let result = try PlanImporter.interpret(
      document, options: .init(year: 2023, province: "Bình Phước"))
    SeedImportTests.expectSameVisitsAsBundled(result.plan)
    #expect(result.report.unmapped == [])
    #expect(result.plan.id == "binh-phuoc-2023")
  }

  @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
    let csv = "a;b\r\n\"x;y\";\"say \"\"hi\"\"\nnext\"\r\n"
    let table = try #require(try CSVReader.read(Array(csv.utf8)).tables.first)
    #expect(table.rows.count == 2)
    #expect(table.rows[1][0].text == "x;y")
    #expect(table.rows[1][1].paragraphs == ["say \"hi\"", "next"])
    #expect(table.rows[1][1].location == .line(2, column: 2))
  }

  @Test func notUTF8IsRefused() {
    #expect(throws: ImportError.notText) { _ = try CSVReader.read([0xFF, 0xFE, 0x41]) }
  }
}
