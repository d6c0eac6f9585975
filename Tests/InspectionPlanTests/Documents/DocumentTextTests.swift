import Foundation
import Testing

@testable import InspectionPlan

@Suite struct DocumentTextTests {
  static let bundledPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates/van-ban-ke-hoach-kiem-tra.txt").path

  static func bundled() throws -> DocumentText {
    let (text, problems) = DocumentText.parse(try String(contentsOfFile: bundledPath, encoding: .utf8))
    #expect(problems.isEmpty, "\(problems)")
    return text
  }

  @Test func bundledTemplateHasEveryBlock() throws {
    let text = try Self.bundled()
    for name in DocumentText.blockNames { #expect(!(text.blocks[name] ?? []).isEmpty, "@\(name)") }
  }

  struct Row: CustomTestStringConvertible, Sendable {
    let source: String
    let line: Int
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    Row(source: "lời văn trước mục", line: 1, message: "dòng chữ nằm ngoài mọi mục"),
    Row(source: "@muc-dich\na\n@muc-dich\nb", line: 3, message: "đã có ở trên"),
    Row(source: "# chú thích\n@khong-co\nx", line: 2, message: "mục '@khong-co' không có"),
  ])
  func problemsNameTheirLine(row: Row) {
    let (_, problems) = DocumentText.parse(row.source)
    #expect(problems.first?.line == row.line)
    #expect(problems.first?.message.contains(row.message) == true)
  }

  @Test func placeholdersAreFilledAndMissingDataStaysBlank() throws {
    var plan = try PlanLoader.load(path: SeedPlanTests.path)
    let (text, _) = DocumentText.parse("@tu-kiem-tra\nnăm {nam}, tỉnh {tinh}, hạn {han-tu-kiem-tra}.")
    #expect(text.paragraphs("tu-kiem-tra", plan: plan) == ["năm 2023, tỉnh Bình Phước, hạn 30/11/2023."])
    plan.settings.selfInspectionDue = nil
    #expect(text.paragraphs("tu-kiem-tra", plan: plan) == ["năm 2023, tỉnh Bình Phước, hạn …………."])
    #expect(text.paragraphs("muc-dich", plan: plan) == [DocumentText.blank])
  }
}
