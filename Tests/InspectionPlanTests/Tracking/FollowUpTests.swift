import Foundation
import Testing

@testable import InspectionPlan

struct FollowUpTests {
  /// A one-visit plan of 2023 whose visit kt-01 to so-a concluded on 25/08/2023 with `recommendations`.
  static func plan(_ recommendations: [Recommendation], rollForward: Bool = true) -> Plan {
    var settings = PlanSettings()
    settings.deadlineRollsForward = rollForward
    var plan = Plan(
      id: "p", title: "Kế hoạch thử", province: "Tỉnh thử", year: 2023,
      units: [TargetUnit(id: "so-a", name: "Sở A", kind: .provincialDepartment)],
      inspections: [Inspection(id: "kt-01", unit: "so-a", leadAgency: "so-a")], settings: settings)
    plan.conclusions = [
      Conclusion(inspection: "kt-01", notice: .init(date: CivilDate(iso8601: "2023-08-25")!), recommendations: recommendations)
    ]
    return plan
  }

  static func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  struct Row: CustomTestStringConvertible, Sendable {
    let name: String
    let due: String
    let wording: DueWording?
    let done: String?
    let extended: String?
    let asOf: String
    let standing: RecommendationStatus.Standing
    let effective: String
    let left: Int?
    var testDescription: String { name }
  }

  @Test(arguments: [
    Row(name: "due on a Saturday rolls to Monday, so Monday is not late", due: "2023-09-30", wording: nil,
        done: nil, extended: nil, asOf: "2023-10-02", standing: .dueSoon, effective: "2023-10-02", left: 0),
    Row(name: "the day after the rolled deadline is overdue by one working day", due: "2023-09-30", wording: nil,
        done: nil, extended: nil, asOf: "2023-10-03", standing: .overdue, effective: "2023-10-02", left: -1),
    Row(name: "'before 20/10' ends on 19/10", due: "2023-10-20", wording: .before, done: nil, extended: nil,
        asOf: "2023-10-20", standing: .overdue, effective: "2023-10-19", left: -1),
    Row(name: "done on the rolled Monday is on time", due: "2023-09-30", wording: nil, done: "2023-10-02",
        extended: nil, asOf: "2023-12-01", standing: .done, effective: "2023-10-02", left: nil),
    Row(name: "done after the deadline is late", due: "2023-09-29", wording: nil, done: "2023-10-02",
        extended: nil, asOf: "2023-12-01", standing: .doneLate, effective: "2023-09-29", left: nil),
    Row(name: "an extension moves the deadline", due: "2023-09-29", wording: nil, done: nil, extended: "2023-11-30",
        asOf: "2023-10-16", standing: .upcoming, effective: "2023-11-30", left: 33),  // 11 in October, 22 in November
    Row(name: "a quarter ends on its last day; 31/12/2023 is a Sunday and 1/1 a holiday", due: "2023-Q4",
        wording: nil, done: nil, extended: nil, asOf: "2023-12-29", standing: .dueSoon, effective: "2024-01-02", left: 1),
    Row(name: "10 working days or fewer is due soon", due: "2023-10-30", wording: nil, done: nil, extended: nil,
        asOf: "2023-10-16", standing: .dueSoon, effective: "2023-10-30", left: 10),
  ])
  func standingFollowsTheCivilCodeDeadline(_ row: Row) throws {
    let due = DueDate(text: row.due)!
    var recommendation = Recommendation(
      id: "kn-1", text: "Khắc phục.", due: DueDate(due.period, wording: row.wording))
    recommendation.done = row.done.map { .init(date: Self.day($0)) }
    if let extended = row.extended {
      recommendation.extensions = [.init(due: DueDate(text: extended)!, decision: "Công văn gia hạn")]
    }
    let status = try #require(FollowUpTracker.statuses(Self.plan([recommendation]), asOf: Self.day(row.asOf)).first)
    #expect(status.standing == row.standing)
    #expect(status.effectiveDue == Self.day(row.effective))
    #expect(status.workingDaysLeft == row.left)
  }

  @Test func followUpIsAlsoCountedPerTeam() {
    var plan = Self.plan([Recommendation(id: "kn-1", text: "x", due: DueDate(text: "2023-09-30")!)])
    plan.teams = [InspectionTeam(id: "doan-1", name: "Đoàn kiểm tra số 1")]
    plan.inspections[0].team = "doan-1"
    let text = FollowUpReport.text(plan: plan, asOf: Self.day("2023-10-16"), statuses: FollowUpTracker.statuses(plan, asOf: Self.day("2023-10-16")))
    #expect(text.contains("Theo đoàn kiểm tra:\n  - Đoàn kiểm tra số 1: 1 kiến nghị: 0 đã hoàn thành, 1 quá hạn, 0 đang thực hiện\n"), "\(text)")
    // A plan without teams has no such section.
    #expect(!FollowUpReport.text(plan: Self.plan([]), asOf: Self.day("2023-10-16"), statuses: []).contains("Theo đoàn"))
  }

  @Test func withoutRollForwardASaturdayDeadlineStays() throws {
    let plan = Self.plan([Recommendation(id: "kn-1", text: "x", due: DueDate(text: "2023-09-30")!)], rollForward: false)
    let status = try #require(FollowUpTracker.statuses(plan, asOf: Self.day("2023-10-02")).first)
    #expect(status.standing == .overdue)
    #expect(status.daysOverdue == 2)
  }

  @Test func stateFollowsWhatIsRecorded() {
    var r = Recommendation(id: "kn", text: "x", due: DueDate(text: "2023-10-01")!)
    #expect(r.state == .open)
    r.extensions = [.init(due: DueDate(text: "2023-11-01")!, decision: "d")]
    #expect(r.state == .extended)
    #expect(r.due.text == "2023-11-01")
    r.done = .init(date: Self.day("2023-10-20"))
    #expect(r.state == .done)
  }

  @Test func overdueRecommendationIsAWarningOnlyWithAsOf() {
    let plan = Self.plan([Recommendation(id: "kn-1", text: "x", due: DueDate(text: "2023-09-29")!)])
    #expect(Checker.check(plan).filter { $0.code == "recommendation-overdue" }.isEmpty)
    let findings = Checker.check(plan, asOf: Self.day("2023-10-16")).filter { $0.code == "recommendation-overdue" }
    #expect(findings.map(\.severity) == [.warning])
    #expect(findings.first?.subjects == ["kt-01", "so-a", "kn-1"])
  }

  @Test func conclusionReferencesAreChecked() {
    var plan = Self.plan([
      Recommendation(id: "kn-1", findings: ["khong-co"], text: "x", owner: "so-b", due: DueDate(text: "2023-09-29")!),
      Recommendation(id: "kn-1", text: "y", due: DueDate(text: "2023-09-29")!),
    ])
    plan.conclusions!.append(Conclusion(inspection: "kt-99"))
    let messages = Checker.check(plan).filter { $0.code == "conclusion-unknown-reference" }.map(\.message)
    #expect(messages.count == 4)
    #expect(messages.contains { $0.contains("'so-b'") })
    #expect(messages.contains { $0.contains("'khong-co'") })
    #expect(messages.contains { $0.contains("bị lặp") })
    #expect(messages.contains { $0.contains("'kt-99'") })
  }

  struct BadInput: CustomTestStringConvertible, Sendable {
    let conclusion: String
    let path: String
    var testDescription: String { path }
  }

  @Test(arguments: [
    BadInput(
      conclusion: #"{"inspection": "kt-01", "notice": {"date": "2023-08-25"}, "recommendations": [{"id": "a", "text": "x", "due": "2023-08-24"}]}"#,
      path: "conclusions[0].recommendations[0].due"),
    BadInput(
      conclusion: #"{"inspection": "kt-01", "recommendations": [{"id": "a", "text": "x", "due": "2023-10-01", "extensions": [{"due": "2023-09-01", "decision": "d"}]}]}"#,
      path: "conclusions[0].recommendations[0].extensions[0].due"),
    BadInput(
      conclusion: #"{"inspection": "kt-01", "findings": [{"id": "f", "area": "y-te", "text": "x"}]}"#,
      path: "conclusions[0].findings[0].area"),
    BadInput(
      conclusion: #"{"inspection": "kt-01", "recommendations": [{"id": "a", "text": "x", "due": "2023-10-01", "state": "done"}]}"#,
      path: "conclusions[0].recommendations[0].state"),
  ])
  func badConclusionsStopLoadingWithTheirPath(_ bad: BadInput) {
    let json = """
      {"id": "p", "title": "t", "year": 2023, "units": [], "people": [], "inspections": [],
       "conclusions": [\(bad.conclusion)]}
      """
    #expect {
      try PlanLoader.load(data: Data(json.utf8), file: "p.json")
    } throws: { error in
      guard case .invalidValue(_, let path, _) = error as? PlanError else { return false }
      return path == bad.path
    }
  }

  @Test func planWithoutConclusionsWritesNone() throws {
    let plan = try PlanLoader.load(data: Data(#"{"id": "p", "title": "t", "year": 2023, "units": [], "people": [], "inspections": []}"#.utf8), file: "p.json")
    #expect(plan.conclusions == nil)
    #expect(!(try PlanWriter.json(plan)).contains("conclusions"))
  }
}
