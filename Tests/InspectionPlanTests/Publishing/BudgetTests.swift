import Testing

@testable import InspectionPlan

struct BudgetTests {
  let plan: Plan
  init() throws { plan = try PlanLoader.load(path: SeedPlanTests.path) }

  @Test func seedPlanBudgetOnWorkingDays() throws {
    let budget = try #require(Budget(plan: plan))
    #expect(budget.lines.map(\.days) == [6, 6, 11, 4, 6, 8, 10, 12, 11, 11])
    #expect(budget.lines.allSatisfy { $0.people == 13 })
    #expect(budget.total == 88_400_000)
    #expect(budget.byAgency.map(\.agencyID) == ["so-noi-vu", "so-thong-tin-truyen-thong"])
    #expect(budget.byAgency.map(\.amount) == [46_800_000, 41_600_000])
  }

  @Test func calendarDaysBasisCountsEveryDay() throws {
    let budget = try #require(Budget(plan: plan, basis: .calendarDays))
    #expect(budget.lines[0].days == 8)
    #expect(budget.total == 80_000 * 13 * budget.lines.reduce(0) { $0 + $1.days })
  }

  @Test(arguments: [(0, "0"), (999, "999"), (1000, "1.000"), (1_250_000, "1.250.000"), (88_400_000, "88.400.000")])
  func moneyIsGroupedWithDots(amount: Int, text: String) {
    #expect(MoneyFormat.grouped(amount) == text)
  }
}

struct CommuneDrawTests {
  static func plan() throws -> Plan {
    var plan = try PlanLoader.load(path: SeedPlanTests.path)
    for index in plan.units.indices where plan.units[index].kind == .districtLevel {
      plan.units[index].communes = (1...9).map { "Xã \(plan.units[index].id)-\($0)" }
    }
    return plan
  }

  @Test func splitMix64MatchesTheReferenceSequence() {
    var generator = SplitMix64(seed: 0)
    #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
    #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
  }

  @Test func sameSeedSameDraw() throws {
    let plan = try Self.plan()
    let a = CommuneDraw(plan: plan, seed: 20_230_801)!.districts.map(\.communes)
    let b = CommuneDraw(plan: plan, seed: 20_230_801)!.districts.map(\.communes)
    #expect(a == b)
    #expect(a.count == 5)
    #expect(a.allSatisfy { (1...3).contains($0.count) && Set($0).count == $0.count })
    let other = CommuneDraw(plan: plan, seed: 7)!.districts.map(\.communes)
    #expect(other != a)
  }

  @Test func districtWithoutListIsNamedNotSkipped() throws {
    let plan = try PlanLoader.load(path: SeedPlanTests.path)
    let draw = try #require(CommuneDraw(plan: plan, seed: 1))
    #expect(draw.districts.count == 5)
    #expect(draw.districts.allSatisfy { !$0.hasList && $0.communes.isEmpty })
  }
}
