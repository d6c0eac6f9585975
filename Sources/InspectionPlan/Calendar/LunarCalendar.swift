import Foundation  // sin and floor only; no Date, Calendar or TimeZone.

/// Conversion between Gregorian and Vietnamese lunar dates, computed astronomically.
///
/// Months start on the local day that holds the astronomical new moon; the month containing the
/// winter solstice is month 11; a lunar year with 13 months repeats the first month after month
/// 11 that holds no major solar term.
///
/// **Time zone.** From 1968 the days are those of UTC+7, Vietnam's time (the government switched
/// the calendar from the Chinese meridian in 1967, effective from the lunar year Mậu Thân 1968).
/// Before 1968 the calendar followed UTC+8, so it agrees with China's then. China still computes
/// at UTC+8, which is why Tết differs in some later years (1985: 21/01 in Vietnam, 20/02 in China;
/// also 1968, 2007, 2030, 2053).
///
/// The new-moon and solar-longitude series are the low-precision ones from Jean Meeus,
/// *Astronomical Algorithms*, as Hồ Ngọc Đức applied them to the Vietnamese calendar. Over
/// 1900–2199 Tết and Giỗ Tổ agree with an independent high-precision computation in every year
/// but 2175 and 2199, whose Tết new moon falls within a minute of midnight (Vietnam time), closer
/// than the series or anyone's forecast of Earth's rotation for the 22nd century can resolve
/// (`Tests/InspectionPlanTests/Calendar/Fixtures/README.md`).
public enum LunarCalendar {
  /// Vietnam's offset from UTC in hours since 1968, which decides on which day a new moon falls.
  public static let timeZoneHours = 7.0
  /// The offset used for moments before 1968 (the Chinese meridian, 120° E).
  public static let timeZoneHoursBefore1968 = 8.0
  /// Julian day of 1968-01-01 00:00 UTC: from here on, days are counted at UTC+7.
  private static let switchJulianDay = 2_439_856.5

  /// The offset in hours at a Julian day.
  private static func timeZone(atJulianDay jd: Double) -> Double {
    jd < switchJulianDay ? timeZoneHoursBefore1968 : timeZoneHours
  }

  /// The years whose conversions are tested and supported by the command line.
  public static let supportedYears = 1900...2199

  /// The lunar date of a Gregorian day.
  ///
  /// Example: 22/01/2023 is lunar 1/1 of year 2023 (Tết Quý Mão).
  public static func lunarDate(of date: CivilDate) -> LunarDate {
    let jdn = julianDayNumber(date)
    // The estimate from the mean month can be one lunation off either way (on 2054-05-07 and
    // 2062-04-09 the new moon `k` itself falls after the day): step until the month holds it.
    var k = Int(floor((Double(jdn) - 2_415_021.076998695) / synodicMonth))
    while newMoonDay(k + 1) > jdn { k -= 1 }
    while newMoonDay(k + 2) <= jdn { k += 1 }
    let monthStart = newMoonDay(k + 1)
    var a11 = lunarMonth11(date.year)
    var b11 = a11
    var lunarYear: Int
    if a11 >= monthStart {
      lunarYear = date.year
      a11 = lunarMonth11(date.year - 1)
    } else {
      lunarYear = date.year + 1
      b11 = lunarMonth11(date.year + 1)
    }
    let day = jdn - monthStart + 1
    let diff = (monthStart - a11) / 29
    var month = diff + 11
    var isLeap = false
    if b11 - a11 > 365 {
      let leapOffset = leapMonthOffset(a11)
      if diff >= leapOffset {
        month = diff + 10
        isLeap = diff == leapOffset
      }
    }
    if month > 12 { month -= 12 }
    if month >= 11 && diff < 4 { lunarYear -= 1 }
    return LunarDate(year: lunarYear, month: month, day: day, isLeapMonth: isLeap)
  }

  /// The Gregorian day of a lunar date, or `nil` when it does not exist (a leap month the year
  /// lacks, or day 30 of a 29-day month).
  ///
  /// Example: lunar 10/3 of 2023 (Giỗ Tổ Hùng Vương) is 29/04/2023.
  public static func civilDate(of lunar: LunarDate) -> CivilDate? {
    guard (1...12).contains(lunar.month), (1...30).contains(lunar.day) else { return nil }
    let a11: Int
    let b11: Int
    if lunar.month < 11 {
      a11 = lunarMonth11(lunar.year - 1)
      b11 = lunarMonth11(lunar.year)
    } else {
      a11 = lunarMonth11(lunar.year)
      b11 = lunarMonth11(lunar.year + 1)
    }
    let k = Int(floor(0.5 + (Double(a11) - 2_415_021.076998695) / synodicMonth))
    var offset = lunar.month - 11
    if offset < 0 { offset += 12 }
    if b11 - a11 > 365 {
      let leapOffset = leapMonthOffset(a11)
      var leapMonth = leapOffset - 2
      if leapMonth < 0 { leapMonth += 12 }
      if lunar.isLeapMonth && lunar.month != leapMonth { return nil }
      if lunar.isLeapMonth || offset >= leapOffset { offset += 1 }
    } else if lunar.isLeapMonth {
      return nil
    }
    let monthStart = newMoonDay(k + offset)
    let monthLength = newMoonDay(k + offset + 1) - monthStart
    guard lunar.day <= monthLength else { return nil }
    return CivilDate(dayNumber: monthStart + lunar.day - 1 - julianDayOfEpoch)
  }

  /// The leap month of lunar year `year` (its number, e.g. 2 for "tháng 2 nhuận" in 2023), or
  /// `nil` in a year of twelve months.
  public static func leapMonth(ofYear year: Int) -> Int? {
    (1...12).first { civilDate(of: LunarDate(year: year, month: $0, day: 1, isLeapMonth: true)) != nil }
  }

  /// The number of days (29 or 30) of a lunar month, or `nil` when the month does not exist.
  public static func monthLength(year: Int, month: Int, isLeapMonth: Bool = false) -> Int? {
    guard civilDate(of: LunarDate(year: year, month: month, day: 1, isLeapMonth: isLeapMonth)) != nil
    else { return nil }
    return civilDate(of: LunarDate(year: year, month: month, day: 30, isLeapMonth: isLeapMonth)) == nil ? 29 : 30
  }

  /// Tết Nguyên đán: the first day of the lunar year that starts in `year`.
  public static func tet(_ year: Int) -> CivilDate {
    civilDate(of: LunarDate(year: year, month: 1, day: 1))!
  }

  // MARK: - Astronomy

  private static let synodicMonth = 29.530588853
  /// Julian day number of 1970-01-01.
  private static let julianDayOfEpoch = 2_440_588

  private static func julianDayNumber(_ date: CivilDate) -> Int { date.dayNumber + julianDayOfEpoch }

  /// Julian day (UT, fractional) of the k-th new moon after the one of 1900-01-01.
  private static func newMoon(_ k: Int) -> Double {
    let k = Double(k)
    let t = k / 1236.85
    let t2 = t * t
    let t3 = t2 * t
    let dr = Double.pi / 180
    var jd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    let m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr  // sun's anomaly
    let mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr  // moon's
    let f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr  // latitude arg.
    var c = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
    c += -0.4068 * sin(mp) + 0.0161 * sin(2 * mp) - 0.0004 * sin(3 * mp)
    c += 0.0104 * sin(2 * f) - 0.0051 * sin(m + mp) - 0.0074 * sin(m - mp)
    c += 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mp)
    c += 0.0010 * sin(2 * f - mp) + 0.0005 * sin(2 * mp + m)
    let deltaT =
      t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c - deltaT
  }

  /// Julian day number of the local day (UTC+8 before 1968, UTC+7 after) holding the k-th new moon.
  private static func newMoonDay(_ k: Int) -> Int {
    let moment = newMoon(k)
    return Int(floor(moment + 0.5 + timeZone(atJulianDay: moment) / 24))
  }

  /// The sun's apparent longitude in radians, 0..<2π, at a Julian day (UT).
  private static func sunLongitude(_ jd: Double) -> Double {
    let t = (jd - 2_451_545.0) / 36525
    let t2 = t * t
    let dr = Double.pi / 180
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
    let l = (l0 + dl) * dr
    return l - 2 * Double.pi * floor(l / (2 * Double.pi))
  }

  /// Which of the twelve 30° sectors of the ecliptic the sun is in at the start of a local day.
  private static func sunSector(_ jdn: Int) -> Int {
    let midnight = Double(jdn) - 0.5
    return Int(sunLongitude(midnight - timeZone(atJulianDay: midnight) / 24) / Double.pi * 6)
  }

  /// Julian day number of the first day of lunar month 11 (the winter-solstice month) that begins
  /// in or before December of `year`.
  private static func lunarMonth11(_ year: Int) -> Int {
    let offset = Double(julianDayNumber(CivilDate(year: year, month: 12, day: 31)!)) - 2_415_021
    let k = Int(floor(offset / synodicMonth))
    let nm = newMoonDay(k)
    return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm
  }

  /// In a 13-month year starting at month 11 on `a11`, the offset of the leap month: the first
  /// month whose start lies in the same solar sector as the next month's start.
  private static func leapMonthOffset(_ a11: Int) -> Int {
    let k = Int(floor((Double(a11) - 2_415_021.076998695) / synodicMonth + 0.5))
    var i = 1
    var arc = sunSector(newMoonDay(k + i))
    var last = 0
    repeat {
      last = arc
      i += 1
      arc = sunSector(newMoonDay(k + i))
    } while arc != last && i < 14
    return i - 1
  }
}
