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
/// The method is Hồ Ngọc Đức's for the Vietnamese calendar, with new moons from the full series
/// of Jean Meeus, *Astronomical Algorithms*, chapter 49 (and his low-precision solar longitude
/// for the solar terms). Over 1900–2199 Tết and Giỗ Tổ agree in every year with an independent
/// high-precision computation (PyEphem), and with Hồ Ngọc Đức's published tables in every year
/// but 1916 and 1925, where those tables depart from the astronomy at UTC+8
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
  ///
  /// Jean Meeus, *Astronomical Algorithms* (2nd ed.), chapter 49: the mean new moon, its 25
  /// periodic terms and 14 planetary arguments (accurate to seconds against modern ephemerides),
  /// converted from dynamical time to UT with ΔT of Espenak & Meeus (2006). Over 1900–2199 it
  /// agrees with PyEphem to within a minute, which the reference fixture needs: the new moons
  /// before Tết 2175 and 2199 fall 24 s and 2 min before midnight in Vietnam.
  private static func newMoon(_ k: Int) -> Double {
    let k = Double(k - 1237)  // Meeus counts lunations from the new moon of 2000-01-06
    let t = k / 1236.85
    let t2 = t * t
    let t3 = t2 * t
    let t4 = t3 * t
    func sin(_ degrees: Double) -> Double { Foundation.sin(degrees * Double.pi / 180) }
    let jde = 2_451_550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
    let e = 1 - 0.002516 * t - 0.0000074 * t2
    let m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3  // sun's mean anomaly
    let mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
    let f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
    let omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3
    var c = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
    c += 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
    c += -0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
    c += -0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
    c += -0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m)
    c += 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
    c += 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
    c += -0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
    let planetary: [(Double, Double)] = [
      (0.000325, 299.77 + 0.107408 * k - 0.009173 * t2), (0.000165, 251.88 + 0.016321 * k),
      (0.000164, 251.83 + 26.651886 * k), (0.000126, 349.42 + 36.412478 * k),
      (0.000110, 84.66 + 18.206239 * k), (0.000062, 141.74 + 53.303771 * k),
      (0.000060, 207.14 + 2.453732 * k), (0.000056, 154.84 + 7.306860 * k),
      (0.000047, 34.52 + 27.261239 * k), (0.000042, 207.19 + 0.121824 * k),
      (0.000040, 291.34 + 1.844379 * k), (0.000037, 161.72 + 24.198154 * k),
      (0.000035, 239.56 + 25.513099 * k), (0.000023, 331.55 + 3.592518 * k),
    ]
    let corrected = jde + c + planetary.reduce(0) { $0 + $1.0 * sin($1.1) }
    let year = 2000 + (corrected - 2_451_545) / 365.25
    return corrected - deltaT(year) / 86_400
  }

  /// TT − UT in seconds for a (fractional) year: the polynomials of Espenak & Meeus (2006), from
  /// historical records up to 2005 and extrapolated after.
  private static func deltaT(_ y: Double) -> Double {
    switch y {
    case ..<1900:
      let t = y - 1860
      return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * pow(t, 3) - 0.0004473624 * pow(t, 4) + pow(t, 5) / 233_174
    case ..<1920:
      let t = y - 1900
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * pow(t, 3) - 0.000197 * pow(t, 4)
    case ..<1941:
      let t = y - 1920
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * pow(t, 3)
    case ..<1961:
      let t = y - 1950
      return 29.07 + 0.407 * t - t * t / 233 + pow(t, 3) / 2547
    case ..<1986:
      let t = y - 1975
      return 45.45 + 1.067 * t - t * t / 260 - pow(t, 3) / 718
    case ..<2005:
      let t = y - 2000
      return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * pow(t, 3) + 0.000651814 * pow(t, 4)
        + 0.00002373599 * pow(t, 5)
    case ..<2050:
      let t = y - 2000
      return 62.92 + 0.32217 * t + 0.005589 * t * t
    case ..<2150:
      let u = (y - 1820) / 100
      return -20 + 32 * u * u - 0.5628 * (2150 - y)
    default:
      let u = (y - 1820) / 100
      return -20 + 32 * u * u
    }
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
