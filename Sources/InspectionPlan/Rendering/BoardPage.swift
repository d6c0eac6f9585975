/// The year's work on one self-contained page (`kiemtra board`): headline figures, the Gantt
/// chart with a line at the day of the board, reports due and received, report reviews, and the
/// follow-up of recommendations. No scripts, fonts, images or links to elsewhere: it opens
/// offline, prints on A4 landscape and reads on a laptop screen.
public enum BoardPage {
  /// The review of one received report file, shown in the reviews table.
  public struct ReviewRow: Sendable {
    public let unit: String
    public let file: String
    public let review: ReportReview

    public init(unit: String, file: String, review: ReportReview) {
      self.unit = unit
      self.file = file
      self.review = review
    }
  }

  public static func html(plan: Plan, asOf: CivilDate, reviews: [ReviewRow] = []) -> String {
    let context = CheckContext(plan: plan, asOf: asOf)
    let summary = YearSummary(plan: plan, asOf: asOf)
    let visits = plan.visits()
    let overdueReports = summary.reports.filter { $0.state == .overdue }
    let overdueRecommendations = summary.recommendations.filter { $0.standing == .overdue }
    var out = """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(HTML.escape("Theo dõi kế hoạch kiểm tra – \(asOf.vietnamese)"))</title>
      <style>
      @page { size: A4 landscape; margin: 10mm; }
      body { font-family: "Times New Roman", Times, serif; font-size: 12pt; margin: 0 auto; padding: 8px 16px; max-width: 1180px; color: #111; }
      h1 { font-size: 15pt; margin: 4px 0; text-align: center; }
      p.asof { text-align: center; margin: 0 0 8px; }
      h2 { font-size: 13pt; margin: 14px 0 4px; border-bottom: 1px solid #444; }
      .cards { display: flex; flex-wrap: wrap; gap: 8px; }
      .card { flex: 1 1 150px; border: 1px solid #888; border-radius: 4px; padding: 4px 8px; }
      .card b { display: block; font-size: 16pt; }
      .card.bad b { color: #b00000; }
      svg { width: 100%; height: auto; }
      svg text { font-family: "Times New Roman", Times, serif; font-size: 11px; }
      table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
      th, td { border: 1px solid #666; padding: 2px 4px; vertical-align: top; text-align: left; }
      th { background: #eee; }
      td.n { text-align: right; white-space: nowrap; }
      .overdue { color: #b00000; font-weight: bold; }
      .soon { color: #8a5a00; }
      .ok { color: #1a6b1a; }
      .legend span { display: inline-block; margin-right: 12px; font-size: 10.5pt; }
      .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 3px; vertical-align: middle; }
      section.chart { break-inside: avoid-page; }
      tr { break-inside: avoid; }
      @media print { body { max-width: none; padding: 0; } h2 { break-after: avoid; } .cards { flex-wrap: nowrap; } .card { flex: 1 1 0; min-width: 0; } }
      </style>
      </head>
      <body>
      <h1>\(HTML.escape(plan.title))</h1>
      <p class="asof">Tình hình thực hiện tính đến ngày \(asOf.vietnamese) (\(asOf.weekday.vietnameseName))</p>

      """

    // Headline figures.
    let received = summary.reports.filter { $0.kind == .inspectionReport && ($0.state == .received || $0.state == .receivedLate) }.count
    let visitReports = summary.reports.filter { $0.kind == .inspectionReport }.count
    let doneRecommendations = summary.recommendationCount(.done, .doneLate)
    out += "<section class=\"cards\">\n"
    out += card("Cuộc kiểm tra đã thực hiện", "\(summary.done.count)/\(plan.inspections.count)", bad: false)
    if let coverage = summary.coverage {
      let reached = coverage.reached
      out += card(
        "Tỷ lệ kiểm tra (chỉ tiêu \(Coverage.percentText(coverage.targetPercent))%)",
        "\(Coverage.percentText(coverage.visitedPercent))%", bad: !reached)
    }
    out += card("Báo cáo phục vụ kiểm tra đã nhận", "\(received)/\(visitReports)", bad: false)
    out += card("Báo cáo quá hạn chưa gửi", "\(overdueReports.count)", bad: !overdueReports.isEmpty)
    out += card("Kiến nghị đã hoàn thành", "\(doneRecommendations)/\(summary.recommendations.count)", bad: false)
    out += card("Kiến nghị quá hạn", "\(overdueRecommendations.count)", bad: !overdueRecommendations.isEmpty)
    out += "</section>\n"

    // The Gantt chart with a line on the board's day.
    out += "<section class=\"chart\">\n<h2>Lịch kiểm tra năm \(plan.year)</h2>\n"
    var svg = GanttPage.svg(plan: plan, visits: visits)
    if asOf.year == plan.year, svg.hasSuffix("</svg>") {
      let first = CivilDate(year: plan.year, month: 1, day: 1)!
      let x = GanttPage.labelWidth + Double(first.distance(to: asOf)) * GanttPage.dayWidth + GanttPage.dayWidth / 2
      let bottom = GanttPage.top + Double(visits.count) * GanttPage.rowHeight
      svg.removeLast("</svg>".count)
      svg += "<line class=\"asof\" x1=\"\(GanttPage.fmt(x))\" y1=\"\(GanttPage.fmt(GanttPage.top - 14))\" x2=\"\(GanttPage.fmt(x))\" y2=\"\(GanttPage.fmt(bottom))\" stroke=\"#b00000\" stroke-width=\"1.5\"><title>\(asOf.vietnamese)</title></line>\n</svg>"
    }
    var legend = GanttPage.legend(visits)
    if legend.hasSuffix("</p>") {
      legend.removeLast("</p>".count)
      legend += "<span><span class=\"swatch\" style=\"background:#b00000\"></span>Ngày \(asOf.vietnamese)</span></p>"
    }
    out += svg + "\n" + legend + "\n</section>\n"

    // Reports.
    out += "<section>\n<h2>Báo cáo của các đơn vị</h2>\n"
    out += "<table>\n<thead><tr><th>Đơn vị</th><th>Loại báo cáo</th><th>Hạn (tính theo ngày làm việc)</th><th>Tình trạng</th></tr></thead>\n<tbody>\n"
    let shown = summary.reports.filter { $0.kind == .inspectionReport || $0.state != .upcoming }
    for status in shown {
      let kind = status.kind == .inspectionReport ? "Phục vụ kiểm tra" : "Tự kiểm tra"
      out += "<tr><td>\(HTML.escape(context.unitName(status.unit)))</td><td>\(kind)</td>"
      out += "<td>\(status.effectiveDue.map(\.vietnamese) ?? "")</td><td>\(reportState(status))</td></tr>\n"
    }
    let pendingSelf = summary.reports.filter { $0.kind == .selfInspectionReport && $0.state == .upcoming }.count
    out += "</tbody>\n</table>\n"
    if pendingSelf > 0 {
      let due = plan.settings.selfInspectionDue.map { " (hạn \($0.vietnamese))" } ?? ""
      out += "<p>Ngoài ra \(pendingSelf) đơn vị không được kiểm tra chưa đến hạn gửi báo cáo tự kiểm tra\(due).</p>\n"
    }
    out += "</section>\n"

    // Reviews of received reports.
    if !reviews.isEmpty {
      out += "<section>\n<h2>Đối chiếu báo cáo với đề cương</h2>\n"
      out += "<table>\n<thead><tr><th>Đơn vị</th><th>Tệp báo cáo</th><th>Có trả lời</th><th>Sơ sài</th><th>Thiếu (bắt buộc)</th><th>Phụ lục thiếu</th></tr></thead>\n<tbody>\n"
      for row in reviews {
        let items = row.review.items
        let missingRequired = items.filter { $0.required && $0.status == .missing }
        let missingAppendices = row.review.appendices.filter { !$0.present }.map(\.name)
        out += "<tr><td>\(HTML.escape(context.unitName(row.unit)))</td><td>\(HTML.escape(row.file))</td>"
        out += "<td class=\"n\">\(items.filter { $0.status == .answered }.count)</td>"
        out += "<td class=\"n\">\(items.filter { $0.status == .brief }.count)</td>"
        out += "<td\(missingRequired.isEmpty ? "" : " class=\"overdue\"")>\(missingRequired.count)"
        if !missingRequired.isEmpty {
          out += ": " + HTML.escape(missingRequired.map(\.path).joined(separator: ", "))
        }
        out += "</td><td>\(HTML.escape(missingAppendices.joined(separator: ", ")))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n</section>\n"
    }

    // Recommendations.
    out += "<section>\n<h2>Kiến nghị sau kiểm tra</h2>\n"
    if summary.recommendations.isEmpty {
      out += "<p>Chưa ghi nhận kết luận kiểm tra nào có kiến nghị.</p>\n"
    } else {
      out += "<table>\n<thead><tr><th>Đơn vị thực hiện</th><th>Kiến nghị</th><th>Hạn</th><th>Tình trạng</th></tr></thead>\n<tbody>\n"
      let order = RecommendationStatus.Standing.allCases
      let sorted = summary.recommendations.enumerated().sorted {
        (order.firstIndex(of: $0.element.standing)!, $0.offset) < (order.firstIndex(of: $1.element.standing)!, $1.offset)
      }.map(\.element)
      for status in sorted {
        let r = status.recommendation
        out += "<tr><td>\(HTML.escape(context.unitName(status.owner)))</td>"
        out += "<td>\(HTML.escape("\(status.inspection)/\(r.id): \(r.text)"))</td>"
        out += "<td>\(status.effectiveDue.vietnamese)\(r.extensions.isEmpty ? "" : " (gia hạn)")</td>"
        out += "<td>\(recommendationState(status))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    out += "</section>\n"
    out += "<p class=\"legend\">Hạn cuối rơi vào ngày nghỉ thì kéo dài đến hết ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).</p>\n"
    return out + "</body>\n</html>\n"
  }

  static func card(_ label: String, _ value: String, bad: Bool) -> String {
    "<div class=\"card\(bad ? " bad" : "")\"><b>\(HTML.escape(value))</b>\(HTML.escape(label))</div>\n"
  }

  static func reportState(_ status: ReportStatus) -> String {
    switch status.state {
    case .overdue: "<span class=\"overdue\">Quá hạn \(-(status.workingDaysLeft ?? 0)) ngày làm việc</span>"
    case .dueSoon: "<span class=\"soon\">Còn \(status.workingDaysLeft ?? 0) ngày làm việc</span>"
    case .upcoming: "Chưa đến hạn"
    case .received: "<span class=\"ok\">Đã nhận \(status.received!.vietnamese)</span>"
    case .receivedLate: "<span class=\"soon\">Nhận muộn \(status.received!.vietnamese)</span>"
    case .undated: status.received.map { "Đã nhận \($0.vietnamese)" } ?? "Chưa có hạn"
    }
  }

  static func recommendationState(_ status: RecommendationStatus) -> String {
    switch status.standing {
    case .overdue: "<span class=\"overdue\">Quá hạn \(-(status.workingDaysLeft ?? 0)) ngày làm việc (\(status.daysOverdue ?? 0) ngày)</span>"
    case .dueSoon: "<span class=\"soon\">Còn \(status.workingDaysLeft ?? 0) ngày làm việc</span>"
    case .upcoming: "Đang thực hiện"
    case .doneLate: "<span class=\"soon\">Hoàn thành muộn \(status.recommendation.done!.date.vietnamese)</span>"
    case .done: "<span class=\"ok\">Hoàn thành \(status.recommendation.done!.date.vietnamese)</span>"
    }
  }
}
