import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct OutlineDocumentTests {
  let plan: Plan
  let template: OutlineTemplate

  init() throws {
    plan = try PlanLoader.load(path: SeedPlanTests.path)
    template = try OutlineTemplateParserTests.bundled()
  }

  func body(_ unit: String) throws -> (XMLElement, UnitChecklist) {
    let checklist = try #require(UnitChecklist(plan: plan, unitID: unit, template: template))
    let archive = try TestUnzip(OutlineDocument.docx(checklist))
    return (try OfficeGolden.root(try archive.text("word/document.xml")), checklist)
  }

  @Test func districtOutlineHasOneSectionPerAppendixLandscapeWhenWide() throws {
    let (body, _) = try body("ubnd-phu-rieng")
    let sizes = OfficeGolden.elements("w:pgSz", in: body)
    // The outline, then Phụ lục 1 (5 columns), 3 (13 columns) and 5 (10 columns).
    #expect(sizes.map { OfficeGolden.attribute("w:orient", of: $0) } == [nil, nil, "landscape", "landscape"])
    #expect(sizes.allSatisfy { ["11906", "16838"].contains(OfficeGolden.attribute("w:w", of: $0)) })
  }

  @Test func appendixTablesRepeatTheirHeaderRowsAndNeverSplitRows() throws {
    let (body, checklist) = try body("ubnd-phu-rieng")
    let tables = OfficeGolden.elements("w:tbl", in: body)
    #expect(tables.count == checklist.appendices.count)
    for (table, appendix) in zip(tables, checklist.appendices) {
      let rows = OfficeGolden.elements("w:tr", in: table)
      let headerRows = rows.filter { !OfficeGolden.elements("w:tblHeader", in: $0).isEmpty }
      #expect(headerRows.count == appendix.headers.count, "\(appendix.name)")
      #expect(rows.count == appendix.headers.count + appendix.rows.count)
      #expect(rows.allSatisfy { !OfficeGolden.elements("w:cantSplit", in: $0).isEmpty })
      // Group headings are real merged cells, not empty ones.
      #expect(!OfficeGolden.elements("w:gridSpan", in: headerRows[0]).isEmpty, "\(appendix.name)")
      #expect(!OfficeGolden.elements("w:vMerge", in: table).isEmpty, "\(appendix.name)")
    }
  }

  @Test func figuresColumnIsWiderThanUnitAndNumberColumns() throws {
    let (body, _) = try body("so-cong-thuong")
    let table = try #require(OfficeGolden.elements("w:tbl", in: body).first)
    let widths = OfficeGolden.elements("w:gridCol", in: table).compactMap { OfficeGolden.attribute("w:w", of: $0).flatMap(Int.init) }
    // STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú
    #expect(widths.count == 5)
    #expect(widths[3] > widths[2] && widths[3] > widths[0] && widths[3] > widths[4])
    #expect(widths[1] == widths.max())
    // The columns fill the text width of an A4 portrait page with the decree's margins.
    #expect(widths.reduce(0, +) == WordSection(blocks: []).textWidth)
  }

  @Test func everyItemOfTheOutlineAppearsWithItsNumber() throws {
    let (body, checklist) = try body("so-cong-thuong")
    let text = OfficeGolden.elements("w:t", in: body).compactMap(\.stringValue).joined(separator: "\n")
    for part in checklist.parts {
      #expect(text.contains("\(part.label) \(part.text)"))
      for child in part.children { #expect(text.contains("\(child.label) \(child.text)")) }
    }
    #expect(text.contains("Sở Công Thương"))
    #expect(text.contains("17/08/2023") == false)  // another unit's window never leaks in
  }

  @Test func sameChecklistGivesSameBytes() throws {
    let checklist = try #require(UnitChecklist(plan: plan, unitID: "ubnd-loc-ninh", template: template))
    #expect(OutlineDocument.docx(checklist) == OutlineDocument.docx(checklist))
  }

  /// A small template pins the whole document part.
  @Test func smallOutlineMatchesGolden() throws {
    let (small, problems) = OutlineTemplateParser.parse("""
      @title Báo cáo phục vụ Đoàn kiểm tra
      I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
      1. Kiểm tra các hoạt động chỉ đạo, điều hành.
      a) Ban hành văn bản (nếu có).

      @appendix Phụ lục 1 | THỐNG KÊ SỐ LIỆU
      @header STT | Chỉ tiêu thống kê | Kết quả thống kê | | Ghi chú
      @header | | Đơn vị tính | Số liệu |
      | 1 | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | | |
      @end
      """)
    #expect(problems.isEmpty)
    let checklist = try #require(UnitChecklist(plan: plan, unitID: "so-cong-thuong", template: small))
    let parts = Dictionary(uniqueKeysWithValues: WordprocessingML.parts(of: OutlineDocument.document(checklist)))
    try OfficeGolden.check(parts["word/document.xml"]!, against: "outline-small-document.xml")
  }
}
