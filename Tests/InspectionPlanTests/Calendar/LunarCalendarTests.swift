import Foundation
import Testing

@testable import InspectionPlan

/// A published Vietnamese date with what it should be.
struct PublishedDay: CustomTestStringConvertible, Sendable {
  let year: Int
  let civil: String
  var testDescription: String { "\(year): \(civil)" }
}

struct LunarCalendarTests {
  /// Tết Nguyên đán as published in Vietnamese calendars. 1968, 1985 and 2007 are years where
  /// China's calendar (UTC+8) puts the new year on another day.
  static let tet: [PublishedDay] = [
    .init(year: 1900, civil: "1900-01-31"), .init(year: 1945, civil: "1945-02-13"),
    .init(year: 1968, civil: "1968-01-29"), .init(year: 1975, civil: "1975-02-11"),
    .init(year: 1985, civil: "1985-01-21"), .init(year: 1990, civil: "1990-01-27"),
    .init(year: 2000, civil: "2000-02-05"), .init(year: 2007, civil: "2007-02-17"),
    .init(year: 2010, civil: "2010-02-14"), .init(year: 2019, civil: "2019-02-05"),
    .init(year: 2020, civil: "2020-01-25"), .init(year: 2021, civil: "2021-02-12"),
    .init(year: 2022, civil: "2022-02-01"), .init(year: 2023, civil: "2023-01-22"),
    .init(year: 2024, civil: "2024-02-10"), .init(year: 2025, civil: "2025-01-29"),
    .init(year: 2026, civil: "2026-02-17"), .init(year: 2027, civil: "2027-02-06"),
  ]

  /// Giỗ Tổ Hùng Vương (10/3 lunar) as published.
  static let hungKings: [PublishedDay] = [
    .init(year: 2019, civil: "2019-04-14"), .init(year: 2020, civil: "2020-04-02"),
    .init(year: 2021, civil: "2021-04-21"), .init(year: 2022, civil: "2022-04-10"),
    .init(year: 2023, civil: "2023-04-29"), .init(year: 2024, civil: "2024-04-18"),
    .init(year: 2025, civil: "2025-04-07"), .init(year: 2026, civil: "2026-04-26"),
  ]

  @Test(arguments: tet)
  func tetMatchesPublishedDate(_ row: PublishedDay) {
    let date = CivilDate(iso8601: row.civil)!
    #expect(LunarCalendar.tet(row.year) == date)
    #expect(LunarCalendar.lunarDate(of: date) == LunarDate(year: row.year, month: 1, day: 1))
  }

  @Test(arguments: hungKings)
  func hungKingsDayMatchesPublishedDate(_ row: PublishedDay) {
    let lunar = LunarDate(year: row.year, month: 3, day: 10)
    #expect(LunarCalendar.civilDate(of: lunar) == CivilDate(iso8601: row.civil)!)
  }

  @Test func differsFromTheChineseCalendarIn1985And2007() {
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
    for (year, vietnamese) in [(1985, "1985-01-21"), (2007, "2007-02-17")] {
      let ours = LunarCalendar.tet(year)
      #expect(ours == CivilDate(iso8601: vietnamese)!)
      // Foundation's Chinese calendar: day 1 of month 1 falls on another day.
      var utc = Calendar(identifier: .gregorian)
      utc.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
      let noon = utc.date(from: DateComponents(year: ours.year, month: ours.month, day: ours.day, hour: 12))!
      let parts = chinese.dateComponents([.month, .day], from: noon)
      #expect(!(parts.month == 1 && parts.day == 1), "China's calendar agrees in \(year)")
    }
  }

  @Test func leapMonthsAreFoundAndConvertBack() {
    // 2023 had a leap 2nd month (tháng 2 nhuận) starting 22/03/2023; 2020 a leap 4th month.
    #expect(
      LunarCalendar.lunarDate(of: CivilDate(iso8601: "2023-03-22")!)
        == LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true))
    #expect(
      LunarCalendar.civilDate(of: LunarDate(year: 2020, month: 4, day: 1, isLeapMonth: true))
        == CivilDate(iso8601: "2020-05-23")!)
    #expect(LunarCalendar.civilDate(of: LunarDate(year: 2024, month: 5, day: 1, isLeapMonth: true)) == nil)
  }

  /// Across 1900–2199: every lunar month starting in the range converts back to its first day,
  /// months have 29 or 30 days, and years have 12 months or 13 with exactly one leap month.
  @Test func monthsHoldTogetherFrom1900To2199() {
    for year in LunarCalendar.supportedYears {
      var leapMonths = 0
      var months = 0
      var previous: CivilDate? = nil
      for month in 1...12 {
        for leap in [false, true] {
          guard let start = LunarCalendar.civilDate(of: LunarDate(year: year, month: month, day: 1, isLeapMonth: leap))
          else { continue }
          months += 1
          if leap { leapMonths += 1 }
          #expect(LunarCalendar.lunarDate(of: start) == LunarDate(year: year, month: month, day: 1, isLeapMonth: leap))
          if let previous {
            let length = previous.distance(to: start)
            #expect(length == 29 || length == 30, "month before \(month)/\(year) has \(length) days")
          }
          previous = start
        }
      }
      #expect(months == 12 + leapMonths && leapMonths <= 1, "year \(year): \(months) months")
    }
  }

  @Test func dayOfMonthAdvancesDayByDay() {
    var day = CivilDate(iso8601: "2023-01-01")!
    var last = LunarCalendar.lunarDate(of: day)
    for _ in 0..<800 {
      day = day + 1
      let next = LunarCalendar.lunarDate(of: day)
      #expect(next.day == last.day + 1 || (next.day == 1 && last.day >= 29))
      last = next
    }
  }
}
