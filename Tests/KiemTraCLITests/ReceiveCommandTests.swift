import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// `receive` edits a copy of the bundled plan in a temporary folder.
struct ReceiveCommandTests {
  let folder: URL
  let plan: URL
  let original: Data
  let context: RunContext

  init() throws {
    folder = try makeTemporaryDirectory()
    plan = folder.appendingPathComponent("plan.json")
    try FileManager.default.copyItem(at: OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json"), to: plan)
    original = try Data(contentsOf: plan)
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("bao-cao"), withIntermediateDirectories: true)
    try Data("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n".utf8).write(to: folder.appendingPathComponent("bao-cao/sct.txt"))
    context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: folder.path)
  }

  func run(_ words: String...) -> Output { Tool.run(["receive", "plan.json"] + words, context: context) }
  func current() throws -> Data { try Data(contentsOf: plan) }

  @Test func recordsDateNumberAndFileAndTheRestOfTheFileStays() throws {
    let output = run("--unit", "so-cong-thuong", "--on", "2023-07-28", "--number", "123/BC-SCT", "--file", "bao-cao/sct.txt")
    #expect(output.status == .success)
    #expect(output.stdout.contains("nhận ngày 28/07/2023, số 123/BC-SCT, tệp bao-cao/sct.txt"))
    #expect(output.stdout.contains("Hạn 31/07/2023: đúng hạn."))  // due Sunday 30/07, rolled to Monday
    let loaded = try PlanLoader.load(path: plan.path)
    #expect(loaded.allReceipts == [
      ReportReceipt(unit: "so-cong-thuong", inspection: "kt-01", received: CivilDate(iso8601: "2023-07-28")!, number: "123/BC-SCT", file: "bao-cao/sct.txt")
    ])
    // Only lines were added: every line of the original is still there, in order.
    let before = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let after = String(decoding: try current(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(after.count == before.count + 9)  // "reports": [, {, five keys, }, ]
    #expect(before.allSatisfy { line in after.contains(line) })
    // deadlines and check --as-of now see the report.
    let deadlines = Tool.run(["deadlines", "plan.json", "--as-of", "2023-08-01", "--format", "json"], context: context)
    #expect(deadlines.stdout.contains("\"received\": \"2023-07-28\""))
    let check = Tool.run(["check", "plan.json", "--as-of", "2023-08-01"], context: context)
    #expect(!check.stdout.contains("Sở Công Thương chưa gửi báo cáo"))
    #expect(check.stdout.contains("Sở Tài nguyên và Môi trường chưa gửi báo cáo"))
  }

  @Test func lateReportSaysHowLate() {
    let output = run("--unit", "ubnd-phu-rieng", "--on", "2023-08-02")
    #expect(output.stdout.contains("Hạn 31/07/2023: nộp muộn 2 ngày làm việc."))
  }

  @Test func undoGivesBackTheFileByteForByte() throws {
    #expect(run("--unit", "so-cong-thuong", "--on", "2023-07-28").status == .success)
    #expect(run("--unit", "ubnd-phu-rieng", "--on", "2023-08-02").status == .success)
    #expect(run("--unit", "ubnd-phu-rieng", "--undo").status == .success)
    #expect(run("--unit", "so-cong-thuong", "--undo").status == .success)
    #expect(try current() == original)
    let again = run("--unit", "so-cong-thuong", "--undo")
    #expect(again.status == .usage)
    #expect(again.stderr.contains("không có báo cáo nào của 'so-cong-thuong'"))
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    let words: [String]
    let message: String
    var testDescription: String { message }
  }

  @Test(arguments: [
    Bad(words: ["--unit", "so-noi-vu", "--on", "2023-07-28"], message: "không có cuộc kiểm tra nào trong kế hoạch"),
    Bad(words: ["--unit", "khong-co", "--on", "2023-07-28"], message: "không có đơn vị mã 'khong-co'"),
    Bad(words: ["--unit", "so-cong-thuong", "--on", "2022-12-31"], message: "trước năm kế hoạch 2023"),
    Bad(words: ["--unit", "so-cong-thuong", "--on", "2023-09-16"], message: "sau ngày hôm nay 15/09/2023"),
    Bad(words: ["--unit", "so-cong-thuong", "--file", "bao-cao/khong-co.docx"], message: "không đọc được tệp báo cáo"),
    Bad(words: ["--unit", "so-cong-thuong", "--file", "bao-cao"], message: "không đọc được tệp báo cáo"),
    Bad(words: ["--unit", "so-cong-thuong", "--self-inspection"], message: "bỏ --self-inspection"),
    Bad(words: ["--unit", "so-cong-thuong", "--undo", "--on", "2023-07-28"], message: "--undo không dùng cùng"),
  ])
  func badInputLeavesThePlanUntouched(_ bad: Bad) throws {
    let output = Tool.run(["receive", "plan.json"] + bad.words, context: context)
    #expect(output.status == .usage)
    #expect(output.stderr.contains(bad.message))
    #expect(try current() == original)
  }

  @Test func secondReceiptOfTheSameReportIsRefused() throws {
    #expect(run("--unit", "so-cong-thuong", "--on", "2023-07-28").status == .success)
    let after = try current()
    let twice = run("--unit", "so-cong-thuong", "--on", "2023-07-29")
    #expect(twice.status == .usage)
    #expect(twice.stderr.contains("đã ghi nhận báo cáo của Sở Công Thương ngày 28/07/2023"))
    #expect(try current() == after)
  }

  @Test func selfInspectionReportOfAUnitNotVisited() throws {
    let output = run("--unit", "so-noi-vu", "--on", "2023-11-20", "--self-inspection")
    // 'today' is 15/09/2023 in this context, so 20/11 is in the future.
    #expect(output.status == .usage)
    let ok = run("--unit", "so-noi-vu", "--on", "2023-09-14", "--self-inspection")
    #expect(ok.status == .success)
    let loaded = try PlanLoader.load(path: plan.path)
    let status = ReportTracker.statuses(loaded, asOf: CivilDate(iso8601: "2023-09-15")!).first { $0.unit == "so-noi-vu" }
    #expect(status?.state == .received)
  }

  @Test func aFileChangedSinceItWasReadIsNotWritten() throws {
    let changed = Data("{\"changed\": true}\n".utf8)
    try changed.write(to: plan)
    #expect(throws: InputError.self) {
      try ReceiveCommand.commit([UInt8]("{}".utf8), replacing: [UInt8](original), at: plan.path, shown: "plan.json")
    }
    #expect(try current() == changed)
    // With the bytes it expects, it writes.
    try ReceiveCommand.commit([UInt8]("{}".utf8), replacing: [UInt8](changed), at: plan.path, shown: "plan.json")
    #expect(try current() == Data("{}".utf8))
  }

  @Test func keepsTheFilesOwnStyle() throws {
    // Four-space indentation and CRLF line ends stay, and the new entry follows them.
    let lines: [Substring] = String(decoding: original, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let text = lines.map { (line: Substring) -> String in
      let spaces = line.prefix { $0 == " " }.count
      return String(repeating: " ", count: spaces * 2) + String(line.dropFirst(spaces))
    }.joined(separator: "\r\n")
    try Data(text.utf8).write(to: plan)
    #expect(run("--unit", "so-cong-thuong", "--on", "2023-07-28").status == .success)
    let after = String(decoding: try current(), as: UTF8.self)
    #expect(after.contains("\r\n    \"reports\": [\r\n        {\r\n            \"unit\": \"so-cong-thuong\",\r\n"))
    #expect(!after.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
