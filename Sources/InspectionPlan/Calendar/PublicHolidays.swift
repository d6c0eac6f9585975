/// Vietnam's public holidays and the days off around them, year by year.
///
/// Holidays follow Labour Code 2019 art. 112(1): Tết Dương lịch (1/1), Tết Âm lịch (5 days),
/// Giỗ Tổ Hùng Vương (10/3 lunar), Ngày Chiến thắng (30/4), Quốc tế Lao động (1/5) and Quốc khánh
/// (2/9 plus one adjacent day; from 2021, the Code's first year in force). Art. 112(3): a holiday on
/// a weekly rest day (Saturday or Sunday for state agencies) gives a compensatory day off on the
/// next working day.
///
/// Years with a published decision (`PublishedDecision.all`, 2020–2026) take the Tết break, the
/// day joined to 2/9 and the swapped days from it. Other years follow this default rule: the five
/// Tết days are the last day of the lunar year and the first four days of the new one; the day
/// joined to 2/9 is 1/9 unless 1/9 is a weekend day or 2/9 is a Thursday, then 3/9; no swaps.
public enum PublicHolidays {
  /// The years the holiday rules are defined for: from the first published decision on.
  public static let supportedYears = 2020...2199

  /// The days of `year` that depart from the ordinary week, sorted by date, one entry per date:
  /// holidays (weekend ones too), compensatory days off, and make-up working days.
  ///
  /// Example: for 2023 the list holds 01/09 (Quốc khánh, adjacent day), 02/09 (Quốc khánh) and
  /// 04/09 (compensatory day for 02/09, a Saturday).
  public static func days(in year: Int) -> [CalendarDay] {
    let decision = PublishedDecision.all[year]
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
          date: day, kind: .holiday, name: "Tết Nguyên đán",
          lunar: LunarCalendar.lunarDate(of: day)))
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
    if let adjacent = nationalDayAdjacent(year, decision) {
      holidays.append(
        CalendarDay(date: adjacent, kind: .holiday, name: "Quốc khánh (ngày liền kề)"))
    }
    holidays.forEach(add)

    if let decision {
      for (off, makeup) in decision.swaps {
        let offDate = CivilDate(iso8601: off)!
        let makeupDate = CivilDate(iso8601: makeup)!
        add(
          CalendarDay(
            date: offDate, kind: .compensatory,
            name: "Nghỉ hoán đổi, làm bù thứ Bảy \(makeupDate.vietnamese)"))
        add(
          CalendarDay(
            date: makeupDate, kind: .makeupWorkday,
            name: "Làm bù cho ngày nghỉ \(offDate.vietnamese)"))
      }
      let from = CivilDate(iso8601: decision.tetBreak.0)!
      let to = CivilDate(iso8601: decision.tetBreak.1)!
      for day in from...to where !day.weekday.isWeekend && days[day] == nil {
        add(CalendarDay(date: day, kind: .compensatory, name: "Nghỉ bù Tết Nguyên đán"))
      }
    }

    // Art. 112(3): compensatory days, in date order so that two weekend holidays in a row
    // (30/4 on Saturday, 1/5 on Sunday) take the next two working days.
    for holiday in holidays.sorted(by: { $0.date < $1.date }) where holiday.date.weekday.isWeekend {
      if decision != nil && holiday.name == "Tết Nguyên đán" { continue }  // the break covers it
      var day = holiday.date + 1
      while day.weekday.isWeekend || days[day] != nil { day = day + 1 }
      add(CalendarDay(date: day, kind: .compensatory, name: "Nghỉ bù \(holiday.name)"))
    }
    return days.values.sorted { $0.date < $1.date }
  }

  /// Where the days of `year` come from: the published decision, or the default rule.
  public static func source(for year: Int) -> String {
    PublishedDecision.all[year]?.source
      ?? "Quy tắc mặc định theo Điều 112 Bộ luật Lao động 2019 (chưa có thông báo năm \(year))"
  }

  private static func nationalDayAdjacent(_ year: Int, _ decision: PublishedDecision?) -> CivilDate? {
    if let decision { return decision.nationalDayAdjacent.flatMap(CivilDate.init(iso8601:)) }
    guard year >= 2021 else { return nil }
    let first = date(year, 9, 1)
    let second = date(year, 9, 2)
    return first.weekday.isWeekend || second.weekday == .thursday ? date(year, 9, 3) : first
  }

  private static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate {
    CivilDate(year: y, month: m, day: d)!
  }
}
