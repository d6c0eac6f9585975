/// The machine formats of `kiemtra calendar`: iCalendar, CSV and JSON.
public enum CalendarExports {
  /// Working days before a due date at which the report reminder fires.
  public static let reminderWorkingDays = 3

  /// One all-day event per visit and one per report due date (with a reminder), RFC 5545.
  ///
  /// UIDs are `<plan>-<inspection>-visit@kiemtra` and `…-report@kiemtra`, so importing an
  /// updated file updates the events instead of duplicating them.
  ///
  /// The file depends on the plan alone, so an unchanged plan gives the same bytes: `DTSTAMP` is
  /// the plan's decision date (1 January of the plan year without one), not today; `stamp` is
  /// no longer used. `SEQUENCE` is derived from each event's content: the decision date in days
  /// since 2000 × 1000 (so it grows with every new decision that amends the plan) plus a
  /// 3-digit hash of the event's text (so any change within one decision changes it too).
  public static func ics(plan: Plan, visits: [Visit], stamp: CivilDate) -> String {
    let calendar = plan.workingCalendar()
    var ics = ICalendar(name: plan.title)
    let issued = plan.decision?.date ?? CivilDate(year: plan.year, month: 1, day: 1) ?? stamp
    let stampText = ICalendar.date(issued) + "T000000Z"
    let era = Swift.max(0, CivilDate(year: 2000, month: 1, day: 1)!.distance(to: issued)) * 1000
    /// Ends the event with a SEQUENCE computed from the lines written since `start`.
    func sequence(since start: Int) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, stable across runs and machines
      for line in ics.lines(from: start) {
        for byte in line.utf8 {
          hash ^= UInt64(byte)
          hash = hash &* 0x100_0000_01b3
        }
      }
      ics.add("SEQUENCE", String(era + Int(hash % 1000)))
    }
    for visit in visits {
      let id = visit.inspection.id
      if let span = visit.timing.span {
        // A planned period is shown as a period the visit will fall in, free time until fixed.
        let planned = visit.window == nil
        ics.begin("VEVENT")
        let start = ics.lineCount
        ics.add("UID", "\(plan.id)-\(id)-visit@kiemtra")
        ics.add("DTSTAMP", stampText)
        ics.add("DTSTART;VALUE=DATE", ICalendar.date(span.from))
        ics.add("DTEND;VALUE=DATE", ICalendar.date(span.to + 1))  // DTEND is exclusive
        ics.addText("SUMMARY", "\(planned ? "Dự kiến kiểm tra" : "Kiểm tra CCHC"): \(visit.unitName)\(kindSuffix(visit))")
        ics.addText("LOCATION", visit.unitName)
        var lines = [
          planned || span.part != nil
            ? visit.timing.vietnamese
            : "\(CalendarReport.windowText(span))\(visit.workingDays.map { " (\($0) ngày làm việc)" } ?? "")"
        ]
        if plan.teams.count > 1, let team = visit.team { lines.append(team.name) }
        lines += CalendarReport.rosterLines(visit, withTitles: true).map { "\($0.0): \($0.1.joined(separator: "; "))" }
        if let agency = visit.leadAgencyName { lines.append("Đơn vị chủ trì: \(agency)") }
        ics.addText("DESCRIPTION", lines.joined(separator: "\n"))
        ics.add("TRANSP", planned ? "TRANSPARENT" : "OPAQUE")
        if planned || visit.inspection.tentative { ics.add("STATUS", "TENTATIVE") }
        sequence(since: start)
        ics.end("VEVENT")
      }
      if visit.due != nil, let effective = visit.effectiveDue {
        ics.begin("VEVENT")
        let start = ics.lineCount
        ics.add("UID", "\(plan.id)-\(id)-report@kiemtra")
        ics.add("DTSTAMP", stampText)
        ics.add("DTSTART;VALUE=DATE", ICalendar.date(effective))
        ics.add("DTEND;VALUE=DATE", ICalendar.date(effective + 1))
        ics.addText("SUMMARY", "Hạn báo cáo: \(visit.unitName)")
        ics.addText("LOCATION", visit.unitName)
        ics.addText("DESCRIPTION", "Hạn gửi báo cáo phục vụ Đoàn kiểm tra: \(visit.dueText ?? effective.vietnamese)")
        ics.add("TRANSP", "TRANSPARENT")
        if let cadence = plan.settings.reminders {
          // The plan's cadence: calendar days before the legal last day, latest last.
          for days in Set(cadence).sorted(by: >) {
            ics.begin("VALARM")
            ics.add("ACTION", "DISPLAY")
            ics.addText(
              "DESCRIPTION",
              days == 0
                ? "Hôm nay là hạn cuối gửi báo cáo của \(visit.unitName)"
                : "Còn \(days) ngày đến hạn cuối gửi báo cáo của \(visit.unitName)")
            ics.add("TRIGGER", days == 0 ? "PT0S" : "-P\(days)D")
            ics.end("VALARM")
          }
        } else {
          let reminder = calendar.adding(workingDays: -reminderWorkingDays, to: effective)
          ics.begin("VALARM")
          ics.add("ACTION", "DISPLAY")
          ics.addText("DESCRIPTION", "Còn \(reminderWorkingDays) ngày làm việc đến hạn báo cáo của \(visit.unitName)")
          ics.add("TRIGGER", "-P\(reminder.distance(to: effective))D")
          ics.end("VALARM")
        }
        sequence(since: start)
        ics.end("VEVENT")
      }
    }
    return ics.rendered()
  }

  /// " (đột xuất)", " (chuyên đề: …)" or " (qua hồ sơ)" after a unit name; empty for an ordinary
  /// visit.
  static func kindSuffix(_ visit: Visit) -> String {
    switch visit.kind {
    case .onSite: ""
    case .unannounced: " (đột xuất)"
    case .thematic:
      visit.inspection.areas.isEmpty
        ? " (chuyên đề)"
        : " (chuyên đề: \(visit.inspection.areas.map(\.vietnameseName).joined(separator: ", ")))"
    case .deskReview: " (qua báo cáo, hồ sơ)"
    }
  }

  /// CSV column titles.
  static let csvHeader = [
    "STT", "Mã", "Đối tượng kiểm tra", "Loại đơn vị", "Từ ngày", "Đến hết ngày", "Số ngày làm việc",
    "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên", "Đơn vị chủ trì", "Hạn báo cáo",
    "Hạn báo cáo (tính theo ngày làm việc)", "Đoàn kiểm tra", "Loại hình kiểm tra",
    "Thời gian kiểm tra", "Thư ký",
  ]

  /// RFC 4180 CSV, UTF-8 with a byte-order mark (so Excel shows Vietnamese), CRLF line ends,
  /// ISO dates, one row per visit.
  public static func csv(visits: [Visit], delimiter: Character = ",") -> String {
    var rows = [csvHeader]
    for visit in visits {
      rows.append([
        "\(visit.number)", visit.inspection.id, visit.unitName, visit.unit?.kind.vietnameseName ?? "",
        visit.window?.from.iso8601 ?? "", visit.window?.to.iso8601 ?? "",
        visit.workingDays.map(String.init) ?? "", visit.leader?.displayNameWithTitle ?? "",
        visit.deputies.map(\.displayNameWithTitle).joined(separator: "\n"),
        visit.members.map(\.displayNameWithTitle).joined(separator: "\n"),
        visit.leadAgencyName ?? "", visit.due?.iso8601 ?? "", visit.effectiveDue?.iso8601 ?? "",
        visit.team?.name ?? "", visit.kind.vietnameseName, visit.timing.vietnamese,
        visit.secretaries.map(\.displayNameWithTitle).joined(separator: "\n"),
      ])
    }
    return "\u{FEFF}" + rows.map { CSV.row($0, delimiter: delimiter) }.joined(separator: "\r\n") + "\r\n"
  }

  /// `{"plan": {...}, "inspections": [{"id", "unit", "unitName", "from", "to", "workingDays",
  /// "leader", "deputy", "members", "leadAgency", "reportDue", "effectiveReportDue", "units",
  /// "team", "kind", "part", "plannedFrom", "plannedTo", "tentative", "roster": [{"person",
  /// "role"}]}]}`. `from`/`to` are the fixed days; a visit planned to a period has them `null`
  /// and its period in `plannedFrom`/`plannedTo`.
  public static func json(plan: Plan, visits: [Visit]) -> String {
    JSONValue.object([
      ("plan", CheckReport.planSummary(plan)),
      (
        "inspections",
        .array(
          visits.map { visit in
            .object([
              ("id", .string(visit.inspection.id)),
              ("unit", .string(visit.inspection.unit)),
              ("unitName", .string(visit.unitName)),
              ("from", .date(visit.window?.from)),
              ("to", .date(visit.window?.to)),
              ("workingDays", .int(visit.workingDays)),
              ("leader", .string(visit.leader?.id)),
              ("deputy", .string(visit.deputy?.id)),
              ("members", .array(visit.members.map { .string($0.id) })),
              ("leadAgency", .string(visit.inspection.leadAgency(team: visit.team))),
              ("reportDue", .date(visit.due)),
              ("effectiveReportDue", .date(visit.effectiveDue)),
              ("units", .array(visit.inspection.units.map { .string($0) })),
              ("team", .string(visit.team?.id)),
              ("kind", .string(visit.kind.rawValue)),
              ("part", .string(visit.window?.part?.rawValue)),
              ("plannedFrom", .date(visit.window == nil ? visit.timing.span?.from : nil)),
              ("plannedTo", .date(visit.window == nil ? visit.timing.span?.to : nil)),
              ("tentative", .bool(visit.inspection.tentative)),
              (
                "roster",
                .array(visit.roster.map { .object([("person", .string($0.person.id)), ("role", .string($0.role.rawValue))]) })
              ),
            ])
          })
      ),
    ]).rendered()
  }
}

/// RFC 4180 fields: quoted when they hold the delimiter, a quote, CR or LF; quotes doubled.
///
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a CR would be run as a formula by
/// spreadsheet programs (CSV injection); it gets a leading `'`, which they show as text.
public enum CSV {
  public static func field(_ text: String, delimiter: Character = ",") -> String {
    var text = text
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    let needsQuotes = text.contains(delimiter) || text.contains("\"") || text.contains("\n") || text.contains("\r")
    guard needsQuotes else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  public static func row(_ fields: [String], delimiter: Character = ",") -> String {
    fields.map { field($0, delimiter: delimiter) }.joined(separator: String(delimiter))
  }
}
