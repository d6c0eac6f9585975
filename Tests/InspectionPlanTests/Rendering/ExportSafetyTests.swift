import Foundation
import Testing

@testable import InspectionPlan

/// Exports are safe for the programs that read them: no injected iCalendar lines, no live
/// spreadsheet formulas, and byte-stable output for an unchanged plan.
struct ExportSafetyTests {
  @Test(arguments: [
    ("a\rb", "a\\nb"), ("a\r\nb", "a\\nb"), ("a\nb", "a\\nb"), ("a\u{2028}b", "a\\nb"), ("a\u{0B}b", "a b"),
    ("x;y,z\\", "x\\;y\\,z\\\\"), ("tab\tok", "tab\tok"),
  ])
  func icalendarTextHasNoRawLineEnds(text: String, escaped: String) {
    #expect(ICalendar.escape(text) == escaped)
  }

  func seed() throws -> Plan { try PlanLoader.load(path: SeedPlanTests.path) }

  @Test func aNameWithCarriageReturnsInjectsNoEvent() throws {
    var plan = try seed()
    plan.units[plan.units.firstIndex { $0.id == "so-cong-thuong" }!].name = "X\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:giả"
    let text = CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(year: 2023, month: 7, day: 1)!)
    // A reader that splits on any of CR, LF or CRLF still sees 20 events.
    let lines = text.replacingOccurrences(of: "\r\n ", with: "").split(whereSeparator: { $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
    #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 20)
    #expect(!lines.contains { $0.hasPrefix("SUMMARY:giả") })
  }

  @Test(arguments: [("=1+2", "'=1+2"), ("+84 912", "'+84 912"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("Sở Nội vụ", "Sở Nội vụ"), ("=a,b", "\"'=a,b\"")])
  func formulaLikeCSVCellsAreText(text: String, field: String) {
    #expect(CSV.field(text) == field)
  }

  @Test func anUnchangedPlanGivesTheSameCalendarOnAnyDay() throws {
    let plan = try seed()
    let a = CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(year: 2023, month: 7, day: 1)!)
    let b = CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(year: 2024, month: 2, day: 9)!)
    #expect(a == b)
    #expect(a.contains("DTSTAMP:20230101T000000Z"))  // the reference plan's decision has no date
  }

  @Test func movingAVisitChangesItsSequenceOnly() throws {
    let plan = try seed()
    var moved = plan
    moved.inspections[0].window = DateWindow(from: CivilDate(year: 2023, month: 8, day: 2)!, to: CivilDate(year: 2023, month: 8, day: 9)!)
    func sequences(_ plan: Plan) -> [String: String] {
      var result: [String: String] = [:]
      var uid = ""
      for line in CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(year: 2023, month: 7, day: 1)!)
        .replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
      {
        if line.hasPrefix("UID:") { uid = line }
        if line.hasPrefix("SEQUENCE:") { result[uid] = line }
      }
      return result
    }
    let before = sequences(plan)
    let after = sequences(moved)
    #expect(before.count == 20)
    let changed = before.keys.filter { before[$0] != after[$0] }
    #expect(changed == ["UID:binh-phuoc-2023-kt-01-visit@kiemtra"])
    // A later decision makes every sequence larger.
    var amended = moved
    amended.decision?.date = CivilDate(year: 2023, month: 9, day: 1)
    let later = sequences(amended)
    #expect(before.keys.allSatisfy { Int(later[$0]!.dropFirst(9))! > Int(before[$0]!.dropFirst(9))! })
  }
}
