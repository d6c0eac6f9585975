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

  /// A person away in September: replanning against the published version moves only the
  /// visits that person is on during the absence.
  @Test func baselineReplanMovesOnlyTheAbsentPersonsVisits() throws {
    let out = directory.appendingPathComponent("amended.json").path
    let amended = "Tests/KiemTraCLITests/Fixtures/diff-seed-amended-md/dieu-chinh.json"
    let output = Tool.run(["schedule", amended, "--baseline", "Plans/binh-phuoc-2023.json", "-o", out], context: context)
    #expect(output.status == .success, "\(output)")
    #expect(output.stdout.contains("Giữ nguyên 7 cuộc đã công bố; dời 3 cuộc"))
    let old = try PlanLoader.load(path: context.resolve("Plans/binh-phuoc-2023.json"))
    let new = try PlanLoader.load(path: out)
    let moved = zip(old.inspections, new.inspections).filter { $0.window != $1.window }.map(\.0.id)
    // kt-04 started on the Quốc khánh holiday (a hard rule), kt-05 and kt-06 have Ông Nguyễn
    // Minh Quang during 18–29/09.
    #expect(moved == ["kt-04", "kt-05", "kt-06"])
  }
}
