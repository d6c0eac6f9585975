import Testing

@testable import InspectionPlan

/// Small plans made for one rule each.
enum Sample {
  static func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }
  static func window(_ from: String, _ to: String) -> DateWindow {
    DateWindow(from: day(from), to: day(to))
  }

  /// Three departments, one district, four people; one clean visit on working days in 2023
  /// with its report due two weeks ahead.
  static func plan(_ edit: (inout Plan) -> Void = { _ in }) -> Plan {
    var settings = PlanSettings()
    settings.selfInspectionDue = day("2023-11-30")
    var plan = Plan(
      id: "mau", title: "Kế hoạch mẫu", province: "Mẫu", year: 2023,
      units: [
        TargetUnit(id: "so-a", name: "Sở A", kind: .provincialDepartment),
        TargetUnit(id: "so-b", name: "Sở B", kind: .provincialDepartment),
        TargetUnit(id: "so-c", name: "Sở C", kind: .provincialDepartment),
        TargetUnit(id: "huyen-d", name: "UBND huyện D", kind: .districtLevel),
      ],
      people: [
        Person(id: "lan", honorific: "Bà", name: "Nguyễn Thị Lan", agency: "so-c"),
        Person(id: "minh", honorific: "Ông", name: "Trần Văn Minh", agency: "so-c"),
        Person(id: "hoa", honorific: "Bà", name: "Lê Thị Hoa", agency: "so-b"),
        Person(id: "vi-tri", role: "Đại diện Văn phòng", agency: "so-c"),
      ],
      inspections: [
        Inspection(
          id: "kt-1", unit: "so-a", window: window("2023-08-01", "2023-08-08"), leader: "lan",
          deputy: "minh", members: ["hoa"], leadAgency: "so-c", reportDue: day("2023-07-18"))
      ],
      settings: settings)
    edit(&plan)
    return plan
  }

  static func codes(_ plan: Plan, asOf: CivilDate? = nil) -> [String] {
    Checker.check(plan, asOf: asOf).map(\.code)
  }
}

struct RuleTests {
  @Test func cleanPlanHasNoErrorsOrWarnings() {
    let findings = Checker.check(Sample.plan())
    #expect(findings.filter { $0.severity != .info }.isEmpty, "\(findings)")
  }

  /// One edit of the clean plan, and the code it must raise.
  struct Case: CustomTestStringConvertible, Sendable {
    let code: String
    let severity: Severity
    let edit: @Sendable (inout Plan) -> Void
    var testDescription: String { code }
  }

  static let cases: [Case] = [
    Case(code: "unknown-reference", severity: .error) { $0.inspections[0].members!.append("ai-do") },
    Case(code: "duplicate-id", severity: .error) { $0.people.append(Person(id: "lan", name: "Lan khác")) },
    Case(code: "window-reversed", severity: .error) {
      $0.inspections[0].window = Sample.window("2023-08-08", "2023-08-01")
    },
    Case(code: "window-outside-plan-year", severity: .error) {
      $0.inspections[0].window = Sample.window("2023-12-28", "2024-01-04")
    },
    Case(code: "leader-missing", severity: .error) { $0.inspections[0].leader = nil },
    Case(code: "same-person-two-roles", severity: .error) { $0.inspections[0].members!.append("minh") },
    Case(code: "conflict-of-interest", severity: .error) { $0.inspections[0].unit = "so-c" },
    Case(code: "person-double-booked", severity: .error) {
      $0.inspections.append(
        Inspection(
          id: "kt-2", unit: "so-b", window: Sample.window("2023-08-08", "2023-08-10"),
          leader: "vi-tri", members: ["hoa"], reportDue: Sample.day("2023-07-20")))
    },
    Case(code: "person-unavailable", severity: .error) {
      $0.people[2].unavailable = [Sample.window("2023-08-07", "2023-08-20")]
    },
    Case(code: "unit-inspected-twice", severity: .warning) {
      $0.inspections.append(
        Inspection(
          id: "kt-2", unit: "so-a", window: Sample.window("2023-10-02", "2023-10-06"),
          leader: "lan", reportDue: Sample.day("2023-09-20")))
    },
    Case(code: "report-due-after-start", severity: .error) {
      $0.inspections[0].reportDue = Sample.day("2023-08-02")
    },
    Case(code: "report-lead-time-short", severity: .warning) {
      $0.inspections[0].reportDue = Sample.day("2023-07-29")  // before Sat.: Fri.; visit Tue.: lead 2
    },
    Case(code: "report-due-missing", severity: .warning) { $0.inspections[0].reportDue = nil },
    Case(code: "due-on-non-working-day", severity: .info) {
      $0.inspections[0].reportDue = Sample.day("2023-07-16")  // Sunday
    },
    Case(code: "self-inspection-due-missing", severity: .warning) {
      $0.settings.selfInspectionDue = nil
    },
    Case(code: "coverage-below-target", severity: .warning) {
      $0.settings.coverageTarget = CoverageTarget(
        percent: 30, kinds: [.provincialDepartment, .districtLevel])
    },
    Case(code: "window-starts-on-non-working-day", severity: .warning) {
      $0.inspections[0].window = Sample.window("2023-09-01", "2023-09-08")
      $0.inspections[0].reportDue = Sample.day("2023-08-15")
    },
    Case(code: "window-ends-on-non-working-day", severity: .warning) {
      $0.inspections[0].window = Sample.window("2023-08-01", "2023-08-05")
    },
    Case(code: "window-too-short", severity: .warning) {
      $0.settings.visitWorkingDays = ["provincial-department": 7]
    },
  ]

  @Test(arguments: cases)
  func editRaisesItsFinding(_ row: Case) {
    let findings = Checker.check(Sample.plan(row.edit))
    let matching = findings.filter { $0.code == row.code }
    #expect(!matching.isEmpty, "\(findings.map(\.code))")
    #expect(matching.allSatisfy { $0.severity == row.severity })
    #expect(Rule.all.contains { $0.code == row.code } || row.code == "coverage-met")
  }

  @Test func doubleBookingNamesThePersonAndBothUnits() {
    let plan = Sample.plan {
      $0.inspections.append(
        Inspection(
          id: "kt-2", unit: "so-b", window: Sample.window("2023-08-08", "2023-08-10"),
          leader: "vi-tri", members: ["hoa"], reportDue: Sample.day("2023-07-20")))
    }
    let finding = Checker.check(plan).first { $0.code == "person-double-booked" }!
    #expect(finding.subjects == ["hoa", "kt-1", "kt-2", "so-a", "so-b"])
    #expect(finding.message.contains("Bà Lê Thị Hoa"))
    #expect(finding.message.contains("Sở A (01/08/2023–08/08/2023)"))
    #expect(finding.message.contains("Sở B (08/08/2023–10/08/2023)"))
  }

  @Test func visitsInSequenceAreNotDoubleBooked() {
    let plan = Sample.plan {
      $0.inspections.append(
        Inspection(
          id: "kt-2", unit: "so-b", window: Sample.window("2023-08-09", "2023-08-16"),
          leader: "lan", members: ["hoa"], reportDue: Sample.day("2023-07-20")))
    }
    #expect(!Sample.codes(plan).contains("person-double-booked"))
  }

  @Test func leadIsCountedInWorkingDaysFromTheEffectiveDueDate() {
    // Due "trước ngày" Sunday 30/07/2023: the last day, Saturday 29/07, rolls to Monday 31/07;
    // the visit starts Tuesday 01/08: lead 1. The minimum is the plan's setting, not a law.
    let plan = Sample.plan { $0.inspections[0].reportDue = Sample.day("2023-07-30") }
    let finding = Checker.check(plan).first { $0.code == "report-lead-time-short" }!
    #expect(finding.message.contains("1 ngày làm việc (kế hoạch đặt tối thiểu 3 ngày làm việc, settings.minReportLeadWorkingDays)"))
    #expect(finding.message.contains("là ngày nghỉ nên kéo dài đến hết ngày 31/07/2023"))
  }

  @Test func turningTheDeadlineRuleOffKeepsTheStatedDate() {
    let plan = Sample.plan {
      $0.inspections[0].reportDue = Sample.day("2023-07-30")
      $0.settings.deadlineRollsForward = false
    }
    let finding = Checker.check(plan).first { $0.code == "report-lead-time-short" }!
    #expect(finding.message.contains("2 ngày làm việc"))
    #expect(!finding.message.contains(CheckContext.rollPhrase))
  }

  @Test func overdueReportsOnlyWithAsOf() {
    let plan = Sample.plan()
    #expect(!Sample.codes(plan).contains("report-overdue"))
    #expect(Sample.codes(plan, asOf: Sample.day("2023-07-25")).contains("report-overdue"))
    var received = plan
    received.inspections[0].reportReceived = Sample.day("2023-07-17")
    #expect(!Sample.codes(received, asOf: Sample.day("2023-07-25")).contains("report-overdue"))
  }

  @Test func coverageCountsOnlyTheTargetKinds() {
    let plan = Sample.plan {
      $0.units.append(TargetUnit(id: "bhxh", name: "BHXH tỉnh", kind: .centralBranch))
      $0.inspections.append(
        Inspection(
          id: "kt-2", unit: "bhxh", window: Sample.window("2023-10-02", "2023-10-06"),
          leader: "lan", reportDue: Sample.day("2023-09-20")))
      $0.settings.coverageTarget = CoverageTarget(
        percent: 25, kinds: [.provincialDepartment, .districtLevel])
    }
    let coverage = Coverage(plan)!
    #expect((coverage.visited, coverage.counted) == (1, 4))
    #expect(Sample.codes(plan).contains("coverage-met"))
  }

  @Test func errorsComeFirst() {
    let plan = Sample.plan {
      $0.inspections[0].leader = nil
      $0.settings.selfInspectionDue = nil
    }
    let severities = Checker.check(plan).map(\.severity)
    #expect(severities == severities.sorted())
  }
}
