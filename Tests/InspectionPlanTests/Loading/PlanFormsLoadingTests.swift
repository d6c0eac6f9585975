import Foundation
import Testing

@testable import InspectionPlan

/// The plan file's forms for teams, several units, half days, planned periods and kinds: what
/// loads, and the Vietnamese message naming the place of what does not.
struct PlanFormsLoadingTests {
  static let valid = """
    {
      "id": "thu", "title": "Kế hoạch thử", "year": 2027,
      "units": [
        {"id": "so-a", "name": "Sở A", "kind": "provincial-department"},
        {"id": "xa-a", "name": "UBND xã A", "kind": "commune-level", "parent": "huyện cũ"},
        {"id": "xa-b", "name": "UBND xã B", "kind": "commune-level"},
        {"id": "bv", "name": "Bệnh viện tỉnh", "kind": "public-service-unit"}
      ],
      "people": [{"id": "a", "name": "Nguyễn Văn A"}, {"id": "b", "name": "Trần Thị B"}, {"id": "c", "role": "Chuyên viên"}],
      "teams": [
        {"id": "doan-1", "name": "Đoàn kiểm tra số 1", "leader": "a", "deputies": ["b"], "standingDeputy": "b",
         "secretaries": ["c"], "decision": {"number": "5/QĐ-UBND", "date": "2027-03-01", "issuer": "Chủ tịch UBND tỉnh"}}
      ],
      "inspections": [
        {"id": "kt-01", "units": ["xa-a", "xa-b"], "team": "doan-1", "window": {"from": "2027-05-18", "to": "2027-05-18", "part": "morning"}},
        {"id": "kt-02", "unit": "so-a", "team": "doan-1", "kind": "thematic", "areas": ["thu-tuc-hanh-chinh"], "window": {"month": "2027-10"}, "tentative": true, "workingDays": 2},
        {"id": "kt-03", "unit": "bv", "team": "doan-1", "kind": "unannounced", "window": {"quarter": "2027-Q3"}, "leader": "b", "deputies": []}
      ],
      "settings": {
        "coverageTargets": [
          {"kinds": ["provincial-department"], "percent": 30, "source": "Kế hoạch CCHC"},
          {"kinds": ["commune-level"], "min": 2}
        ]
      }
    }
    """

  func load(_ text: String) throws(PlanError) -> Plan {
    try PlanLoader.load(data: Data(text.utf8), file: "p.json")
  }

  @Test func everyFormLoads() throws {
    let plan = try load(Self.valid)
    #expect(plan.teams[0].standingDeputy == "b")
    #expect(plan.teams[0].decision?.issuer == "Chủ tịch UBND tỉnh")
    #expect(plan.inspections[0].units == ["xa-a", "xa-b"])
    #expect(plan.inspections[0].window?.part == .morning)
    #expect(plan.inspections[1].period == .month(year: 2027, month: 10))
    #expect(plan.inspections[1].tentative && plan.inspections[1].areas == [.administrativeProcedures])
    #expect(plan.inspections[2].period == .quarter(year: 2027, quarter: 3))
    #expect(plan.inspections[2].kind == .unannounced && plan.inspections[2].deputies == [])
    #expect(plan.units[1].parent == "huyện cũ")
    #expect(plan.settings.coverageTargets.map(\.min) == [nil, 2])
    #expect(PlannedPeriod.quarter(year: 2027, quarter: 3).range == S.window("2027-07-01", "2027-09-30"))
  }

  typealias S = Sample

  @Test func formsSurviveARoundTripThroughTheEncoder() throws {
    let plan = try load(Self.valid)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let again = try load(String(decoding: try encoder.encode(plan), as: UTF8.self))
    #expect(again.inspections.map(\.units) == plan.inspections.map(\.units))
    #expect(again.inspections.map(\.period) == plan.inspections.map(\.period))
    #expect(again.inspections.map(\.window) == plan.inspections.map(\.window))
    #expect(again.inspections.map(\.kind) == plan.inspections.map(\.kind))
    #expect(again.inspections.map { $0.roster(team: again.teams[0]) } == plan.inspections.map { $0.roster(team: plan.teams[0]) })
  }

  struct BadCase: CustomTestStringConvertible, Sendable {
    let name: String
    let replace: String
    let with: String
    let message: String
    var testDescription: String { name }
  }

  static let bad: [BadCase] = [
    BadCase(
      name: "half day on several days", replace: "\"to\": \"2027-05-18\", \"part\"", with: "\"to\": \"2027-05-19\", \"part\"",
      message: "p.json: inspections[0].window.part: 'part' (buổi sáng hoặc chiều) chỉ dùng cho cuộc kiểm tra trong một ngày, nhưng 'from' 2027-05-18 khác 'to' 2027-05-19"),
    BadCase(
      name: "unknown half", replace: "\"part\": \"morning\"", with: "\"part\": \"evening\"",
      message: "p.json: inspections[0].window.part: 'evening' không phải là buổi hợp lệ (cần một trong: morning, afternoon)"),
    BadCase(
      name: "unit and units", replace: "\"units\": [\"xa-a\", \"xa-b\"]", with: "\"unit\": \"so-a\", \"units\": [\"xa-a\"]",
      message: "p.json: inspections[0].units: chỉ dùng một trong hai khóa 'unit' (một đơn vị) hoặc 'units' (nhiều đơn vị)"),
    BadCase(
      name: "no unit", replace: "\"units\": [\"xa-a\", \"xa-b\"]", with: "\"units\": []",
      message: "p.json: inspections[0].units: cần ít nhất một đơn vị"),
    BadCase(
      name: "month thirteen", replace: "\"month\": \"2027-10\"", with: "\"month\": \"2027-13\"",
      message: "p.json: inspections[1].window.month: '2027-13' không phải là tháng (cần YYYY-MM, ví dụ 2025-10)"),
    BadCase(
      name: "fifth quarter", replace: "\"quarter\": \"2027-Q3\"", with: "\"quarter\": \"2027-Q5\"",
      message: "p.json: inspections[2].window.quarter: '2027-Q5' không phải là quý (cần YYYY-Qn, ví dụ 2025-Q3)"),
    BadCase(
      name: "month with days", replace: "{\"month\": \"2027-10\"}", with: "{\"month\": \"2027-10\", \"from\": \"2027-10-01\"}",
      message: "p.json: inspections[1].window.from: khóa 'from' không dùng cùng với 'month' hoặc 'quarter' (chỉ một trong: {\"from\", \"to\"}, {\"month\"}, {\"quarter\"})"),
    BadCase(
      name: "unknown kind", replace: "\"kind\": \"unannounced\"", with: "\"kind\": \"surprise\"",
      message: "p.json: inspections[2].kind: 'surprise' không phải là loại hình kiểm tra hợp lệ (cần một trong: on-site, unannounced, thematic, desk-review)"),
    BadCase(
      name: "unknown area", replace: "[\"thu-tuc-hanh-chinh\"]", with: "[\"tthc\"]",
      message: "p.json: inspections[1].areas[0]: 'tthc' không phải là lĩnh vực hợp lệ (cần một trong: chi-dao-dieu-hanh, the-che, thu-tuc-hanh-chinh, to-chuc-bo-may, che-do-cong-vu, tai-chinh-cong, chinh-quyen-so, chuyen-doi-so)"),
    BadCase(
      name: "areas on an ordinary visit", replace: "\"kind\": \"thematic\", ", with: "",
      message: "p.json: inspections[1].areas: 'areas' chỉ dùng cho cuộc kiểm tra chuyên đề (\"kind\": \"thematic\")"),
    BadCase(
      name: "standing deputy who is no deputy", replace: "\"standingDeputy\": \"b\"", with: "\"standingDeputy\": \"c\"",
      message: "p.json: teams[0].standingDeputy: 'c' không có trong danh sách 'deputies' của đoàn"),
    BadCase(
      name: "deputy and deputies", replace: "\"leader\": \"b\", \"deputies\": []", with: "\"deputy\": \"a\", \"deputies\": []",
      message: "p.json: inspections[2].deputies: chỉ dùng một trong hai khóa 'deputy' (một Phó Trưởng đoàn) hoặc 'deputies'"),
    BadCase(
      name: "coverage with both forms", replace: "\"min\": 2}", with: "\"min\": 2, \"percent\": 20}",
      message: "p.json: settings.coverageTargets[1]: cần đúng một trong hai khóa 'percent' (tỷ lệ phần trăm) hoặc 'min' (số đơn vị tối thiểu)"),
    BadCase(
      name: "team id not a slug", replace: "\"id\": \"doan-1\"", with: "\"id\": \"Đoàn 1\"",
      message: "p.json: teams[0].id: 'Đoàn 1' không phải là mã hợp lệ (chỉ gồm chữ thường không dấu, chữ số và '-', ví dụ 'ubnd-phu-rieng')"),
  ]

  @Test(arguments: bad)
  func brokenFormsAreRefusedWithTheirPlace(_ row: BadCase) {
    #expect(Self.valid.contains(row.replace), "fixture no longer holds the text to replace")
    let text = Self.valid.replacingOccurrences(of: row.replace, with: row.with)
    do {
      _ = try load(text)
      Issue.record("loaded")
    } catch {
      #expect(error.message == row.message)
    }
  }
}
