import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

struct ScheduleCommandTests {
  let directory: URL
  let context: RunContext

  init() throws {
    directory = try makeTemporaryDirectory()
    context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: OutlineCommandTests.root.path)
  }

  @Test func replannedSeedPlanIsWrittenAndChecksClean() throws {
    let out = directory.appendingPathComponent("new.json").path
    let output = Tool.run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "-o", out], context: context)
    #expect(output.status == .success, "\(output)")
    #expect(output.stdout.contains("Đã xếp 10/10 cuộc kiểm tra"))
    let check = Tool.run(["check", out], context: context)
    #expect(check.status == .success)
    #expect(check.stdout.contains("0 lỗi, 0 cảnh báo"))
    // A second run does not overwrite the result without --force.
    let again = Tool.run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "-o", out], context: context)
    #expect(again.status == .usage)
    #expect(again.stderr.contains("--force"))
  }

  @Test func neverWritesOverThePlanItself() {
    let output = Tool.run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "-o", "Plans/binh-phuoc-2023.json", "--force"], context: context)
    #expect(output.status == .usage)
    #expect(output.stderr.contains("trùng với kế hoạch gốc"))
  }

  @Test func unplaceableVisitExitsOneAndWritesNothing() {
    let out = directory.appendingPathComponent("none.json").path
    let output = Tool.run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "--from", "2023-11-01", "--until", "2023-11-10", "-o", out], context: context)
    #expect(output.status == .findings)
    #expect(output.stdout.contains("Không xếp được"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
