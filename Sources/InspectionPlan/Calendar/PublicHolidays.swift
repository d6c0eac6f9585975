/// Vietnam's public holidays and the days off around them, year by year (2013–2199).
///
/// **Holidays.** Labour Code 2012 art. 115 (in force 2013–2020) and Labour Code 2019 art. 112
/// (from 2021): Tết Dương lịch (1/1), Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương (10/3 lunar), Ngày
/// Chiến thắng (30/4), Quốc tế Lao động (1/5) and Quốc khánh (2/9; from 2021 plus one adjacent
/// day). A holiday on a weekly rest day (Saturday or Sunday for state agencies) gives a
/// compensatory day off on the next working day (2012 art. 115(3), 2019 art. 112(3)).
///
/// **Yearly decisions.** A year with a `HolidayDecision` takes its Tết break, the day joined to
/// 2/9, its swapped days and extra days off from it; what it leaves out follows the default rule.
///
/// **Default rule** (years without a decision, e.g. 2027 on), following the decisions of
/// 2020–2026 which it reproduces: the five Tết days are the last day of the lunar year and the
/// first four days of the new one; a Tết day on a Saturday is given back on the working day
/// before them, one on a Sunday on the working day after them (Tết 2027 starts on Saturday 06/02:
/// 05/02–09/02 plus Thursday 04/02 and Wednesday 10/02 off, break 04/02–10/02). The day joined to
/// 2/9 is 1/9 unless 1/9 is a weekend day or 2/9 is a Thursday, then 3/9. No swaps.
public enum PublicHolidays {
  /// The years the holiday rules are defined for: Labour Code 2012 came into force in 2013.
  public static let supportedYears = 2013...2199

  /// The labour code whose holiday article governs `year`, as cited to users.
  public static func labourCode(for year: Int) -> String {
    year <= 2020 ? "Điều 115 Bộ luật Lao động 2012" : "Điều 112 Bộ luật Lao động 2019"
  }

  /// The days of `year` that depart from the ordinary week, sorted by date, one entry per date:
  /// holidays (weekend ones too), compensatory days off, and make-up working days.
  ///
  /// Example: for 2023 the list holds 01/09 (Quốc khánh, adjacent day), 02/09 (Quốc khánh) and
  /// 04/09 (compensatory day for 02/09, a Saturday).
  public static func days(in year: Int, decisions: HolidayDecisions = .bundled) -> [CalendarDay] {
    let decision = decisions[year]
    var days: [CivilDate: CalendarDay] = [:]
    func add(_ day: CalendarDay) { if days[day.date] == nil { days[day.date] = day } }

    let tet = LunarCalendar.tet(year)
    let tetDays = (-1...3).map { tet + $0 }
    var holidays: [CalendarDay] = [
      CalendarDay(date: date(year, 1, 1), kind: .holiday, name: "Tết Dương lịch")
    ]
    for day in tetDays {
      holidays.append(
        CalendarDay(
          date: day, kind: .holiday, name: tetName, lunar: LunarCalendar.lunarDate(of: day)))
    }
    let hungKings = LunarDate(year: year, month: 3, day: 10)
    holidays.append(
      CalendarDay(
        date: LunarCalendar.civilDate(of: hungKings)!, kind: .holiday, name: "Giỗ Tổ Hùng Vương",
        lunar: hungKings))
    holidays.append(CalendarDay(date: date(year, 4, 30), kind: .holiday, name: "Ngày Chiến thắng"))
    holidays.append(
      CalendarDay(date: date(year, 5, 1), kind: .holiday, name: "Ngày Quốc tế Lao động"))
    holidays.append(CalendarDay(date: date(year, 9, 2), kind: .holiday, name: "Quốc khánh"))
    if let adjacent = decision?.nationalDayAdjacent ?? defaultNationalDayAdjacent(year) {
      holidays.append(
        CalendarDay(date: adjacent, kind: .holiday, name: "Quốc khánh (ngày liền kề)"))
    }
    holidays.forEach(add)

    for day in decision?.daysOff ?? [] {
      add(CalendarDay(date: day.date, kind: .holiday, name: day.name))
    }
    for swap in decision?.swaps ?? [] {
      add(
        CalendarDay(
          date: swap.dayOff, kind: .compensatory,
          name: "Nghỉ hoán đổi, làm bù \(swap.workday.weekday.vietnameseName) \(swap.workday.vietnamese)"))
      add(
        CalendarDay(
          date: swap.workday, kind: .makeupWorkday,
          name: "Làm bù cho ngày nghỉ \(swap.dayOff.vietnamese)"))
    }

    let tetBreak = decision?.tetBreak ?? defaultTetBreak(tetDays: tetDays, taken: days)
    for day in tetBreak.days where !day.weekday.isWeekend && days[day] == nil {
      add(CalendarDay(date: day, kind: .compensatory, name: "Nghỉ bù \(tetName)"))
    }

    // Compensatory days for the other holidays, in date order so that two weekend holidays in a
    // row (30/4 on Saturday, 1/5 on Sunday) take the next two working days.
    for holiday in holidays.sorted(by: { $0.date < $1.date })
    where holiday.date.weekday.isWeekend && holiday.name != tetName {
      var day = holiday.date + 1
      while day.weekday.isWeekend || days[day] != nil { day = day + 1 }
      add(CalendarDay(date: day, kind: .compensatory, name: "Nghỉ bù \(holiday.name)"))
    }
    return days.values.sorted { $0.date < $1.date }
  }

  /// The default Tết break of `year` (weekends included), as the rule above gives it.
  ///
  /// Example: 2027 gives 04/02/2027–10/02/2027.
  public static func defaultTetBreak(year: Int) -> DateWindow {
    let tet = LunarCalendar.tet(year)
    return defaultTetBreak(tetDays: (-1...3).map { tet + $0 }, taken: [:])
  }

  private static let tetName = "Tết Nguyên đán"

  /// The five Tết days, a weekday before them for a Saturday among them and one after them for a
  /// Sunday, widened to the weekends that touch the break.
  private static func defaultTetBreak(tetDays: [CivilDate], taken: [CivilDate: CalendarDay])
    -> DateWindow
  {
    func free(_ day: CivilDate) -> Bool { !day.weekday.isWeekend && taken[day] == nil }
    var first = tetDays.first!
    var last = tetDays.last!
    if tetDays.contains(where: { $0.weekday == .saturday }) {
      var day = first - 1
      while !free(day) { day = day - 1 }
      first = day
    }
    if tetDays.contains(where: { $0.weekday == .sunday }) {
      var day = last + 1
      while !free(day) { day = day + 1 }
      last = day
    }
    while (first - 1).weekday.isWeekend { first = first - 1 }
    while (last + 1).weekday.isWeekend { last = last + 1 }
    return DateWindow(from: first, to: last)
  }

  private static func defaultNationalDayAdjacent(_ year: Int) -> CivilDate? {
    guard year >= 2021 else { return nil }  // Labour Code 2012: 2/9 alone
    let first = date(year, 9, 1)
    let second = date(year, 9, 2)
    return first.weekday.isWeekend || second.weekday == .thursday ? date(year, 9, 3) : first
  }

  private static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
    CivilDate(year: y, month: m, day: d)!
  }
}
