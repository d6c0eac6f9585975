import Foundation
import Testing

@testable import InspectionPlan

/// Word documents of the reference plan (`Fixtures/make_docx_fixtures.py`) import to the bundled
/// plan, as the text export does.
struct DocxReaderTests {
  @Test(arguments: ["binh-phuoc-2023-python-docx.docx", "binh-phuoc-2023-libreoffice.docx"])
  func wordDocumentImportsToTheBundledPlan(file: String) throws {
    let result = try SeedImportTests.importFixture(file)
    SeedImportTests.expectEqualToBundled(result.plan)
    #expect(result.report.unmapped == [])
    #expect(result.report.ignored == [])
    let text = try SeedImportTests.importFixture("binh-phuoc-2023.txt").plan
    #expect(try PlanWriter.json(result.plan) == PlanWriter.json(text))
  }

  @Test func mergedCellsAreMarkedAndSpansFilled() throws {
    let bytes = [UInt8](
      try Data(contentsOf: SeedImportTests.fixtures.appendingPathComponent("binh-phuoc-2023-python-docx.docx")))
    let document = try DocxReader.read(bytes)
    let table = try #require(document.tables.first)
    #expect(table.rows.count == 13)
    #expect(table.rows.allSatisfy { $0.count == 6 })
    // Header: "Thành phần Đoàn kiểm tra" spans three columns; STT is merged down.
    #expect(table.rows[0][3].text == "Thành phần Đoàn kiểm tra")
    #expect(table.rows[0][4].isEmpty && table.rows[0][5].isEmpty)
    #expect(table.rows[1][0].continuesAbove)
    // Leader merged down rows 1–3; members merged down all ten rows, one paragraph each.
    #expect(!table.rows[2][3].continuesAbove && table.rows[3][3].continuesAbove && table.rows[4][3].continuesAbove)
    #expect(!table.rows[5][3].continuesAbove)
    #expect(table.rows[2][5].paragraphs.count == 11)
    #expect((3...11).allSatisfy { table.rows[$0][5].continuesAbove })
    #expect(table.rows[2][5].location == .cell(table: 1, row: 3, column: 6))
  }

  @Test func xmlWithEntitiesIsRefused() {
    let bomb = """
      <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
      <w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>
      """
    #expect(throws: ImportError.self) { _ = try DocxReader.parse(Array(bomb.utf8), part: "word/document.xml") }
  }

  @Test func brokenXMLIsRefused() {
    let broken = "<w:document xmlns:w=\"x\"><w:body><w:p><w:t>a</w:p>"
    #expect(throws: ImportError.self) { _ = try DocxReader.parse(Array(broken.utf8), part: "word/document.xml") }
  }

  @Test func notAZipIsRefused() {
    #expect(throws: ImportError.archive(.notAZip)) { _ = try DocxReader.read(Array("hello".utf8)) }
  }
}
