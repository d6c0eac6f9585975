import Foundation
import Testing

@testable import InspectionPlan

/// One broken plan: a replacement in a small valid plan, and the message the loader must give.
struct LoaderCase: CustomTestStringConvertible, Sendable {
  let name: String
  let replace: String
  let with: String
  let message: String
  var testDescription: String { name }
}

struct PlanLoaderTests {
  /// A small valid plan that touches every nested object of the format.
  static let valid = """
    {
      "$schema": "plan.schema.json",
      "notes": "ghi chú",
      "id": "thu",
      "title": "Kế hoạch thử",
      "year": 2023,
      "decision": {"number": "1/QĐ-UBND", "date": "2023-03-01"},
      "agencies": [{"id": "so-noi-vu", "name": "Sở Nội vụ"}],
      "units": [{"id": "so-tu-phap", "name": "Sở Tư pháp", "kind": "provincial-department"}],
      "people": [{"id": "a", "name": "Nguyễn Văn A"}],
      "inspections": [
        {"id": "kt-01", "unit": "so-tu-phap", "window": {"from": "2023-08-01", "to": "2023-08-02"}, "leader": "a"}
      ],
      "settings": {
        "coverageTarget": {"percent": 30, "kinds": ["provincial-department"]},
        "communeSampling": {"min": 1, "max": 3},
        "reportDueRule": {"kind": "working-days-before-start", "workingDays": 3},
        "minReportLeadWorkingDays": 3
      },
      "calendar": {"extraHolidays": [{"date": "2023-08-19", "name": "Ngày truyền thống"}], "makeupWorkdays": []}
    }
    """

  func load(_ text: String) throws(PlanError) -> Plan {
    try PlanLoader.load(data: Data(text.utf8), file: "p.json")
  }

  @Test func theValidPlanLoads() throws {
    let plan = try load(Self.valid)
    #expect(plan.calendar.extraHolidays.count == 1)
    #expect(plan.settings.communeSampling?.max == 3)
  }

  @Test func aByteOrderMarkIsAccepted() throws {
    let plan = try PlanLoader.load(data: Data([0xEF, 0xBB, 0xBF] + Array(Self.valid.utf8)), file: "p.json")
    #expect(plan.id == "thu")
  }

  @Test func invalidUTF8IsNamedByLineAndColumn() {
    var bytes = Array(Self.valid.utf8)
    let at = bytes.firstIndex(of: UInt8(ascii: "K"))!
    bytes[at] = 0xFF
    #expect(throws: PlanError.invalidJSON(file: "p.json", line: 5, column: 13, reason: "tệp không phải văn bản UTF-8 hợp lệ (byte 0xFF)")) {
      try PlanLoader.load(data: Data(bytes), file: "p.json")
    }
  }

  static let cases: [LoaderCase] = [
    LoaderCase(
      name: "leading zero", replace: "\"year\": 2023", with: "\"year\": 02023",
      message: "p.json:6:11: JSON không hợp lệ: số không được bắt đầu bằng chữ số 0 ('02023')"),
    LoaderCase(
      name: "lone surrogate", replace: "\"Nguyễn Văn A\"", with: "\"x\\ud800\"",
      message: "p.json:10:36: JSON không hợp lệ: nửa cặp thay thế UTF-16 đứng một mình (\\ud800)"),
    LoaderCase(
      name: "lone low surrogate", replace: "\"Nguyễn Văn A\"", with: "\"\\udc00\\ud800\"",
      message: "p.json:10:35: JSON không hợp lệ: nửa cặp thay thế UTF-16 đứng một mình (\\udc00)"),
    LoaderCase(
      name: "duplicate key", replace: "\"year\": 2023,", with: "\"year\": 2023, \"year\": 2024,",
      message: "p.json:6:17: JSON không hợp lệ: khóa 'year' lặp lại trong cùng một đối tượng (đã có ở dòng 6)"),
    LoaderCase(
      name: "integer too large", replace: "\"year\": 2023", with: "\"year\": 100000000000000000000",
      message: "p.json: year: số 100000000000000000000 quá lớn (cần một số nguyên từ -9223372036854775808 đến 9223372036854775807)"),
    LoaderCase(
      name: "exponent for an integer", replace: "\"year\": 2023", with: "\"year\": 1e30",
      message: "p.json: year: cần một số nguyên, gặp 1e30 (không được có phần thập phân hay số mũ)"),
    LoaderCase(
      name: "fraction for an integer", replace: "\"year\": 2023", with: "\"year\": 2023.5",
      message: "p.json: year: cần một số nguyên, gặp 2023.5 (không được có phần thập phân hay số mũ)"),
    LoaderCase(
      name: "null where required", replace: "\"title\": \"Kế hoạch thử\"", with: "\"title\": null",
      message: "p.json: title: cần một chuỗi, gặp null"),
    LoaderCase(
      name: "typo in window", replace: "\"to\": \"2023-08-02\"", with: "\"to\": \"2023-08-02\", \"form\": \"2023-08-01\"",
      message: "p.json: inspections[0].window.form: khóa 'form' không được hỗ trợ (ý bạn là 'from'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in decision", replace: "\"number\": \"1/QĐ-UBND\"", with: "\"nunber\": \"1/QĐ-UBND\"",
      message: "p.json: decision.nunber: khóa 'nunber' không được hỗ trợ (ý bạn là 'number'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in calendar", replace: "\"extraHolidays\"", with: "\"extraHoliday\"",
      message: "p.json: calendar.extraHoliday: khóa 'extraHoliday' không được hỗ trợ (ý bạn là 'extraHolidays'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in a calendar entry", replace: "\"name\": \"Ngày truyền thống\"", with: "\"nam\": \"Ngày truyền thống\"",
      message: "p.json: calendar.extraHolidays[0].nam: khóa 'nam' không được hỗ trợ (ý bạn là 'name'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in coverage target", replace: "\"percent\": 30", with: "\"percent\": 30, \"sorce\": \"x\"",
      message: "p.json: settings.coverageTarget.sorce: khóa 'sorce' không được hỗ trợ (ý bạn là 'source'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in commune sampling", replace: "\"max\": 3", with: "\"max\": 3, \"mx\": 4",
      message: "p.json: settings.communeSampling.mx: khóa 'mx' không được hỗ trợ (ý bạn là 'max'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in agencies", replace: "\"name\": \"Sở Nội vụ\"", with: "\"name\": \"Sở Nội vụ\", \"nane\": \"x\"",
      message: "p.json: agencies[0].nane: khóa 'nane' không được hỗ trợ (ý bạn là 'name'?; các khóa hợp lệ: "),
    LoaderCase(
      name: "typo in report due rule", replace: "\"workingDays\": 3}", with: "\"workingDays\": 3, \"workingDay\": 3}",
      message: "p.json: settings.reportDueRule.workingDay: khóa 'workingDay' không được hỗ trợ (ý bạn là 'workingDays'?; các khóa hợp lệ: "),
  ]

  @Test(arguments: cases)
  func brokenPlansAreRefusedWithAVietnameseMessage(_ row: LoaderCase) throws {
    #expect(Self.valid.contains(row.replace))
    let text = Self.valid.replacingOccurrences(of: row.replace, with: row.with)
    do {
      _ = try load(text)
      Issue.record("loaded")
    } catch {
      // Unknown-key messages then list the valid keys, which grow with the format.
      #expect(error.message == row.message || (row.message.hasSuffix("hợp lệ: ") && error.message.hasPrefix(row.message)), "\(error.message)")
    }
  }

  /// Mutated plans never load silently into nonsense and never give an English message: every
  /// message names the file and has Vietnamese text.
  @Test func mutatedPlansGiveVietnameseMessages() {
    var random = SplitMix64(seed: 11)
    let base = Array(Self.valid.utf8)
    let pieces: [[UInt8]] = ["0", "-", "1e400", ".5", "\"", "{", "}", "[", "]", ",", ":", "null", "\\u", "\u{FF}", "99999999999999999999", "x"]
      .map { Array($0.utf8) }
    for _ in 0..<2000 {
      var bytes = base
      for _ in 0..<Int(random.next() % 3 + 1) {
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 3 {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: at)
        default: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        }
      }
      do {
        _ = try PlanLoader.load(data: Data(bytes), file: "p.json")
      } catch {
        let message = error.message
        #expect(message.hasPrefix("p.json"))
        #expect(message.dropFirst("p.json".count).unicodeScalars.contains { !$0.isASCII }, "\(message)")
        #expect(!message.contains("The given data"))
        #expect(!message.contains("Expected"))
      }
    }
  }
}
