import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// `decision`, `notify` and the `--format xlsx` workbooks, run in process on the bundled plan.
struct DocumentCommandsTests {
  let directory: URL
  let context: RunContext

  init() throws {
    directory = try makeTemporaryDirectory()
    context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: OutlineCommandTests.root.path)
  }

  func run(_ arguments: [String]) -> Output { Tool.run(arguments, context: context) }

  @Test func notifyAllWritesANoticeAndAnOutlinePerUnitAndNeverOverwrites() throws {
    let out = directory.path
    let first = run(["notify", "Plans/binh-phuoc-2023.json", "--all", "-o", out])
    #expect(first.status == .success, "\(first.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files.filter { $0.hasSuffix("-thong-bao.docx") }.count == 10)
    #expect(files.filter { $0.hasSuffix("-de-cuong.docx") }.count == 10)
    #expect(first.stderr.contains("decision.number"))  // says which blanks are left to fill
    let before = try Data(contentsOf: directory.appendingPathComponent("bhxh-tinh-thong-bao.docx"))
    let second = run(["notify", "Plans/binh-phuoc-2023.json", "--all", "-o", out])
    #expect(second.status == .usage)
    #expect(second.stderr.contains("--force"))
    let forced = run(["notify", "Plans/binh-phuoc-2023.json", "--all", "-o", out, "--force"])
    #expect(forced.status == .success)
    #expect(try Data(contentsOf: directory.appendingPathComponent("bhxh-tinh-thong-bao.docx")) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).count == 20)
  }

  @Test func notifyOneUnit() throws {
    let result = run(["notify", "Plans/binh-phuoc-2023.json", "--unit", "ubnd-loc-ninh", "-o", directory.path])
    #expect(result.status == .success)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["ubnd-loc-ninh-de-cuong.docx", "ubnd-loc-ninh-thong-bao.docx"])
  }

  @Test func decisionWritesWithBlanksAndSaysWhich() throws {
    let out = directory.appendingPathComponent("quyet-dinh.docx").path
    let result = run(["decision", "Plans/binh-phuoc-2023.json", "-o", out])
    #expect(result.status == .success)
    #expect(result.stderr.contains("số quyết định (decision.number)"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let again = run(["decision", "Plans/binh-phuoc-2023.json", "-o", out])
    #expect(again.status == .usage)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)
    #expect(run(["decision", "Plans/binh-phuoc-2023.json", "-o", out, "--force"]).status == .success)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)  // byte-identical on a second run
  }

  @Test(arguments: [["calendar", "--format", "xlsx"], ["budget", "--format", "xlsx"], ["deadlines", "--format", "xlsx", "--as-of", "2023-08-15"]])
  func workbooksAreWritten(arguments: [String]) throws {
    let out = directory.appendingPathComponent("\(arguments[0]).xlsx").path
    let result = run([arguments[0], "Plans/binh-phuoc-2023.json"] + arguments.dropFirst() + ["-o", out])
    #expect(result.status == .success, "\(result.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
  }
}
