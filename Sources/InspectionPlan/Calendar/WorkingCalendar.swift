/// The civil-service working calendar: which days state agencies work, and counting in them.
///
/// A day is a working day when it is a make-up working day, or when it is a weekday that is not a
/// holiday or a day off. Built for a range of years from `PublicHolidays` (with the yearly
/// decisions of `decisions`), plus a plan's own extra days off and make-up working days; days
/// outside the range count only weekends as days off.
public struct WorkingCalendar: Sendable {
  private var entries: [CivilDate: CalendarDay] = [:]
  /// Day numbers of the entries that change the weekday rule (a weekday off, a weekend day
  /// worked), sorted, and the running sum of their effect (+1 worked, -1 off): counting working
  /// days is then weekday arithmetic plus two binary searches, never a walk over the days.
  private var exceptionDays: [Int] = []
  private var exceptionSums: [Int] = [0]

  /// The calendar of `years`, with a plan's own additions (which win over the national table).
  public init(
    years: ClosedRange<Int>, additions: [CalendarDay] = [], decisions: HolidayDecisions = .bundled
  ) {
    for year in years where PublicHolidays.supportedYears.contains(year) {
      for day in PublicHolidays.days(in: year, decisions: decisions) { entries[day.date] = day }
    }
    for day in additions { entries[day.date] = day }
    for (date, entry) in entries.sorted(by: { $0.key < $1.key }) {
      let effect = (entry.isDayOff ? 0 : 1) - (date.weekday.isWeekend ? 0 : 1)
      guard effect != 0 else { continue }
      exceptionDays.append(date.dayNumber)
      exceptionSums.append(exceptionSums[exceptionSums.count - 1] + effect)
    }
  }

  /// Monday to Friday days with day numbers in `first...last` (0 when `last < first`).
  static func weekdays(from first: Int, through last: Int) -> Int {
    guard last >= first else { return 0 }
    let total = last - first + 1
    var count = total / 7 * 5
    var day = first + total / 7 * 7
    while day <= last {
      if ((day % 7) + 7 + 3) % 7 < 5 { count += 1 }  // 0 = Monday, as CivilDate.weekday
      day += 1
    }
    return count
  }

  /// The number of exception entries with day numbers below `dayNumber`.
  private func exceptionsBefore(_ dayNumber: Int) -> Int {
    var low = 0
    var high = exceptionDays.count
    while low < high {
      let mid = (low + high) / 2
      if exceptionDays[mid] < dayNumber { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Working days with day numbers in `first...last`, in O(log n).
  private func workingDays(from first: Int, through last: Int) -> Int {
    guard last >= first else { return 0 }
    return Self.weekdays(from: first, through: last) + exceptionSums[exceptionsBefore(last + 1)]
      - exceptionSums[exceptionsBefore(first)]
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
    workingDays(from: window.from.dayNumber, through: window.to.dayNumber)
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
    guard !window.isReversed else { return nil }
    let day = workingDay(onOrAfter: window.from)
    return day <= window.to ? day : nil
  }

  /// The last working day of a window, or `nil` when it holds none.
  public func lastWorkingDay(in window: DateWindow) -> CivilDate? {
    guard !window.isReversed else { return nil }
    let day = workingDay(onOrBefore: window.to)
    return day >= window.from ? day : nil
  }

  /// The working day `count` working days after `day` (before it when `count` is negative);
  /// `day` itself is not counted. Zero returns `day`.
  ///
  /// Example: with no holidays, 3 working days after Friday 14/03/2025 is Wednesday 19/03/2025.
  public func adding(workingDays count: Int, to day: CivilDate) -> CivilDate {
    guard count != 0 else { return day }
    // Counts beyond a billion years of days are cut there (no plan value comes near: the loader
    // bounds every count), so the day arithmetic below cannot overflow.
    let wanted = Swift.min(abs(count), 1 << 40)
    let start = day.dayNumber
    // f(n) = working days strictly between `day` and n days away, n included; it grows with n,
    // and the answer is the smallest n with f(n) = wanted. Find a bound by doubling, then halve.
    func f(_ n: Int) -> Int {
      count > 0 ? workingDays(from: start + 1, through: start + n) : workingDays(from: start - n, through: start - 1)
    }
    var high = wanted
    while f(high) < wanted { high *= 2 }
    var low = 1
    while low < high {
      let mid = low + (high - low) / 2
      if f(mid) >= wanted { high = mid } else { low = mid + 1 }
    }
    return CivilDate(dayNumber: count > 0 ? start + low : start - low)
  }
}
