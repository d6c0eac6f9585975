import Foundation
import Testing

@testable import InspectionPlan

struct CalendarExportsTests {
  let plan: Plan
  init() throws { plan = try PlanLoader.load(path: SeedPlanTests.path) }

  /// RFC 5545 unfolding: a CRLF followed by a space continues the previous line.
  static func unfold(_ text: String) -> [String] {
    text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test func icsHasTenVisitEventsOnTheRightDays() {
    let text = CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(iso8601: "2023-07-01")!)
    #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let lines = Self.unfold(text)
    var events: [[String]] = []
    for line in lines {
      if line == "BEGIN:VEVENT" { events.append([]) } else if !events.isEmpty { events[events.count - 1].append(line) }
    }
    let visits = events.filter { $0.contains { $0.hasPrefix("UID:") && $0.hasSuffix("-visit@kiemtra") } }
    #expect(visits.count == 10)
    #expect(events.count == 20)
    let first = visits[0]
    #expect(first.contains("DTSTART;VALUE=DATE:20230801"))
    #expect(first.contains("DTEND;VALUE=DATE:20230809"))  // exclusive end
    #expect(first.contains("SUMMARY:Kiểm tra CCHC: Sở Công Thương"))
    let lastVisit = visits[9]
    #expect(lastVisit.contains("DTSTART;VALUE=DATE:20231116") && lastVisit.contains("DTEND;VALUE=DATE:20231201"))
    let report = events.first { $0.contains("UID:binh-phuoc-2023-kt-01-report@kiemtra") }!
    #expect(report.contains("DTSTART;VALUE=DATE:20230731"))  // the effective due date
    #expect(report.contains("TRIGGER:-P5D"))  // 3 working days before Monday 31/07 is Wednesday 26/07
    #expect(lines.contains("METHOD:PUBLISH") && lines.contains("CALSCALE:GREGORIAN"))
  }

  @Test func icsEscapesTextValues() {
    let text = Self.unfold(CalendarExports.ics(plan: plan, visits: plan.visits(), stamp: CivilDate(iso8601: "2023-07-01")!))
    let description = text.first { $0.hasPrefix("DESCRIPTION:Từ ngày 01/08/2023") }!
    #expect(description.contains("\\nTrưởng đoàn: Bà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ\\n"))
    #expect(description.contains("thủ tục hành chính\\, Văn phòng UBND tỉnh\\; Ông Ngô Quang Thanh"))
  }

  @Test func personCalendarHasOnlyTheirVisits() {
    var edited = plan
    edited.inspections[3].members = edited.teams[0].members.filter { $0 != "ngo-quoc-huy" }
    #expect(edited.visits(of: "ngo-quoc-huy").count == 9)
    #expect(edited.visits(of: "huynh-thi-be-nam").count == 10)
  }

  @Test func csvIsExcelFriendlyRFC4180() {
    let text = CalendarExports.csv(visits: plan.visits())
    #expect(text.hasPrefix("\u{FEFF}STT,Mã,Đối tượng kiểm tra,"))
    #expect(text.hasSuffix("\r\n"))
    // Members are joined with newlines inside one quoted field.
    #expect(text.contains("\"Ông Trịnh Quang Hạnh - Phó Trưởng phòng phụ trách Phòng Xây dựng chính quyền, Công tác thành niên"))
    let semicolon = CalendarExports.csv(visits: plan.visits(), delimiter: ";")
    #expect(semicolon.contains("1;kt-01;Sở Công Thương;sở, ban, ngành tỉnh;2023-08-01;2023-08-08;6;"))
  }

  @Test(arguments: [("a", "a"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("x\ny", "\"x\ny\"")])
  func csvQuotesOnlyWhenNeeded(field: String, expected: String) {
    #expect(CSV.field(field) == expected)
  }

  @Test func jsonListsEveryVisitWithEffectiveDue() throws {
    let data = Data(CalendarExports.json(plan: plan, visits: plan.visits()).utf8)
    let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let inspections = object["inspections"] as! [[String: Any]]
    #expect(inspections.count == 10)
    #expect(inspections[6]["reportDue"] as? String == "2023-09-30")
    // Bù Đăng, "trước ngày 30/09/2023" (Saturday): the last day is Friday 29/09.
    #expect(inspections[6]["effectiveReportDue"] as? String == "2023-09-29")
    #expect(inspections[3]["workingDays"] as? Int == 4)
  }

  @Test func ganttHasOneBarPerVisitAndNoExternalReferences() {
    let html = GanttPage.html(plan: plan, visits: plan.visits())
    #expect(html.components(separatedBy: "class=\"visit\"").count - 1 == 10)
    #expect(html.components(separatedBy: "class=\"due\"").count - 1 == 10)
    #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
  }
}
