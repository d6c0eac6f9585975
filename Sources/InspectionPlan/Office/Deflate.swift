/// A small deflate compressor (RFC 1951): LZ77 matches over a 32 KiB window, coded in one final
/// block with the fixed Huffman codes of §3.2.6.
///
/// Fixed codes need no code tables in the output, so the coder stays short; on the XML parts of
/// an Office file (long runs of repeated tags) it still shrinks them to roughly a fifth. The
/// output depends only on the input, so archives stay byte-stable.
enum Deflate {
  private static let lengthBases: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBases: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
  private static let window = 32_768
  private static let maxMatch = 258
  private static let maxChain = 64

  /// The raw deflate stream (no zlib header) of `input`.
  static func compress(_ input: [UInt8]) -> [UInt8] {
    var bits = BitWriter()
    bits.write(1, count: 1)  // BFINAL: the only block
    bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
    var head = [Int](repeating: -1, count: 1 << 15)
    var previous = [Int](repeating: -1, count: input.count)
    func hash(_ i: Int) -> Int {
      (Int(input[i]) << 10 ^ Int(input[i + 1]) << 5 ^ Int(input[i + 2])) & 0x7FFF
    }
    func insert(_ i: Int) {
      guard i + 2 < input.count else { return }
      let h = hash(i)
      previous[i] = head[h]
      head[h] = i
    }
    var i = 0
    while i < input.count {
      var bestLength = 0
      var bestDistance = 0
      if i + 2 < input.count {
        var candidate = head[hash(i)]
        var chain = 0
        let limit = min(maxMatch, input.count - i)
        while candidate >= 0, i - candidate <= window, chain < maxChain {
          var length = 0
          while length < limit, input[candidate + length] == input[i + length] { length += 1 }
          if length > bestLength {
            bestLength = length
            bestDistance = i - candidate
            if length == limit { break }
          }
          candidate = previous[candidate]
          chain += 1
        }
      }
      if bestLength >= 3 {
        writeLength(bestLength, to: &bits)
        writeDistance(bestDistance, to: &bits)
        for position in i..<(i + bestLength) { insert(position) }
        i += bestLength
      } else {
        writeSymbol(Int(input[i]), to: &bits)
        insert(i)
        i += 1
      }
    }
    writeSymbol(256, to: &bits)  // end of block
    return bits.finish()
  }

  /// Writes a literal/length symbol with its fixed code (§3.2.6), most significant bit first.
  private static func writeSymbol(_ symbol: Int, to bits: inout BitWriter) {
    switch symbol {
    case 0...143: bits.writeHuffman(0x30 + symbol, count: 8)
    case 144...255: bits.writeHuffman(0x190 + symbol - 144, count: 9)
    case 256...279: bits.writeHuffman(symbol - 256, count: 7)
    default: bits.writeHuffman(0xC0 + symbol - 280, count: 8)
    }
  }

  private static func writeLength(_ length: Int, to bits: inout BitWriter) {
    let code = (lengthBases.lastIndex { $0 <= length })!
    writeSymbol(257 + code, to: &bits)
    bits.write(UInt32(length - lengthBases[code]), count: lengthExtra[code])
  }

  private static func writeDistance(_ distance: Int, to bits: inout BitWriter) {
    let code = (distanceBases.lastIndex { $0 <= distance })!
    bits.writeHuffman(code, count: 5)
    bits.write(UInt32(distance - distanceBases[code]), count: distanceExtra[code])
  }
}

/// Packs bits least significant first, as deflate stores them.
private struct BitWriter {
  private var bytes: [UInt8] = []
  private var buffer: UInt32 = 0
  private var filled = 0

  mutating func write(_ value: UInt32, count: Int) {
    guard count > 0 else { return }
    buffer |= value << UInt32(filled)
    filled += count
    while filled >= 8 {
      bytes.append(UInt8(buffer & 0xFF))
      buffer >>= 8
      filled -= 8
    }
  }

  /// Huffman codes are defined most significant bit first: reverse before packing.
  mutating func writeHuffman(_ code: Int, count: Int) {
    var reversed: UInt32 = 0
    for bit in 0..<count { reversed |= UInt32((code >> bit) & 1) << UInt32(count - 1 - bit) }
    write(reversed, count: count)
  }

  mutating func finish() -> [UInt8] {
    if filled > 0 { bytes.append(UInt8(buffer & 0xFF)) }
    return bytes
  }
}
