import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

struct ConclusionCommandTests {
  static let plan = OutlineCommandTests.root
    .appendingPathComponent("Tests/KiemTraCLITests/Fixtures/followup-example-text/plan.json").path

  static func text(of url: URL) throws -> String {
    let data = try Data(contentsOf: url)
    return try DocxReader.read([UInt8](data)).blocks.map { block -> String in
      switch block {
      case .paragraph(let p): return p.text
      case .table(let t): return t.rows.flatMap { $0.flatMap(\.paragraphs) }.joined(separator: "\n")
      }
    }.joined(separator: "\n")
  }

  @Test func writesTheNoticeWithFindingsRecommendationsAndDeadlines() throws {
    let folder = try makeTemporaryDirectory()
    let context = RunContext(today: CivilDate(year: 2023, month: 9, day: 1)!, workingDirectory: folder.path)
    let output = Tool.run(["conclusion", Self.plan, "--inspection", "kt-01", "-o", "ket-luan.docx"], context: context)
    #expect(output.status == .success, "\(output.stderr)")
    // The example conclusion records the notice's date but no number or signer.
    #expect(output.stderr.contains("số thông báo") && output.stderr.contains("người ký"))
    let text = try Self.text(of: folder.appendingPathComponent("ket-luan.docx"))
    #expect(text.contains("Kết luận kiểm tra công tác cải cách hành chính tại Sở Công Thương"))
    #expect(text.contains("Kính gửi: Sở Công Thương."))
    #expect(text.contains("Bình Phước, ngày 25 tháng 8 năm 2023"))
    #expect(text.contains("1. Ví dụ: niêm yết thủ tục hành chính tại Bộ phận một cửa chưa đầy đủ."))
    #expect(text.contains("I. NHỮNG TỒN TẠI, HẠN CHẾ") && text.contains("II. KIẾN NGHỊ"))
    // A deadline on a Saturday rolls forward to Monday in the one phrase used everywhere.
    #expect(text.contains("hạn cuối 30/09/2023 (thứ Bảy) là ngày nghỉ nên kéo dài đến hết ngày 02/10/2023 (thứ Hai)"))
    #expect(text.contains("từ ngày 01/08/2023 đến hết ngày 08/08/2023"))
    // The same plan gives the same bytes; writing again without --force is refused.
    let first = try Data(contentsOf: folder.appendingPathComponent("ket-luan.docx"))
    #expect(Tool.run(["conclusion", Self.plan, "--inspection", "kt-01", "-o", "ket-luan.docx"], context: context).status == .usage)
    _ = Tool.run(["conclusion", Self.plan, "--inspection", "kt-01", "-o", "ket-luan.docx", "--force"], context: context)
    #expect(try Data(contentsOf: folder.appendingPathComponent("ket-luan.docx")) == first)
  }

  @Test func aVisitWithoutConclusionIsAnInputErrorNamingTheKnownOnes() throws {
    let folder = try makeTemporaryDirectory()
    let context = RunContext(today: CivilDate(year: 2023, month: 9, day: 1)!, workingDirectory: folder.path)
    let output = Tool.run(["conclusion", Self.plan, "--inspection", "kt-09", "-o", "x.docx"], context: context)
    #expect(output.status == .usage)
    #expect(output.stderr.contains("chưa có kết luận cho cuộc kiểm tra 'kt-09'"))
    #expect(output.stderr.contains("kt-01 (so-cong-thuong)"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.docx").path))
    let missing = Tool.run(["conclusion", Self.plan, "-o", "x.docx"], context: context)
    #expect(missing.status == .usage && missing.stderr.contains("thiếu --inspection"))
  }
}
