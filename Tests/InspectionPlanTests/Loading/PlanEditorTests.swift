import Foundation
import Testing

@testable import InspectionPlan

struct PlanEditorTests {
  static let seedURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Plans/binh-phuoc-2023.json")

  func apply(_ edits: [PlanEdit], _ text: String) throws -> String {
    String(decoding: try PlanEditor.apply(edits, to: Array(text.utf8)), as: UTF8.self)
  }

  /// Lines of `new` that differ from `old` (both split on "\n"), as "-old" / "+new".
  func changedLines(_ old: String, _ new: String) -> [String] {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false)
    guard a.count == b.count else { return ["line count \(a.count) → \(b.count)"] }
    return zip(a, b).filter { $0 != $1 }.flatMap { ["-" + $0, "+" + $1] }
  }

  @Test func noEditsGiveTheSameBytes() throws {
    let seed = try Data(contentsOf: Self.seedURL)
    #expect(try PlanEditor.apply([], to: seed) == seed)
    for text in ["{}", " [ 1 ,2 ] \n", "\u{FEFF}{\"a\" :1}", "{\r\n\t\"a\": \"\\u00e9\"\r\n}\r\n"] {
      #expect(try apply([], text) == text)
    }
  }

  @Test func settingOneDateChangesOneLineOfTheSeedPlan() throws {
    let seed = try String(contentsOf: Self.seedURL, encoding: .utf8)
    let new = try apply([.set("inspections[3].window.to", to: .string("2023-09-09"))], seed)
    #expect(changedLines(seed, new) == ["-        \"to\": \"2023-09-08\"", "+        \"to\": \"2023-09-09\""])
    let plan = try PlanLoader.load(data: Data(new.utf8), file: "x")
    #expect(plan.inspections[3].window?.to == CivilDate(iso8601: "2023-09-09"))
  }

  @Test func settingAnEqualObjectKeepsItsBytes() throws {
    let text = "{\"w\": { \"to\" :\"b\",\n \"from\":\"a\" }}"
    #expect(try apply([.set("w", to: .object([("from", .string("a")), ("to", .string("b"))]))], text) == text)
  }

  @Test func settingAnObjectUpdatesItKeyByKey() throws {
    let text = """
      {
        "window": {
          "from": "2023-08-01",
          "part": "morning",
          "to": "2023-08-01"
        }
      }
      """
    let new = try apply([.set("window", to: .object([("from", .string("2023-08-02")), ("to", .string("2023-08-01"))]))], text)
    #expect(
      new == """
        {
          "window": {
            "from": "2023-08-02",
            "to": "2023-08-01"
          }
        }
        """)
  }

  @Test func aMissingKeyIsInsertedWhereTheKeyOrderPutsIt() throws {
    let text = """
      {
        "id": "kt-01",
        "unit": "so-noi-vu",  "leader": "a"
      }
      """
    let order = ["id", "unit", "window", "leader", "reportDue"]
    let new = try apply(
      [
        .set("window", to: .object([("from", .string("2023-08-01")), ("to", .string("2023-08-02"))]), keyOrder: order),
        .set("reportDue", to: .string("2023-07-28"), keyOrder: order),
      ], text)
    #expect(
      new == """
        {
          "id": "kt-01",
          "unit": "so-noi-vu",
          "window": {
            "from": "2023-08-01",
            "to": "2023-08-02"
          },  "leader": "a",
          "reportDue": "2023-07-28"
        }
        """)
  }

  @Test func aKeyOutsideTheKeyOrderGoesLast() throws {
    #expect(try apply([.set("c", to: .int(3), keyOrder: ["a", "b"])], "{\"a\": 1, \"b\": 2}") == "{\"a\": 1, \"b\": 2, \"c\": 3}")
    #expect(try apply([.set("a", to: .int(1), keyOrder: ["a", "b"])], "{\"b\": 2}") == "{\"a\": 1, \"b\": 2}")
  }

  @Test func newValuesFollowTheFileStyle() throws {
    // Tabs and CRLF.
    let text = "{\r\n\t\"a\" : [\r\n\t\t1\r\n\t]\r\n}\r\n"
    let new = try apply([.set("b", to: .object([("c", .array([.int(1), .string("x")]))]))], text)
    #expect(new == "{\r\n\t\"a\" : [\r\n\t\t1\r\n\t],\r\n\t\"b\" : {\r\n\t\t\"c\" : [\r\n\t\t\t1,\r\n\t\t\t\"x\"\r\n\t\t]\r\n\t}\r\n}\r\n")
    // A file on one line stays on one line.
    #expect(try apply([.set("b", to: .object([("c", .int(1)), ("d", .int(2))]))], "{\"a\":1}") == "{\"a\":1, \"b\":{\"c\":1, \"d\":2}}")
  }

  @Test func appendingToArrays() throws {
    #expect(try apply([.append("a", .int(3))], "{\"a\": [1, 2]}") == "{\"a\": [1, 2, 3]}")
    #expect(try apply([.append("a", .int(3))], "{\n  \"a\": []\n}") == "{\n  \"a\": [\n    3\n  ]\n}")
    #expect(
      try apply([.append("a", .string("z"))], "{\n  \"a\": [\n    \"x\"\n  ]\n}") == "{\n  \"a\": [\n    \"x\",\n    \"z\"\n  ]\n}")
  }

  @Test(arguments: [
    ("a", "{\n  \"b\": 2,\n  \"c\": 3\n}"),
    ("b", "{\n  \"a\": 1,\n  \"c\": 3\n}"),
    ("c", "{\n  \"a\": 1,\n  \"b\": 2\n}"),
    ("zz", "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}"),
  ])
  func removingKeys(key: String, expected: String) throws {
    let text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}"
    #expect(try apply([.remove(JSONPath([.key(key)]))], text) == expected)
  }

  @Test func removingTheOnlyKeyAndArrayElements() throws {
    #expect(try apply([.remove("a")], "{ \"a\": 1 }") == "{}")
    #expect(try apply([.remove("x[2]")], "{\"x\": [1, 2, 3]}") == "{\"x\": [1, 2]}")
    #expect(try apply([.remove("x[0]")], "{\"x\": [1, 2, 3]}") == "{\"x\": [2, 3]}")
  }

  @Test func missingPathsAreErrorsNamingThePath() {
    #expect(throws: PlanEditError.noSuchPath("a.b.c", reason: "không có khóa 'b'")) {
      try apply([.set("a.b.c", to: .null)], "{\"a\": {}}")
    }
    #expect(throws: PlanEditError.noSuchPath("a[5]", reason: "không có phần tử [5] (mảng có 1 phần tử)")) {
      try apply([.set("a[5]", to: .null)], "{\"a\": [1]}")
    }
    #expect(throws: PlanEditError.noSuchPath("a", reason: "không phải là một mảng")) {
      try apply([.append("a", .null)], "{\"a\": {}}")
    }
    #expect(throws: PlanEditError.invalidJSON(line: 1, column: 8, reason: "khóa 'a' lặp lại trong cùng một đối tượng (đã có ở dòng 1)")) {
      try apply([], "{\"a\":1,\"a\":2}")
    }
  }

  @Test func encodableValuesAreWrittenAsTheModelEncodesThem() throws {
    let window = DateWindow(from: CivilDate(year: 2023, month: 8, day: 1)!, to: CivilDate(year: 2023, month: 8, day: 3)!)
    let new = try apply([try .set("w", encoding: window)], "{\"w\": null}")
    #expect(new == "{\"w\": {\"from\": \"2023-08-01\", \"to\": \"2023-08-03\"}}")
  }

  @Test(arguments: ["inspections[3].window.to", "a", "a.b[0][12].c", "[\"a.b\"].c", "x[\"\"]"])
  func pathsRoundTrip(text: String) throws {
    let path = try #require(JSONPath(parsing: text))
    #expect(path.description == text)
  }

  @Test(arguments: ["a.", ".a", "a..b", "a[", "a[x]", "a]b", "a[1]b"])
  func malformedPathsAreRejected(text: String) {
    #expect(JSONPath(parsing: text) == nil)
  }

  // MARK: - Property tests

  /// Random documents in random styles, one random edit each: the result parses, holds the edit,
  /// and every value away from the edited path keeps its exact bytes.
  @Test func randomEditsKeepEverythingElse() throws {
    var random = SplitMix64(seed: 0x6B69_656D_7472_61)
    for round in 0..<600 {
      let value = ReferenceJSON.random(&random, depth: 0)
      let style = RandomStyle.random(&random)
      let text = style.render(value, &random)
      let old = try JSONSyntax.parse(Array(text.utf8))
      let paths = ReferenceJSON.paths(of: value)
      let target = paths[Int(random.next() % UInt64(paths.count))]
      var expected = value
      let edit: PlanEdit
      let newValue = ReferenceJSON.random(&random, depth: 2)
      switch (random.next() % 3, value.at(target)) {
      case (0, .array), (0, .object) where random.next() % 2 == 0:
        if case .array = value.at(target)! {
          edit = .append(target, newValue.jsonValue)
          expected.mutate(target) { if case .array(var items) = $0 { items.append(newValue); $0 = .array(items) } }
        } else {
          let key = "k\(random.next() % 6)"
          let path = target.appending(.key(key))
          edit = .set(path, to: newValue.jsonValue)
          expected.mutate(target) { $0.setMember(key, newValue) }
        }
      case (1, _) where !target.steps.isEmpty:
        edit = .remove(target)
        expected.remove(target)
      default:
        edit = .set(target, to: newValue.jsonValue)
        expected.mutate(target) { $0 = newValue }
      }
      let newBytes = try PlanEditor.apply([edit], to: Array(text.utf8))
      let new = try JSONSyntax.parse(newBytes)
      #expect(ReferenceJSON(new.root) == expected, "round \(round): \(text) ⇒ \(String(decoding: newBytes, as: UTF8.self))")
      // Every path disjoint from the edit keeps its bytes.
      let edited = edit.path.steps
      for path in ReferenceJSON.paths(of: value) {
        let steps = path.steps
        if steps.starts(with: edited) || edited.starts(with: steps) { continue }
        // A removal shifts later indexes of the same array; compare only paths it does not shift.
        if case .remove = edit.operation, shifted(path: steps, by: edited) { continue }
        let before = try #require(old.root.node(at: path)?.original)
        let after = try #require(new.root.node(at: path)?.original, "round \(round): \(path) lost")
        #expect(Array(old.source[before]) == Array(new.source[after]), "round \(round): \(path)")
      }
    }
  }

  func shifted(path: [JSONPath.Step], by removed: [JSONPath.Step]) -> Bool {
    guard case .index(let r)? = removed.last else { return false }
    let parent = removed.dropLast()
    guard path.count > parent.count, path.starts(with: parent), case .index(let i) = path[parent.count] else { return false }
    return i > r
  }

  /// Random edits applied to the seed plan keep it loadable and leave other inspections alone.
  @Test func scheduleEditsOnTheSeedPlanTouchOnlyDateLines() throws {
    let data = try Data(contentsOf: Self.seedURL)
    let plan = try PlanLoader.load(data: data, file: "seed")
    var moved = plan
    moved.inspections[0].window = DateWindow(from: CivilDate(year: 2023, month: 3, day: 1)!, to: CivilDate(year: 2023, month: 3, day: 3)!)
    moved.inspections[4].reportDue = CivilDate(year: 2023, month: 2, day: 1)
    let edits = try PlanEdit.windowsAndDueDates(from: plan, to: moved)
    #expect(edits.count == 2)
    let new = String(decoding: try PlanEditor.apply(edits, to: data), as: UTF8.self)
    let changes = changedLines(String(decoding: data, as: UTF8.self), new)
    #expect(changes.count == 6)
    #expect(changes.allSatisfy { $0.contains("\"from\"") || $0.contains("\"to\"") || $0.contains("\"reportDue\"") })
    let reloaded = try PlanLoader.load(data: Data(new.utf8), file: "new")
    #expect(reloaded.inspections[0].window == moved.inspections[0].window)
    #expect(reloaded.inspections[4].reportDue == moved.inspections[4].reportDue)
  }

  @Test func aWindowAddedToAnUnscheduledVisitGoesAfterItsUnit() throws {
    let text = """
      {
        "inspections": [
          {
            "id": "kt-01",
            "unit": "so-noi-vu",
            "leader": "a"
          }
        ]
      }
      """
    let data = Data(text.utf8)
    let window = DateWindow(from: CivilDate(year: 2023, month: 3, day: 1)!, to: CivilDate(year: 2023, month: 3, day: 3)!)
    let old = Plan(id: "p", title: "t", province: "", year: 2023, inspections: [Inspection(id: "kt-01", unit: "so-noi-vu", leader: "a")])
    var new = old
    new.inspections[0].window = window
    new.inspections[0].reportDue = CivilDate(year: 2023, month: 2, day: 24)
    let result = String(decoding: try PlanEditor.apply(try PlanEdit.windowsAndDueDates(from: old, to: new), to: data), as: UTF8.self)
    #expect(
      result == """
        {
          "inspections": [
            {
              "id": "kt-01",
              "unit": "so-noi-vu",
              "window": {
                "from": "2023-03-01",
                "to": "2023-03-03"
              },
              "leader": "a",
              "reportDue": "2023-02-24"
            }
          ]
        }
        """)
  }
}

/// A plain JSON value with set semantics for objects, as the reference the editor must agree with.
indirect enum ReferenceJSON: Equatable {
  case null, bool(Bool), number(Int), string(String), array([ReferenceJSON]), object([String: ReferenceJSON], order: [String])

  static func == (a: ReferenceJSON, b: ReferenceJSON) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x, _), .object(let y, _)): return x == y
    default: return false
    }
  }

  init(_ node: JSONNode) {
    switch node.content {
    case .null: self = .null
    case .bool(let b): self = .bool(b)
    case .number(let n): self = .number(Int(n)!)
    case .string(let s): self = .string(s)
    case .array(let items, _): self = .array(items.map { ReferenceJSON($0.value) })
    case .object(let members, _):
      self = .object(Dictionary(uniqueKeysWithValues: members.map { ($0.key, ReferenceJSON($0.value)) }), order: members.map(\.key))
    }
  }

  static func random(_ r: inout SplitMix64, depth: Int) -> ReferenceJSON {
    let pick = depth >= 3 ? r.next() % 4 : r.next() % 6
    switch pick {
    case 0: return .null
    case 1: return .bool(r.next() % 2 == 0)
    case 2: return .number(Int(r.next() % 2000) - 1000)
    case 3: return .string(["", "a", "Phú Riềng", "x\"y\\z", "tab\tnew\nline", "🙂"][Int(r.next() % 6)])
    case 4: return .array((0..<Int(r.next() % 4)).map { _ in random(&r, depth: depth + 1) })
    default:
      let keys = Array(Set((0..<Int(r.next() % 5)).map { _ in "k\(r.next() % 6)" })).sorted()
      var members: [String: ReferenceJSON] = [:]
      for key in keys { members[key] = random(&r, depth: depth + 1) }
      return .object(members, order: keys.shuffled(using: &r))
    }
  }

  var jsonValue: JSONValue {
    switch self {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let n): return .int(n)
    case .string(let s): return .string(s)
    case .array(let items): return .array(items.map(\.jsonValue))
    case .object(let members, let order): return .object(order.map { ($0, members[$0]!.jsonValue) })
    }
  }

  static func paths(of value: ReferenceJSON, prefix: JSONPath = JSONPath()) -> [JSONPath] {
    var out = [prefix]
    switch value {
    case .array(let items):
      for (i, item) in items.enumerated() { out += paths(of: item, prefix: prefix.appending(.index(i))) }
    case .object(let members, let order):
      for key in order { out += paths(of: members[key]!, prefix: prefix.appending(.key(key))) }
    default: break
    }
    return out
  }

  func at(_ path: JSONPath) -> ReferenceJSON? {
    var node = self
    for step in path.steps {
      switch (step, node) {
      case (.key(let k), .object(let m, _)): guard let v = m[k] else { return nil }; node = v
      case (.index(let i), .array(let a)): guard a.indices.contains(i) else { return nil }; node = a[i]
      default: return nil
      }
    }
    return node
  }

  mutating func mutate(_ path: JSONPath, _ change: (inout ReferenceJSON) -> Void) {
    mutate(path.steps[...], change)
  }

  private mutating func mutate(_ steps: ArraySlice<JSONPath.Step>, _ change: (inout ReferenceJSON) -> Void) {
    guard let step = steps.first else { return change(&self) }
    switch (step, self) {
    case (.key(let k), .object(var m, let order)):
      m[k]!.mutate(steps.dropFirst(), change)
      self = .object(m, order: order)
    case (.index(let i), .array(var a)):
      a[i].mutate(steps.dropFirst(), change)
      self = .array(a)
    default: fatalError("bad path")
    }
  }

  mutating func setMember(_ key: String, _ value: ReferenceJSON) {
    guard case .object(var m, var order) = self else { fatalError() }
    if m[key] == nil { order.append(key) }
    m[key] = value
    self = .object(m, order: order)
  }

  mutating func remove(_ path: JSONPath) {
    let parent = JSONPath(Array(path.steps.dropLast()))
    mutate(parent) { node in
      switch (path.steps.last!, node) {
      case (.key(let k), .object(var m, var order)):
        m[k] = nil
        order.removeAll { $0 == k }
        node = .object(m, order: order)
      case (.index(let i), .array(var a)):
        a.remove(at: i)
        node = .array(a)
      default: fatalError()
      }
    }
  }
}

/// A random but valid way to lay out JSON.
struct RandomStyle {
  var unit: String
  var newline: String
  var colon: String
  var compact: Bool

  static func random(_ r: inout SplitMix64) -> RandomStyle {
    RandomStyle(
      unit: ["  ", "    ", "\t", " "][Int(r.next() % 4)], newline: r.next() % 4 == 0 ? "\r\n" : "\n",
      colon: [": ", " : ", ":", ":  "][Int(r.next() % 4)], compact: r.next() % 4 == 0)
  }

  func render(_ value: ReferenceJSON, _ r: inout SplitMix64, indent: String = "") -> String {
    let space = { (r: inout SplitMix64) -> String in r.next() % 5 == 0 ? " " : "" }
    switch value {
    case .array(let items) where !items.isEmpty:
      if compact { return "[" + items.map { space(&r) + render($0, &r) + space(&r) }.joined(separator: ",") + "]" }
      return "[" + items.map { newline + indent + unit + render($0, &r, indent: indent + unit) + space(&r) }.joined(separator: ",")
        + newline + indent + "]"
    case .object(let members, let order) where !members.isEmpty:
      if compact {
        return "{" + order.map { space(&r) + JSONValue.quote($0) + colon + render(members[$0]!, &r) }.joined(separator: ",") + "}"
      }
      return "{" + order.map { newline + indent + unit + JSONValue.quote($0) + colon + render(members[$0]!, &r, indent: indent + unit) }
        .joined(separator: ",") + newline + indent + "}"
    default:
      return value.jsonValue.rendered().dropLast().description
    }
  }
}
