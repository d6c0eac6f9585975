import Testing

@testable import KiemTraCLI

struct ArgumentsTests {
  @Test func readsBothSpellingsOfAValueAndRemovesThem() throws {
    var arguments = Arguments(["--format=json", "plan.json", "--as-of", "2023-08-01"], command: "check")
    #expect(try arguments.value("--format") == "json")
    #expect(try arguments.value("--as-of") == "2023-08-01")
    #expect(try arguments.positionals(known: []) == ["plan.json"])
  }

  @Test func optionWithoutItsValueIsAnError() {
    var arguments = Arguments(["plan.json", "--format"], command: "check")
    #expect(throws: UsageError.self) { try arguments.value("--format") }
    var next = Arguments(["--format", "--as-of", "x"], command: "check")
    #expect(throws: UsageError.self) { try next.value("--format") }
  }

  @Test func unknownOptionSuggestsTheNearestOne() {
    var arguments = Arguments(["--withn", "3", "plan.json"], command: "deadlines")
    #expect(throws: UsageError("tùy chọn '--withn' không tồn tại (ý bạn là '--within'?)", command: "deadlines")) {
      try arguments.positionals(known: ["--format", "--within", "--as-of"])
    }
  }

  @Test func flagsTakeNoValue() throws {
    var arguments = Arguments(["--force", "x"], command: "outline")
    #expect(try arguments.flag("--force"))
    #expect(try !arguments.flag("--force"))
    var bad = Arguments(["--force=yes"], command: "outline")
    #expect(throws: UsageError.self) { try bad.flag("--force") }
  }

  @Test(arguments: [("check", "chek", 1), ("", "abc", 3), ("format", "fromat", 2)])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(Arguments.editDistance(a, b) == distance)
  }
}
