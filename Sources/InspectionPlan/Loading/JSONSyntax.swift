/// The one strict JSON (RFC 8259) reader of plan files: it says where the first error is, in
/// Vietnamese, and keeps every byte of the text so that a plan can be edited without reformatting.
///
/// Stricter than RFC 8259 where a plan file needs it: invalid UTF-8, lone UTF-16 surrogates
/// (`"\ud800"`) and duplicate keys in one object are errors (readers disagree on which of two
/// duplicates wins, so one file would mean two plans). A UTF-8 byte-order mark at the start is
/// accepted (Windows Notepad and office tools write one).
enum JSONSyntax {
  struct Failure: Error, Equatable {
    let line: Int
    let column: Int
    let reason: String
  }

  /// Deeper nesting is refused so that hostile input cannot exhaust the stack.
  static let maximumDepth = 256

  /// The UTF-8 byte-order mark.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Checks that `bytes` is one strict JSON value.
  static func validate(_ bytes: [UInt8]) throws(Failure) {
    _ = try parse(bytes)
  }

  /// Parses `bytes` into a document that can be edited and written back byte for byte.
  static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONDocument {
    var parser = Parser(bytes: bytes)
    if bytes.starts(with: byteOrderMark) { parser.index = 3 }
    if let bad = firstInvalidUTF8(bytes, from: parser.index) {
      parser.index = bad
      throw parser.failure("tệp không phải văn bản UTF-8 hợp lệ (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)))")
    }
    let prefix = parser.skipSpace()
    let root = try parser.value(depth: 0)
    let suffix = parser.skipSpace()
    if !parser.atEnd { throw parser.failure("còn nội dung sau khi tài liệu JSON đã kết thúc") }
    return JSONDocument(source: bytes, prefix: Array(bytes[0..<prefix.lowerBound]) + bytes[prefix], root: root, suffix: Array(bytes[suffix]))
  }

  /// 1-based line and column of a byte offset, counting characters rather than bytes.
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var i = bytes.starts(with: byteOrderMark) && offset >= 3 ? 3 : 0
    while i < min(offset, bytes.count) {
      if bytes[i] == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
        column += 1
      }
      i += 1
    }
    return (line, column)
  }

  /// The offset of the first byte that does not belong to well-formed UTF-8 (Unicode 15, table
  /// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or `nil`.
  static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
    var i = start
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i
      }
      guard i + length <= n else { return i }
      guard bytes[i + 1] >= low && bytes[i + 1] <= high else { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { atEnd ? nil : bytes[index] }

    func failure(_ reason: String, at offset: Int? = nil) -> Failure {
      let (line, column) = JSONSyntax.position(of: offset ?? index, in: bytes)
      return Failure(line: line, column: column, reason: reason)
    }

    func describeCurrent() -> String {
      guard let byte = current else { return "cuối tệp" }
      if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
      if byte >= 0x80 {
        // Name the whole character (the text is valid UTF-8 by now).
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[index..<end], as: UTF8.self) + "'"
      }
      return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    /// Skips white space and returns the range skipped.
    @discardableResult
    mutating func skipSpace() -> Range<Int> {
      let start = index
      while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
      return start..<index
    }

    func slice(_ range: Range<Int>) -> [UInt8] { range.isEmpty ? [] : Array(bytes[range]) }

    mutating func value(depth: Int) throws(Failure) -> JSONNode {
      guard depth < JSONSyntax.maximumDepth else { throw failure("lồng nhau quá sâu (tối đa \(JSONSyntax.maximumDepth) cấp)") }
      let start = index
      let content: JSONNode.Content
      switch current {
      case UInt8(ascii: "{"): content = try object(depth: depth)
      case UInt8(ascii: "["): content = try array(depth: depth)
      case UInt8(ascii: "\""): content = .string(try string())
      case UInt8(ascii: "t"):
        try literal("true")
        content = .bool(true)
      case UInt8(ascii: "f"):
        try literal("false")
        content = .bool(false)
      case UInt8(ascii: "n"):
        try literal("null")
        content = .null
      case let b? where b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39): content = .number(try number())
      default: throw failure("cần một giá trị, gặp \(describeCurrent())")
      }
      return JSONNode(content: content, offset: start, original: start..<index)
    }

    mutating func object(depth: Int) throws(Failure) -> JSONNode.Content {
      index += 1
      var members: [JSONMember] = []
      var seen: [String: Int] = [:]
      var before = skipSpace()
      if current == UInt8(ascii: "}") {
        index += 1
        return .object(members, inner: slice(before))
      }
      while true {
        guard current == UInt8(ascii: "\"") else {
          throw failure("cần một khóa trong dấu ngoặc kép, gặp \(describeCurrent())")
        }
        let keyStart = index
        let key = try string()
        if let first = seen[key] {
          let line = JSONSyntax.position(of: first, in: bytes).line
          throw failure("khóa '\(key)' lặp lại trong cùng một đối tượng (đã có ở dòng \(line))", at: keyStart)
        }
        seen[key] = keyStart
        let keyRange = keyStart..<index
        let colonStart = index
        skipSpace()
        guard current == UInt8(ascii: ":") else {
          throw failure("cần ':' sau khóa, gặp \(describeCurrent())")
        }
        index += 1
        skipSpace()
        let colon = colonStart..<index
        let value = try value(depth: depth + 1)
        let after = skipSpace()
        members.append(
          JSONMember(
            before: slice(before), key: key, keyOffset: keyStart, keySource: keyRange, colon: slice(colon), value: value,
            after: slice(after)))
        if current == UInt8(ascii: ",") {
          index += 1
          before = skipSpace()
          continue
        }
        if current == UInt8(ascii: "}") {
          index += 1
          return .object(members, inner: [])
        }
        throw failure("cần ',' hoặc '}' trong đối tượng, gặp \(describeCurrent())")
      }
    }

    mutating func array(depth: Int) throws(Failure) -> JSONNode.Content {
      index += 1
      var elements: [JSONElement] = []
      var before = skipSpace()
      if current == UInt8(ascii: "]") {
        index += 1
        return .array(elements, inner: slice(before))
      }
      while true {
        let value = try value(depth: depth + 1)
        let after = skipSpace()
        elements.append(JSONElement(before: slice(before), value: value, after: slice(after)))
        if current == UInt8(ascii: ",") {
          index += 1
          before = skipSpace()
          continue
        }
        if current == UInt8(ascii: "]") {
          index += 1
          return .array(elements, inner: [])
        }
        throw failure("cần ',' hoặc ']' trong mảng, gặp \(describeCurrent())")
      }
    }

    mutating func hexQuad() throws(Failure) -> UInt32 {
      var value: UInt32 = 0
      for _ in 0..<4 {
        index += 1
        guard let h = current else { throw failure("cần bốn chữ số thập lục phân sau \\u") }
        let digit: UInt32
        switch h {
        case 0x30...0x39: digit = UInt32(h - 0x30)
        case 0x41...0x46: digit = UInt32(h - 0x41 + 10)
        case 0x61...0x66: digit = UInt32(h - 0x61 + 10)
        default: throw failure("cần bốn chữ số thập lục phân sau \\u")
        }
        value = value * 16 + digit
      }
      return value
    }

    /// Reads a string literal and returns its text.
    mutating func string() throws(Failure) -> String {
      index += 1
      var scalars = String.UnicodeScalarView()
      var runStart = index
      func flush(_ end: Int) {
        if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
      }
      while let b = current {
        switch b {
        case UInt8(ascii: "\""):
          flush(index)
          index += 1
          return String(scalars)
        case UInt8(ascii: "\\"):
          flush(index)
          let escapeStart = index
          index += 1
          guard let e = current else { throw failure("chuỗi chưa đóng") }
          switch e {
          case UInt8(ascii: "\""): scalars.append("\"")
          case UInt8(ascii: "\\"): scalars.append("\\")
          case UInt8(ascii: "/"): scalars.append("/")
          case UInt8(ascii: "b"): scalars.append("\u{08}")
          case UInt8(ascii: "f"): scalars.append("\u{0C}")
          case UInt8(ascii: "n"): scalars.append("\n")
          case UInt8(ascii: "r"): scalars.append("\r")
          case UInt8(ascii: "t"): scalars.append("\t")
          case UInt8(ascii: "u"):
            var code = try hexQuad()
            if code >= 0xD800 && code <= 0xDBFF {
              // A high surrogate must be followed by \u and a low surrogate.
              guard index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"), bytes[index + 2] == UInt8(ascii: "u")
              else { throw failure("nửa cặp thay thế UTF-16 đứng một mình (\\u\(String(code, radix: 16)))", at: escapeStart) }
              index += 2
              let low = try hexQuad()
              guard low >= 0xDC00 && low <= 0xDFFF else {
                throw failure("nửa cặp thay thế UTF-16 đứng một mình (\\u\(String(code, radix: 16)))", at: escapeStart)
              }
              code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if code >= 0xDC00 && code <= 0xDFFF {
              throw failure("nửa cặp thay thế UTF-16 đứng một mình (\\u\(String(code, radix: 16)))", at: escapeStart)
            }
            scalars.append(Unicode.Scalar(code)!)
          default:
            throw failure("ký tự thoát không hợp lệ \\\(Character(Unicode.Scalar(e)))")
          }
          index += 1
          runStart = index
        case 0x00..<0x20:
          throw failure("ký tự điều khiển trong chuỗi (thiếu dấu ngoặc kép đóng?)")
        default:
          index += 1
        }
      }
      throw failure("chuỗi chưa đóng")
    }

    mutating func literal(_ word: String) throws(Failure) {
      let start = index
      for expected in word.utf8 {
        guard current == expected else {
          index = start  // point at the word, not inside it
          throw failure("cần '\(word)'")
        }
        index += 1
      }
    }

    /// Reads a number and returns its text.
    mutating func number() throws(Failure) -> String {
      let start = index
      if current == UInt8(ascii: "-") { index += 1 }
      let integerStart = index
      let count = digits()
      guard count > 0 else { throw failure("cần một chữ số") }
      if count > 1 && bytes[integerStart] == UInt8(ascii: "0") {
        throw failure("số không được bắt đầu bằng chữ số 0 ('\(String(decoding: bytes[start..<index], as: UTF8.self))')", at: start)
      }
      if current == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw failure("cần chữ số sau '.'") }
      }
      if let e = current, e | 0x20 == UInt8(ascii: "e") {
        index += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw failure("cần chữ số ở phần mũ") }
      }
      return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func digits() -> Int {
      var count = 0
      while let b = current, b >= 0x30 && b <= 0x39 {
        index += 1
        count += 1
      }
      return count
    }
  }
}
