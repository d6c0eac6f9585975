import Foundation
import Testing

@testable import InspectionPlan

/// The printable HTML outline: merged group headings, sized columns, landscape pages for wide
/// appendices, rows kept whole.
@Suite struct ChecklistRendererHTMLTests {
  let html: String

  init() throws {
    let plan = try PlanLoader.load(path: SeedPlanTests.path)
    let template = try OutlineTemplateParserTests.bundled()
    html = ChecklistRenderer.html(try #require(UnitChecklist(plan: plan, unitID: "ubnd-phu-rieng", template: template)))
  }

  @Test func groupHeadingsAreMergedCellsNotEmptyOnes() {
    #expect(html.contains("<th colspan=\"2\">Kết quả thống kê</th>"))
    #expect(html.contains("<th rowspan=\"2\">STT</th>"))
    #expect(html.contains("<th rowspan=\"3\">Ghi chú</th>"))
    #expect(!html.contains("<th></th>"))
  }

  @Test func wideAppendicesGoOnLandscapePages() {
    #expect(html.contains("@page wide { size: A4 landscape;"))
    #expect(html.components(separatedBy: "<section class=\"appendix wide\">").count - 1 == 2)  // Phụ lục 3 and 5
    #expect(html.components(separatedBy: "<section class=\"appendix\">").count - 1 == 1)  // Phụ lục 1
  }

  @Test func rowsDoNotSplitAndHeadersRepeat() {
    #expect(html.contains("tr { break-inside: avoid;"))
    #expect(html.contains("thead { display: table-header-group; }"))
  }

  @Test func figuresColumnIsTheWidestAfterTheLabels() throws {
    // Phụ lục 1's colgroup: STT, Chỉ tiêu, Đơn vị tính, Số liệu, Ghi chú.
    let start = try #require(html.range(of: "<colgroup>"))
    let end = try #require(html.range(of: "</colgroup>", range: start.upperBound..<html.endIndex))
    let widths = html[start.upperBound..<end.lowerBound].components(separatedBy: "width: ").dropFirst()
      .compactMap { Double($0.prefix { $0 == "." || $0.isNumber }) }
    #expect(widths.count == 5)
    #expect(widths[3] > widths[2] && widths[3] > widths[4] && widths[3] > widths[0])
  }
}
