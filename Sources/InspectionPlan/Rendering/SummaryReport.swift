/// Renders the year-end summary (`kiemtra summary`).
public enum SummaryReport {
  /// A Markdown section worded as Sở Nội vụ reports to UBND tỉnh, then a table of the visits.
  public static func markdown(plan: Plan, asOf: CivilDate, summary: YearSummary) -> String {
    let context = CheckContext(plan: plan, asOf: asOf)
    func names(_ inspections: [Inspection]) -> String {
      inspections.map { inspection in
        let window = inspection.window.map { " (\(range($0)))" } ?? ""
        return inspection.units.map(context.unitName).joined(separator: ", ") + window
      }.joined(separator: "; ")
    }
    let total = plan.inspections.count
    var out = "## Kết quả thực hiện \(lowercasedFirst(plan.title))\n\n"
    out += "_Số liệu tính đến ngày \(asOf.vietnamese)._\n\n"

    out += "### 1. Kết quả kiểm tra\n\n"
    out += "Theo kế hoạch, năm \(plan.year) kiểm tra \(total) cơ quan, đơn vị. "
    out += "Tính đến ngày \(asOf.vietnamese), Đoàn kiểm tra đã kiểm tra \(summary.done.count)/\(total) cơ quan, đơn vị"
    out += summary.done.isEmpty ? ".\n" : ": \(names(summary.done)).\n"
    if !summary.inProgress.isEmpty {
      out += "\nĐang kiểm tra \(summary.inProgress.count) đơn vị: \(names(summary.inProgress)).\n"
    }
    if !summary.upcoming.isEmpty {
      out += "\nChưa đến thời gian kiểm tra \(summary.upcoming.count) đơn vị: \(names(summary.upcoming)).\n"
    }
    if !summary.unscheduled.isEmpty {
      out += "\nChưa bố trí thời gian kiểm tra \(summary.unscheduled.count) đơn vị: \(names(summary.unscheduled)).\n"
    }
    if let amendment = summary.amendment {
      let moved = amendment.entries.filter { $0.changes.contains(.moved) }
      let cancelled = amendment.entries.filter { $0.changes.contains(.removed) }
      func when(_ state: PlanAmendment.VisitState?) -> String { state?.window.map(range) ?? "chưa xếp lịch" }
      out += "\nSo với kế hoạch trước điều chỉnh: điều chỉnh thời gian \(moved.count) cuộc kiểm tra"
      out += moved.isEmpty ? "" : " (" + moved.map { "\($0.unitNames.joined(separator: ", ")): \(when($0.old)) → \(when($0.new))" }.joined(separator: "; ") + ")"
      out += "; không thực hiện (đã bỏ khỏi kế hoạch) \(cancelled.count) cuộc kiểm tra"
      out += cancelled.isEmpty ? ".\n" : " (" + cancelled.map { $0.unitNames.joined(separator: ", ") }.joined(separator: "; ") + ").\n"
    }
    // The pooled target as the 2023 plan states it; each group target with its source.
    let targets = [summary.coverage].compactMap { $0 }.map { ($0, false) } + summary.coverageGroups.map { ($0, true) }
    for (coverage, isGroup) in targets {
      let kinds = coverage.kinds.map(\.vietnameseName).joined(separator: " và ")
      out += "\nTỷ lệ kiểm tra (\(kinds)): đã kiểm tra \(coverage.visited)/\(coverage.counted) đơn vị "
      out += "(\(Coverage.percentText(coverage.visitedPercent))%), theo kế hoạch \(coverage.planned)/\(coverage.counted) "
      out += "(\(Coverage.percentText(coverage.plannedPercent))%); chỉ tiêu \(coverage.targetText)"
      if isGroup, let source = coverage.source { out += " (theo \(source))" }
      out += coverage.reached ? ": đã đạt.\n" : ": chưa đạt.\n"
    }

    out += "\n### 2. Việc gửi báo cáo\n\n"
    let visitReports = summary.reports.filter { $0.kind == .inspectionReport }
    out += reportParagraph(
      "Báo cáo phục vụ kiểm tra của \(visitReports.count) đơn vị được kiểm tra", visitReports, context: context)
    let selfReports = summary.reports.filter { $0.kind == .selfInspectionReport }
    if !selfReports.isEmpty {
      let due = plan.settings.selfInspectionDue.map { " (hạn \($0.vietnamese))" } ?? ""
      out += "\n" + reportParagraph(
        "Báo cáo tự kiểm tra của \(selfReports.count) đơn vị không được kiểm tra\(due)", selfReports,
        context: context)
    }

    out += "\n### 3. Tồn tại, hạn chế và việc thực hiện kiến nghị sau kiểm tra\n\n"
    let findings = summary.findingsByArea.reduce(0) { $0 + $1.count }
    if findings == 0 && summary.recommendations.isEmpty {
      out += "Chưa có kết luận kiểm tra nào được ghi nhận.\n"
    } else {
      out += "Qua kiểm tra, Đoàn kiểm tra đã chỉ ra \(findings) tồn tại, hạn chế"
      if !summary.findingsByArea.isEmpty {
        out += ": " + summary.findingsByArea.map { area, count in
          "\(area.isEmpty ? "chưa phân lĩnh vực" : Shortcoming.areaName(area)!.lowercasedFirstLetter) \(count)"
        }.joined(separator: "; ")
      }
      out += ".\n\n"
      let r = summary.recommendations
      let done = summary.recommendationCount(.done, .doneLate)
      let late = summary.recommendationCount(.doneLate)
      let overdue = r.filter { $0.standing == .overdue }
      let open = summary.recommendationCount(.dueSoon, .upcoming)
      let extended = r.filter { $0.recommendation.state == .extended && $0.standing != .overdue }.count
      out += "Đã kiến nghị \(r.count) nội dung: đã hoàn thành \(done)"
      if late > 0 { out += " (trong đó \(late) hoàn thành chậm so với hạn)" }
      out += "; đang thực hiện trong hạn \(open)"
      if extended > 0 { out += " (trong đó \(extended) đã được gia hạn)" }
      out += "; quá hạn chưa hoàn thành \(overdue.count)"
      if !overdue.isEmpty {
        out += ": " + overdue.map {
          "\(context.unitName($0.owner)) (\($0.recommendation.id), hạn \($0.effectiveDue.vietnamese))"
        }.joined(separator: "; ")
      }
      out += ".\n"
    }

    if let planned = summary.allowancePlanned, let spent = summary.allowanceSpent {
      out += "\n### 4. Kinh phí\n\n"
      out += "Kinh phí hỗ trợ Đoàn kiểm tra theo kế hoạch: \(MoneyFormat.dong(planned)); "
      out += "của các cuộc kiểm tra đã thực hiện: \(MoneyFormat.dong(spent)) "
      out += "(tính theo mức hỗ trợ \(MoneyFormat.dong(plan.settings.allowancePerPersonDay ?? 0))/người/ngày và thành phần Đoàn trong kế hoạch; "
      out += "kế hoạch không ghi số chi thực tế).\n"
    }

    out += "\n### Bảng tổng hợp các cuộc kiểm tra\n\n"
    out += "| STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Tình trạng | Báo cáo | Kiến nghị đã xong/tổng số |\n"
    out += "| --- | --- | --- | --- | --- | --- |\n"
    let reportsByInspection = Dictionary(
      summary.reports.compactMap { r in r.inspection.map { ($0, r) } }, uniquingKeysWith: { a, _ in a })
    for (index, inspection) in plan.inspections.enumerated() {
      let state =
        summary.done.contains { $0.id == inspection.id } ? "Đã kiểm tra"
        : summary.inProgress.contains { $0.id == inspection.id } ? "Đang kiểm tra"
        : inspection.window == nil ? "Chưa bố trí" : "Chưa đến thời gian"
      let report = reportsByInspection[inspection.id].map(reportCell) ?? ""
      let recs = summary.recommendations.filter { $0.inspection == inspection.id }
      let doneRecs = recs.filter { $0.standing == .done || $0.standing == .doneLate }.count
      let recText = recs.isEmpty ? "" : "\(doneRecs)/\(recs.count)"
      out += "| \(index + 1) | \(inspection.units.map(context.unitName).joined(separator: ", ")) | \(inspection.window.map(range) ?? "") | \(state) | \(report) | \(recText) |\n"
    }
    return out
  }

  /// `{"asOf", "plan", "visits": {"planned", "done", "inProgress", "upcoming", "unscheduled", "doneUnits",
  /// "moved", "cancelled"},`  (`moved` and `cancelled` are `null` without `--baseline`)
  /// "coverage": {"kinds", "counted", "planned", "visited", "reached"}, "reports": {"inspection": {state: n}, "selfInspection": {state: n}},
  /// "findingsByArea": [{"area", "count"}], "recommendations": {standing: n, "extended"}, "allowance"}`.
  public static func json(plan: Plan, asOf: CivilDate, summary: YearSummary) -> String {
    func stateCounts(_ kind: ReportStatus.Kind) -> JSONValue {
      .object(ReportStatus.State.allCases.map { ($0.rawValue, .int(summary.reportCount(kind, $0))) })
    }
    func figures(_ c: YearSummary.CoverageFigures) -> JSONValue {
      .object([
        ("kinds", .array(c.kinds.map { .string($0.rawValue) })),
        ("counted", .int(c.counted)),
        ("planned", .int(c.planned)),
        ("visited", .int(c.visited)),
        ("reached", .bool(c.reached)),
      ])
    }
    let coverage: JSONValue = summary.coverage.map(figures) ?? .null
    return JSONValue.object([
      ("asOf", .date(asOf)),
      ("plan", .object([("id", .string(plan.id)), ("title", .string(plan.title)), ("year", .int(plan.year))])),
      (
        "visits",
        .object([
          ("planned", .int(plan.inspections.count)),
          ("done", .int(summary.done.count)),
          ("inProgress", .int(summary.inProgress.count)),
          ("upcoming", .int(summary.upcoming.count)),
          ("unscheduled", .int(summary.unscheduled.count)),
          ("doneUnits", .array(summary.done.flatMap(\.units).map { .string($0) })),
          ("moved", .int(summary.amendment.map { $0.entries.filter { $0.changes.contains(.moved) }.count })),
          ("cancelled", .int(summary.amendment.map { $0.entries.filter { $0.changes.contains(.removed) }.count })),
        ])
      ),
      ("coverage", coverage),
      ("coverageGroups", .array(summary.coverageGroups.map(figures))),
      (
        "reports",
        .object([("inspection", stateCounts(.inspectionReport)), ("selfInspection", stateCounts(.selfInspectionReport))])
      ),
      (
        "findingsByArea",
        .array(summary.findingsByArea.map { .object([("area", .string($0.area.isEmpty ? nil : $0.area)), ("count", .int($0.count))]) })
      ),
      (
        "recommendations",
        .object(
          [("total", .int(summary.recommendations.count))]
            + RecommendationStatus.Standing.allCases.map { ($0.rawValue, .int(summary.recommendationCount($0))) }
            + [("extended", .int(summary.recommendations.filter { $0.recommendation.state == .extended }.count))])
      ),
      (
        "allowance",
        .object([("planned", .int(summary.allowancePlanned)), ("spentOnVisitsDone", .int(summary.allowanceSpent))])
      ),
    ]).rendered()
  }

  static func range(_ window: DateWindow) -> String {
    window.from == window.to ? window.from.vietnamese : "\(window.from.vietnamese)–\(window.to.vietnamese)"
  }

  static func reportCell(_ status: ReportStatus) -> String {
    switch status.state {
    case .received: "Đúng hạn (\(status.received!.vietnamese))"
    case .receivedLate: "Muộn (\(status.received!.vietnamese))"
    case .overdue: "Quá hạn, chưa gửi"
    case .dueSoon, .upcoming: "Chưa đến hạn"
    case .undated: status.received.map { "Đã gửi (\($0.vietnamese))" } ?? "Chưa có hạn"
    }
  }

  /// "Báo cáo phục vụ kiểm tra: 6 đúng hạn; 1 gửi muộn: …; 1 quá hạn chưa gửi: …; 2 chưa đến hạn."
  static func reportParagraph(_ title: String, _ reports: [ReportStatus], context: CheckContext) -> String {
    func list(_ states: [ReportStatus.State], _ detail: (ReportStatus) -> String) -> String {
      let group = reports.filter { states.contains($0.state) }
      guard !group.isEmpty else { return "0" }
      return "\(group.count): " + group.map { "\(context.unitName($0.unit))\(detail($0))" }.joined(separator: ", ")
    }
    var parts: [String] = []
    parts.append("đúng hạn " + list([.received]) { _ in "" })
    parts.append("gửi muộn " + list([.receivedLate]) { " (\($0.received!.vietnamese), hạn \($0.effectiveDue!.vietnamese))" })
    parts.append("quá hạn chưa gửi " + list([.overdue]) { " (hạn \($0.effectiveDue!.vietnamese))" })
    let pending = reports.filter { $0.state == .dueSoon || $0.state == .upcoming }.count
    if pending > 0 { parts.append("chưa đến hạn \(pending)") }
    let undated = reports.filter { $0.state == .undated }.count
    if undated > 0 { parts.append("chưa có hạn \(undated)") }
    return "\(title): " + parts.joined(separator: "; ") + ".\n"
  }

  static func lowercasedFirst(_ text: String) -> String { text.lowercasedFirstLetter }
}

extension String {
  /// The text with its first letter in lower case ("Kế hoạch …" → "kế hoạch …").
  var lowercasedFirstLetter: String {
    guard let first else { return self }
    return first.lowercased() + dropFirst()
  }
}
