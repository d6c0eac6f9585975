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
      if let window = visit.window {
        ics.begin("VEVENT")
        let start = ics.lineCount
        ics.add("UID", "\(plan.id)-\(id)-visit@kiemtra")
        ics.add("DTSTAMP", stampText)
        ics.add("DTSTART;VALUE=DATE", ICalendar.date(window.from))
        ics.add("DTEND;VALUE=DATE", ICalendar.date(window.to + 1))  // DTEND is exclusive
        ics.addText("SUMMARY", "Kiểm tra CCHC: \(visit.unitName)")
        ics.addText("LOCATION", visit.unitName)
        var lines = ["\(CalendarReport.windowText(window))\(visit.workingDays.map { " (\($0) ngày làm việc)" } ?? "")"]
        if let leader = visit.leader { lines.append("Trưởng đoàn: \(leader.displayNameWithTitle)") }
        if let deputy = visit.deputy { lines.append("Phó Trưởng đoàn: \(deputy.displayNameWithTitle)") }
        if !visit.members.isEmpty {
          lines.append("Thành viên: " + visit.members.map(\.displayName).joined(separator: "; "))
        }
        if let agency = visit.leadAgencyName { lines.append("Đơn vị chủ trì: \(agency)") }
        ics.addText("DESCRIPTION", lines.joined(separator: "\n"))
        ics.add("TRANSP", "OPAQUE")
        sequence(since: start)
        ics.end("VEVENT")
      }
      if let due = visit.due, let effective = visit.effectiveDue {
        ics.begin("VEVENT")
        let start = ics.lineCount
        ics.add("UID", "\(plan.id)-\(id)-report@kiemtra")
        ics.add("DTSTAMP", stampText)
        ics.add("DTSTART;VALUE=DATE", ICalendar.date(effective))
        ics.add("DTEND;VALUE=DATE", ICalendar.date(effective + 1))
        ics.addText("SUMMARY", "Hạn báo cáo: \(visit.unitName)")
        ics.addText("LOCATION", visit.unitName)
        var description = "Hạn gửi báo cáo phục vụ Đoàn kiểm tra: trước ngày \(due.vietnamese)"
        if effective != due { description += "\nNgày này là ngày nghỉ, hạn tính đến hết ngày \(effective.vietnamese)" }
        ics.addText("DESCRIPTION", description)
        ics.add("TRANSP", "TRANSPARENT")
        let reminder = calendar.adding(workingDays: -reminderWorkingDays, to: effective)
        ics.begin("VALARM")
        ics.add("ACTION", "DISPLAY")
        ics.addText("DESCRIPTION", "Còn \(reminderWorkingDays) ngày làm việc đến hạn báo cáo của \(visit.unitName)")
        ics.add("TRIGGER", "-P\(reminder.distance(to: effective))D")
        ics.end("VALARM")
        sequence(since: start)
        ics.end("VEVENT")
      }
    }
    return ics.rendered()
  }

  /// CSV column titles.
  static let csvHeader = [
    "STT", "Mã", "Đối tượng kiểm tra", "Loại đơn vị", "Từ ngày", "Đến hết ngày", "Số ngày làm việc",
    "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên", "Đơn vị chủ trì", "Hạn báo cáo",
    "Hạn báo cáo (tính theo ngày làm việc)",
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
        visit.deputy?.displayNameWithTitle ?? "",
        visit.members.map(\.displayNameWithTitle).joined(separator: "\n"),
        visit.leadAgencyName ?? "", visit.due?.iso8601 ?? "", visit.effectiveDue?.iso8601 ?? "",
      ])
    }
    return "\u{FEFF}" + rows.map { CSV.row($0, delimiter: delimiter) }.joined(separator: "\r\n") + "\r\n"
  }

  /// `{"plan": {...}, "inspections": [{"id", "unit", "unitName", "from", "to", "workingDays",
  /// "leader", "deputy", "members", "leadAgency", "reportDue", "effectiveReportDue"}]}`.
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
              ("leader", .string(visit.inspection.leader)),
              ("deputy", .string(visit.inspection.deputy)),
              ("members", .array(visit.inspection.members.map { .string($0) })),
              ("leadAgency", .string(visit.inspection.leadAgency)),
              ("reportDue", .date(visit.due)),
              ("effectiveReportDue", .date(visit.effectiveDue)),
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
