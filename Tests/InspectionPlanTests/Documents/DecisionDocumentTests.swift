import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct DecisionDocumentTests {
  let plan: Plan
  let text: DocumentText

  init() throws {
    plan = try PlanLoader.load(path: SeedPlanTests.path)
    text = try DocumentTextTests.bundled()
  }

  func body(_ plan: Plan) throws -> XMLElement {
    let archive = try TestUnzip(DecisionDocument(plan: plan, text: text).docx)
    return try OfficeGolden.root(try archive.text("word/document.xml"))
  }

  func words(_ element: XMLElement) -> String {
    OfficeGolden.elements("w:p", in: element).map { paragraph in
      OfficeGolden.elements("w:t", in: paragraph).compactMap(\.stringValue).joined()
    }.joined(separator: "\n")
  }

  @Test func blanksStayBlankAndAreListed() throws {
    let decision = DecisionDocument(plan: plan, text: text)
    #expect(decision.missing.contains("số quyết định (decision.number)"))
    #expect(decision.missing.contains("ngày ký (decision.date)"))
    let all = words(try body(plan))
    #expect(all.contains("Số:        /QĐ-UBND"))
    #expect(all.contains("Bình Phước, ngày      tháng      năm 2023"))
    #expect(all.contains("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1319/TTr-SNV ngày 29/6/2023."))
    var withoutProposal = plan
    withoutProposal.legalBases.removeAll { $0.hasPrefix("Tờ trình") }
    #expect(words(try body(withoutProposal)).contains("Theo đề nghị của …………."))
  }

  @Test func filledDecisionShowsItsNumberDateAndSigner() throws {
    var filled = plan
    filled.decision?.number = "1234/QĐ-UBND"
    filled.decision?.date = CivilDate(year: 2023, month: 7, day: 5)
    let all = words(try body(filled))
    #expect(all.contains("Số: 1234/QĐ-UBND"))
    #expect(all.contains("Bình Phước, ngày 05 tháng 7 năm 2023"))
    #expect(all.contains("Trần Tuyết Minh"))
    #expect(all.contains("KT. CHỦ TỊCH"))
    #expect(DecisionDocument(plan: filled, text: text).missing.isEmpty)
  }

  @Test(arguments: [
    ("2023-01-05", "Bình Phước, ngày 05 tháng 01 năm 2023"), ("2023-02-28", "Bình Phước, ngày 28 tháng 02 năm 2023"),
    ("2023-03-09", "Bình Phước, ngày 09 tháng 3 năm 2023"), ("2023-12-10", "Bình Phước, ngày 10 tháng 12 năm 2023"),
  ])
  func placeAndDateFollowTheDecree(iso: String, expected: String) throws {
    #expect(OfficialLayout.placeAndDate(place: "Bình Phước", date: CivilDate(iso8601: iso), year: 2023) == expected)
  }

  @Test func headerHasTheMottoBesideTheIssuerWithRules() throws {
    let body = try body(plan)
    let header = try #require(OfficeGolden.elements("w:tbl", in: body).first)
    let cells = OfficeGolden.elements("w:tc", in: header)
    #expect(cells.count == 2)
    #expect(words(cells[0]).contains("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC"))
    #expect(words(cells[1]).hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"))
    #expect(OfficeGolden.elements("w:pBdr", in: cells[1]).count == 1)
    #expect(OfficeGolden.elements("w:pBdr", in: cells[0]).count == 1)
  }

  @Test func everyLegalBasisAndArticleIsThere() throws {
    let all = words(try body(plan))
    for basis in plan.legalBases where !basis.hasPrefix("Tờ trình") { #expect(all.contains("Căn cứ \(basis);")) }
    #expect(all.contains("Điều 1. Phê duyệt kèm theo Quyết định này \(plan.title)."))
    #expect(all.contains("thay thế \(plan.decision!.replaces!)"))
    #expect(all.contains("Điều 3. "))
    // Wording from the template, data from the plan.
    #expect(all.contains(text.blocks["muc-dich"]![0]))
    #expect(all.contains("- Sở Công Thương, Sở Tài nguyên và Môi trường, UBND huyện Phú Riềng báo cáo trước ngày 30/07/2023."))
  }

  @Test func appendixIsLandscapeWithMergedRosters() throws {
    let body = try body(plan)
    let sizes = OfficeGolden.elements("w:pgSz", in: body)
    #expect(sizes.map { OfficeGolden.attribute("w:orient", of: $0) } == [nil, nil, "landscape"])
    let tables = OfficeGolden.elements("w:tbl", in: body)
    let appendix = try #require(tables.last)
    let rows = OfficeGolden.elements("w:tr", in: appendix)
    #expect(rows.count == 2 + plan.inspections.count)
    #expect(rows.prefix(2).allSatisfy { !OfficeGolden.elements("w:tblHeader", in: $0).isEmpty })
    // Visits 1–3 share leader and deputy: the cells merge down.
    let continued = OfficeGolden.elements("w:vMerge", in: appendix).filter { OfficeGolden.attribute("w:val", of: $0) == nil }
    #expect(continued.count >= 4)
  }

  @Test func sameplanGivesSameBytes() {
    #expect(DecisionDocument(plan: plan, text: text).docx == DecisionDocument(plan: plan, text: text).docx)
  }
}
