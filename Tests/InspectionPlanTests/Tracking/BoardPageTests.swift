import Testing

@testable import InspectionPlan

struct BoardPageTests {
  static let asOf = CivilDate(iso8601: "2023-10-10")!

  @Test func pageIsSelfContained() {
    let html = BoardPage.html(plan: YearSummaryTests.plan(), asOf: Self.asOf)
    #expect(!html.contains("<script"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(!html.contains("@import"))
    // The only URL is the SVG namespace, which is a name, not a download.
    #expect(html.components(separatedBy: "http").count - 1 == 1)
    #expect(html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
  }

  @Test func pageShowsTheDayLineFiguresAndOverdueItems() {
    let html = BoardPage.html(plan: YearSummaryTests.plan(), asOf: Self.asOf)
    #expect(html.contains("<line class=\"asof\""))
    #expect(html.contains("<b>2/4</b>Cuộc kiểm tra đã thực hiện"))
    // kt-3's report (due 02/10/2023) is overdue; recommendation b (due 29/09/2023) too.
    #expect(html.contains("Quá hạn 6 ngày làm việc</span>"))
    #expect(html.contains("<div class=\"card bad\"><b>1</b>Kiến nghị quá hạn</div>"))
    #expect(html.contains("Hoàn thành 20/09/2023"))
  }

  @Test func aDayOutsideThePlanYearDrawsNoDayLine() {
    let html = BoardPage.html(plan: YearSummaryTests.plan(), asOf: CivilDate(iso8601: "2024-01-15")!)
    #expect(!html.contains("<line class=\"asof\""))
  }

  @Test func textIsEscaped() {
    var plan = YearSummaryTests.plan()
    plan.units[0].name = "Sở <A> & \"B\""
    let html = BoardPage.html(plan: plan, asOf: Self.asOf)
    #expect(html.contains("Sở &lt;A&gt; &amp; &quot;B&quot;"))
    #expect(!html.contains("Sở <A>"))
  }
}
