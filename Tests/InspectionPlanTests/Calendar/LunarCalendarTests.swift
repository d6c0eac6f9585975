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
    // UTC+8 before 1968: these came out a day early at UTC+7.
    .init(year: 1903, civil: "1903-01-29"), .init(year: 1935, civil: "1935-02-04"),
    .init(year: 1965, civil: "1965-02-02"),
    // Vietnam (UTC+7) and China (UTC+8) differ.
    .init(year: 1969, civil: "1969-02-16"), .init(year: 2030, civil: "2030-02-02"),
    .init(year: 2053, civil: "2053-02-18"),
  ]

  /// Giỗ Tổ Hùng Vương (10/3 lunar) as published.
  static let hungKings: [PublishedDay] = [
    .init(year: 2019, civil: "2019-04-14"), .init(year: 2020, civil: "2020-04-02"),
    .init(year: 2021, civil: "2021-04-21"), .init(year: 2022, civil: "2022-04-10"),
    .init(year: 2023, civil: "2023-04-29"), .init(year: 2024, civil: "2024-04-18"),
    .init(year: 2025, civil: "2025-04-07"), .init(year: 2026, civil: "2026-04-26"),
    .init(year: 1916, civil: "1916-04-12"), .init(year: 1917, civil: "1917-04-30"),
    .init(year: 1939, civil: "1939-04-29"),
  ]

  /// One row of `Fixtures/lunar-reference.tsv`.
  struct Reference: Sendable {
    let year: Int
    let tetPublished, gioToPublished, tetAstro, gioToAstro: CivilDate
  }

  static let references: [Reference] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/lunar-reference.tsv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
      let f = line.split(separator: "\t").map(String.init)
      guard f.count == 5, let year = Int(f[0]) else { return nil }
      let d = f.dropFirst().compactMap { CivilDate(iso8601: $0) }
      guard d.count == 4 else { return nil }
      return Reference(year: year, tetPublished: d[0], gioToPublished: d[1], tetAstro: d[2], gioToAstro: d[3])
    }
  }()

  /// Tết and Giỗ Tổ for every year 1900–2199 against the recorded references: the independent
  /// astronomical computation in every year, and the published table in every year but 1916 and
  /// 1925, where the table departs from the astronomy at UTC+8 (see Fixtures/README.md).
  @Test func tetAndGioToMatchTheReferenceFrom1900To2199() {
    #expect(Self.references.map(\.year) == Array(1900...2199))
    var offAstro: [Int] = []
    var offPublished: [Int] = []
    for row in Self.references {
      let tet = LunarCalendar.tet(row.year)
      let gioTo = LunarCalendar.civilDate(of: LunarDate(year: row.year, month: 3, day: 10))
      if tet != row.tetAstro || gioTo != row.gioToAstro { offAstro.append(row.year) }
      if tet != row.tetPublished || gioTo != row.gioToPublished { offPublished.append(row.year) }
      #expect(LunarCalendar.lunarDate(of: tet) == LunarDate(year: row.year, month: 1, day: 1))
    }
    #expect(offAstro == [])
    #expect(offPublished == [1916, 1925])
  }

  /// No day of 1900–2199 maps to day 0 (or beyond 30); 2054-05-07 and 2062-04-09 are 30/3 and 30/2.
  @Test func noDayIsDayZero() {
    #expect(LunarCalendar.lunarDate(of: CivilDate(iso8601: "2054-05-07")!) == LunarDate(year: 2054, month: 3, day: 30))
    #expect(LunarCalendar.lunarDate(of: CivilDate(iso8601: "2062-04-09")!) == LunarDate(year: 2062, month: 2, day: 30))
    var day = CivilDate(iso8601: "1900-01-31")!
    let end = CivilDate(iso8601: "2199-12-31")!
    var previous = LunarCalendar.lunarDate(of: day)
    var bad: [String] = []
    while day < end {
      day = day + 1
      let lunar = LunarCalendar.lunarDate(of: day)
      let follows = lunar.day == previous.day + 1 || (lunar.day == 1 && previous.day >= 29)
      if !(1...30).contains(lunar.day) || !follows { bad.append(day.iso8601) }
      previous = lunar
    }
    #expect(bad.isEmpty, "\(bad.prefix(5))")
  }

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
