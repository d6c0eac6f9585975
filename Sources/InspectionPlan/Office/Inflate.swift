/// A DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// Written for reading .docx and .xlsx parts, which ZIP stores as raw DEFLATE streams (no zlib
/// header). Every malformed or truncated stream throws an `InflateError`; none crashes or loops:
/// each decoded symbol consumes at least one input bit and the output is capped by `limit`, so the
/// work is bounded by `input bits + limit`.
///
/// The canonical-Huffman decoding follows the structure of Mark Adler's `puff.c` (the reference
/// decoder shipped with zlib), which checks every table for over-subscribed and incomplete codes.
public enum Inflate {
  /// The default cap on decompressed bytes: 64 MiB. A Word or Excel part of an inspection plan is
  /// well under 1 MiB; anything larger is treated as a decompression bomb.
  public static let defaultLimit = 64 * 1024 * 1024

  /// Decompresses a raw DEFLATE stream.
  ///
  /// - Parameters:
  ///   - input: the compressed bytes, starting at the first block header.
  ///   - limit: the most bytes the output may hold; one more throws `.outputLimitExceeded`.
  /// - Returns: the decompressed bytes. Bytes after the final block are ignored.
  /// - Throws: `InflateError` for a truncated or malformed stream or an output over `limit`.
  public static func decompress(_ input: [UInt8], limit: Int = defaultLimit) throws(InflateError)
    -> [UInt8]
  {
    var decoder = Decoder(input: input, limit: limit)
    try decoder.run()
    return decoder.output
  }
}

/// Why a DEFLATE stream could not be decoded.
public enum InflateError: Error, Equatable, Sendable {
  /// The input ended before the final block did.
  case truncated
  /// Block type 3, which RFC 1951 §3.2.3 reserves.
  case reservedBlockType
  /// A stored block whose LEN and NLEN are not one's complements (§3.2.4).
  case storedLengthMismatch
  /// A code-length table that is over-subscribed or incomplete, or a repeat with nothing to repeat.
  case invalidCodeLengths
  /// A bit pattern that is no code of the table, or a length/distance symbol RFC 1951 does not define.
  case invalidSymbol
  /// A back-reference to before the start of the output.
  case distanceTooFar
  /// The output would exceed the stated limit (in bytes).
  case outputLimitExceeded(limit: Int)

  /// A Vietnamese description for users.
  public var vietnameseDescription: String {
    switch self {
    case .truncated: "dữ liệu nén bị cắt cụt"
    case .reservedBlockType: "dữ liệu nén hỏng (loại khối không hợp lệ)"
    case .storedLengthMismatch: "dữ liệu nén hỏng (độ dài khối không khớp)"
    case .invalidCodeLengths: "dữ liệu nén hỏng (bảng mã Huffman không hợp lệ)"
    case .invalidSymbol: "dữ liệu nén hỏng (mã không hợp lệ)"
    case .distanceTooFar: "dữ liệu nén hỏng (tham chiếu ra ngoài dữ liệu)"
    case .outputLimitExceeded(let limit):
      "dữ liệu giải nén vượt quá giới hạn \(limit) byte (nghi là tệp nén độc hại)"
    }
  }
}

extension Inflate {
  /// A canonical Huffman code as counts per length and symbols ordered by code.
  struct Huffman {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    /// Builds the code from one length per symbol (0 = unused).
    ///
    /// - Returns: the code and how many codes are left unused: 0 for a complete code, more for an
    ///   incomplete one; negative means over-subscribed.
    static func make(lengths: ArraySlice<Int>) -> (Huffman, left: Int) {
      var code = Huffman(symbols: [Int](repeating: 0, count: lengths.count))
      for length in lengths { code.counts[length] += 1 }
      if code.counts[0] == lengths.count { return (code, 0) }  // no codes: complete but empty
      var left = 1
      for length in 1...15 {
        left <<= 1
        left -= code.counts[length]
        if left < 0 { return (code, left) }
      }
      var offsets = [Int](repeating: 0, count: 16)
      for length in 1..<15 { offsets[length + 1] = offsets[length] + code.counts[length] }
      for (symbol, length) in lengths.enumerated() where length != 0 {
        code.symbols[offsets[length]] = symbol
        offsets[length] += 1
      }
      return (code, left)
    }
  }

  struct Decoder {
    let input: [UInt8]
    let limit: Int
    var output: [UInt8] = []
    var position = 0
    var bitBuffer = 0
    var bitCount = 0

    init(input: [UInt8], limit: Int) {
      self.input = input
      self.limit = limit
      output.reserveCapacity(min(limit, max(1024, input.count * 4)))
    }

    mutating func bits(_ need: Int) throws(InflateError) -> Int {
      var value = bitBuffer
      while bitCount < need {
        guard position < input.count else { throw .truncated }
        value |= Int(input[position]) << bitCount
        position += 1
        bitCount += 8
      }
      bitBuffer = value >> need
      bitCount -= need
      return value & ((1 << need) - 1)
    }

    mutating func run() throws(InflateError) {
      var last = 0
      repeat {
        last = try bits(1)
        switch try bits(2) {
        case 0: try stored()
        case 1: try codes(Decoder.fixedTables.lengths, Decoder.fixedTables.distances)
        case 2: try dynamic()
        default: throw .reservedBlockType
        }
      } while last == 0
    }

    mutating func append(_ byte: UInt8) throws(InflateError) {
      guard output.count < limit else { throw .outputLimitExceeded(limit: limit) }
      output.append(byte)
    }

    /// §3.2.4: skip to a byte boundary, LEN, NLEN, then LEN literal bytes.
    mutating func stored() throws(InflateError) {
      bitBuffer = 0
      bitCount = 0
      guard position + 4 <= input.count else { throw .truncated }
      let length = Int(input[position]) | Int(input[position + 1]) << 8
      let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
      position += 4
      guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
      guard position + length <= input.count else { throw .truncated }
      guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
      output.append(contentsOf: input[position..<position + length])
      position += length
    }

    mutating func decode(_ code: Huffman) throws(InflateError) -> Int {
      var value = 0  // bits read so far, first bit most significant
      var first = 0  // first code of this length
      var index = 0  // index of the first code of this length in `symbols`
      for length in 1...15 {
        value |= try bits(1)
        let count = code.counts[length]
        if value - count < first { return code.symbols[index + (value - first)] }
        index += count
        first += count
        first <<= 1
        value <<= 1
      }
      throw .invalidSymbol
    }

    static let lengthBase = [
      3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
      131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [
      0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBase = [
      1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
      2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
      0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
      13,
    ]

    /// §3.2.6: literals 0–143 have 8 bits, 144–255 9, 256–279 7, 280–287 8; distances 5 bits.
    static let fixedTables: (lengths: Huffman, distances: Huffman) = {
      var lengths = [Int](repeating: 8, count: 288)
      for symbol in 144..<256 { lengths[symbol] = 9 }
      for symbol in 256..<280 { lengths[symbol] = 7 }
      return (
        Huffman.make(lengths: lengths[...]).0,
        Huffman.make(lengths: [Int](repeating: 5, count: 30)[...]).0
      )
    }()

    /// Literal/length symbols until end-of-block (256), copying back-references (§3.2.5).
    mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(InflateError) {
      while true {
        let symbol = try decode(lengths)
        if symbol < 256 {
          try append(UInt8(symbol))
        } else if symbol == 256 {
          return
        } else {
          let index = symbol - 257
          guard index < 29 else { throw .invalidSymbol }  // 286 and 287 are not used
          let length = Decoder.lengthBase[index] + (try bits(Decoder.lengthExtra[index]))
          let distanceSymbol = try decode(distances)
          guard distanceSymbol < 30 else { throw .invalidSymbol }  // 30 and 31 are not used
          let distance =
            Decoder.distanceBase[distanceSymbol] + (try bits(Decoder.distanceExtra[distanceSymbol]))
          guard distance <= output.count else { throw .distanceTooFar }
          guard output.count + length <= limit else { throw .outputLimitExceeded(limit: limit) }
          let start = output.count - distance
          for offset in 0..<length { output.append(output[start + offset]) }
        }
      }
    }

    /// §3.2.7: the code-length code, then the literal/length and distance code lengths.
    mutating func dynamic() throws(InflateError) {
      let literalCount = try bits(5) + 257
      let distanceCount = try bits(5) + 1
      let codeLengthCount = try bits(4) + 4
      guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
      let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
      var lengths = [Int](repeating: 0, count: 320)
      for index in 0..<codeLengthCount { lengths[order[index]] = try bits(3) }
      let (lengthCode, lengthLeft) = Huffman.make(lengths: lengths[0..<19])
      guard lengthLeft == 0 else { throw .invalidCodeLengths }

      lengths = [Int](repeating: 0, count: 320)
      var index = 0
      let total = literalCount + distanceCount
      while index < total {
        let symbol = try decode(lengthCode)
        if symbol < 16 {
          lengths[index] = symbol
          index += 1
          continue
        }
        var value = 0
        let repeats: Int
        switch symbol {
        case 16:
          guard index > 0 else { throw .invalidCodeLengths }
          value = lengths[index - 1]
          repeats = 3 + (try bits(2))
        case 17: repeats = 3 + (try bits(3))
        default: repeats = 11 + (try bits(7))
        }
        guard index + repeats <= total else { throw .invalidCodeLengths }
        for _ in 0..<repeats {
          lengths[index] = value
          index += 1
        }
      }
      guard lengths[256] != 0 else { throw .invalidCodeLengths }  // no end-of-block code

      let (literalCode, literalLeft) = Huffman.make(lengths: lengths[0..<literalCount])
      // An incomplete code is only allowed when it has a single code (§3.2.7, as zlib accepts).
      guard literalLeft >= 0,
        literalLeft == 0 || literalCount - literalCode.counts[0] == 1
      else { throw .invalidCodeLengths }
      let (distanceCode, distanceLeft) = Huffman.make(
        lengths: lengths[literalCount..<total])
      guard distanceLeft >= 0,
        distanceLeft == 0 || distanceCount - distanceCode.counts[0] == 1
      else { throw .invalidCodeLengths }
      try codes(literalCode, distanceCode)
    }
  }
}
