import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// Templates with Windows line ends work, and a file that is not a template is never quoted.
struct TemplateLookupTests {
  let root = OutlineCommandTests.root
  var context: RunContext { RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: root.path) }
  var template: String { root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt").path }

  @Test func aTemplateWithWindowsLineEndsParsesLikeTheOriginal() throws {
    let text = try String(contentsOfFile: template, encoding: .utf8)
    let lf = OutlineTemplateParser.parse(text)
    let crlf = OutlineTemplateParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(crlf.problems.isEmpty)
    #expect(crlf.template.title == lf.template.title)
    #expect(crlf.template.parts.count == lf.template.parts.count)
    #expect(crlf.template.appendices.count == lf.template.appendices.count)
  }

  @Test func aFileThatIsNotATemplateIsNotQuoted() throws {
    let directory = try makeTemporaryDirectory()
    let secret = directory.appendingPathComponent("secret.txt").path
    try "@mật-khẩu hunter2\nroot:x:0:0\n".write(toFile: secret, atomically: true, encoding: .utf8)
    let output = Tool.run(["outline", "Plans/binh-phuoc-2023.json", "--unit", "so-cong-thuong", "--template", secret], context: context)
    #expect(output.status == .usage)
    #expect(!output.stderr.contains("hunter2") && !output.stderr.contains("mật-khẩu") && !output.stderr.contains("root"))
    #expect(output.stderr.contains("không phải là tệp đề cương"))
  }
}
