import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

struct OutputFileTests {
  let directory: URL
  let context: RunContext
  let plan: String

  init() throws {
    directory = try makeTemporaryDirectory()
    context = RunContext(today: CivilDate(year: 2023, month: 9, day: 15)!, workingDirectory: directory.path)
    plan = directory.appendingPathComponent("p.json").path
    try FileManager.default.copyItem(atPath: OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json").path, toPath: plan)
  }

  func run(_ arguments: [String]) -> Output { Tool.run(arguments, context: context) }

  /// Every other spelling of the plan is recognised as the plan, and the plan is left untouched.
  @Test(arguments: ["//p.json", "/./p.json", "/sub/../p.json", "/link.json", "/hard.json"])
  func scheduleNeverWritesOverItsInput(spelling: String) throws {
    try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(atPath: directory.path + "/link.json", withDestinationPath: plan)
    try? FileManager.default.linkItem(atPath: plan, toPath: directory.path + "/hard.json")
    let before = try Data(contentsOf: URL(fileURLWithPath: plan))
    let output = run(["schedule", plan, "--replan", "-o", directory.path + spelling, "--force"])
    #expect(output.status == .usage, "\(output)")
    #expect(output.stderr.contains("tệp đầu vào") || output.stderr.contains("trùng với kế hoạch gốc") || output.stderr.contains("không phải là tệp thường"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
  }

  @Test func budgetAndCalendarNeverWriteOverThePlanEither() throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: plan))
    #expect(run(["calendar", plan, "-o", directory.path + "/./p.json", "--force"]).status == .usage)
    #expect(run(["outline", plan, "--unit", "so-cong-thuong", "-o", directory.path + "//p.json", "--force"]).status == .usage)
    #expect(try Data(contentsOf: URL(fileURLWithPath: plan)) == before)
  }

  @Test func aDeviceIsNeverReplaced() {
    let output = run(["calendar", plan, "-o", "/dev/null", "--force"])
    #expect(output.status == .usage)
    #expect(output.stderr == "lỗi: /dev/null: không phải là tệp thường (liên kết, thiết bị hoặc ống); không ghi vào đó\n")
    var info = stat()
    #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aSymbolicLinkIsNotReplaced() throws {
    let target = directory.appendingPathComponent("target.md").path
    try "giữ".write(toFile: target, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/out.md", withDestinationPath: target)
    let output = run(["calendar", plan, "-o", "out.md", "--force"])
    #expect(output.status == .usage)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "giữ")
  }

  @Test func dashWritesToStandardOutput() {
    let output = run(["calendar", plan, "--format", "csv", "-o", "-"])
    #expect(output.status == .success)
    #expect(output.stdout.hasPrefix("\u{FEFF}STT,"))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
  }

  /// Twenty writers racing for one new name: exactly one wins, the others are told it exists.
  @Test func racingWritersCannotBothCreateOneFile() async throws {
    let target = directory.appendingPathComponent("race.txt").path
    let results = await withTaskGroup(of: Bool.self) { group in
      for i in 0..<20 {
        group.addTask {
          (try? OutputFile.write("writer \(i)\n", to: target, force: false)) != nil
        }
      }
      var wins = 0
      for await won in group where won { wins += 1 }
      return wins
    }
    #expect(results == 1)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func aFullDiskIsNamed() throws {
    // /dev/full answers every write with ENOSPC; the message must say the disk is full.
    #expect(OutputFile.describe(ENOSPC, "x.md").message == "x.md: không ghi được tệp: ổ đĩa đầy")
  }

  @Test func outlineAllWritesNothingWhenOneNameIsTaken() throws {
    let out = directory.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try "của tôi".write(to: out.appendingPathComponent("ubnd-loc-ninh.md"), atomically: true, encoding: .utf8)
    let template = OutlineCommandTests.root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt").path
    let output = run(["outline", plan, "--all", "-o", out.path, "--template", template])
    #expect(output.stderr.contains("chưa ghi tệp nào"))
    #expect(output.status == .usage)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["ubnd-loc-ninh.md"])
  }

  @Test func outlineAllWritesOneFilePerVisit() throws {
    var text = try String(contentsOfFile: plan, encoding: .utf8)
    // Visit Sở Công Thương twice: the second visit gets its own outline.
    text = text.replacingOccurrences(of: "\"unit\": \"so-tai-nguyen-moi-truong\"", with: "\"unit\": \"so-cong-thuong\"")
    try text.write(toFile: plan, atomically: true, encoding: .utf8)
    let out = directory.appendingPathComponent("out").path
    let template = OutlineCommandTests.root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt").path
    let output = run(["outline", plan, "--all", "-o", out, "--template", template])
    #expect(output.status == .success, "\(output)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(files.count == 10)
    #expect(files.contains("so-cong-thuong-kt-01.md") && files.contains("so-cong-thuong-kt-02.md"))
  }
}
