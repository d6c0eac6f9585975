/// The year on one printable page: an SVG Gantt chart above the appendix table. Self-contained:
/// no scripts, fonts or files from elsewhere.
public enum GanttPage {
  static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf"]
  static let dayWidth = 2.6
  static let rowHeight = 22.0
  static let labelWidth = 230.0
  static let top = 34.0

  public static func html(plan: Plan, visits: [Visit]) -> String {
    """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <title>\(HTML.escape(plan.title))</title>
    <style>
    @page { size: A4 landscape; margin: 12mm; }
    body { font-family: "Times New Roman", Times, serif; font-size: 12pt; margin: 0 auto; max-width: 273mm; }
    h1 { font-size: 14pt; text-align: center; }
    h2 { font-size: 13pt; text-align: center; }
    svg { width: 100%; height: auto; }
    svg text { font-family: "Times New Roman", Times, serif; font-size: 11px; }
    table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
    th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
    th { text-align: center; }
    .legend span { display: inline-block; margin-right: 12pt; }
    .swatch { display: inline-block; width: 10pt; height: 10pt; margin-right: 3pt; vertical-align: middle; }
    section.table { page-break-before: always; }
    </style>
    </head>
    <body>
    <h1>\(HTML.escape(plan.title))</h1>
    \(svg(plan: plan, visits: visits))
    \(legend(visits))
    <section class="table">
    <h2>ĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN ĐOÀN KIỂM TRA</h2>
    \(table(visits, teams: plan.teams.count))
    </section>
    </body>
    </html>

    """
  }

  /// Colour per lead agency, in order of first appearance.
  static func colors(_ visits: [Visit]) -> [(String, String)] {
    var seen: [String] = []
    for visit in visits {
      let name = visit.leadAgencyName ?? "(chưa có đơn vị chủ trì)"
      if !seen.contains(name) { seen.append(name) }
    }
    return seen.enumerated().map { ($1, palette[$0 % palette.count]) }
  }

  static func svg(plan: Plan, visits: [Visit]) -> String {
    let calendar = plan.workingCalendar()
    let first = CivilDate(year: plan.year, month: 1, day: 1)!
    let last = CivilDate(year: plan.year, month: 12, day: 31)!
    let days = first.distance(to: last) + 1
    let width = labelWidth + Double(days) * dayWidth + 10
    let height = top + Double(visits.count) * rowHeight + 10
    let x = { (date: CivilDate) in labelWidth + Double(first.distance(to: date)) * dayWidth }
    let palette = Dictionary(uniqueKeysWithValues: colors(visits))
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"Biểu đồ lịch kiểm tra năm \(plan.year)\">\n"
    // Days off, shaded: weekends grey, holidays and compensatory days pink.
    for date in first...last where !calendar.isWorkingDay(date) {
      let fill = calendar.entry(on: date).map { _ in "#f6d0d0" } ?? "#ececec"
      out += "<rect class=\"off\" x=\"\(fmt(x(date)))\" y=\"\(fmt(top))\" width=\"\(fmt(dayWidth))\" height=\"\(fmt(Double(visits.count) * rowHeight))\" fill=\"\(fill)\"/>\n"
    }
    // Month grid and labels.
    for month in 1...12 {
      let start = CivilDate(year: plan.year, month: month, day: 1)!
      out += "<line x1=\"\(fmt(x(start)))\" y1=\"\(fmt(top - 14))\" x2=\"\(fmt(x(start)))\" y2=\"\(fmt(height - 10))\" stroke=\"#999\" stroke-width=\"0.5\"/>\n"
      out += "<text x=\"\(fmt(x(start) + 3))\" y=\"\(fmt(top - 4))\">Th\(month)</text>\n"
    }
    for (row, visit) in visits.enumerated() {
      let y = top + Double(row) * rowHeight
      out += "<text x=\"4\" y=\"\(fmt(y + 15))\">\(visit.number). \(HTML.escape(visit.unitName))</text>\n"
      out += "<line x1=\"0\" y1=\"\(fmt(y + rowHeight))\" x2=\"\(fmt(width))\" y2=\"\(fmt(y + rowHeight))\" stroke=\"#ddd\" stroke-width=\"0.5\"/>\n"
      if let window = visit.timing.span, !window.isReversed, window.to.year == plan.year, window.from.year == plan.year {
        let color = palette[visit.leadAgencyName ?? "(chưa có đơn vị chủ trì)"]!
        // A planned period is drawn as a pale dashed band: the visit falls somewhere in it.
        let style = visit.window == nil ? " fill-opacity=\"0.25\" stroke=\"\(color)\" stroke-dasharray=\"3 2\"" : ""
        let when = visit.window == nil ? visit.timing.vietnamese : window.shortText
        out += "<rect class=\"\(visit.window == nil ? "planned" : "visit")\" x=\"\(fmt(x(window.from)))\" y=\"\(fmt(y + 4))\" width=\"\(fmt(Double(window.calendarDays) * dayWidth))\" height=\"\(fmt(rowHeight - 8))\" fill=\"\(color)\"\(style)><title>\(HTML.escape("\(visit.unitName): \(when) (\(visit.leadAgencyName ?? ""))"))</title></rect>\n"
      }
      if let due = visit.effectiveDue, due.year == plan.year {
        let cx = x(due) + dayWidth / 2
        let cy = y + rowHeight / 2
        out += "<polygon class=\"due\" points=\"\(fmt(cx)),\(fmt(cy - 6)) \(fmt(cx + 4)),\(fmt(cy)) \(fmt(cx)),\(fmt(cy + 6)) \(fmt(cx - 4)),\(fmt(cy))\" fill=\"#000\"><title>\(HTML.escape("Hạn báo cáo \(visit.unitName): \(visit.dueText ?? due.vietnamese)"))</title></polygon>\n"
      }
    }
    return out + "</svg>"
  }

  static func legend(_ visits: [Visit]) -> String {
    var out = "<p class=\"legend\">"
    for (name, color) in colors(visits) {
      out += "<span><span class=\"swatch\" style=\"background:\(color)\"></span>Chủ trì: \(HTML.escape(name))</span>"
    }
    out += "<span>◆ Hạn gửi báo cáo (tính theo ngày làm việc)</span>"
    out += "<span><span class=\"swatch\" style=\"background:#ececec\"></span>Thứ Bảy, Chủ nhật</span>"
    out += "<span><span class=\"swatch\" style=\"background:#f6d0d0\"></span>Nghỉ lễ, Tết, nghỉ bù</span>"
    return out + "</p>"
  }

  static func table(_ visits: [Visit], teams: Int) -> String {
    let numbers = CalendarReport.memberNumbers(visits)
    var out = "<table>\n<thead><tr><th>STT</th><th>Đối tượng kiểm tra</th><th>Thời gian kiểm tra</th><th>Trưởng đoàn</th><th>Phó Trưởng đoàn</th><th>Thành viên</th></tr></thead>\n<tbody>\n"
    for visit in visits {
      let members = CalendarReport.memberCells(visit, numbers: numbers).map(HTML.escape)
        .joined(separator: "<br>")
      let deputies = CalendarReport.deputyCells(visit).map(HTML.escape).joined(separator: "<br>")
      let team = visit.team.map { "<br><i>\(HTML.escape($0.name))</i>" } ?? ""
      out += "<tr><td>\(visit.number)</td><td>\(HTML.escape(visit.unitName + CalendarExports.kindSuffix(visit)))\(visits.contains { $0.team?.id != visit.team?.id } ? team : "")</td><td>\(HTML.escape(visit.timing.vietnamese))</td>"
      out += "<td>\(HTML.escape(CalendarReport.leaderCell(visit, teams: teams)))</td><td>\(deputies)</td><td>\(members)</td></tr>\n"
    }
    return out + "</tbody>\n</table>"
  }

  /// Numbers with at most one decimal, so the SVG is byte-stable.
  static func fmt(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
  }
}
