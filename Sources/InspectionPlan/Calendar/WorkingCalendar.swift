/// The civil-service working calendar: which days state agencies work, and counting in them.
///
/// A day is a working day when it is a make-up working day, or when it is a weekday that is not a
/// holiday or a day off. Built for a range of years from `PublicHolidays` (with the yearly
/// decisions of `decisions`), plus a plan's own extra days off and make-up working days; days
/// outside the range count only weekends as days off.
public struct WorkingCalendar: Sendable {
  private var entries: [CivilDate: CalendarDay] = [:]

  /// The calendar of `years`, with a plan's own additions (which win over the national table).
  public init(
    years: ClosedRange<Int>, additions: [CalendarDay] = [], decisions: HolidayDecisions = .bundled
  ) {
    for year in years where PublicHolidays.supportedYears.contains(year) {
      for day in PublicHolidays.days(in: year, decisions: decisions) { entries[day.date] = day }
    }
    for day in additions { entries[day.date] = day }
  }

  /// The holiday, day off or make-up working day on `day`, if any.
  public func entry(on day: CivilDate) -> CalendarDay? { entries[day] }

  /// Whether state agencies work on `day`.
  public func isWorkingDay(_ day: CivilDate) -> Bool {
    if let entry = entries[day] { return !entry.isDayOff }
    return !day.weekday.isWeekend
  }

  /// Why `day` is not a working day, in Vietnamese ("Quốc khánh", "Chủ nhật"); `nil` if it is one.
  public func reasonOff(_ day: CivilDate) -> String? {
    if isWorkingDay(day) { return nil }
    if let entry = entries[day] { return entry.name }
    return day.weekday.vietnameseName
  }

  /// Working days in a window, both ends included; 0 when reversed.
  ///
  /// Example: 01/09/2023–08/09/2023 holds 4 (01/09 and 04/09 are days off, 02–03/09 a weekend).
  public func workingDays(in window: DateWindow) -> Int {
    window.days.reduce(0) { $0 + (isWorkingDay($1) ? 1 : 0) }
  }

  /// Working days strictly after `start` up to and including `end`; negative when `end` is
  /// before `start` (minus the working days from `end`, excluded, to `start`, included).
  ///
  /// Example: from Wednesday to the next Monday, with no holidays, is 3.
  public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
    if end >= start {
      return end == start ? 0 : workingDays(in: DateWindow(from: start + 1, to: end))
    }
    return -workingDays(in: DateWindow(from: end + 1, to: start))
  }

  /// The first working day on or after `day`.
  public func workingDay(onOrAfter day: CivilDate) -> CivilDate {
    var day = day
    while !isWorkingDay(day) { day = day + 1 }
    return day
  }

  /// The last working day on or before `day`.
  public func workingDay(onOrBefore day: CivilDate) -> CivilDate {
    var day = day
    while !isWorkingDay(day) { day = day - 1 }
    return day
  }

  /// The first working day of a window, or `nil` when it holds none.
  public func firstWorkingDay(in window: DateWindow) -> CivilDate? {
    window.days.first(where: isWorkingDay)
  }

  /// The working day `count` working days after `day` (before it when `count` is negative);
  /// `day` itself is not counted. Zero returns `day`.
  ///
  /// Example: with no holidays, 3 working days after Friday 14/03/2025 is Wednesday 19/03/2025.
  public func adding(workingDays count: Int, to day: CivilDate) -> CivilDate {
    var day = day
    var left = abs(count)
    let step = count < 0 ? -1 : 1
    while left > 0 {
      day = day + step
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }
}
