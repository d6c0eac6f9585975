import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// One folder of `Fixtures/`: the arguments of a run and what it must print, byte for byte.
///
/// `args` holds one argument per line; the run's working directory is the folder itself, and
/// "today" is 15/09/2023 unless the folder has a `today` file. `RECORD_GOLDEN=1 swift test`
/// rewrites the expected files (and fails, so a recording is never mistaken for a pass).
struct GoldenCase: CustomTestStringConvertible, Sendable {
  let name: String
  let directory: URL

  var testDescription: String { name }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func all() throws -> [GoldenCase] {
    try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
      .filter { !$0.hasPrefix(".") }
      .map { GoldenCase(name: $0, directory: fixtures.appendingPathComponent($0)) }
  }

  func read(_ file: String) throws -> String? {
    let url = directory.appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    // Decoded by hand: Foundation's String(contentsOf:) would drop a byte-order mark.
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  func run() throws -> Output {
    let args = try read("args")!.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init).filter { !$0.isEmpty }
    let today = try read("today").flatMap {
      CivilDate(iso8601: $0.trimmingCharacters(in: .whitespacesAndNewlines))
    } ?? CivilDate(year: 2023, month: 9, day: 15)!
    return Tool.run(args, context: RunContext(today: today, workingDirectory: directory.path))
  }
}

struct GoldenTests {
  @Test(arguments: try GoldenCase.all())
  func outputMatchesGoldenFiles(_ golden: GoldenCase) throws {
    let output = try golden.run()
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      let write = { (name: String, text: String) in
        try Data(text.utf8).write(to: golden.directory.appendingPathComponent(name))
      }
      try write("expected.stdout", output.stdout)
      try write("expected.stderr", output.stderr)
      try write("expected.status", "\(output.status.rawValue)\n")
      Issue.record("recorded \(golden.name); run again without RECORD_GOLDEN")
      return
    }
    #expect(output.stdout == (try golden.read("expected.stdout") ?? ""))
    #expect(output.stderr == (try golden.read("expected.stderr") ?? ""))
    #expect("\(output.status.rawValue)\n" == (try golden.read("expected.status")))
  }
}
