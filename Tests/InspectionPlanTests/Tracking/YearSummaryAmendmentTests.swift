import Foundation
import Testing

@testable import InspectionPlan

/// Moved and cancelled visits in the year-end summary, counted against the plan before its
/// amendment.
struct YearSummaryAmendmentTests {
  @Test func countsVisitsMovedAndDroppedByTheAmendment() throws {
    let original = try PlanLoader.load(path: SeedPlanTests.path)
    var amended = original
    amended.inspections[1].window = Sample.window("2023-08-21", "2023-08-28")  // Sở TN&MT moved
    amended.inspections.removeLast()  // UBND huyện Lộc Ninh dropped
    var summary = YearSummary(plan: amended, asOf: Sample.day("2023-12-31"))
    #expect(!SummaryReport.markdown(plan: amended, asOf: Sample.day("2023-12-31"), summary: summary).contains("trước điều chỉnh"))
    summary.amendment = PlanAmendment(old: original, new: amended)
    let text = SummaryReport.markdown(plan: amended, asOf: Sample.day("2023-12-31"), summary: summary)
    #expect(text.contains("So với kế hoạch trước điều chỉnh: điều chỉnh thời gian 1 cuộc kiểm tra (Sở Tài nguyên và Môi trường: 09/08/2023–16/08/2023 → 21/08/2023–28/08/2023)"), "\(text)")
    #expect(text.contains("không thực hiện (đã bỏ khỏi kế hoạch) 1 cuộc kiểm tra (UBND huyện Lộc Ninh)."))
    let json = SummaryReport.json(plan: amended, asOf: Sample.day("2023-12-31"), summary: summary)
    #expect(json.contains("\"moved\": 1") && json.contains("\"cancelled\": 1"))
  }
}

/// Coverage per group in the year-end summary, each with its source.
struct YearSummaryCoverageGroupTests {
  @Test func eachGroupIsStatedAgainstItsOwnTarget() throws {
    let plan = try PlanLoader.load(path: SeedPlanTests.path.replacingOccurrences(of: "binh-phuoc-2023", with: "mau-hai-cap-2027"))
    let summary = YearSummary(plan: plan, asOf: Sample.day("2027-12-31"))
    #expect(summary.coverageGroups.map(\.visited) == [5, 5, 1])  // the month-only visit to Sở Y tế has no days yet
    #expect(summary.coverageGroups.map(\.reached) == [true, true, false])
    let text = SummaryReport.markdown(plan: plan, asOf: Sample.day("2027-12-31"), summary: summary)
    #expect(text.contains("Tỷ lệ kiểm tra (cơ quan ngành dọc và đơn vị sự nghiệp công lập): đã kiểm tra 1/3 đơn vị (33,3%), theo kế hoạch 1/3 (33,3%); chỉ tiêu ít nhất 2 đơn vị (theo giả định cho ví dụ): chưa đạt."))
  }
}
