import Testing

@testable import InspectionPlan

struct SchedulerTests {
  func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  /// A small plan in 2023 with people x, y, z and the given visits (unit id, team, working days).
  func plan(_ visits: [(String, [String], Int)], lead: Int = 1) -> Plan {
    var settings = PlanSettings()
    settings.minReportLeadWorkingDays = lead
    settings.selfInspectionDue = day("2023-12-31")
    let units = visits.map { TargetUnit(id: $0.0, name: "Đơn vị \($0.0)", kind: .provincialDepartment) }
    return Plan(
      id: "thu", title: "Kế hoạch thử", province: "Thử", year: 2023, units: units,
      people: ["x", "y", "z"].map { Person(id: $0, honorific: "Ông", name: "Người \($0)") },
      inspections: visits.enumerated().map { index, visit in
        Inspection(
          id: "kt-\(index + 1)", unit: visit.0, leader: visit.1[0], members: Array(visit.1.dropFirst()),
          workingDays: visit.2)
      },
      settings: settings)
  }

  @Test func seedPlanReplannedChecksWithoutErrors() throws {
    let seed = try PlanLoader.load(path: SeedPlanTests.path)
    let result = Scheduler().schedule(seed, options: .init(replan: true))
    #expect(result.problems.isEmpty)
    #expect(result.placements.count == 10)
    let findings = Checker.check(result.plan)
    #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
    #expect(!findings.contains { $0.code.hasPrefix("window-") || $0.code == "report-lead-time-short" })
    let calendar = result.plan.workingCalendar()
    for inspection in result.plan.inspections {
      let window = try #require(inspection.window)
      #expect(calendar.isWorkingDay(window.from) && calendar.isWorkingDay(window.to))
      #expect(calendar.workingDays(after: inspection.reportDue!, through: window.from) >= 3)
    }
    // Durations are kept: each visit keeps the working days it had.
    #expect(result.placements.map(\.workingDays) == [6, 6, 11, 4, 6, 8, 10, 12, 11, 11])
  }

  @Test func sameInputSameOutput() throws {
    let seed = try PlanLoader.load(path: SeedPlanTests.path)
    let a = Scheduler().schedule(seed, options: .init(replan: true, from: day("2023-07-03")))
    let b = Scheduler().schedule(seed, options: .init(replan: true, from: day("2023-07-03")))
    #expect(a.placements == b.placements)
    #expect(a.placements.allSatisfy { $0.window.from >= day("2023-07-03") && $0.reportDue! >= day("2023-07-03") })
  }

  /// Plan order puts the short visit of x first, which leaves no room for the long visit of x
  /// and y before y leaves; both the heuristic alone and the exact search place the long one
  /// first.
  @Test func solvesACaseWherePlanOrderGreedyFails() {
    var p = plan([("a", ["x"], 2), ("b", ["x", "y"], 3)])
    p.people[1].unavailable = [DateWindow(from: day("2023-01-10"), to: day("2023-12-31"))]
    let range = DateWindow(from: day("2023-01-02"), to: day("2023-01-20"))
    // 02/01 is a compensatory day; working days from 03/01. Due 1 working day before the start,
    // not before 02/01: the earliest start is 04/01; y is present 04/01–09/01 (4 working days).
    var heuristicOnly = Scheduler()
    heuristicOnly.exactLimit = 0
    let heuristic = heuristicOnly.schedule(p, options: .init(from: range.from, until: range.to))
    #expect(heuristic.problems.isEmpty)
    let result = Scheduler().schedule(p, options: .init(from: range.from, until: range.to))
    #expect(result.problems.isEmpty)
    let windows = Dictionary(uniqueKeysWithValues: result.placements.map { ($0.inspection, $0.window) })
    #expect(windows["kt-2"] == DateWindow(from: day("2023-01-04"), to: day("2023-01-06")))
    #expect(windows["kt-1"] == DateWindow(from: day("2023-01-09"), to: day("2023-01-10")))
  }

  /// Rosters that share no person run in parallel, and the search proves the finish is the
  /// earliest: y alone has 6 working days of visits.
  @Test func findsTheEarliestFinish() {
    let p = plan([("a", ["x"], 3), ("b", ["y"], 3), ("c", ["x", "y"], 1), ("d", ["y"], 2)])
    let result = Scheduler().schedule(p, options: .init(from: day("2023-03-01"), until: day("2023-03-31")))
    #expect(result.problems.isEmpty)
    #expect(result.provenEarliest)
    // y has 3 + 1 + 2 = 6 working days of visits; the earliest start is 02/03 (due 01/03).
    #expect(result.finish == day("2023-03-09"))
  }

  @Test func pinnedVisitsStayAndBlockOthers() {
    var p = plan([("a", ["x"], 3), ("b", ["x"], 2)])
    p.inspections[0].window = DateWindow(from: day("2023-03-06"), to: day("2023-03-08"))
    p.inspections[0].reportDue = day("2023-03-01")
    p.inspections[0].pinned = true
    let result = Scheduler().schedule(p, options: .init(replan: true, from: day("2023-03-01"), until: day("2023-03-31")))
    #expect(result.problems.isEmpty)
    #expect(result.plan.inspections[0].window == p.inspections[0].window)
    #expect(result.placements.map(\.inspection) == ["kt-2"])
    #expect(result.placements[0].window == DateWindow(from: day("2023-03-02"), to: day("2023-03-03")))
  }

  @Test func pinnedVisitBreakingARuleIsReported() {
    var p = plan([("a", ["x"], 3)])
    p.inspections[0].window = DateWindow(from: day("2023-09-02"), to: day("2023-09-06"))  // Saturday
    p.inspections[0].reportDue = day("2023-08-31")
    p.inspections[0].pinned = true
    let result = Scheduler().schedule(p)
    #expect(result.problems.count == 1)
    #expect(result.problems[0].reason.contains("không bắt đầu hoặc kết thúc vào ngày làm việc"))
  }

  @Test func personAwayAllYearIsNamed() {
    var p = plan([("a", ["x", "z"], 3)])
    p.people[2].unavailable = [DateWindow(from: day("2023-01-01"), to: day("2023-12-31"))]
    let result = Scheduler().schedule(p)
    #expect(result.problems.map(\.inspection) == ["kt-1"])
    #expect(result.problems[0].reason.contains("Ông Người z vắng suốt khoảng"))
  }

  @Test func durationLongerThanTheRangeIsExplained() {
    let p = plan([("a", ["x"], 30)])
    let result = Scheduler().schedule(p, options: .init(from: day("2023-03-01"), until: day("2023-03-31")))
    #expect(result.problems.count == 1)
    #expect(result.problems[0].reason.contains("cần 30 ngày làm việc nhưng khoảng 01/03/2023–31/03/2023 chỉ có 23 ngày làm việc"))
  }

  @Test func followsTheLastWorkingDayOfPreviousMonthRule() {
    var p = plan([("a", ["x"], 3)], lead: 3)
    p.settings.reportDueRule = ReportDueRuleSetting(kind: "last-working-day-of-previous-month", workingDays: nil)
    let result = Scheduler().schedule(p, options: .init(from: day("2023-07-10"), until: day("2023-12-31")))
    #expect(result.placements.first?.reportDue == day("2023-07-31"))
    #expect(result.placements.first?.window.from == day("2023-08-03"))  // 3 working days after 31/07
  }
}

/// The 2027 two-tier example plan: teams, several units on one trip, half days, a month-only
/// visit, an unannounced visit and a desk review.
struct SchedulerModelFormsTests {
  static let path = SeedPlanTests.path.replacingOccurrences(of: "binh-phuoc-2023.json", with: "mau-hai-cap-2027.json")

  @Test func replanPlacesEveryFormAndChecksWithoutErrors() throws {
    let plan = try PlanLoader.load(path: Self.path)
    let result = Scheduler(limits: SchedulingLimits(iterations: 100)).schedule(plan, options: .init(replan: true))
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.placements.count == plan.inspections.filter { !$0.pinned }.count)
    #expect(Checker.check(result.plan).filter { $0.severity == .error }.isEmpty)
    let context = CheckContext(plan: plan)
    for (i, inspection) in plan.inspections.enumerated() {
      let placed = try #require(result.plan.inspections[i].window)
      // Half days keep their part; unannounced visits get no due date; planned periods are
      // given exact days inside them.
      if let part = inspection.window?.part, placed.from == placed.to { #expect(placed.part == part) }
      if inspection.kind == .unannounced { #expect(result.plan.inspections[i].reportDue == nil) }
      if case .planned(let span, _, _) = context.timing(of: i) {
        #expect(placed.from >= span.from && placed.to <= span.to)
      }
    }
  }
}
