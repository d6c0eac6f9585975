import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct SpreadsheetMLTests {
  static let sample = Workbook(
    title: "Dự toán",
    sheets: [
      Worksheet(
        name: "Theo cuộc kiểm tra", columnWidths: [6, 40, 14, 16],
        rows: [
          [.text("STT", style: .header), .text("Đơn vị", style: .header), .text("Ngày", style: .header), .text("Thành tiền", style: .header)],
          [SheetCell(.integer(1)), .text("Sở Công Thương"), SheetCell(.date(CivilDate(year: 2023, month: 8, day: 1)!)), SheetCell(.integer(4_800_000))],
          [SheetCell(.empty), .text("Tổng cộng", style: .total), SheetCell(.empty), SheetCell(.formula("SUM(D2:D2)", cached: 4_800_000), style: .total)],
        ], frozenRows: 1, merges: ["A3:B3"]),
      Worksheet(name: "Tên/có:ký*tự?[lạ]"),
      Worksheet(name: "tên/có:ký*tự?[lạ]"),
    ])

  func parts() -> [String: String] {
    Dictionary(uniqueKeysWithValues: SpreadsheetML.parts(of: Self.sample))
  }

  @Test func packageReadsBackAndEveryPartParses() throws {
    let archive = try TestUnzip(SpreadsheetML.xlsx(Self.sample))
    #expect(archive.names.contains("xl/worksheets/sheet3.xml"))
    for name in archive.names { _ = try OfficeGolden.root(try archive.text(name)) }
  }

  @Test func sameWorkbookGivesSameBytes() {
    #expect(SpreadsheetML.xlsx(Self.sample) == SpreadsheetML.xlsx(Self.sample))
  }

  @Test func sheetPartMatchesGolden() throws {
    try OfficeGolden.check(parts()["xl/worksheets/sheet1.xml"]!, against: "sample-sheet1.xml")
    try OfficeGolden.check(parts()["xl/styles.xml"]!, against: "sample-styles.xml")
  }

  @Test func sheetNamesAreCleanedAndUnique() {
    #expect(SpreadsheetML.sheetNames(Self.sample) == ["Theo cuộc kiểm tra", "Tên-có-ký-tự--lạ-", "tên-có-ký-tự--lạ- (2)"])
  }

  @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
  func columnNames(index: Int, name: String) {
    #expect(SpreadsheetML.columnName(index) == name)
  }

  /// Serial numbers as Excel and LibreOffice count them (checked against both).
  @Test(arguments: [("1900-03-01", 61), ("2023-08-01", 45139), ("2000-01-01", 36526), ("2027-12-31", 46752)])
  func dateSerials(iso: String, serial: Int) throws {
    #expect(SpreadsheetML.serial(try #require(CivilDate(iso8601: iso))) == serial)
  }

  @Test func cellsCarryTypesAndStyles() throws {
    let sheet = try OfficeGolden.root(parts()["xl/worksheets/sheet1.xml"]!)
    let cells = OfficeGolden.elements("c", in: sheet)
    func cell(_ reference: String) -> XMLElement? { cells.first { OfficeGolden.attribute("r", of: $0) == reference } }
    #expect(OfficeGolden.attribute("t", of: try #require(cell("B2"))) == "inlineStr")
    #expect(try #require(cell("C2")).stringValue == "45139")
    #expect(OfficeGolden.attribute("s", of: try #require(cell("C2"))) == "5")
    #expect(OfficeGolden.elements("f", in: try #require(cell("D3"))).first?.stringValue == "SUM(D2:D2)")
    #expect(OfficeGolden.elements("pane", in: sheet).first.flatMap { OfficeGolden.attribute("state", of: $0) } == "frozen")
    #expect(OfficeGolden.elements("mergeCell", in: sheet).count == 1)
    let styles = try OfficeGolden.root(parts()["xl/styles.xml"]!)
    let formats = OfficeGolden.elements("numFmt", in: styles).map { OfficeGolden.attribute("formatCode", of: $0) }
    #expect(formats.contains("dd/mm/yyyy"))
  }
}
