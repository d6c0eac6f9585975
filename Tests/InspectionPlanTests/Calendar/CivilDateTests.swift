import Testing

@testable import InspectionPlan

struct CivilDateTests {
  @Test(arguments: [
    ("2023-02-30", false), ("2024-02-29", true), ("2023-02-29", false), ("2100-02-29", false),
    ("2000-02-29", true), ("2023-13-01", false), ("2023-00-10", false), ("2023-8-01", false),
    ("2023-08-01", true), ("23-08-01", false), ("2023-08-01x", false), ("", false),
    ("２０２３-08-01", false),
  ])
  func parsesOnlyRealISODates(text: String, valid: Bool) {
    #expect((CivilDate(iso8601: text) != nil) == valid)
  }

  @Test func roundTripsDayNumbersAcrossCenturies() {
    for number in stride(from: -80_000, through: 120_000, by: 7) {
      let date = CivilDate(dayNumber: number)
      #expect(date.dayNumber == number)
      #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
    }
  }

  @Test(arguments: [
    ("1970-01-01", Weekday.thursday), ("2023-07-30", .sunday), ("2023-09-01", .friday),
    ("2000-02-29", .tuesday), ("2199-12-31", .tuesday), ("1900-01-01", .monday),
  ])
  func knowsTheWeekday(text: String, weekday: Weekday) {
    #expect(CivilDate(iso8601: text)!.weekday == weekday)
  }

  @Test func formatsForFilesAndForPeople() {
    let date = CivilDate(year: 2023, month: 8, day: 1)!
    #expect(date.iso8601 == "2023-08-01")
    #expect(date.vietnamese == "01/08/2023")
  }

  @Test func arithmeticCrossesMonthAndYearEnds() {
    #expect(CivilDate(iso8601: "2023-02-28")! + 1 == CivilDate(iso8601: "2023-03-01")!)
    #expect(CivilDate(iso8601: "2024-01-01")! - 1 == CivilDate(iso8601: "2023-12-31")!)
    #expect(CivilDate(iso8601: "2023-08-01")!.distance(to: CivilDate(iso8601: "2023-08-08")!) == 7)
  }

  @Test func windowCountsBothEnds() {
    let window = DateWindow(from: CivilDate(iso8601: "2023-08-01")!, to: CivilDate(iso8601: "2023-08-08")!)
    #expect(window.calendarDays == 8)
    #expect(window.overlaps(DateWindow(from: window.to, to: window.to + 3)))
    #expect(!window.overlaps(DateWindow(from: window.to + 1, to: window.to + 3)))
  }
}
