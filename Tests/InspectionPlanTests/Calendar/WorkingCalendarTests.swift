import Testing

@testable import InspectionPlan

struct WorkingCalendarTests {
  let calendar = WorkingCalendar(years: 2022...2026)

  func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  @Test func countsWorkingDaysInAWindowAroundNationalDay() {
    // 01/09/2023 (adjacent day) and 04/09/2023 (compensatory) are off; 02–03/09 a weekend.
    #expect(calendar.workingDays(in: DateWindow(from: day("2023-09-01"), to: day("2023-09-08"))) == 4)
    #expect(calendar.firstWorkingDay(in: DateWindow(from: day("2023-09-01"), to: day("2023-09-08"))) == day("2023-09-05"))
  }

  @Test func leadFromWednesdayToNextMondayIsThree() {
    #expect(calendar.workingDays(after: day("2025-03-12"), through: day("2025-03-17")) == 3)
    #expect(calendar.workingDays(after: day("2025-03-17"), through: day("2025-03-12")) == -3)
    #expect(calendar.workingDays(after: day("2025-03-17"), through: day("2025-03-17")) == 0)
  }

  @Test(arguments: [
    ("2025-03-14", 3, "2025-03-19"),  // Friday + 3 working days
    ("2025-03-19", -3, "2025-03-14"),
    ("2023-08-30", 2, "2023-09-05"),  // across Quốc khánh 2023
    ("2024-05-03", 1, "2024-05-04"),  // make-up Saturday 04/05/2024 is a working day
    ("2023-01-19", 1, "2023-01-27"),  // across Tết 2023
    ("2023-01-19", 0, "2023-01-19"),
  ])
  func addsWorkingDays(start: String, count: Int, expected: String) {
    #expect(calendar.adding(workingDays: count, to: day(start)) == day(expected))
  }

  @Test func rollsToNextWorkingDay() {
    #expect(calendar.workingDay(onOrAfter: day("2023-07-30")) == day("2023-07-31"))
    #expect(calendar.workingDay(onOrAfter: day("2023-09-01")) == day("2023-09-05"))
    #expect(calendar.workingDay(onOrAfter: day("2023-09-05")) == day("2023-09-05"))
    #expect(calendar.workingDay(onOrBefore: day("2023-09-04")) == day("2023-08-31"))
  }

  @Test func namesWhyADayIsOff() {
    #expect(calendar.reasonOff(day("2023-09-02")) == "Quốc khánh")
    #expect(calendar.reasonOff(day("2023-07-30")) == "Chủ nhật")
    #expect(calendar.reasonOff(day("2023-07-31")) == nil)
  }

  @Test func planAdditionsWinOverTheNationalTable() {
    let custom = WorkingCalendar(
      years: 2023...2023,
      additions: [
        CalendarDay(date: day("2023-07-31"), kind: .holiday, name: "Ngày nghỉ của tỉnh"),
        CalendarDay(date: day("2023-08-05"), kind: .makeupWorkday, name: "Làm bù"),
      ])
    #expect(!custom.isWorkingDay(day("2023-07-31")))
    #expect(custom.isWorkingDay(day("2023-08-05")))
  }
}
