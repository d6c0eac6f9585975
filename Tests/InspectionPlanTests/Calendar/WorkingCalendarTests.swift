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

/// The week-jumping arithmetic agrees with walking the days, and stays fast on huge spans.
struct WorkingCalendarArithmeticTests {
  let calendar = WorkingCalendar(
    years: 2022...2025,
    additions: [
      CalendarDay(date: CivilDate(year: 2023, month: 8, day: 19)!, kind: .makeupWorkday, name: "Làm bù"),
      CalendarDay(date: CivilDate(year: 2023, month: 8, day: 23)!, kind: .holiday, name: "Nghỉ riêng"),
    ])

  func walkedCount(_ from: CivilDate, _ to: CivilDate) -> Int {
    guard from <= to else { return 0 }
    return (from...to).filter(calendar.isWorkingDay).count
  }

  func walkedAdd(_ count: Int, _ day: CivilDate) -> CivilDate {
    var day = day
    var left = abs(count)
    while left > 0 {
      day = day + (count < 0 ? -1 : 1)
      if calendar.isWorkingDay(day) { left -= 1 }
    }
    return day
  }

  @Test func countsAndAdditionsAgreeWithWalkingTheDays() {
    var random = InspectionPlan.SplitMix64(seed: 2023)
    let base = CivilDate(year: 2021, month: 12, day: 1)!
    for _ in 0..<400 {
      let a = base + random.below(1600)
      let b = a + random.below(120) - 10
      #expect(calendar.workingDays(in: DateWindow(from: a, to: b)) == walkedCount(a, b), "\(a)–\(b)")
      let n = random.below(80) - 40
      #expect(calendar.adding(workingDays: n, to: a) == walkedAdd(n, a), "\(n) from \(a)")
    }
  }

  @Test func hugeSpansAnswerAtOnce() {
    let start = CivilDate(year: 0, month: 1, day: 1)!
    let end = CivilDate(year: 9999, month: 12, day: 31)!
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(calendar.workingDays(in: DateWindow(from: start, to: end)) > 2_600_000)
      #expect(calendar.adding(workingDays: 1_000_000_000_000_000, to: start) > end)
      #expect(calendar.adding(workingDays: -1_000_000_000, to: end) < start)
      #expect(calendar.firstWorkingDay(in: DateWindow(from: start, to: end)) == CivilDate(year: 0, month: 1, day: 3))
    }
    #expect(elapsed < .seconds(1))
  }
}
