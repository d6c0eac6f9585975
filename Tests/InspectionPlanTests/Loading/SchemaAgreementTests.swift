import Foundation
import Testing

@testable import InspectionPlan

/// The subset of JSON Schema (2020-12) that `Plans/plan.schema.json` uses, written for this test:
/// `type` (one or several, `integer` = a number written without fraction or exponent), `enum`,
/// `required`, `properties`, `additionalProperties` (false or a schema), `propertyNames`, `items`,
/// `minimum`, `maximum`, `maxLength`, `minItems`, `pattern`, `anyOf`, `oneOf`, `not`, `$ref` to
/// `#/$defs/…`.
/// Annotations (`description`, `default`, `title`, `$id`, `$schema`) are ignored. An unknown
/// keyword fails the test, so the validator cannot silently skip part of the schema.
struct SchemaSubsetValidator {
  let root: [String: Any]

  static let ignored: Set<String> = ["description", "default", "title", "$id", "$schema", "$defs", "examples"]

  struct Failure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path.isEmpty ? "(gốc)" : path): \(reason)" }
  }

  func validate(_ node: JSONNode) throws {
    try validate(node, against: root, path: "")
  }

  func resolve(_ schema: [String: Any]) throws -> [String: Any] {
    guard let ref = schema["$ref"] as? String else { return schema }
    guard ref.hasPrefix("#/") else { throw Failure(path: "", reason: "unsupported $ref \(ref)") }
    var target: Any = root
    for step in ref.dropFirst(2).split(separator: "/") {
      guard let next = (target as? [String: Any])?[String(step)] else { throw Failure(path: "", reason: "unresolved $ref \(ref)") }
      target = next
    }
    guard let target = target as? [String: Any] else { throw Failure(path: "", reason: "unresolved $ref \(ref)") }
    var merged = try resolve(target)
    for (key, value) in schema where key != "$ref" { merged[key] = value }
    return merged
  }

  func validate(_ node: JSONNode, against raw: [String: Any], path: String) throws {
    let schema = try resolve(raw)
    for key in schema.keys where !Self.ignored.contains(key) {
      let known: Set<String> = [
        "type", "enum", "required", "properties", "additionalProperties", "propertyNames", "items", "minimum",
        "maximum", "maxLength", "minItems", "pattern", "anyOf", "oneOf", "not",
      ]
      if !known.contains(key) { Issue.record("schema keyword '\(key)' at \(path) is not supported by the test validator") }
    }
    if let type = schema["type"] {
      let types = (type as? [String]) ?? [type as! String]
      guard types.contains(where: { matches(node, type: $0) }) else { throw Failure(path: path, reason: "type \(types)") }
    }
    if let values = schema["enum"] as? [Any] {
      guard values.contains(where: { equal(node, $0) }) else { throw Failure(path: path, reason: "enum") }
    }
    if let options = schema["anyOf"] as? [[String: Any]] {
      guard options.contains(where: { (try? validate(node, against: $0, path: path)) != nil }) else {
        throw Failure(path: path, reason: "anyOf")
      }
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { (try? validate(node, against: $0, path: path)) != nil }.count
      guard passing == 1 else { throw Failure(path: path, reason: "oneOf (\(passing) match)") }
    }
    if let excluded = schema["not"] as? [String: Any], (try? validate(node, against: excluded, path: path)) != nil {
      throw Failure(path: path, reason: "not")
    }
    switch node.content {
    case .object(let members, _):
      for key in schema["required"] as? [String] ?? [] where !members.contains(where: { $0.key == key }) {
        throw Failure(path: path, reason: "required \(key)")
      }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for member in members {
        let childPath = path.isEmpty ? member.key : "\(path).\(member.key)"
        if let names = schema["propertyNames"] as? [String: Any] {
          try validate(JSONNode(content: .string(member.key)), against: names, path: childPath)
        }
        if let property = properties[member.key] as? [String: Any] {
          try validate(member.value, against: property, path: childPath)
        } else if let extra = schema["additionalProperties"] {
          if let allowed = extra as? Bool {
            if !allowed { throw Failure(path: childPath, reason: "additionalProperties") }
          } else if let extraSchema = extra as? [String: Any] {
            try validate(member.value, against: extraSchema, path: childPath)
          }
        }
      }
    case .array(let elements, _):
      if let minimum = schema["minItems"] as? Int, elements.count < minimum { throw Failure(path: path, reason: "minItems") }
      if let items = schema["items"] as? [String: Any] {
        for (i, element) in elements.enumerated() { try validate(element.value, against: items, path: "\(path)[\(i)]") }
      }
    case .number(let text):
      let value = Double(text)!
      if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, value < minimum { throw Failure(path: path, reason: "minimum") }
      if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, value > maximum { throw Failure(path: path, reason: "maximum") }
    case .string(let text):
      if let maxLength = schema["maxLength"] as? Int, text.unicodeScalars.count > maxLength { throw Failure(path: path, reason: "maxLength") }
      if let pattern = schema["pattern"] as? String {
        let regex = try NSRegularExpression(pattern: pattern)
        guard regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else {
          throw Failure(path: path, reason: "pattern \(pattern)")
        }
      }
    default: break
    }
  }

  func matches(_ node: JSONNode, type: String) -> Bool {
    switch (type, node.content) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
      return true
    case ("integer", .number(let text)): return !text.contains(where: { ".eE".contains($0) })
    default: return false
    }
  }

  func equal(_ node: JSONNode, _ value: Any) -> Bool {
    switch node.content {
    case .string(let s): return (value as? String) == s
    case .bool(let b): return (value as? Bool) == b
    case .null: return value is NSNull
    case .number(let n): return (value as? NSNumber)?.doubleValue == Double(n)
    default: return false
    }
  }
}

/// Every plan of the corpus gets the same verdict from the loader and from the JSON Schema; the
/// only exceptions are rules a schema cannot express, listed in the schema's description and
/// named `loader-only-*` in the corpus.
struct SchemaAgreementTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SchemaCorpus")
  static let schemaURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Plans/plan.schema.json")

  static func corpus() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func theCorpusIsLargeAndCoversAllThreeVerdicts() throws {
    let names = try Self.corpus()
    #expect(names.count >= 40)
    #expect(names.filter { $0.hasPrefix("valid-") }.count >= 10)
    #expect(names.filter { $0.hasPrefix("invalid-") }.count >= 30)
    #expect(names.allSatisfy { $0.hasPrefix("valid-") || $0.hasPrefix("invalid-") || $0.hasPrefix("loader-only-") })
  }

  @Test(arguments: try corpus())
  func loaderAndSchemaAgree(name: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
    let document = try JSONSyntax.parse([UInt8](data))
    var schemaVerdict = "accepts"
    do {
      try SchemaSubsetValidator(root: schema).validate(document.root)
    } catch {
      schemaVerdict = "rejects (\(error))"
    }
    var loaderVerdict = "accepts"
    do {
      _ = try PlanLoader.load(data: data, file: name)
    } catch {
      loaderVerdict = "rejects (\(error.message))"
    }
    if name.hasPrefix("valid-") {
      #expect(schemaVerdict == "accepts")
      #expect(loaderVerdict == "accepts")
    } else if name.hasPrefix("invalid-") {
      #expect(schemaVerdict.hasPrefix("rejects"), "schema \(schemaVerdict)")
      #expect(loaderVerdict.hasPrefix("rejects"), "loader \(loaderVerdict)")
    } else {
      #expect(schemaVerdict == "accepts", "a loader-only rule the schema now expresses: rename the fixture")
      #expect(loaderVerdict.hasPrefix("rejects"))
    }
  }

  @Test func theSchemaListsWhatItCannotExpress() throws {
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
    let description = try #require(schema["description"] as? String)
    for rule in ["real calendar date", "min ≤ max", "Saturday or Sunday", "plan year", "fraction"] {
      #expect(description.contains(rule), "\(rule)")
    }
  }
}
