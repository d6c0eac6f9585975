import Foundation
import Testing

@testable import InspectionPlan

/// One bad decisions file and the message it must give (file, JSON path, reason).
struct BadDecisionsFile: CustomTestStringConvertible, Sendable {
  let name: String
  let json: String
  let message: String
  var testDescription: String { name }
}

struct HolidayDecisionsTests {
  @Test func bundledDecisionsLoadAndCiteTheirSources() {
    let bundled = HolidayDecisions.bundled
    #expect(bundled.years == Array(2020...2026))
    for year in bundled.years { #expect(!(bundled[year]?.sources.isEmpty ?? true)) }
    let sources2026 = bundled[2026]?.sources.joined(separator: " ") ?? ""
    #expect(sources2026.contains("9441/TB-BNV ngày 16/10/2025"))
    #expect(sources2026.contains("12729/VPCP-KGVX ngày 25/12/2025"))
    #expect(bundled[2025]?.swaps == [
      .init(dayOff: CivilDate(iso8601: "2025-05-02")!, workday: CivilDate(iso8601: "2025-04-26")!)
    ])
  }

  static let bad: [BadDecisionsFile] = [
    .init(
      name: "impossible date",
      json: #"{"decisions": [{"year": 2027, "sources": ["x"], "daysOff": [{"date": "2027-02-30", "name": "x"}]}]}"#,
      message: "u.json: decisions[0].daysOff[0].date: '2027-02-30' không phải là ngày hợp lệ (cần dạng YYYY-MM-DD)"),
    .init(
      name: "make-up day on a weekday",
      json: #"{"decisions": [{"year": 2027, "sources": ["x"], "swaps": [{"dayOff": "2027-04-29", "workday": "2027-05-05"}]}]}"#,
      message: "u.json: decisions[0].swaps[0].workday: '2027-05-05' là thứ Tư (ngày làm bù phải là thứ Bảy hoặc Chủ nhật)"),
    .init(
      name: "swap with two same days",
      json: #"{"decisions": [{"year": 2027, "sources": ["x"], "swaps": [{"dayOff": "2027-05-08", "workday": "2027-05-08"}]}]}"#,
      message: "u.json: decisions[0].swaps[0]: ngày nghỉ và ngày làm bù trùng nhau ('2027-05-08')"),
    .init(
      name: "year decided twice",
      json: #"{"decisions": [{"year": 2027, "sources": ["a"]}, {"year": 2028, "sources": ["b"]}, {"year": 2027, "sources": ["c"]}]}"#,
      message: "u.json: decisions[2].year: năm 2027 đã có quyết định ở decisions[0] (mỗi năm chỉ một mục)"),
    .init(
      name: "year out of range",
      json: #"{"decisions": [{"year": 2012, "sources": ["x"]}]}"#,
      message: "u.json: decisions[0].year: năm 2012 nằm ngoài khoảng được hỗ trợ 2013–2199"),
    .init(
      name: "no source",
      json: #"{"decisions": [{"year": 2027, "sources": []}]}"#,
      message: "u.json: decisions[0].sources: cần ít nhất một văn bản nguồn (số, ngày, cơ quan ban hành), không để trống"),
    .init(
      name: "Tết break without Tết",
      json: #"{"decisions": [{"year": 2027, "sources": ["x"], "tetBreak": {"from": "2027-03-01", "to": "2027-03-05"}}]}"#,
      message: "u.json: decisions[0].tetBreak: đợt nghỉ Tết 01/03/2027–05/03/2027 phải chứa mùng 1 Tết (06/02/2027) và dài tối đa 16 ngày"),
    .init(
      name: "unknown key",
      json: #"{"decisions": [{"year": 2027, "sources": ["x"], "swap": []}]}"#,
      message: "u.json: decisions[0].swap: khóa 'swap' không được hỗ trợ (các khóa hợp lệ: year, sources, tetBreak, nationalDayAdjacent, swaps, daysOff, notes)"),
    .init(
      name: "JSON syntax",
      json: "{\"decisions\": [\n  {\"year\": 2027,}\n]}",
      message: "u.json:2:17: JSON không hợp lệ: "),
  ]

  @Test(arguments: bad)
  func badFileIsRefusedNamingThePlace(_ row: BadDecisionsFile) {
    do {
      _ = try HolidayDecisions.load(data: Data(row.json.utf8), file: "u.json")
      Issue.record("accepted")
    } catch {
      #expect(error.message.hasPrefix(row.message), "\(error.message)")
    }
  }

  @Test func missingFileIsNamed() {
    #expect(throws: PlanError.invalidValue(file: "khong-co.json", path: "", reason: "không đọc được tệp ngày nghỉ: tệp không tồn tại")) {
      try HolidayDecisions.load(path: "/nonexistent/khong-co.json", shown: "khong-co.json")
    }
  }

  /// Any JSON text either loads or throws a `PlanError`; it never crashes.
  @Test func mutatedFilesNeverCrash() {
    let base = Array(#"{"decisions": [{"year": 2027, "sources": ["x"], "tetBreak": {"from": "2027-02-04", "to": "2027-02-10"}, "swaps": [{"dayOff": "2027-04-29", "workday": "2027-05-08"}]}]}"#.utf8)
    var generator = SystemRandomNumberGenerator()
    var accepted = 0
    for _ in 0..<400 {
      var bytes = base
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        let i = Int.random(in: 0..<bytes.count, using: &generator)
        bytes[i] = UInt8.random(in: 32...126, using: &generator)
      }
      if (try? HolidayDecisions.load(data: Data(bytes), file: "f.json")) != nil { accepted += 1 }
    }
    #expect(accepted < 400)
    #expect((try? HolidayDecisions.load(data: Data(base), file: "f.json")) != nil)
  }
}
