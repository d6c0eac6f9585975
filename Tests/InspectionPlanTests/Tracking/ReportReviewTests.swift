import Foundation
import Testing

@testable import InspectionPlan

/// The three real half-year reports of `shared/seeds` reviewed against the 2023 Bình Phước
/// outline for a provincial department (Sở Công Thương: Phụ lục 1 and 2). Each expectation says
/// what a specialist reading the report finds, and why.
struct ReportReviewTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Tests/KiemTraCLITests/Fixtures")

  enum Seed: String, CaseIterable, Sendable {
    case binhDuong2022 = "review-binh-duong-2022/bao-cao-binh-duong-2022.txt"
    case bacGiang2021 = "review-bac-giang-2021/bao-cao-bac-giang-2021.txt"
    case binhPhuoc2022 = "review-binh-phuoc-2022-json/bao-cao-binh-phuoc-2022.txt"
  }

  /// Each seed reviewed once for Sở Công Thương, shared by the tests.
  static let reviews: [Seed: ReportReview] = {
    var result: [Seed: ReportReview] = [:]
    for seed in Seed.allCases { result[seed] = try? makeReview(seed) }
    return result
  }()

  static func review(_ seed: Seed) throws -> ReportReview { try #require(reviews[seed]) }

  static func makeReview(_ seed: Seed, unit: String = "so-cong-thuong") throws -> ReportReview {
    let plan = try PlanLoader.load(path: root.appendingPathComponent("Plans/binh-phuoc-2023.json").path)
    let templateText = try String(
      contentsOf: root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt"), encoding: .utf8)
    let template = OutlineTemplateParser.parse(templateText).template
    guard let checklist = UnitChecklist(plan: plan, unitID: unit, template: template) else {
      throw CocoaError(.fileNoSuchFile)
    }
    let text = try String(contentsOf: fixtures.appendingPathComponent(seed.rawValue), encoding: .utf8)
    return ReportReview(report: ReportDocument(text: text), checklist: checklist)
  }

  struct Expectation: CustomTestStringConvertible, Sendable {
    let seed: Seed
    let path: String
    let status: ReportReview.Status
    let reason: String
    var testDescription: String { "\(seed) \(path) \(status): \(reason)" }
  }

  static let expectations: [Expectation] = [
    // Bình Dương, 6 tháng đầu năm 2022 (Sở Nội vụ's report): follows the Bộ Nội vụ structure.
    .init(seed: .binhDuong2022, path: "I.3", status: .answered,
          reason: "section I.3 'Về kiểm tra cải cách hành chính' reports the year's inspection plan"),
    .init(seed: .binhDuong2022, path: "I.4", status: .answered,
          reason: "section I.4 'Công tác tuyên truyền cải cách hành chính' lists programmes and articles"),
    .init(seed: .binhDuong2022, path: "I.6", status: .missing,
          reason: "the report names no model, initiative or new solution (no 'sáng kiến' anywhere)"),
    .init(seed: .binhDuong2022, path: "II.1.b", status: .answered,
          reason: "'1.3. Kết quả tổ chức thi hành pháp luật và theo dõi, thi hành pháp luật' is a full section"),
    .init(seed: .binhDuong2022, path: "II.2.b", status: .answered,
          reason: "'b) Kết quả thực hiện cơ chế một cửa, một cửa liên thông' is the longest section"),
    .init(seed: .binhDuong2022, path: "II.2.e", status: .missing,
          reason: "Nghị định 104/2022 was issued on 21/12/2022, after this June 2022 report"),
    .init(seed: .binhDuong2022, path: "II.3.b", status: .answered,
          reason: "staffing is reported under the civil-service area, 'b) Quản lý biên chế:'"),
    .init(seed: .binhDuong2022, path: "II.4.h", status: .answered,
          reason: "'c) Về công tác đào tạo, bồi dưỡng' is a section with figures"),
    .init(seed: .binhDuong2022, path: "III.1", status: .answered,
          reason: "'1. Mật tích cực' (a typo for 'Mặt tích cực') opens a long assessment"),
    .init(seed: .binhDuong2022, path: "V", status: .answered,
          reason: "'V. KIẾN NGHỊ, ĐỀ XUẤT' lists proposals to Văn phòng Chính phủ and ministries"),

    // Bắc Giang, 6 tháng đầu năm 2021: written under the 2011-2020 programme's area names.
    .init(seed: .bacGiang2021, path: "I.3", status: .answered,
          reason: "paragraphs 'Về công tác kiểm tra CCHC' and 'Về công tác kiểm tra đột xuất'"),
    .init(seed: .bacGiang2021, path: "II.4.b", status: .answered,
          reason: "'Về Đề án vị trí việc làm, Chủ tịch UBND tỉnh ban hành Quyết định …' under area 4"),
    .init(seed: .bacGiang2021, path: "II.4.h", status: .answered,
          reason: "'Về công tác đào tạo, bồi dưỡng …' under 'Xây dựng và nâng cao chất lượng đội ngũ'"),
    .init(seed: .bacGiang2021, path: "II.2.e", status: .missing,
          reason: "a 2021 report cannot report on Nghị định 104/2022"),
    .init(seed: .bacGiang2021, path: "III.1", status: .answered,
          reason: "'1. Ưu điểm' is the same point as 'Mặt tích cực'"),
    .init(seed: .bacGiang2021, path: "III.2", status: .answered,
          reason: "'2. Một số tồn tại, hạn chế'"),
    .init(seed: .bacGiang2021, path: "IV", status: .answered,
          reason: "'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021' with ten tasks"),
    .init(seed: .bacGiang2021, path: "V", status: .missing,
          reason: "the report ends after part IV and the signature: it makes no proposals"),

    // Bình Phước, 6 tháng đầu năm 2022: a published news summary of the six areas only.
    .init(seed: .binhPhuoc2022, path: "I.1", status: .brief,
          reason: "only the lead paragraph says direction 'luôn kịp thời', in one sentence"),
    .init(seed: .binhPhuoc2022, path: "I.3", status: .missing,
          reason: "nothing on inspections of administrative reform"),
    .init(seed: .binhPhuoc2022, path: "I.4", status: .missing,
          reason: "nothing on communication about the reform"),
    .init(seed: .binhPhuoc2022, path: "II.4.b", status: .answered,
          reason: "the only paragraph of '4 Cải cách công vụ' is about vị trí việc làm"),
    .init(seed: .binhPhuoc2022, path: "II.4.c", status: .missing,
          reason: "'4 Cải cách công vụ' says nothing about recruitment"),
    .init(seed: .binhPhuoc2022, path: "II.4.h", status: .missing,
          reason: "'4 Cải cách công vụ' says nothing about training"),
    .init(seed: .binhPhuoc2022, path: "II.5.b", status: .answered,
          reason: "the unnumbered line 'Kết quả thực hiện quy định về quản lý, sử dụng tài sản công' and its paragraph"),
    .init(seed: .binhPhuoc2022, path: "III.1", status: .missing,
          reason: "a news summary has no overall assessment"),
    .init(seed: .binhPhuoc2022, path: "IV", status: .missing,
          reason: "no tasks for the second half-year"),
    .init(seed: .binhPhuoc2022, path: "V", status: .missing,
          reason: "no proposals"),
  ]

  @Test(arguments: expectations)
  func seedReportItemsAreJudgedAsASpecialistWould(_ expectation: Expectation) throws {
    let review = try Self.review(expectation.seed)
    let item = try #require(review.items.first { $0.path == expectation.path })
    #expect(item.status == expectation.status, "\(expectation.reason); got \(item.status) at line \(item.line ?? 0): \(item.evidence ?? "")")
  }

  struct GroupExpectation: CustomTestStringConvertible, Sendable {
    let seed: Seed
    let path: String
    let line: Int?
    let reason: String
    var testDescription: String { "\(seed) \(path) at \(line.map(String.init) ?? "none")" }
  }

  static let groups: [GroupExpectation] = [
    .init(seed: .bacGiang2021, path: "II.4", line: 142,
          reason: "'4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức' is the 2011-2020 name of the civil-service area"),
    .init(seed: .bacGiang2021, path: "II.6", line: 196,
          reason: "'6. Hiện đại hoá nền hành chính nhà nước' is the 2011-2020 name of e-government"),
    .init(seed: .binhDuong2022, path: "II.6", line: 268,
          reason: "'6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số'"),
    .init(seed: .binhPhuoc2022, path: "II.4", line: 22,
          reason: "'4 Cải cách công vụ': numbered without a dot, and without 'chế độ'"),
    .init(seed: .binhPhuoc2022, path: "I", line: nil,
          reason: "the news summary has no part on direction"),
  ]

  @Test(arguments: groups)
  func outlineGroupsFindTheReportsHeadings(_ expectation: GroupExpectation) throws {
    let review = try Self.review(expectation.seed)
    let group = try #require(review.items.flatMap(\.groups).first { $0.path == expectation.path })
    #expect(group.line == expectation.line, "\(expectation.reason)")
  }

  @Test func binhDuongStatisticsTableIsPhuLuc1WithEmptyRowsNamed() throws {
    let review = try Self.review(.binhDuong2022)
    let phuLuc1 = try #require(review.appendices.first { $0.name == "Phụ lục 1" })
    // The report attaches Bộ Nội vụ's statistics form, whose indicators are those of Phụ lục 1.
    #expect(phuLuc1.present)
    #expect(phuLuc1.foundRows >= phuLuc1.expectedRows / 2)
    // Biểu mẫu 1 row 1 leaves "Số liệu" blank; row 2.1 gives 40 tasks.
    #expect(phuLuc1.emptyRows.contains { $0.hasPrefix("1 Số văn bản chỉ đạo CCHC đã ban hành") })
    #expect(!phuLuc1.emptyRows.contains { $0.contains("Số nhiệm vụ đề ra trong kế hoạch") })
    // No table of procedures by field, as Phụ lục 2 asks of a department.
    let phuLuc2 = try #require(review.appendices.first { $0.name == "Phụ lục 2" })
    #expect(!phuLuc2.present)
  }

  @Test func newsSummaryHasNoAppendices() throws {
    let review = try Self.review(.binhPhuoc2022)
    #expect(review.appendices.map(\.present) == [false, false])
  }

  @Test(arguments: Seed.allCases)
  func everySeedReportMissesARequiredItem(_ seed: Seed) throws {
    // None of the three answers Nghị định 104/2022 (issued after all of them), so each exits 1.
    #expect(try Self.review(seed).hasMissingRequired)
  }

  @Test func wordCopyOfAReportIsJudgedLikeItsText() throws {
    // A .docx made from the Bắc Giang text (paragraphs, and the statistics as a Word table).
    let data = try Data(
      contentsOf: Self.fixtures.appendingPathComponent("review-bac-giang-2021-docx/bao-cao-bac-giang-2021.docx"))
    let document = ReportDocument(document: try DocxReader.read([UInt8](data)))
    let plan = try PlanLoader.load(path: Self.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path)
    let template = OutlineTemplateParser.parse(
      try String(contentsOf: Self.root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt"), encoding: .utf8)
    ).template
    let checklist = try #require(UnitChecklist(plan: plan, unitID: "so-cong-thuong", template: template))
    let fromWord = ReportReview(report: document, checklist: checklist)
    let fromText = try Self.review(.bacGiang2021)
    #expect(fromWord.items.map(\.status) == fromText.items.map(\.status))
    #expect(fromWord.appendices.map(\.present) == fromText.appendices.map(\.present))
    #expect(fromWord.appendices.map(\.emptyRows) == fromText.appendices.map(\.emptyRows))
  }

  @Test func districtUnitGetsDistrictAppendices() throws {
    let review = try Self.makeReview(.binhDuong2022, unit: "ubnd-phu-rieng")
    #expect(review.appendices.map(\.name) == ["Phụ lục 1", "Phụ lục 3", "Phụ lục 5"])
  }
}
