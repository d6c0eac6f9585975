import Foundation
import Testing

@testable import InspectionPlan

/// The bundled Bình Phước 2023 plan, against the source document.
struct SeedPlanTests {
  static let path = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Plans/binh-phuoc-2023.json").path

  let plan: Plan

  init() throws { plan = try PlanLoader.load(path: Self.path) }

  @Test func holdsTheTenInspectionsOfTheAppendixTable() {
    #expect(plan.inspections.count == 10)
    #expect(
      plan.inspections.map(\.unit) == [
        "so-cong-thuong", "so-tai-nguyen-moi-truong", "ubnd-phu-rieng", "so-ke-hoach-dau-tu",
        "so-lao-dong-tbxh", "bhxh-tinh", "ubnd-bu-dang", "ubnd-binh-long", "ubnd-dong-xoai",
        "ubnd-loc-ninh",
      ])
    #expect(plan.inspections[0].window == DateWindow(from: CivilDate(iso8601: "2023-08-01")!, to: CivilDate(iso8601: "2023-08-08")!))
    #expect(plan.inspections[9].window?.to == CivilDate(iso8601: "2023-11-30")!)
  }

  @Test func leaderAndDeputySwapAsTheTableSays() {
    let nam = "huynh-thi-be-nam"
    let quang = "nguyen-minh-quang"
    let rosters = plan.inspections.map { plan.roster(of: $0) }
    let leaders = rosters.map { $0.first { $0.role == .leader }?.personID }
    #expect(leaders == [nam, nam, nam, quang, quang, quang, nam, nam, quang, quang])
    for roster in rosters {
      let leader = roster.first { $0.role == .leader }?.personID
      #expect(roster.filter { $0.role == .deputy }.map(\.personID) == [leader == nam ? quang : nam])
    }
    // One team holds the roster; the visits led by its deputy say so and nothing else.
    #expect(plan.teams.map(\.id) == ["doan-kiem-tra"])
    #expect(plan.inspections.allSatisfy { $0.team == "doan-kiem-tra" && $0.members == nil })
  }

  @Test func teamHasThirteenPeopleWithOnePlaceholder() {
    #expect(plan.people.count == 13)
    let rosters = plan.inspections.map { plan.roster(of: $0) }
    #expect(Set(rosters.flatMap(\.people)).count == 13)
    #expect(rosters.allSatisfy { $0.filter { $0.role == .member }.count == 11 })
    #expect(plan.people.filter(\.isPlaceholder).map(\.id) == ["dai-dien-phong-kstthc"])
  }

  @Test func leadAgencyAndDueDatesFollowSectionVII() {
    let byUnit = Dictionary(uniqueKeysWithValues: plan.inspections.map { ($0.unit, $0) })
    for unit in ["so-cong-thuong", "so-tai-nguyen-moi-truong", "ubnd-phu-rieng", "ubnd-bu-dang", "ubnd-binh-long"] {
      #expect(byUnit[unit]?.leadAgency == "so-noi-vu")
    }
    for unit in ["so-ke-hoach-dau-tu", "so-lao-dong-tbxh", "bhxh-tinh", "ubnd-dong-xoai", "ubnd-loc-ninh"] {
      #expect(byUnit[unit]?.leadAgency == "so-thong-tin-truyen-thong")
    }
    #expect(byUnit["ubnd-phu-rieng"]?.reportDue?.iso8601 == "2023-07-30")
    #expect(byUnit["bhxh-tinh"]?.reportDue?.iso8601 == "2023-08-30")
    #expect(byUnit["ubnd-binh-long"]?.reportDue?.iso8601 == "2023-09-30")
    #expect(byUnit["ubnd-loc-ninh"]?.reportDue?.iso8601 == "2023-10-30")
    #expect(plan.settings.selfInspectionDue?.iso8601 == "2023-11-30")
    #expect(plan.settings.allowancePerPersonDay == 80_000)
    #expect((plan.settings.communeSampling?.min, plan.settings.communeSampling?.max) == (1, 3))
  }

  @Test func listsTheProvincesUnitsAndLeavesTheDecisionNumberBlank() {
    #expect(plan.units.filter { $0.kind == .provincialDepartment }.count == 19)
    #expect(plan.units.filter { $0.kind == .districtLevel }.count == 11)
    #expect(plan.decision?.number == nil && plan.decision?.date == nil)
    let planning = plan.units.first { $0.id == "so-ke-hoach-dau-tu" }!
    #expect(planning.isNamed("Sở Kế hoạch - Đầu tư"))
    #expect(planning.isNamed("Sở Kế hoạch và Đầu tư"))
  }

  @Test func checksWithTheRealProblemsOfThePlan() {
    let findings = Checker.check(plan)
    #expect(!findings.contains { $0.code == "person-double-booked" })
    // The plan writes "báo cáo trước ngày …" and states `"dueWording": "before"`: Bù Đăng's
    // report, "trước ngày 30/09/2023", is due by Friday 29/09, one working day before the visit.
    #expect(plan.settings.dueWording == .before)
    #expect(findings.filter { $0.severity == .error }.isEmpty)
    let starts = findings.filter { $0.code == "window-starts-on-non-working-day" }
    #expect(starts.map(\.subjects) == [["kt-04", "so-ke-hoach-dau-tu"]])
    let short = findings.filter { $0.code == "report-lead-time-short" }.map { $0.subjects[0] }
    #expect(short == ["kt-01", "kt-07", "kt-09"])
    #expect(findings.contains { $0.code == "coverage-met" })
  }

  /// Read as "chậm nhất ngày 30/09/2023", Saturday 30/09 rolls to Monday 02/10, the first day of
  /// the visit: Bù Đăng's report is late, the plan's only error.
  @Test func readingTheDatesAsByMakesBuDangAnError() {
    var byPlan = plan
    byPlan.settings.dueWording = .by
    let findings = Checker.check(byPlan)
    #expect(findings.filter { $0.severity == .error }.map(\.subjects) == [["kt-07", "ubnd-bu-dang"]])
    let short = findings.filter { $0.code == "report-lead-time-short" }.map { $0.subjects[0] }
    #expect(short == ["kt-01", "kt-04", "kt-09"])
  }
}
