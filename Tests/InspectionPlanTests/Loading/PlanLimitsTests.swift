import Foundation
import Testing

@testable import InspectionPlan

/// Numbers that used to crash or hang (overflow traps, day-by-day walks) are refused when the
/// plan is read, and the arithmetic behind them no longer traps even on plans built in code.
struct PlanLimitsTests {
  static let cases: [LoaderCase] = [
    LoaderCase(
      name: "allowance near 2^63", replace: "\"minReportLeadWorkingDays\": 3",
      with: "\"minReportLeadWorkingDays\": 3, \"allowancePerPersonDay\": 9223372036854775000",
      message: "p.json: settings.allowancePerPersonDay: phải từ 0 đến 10.000.000, gặp 9223372036854775000"),
    LoaderCase(
      name: "negative allowance", replace: "\"minReportLeadWorkingDays\": 3",
      with: "\"minReportLeadWorkingDays\": 3, \"allowancePerPersonDay\": -1",
      message: "p.json: settings.allowancePerPersonDay: phải từ 0 đến 10.000.000, gặp -1"),
    LoaderCase(
      name: "coverage -1e300", replace: "\"percent\": 30", with: "\"percent\": -1e300",
      message: "p.json: settings.coverageTarget.percent: phải từ 0 đến 100, gặp -1e+300"),
    LoaderCase(
      name: "coverage 1e12", replace: "\"percent\": 30", with: "\"percent\": 1e12",
      message: "p.json: settings.coverageTarget.percent: phải từ 0 đến 100, gặp 1000000000000.0"),
    LoaderCase(
      name: "coverage 150", replace: "\"percent\": 30", with: "\"percent\": 150",
      message: "p.json: settings.coverageTarget.percent: phải từ 0 đến 100, gặp 150.0"),
    LoaderCase(
      name: "communes max near 2^63", replace: "\"max\": 3", with: "\"max\": 9223372036854775807",
      message: "p.json: settings.communeSampling.max: phải từ 0 đến 1.000, gặp 9223372036854775807"),
    LoaderCase(
      name: "lead days 10^15", replace: "\"minReportLeadWorkingDays\": 3", with: "\"minReportLeadWorkingDays\": 1000000000000000",
      message: "p.json: settings.minReportLeadWorkingDays: phải từ 0 đến 366, gặp 1000000000000000"),
    LoaderCase(
      name: "due rule days 10^15", replace: "\"workingDays\": 3}", with: "\"workingDays\": 1000000000000000}",
      message: "p.json: settings.reportDueRule.workingDays: phải từ 1 đến 366, gặp 1000000000000000"),
    LoaderCase(
      name: "zero working days", replace: "\"leader\": \"a\"}", with: "\"leader\": \"a\", \"workingDays\": 0}",
      message: "p.json: inspections[0].workingDays: phải từ 1 đến 366, gặp 0"),
    LoaderCase(
      name: "negative working days", replace: "\"leader\": \"a\"}", with: "\"leader\": \"a\", \"workingDays\": -4}",
      message: "p.json: inspections[0].workingDays: phải từ 1 đến 366, gặp -4"),
  ]

  @Test(arguments: cases)
  func outOfRangeNumbersAreRefused(_ row: LoaderCase) {
    #expect(PlanLoaderTests.valid.contains(row.replace))
    let text = PlanLoaderTests.valid.replacingOccurrences(of: row.replace, with: row.with)
    #expect(throws: PlanError.self) { try PlanLoader.load(data: Data(text.utf8), file: "p.json") }
    do {
      _ = try PlanLoader.load(data: Data(text.utf8), file: "p.json")
    } catch {
      #expect(error.message == row.message)
    }
  }

  func plan() throws -> Plan { try PlanLoader.load(data: Data(PlanLoaderTests.valid.utf8), file: "p.json") }

  @Test func budgetStopsAtItsMaximumInsteadOfTrapping() throws {
    var plan = try plan()
    plan.settings.allowancePerPersonDay = Int.max / 2
    plan.inspections[0].members = Array(repeating: "a", count: 40)
    let budget = try #require(Budget(plan: plan))
    #expect(budget.total == Budget.maximumAmount)
    #expect(budget.exceedsMaximum)
  }

  @Test func coverageNeedsAreComputedNotCounted() throws {
    var plan = try plan()
    plan.units += (1...9).map { TargetUnit(id: "u\($0)", name: "Sở \($0)", kind: .provincialDepartment) }
    let coverage = try #require(Coverage(plan))
    #expect(coverage.visited == 1 && coverage.counted == 10)
    #expect(coverage.unitsNeeded(for: 30) == 2)
    #expect(coverage.unitsNeeded(for: 31) == 3)
    #expect(coverage.unitsNeeded(for: 10) == 0)
    #expect(coverage.unitsNeeded(for: 1e12) == 9)
    #expect(coverage.unitsNeeded(for: -1e300) == 0)
    #expect(Coverage.percentText(-1e300) == "-∞")
  }

  @Test func communeDrawWithAHugeMaximumDoesNotTrap() throws {
    var plan = try plan()
    plan.units[0].kind = .districtLevel
    plan.units[0].communes = ["xa-a", "xa-b", "xa-c"]
    plan.settings.communeSampling = CommuneSampling(min: 1, max: Int.max)
    let draw = try #require(CommuneDraw(plan: plan, seed: 7))
    #expect(draw.districts.first?.communes.count ?? 0 <= 3)
    plan.settings.communeSampling = CommuneSampling(min: Int.max, max: Int.min)
    #expect(CommuneDraw(plan: plan, seed: 7)?.districts.first?.communes.count == 3)
  }

  /// Fifty visits spanning years 0000–9999 are checked, budgeted and rendered in well under a
  /// second (day-by-day walks took 38 s).
  @Test func windowsOverTenThousandYearsAreFast() throws {
    var plan = try plan()
    plan.settings.allowancePerPersonDay = 80_000
    let window = DateWindow(from: CivilDate(year: 0, month: 1, day: 1)!, to: CivilDate(year: 9999, month: 12, day: 31)!)
    plan.inspections = (0..<50).map { Inspection(id: "kt-\($0)", unit: "so-tu-phap", window: window, leader: "a") }
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      let findings = Checker.check(plan)
      #expect(findings.contains { $0.code == "window-outside-plan-year" })
      #expect(Budget(plan: plan)?.total ?? 0 > 0)
      #expect(!CalendarExports.csv(visits: plan.visits()).isEmpty)
    }
    #expect(elapsed < .seconds(3))
  }
}
