import Testing

@testable import InspectionPlan

struct MinimalChangeTests {
  func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  /// Twelve visits in 2025 shared among leaders a, b and members c, d, e: a schedule to amend.
  func plan() -> Plan {
    var settings = PlanSettings()
    settings.selfInspectionDue = day("2025-12-31")
    let teams = [["a", "c"], ["b", "d"], ["a", "e"], ["b", "c"], ["a", "d"], ["b", "e"]]
    return Plan(
      id: "thu", title: "Kế hoạch thử", province: "Thử", year: 2025,
      units: (1...12).map { TargetUnit(id: "u\($0)", name: "Đơn vị \($0)", kind: .provincialDepartment) },
      people: ["a", "b", "c", "d", "e"].map { Person(id: $0, honorific: "Ông", name: "Người \($0)") },
      inspections: (1...12).map { i in
        let team = teams[i % teams.count]
        return Inspection(id: "kt-\(i)", unit: "u\(i)", leader: team[0], members: [team[1]], workingDays: 3 + i % 3)
      },
      settings: settings)
  }

  @Test func personBecomingUnavailableMovesOnlyTheirVisits() throws {
    let range = (from: day("2025-03-03"), until: day("2025-06-30"))
    let first = Scheduler().schedule(plan(), options: .init(from: range.from, until: range.until))
    #expect(first.problems.isEmpty)
    // Person e is away for the whole span of their visits: only e's visits may move.
    var amended = first.plan
    let eVisits = Set(amended.inspections.filter { amended.roster(of: $0).people.contains("e") }.map(\.id))
    let eWindows = amended.inspections.filter { eVisits.contains($0.id) }.compactMap(\.window)
    let away = DateWindow(from: eWindows.map(\.from).min()!, to: eWindows.map(\.to).max()!)
    amended.people[4].unavailable = [away]
    let replanned = Scheduler().schedule(amended, options: .init(from: range.from, until: range.until, baseline: first.plan))
    #expect(replanned.problems.isEmpty)
    #expect(replanned.amending)
    let old = Dictionary(uniqueKeysWithValues: first.plan.inspections.map { ($0.id, $0.window) })
    let movedIDs = Set(replanned.plan.inspections.filter { old[$0.id]! != $0.window }.map(\.id))
    #expect(movedIDs == eVisits)
    #expect(replanned.movedVisits == eVisits.count)
    #expect(Checker.check(replanned.plan).filter { $0.severity == .error }.isEmpty)
    // A plain replan is free to move everything; it does not promise that.
    #expect(replanned.placements.filter(\.moved).count == eVisits.count)
  }

  @Test func unchangedPlanMovesNothing() {
    let range = (from: day("2025-03-03"), until: day("2025-06-30"))
    let first = Scheduler().schedule(plan(), options: .init(from: range.from, until: range.until))
    let again = Scheduler().schedule(first.plan, options: .init(from: range.from, until: range.until, baseline: first.plan))
    #expect(again.movedVisits == 0)
    #expect(again.daysMoved == 0)
    #expect(again.plan.inspections.map(\.window) == first.plan.inspections.map(\.window))
  }
}
