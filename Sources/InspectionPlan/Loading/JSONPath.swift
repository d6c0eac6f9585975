/// A place in a JSON document, written as in error messages: `inspections[3].window.from`.
///
/// Keys are separated by `.`, array indexes (0-based) are in brackets; a key that contains `.`,
/// `[`, `]` or `"` is written in brackets and quotes: `settings.visitWorkingDays["a.b"]`.
/// The empty path is the whole document.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// One step: a key of an object or an index into an array.
  public enum Step: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var steps: [Step]

  public init(_ steps: [Step] = []) { self.steps = steps }

  /// Parses `inspections[3].window`; `nil` when the text is not a path.
  public init?(parsing text: String) {
    var steps: [Step] = []
    let chars = Array(text)
    var i = 0
    var expectKey = true  // at the start or after '.'
    while i < chars.count {
      let c = chars[i]
      if c == "[" {
        guard i + 1 < chars.count else { return nil }
        if chars[i + 1] == "\"" {
          var key = ""
          var j = i + 2
          while j < chars.count && chars[j] != "\"" {
            if chars[j] == "\\" && j + 1 < chars.count { j += 1 }
            key.append(chars[j])
            j += 1
          }
          guard j + 1 < chars.count, chars[j + 1] == "]" else { return nil }
          steps.append(.key(key))
          i = j + 2
        } else {
          var j = i + 1
          var digits = ""
          while j < chars.count && chars[j].isASCII && chars[j].isNumber {
            digits.append(chars[j])
            j += 1
          }
          guard j < chars.count, chars[j] == "]", let index = Int(digits) else { return nil }
          steps.append(.index(index))
          i = j + 1
        }
        expectKey = false
      } else if c == "." {
        guard !steps.isEmpty, !expectKey else { return nil }
        expectKey = true
        i += 1
      } else {
        guard expectKey else { return nil }
        var key = ""
        while i < chars.count && chars[i] != "." && chars[i] != "[" {
          guard chars[i] != "]" && chars[i] != "\"" else { return nil }
          key.append(chars[i])
          i += 1
        }
        steps.append(.key(key))
        expectKey = false
      }
    }
    if expectKey && !steps.isEmpty { return nil }  // a trailing '.'
    self.steps = steps
  }

  /// A literal path; it must be well formed.
  public init(stringLiteral text: String) {
    guard let path = JSONPath(parsing: text) else { preconditionFailure("not a JSON path: \(text)") }
    self = path
  }

  /// The path one step further.
  public func appending(_ step: Step) -> JSONPath { JSONPath(steps + [step]) }

  /// `inspections[3].window`.
  public var description: String {
    var text = ""
    for step in steps {
      switch step {
      case .index(let i): text += "[\(i)]"
      case .key(let key):
        if key.isEmpty || key.contains(where: { ".[]\"\\".contains($0) }) {
          var quoted = ""
          for c in key {
            if c == "\\" || c == "\"" { quoted.append("\\") }
            quoted.append(c)
          }
          text += "[\"" + quoted + "\"]"
        } else {
          text += text.isEmpty ? key : "." + key
        }
      }
    }
    return text
  }
}
