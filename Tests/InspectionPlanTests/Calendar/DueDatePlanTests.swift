import Foundation
import Testing

@testable import InspectionPlan

/// A deadline in a plan, the plan's wording, and the legal last day the check must use.
struct LegalDueRow: CustomTestStringConvertible, Sendable {
  let due: String
  let planWording: String
  let rollsForward: Bool
  let legal: String
  var testDescription: String { "\(due) \(planWording) roll:\(rollsForward)" }
}

struct DueDatePlanTests {
  static func plan(due: String, wording: String, rollsForward: Bool = true) throws -> Plan {
    let json = """
      {"id": "p", "title": "t", "province": "x", "year": 2024,
       "units": [{"id": "u", "name": "Sở Tư pháp", "kind": "provincial-department"}],
       "people": [{"id": "a", "role": "Trưởng đoàn"}],
       "inspections": [{"id": "kt-01", "unit": "u", "window": {"from": "2024-10-14", "to": "2024-10-16"},
                        "leader": "a", "reportDue": \(due)}],
       "settings": {"dueWording": "\(wording)", "deadlineRollsForward": \(rollsForward)}}
      """
    return try PlanLoader.load(data: Data(json.utf8), file: "p.json")
  }

  static let rows: [LegalDueRow] = [
    // 30/09/2024 is a Monday: before → Sunday 29/09 → rolls to Monday 30/09; by → 30/09.
    .init(due: #""2024-09-30""#, planWording: "before", rollsForward: true, legal: "2024-09-30"),
    .init(due: #""2024-09-30""#, planWording: "by", rollsForward: true, legal: "2024-09-30"),
    .init(due: #""2024-09-30""#, planWording: "before", rollsForward: false, legal: "2024-09-29"),
    // 04/10/2024 is a Friday: before → Thursday 03/10.
    .init(due: #""2024-10-04""#, planWording: "before", rollsForward: true, legal: "2024-10-03"),
    .init(due: #""2024-10-04""#, planWording: "by", rollsForward: true, legal: "2024-10-04"),
    // The per-date wording wins over the plan's.
    .init(due: #"{"date": "2024-10-04", "wording": "by"}"#, planWording: "before", rollsForward: true, legal: "2024-10-04"),
    .init(due: #"{"date": "2024-10-04", "wording": "before"}"#, planWording: "by", rollsForward: true, legal: "2024-10-03"),
    // Quý I/2024 ends on Sunday 31/03, rolled to Monday 01/04; Tháng 08/2024 ends Saturday 31/08,
    // and Monday 02/09 and Tuesday 03/09 are Quốc khánh: rolled to Wednesday 04/09.
    .init(due: #""2024-Q1""#, planWording: "before", rollsForward: true, legal: "2024-04-01"),
    .init(due: #""2024-08""#, planWording: "by", rollsForward: true, legal: "2024-09-04"),
    .init(due: #""2024""#, planWording: "before", rollsForward: true, legal: "2024-12-31"),
  ]

  @Test(arguments: rows)
  func legalLastDayFollowsWordingAndRollForward(_ row: LegalDueRow) throws {
    let plan = try Self.plan(due: row.due, wording: row.planWording, rollsForward: row.rollsForward)
    let context = CheckContext(plan: plan)
    let due = try #require(plan.inspections[0].due)
    #expect(context.legalDue(due) == CivilDate(iso8601: row.legal)!)
  }

  /// Switching the plan's wording turns the same report from an error into a lead-time warning:
  /// the visit starts Monday 14/10/2024 and the report is stated for Saturday 12/10 ("by" rolls
  /// it to Monday 14/10, "before" ends it on Friday 11/10).
  @Test func wordingDecidesWhetherTheReportIsLate() throws {
    let by = Checker.check(try Self.plan(due: #""2024-10-12""#, wording: "by"))
    let before = Checker.check(try Self.plan(due: #""2024-10-12""#, wording: "before"))
    #expect(by.map(\.code).contains("report-due-after-start"))
    #expect(!before.map(\.code).contains("report-due-after-start"))
    #expect(before.map(\.code).contains("report-lead-time-short"))
  }

  /// The scheduler moving `reportDue` keeps the stated wording but drops a stale period.
  @Test func movedDueDateKeepsItsWording() throws {
    var plan = try Self.plan(due: #"{"date": "2024-10-04", "wording": "by"}"#, wording: "before")
    plan.inspections[0].reportDue = CivilDate(iso8601: "2024-10-08")!
    #expect(plan.inspections[0].due == DueDate(day: CivilDate(iso8601: "2024-10-08")!, wording: .by))
  }

  @Test func dueTextUsesOneRollForwardPhrase() throws {
    let plan = try Self.plan(due: #""2024-09-30""#, wording: "before")
    let text = CheckContext(plan: plan).dueText(plan.inspections[0].due!)
    #expect(text == "trước ngày 30/09/2024; hạn cuối 29/09/2024 (Chủ nhật) là ngày nghỉ nên kéo dài đến hết ngày 30/09/2024 (thứ Hai)")
    #expect(text.contains(CheckContext.rollPhrase))
  }
}
