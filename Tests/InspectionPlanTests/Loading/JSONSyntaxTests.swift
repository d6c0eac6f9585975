import Testing

@testable import InspectionPlan

struct JSONSyntaxTests {
  @Test(arguments: [
    ("{\"a\": 1}", nil),
    ("{\n  \"a\": 1\n  \"b\": 2\n}", "3:3"),
    ("[1, 2,]", "1:7"),
    ("{\"tên\": \"Phú Riềng\" x}", "1:21"),
    ("{\"a\": tru}", "1:7"),
    ("", "1:1"),
    ("{\"a\": \"x\n\"}", "1:9"),
    ("[1] 2", "1:5"),
  ] as [(String, String?)])
  func reportsLineAndColumnOfTheFirstError(text: String, position: String?) {
    do {
      try JSONSyntax.validate(Array(text.utf8))
      #expect(position == nil)
    } catch {
      #expect("\(error.line):\(error.column)" == position)
    }
  }
}
