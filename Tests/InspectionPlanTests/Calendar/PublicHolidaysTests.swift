import Testing

@testable import InspectionPlan

/// A year's days off for civil servants, as the government published them: the weekdays off
/// (holidays falling on weekdays, compensatory and swapped days) and the make-up Saturdays.
struct PublishedYear: CustomTestStringConvertible, Sendable {
  let year: Int
  let weekdaysOff: [String]
  let makeup: [String]
  var testDescription: String { "\(year)" }
}

struct PublicHolidaysTests {
  static let published: [PublishedYear] = [
    .init(
      year: 2020,
      weekdaysOff: [
        "01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02",
      ], makeup: []),
    .init(
      year: 2021,
      weekdaysOff: [
        "01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02",
        "09-03",
      ], makeup: []),
    .init(
      year: 2022,
      weekdaysOff: [
        "01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01",
        "09-02",
      ], makeup: []),
    .init(
      year: 2023,
      weekdaysOff: [
        "01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01",
        "09-04",
      ], makeup: []),
    .init(
      year: 2024,
      weekdaysOff: [
        "01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01",
        "09-02", "09-03",
      ], makeup: ["05-04"]),
    .init(
      year: 2025,
      weekdaysOff: [
        "01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02",
        "09-01", "09-02",
      ], makeup: ["02-08", "04-26"]),
    .init(
      year: 2026,
      weekdaysOff: [
        "01-01", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01", "09-01",
        "09-02",
      ], makeup: []),
  ]

  @Test(arguments: published)
  func matchesTheGovernmentsPublishedDaysOff(_ row: PublishedYear) {
    let calendar = WorkingCalendar(years: row.year...row.year)
    let start = CivilDate(year: row.year, month: 1, day: 1)!
    let end = CivilDate(year: row.year, month: 12, day: 31)!
    let weekdaysOff = (start...end).filter { !$0.weekday.isWeekend && !calendar.isWorkingDay($0) }
    #expect(weekdaysOff.map { String($0.iso8601.dropFirst(5)) } == row.weekdaysOff)
    let makeup = (start...end).filter { $0.weekday.isWeekend && calendar.isWorkingDay($0) }
    #expect(makeup.map { String($0.iso8601.dropFirst(5)) } == row.makeup)
  }

  @Test func lunarHolidaysCarryTheirLunarDate() {
    let days = PublicHolidays.days(in: 2023)
    let hungKings = days.first { $0.name == "Giỗ Tổ Hùng Vương" }!
    #expect(hungKings.date == CivilDate(iso8601: "2023-04-29")!)
    #expect(hungKings.lunar?.dayMonth == "10/3")
    #expect(days.first { $0.date == CivilDate(iso8601: "2023-01-22")! }?.lunar?.dayMonth == "1/1")
    #expect(days.first { $0.name == "Quốc khánh" }?.lunar == nil)
  }

  @Test func oneEntryPerDate() {
    for year in [2023, 2030, 2042, 2100] {
      let dates = PublicHolidays.days(in: year).map(\.date)
      #expect(Set(dates).count == dates.count)
      #expect(dates == dates.sorted())
    }
  }

  /// The default rule for years with no published decision: 2/9 on a Thursday (2027) takes
  /// 3/9; when 1/9 is a weekend day (2029, 2030) 3/9 too; otherwise 1/9 (2028, 2031).
  @Test(arguments: [(2027, "09-03"), (2028, "09-01"), (2029, "09-03"), (2030, "09-03"), (2031, "09-01")])
  func defaultRuleJoinsADayToNationalDay(year: Int, adjacent: String) {
    let day = PublicHolidays.days(in: year).first { $0.name == "Quốc khánh (ngày liền kề)" }
    #expect(day.map { String($0.date.iso8601.dropFirst(5)) } == adjacent)
  }

  @Test func defaultRuleGivesCompensatoryDaysAfterWeekendHolidays() {
    // 2028: 1/1 is a Saturday, so Monday 3/1 is off.
    let calendar = WorkingCalendar(years: 2028...2028)
    #expect(!calendar.isWorkingDay(CivilDate(iso8601: "2028-01-03")!))
    #expect(calendar.entry(on: CivilDate(iso8601: "2028-01-03")!)?.kind == .compensatory)
  }
}
