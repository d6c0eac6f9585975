import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

struct RemindCommandTests {
  @Test func writesOneLetterPerUnitThatReadsBackWithTheFacts() throws {
    let folder = try makeTemporaryDirectory()
    let context = RunContext(today: CivilDate(year: 2023, month: 10, day: 16)!, workingDirectory: folder.path)
    let plan = OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path
    let output = Tool.run(["remind", plan, "--as-of", "2023-10-16", "-o", "letters"], context: context)
    #expect(output.status == .success)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("letters").path).sorted()
    // The bundled plan records no report received: on 16/10/2023 the reports of kt-01 to kt-08
    // are overdue; kt-09 and kt-10 (due 30/10) are more than 5 working days away.
    #expect(names.count == 8)
    #expect(names.contains("don-doc-ubnd-bu-dang.docx"))
    let data = try Data(contentsOf: folder.appendingPathComponent("letters/don-doc-ubnd-bu-dang.docx"))
    let text = try DocxReader.read([UInt8](data)).blocks.map { block -> String in
      switch block {
      case .paragraph(let p): return p.text
      case .table(let t): return t.rows.flatMap { $0.flatMap(\.paragraphs) }.joined(separator: "\n")
      }
    }.joined(separator: "\n")
    #expect(text.contains("Kính gửi: UBND huyện Bù Đăng."))
    #expect(text.contains("SỞ NỘI VỤ"))  // kt-07's lead agency
    // "trước ngày 30/09/2023" (Saturday): the letter gives the wording and the last day, Friday 29/09.
    #expect(text.contains("trước ngày 30/09/2023; hạn cuối: hết ngày 29/09/2023 (thứ Sáu)"))
    #expect(text.contains("đã quá hạn 11 ngày làm việc"))
    #expect(text.contains("từ ngày 02/10/2023 đến hết ngày 13/10/2023"))
    // Writing again without --force is refused and nothing changes.
    let again = Tool.run(["remind", plan, "--as-of", "2023-10-16", "-o", "letters"], context: context)
    #expect(again.status == .usage)
  }

  @Test func nothingToRemindWritesNothing() throws {
    let folder = try makeTemporaryDirectory()
    let context = RunContext(today: CivilDate(year: 2023, month: 1, day: 16)!, workingDirectory: folder.path)
    let plan = OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path
    let output = Tool.run(["remind", plan, "--as-of", "2023-01-16", "-o", "letters"], context: context)
    #expect(output.stdout.contains("không có đơn vị nào cần đôn đốc"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("letters").path))
  }
}
