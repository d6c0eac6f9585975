import Testing

@testable import InspectionPlan

/// A small ZIP reader for the tests: walks the central directory, checks each local header
/// against it, and returns the entries' bytes (stored, or deflated with fixed Huffman codes —
/// the only block type the writer emits). Independent of the writer's code paths on purpose.
struct TestUnzip {
  struct Entry { let name: String; let method: UInt16; let bytes: [UInt8]; let crc: UInt32 }
  struct Failure: Error, CustomStringConvertible { let description: String }

  let entries: [Entry]

  init(_ zip: [UInt8]) throws {
    func u16(_ at: Int) throws -> Int {
      guard at + 2 <= zip.count else { throw Failure(description: "truncated at \(at)") }
      return Int(zip[at]) | Int(zip[at + 1]) << 8
    }
    func u32(_ at: Int) throws -> UInt32 {
      UInt32(try u16(at)) | UInt32(try u16(at + 2)) << 16
    }
    guard zip.count >= 22 else { throw Failure(description: "too short") }
    let end = zip.count - 22
    guard try u32(end) == 0x0605_4B50 else { throw Failure(description: "no end record") }
    let count = try u16(end + 10)
    var at = Int(try u32(end + 16))
    var entries: [Entry] = []
    for _ in 0..<count {
      guard try u32(at) == 0x0201_4B50 else { throw Failure(description: "bad central header") }
      let method = UInt16(try u16(at + 10))
      let crc = try u32(at + 16)
      let compressed = Int(try u32(at + 20))
      let size = Int(try u32(at + 24))
      let nameLength = try u16(at + 28)
      let extra = try u16(at + 30)
      let comment = try u16(at + 32)
      let local = Int(try u32(at + 42))
      let name = String(decoding: zip[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      guard try u32(local) == 0x0403_4B50, try u32(local + 14) == crc,
        try u16(local + 26) == nameLength
      else { throw Failure(description: "local header of \(name) disagrees") }
      let start = local + 30 + nameLength + (try u16(local + 28))
      let body = Array(zip[start..<(start + compressed)])
      let bytes: [UInt8]
      switch method {
      case 0: bytes = body
      case 8: bytes = try Self.inflateFixed(body)
      default: throw Failure(description: "method \(method)")
      }
      guard bytes.count == size else { throw Failure(description: "\(name): size") }
      entries.append(Entry(name: name, method: method, bytes: bytes, crc: crc))
      at += 46 + nameLength + extra + comment
    }
    self.entries = entries
  }

  var names: [String] { entries.map(\.name) }

  func text(_ name: String) throws -> String {
    guard let entry = entries.first(where: { $0.name == name }) else {
      throw Failure(description: "no entry \(name)")
    }
    return String(decoding: entry.bytes, as: UTF8.self)
  }

  /// Inflates one fixed-Huffman block (RFC 1951 §3.2.6), decoding codes bit by bit.
  static func inflateFixed(_ data: [UInt8]) throws -> [UInt8] {
    var position = 0
    func bit() throws -> Int {
      guard position / 8 < data.count else { throw Failure(description: "inflate: out of bits") }
      defer { position += 1 }
      return Int(data[position / 8] >> UInt8(position % 8)) & 1
    }
    func bits(_ n: Int) throws -> Int {
      var value = 0
      for i in 0..<n { value |= try bit() << i }
      return value
    }
    func huffman(_ n: Int) throws -> Int {
      var value = 0
      for _ in 0..<n { value = value << 1 | (try bit()) }
      return value
    }
    func symbol() throws -> Int {
      var code = try huffman(7)
      if code <= 0x17 { return code + 256 }
      code = code << 1 | (try bit())
      if (0x30...0xBF).contains(code) { return code - 0x30 }
      if (0xC0...0xC7).contains(code) { return code - 0xC0 + 280 }
      code = code << 1 | (try bit())
      return code - 0x190 + 144
    }
    let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    guard try bits(1) == 1, try bits(2) == 1 else { throw Failure(description: "not one fixed block") }
    var out: [UInt8] = []
    while true {
      let s = try symbol()
      if s < 256 { out.append(UInt8(s)); continue }
      if s == 256 { break }
      let code = s - 257
      let length = lengthBases[code] + (try bits(lengthExtra[code]))
      let dcode = try huffman(5)
      let dextra = dcode < 4 ? 0 : dcode / 2 - 1
      let distance = distanceBases[dcode] + (try bits(dextra))
      guard distance <= out.count else { throw Failure(description: "distance too far") }
      for _ in 0..<length { out.append(out[out.count - distance]) }
    }
    return out
  }
}
