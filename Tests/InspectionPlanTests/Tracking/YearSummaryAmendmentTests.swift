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
