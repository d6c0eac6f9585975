import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct NoticeDocumentTests {
  let plan: Plan
  let text: DocumentText

  init() throws {
    plan = try PlanLoader.load(path: SeedPlanTests.path)
    text = try DocumentTextTests.bundled()
  }

  func notice(_ unit: String) throws -> NoticeDocument {
    let entry = try #require(Notices.all(plan).first { $0.unitID == unit })
    return NoticeDocument(plan: plan, visit: entry.visit, text: text, outlineFile: "\(unit)-de-cuong.docx")
  }

  @Test func oneNoticePerVisitedUnit() {
    #expect(Notices.all(plan).map(\.unitID) == plan.inspections.map(\.unit))
  }

  @Test func noticeSaysWhenWhoWhatAndByWhen() throws {
    let archive = try TestUnzip(try notice("so-cong-thuong").docx)
    let body = try OfficeGolden.root(try archive.text("word/document.xml"))
    let words = OfficeGolden.elements("w:p", in: body).map {
      OfficeGolden.elements("w:t", in: $0).compactMap(\.stringValue).joined()
    }.joined(separator: "\n")
    #expect(words.contains("Từ ngày 01/08/2023 đến hết ngày 08/08/2023"))
    #expect(words.contains("Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ: Trưởng đoàn."))
    #expect(words.contains("trước ngày 30/07/2023; ngày 30/07/2023 là ngày nghỉ nên hạn tính đến hết ngày 31/07/2023"))
    #expect(words.contains("so-cong-thuong-de-cuong.docx"))
    #expect(words.contains("TRƯỞNG ĐOÀN"))
    // Another unit's dates never appear in this unit's notice.
    #expect(!words.contains("17/08/2023"))
  }

  @Test func noticePartMatchesGolden() throws {
    let notice = try notice("ubnd-phu-rieng")
    let parts = Dictionary(uniqueKeysWithValues: WordprocessingML.parts(of: notice.document))
    try OfficeGolden.check(parts["word/document.xml"]!, against: "notice-ubnd-phu-rieng-document.xml")
  }
}
