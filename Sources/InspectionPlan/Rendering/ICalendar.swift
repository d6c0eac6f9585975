/// A minimal iCalendar (RFC 5545) writer: escaping, line folding and CRLF line ends.
public struct ICalendar {
  private var lines: [String] = []

  /// Starts a `VCALENDAR` with `VERSION`, `PRODID`, `CALSCALE:GREGORIAN` and `METHOD:PUBLISH`.
  public init(name: String? = nil) {
    lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kiemtra//kiemtra \(versionTag)//VI",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
    ]
    if let name { lines.append("X-WR-CALNAME:" + ICalendar.escape(name)) }
  }

  private let versionTag = "0.1"

  /// Adds one property line, e.g. `add("DTSTART;VALUE=DATE", "20230801")`; `value` is used as
  /// given, so text values must be escaped with `escape(_:)` first.
  public mutating func add(_ name: String, _ value: String) { lines.append("\(name):\(value)") }

  /// Adds an escaped text property (SUMMARY, DESCRIPTION, LOCATION).
  public mutating func addText(_ name: String, _ text: String) {
    add(name, ICalendar.escape(text))
  }

  /// How many lines the calendar has so far (for `lines(from:)`).
  public var lineCount: Int { lines.count }

  /// The lines added since `lineCount` was `start`.
  public func lines(from start: Int) -> ArraySlice<String> { lines[start...] }

  public mutating func begin(_ component: String) { lines.append("BEGIN:\(component)") }
  public mutating func end(_ component: String) { lines.append("END:\(component)") }

  /// An all-day date value: `20230801`.
  public static func date(_ day: CivilDate) -> String {
    day.iso8601.filter { $0 != "-" }
  }

  /// The finished file: every line folded at 75 octets, CRLF line ends.
  public func rendered() -> String {
    (lines + ["END:VCALENDAR"]).map(ICalendar.fold).joined(separator: "\r\n") + "\r\n"
  }

  /// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; every line end (LF, CRLF, a
  /// bare CR, U+2028, U+2029) becomes `\n`, so no reader that splits lines on any of them sees
  /// an injected property; other control characters, which TEXT may not hold, become spaces.
  public static func escape(_ text: String) -> String {
    var out = ""
    let scalars = Array(text.unicodeScalars)
    for (i, scalar) in scalars.enumerated() {
      switch scalar {
      case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n": break  // CRLF: the LF writes \n
      case "\r": out += "\\n"
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\u{2028}", "\u{2029}": out += "\\n"
      case "\t": out.unicodeScalars.append(scalar)
      case let c where c.value < 0x20 || c.value == 0x7F: out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// RFC 5545 §3.1: lines longer than 75 octets continue on lines that start with a space,
  /// never splitting a UTF-8 sequence.
  public static func fold(_ line: String) -> String {
    var out = ""
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if octets + size > 75 {
        out += "\r\n "
        octets = 1
      }
      out.unicodeScalars.append(scalar)
      octets += size
    }
    return out
  }
}
