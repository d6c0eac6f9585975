/// A JSON document built in code, rendered with keys in the order given, so machine-readable
/// output keeps the field order the contract documents and is byte-stable.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

  /// `nil` becomes `null`.
  public static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
  public static func date(_ date: CivilDate?) -> JSONValue { .string(date?.iso8601) }
  public static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }

  /// Two-space indented JSON with a final newline.
  public func rendered() -> String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent + 1)
    let closePad = String(repeating: "  ", count: indent)
    switch self {
    case .null: out += "null"
    case .bool(let value): out += value ? "true" : "false"
    case .int(let value): out += String(value)
    case .string(let value): out += JSONValue.quote(value)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += pad
        item.write(to: &out, indent: indent + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "]"
    case .object(let fields):
      if fields.isEmpty {
        out += "{}"
        return
      }
      out += "{\n"
      for (i, (key, value)) in fields.enumerated() {
        out += pad + JSONValue.quote(key) + ": "
        value.write(to: &out, indent: indent + 1)
        out += i == fields.count - 1 ? "\n" : ",\n"
      }
      out += closePad + "}"
    }
  }

  /// A JSON string literal; non-ASCII text is kept as UTF-8, control characters are escaped.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let s where s.value < 0x20:
        let hex = String(s.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
