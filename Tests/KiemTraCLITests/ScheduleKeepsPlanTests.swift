import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// `schedule` writes the user's plan back with only the moved dates changed.
struct ScheduleKeepsPlanTests {
  let context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: OutlineCommandTests.root.path)

  @Test func replanningTheBundledPlanChangesOnlyWindowAndDueDateLines() throws {
    let directory = try makeTemporaryDirectory()
    let out = directory.appendingPathComponent("new.json").path
    let output = Tool.run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "-o", out], context: context)
    #expect(output.status == .success, "\(output)")
    let old = try String(contentsOfFile: OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path, encoding: .utf8)
    let new = try String(contentsOfFile: out, encoding: .utf8)
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(a.count == b.count)
    let changed = zip(a, b).filter { $0 != $1 }
    #expect(!changed.isEmpty)
    for (before, after) in changed {
      let key = before.split(separator: ":").first.map(String.init)
      #expect(["        \"from\"", "        \"to\"", "      \"reportDue\""].contains(key), "\(before) → \(after)")
      #expect(after.split(separator: ":").first.map(String.init) == key)
    }
    #expect(new.hasPrefix("{\n  \"$schema\": \"plan.schema.json\",\n  \"id\": \"binh-phuoc-2023\","))
  }

  @Test func notesAndUnknownSpellingsSurvive() throws {
    let directory = try makeTemporaryDirectory()
    let plan = """
      {
        "notes": "Giữ nguyên ghi chú này.",
        "id": "p",   "title": "Kế hoạch thử",
        "year": 2023,
        "units": [{"id": "so-noi-vu", "name": "Sở Nội vụ", "kind": "provincial-department"}],
        "people": [{"id": "a", "name": "Nguyễn Văn A"}],
        "inspections": [
          {"id": "kt-01", "unit": "so-noi-vu", "leader": "a", "workingDays": 2}
        ]
      }

      """
    let input = directory.appendingPathComponent("p.json")
    try Data(plan.utf8).write(to: input)
    let out = directory.appendingPathComponent("out.json").path
    let output = Tool.run(["schedule", input.path, "-o", out], context: context)
    #expect(output.status == .success, "\(output)")
    let new = try String(contentsOfFile: out, encoding: .utf8)
    #expect(new.hasPrefix("{\n  \"notes\": \"Giữ nguyên ghi chú này.\",\n  \"id\": \"p\",   \"title\": \"Kế hoạch thử\",\n"))
    #expect(new.contains("{\"id\": \"kt-01\", \"unit\": \"so-noi-vu\", \"window\": {\"from\": "))
    #expect(new.contains("\"leader\": \"a\", \"reportDue\": \"2023-01-0"))
    #expect(new.contains("\"workingDays\": 2}"))
    #expect(!new.contains("pinned"))
    #expect(!new.contains("settings"))
    _ = try PlanLoader.load(path: out)
  }
}
