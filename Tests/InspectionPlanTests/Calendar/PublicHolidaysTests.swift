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
      ], makeup: ["04-26"]),
    // TB 9441/TB-BNV of 16/10/2025 (Tết, 31/08 against Saturday 22/08) and Công văn
    // 12729/VPCP-KGVX of 25/12/2025 (02/01 against Saturday 10/01).
    .init(
      year: 2026,
      weekdaysOff: [
        "01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01",
        "08-31", "09-01", "09-02",
      ], makeup: ["01-10", "08-22"]),
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

  /// The real Tết breaks 2020–2026 (weekends included), as the decisions set them.
  static let realTetBreaks: [(Int, String, String)] = [
    (2020, "2020-01-23", "2020-01-29"), (2021, "2021-02-10", "2021-02-16"),
    (2022, "2022-01-29", "2022-02-06"), (2023, "2023-01-20", "2023-01-26"),
    (2024, "2024-02-08", "2024-02-14"), (2025, "2025-01-25", "2025-02-02"),
    (2026, "2026-02-14", "2026-02-22"),
  ]

  /// Replaying the default rule on years that had a decision reproduces every real Tết break:
  /// computed with no decisions at all, the days off around Tết are the decided ones.
  @Test func defaultRuleReproducesEveryRealTetBreak() {
    var reproduced = 0
    for (year, from, to) in Self.realTetBreaks {
      let real = DateWindow(from: CivilDate(iso8601: from)!, to: CivilDate(iso8601: to)!)
      #expect(PublicHolidays.defaultTetBreak(year: year) == real, "Tết \(year)")
      let replayed = WorkingCalendar(years: year...year, decisions: HolidayDecisions())
      let decided = WorkingCalendar(years: year...year)
      let around = DateWindow(from: real.from - 10, to: real.to + 10)
      let same = around.days.allSatisfy { replayed.isWorkingDay($0) == decided.isWorkingDay($0) }
      #expect(same, "days off around Tết \(year)")
      if PublicHolidays.defaultTetBreak(year: year) == real && same { reproduced += 1 }
    }
    #expect(reproduced == 7)
  }

  /// Tết breaks of 2017–2019 as the press reported the government's notices (the notices
  /// themselves are not encoded: their numbers could not be established): the default rule gives
  /// the same days. 2017: 26/01–01/02 (batgt.camau.gov.vn, "Chính thức có lịch nghỉ Tết Âm lịch
  /// 2017"); 2018: seven days with two before Tết, 14/02–20/02 (baoninhbinh.org.vn); 2019:
  /// 02/02–10/02 (docnhanh.vn, 04/12/2018).
  @Test(arguments: [(2017, "2017-01-26", "2017-02-01"), (2018, "2018-02-14", "2018-02-20"), (2019, "2019-02-02", "2019-02-10")])
  func defaultRuleMatchesReportedTetBreaks2017To2019(year: Int, from: String, to: String) {
    let reported = DateWindow(from: CivilDate(iso8601: from)!, to: CivilDate(iso8601: to)!)
    #expect(HolidayDecisions.bundled[year] == nil)
    #expect(PublicHolidays.defaultTetBreak(year: year) == reported)
  }

  /// The day joined to 2/9 by the default rule is the decided one in every year 2021–2026.
  @Test func defaultRuleReproducesTheDayJoinedToNationalDay() {
    for year in 2021...2026 {
      let decided = HolidayDecisions.bundled[year]?.nationalDayAdjacent
      let replayed = PublicHolidays.days(in: year, decisions: HolidayDecisions())
        .first { $0.name == "Quốc khánh (ngày liền kề)" }?.date
      #expect(decided != nil && replayed == decided, "\(year)")
    }
  }

  /// 2027 has no decision: Tết starts on Saturday 06/02, so Thursday 04/02 (before the five Tết
  /// days 05–09/02) and Wednesday 10/02 (after them) are the compensatory days.
  @Test func year2027FollowsTheDefaultRule() {
    #expect(HolidayDecisions.bundled[2027] == nil)
    let compensatory = PublicHolidays.days(in: 2027)
      .filter { $0.kind == .compensatory && $0.name == "Nghỉ bù Tết Nguyên đán" }.map(\.date.iso8601)
    #expect(compensatory == ["2027-02-04", "2027-02-10"])
    let calendar = WorkingCalendar(years: 2027...2027)
    let offFebruary = DateWindow(from: CivilDate(iso8601: "2027-02-01")!, to: CivilDate(iso8601: "2027-02-14")!)
      .days.filter { !calendar.isWorkingDay($0) }.map(\.day)
    #expect(offFebruary == [4, 5, 6, 7, 8, 9, 10, 13, 14])
  }

  /// 2025 has no make-up Saturday 08/02: a Saturday like any other.
  @Test func year2025HasNoMakeupSaturdayInFebruary() {
    let calendar = WorkingCalendar(years: 2025...2025)
    #expect(!calendar.isWorkingDay(CivilDate(iso8601: "2025-02-08")!))
    #expect(calendar.workingDay(onOrAfter: CivilDate(iso8601: "2025-02-08")!) == CivilDate(iso8601: "2025-02-10")!)
  }

  /// Labour Code 2012 (2013–2020): 2/9 alone, no adjacent day; Labour Code 2019 from 2021.
  @Test(arguments: [2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020])
  func labourCode2012YearsHaveNationalDayAlone(year: Int) {
    let days = PublicHolidays.days(in: year)
    #expect(!days.contains { $0.name == "Quốc khánh (ngày liền kề)" })
    #expect(days.filter { $0.kind == .holiday && $0.name == "Tết Nguyên đán" }.count == 5)
    #expect(PublicHolidays.labourCode(for: year) == "Điều 115 Bộ luật Lao động 2012")
  }

  @Test func supportsYears2013To2199() {
    #expect(PublicHolidays.supportedYears == 2013...2199)
    #expect(PublicHolidays.labourCode(for: 2021) == "Điều 112 Bộ luật Lao động 2019")
    // 2013: Tết on Sunday 10/02; the five days 09–13/02 give back Friday 08/02 and Thursday 14/02.
    #expect(PublicHolidays.defaultTetBreak(year: 2013)
      == DateWindow(from: CivilDate(iso8601: "2013-02-08")!, to: CivilDate(iso8601: "2013-02-14")!))
  }

  /// A user's decision for a year replaces the shipped one, and its extra day off is a day off.
  @Test func userDecisionAddsADayOff() {
    let made = HolidayDecision(
      year: 2027, sources: ["Ví dụ (không phải văn bản thật)"],
      daysOff: [.init(date: CivilDate(iso8601: "2027-11-24")!, name: "Ngày nghỉ ví dụ")])
    let decisions = HolidayDecisions.bundled.overriding(with: HolidayDecisions([made]))
    let calendar = WorkingCalendar(years: 2027...2027, decisions: decisions)
    #expect(!calendar.isWorkingDay(CivilDate(iso8601: "2027-11-24")!))
    #expect(calendar.entry(on: CivilDate(iso8601: "2027-11-24")!)?.name == "Ngày nghỉ ví dụ")
    #expect(WorkingCalendar(years: 2027...2027).isWorkingDay(CivilDate(iso8601: "2027-11-24")!))
    // The rest of 2027 still follows the default rule.
    #expect(!calendar.isWorkingDay(CivilDate(iso8601: "2027-02-04")!))
  }

  /// For every undecided year 2027–2199, the default rule gives back each weekend Tết day on a
  /// weekday, so the five Tết days always cost five working days, and the break is contiguous.
  @Test func defaultRuleGivesFiveWorkingDaysForTetEveryYear() {
    for year in 2027...2199 {
      let tet = LunarCalendar.tet(year)
      let tetDays = (-1...3).map { tet + $0 }
      let weekendTetDays = tetDays.filter(\.weekday.isWeekend).count
      let days = PublicHolidays.days(in: year)
      let given = days.filter { $0.kind == .compensatory && $0.name == "Nghỉ bù Tết Nguyên đán" }
      #expect(given.count == weekendTetDays, "\(year)")
      #expect(given.allSatisfy { !$0.date.weekday.isWeekend }, "\(year)")
      let calendar = WorkingCalendar(years: year...year)
      let tetBreak = PublicHolidays.defaultTetBreak(year: year)
      #expect(tetBreak.days.allSatisfy { !calendar.isWorkingDay($0) }, "break \(year) has a working day")
      #expect(tetBreak.days.filter { !$0.weekday.isWeekend }.count == 5, "\(year)")
    }
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
    for year in [2013, 2016, 2023, 2030, 2042, 2100, 2199] {
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
