import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The calendar, budget and deadline workbooks, read back from their .xlsx bytes.
@Suite struct WorkbooksTests {
  let plan: Plan

  init() throws { plan = try PlanLoader.load(path: SeedPlanTests.path) }

  func sheets(_ bytes: [UInt8]) throws -> [XMLElement] {
    let archive = try TestUnzip(bytes)
    for name in archive.names { _ = try OfficeGolden.root(try archive.text(name)) }
    return try archive.names.filter { $0.hasPrefix("xl/worksheets/") }.sorted {
      $0.count == $1.count ? $0 < $1 : $0.count < $1.count
    }.map { try OfficeGolden.root(try archive.text($0)) }
  }

  func cell(_ reference: String, in sheet: XMLElement) -> XMLElement? {
    OfficeGolden.elements("c", in: sheet).first { OfficeGolden.attribute("r", of: $0) == reference }
  }

  @Test func budgetFormulasCarryTheFiguresOfTheBudget() throws {
    let budget = try #require(Budget(plan: plan))
    let sheets = try sheets(BudgetWorkbook.xlsx(plan: plan, budget: budget))
    #expect(sheets.count == 2)
    let visits = sheets[0]
    // Row 5 is the first visit: G = E*F, I = G*H.
    #expect(OfficeGolden.elements("f", in: try #require(cell("G5", in: visits))).first?.stringValue == "E5*F5")
    #expect(OfficeGolden.elements("f", in: try #require(cell("I5", in: visits))).first?.stringValue == "G5*H5")
    let totalRow = 5 + budget.lines.count
    let total = try #require(cell("I\(totalRow)", in: visits))
    #expect(OfficeGolden.elements("v", in: total).first?.stringValue == String(budget.total))
    #expect(budget.total == 88_400_000)
    let agencies = sheets[1]
    let formulas = OfficeGolden.elements("f", in: agencies).compactMap(\.stringValue)
    #expect(formulas.filter { $0.hasPrefix("SUMIF('Theo cuộc kiểm tra'!") }.count == 2 * budget.byAgency.count)
    let amounts = budget.byAgency.map { String($0.amount) }
    let cached = OfficeGolden.elements("c", in: agencies).filter { OfficeGolden.attribute("r", of: $0)?.hasPrefix("C") == true }
      .compactMap { OfficeGolden.elements("v", in: $0).first?.stringValue }
    #expect(Array(cached.prefix(amounts.count)) == amounts)
  }

  @Test func calendarHasTheAppendixTheMonthsAndOneSheetPerPerson() throws {
    let visits = plan.visits()
    let sheets = try sheets(CalendarWorkbook.xlsx(plan: plan, visits: visits))
    let people = plan.people.filter { person in visits.contains { $0.role(of: person.id) != nil } }
    #expect(sheets.count == 2 + people.count)
    // Row 5: Sở Công Thương from 01/08/2023 (serial 45139), a real date in dd/mm/yyyy style.
    let from = try #require(cell("C5", in: sheets[0]))
    #expect(OfficeGolden.elements("v", in: from).first?.stringValue == "45139")
    #expect(OfficeGolden.attribute("s", of: from) == "5")
    #expect(OfficeGolden.elements("row", in: sheets[0]).count == 4 + visits.count)
  }

  @Test func deadlinesHaveOneRowPerReport() throws {
    let asOf = try #require(CivilDate(iso8601: "2023-08-15"))
    let statuses = ReportTracker.statuses(plan, asOf: asOf)
    let sheets = try sheets(DeadlinesWorkbook.xlsx(plan: plan, asOf: asOf, statuses: statuses))
    #expect(sheets.count == 1)
    #expect(OfficeGolden.elements("row", in: sheets[0]).count == 4 + statuses.count)
    #expect(OfficeGolden.elements("pane", in: sheets[0]).first.flatMap { OfficeGolden.attribute("ySplit", of: $0) } == "4")
  }

  @Test func sameInputGivesSameBytes() throws {
    let budget = try #require(Budget(plan: plan))
    #expect(BudgetWorkbook.xlsx(plan: plan, budget: budget) == BudgetWorkbook.xlsx(plan: plan, budget: budget))
    #expect(CalendarWorkbook.xlsx(plan: plan, visits: plan.visits()) == CalendarWorkbook.xlsx(plan: plan, visits: plan.visits()))
  }
}
