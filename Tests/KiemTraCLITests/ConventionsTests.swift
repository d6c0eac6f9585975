import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// Command-line conventions every command follows.
struct ConventionsTests {
  var context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: OutlineCommandTests.root.path)

  func run(_ arguments: [String]) -> Output { Tool.run(arguments, context: context) }

  @Test(arguments: Help.commands.filter { $0 != "help" })
  func everyCommandHasHelp(command: String) {
    for flag in ["--help", "-h"] {
      let output = run([command, flag])
      #expect(output.status == .success, "\(command) \(flag)")
      #expect(output.stdout == Help.usage(for: command))
      #expect(output.stderr.isEmpty)
    }
  }

  @Test func dashReadsThePlanFromStandardInput() throws {
    let plan = try [UInt8](Data(contentsOf: OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json")))
    var context = context
    context.standardInput = { plan }
    let output = Tool.run(["check", "-", "--format", "json"], context: context)
    // Read "trước ngày" (the bundled plan's dueWording "before"), the plan has warnings, no error.
    #expect(output.status == .success)
    #expect(output.stdout.contains("\"id\": \"binh-phuoc-2023\""))
    #expect(output.stdout.contains("report-lead-time-short"))
    context.standardInput = { Array("{".utf8) }
    #expect(Tool.run(["check", "-"], context: context).stderr.hasPrefix("lỗi: (đầu vào chuẩn):1:2: JSON không hợp lệ"))
  }

  @Test func scheduleToStandardOutputPrintsThePlan() {
    let output = run(["schedule", "Plans/binh-phuoc-2023.json", "--replan", "-o", "-"])
    #expect(output.status == .success)
    #expect(output.stdout.hasPrefix("{\n  \"$schema\": \"plan.schema.json\","))
    #expect(output.stderr.contains("Đã xếp 10/10"))
  }

  @Test func aRepeatedOptionIsNamedAsRepeated() {
    let output = run(["check", "Plans/binh-phuoc-2023.json", "--format", "json", "--format=text"])
    #expect(output.status == .usage)
    #expect(output.stderr.hasPrefix("lỗi: tùy chọn '--format' được cho 2 lần (chỉ được cho một lần)\n"))
  }

  @Test func aNegativeYearIsAYearNotAnOption() {
    let output = run(["holidays", "-1"])
    #expect(output.status == .usage)
    #expect(output.stderr.hasPrefix("lỗi: '-1' không phải là năm"))
  }

  @Test func aMistypedCommandGetsOneLine() {
    let output = run(["chek", "Plans/binh-phuoc-2023.json"])
    #expect(output.status == .usage)
    #expect(output.stderr == "lỗi: lệnh 'chek' không tồn tại (ý bạn là 'check'?); xem 'kiemtra help'\n")
    #expect(output.stdout.isEmpty)
  }
}
