/// Renders the days off of a year (`kiemtra holidays`).
public enum HolidayReport {
  /// What the text says when a year has no decision.
  public static let defaultRuleText =
    "chưa có thông báo chính thức; theo quy tắc mặc định (ngày Tết rơi vào thứ Bảy được nghỉ bù "
    + "ngày làm việc liền trước kỳ nghỉ Tết, rơi vào Chủ nhật được nghỉ bù ngày làm việc liền sau)"

  /// A list for people, one line per date, with totals; the header cites the law and the year's
  /// decision, or says the default rule applies.
  public static func text(year: Int, days: [CalendarDay], decision: HolidayDecision?) -> String {
    var out = "Ngày nghỉ lễ, Tết của cán bộ, công chức năm \(year)\n"
    out += "Căn cứ: \(PublicHolidays.labourCode(for: year))\n"
    if let decision {
      out += "Nguồn: " + decision.sources.joined(separator: "\n       ") + "\n\n"
    } else {
      out += "Nguồn: \(defaultRuleText)\n\n"
    }
    for day in days {
      let weekday = day.date.weekday.vietnameseName
      var line = "  \(day.date.vietnamese)  \(weekday.padding(9))  \(day.name)"
      if let lunar = day.lunar { line += " (\(lunar.dayMonth) âm lịch)" }
      switch day.kind {
      case .holiday: break
      case .compensatory: line += "  [nghỉ bù]"
      case .makeupWorkday: line += "  [làm bù]"
      }
      out += line + "\n"
    }
    let count = { (kind: CalendarDay.Kind) in days.filter { $0.kind == kind }.count }
    let holidaysOnWorkdays = days.filter { $0.kind == .holiday && !$0.date.weekday.isWeekend }.count
    out += "\nTổng: \(count(.holiday)) ngày lễ, Tết (\(holidaysOnWorkdays) ngày rơi vào ngày làm việc), "
    out += "\(count(.compensatory)) ngày nghỉ bù, \(count(.makeupWorkday)) ngày làm bù.\n"
    return out
  }

  /// `{"year": Y, "basis": "decision" | "default-rule", "sources": [...], "labourCode",
  /// "days": [{"date", "kind", "name", "lunar"?}]}`.
  public static func json(year: Int, days: [CalendarDay], decision: HolidayDecision?) -> String {
    JSONValue.object([
      ("year", .int(year)),
      ("basis", .string(decision == nil ? "default-rule" : "decision")),
      ("sources", .array((decision?.sources ?? []).map { .string($0) })),
      ("labourCode", .string(PublicHolidays.labourCode(for: year))),
      (
        "days",
        .array(
          days.map { day in
            var fields: [(String, JSONValue)] = [
              ("date", .date(day.date)), ("kind", .string(day.kind.rawValue)),
              ("name", .string(day.name)),
            ]
            if let lunar = day.lunar { fields.append(("lunar", .string(lunar.dayMonth))) }
            return .object(fields)
          })
      ),
    ]).rendered()
  }

  /// One all-day event per date; UIDs are stable per date, so a re-import updates.
  public static func ics(year: Int, days: [CalendarDay], stamp: CivilDate) -> String {
    var calendar = ICalendar(name: "Ngày nghỉ lễ, Tết \(year)")
    for day in days {
      calendar.begin("VEVENT")
      calendar.add("UID", "holiday-\(day.date.iso8601)@kiemtra")
      calendar.add("DTSTAMP", ICalendar.date(stamp) + "T000000Z")
      calendar.add("DTSTART;VALUE=DATE", ICalendar.date(day.date))
      calendar.add("DTEND;VALUE=DATE", ICalendar.date(day.date + 1))
      var summary = day.name
      if let lunar = day.lunar { summary += " (\(lunar.dayMonth) âm lịch)" }
      calendar.addText("SUMMARY", summary)
      calendar.add("CATEGORIES", day.kind.rawValue.uppercased())
      calendar.add("TRANSP", day.kind == .makeupWorkday ? "OPAQUE" : "TRANSPARENT")
      calendar.end("VEVENT")
    }
    return calendar.rendered()
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
