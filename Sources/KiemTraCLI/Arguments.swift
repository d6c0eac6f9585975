/// A small command-line parser: `--name VALUE`, `--name=VALUE`, `--flag`, then positionals.
///
/// Every accessor removes what it reads, so whatever is left can be named in an error.
struct Arguments {
  private var words: [String]
  let command: String

  init(_ words: [String], command: String) {
    self.words = words
    self.command = command
  }

  /// Removes `--name VALUE` or `--name=VALUE` and returns `VALUE`; `nil` when absent.
  mutating func value(_ name: String) throws(UsageError) -> String? {
    try once(name)
    if let i = words.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      return String(words.remove(at: i).dropFirst(name.count + 1))
    }
    guard let i = words.firstIndex(of: name) else { return nil }
    guard i + 1 < words.count, !words[i + 1].hasPrefix("--") else {
      throw UsageError("tùy chọn '\(name)' cần một giá trị", command: command)
    }
    defer { words.removeSubrange(i...i + 1) }
    return words[i + 1]
  }

  /// Removes a bare `--name` and says whether it was there.
  mutating func flag(_ name: String) throws(UsageError) -> Bool {
    try once(name)
    if words.contains(where: { $0.hasPrefix(name + "=") }) {
      throw UsageError("tùy chọn '\(name)' không nhận giá trị", command: command)
    }
    guard let i = words.firstIndex(of: name) else { return false }
    words.remove(at: i)
    return true
  }

  /// Throws when `name` is given more than once (which of two values would win is a guess).
  private func once(_ name: String) throws(UsageError) {
    let count = words.filter { $0 == name || $0.hasPrefix(name + "=") }.count
    if count > 1 { throw UsageError("tùy chọn '\(name)' được cho \(count) lần (chỉ được cho một lần)", command: command) }
  }

  /// Removes and parses a value with `parse`, which returns `nil` for a bad value.
  mutating func value<T>(
    _ name: String, expected: String, _ parse: (String) -> T?
  ) throws(UsageError) -> T? {
    guard let text = try value(name) else { return nil }
    guard let parsed = parse(text) else {
      throw UsageError("tùy chọn '\(name)': '\(text)' không phải là \(expected)", command: command)
    }
    return parsed
  }

  /// The remaining words, which must all be positionals; an unknown option is an error that
  /// suggests the nearest known one.
  mutating func positionals(known: [String]) throws(UsageError) -> [String] {
    // `-` (standard input) and negative numbers (`holidays -1`) are values, not options.
    if let option = words.first(where: { $0.hasPrefix("-") && $0 != "-" && Int($0) == nil }) {
      let name = String(option.split(separator: "=", maxSplits: 1)[0])
      var message = "tùy chọn '\(name)' không tồn tại"
      if let near = Self.nearest(name, in: known) { message += " (ý bạn là '\(near)'?)" }
      throw UsageError(message, command: command)
    }
    defer { words.removeAll() }
    return words
  }

  /// The known option closest to `word` by edit distance, if close enough to be a typo.
  static func nearest(_ word: String, in known: [String]) -> String? {
    let scored = known.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(2, best.count / 3) else { return nil }
    return best
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in stride(from: 1, through: b.count, by: 1) {
        let current = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = current
      }
    }
    return a.isEmpty ? b.count : row[b.count]
  }
}

/// The output formats of the commands; each command accepts a subset.
enum OutputFormat: String, CaseIterable {
  case text, json, ics, csv, md, txt, html, docx, xlsx

  /// Office files are binary: written to a file with -o, never printed.
  var isBinary: Bool { self == .docx || self == .xlsx }

  /// Parses `--format` against the formats a command accepts.
  static func parse(_ text: String?, allowed: [OutputFormat], command: String) throws(UsageError)
    -> OutputFormat
  {
    guard let text else { return allowed[0] }
    guard let format = OutputFormat(rawValue: text), allowed.contains(format) else {
      throw UsageError(
        "định dạng '\(text)' không được hỗ trợ (chọn một trong: \(allowed.map(\.rawValue).joined(separator: ", ")))",
        command: command)
    }
    return format
  }
}
