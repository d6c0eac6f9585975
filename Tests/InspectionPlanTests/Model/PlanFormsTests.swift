import Foundation
import Testing

@testable import InspectionPlan

/// The forms real plans take (issue "plan model"): teams, several units in one visit, half days,
/// planned periods, kinds of inspection, the two-tier local government, coverage per group.
struct PlanFormsTests {
  typealias S = Sample

  /// A 2027 plan with two mirror-image teams sharing nobody, five communes and three departments.
  static func twoTier(_ edit: (inout Plan) -> Void = { _ in }) -> Plan {
    var plan = Plan(
      id: "mau", title: "Kế hoạch mẫu", province: "Mẫu", year: 2027,
      units: [
        TargetUnit(id: "so-a", name: "Sở A", kind: .provincialDepartment),
        TargetUnit(id: "so-b", name: "Sở B", kind: .provincialDepartment),
        TargetUnit(id: "so-noi-vu", name: "Sở Nội vụ", kind: .provincialDepartment),
        TargetUnit(id: "xa-a", name: "UBND xã A", kind: .communeLevel),
        TargetUnit(id: "xa-b", name: "UBND xã B", kind: .communeLevel),
        TargetUnit(id: "xa-c", name: "UBND xã C", kind: .communeLevel),
        TargetUnit(id: "phuong-d", name: "UBND phường D", kind: .communeLevel),
        TargetUnit(id: "phuong-e", name: "UBND phường E", kind: .communeLevel),
      ],
      people: [
        Person(id: "gd-nv", role: "Giám đốc Sở Nội vụ", agency: "so-noi-vu"),
        Person(id: "pgd-nv", role: "Phó Giám đốc Sở Nội vụ", agency: "so-noi-vu"),
        Person(id: "gd-b", role: "Giám đốc Sở B", agency: "so-b"),
        Person(id: "pgd-b", role: "Phó Giám đốc Sở B", agency: "so-b"),
        Person(id: "tk-1", role: "Chuyên viên (thư ký đoàn 1)"),
        Person(id: "tk-2", role: "Chuyên viên (thư ký đoàn 2)"),
      ])
    plan.teams = [
      InspectionTeam(
        id: "doan-1", name: "Đoàn kiểm tra số 1", leader: "gd-nv", deputies: ["pgd-b"],
        standingDeputy: "pgd-b", secretaries: ["tk-1"], leadAgency: "so-noi-vu"),
      InspectionTeam(
        id: "doan-2", name: "Đoàn kiểm tra số 2", leader: "gd-b", deputies: ["pgd-nv"],
        standingDeputy: "pgd-nv", secretaries: ["tk-2"], leadAgency: "so-b"),
    ]
    plan.settings.selfInspectionDue = S.day("2027-11-30")
    plan.settings.allowancePerPersonDay = 100
    edit(&plan)
    return plan
  }

  static func visit(
    _ id: String, _ units: [String], team: String, _ from: String, _ to: String,
    part: DayPart? = nil, kind: InspectionKind = .onSite, due: String? = "2027-04-28"
  ) -> Inspection {
    Inspection(
      id: id, units: units, team: team, kind: kind,
      window: DateWindow(from: S.day(from), to: S.day(to), part: part),
      reportDue: due.map(S.day))
  }

  static func doubleBookings(_ plan: Plan) -> [Finding] {
    Checker.check(plan).filter { $0.code == "person-double-booked" }
  }

  // MARK: Several units in one visit, half days

  @Test func oneTripToThreeCommunesInADayDoesNotClashWithItself() {
    let plan = Self.twoTier {
      $0.inspections = [Self.visit("kt-1", ["xa-a", "xa-b", "xa-c"], team: "doan-1", "2027-05-18", "2027-05-18")]
    }
    #expect(Self.doubleBookings(plan).isEmpty)
    // Each unit keeps its own report.
    let reports = ReportTracker.statuses(plan, asOf: S.day("2027-05-01")).filter { $0.kind == .inspectionReport }
    #expect(reports.map(\.unit) == ["xa-a", "xa-b", "xa-c"])
  }

  struct HalfDayCase: CustomTestStringConvertible, Sendable {
    let name: String
    let first: DayPart?
    let second: DayPart?
    let secondDay: String
    let clashes: Bool
    var testDescription: String { name }
  }

  @Test(arguments: [
    HalfDayCase(name: "morning and afternoon of one day", first: .morning, second: .afternoon, secondDay: "2027-05-19", clashes: false),
    HalfDayCase(name: "two mornings of one day", first: .morning, second: .morning, secondDay: "2027-05-19", clashes: true),
    HalfDayCase(name: "a morning and the whole day", first: .morning, second: nil, secondDay: "2027-05-19", clashes: true),
    HalfDayCase(name: "two whole days", first: nil, second: nil, secondDay: "2027-05-19", clashes: true),
    HalfDayCase(name: "mornings of two days", first: .morning, second: .morning, secondDay: "2027-05-20", clashes: false),
  ])
  func halfDaysClashOnlyWhenTheyShareTime(_ row: HalfDayCase) {
    let plan = Self.twoTier {
      $0.inspections = [
        Self.visit("kt-1", ["phuong-d"], team: "doan-2", "2027-05-19", "2027-05-19", part: row.first),
        Self.visit("kt-2", ["phuong-e"], team: "doan-2", row.secondDay, row.secondDay, part: row.second),
      ]
    }
    let found = Self.doubleBookings(plan)
    #expect(!found.isEmpty == row.clashes, "\(found.map(\.message))")
    if row.clashes, row.first == .morning, row.second == .morning {
      #expect(found[0].message.contains("(sáng 19/05/2027)"))
    }
  }

  @Test func aDeskReviewBlocksNobody() {
    let plan = Self.twoTier {
      $0.inspections = [
        Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-05-10", "2027-05-12"),
        Self.visit("kt-2", ["xa-a"], team: "doan-1", "2027-05-11", "2027-05-11", kind: .deskReview),
      ]
    }
    #expect(Self.doubleBookings(plan).isEmpty)
    let budget = Budget(plan: plan)!
    #expect(budget.lines.map(\.days) == [3, 0])
  }

  // MARK: Teams and roles

  @Test func mirrorTeamsGiveEachPersonTheirRole() {
    let plan = Self.twoTier {
      $0.inspections = [
        Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-05-10", "2027-05-12"),
        Self.visit("kt-2", ["phuong-d"], team: "doan-2", "2027-05-10", "2027-05-12"),
      ]
    }
    let visits = plan.visits()
    #expect(visits[0].roster.map(\.role) == [.leader, .standingDeputy, .secretary])
    #expect(visits[0].role(of: "pgd-b") == "Phó Trưởng đoàn thường trực")
    #expect(visits[1].role(of: "pgd-b") == nil)
    #expect(visits[1].role(of: "tk-2") == "Thư ký")
    #expect(Self.doubleBookings(plan).isEmpty)
    let calendar = CalendarReport.markdown(plan: plan, visits: visits)
    #expect(calendar.contains("### Đoàn kiểm tra số 1"))
    #expect(calendar.contains("- Thư ký: Chuyên viên (thư ký đoàn 2)"))
    #expect(calendar.contains("(Phó Trưởng đoàn thường trực, Đoàn kiểm tra số 2)"))
  }

  @Test func aDeputyLeadingTheDayIsNotAlsoListedAsDeputy() {
    var inspection = Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-05-10", "2027-05-12")
    inspection.leader = "pgd-b"
    let plan = Self.twoTier { $0.inspections = [inspection] }
    let roster = plan.roster(of: plan.inspections[0])
    #expect(roster.map(\.personID) == ["pgd-b", "tk-1"])
    #expect(roster.first?.role == .leader)
    #expect(!Checker.check(plan).contains { $0.code == "same-person-two-roles" })
    let table = CalendarReport.markdown(plan: plan, visits: plan.visits())
    #expect(table.contains("(Trưởng đoàn ngày kiểm tra)"))
  }

  @Test func aPersonTwiceInATeamIsReportedOnceForTheTeam() {
    let plan = Self.twoTier {
      $0.teams[0].members = ["tk-1"]
      $0.inspections = [
        Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-05-10", "2027-05-12"),
        Self.visit("kt-2", ["xa-a"], team: "doan-1", "2027-05-18", "2027-05-18"),
      ]
    }
    let found = Checker.check(plan).filter { $0.code == "same-person-two-roles" }
    #expect(found.map(\.subjects) == [["doan-1", "tk-1"]])
  }

  // MARK: Planned periods

  @Test func aMonthOnlyVisitCostsItsWorkingDaysAndIsScheduledInsideTheMonth() {
    let plan = Self.twoTier {
      $0.inspections = [
        Inspection(
          id: "kt-1", units: ["so-a"], team: "doan-1", period: .month(year: 2027, month: 10),
          tentative: true, workingDays: 3)
      ]
    }
    let budget = Budget(plan: plan)!
    #expect(budget.lines[0].days == 3)
    #expect(budget.lines[0].people == 3)
    let findings = Checker.check(plan)
    #expect(findings.contains { $0.code == "visit-not-fixed" && $0.message.contains("tháng 10/2027") })
    #expect(!findings.contains { $0.code.hasPrefix("window-") })
    let result = Scheduler().schedule(plan)
    #expect(result.problems.isEmpty)
    let window = try! #require(result.plan.inspections[0].window)
    #expect(window.from >= S.day("2027-10-01") && window.to <= S.day("2027-10-31"))
    #expect(result.plan.inspections[0].period == nil)
    #expect(plan.workingCalendar().workingDays(in: window) == 3)
  }

  @Test func aRangeWithFewerWorkingDaysIsAPlannedRange() {
    let plan = Self.twoTier {
      var inspection = Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-08-02", "2027-11-30")
      inspection.workingDays = 4
      $0.inspections = [inspection, Self.visit("kt-2", ["so-b"], team: "doan-1", "2027-08-02", "2027-08-06")]
    }
    // The range overlaps another visit of the same team, but its days are not fixed yet.
    #expect(Self.doubleBookings(plan).isEmpty)
    #expect(plan.visits()[0].window == nil)
    #expect(plan.visits()[0].workingDays == 4)
  }

  @Test func periodsThatCannotAllBeMetAreAnError() {
    let plan = Self.twoTier {
      $0.inspections = ["so-a", "so-b", "xa-a"].enumerated().map { i, unit in
        Inspection(
          id: "kt-\(i)", units: [unit], team: "doan-1", period: .month(year: 2027, month: 10),
          workingDays: 8)
      }
    }
    // October 2027 has 21 working days; three visits of 8 need 24.
    let found = Checker.check(plan).filter { $0.code == "planned-periods-infeasible" }
    #expect(found.count == 3)  // the leader, the standing deputy and the secretary
    #expect(found[0].message.contains("cần 24 ngày làm việc nhưng khoảng này chỉ có 21 ngày"))
    let feasible = Self.twoTier {
      $0.inspections = ["so-a", "so-b"].enumerated().map { i, unit in
        Inspection(id: "kt-\(i)", units: [unit], team: "doan-1", period: .month(year: 2027, month: 10), workingDays: 8)
      }
    }
    #expect(!Checker.check(feasible).contains { $0.code == "planned-periods-infeasible" })
  }

  @Test func aVisitWithNoDateIsReportedAsNotScheduled() {
    let plan = Self.twoTier { $0.inspections = [Inspection(id: "kt-1", units: ["so-a"], team: "doan-1")] }
    #expect(Checker.check(plan).contains { $0.code == "visit-unscheduled" && $0.severity == .info })
  }

  // MARK: Kinds

  @Test func anUnannouncedVisitAsksForNoReportAndIsHiddenFromTheUnit() throws {
    let plan = Self.twoTier {
      $0.inspections = [Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-06-15", "2027-06-16", kind: .unannounced, due: nil)]
    }
    let codes = Checker.check(plan).map(\.code)
    #expect(!codes.contains("report-due-missing"))
    #expect(!ReportTracker.statuses(plan, asOf: S.day("2027-06-01")).contains { $0.inspection == "kt-1" })
    let template = OutlineTemplate(title: "Đề cương", parts: [OutlineNode(level: .part, number: "I", text: "Phần", line: 1)])
    let checklist = try #require(UnitChecklist(plan: plan, unitID: "so-a", template: template))
    let outline = ChecklistRenderer.text(checklist)
    #expect(!outline.contains("15/06/2027") && !outline.contains("16/06/2027"))
    #expect(!outline.contains("Trưởng đoàn"))
    // The team's own calendar still shows it.
    #expect(CalendarReport.text(plan: plan, visits: plan.visits()).contains("15/06/2027–16/06/2027: kiểm tra Sở A (đột xuất)"))
    let scheduled = Scheduler().schedule(Self.twoTier {
      $0.inspections = [Inspection(id: "kt-1", units: ["so-a"], team: "doan-1", kind: .unannounced, workingDays: 2)]
    })
    #expect(scheduled.placements.first?.reportDue == nil)
    let asked = Self.twoTier {
      $0.inspections = [Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-06-15", "2027-06-16", kind: .unannounced)]
    }
    #expect(Checker.check(asked).contains { $0.code == "unannounced-report-requested" })
  }

  @Test func aThematicVisitsOutlineKeepsOnlyItsAreas() throws {
    let text = """
      @title Đề cương
      I. CHỈ ĐẠO
      1. Chỉ đạo chung [area: chi-dao-dieu-hanh]
      2. Một cửa [area: chi-dao-dieu-hanh, thu-tuc-hanh-chinh]
      II. KẾT QUẢ
      1. Thể chế [area: the-che]
      2. Thủ tục hành chính [area: thu-tuc-hanh-chinh]
      III. ĐÁNH GIÁ CHUNG
      1. Mặt tích cực
      @appendix Phụ lục 2 | TTHC [area: thu-tuc-hanh-chinh]
      @header STT | Lĩnh vực
      | 1 | Đất đai |
      @end
      @appendix Phụ lục 4 | THỂ CHẾ [area: the-che]
      @header STT | Văn bản
      | 1 | Nghị quyết |
      @end
      """
    let (template, problems) = OutlineTemplateParser.parse(text)
    #expect(problems.isEmpty)
    var inspection = Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-06-08", "2027-06-09", kind: .thematic)
    inspection.areas = [.administrativeProcedures]
    let plan = Self.twoTier { $0.inspections = [inspection] }
    let checklist = try #require(UnitChecklist(plan: plan, unitID: "so-a", template: template))
    #expect(checklist.parts.map(\.number) == ["I", "II", "III"])
    #expect(checklist.parts[0].children.map(\.text) == ["Một cửa"])
    #expect(checklist.parts[1].children.map(\.text) == ["Thủ tục hành chính"])
    #expect(checklist.appendices.map(\.name) == ["Phụ lục 2"])
    // Without areas every entry stays.
    let onSite = Self.twoTier { $0.inspections = [Self.visit("kt-1", ["so-a"], team: "doan-1", "2027-06-08", "2027-06-09")] }
    let full = try #require(UnitChecklist(plan: onSite, unitID: "so-a", template: template))
    #expect(full.parts[1].children.count == 2 && full.appendices.count == 2)
  }

  // MARK: Two-tier government, conflicts, coverage, decisions

  @Test func districtLevelUnitsAfter2025AreAWarning() {
    let plan = Self.twoTier { $0.units.append(TargetUnit(id: "huyen-x", name: "UBND huyện X", kind: .districtLevel)) }
    let found = Checker.check(plan).first { $0.code == "district-level-abolished" }
    #expect(found?.severity == .warning && found?.subjects == ["huyen-x"])
    var old = plan
    old.year = 2025
    #expect(!Checker.check(old).contains { $0.code == "district-level-abolished" })
  }

  struct ConflictCase: CustomTestStringConvertible, Sendable {
    let name: String
    let organizer: String?
    let exception: String?
    let code: String
    let severity: Severity
    var testDescription: String { name }
  }

  @Test(arguments: [
    ConflictCase(name: "in general", organizer: nil, exception: nil, code: "conflict-of-interest", severity: .error),
    ConflictCase(name: "at the organising agency", organizer: "so-noi-vu", exception: nil, code: "conflict-of-interest", severity: .warning),
    ConflictCase(name: "accepted", organizer: nil, exception: "Sở Nội vụ là cơ quan thường trực", code: "conflict-of-interest-accepted", severity: .info),
  ])
  func conflictOfInterestDependsOnWhoIsInspected(_ row: ConflictCase) {
    var inspection = Self.visit("kt-1", ["so-noi-vu"], team: "doan-2", "2027-05-24", "2027-05-25")
    inspection.conflictException = row.exception.map(ConflictException.init(reason:))
    let plan = Self.twoTier {
      $0.settings.organizer = row.organizer
      $0.inspections = [inspection]
    }
    let found = Checker.check(plan).filter { $0.code.hasPrefix("conflict-of-interest") }
    #expect(found.map(\.code) == [row.code])
    #expect(found.map(\.severity) == [row.severity])
    if let reason = row.exception { #expect(found[0].message.contains(reason)) }
  }

  @Test func coverageIsStatedPerGroupWithItsSource() {
    let plan = Self.twoTier {
      $0.settings.coverageTargets = [
        CoverageTarget(percent: 30, kinds: [.provincialDepartment], source: "Kế hoạch CCHC"),
        CoverageTarget(min: 3, kinds: [.communeLevel], source: "Kế hoạch CCHC"),
      ]
      $0.inspections = [Self.visit("kt-1", ["so-a", "xa-a"], team: "doan-1", "2027-05-18", "2027-05-18")]
    }
    let found = Checker.check(plan).filter { $0.code.hasPrefix("coverage") }
    #expect(found.map(\.code) == ["coverage-below-target", "coverage-met"])
    #expect(found[0].message.hasPrefix("UBND cấp xã: Tỷ lệ kiểm tra 1/5 đơn vị (20%) thấp hơn chỉ tiêu ít nhất 3 đơn vị (theo Kế hoạch CCHC); cần kiểm tra thêm ít nhất 2 đơn vị."))
    #expect(found[1].message.hasPrefix("Sở, ban, ngành tỉnh: Tỷ lệ kiểm tra 1/3 đơn vị (33,3%) đạt chỉ tiêu 30%"))
  }

  @Test func aDecisionWithoutNumberOrDateIsADraft() {
    let plan = Self.twoTier {
      $0.decision = Decision(number: "12/QĐ-UBND", signer: "Người ký")
      $0.teams[0].decision = Decision(number: "13/QĐ-UBND", date: S.day("2027-03-01"))
    }
    let found = Checker.check(plan).filter { $0.code == "decision-draft" }
    #expect(found.map(\.message) == ["Quyết định ban hành kế hoạch chưa có ngày ban hành (dự thảo)."])
  }

  @Test func aPlanWithTeamsFlagsVisitsOutsideAnyTeam() {
    let plan = Self.twoTier {
      $0.inspections = [Inspection(id: "kt-1", unit: "so-a", window: S.window("2027-05-10", "2027-05-12"), leader: "gd-nv")]
    }
    #expect(Checker.check(plan).contains { $0.code == "inspection-without-team" })
  }
}

/// The draw for plans without districts: once for the whole province, from units not visited.
struct ProvinceWideDrawTests {
  @Test func drawsOnlyUnvisitedUnitsOfTheKindsAndRepeatsWithTheSeed() {
    let plan = PlanFormsTests.twoTier {
      $0.settings.communeSampling = CommuneSampling(min: 2, max: 2, pool: .province)
      $0.inspections = [PlanFormsTests.visit("kt-1", ["xa-a", "xa-b"], team: "doan-1", "2027-05-18", "2027-05-18")]
    }
    for seed in UInt64(0)..<50 {
      let draw = CommuneDraw(plan: plan, seed: seed)!
      let ids = draw.provinceWide!.map(\.id)
      #expect(ids.count == 2 && Set(ids).count == 2)
      #expect(Set(ids).isSubset(of: ["xa-c", "phuong-d", "phuong-e"]))
      #expect(CommuneDraw(plan: plan, seed: seed)!.provinceWide!.map(\.id) == ids)
      #expect(draw.districts.isEmpty)
    }
    // Every candidate comes up under some seed: the draw is not stuck on a few.
    let seen = Set((UInt64(0)..<50).flatMap { CommuneDraw(plan: plan, seed: $0)!.provinceWide!.map(\.id) })
    #expect(seen == ["xa-c", "phuong-d", "phuong-e"])
    var departments = plan
    departments.settings.communeSampling = CommuneSampling(min: 5, max: 5, pool: .province, kinds: [.provincialDepartment])
    #expect(Set(CommuneDraw(plan: departments, seed: 1)!.provinceWide!.map(\.id)) == ["so-a", "so-b", "so-noi-vu"])
  }
}

/// Report reminders in calendar exports follow the plan's cadence.
struct ReminderCadenceTests {
  @Test func aWeekBeforeADayBeforeAndOnTheDay() {
    let plan = PlanFormsTests.twoTier {
      $0.settings.reminders = [0, 7, 1]
      $0.inspections = [PlanFormsTests.visit("kt-1", ["so-a"], team: "doan-1", "2027-05-10", "2027-05-12")]
    }
    let ics = CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: Sample.day("2027-01-01"))
    let triggers = ics.split(separator: "\r\n").filter { $0.hasPrefix("TRIGGER") }
    #expect(triggers == ["TRIGGER:-P7D", "TRIGGER:-P1D", "TRIGGER:PT0S"])
    #expect(ics.contains("Hôm nay là hạn cuối gửi báo cáo của Sở A"))
    // Without a cadence, one reminder 3 working days before, as before.
    var plain = plan
    plain.settings.reminders = nil
    let one = CalendarExports.ics(plan: plain, visits: plain.visits(), stamp: Sample.day("2027-01-01"))
    #expect(one.split(separator: "\r\n").filter { $0.hasPrefix("TRIGGER") }.count == 1)
  }
}
