import Testing

@testable import InspectionPlan

struct WrittenDateTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: WrittenDate.Timing?
    var testDescription: String { text }
  }

  static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

  @Test(arguments: [
    Row(text: "Từ ngày 01/8/2023 đến hết ngày 08/8/2023", expected: .days(DateWindow(from: day(2023, 8, 1), to: day(2023, 8, 8)), part: nil)),
    Row(text: "Từ ngày 01/8 đến ngày 08/8/2023", expected: .days(DateWindow(from: day(2023, 8, 1), to: day(2023, 8, 8)), part: nil)),
    Row(text: "Ngày 04/9/2025", expected: .days(DateWindow(from: day(2025, 9, 4), to: day(2025, 9, 4)), part: nil)),
    Row(text: "Sáng ngày 04/9/2025", expected: .days(DateWindow(from: day(2025, 9, 4), to: day(2025, 9, 4)), part: "morning")),
    Row(text: "Ngày 04/9/2025 (buổi chiều)", expected: .days(DateWindow(from: day(2025, 9, 4), to: day(2025, 9, 4)), part: "afternoon")),
    Row(text: "Tháng 10/2025", expected: .month(year: 2025, month: 10)),
    Row(text: "Trong tháng 10", expected: .month(year: 2024, month: 10)),
    Row(text: "Quý III/2025", expected: .quarter(year: 2025, quarter: 3)),
    Row(text: "Quý IV", expected: .quarter(year: 2024, quarter: 4)),
    Row(text: "2023-08-01 đến hết ngày 2023-08-08", expected: .days(DateWindow(from: day(2023, 8, 1), to: day(2023, 8, 8)), part: nil)),
    Row(text: "Từ ngày 31/2/2025", expected: nil),
    Row(text: "Tháng 13/2025", expected: nil),
    Row(text: "sẽ thông báo sau", expected: nil),
  ])
  func readsTheTimingOfAVisit(_ row: Row) {
    #expect(WrittenDate.timing(row.text, year: 2024) == row.expected)
  }

  @Test func dueDateIsTheDateAfterTruocNgay() {
    #expect(WrittenDate.dueDate(in: "báo cáo trước ngày 30/7/2023.", year: nil) == Self.day(2023, 7, 30))
    #expect(WrittenDate.dueDate(in: "báo cáo trước ngày 30/7", year: 2023) == Self.day(2023, 7, 30))
    #expect(WrittenDate.dueDate(in: "báo cáo ngày 30/7/2023", year: nil) == nil)
  }
}
