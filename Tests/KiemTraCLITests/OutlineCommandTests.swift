import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

struct OutlineCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  let directory: URL
  let context: RunContext

  init() throws {
    directory = try makeTemporaryDirectory()
    context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: Self.root.path)
  }

  func run(_ arguments: [String]) -> Output { Tool.run(arguments, context: context) }

  @Test func allWritesTenFilesAndRefusesToOverwriteThem() throws {
    let out = directory.appendingPathComponent("de-cuong").path
    let first = run(["outline", "Plans/binh-phuoc-2023.json", "--all", "-o", out])
    #expect(first.status == .success)
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files.count == 10)
    #expect(files.contains("so-cong-thuong.md") && files.contains("ubnd-loc-ninh.md"))

    let marker = URL(fileURLWithPath: out).appendingPathComponent("bhxh-tinh.md")
    try "sửa tay".write(to: marker, atomically: true, encoding: .utf8)
    let second = run(["outline", "Plans/binh-phuoc-2023.json", "--all", "-o", out])
    #expect(second.status == .usage)
    #expect(second.stderr.contains("--force"))
    #expect(try String(contentsOf: marker, encoding: .utf8) == "sửa tay")

    let forced = run(["outline", "Plans/binh-phuoc-2023.json", "--all", "-o", out, "--force"])
    #expect(forced.status == .success)
    #expect(try String(contentsOf: marker, encoding: .utf8).hasPrefix("# Đề cương báo cáo: Bảo hiểm xã hội tỉnh"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == 10)  // no temporary files left
  }

  @Test func singleFileIsNotOverwrittenWithoutForce() throws {
    let file = directory.appendingPathComponent("ct.html").path
    #expect(run(["outline", "Plans/binh-phuoc-2023.json", "--unit", "so-cong-thuong", "--format", "html", "-o", file]).status == .success)
    let again = run(["outline", "Plans/binh-phuoc-2023.json", "--unit", "so-cong-thuong", "-o", file])
    #expect(again.status == .usage)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
  }

  @Test func templateNameThatIsAPathIsRefused() throws {
    var plan = try String(contentsOfFile: Self.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path, encoding: .utf8)
    plan = plan.replacingOccurrences(of: "\"de-cuong-cchc-cds-2023.txt\"", with: "\"../../etc/passwd\"")
    let path = directory.appendingPathComponent("plan.json").path
    try plan.write(toFile: path, atomically: true, encoding: .utf8)
    let output = run(["outline", path, "--unit", "so-cong-thuong"])
    #expect(output.status == .usage)
    #expect(output.stderr.contains("phải là tên tệp trong thư mục Templates/"))
  }
}

extension OutlineCommandTests {
  @Test func docxForAllUnitsIsWrittenOncePerUnitAndIsStable() throws {
    let out = directory.appendingPathComponent("docx").path
    let first = run(["outline", "Plans/binh-phuoc-2023.json", "--all", "--format", "docx", "-o", out])
    #expect(first.status == .success, "\(first.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files.count == 10 && files.allSatisfy { $0.hasSuffix(".docx") })
    let before = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("ubnd-loc-ninh.docx"))
    #expect(before.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP archive
    let again = run(["outline", "Plans/binh-phuoc-2023.json", "--all", "--format", "docx", "-o", out, "--force"])
    #expect(again.status == .success)
    let after = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("ubnd-loc-ninh.docx"))
    #expect(before == after)
  }
}
