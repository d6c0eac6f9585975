import Foundation
import Testing

@testable import InspectionPlan

struct UnitChecklistTests {
  let plan: Plan
  let template: OutlineTemplate

  init() throws {
    plan = try PlanLoader.load(path: SeedPlanTests.path)
    template = try OutlineTemplateParserTests.bundled()
  }

  func checklist(_ unit: String) -> UnitChecklist {
    UnitChecklist(plan: plan, unitID: unit, template: template)!
  }

  static func count(_ nodes: [OutlineNode]) -> Int { nodes.reduce(0) { $0 + 1 + count($1.children) } }

  @Test func departmentGetsAppendices1And2Only() {
    #expect(checklist("so-cong-thuong").appendices.map(\.name) == ["Phụ lục 1", "Phụ lục 2"])
  }

  @Test func districtGetsAppendices1And3And5Only() {
    #expect(checklist("ubnd-phu-rieng").appendices.map(\.name) == ["Phụ lục 1", "Phụ lục 3", "Phụ lục 5"])
  }

  @Test func everyOutlineItemReachesEveryVisitedUnit() {
    let all = template.parts.reduce(0) { $0 + Self.count($1.children) }
    for unit in ["so-cong-thuong", "ubnd-phu-rieng", "bhxh-tinh"] {
      #expect(checklist(unit).parts.reduce(0) { $0 + Self.count($1.children) } == all)
    }
  }

  @Test func districtOnlyRowsAreLeftOutForDepartments() {
    let department = checklist("so-cong-thuong").appendices[0].rows.map { $0.cells[0] }
    let district = checklist("ubnd-phu-rieng").appendices[0].rows.map { $0.cells[0] }
    #expect(!department.contains("5.3") && district.contains("5.3"))
    #expect(district.count == department.count + 4)
  }

  @Test func landRegistryFootnoteOnlyForTheEnvironmentDepartment() {
    let environment = checklist("so-tai-nguyen-moi-truong").appendices[1].footnotes
    let trade = checklist("so-cong-thuong").appendices[1].footnotes
    #expect(environment.count == 2 && trade.count == 1)
  }

  @Test func headerShowsStatedAndEffectiveDueDates() {
    let c = checklist("so-cong-thuong")
    #expect(c.due?.iso8601 == "2023-07-30" && c.effectiveDue?.iso8601 == "2023-07-31")
    #expect(c.workingDays == 6)
    #expect(c.leadAgencyName == "Sở Nội vụ")
  }

  @Test func htmlIsOneSelfContainedA4Page() {
    let html = ChecklistRenderer.html(checklist("ubnd-phu-rieng"))
    #expect(html.contains("size: A4"))
    #expect(html.contains("Times New Roman"))
    #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
    #expect(html.components(separatedBy: "<table>").count - 1 == 3)
  }
}
