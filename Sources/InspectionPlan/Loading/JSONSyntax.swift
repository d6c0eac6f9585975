/// A strict JSON (RFC 8259) syntax check that says where the first error is.
///
/// Foundation's decoder reports only that data "was not valid JSON"; people editing a plan by hand
/// need the line and column. This only validates; decoding is left to `JSONDecoder`.
enum JSONSyntax {
  struct Failure: Error, Equatable {
    let line: Int
    let column: Int
    let reason: String
  }

  static func validate(_ bytes: [UInt8]) throws(Failure) {
    var parser = Parser(bytes: bytes)
    parser.skipSpace()
    try parser.value(depth: 0)
    parser.skipSpace()
    if !parser.atEnd { throw parser.failure("còn nội dung sau khi tài liệu JSON đã kết thúc") }
  }

  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { atEnd ? nil : bytes[index] }

    func failure(_ reason: String) -> Failure {
      var line = 1
      var column = 1
      var i = 0
      while i < min(index, bytes.count) {
        if bytes[i] == UInt8(ascii: "\n") {
          line += 1
          column = 1
        } else if bytes[i] & 0xC0 != 0x80 {  // count characters, not UTF-8 continuation bytes
          column += 1
        }
        i += 1
      }
      return Failure(line: line, column: column, reason: reason)
    }

    func describeCurrent() -> String {
      guard let byte = current else { return "cuối tệp" }
      if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
      return "byte 0x" + String(byte, radix: 16)
    }

    mutating func skipSpace() {
      while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { index += 1 }
    }

    mutating func value(depth: Int) throws(Failure) {
      guard depth < 512 else { throw failure("lồng nhau quá sâu") }
      switch current {
      case UInt8(ascii: "{"): try object(depth: depth)
      case UInt8(ascii: "["): try array(depth: depth)
      case UInt8(ascii: "\""): try string()
      case UInt8(ascii: "t"): try literal("true")
      case UInt8(ascii: "f"): try literal("false")
      case UInt8(ascii: "n"): try literal("null")
      case let b? where b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39): try number()
      default: throw failure("cần một giá trị, gặp \(describeCurrent())")
      }
    }

    mutating func object(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if current == UInt8(ascii: "}") {
        index += 1
        return
      }
      while true {
        guard current == UInt8(ascii: "\"") else {
          throw failure("cần một khóa trong dấu ngoặc kép, gặp \(describeCurrent())")
        }
        try string()
        skipSpace()
        guard current == UInt8(ascii: ":") else {
          throw failure("cần ':' sau khóa, gặp \(describeCurrent())")
        }
        index += 1
        skipSpace()
        try value(depth: depth + 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          continue
        }
        if current == UInt8(ascii: "}") {
          index += 1
          return
        }
        throw failure("cần ',' hoặc '}' trong đối tượng, gặp \(describeCurrent())")
      }
    }

    mutating func array(depth: Int) throws(Failure) {
      index += 1
      skipSpace()
      if current == UInt8(ascii: "]") {
        index += 1
        return
      }
      while true {
        try value(depth: depth + 1)
        skipSpace()
        if current == UInt8(ascii: ",") {
          index += 1
          skipSpace()
          continue
        }
        if current == UInt8(ascii: "]") {
          index += 1
          return
        }
        throw failure("cần ',' hoặc ']' trong mảng, gặp \(describeCurrent())")
      }
    }

    mutating func string() throws(Failure) {
      index += 1
      while let b = current {
        switch b {
        case UInt8(ascii: "\""):
          index += 1
          return
        case UInt8(ascii: "\\"):
          index += 1
          guard let e = current else { break }
          if e == UInt8(ascii: "u") {
            for _ in 0..<4 {
              index += 1
              guard let h = current, (h >= 0x30 && h <= 0x39) || (h | 0x20 >= 0x61 && h | 0x20 <= 0x66)
              else { throw failure("cần bốn chữ số thập lục phân sau \\u") }
            }
          } else if !"\"\\/bfnrt".utf8.contains(e) {
            throw failure("ký tự thoát không hợp lệ \\\(Character(Unicode.Scalar(e)))")
          }
          index += 1
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

    mutating func number() throws(Failure) {
      if current == UInt8(ascii: "-") { index += 1 }
      guard digits() > 0 else { throw failure("cần một chữ số") }
      if current == UInt8(ascii: ".") {
        index += 1
        guard digits() > 0 else { throw failure("cần chữ số sau '.'") }
      }
      if let e = current, e | 0x20 == UInt8(ascii: "e") {
        index += 1
        if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw failure("cần chữ số ở phần mũ") }
      }
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
