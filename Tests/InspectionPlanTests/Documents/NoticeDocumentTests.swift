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
    return NoticeDocument(plan: plan, entry: entry, text: text, outlineFile: "\(unit)-de-cuong.docx")
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

/// Notices follow the visit's kind and units: none for an unannounced visit, one letter per
/// unit for a trip to several.
@Suite struct NoticesKindTests {
  static let json = """
    {"id": "thu", "title": "Kế hoạch kiểm tra thử", "province": "Bình Phước", "year": 2027,
     "units": [{"id": "so-a", "name": "Sở A", "kind": "provincial-department"},
               {"id": "xa-b", "name": "UBND xã B", "kind": "commune-level"},
               {"id": "xa-c", "name": "UBND xã C", "kind": "commune-level"}],
     "people": [{"id": "p1", "name": "Nguyễn Văn Một", "title": "Phó Giám đốc Sở Nội vụ"}],
     "inspections": [
       {"id": "kt-1", "unit": "so-a", "kind": "unannounced", "leader": "p1",
        "window": {"from": "2027-03-02", "to": "2027-03-03"}},
       {"id": "kt-2", "units": ["xa-b", "xa-c"], "leader": "p1",
        "window": {"from": "2027-04-06", "to": "2027-04-06"}, "reportDue": "2027-03-31"}]}
    """

  @Test func unannouncedGetsNoneAndATripGetsOnePerUnit() throws {
    let plan = try PlanLoader.load(data: Data(Self.json.utf8), file: "thu.json")
    let entries = Notices.all(plan)
    #expect(entries.map(\.unitID) == ["xa-b", "xa-c"])
    #expect(entries.map(\.unitName) == ["UBND xã B", "UBND xã C"])
    let text = try DocumentTextTests.bundled()
    let notice = NoticeDocument(plan: plan, entry: entries[1], text: text, outlineFile: nil)
    let body = try OfficeGolden.root(try TestUnzip(notice.docx).text("word/document.xml"))
    let words = OfficeGolden.elements("w:t", in: body).compactMap(\.stringValue).joined()
    #expect(words.contains("Kính gửi: UBND xã C."))
    #expect(words.contains("UBND xã B, UBND xã C"))
    // The unannounced visit's dates appear nowhere in the decision sent to the units.
    let decision = DecisionDocument(plan: plan, text: text)
    let decisionWords = OfficeGolden.elements("w:t", in: try OfficeGolden.root(try TestUnzip(decision.docx).text("word/document.xml")))
      .compactMap(\.stringValue).joined()
    #expect(!decisionWords.contains("02/03/2027"))
    #expect(decisionWords.contains("Kiểm tra đột xuất"))
  }
}

extension NoticesKindTests {
  @Test func thematicNoticeNamesOnlyItsAreas() throws {
    let plan = try PlanLoader.load(path: SeedPlanTests.path.replacingOccurrences(of: "binh-phuoc-2023.json", with: "mau-hai-cap-2027.json"))
    let entry = try #require(Notices.all(plan).first { $0.visit.kind == .thematic })
    let notice = NoticeDocument(plan: plan, entry: entry, text: try DocumentTextTests.bundled(), outlineFile: nil)
    let words = OfficeGolden.elements("w:t", in: try OfficeGolden.root(try TestUnzip(notice.docx).text("word/document.xml")))
      .compactMap(\.stringValue).joined(separator: "\n")
    #expect(words.contains("Kiểm tra chuyên đề, tập trung vào:"))
    #expect(!words.contains("Cải cách tài chính công.") || entry.visit.inspection.areas.contains(.publicFinance))
    #expect(Notices.all(plan).allSatisfy { $0.visit.kind != .unannounced })
  }
}
