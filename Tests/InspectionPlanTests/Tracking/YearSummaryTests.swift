import Testing

@testable import InspectionPlan

struct YearSummaryTests {
  static func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  /// Three departments and a central branch, four visits in 2023, a 50% target over departments.
  static func plan() -> Plan {
    let units = [
      TargetUnit(id: "so-a", name: "Sở A", kind: .provincialDepartment),
      TargetUnit(id: "so-b", name: "Sở B", kind: .provincialDepartment),
      TargetUnit(id: "so-c", name: "Sở C", kind: .provincialDepartment),
      TargetUnit(id: "bhxh", name: "Bảo hiểm xã hội tỉnh", kind: .centralBranch),
    ]
    func window(_ from: String, _ to: String) -> DateWindow { DateWindow(from: day(from), to: day(to)) }
    let inspections = [
      // Done; report due Friday 28/07, received on the 27th.
      Inspection(id: "kt-1", unit: "so-a", window: window("2023-08-01", "2023-08-04"), reportDue: day("2023-07-28"), reportReceived: day("2023-07-27")),
      // Done; received late.
      Inspection(id: "kt-2", unit: "bhxh", window: window("2023-09-04", "2023-09-08"), reportDue: day("2023-08-28"), reportReceived: day("2023-08-30")),
      // In progress on 10/10; report never received.
      Inspection(id: "kt-3", unit: "so-b", window: window("2023-10-09", "2023-10-13"), reportDue: day("2023-10-02")),
      // Not scheduled.
      Inspection(id: "kt-4", unit: "so-b"),
    ]
    var settings = PlanSettings()
    settings.coverageTarget = CoverageTarget(percent: 50, kinds: [.provincialDepartment])
    settings.selfInspectionDue = day("2023-11-30")
    settings.allowancePerPersonDay = 80_000
    var plan = Plan(id: "p", title: "Kế hoạch kiểm tra thử", province: "Tỉnh thử", year: 2023, units: units, inspections: inspections, settings: settings)
    plan.conclusions = [
      Conclusion(
        inspection: "kt-1", notice: .init(date: day("2023-08-20")),
        findings: [.init(id: "f1", area: "the-che", text: "x"), .init(id: "f2", area: "the-che", text: "y"), .init(id: "f3", text: "z")],
        recommendations: [
          Recommendation(id: "a", text: "x", due: DueDate(text: "2023-09-29")!, done: .init(date: day("2023-09-20"))),
          Recommendation(id: "b", text: "y", due: DueDate(text: "2023-09-29")!),
          Recommendation(id: "c", text: "z", due: DueDate(text: "2023-12-29")!),
        ])
    ]
    return plan
  }

  @Test func countsVisitsReportsFindingsAndRecommendations() throws {
    let summary = YearSummary(plan: Self.plan(), asOf: Self.day("2023-10-10"))
    #expect(summary.done.map(\.id) == ["kt-1", "kt-2"])
    #expect(summary.inProgress.map(\.id) == ["kt-3"])
    #expect(summary.unscheduled.map(\.id) == ["kt-4"])
    let coverage = try #require(summary.coverage)
    // Departments: so-a done, so-b planned twice (counted once), so-c not visited; BHXH not counted.
    #expect((coverage.counted, coverage.planned, coverage.visited) == (3, 2, 1))
    #expect(summary.reportCount(.inspectionReport, .received) == 1)
    #expect(summary.reportCount(.inspectionReport, .receivedLate) == 1)
    #expect(summary.reportCount(.inspectionReport, .overdue) == 1)
    #expect(summary.reportCount(.inspectionReport, .undated) == 1)
    // so-c is the only unit with no visit: it owes a self-inspection report by 30/11.
    #expect(summary.reportCount(.selfInspectionReport, .upcoming) == 1)
    #expect(summary.findingsByArea.map(\.area) == ["the-che", ""])
    #expect(summary.findingsByArea.map(\.count) == [2, 1])
    #expect(summary.recommendationCount(.done) == 1)
    #expect(summary.recommendationCount(.overdue) == 1)
    #expect(summary.recommendationCount(.upcoming, .dueSoon) == 1)
  }

  @Test func allowanceSpentCountsOnlyVisitsDone() throws {
    var plan = Self.plan()
    plan.people = [Person(id: "p1", name: "Người Một"), Person(id: "p2", name: "Người Hai")]
    for index in plan.inspections.indices { plan.inspections[index].leader = "p1"; plan.inspections[index].members = ["p2"] }
    let summary = YearSummary(plan: plan, asOf: Self.day("2023-10-10"))
    // kt-1: 4 working days; kt-2: 4 (Monday 04/09/2023 is the day off for Quốc khánh); kt-3: 5;
    // two people each; 80.000 đồng.
    #expect(summary.allowancePlanned == (4 + 4 + 5) * 2 * 80_000)
    #expect(summary.allowanceSpent == (4 + 4) * 2 * 80_000)
  }

  @Test func markdownStatesTheFiguresInWords() {
    let plan = Self.plan()
    let text = SummaryReport.markdown(plan: plan, asOf: Self.day("2023-10-10"), summary: YearSummary(plan: plan, asOf: Self.day("2023-10-10")))
    #expect(text.contains("đã kiểm tra 2/4 cơ quan, đơn vị: Sở A (01/08/2023–04/08/2023); Bảo hiểm xã hội tỉnh (04/09/2023–08/09/2023)."))
    #expect(text.contains("đã kiểm tra 1/3 đơn vị (33,3%), theo kế hoạch 2/3 (66,7%); chỉ tiêu 50%: chưa đạt."))
    #expect(text.contains("gửi muộn 1: Bảo hiểm xã hội tỉnh (30/08/2023, hạn 28/08/2023)"))
    #expect(text.contains("quá hạn chưa hoàn thành 1: Sở A (b, hạn 29/09/2023)"))
  }
}

struct SummaryDocumentTests {
  @Test func wordSummaryHoldsTheSameTextAndTheVisitsTable() throws {
    let plan = YearSummaryTests.plan()
    let asOf = CivilDate(iso8601: "2023-10-10")!
    let summary = YearSummary(plan: plan, asOf: asOf)
    let document = try DocxReader.read(SummaryDocument.docx(plan: plan, asOf: asOf, summary: summary))
    let paragraphs = document.paragraphs.map(\.text)
    #expect(paragraphs.first == "KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA THỬ")
    #expect(paragraphs.contains("1. Kết quả kiểm tra"))
    #expect(paragraphs.contains { $0.contains("gửi muộn 1: Bảo hiểm xã hội tỉnh (30/08/2023, hạn 28/08/2023)") })
    let table = try #require(document.tables.first)
    #expect(table.rows.count == 5)  // header and four visits
    #expect(table.rows[1].map { $0.paragraphs.joined() } == ["1", "Sở A", "01/08/2023–04/08/2023", "Đã kiểm tra", "Đúng hạn (27/07/2023)", "1/3"])
  }
}
