import Foundation
import Testing

@testable import InspectionPlan

struct DueDateRow: CustomTestStringConvertible, Sendable {
  let text: String
  let wording: DueWording
  let lastDay: String
  let stated: String
  var testDescription: String { "\(text) \(wording)" }
}

struct DueDateTests {
  static let rows: [DueDateRow] = [
    .init(text: "2023-09-30", wording: .before, lastDay: "2023-09-29", stated: "trước ngày 30/09/2023"),
    .init(text: "2023-09-30", wording: .by, lastDay: "2023-09-30", stated: "chậm nhất ngày 30/09/2023"),
    .init(text: "2024-03-01", wording: .before, lastDay: "2024-02-29", stated: "trước ngày 01/03/2024"),
    .init(text: "2024-01", wording: .before, lastDay: "2024-01-31", stated: "trong tháng 01/2024"),
    .init(text: "2024-02", wording: .by, lastDay: "2024-02-29", stated: "trong tháng 02/2024"),
    .init(text: "2024-Q1", wording: .before, lastDay: "2024-03-31", stated: "trong quý I/2024"),
    .init(text: "2024-Q4", wording: .by, lastDay: "2024-12-31", stated: "trong quý IV/2024"),
    .init(text: "2024", wording: .before, lastDay: "2024-12-31", stated: "trong năm 2024"),
    .init(text: "2023-12", wording: .by, lastDay: "2023-12-31", stated: "trong tháng 12/2023"),
  ]

  @Test(arguments: rows)
  func lastDayFollowsTheWording(_ row: DueDateRow) throws {
    let due = try #require(DueDate(text: row.text))
    #expect(due.text == row.text)
    #expect(due.lastDay(planWording: row.wording) == CivilDate(iso8601: row.lastDay)!)
    #expect(due.stated(planWording: row.wording) == row.stated)
  }

  @Test(arguments: ["", "2024-13", "2024-Q5", "2024-Q0", "24", "2024-1", "2023-02-30", "2024-01-01-01", "２０２４", "2024-q1"])
  func rejectsMalformedText(_ text: String) {
    #expect(DueDate(text: text) == nil)
  }

  @Test func perDateWordingOverridesThePlans() {
    let due = DueDate(day: CivilDate(iso8601: "2023-09-30")!, wording: .by)
    #expect(due.lastDay(planWording: .before) == CivilDate(iso8601: "2023-09-30")!)
    #expect(due.stated(planWording: .before) == "chậm nhất ngày 30/09/2023")
  }

  @Test func decodesStringsAndObjectsAndRoundTrips() throws {
    let json = #"["2023-09-30", "2024-Q1", {"date": "2023-10-30", "wording": "by"}]"#
    let dues = try JSONDecoder().decode([DueDate].self, from: Data(json.utf8))
    #expect(dues.map(\.text) == ["2023-09-30", "2024-Q1", "2023-10-30"])
    #expect(dues.map(\.wording) == [nil, nil, .by])
    let again = try JSONDecoder().decode([DueDate].self, from: JSONEncoder().encode(dues))
    #expect(again == dues)
  }

  @Test func badValuesAreNamedInVietnamese() {
    for (json, part) in [
      (#"["2024-13"]"#, "'2024-13' không phải là hạn hợp lệ"),
      (#"[{"date": "2024-01-01", "wording": "truoc"}]"#, "'truoc' không phải là cách ghi hạn hợp lệ"),
      (#"[{"date": "2024-01-01", "wordin": "by"}]"#, "khóa 'wordin' không được hỗ trợ"),
    ] {
      do {
        _ = try JSONDecoder().decode([DueDate].self, from: Data(json.utf8))
        Issue.record("accepted \(json)")
      } catch let DecodingError.dataCorrupted(context) {
        #expect(context.debugDescription.contains(part), "\(context.debugDescription)")
      } catch {
        Issue.record("\(error)")
      }
    }
  }
}
