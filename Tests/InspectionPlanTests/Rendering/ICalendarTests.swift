import Testing

@testable import InspectionPlan

struct ICalendarTests {
  @Test func escapesTextAsRFC5545Says() {
    #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
  }

  @Test func foldsAt75OctetsWithoutSplittingCharacters() {
    let line = "SUMMARY:" + String(repeating: "Kiểm tra cải cách hành chính ", count: 6)
    let folded = ICalendar.fold(line)
    let physical = folded.components(separatedBy: "\r\n")
    #expect(physical.count > 1)
    #expect(physical.allSatisfy { $0.utf8.count <= 75 })
    #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
    // Unfolding gives the line back.
    #expect(physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
  }

  @Test func rendersCRLFAndTheRequiredHeader() {
    var calendar = ICalendar()
    calendar.begin("VEVENT")
    calendar.add("DTSTART;VALUE=DATE", ICalendar.date(CivilDate(iso8601: "2023-08-01")!))
    calendar.end("VEVENT")
    let text = calendar.rendered()
    #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
    #expect(text.contains("CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"))
    #expect(text.contains("DTSTART;VALUE=DATE:20230801\r\n"))
    #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
  }
}
