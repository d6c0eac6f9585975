import Foundation
import Testing

@testable import InspectionPlan

/// The DEFLATE decoder against streams recorded from zlib (`Fixtures/make_deflate_fixtures.py`).
struct InflateTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
  }

  struct Expected: Decodable { let size: Int; let crc32: UInt32 }

  static let names = [
    "empty", "stored", "fixed", "dynamic", "flushed", "huffman-only", "zeros", "far-distance",
  ]

  /// The input the Python script compressed, rebuilt here so outputs compare byte for byte.
  static func original(_ name: String) throws -> [UInt8] {
    let sample = try bytes("sample.txt")
    switch name {
    case "empty": return []
    case "fixed": return Array(sample[0..<400])
    case "zeros": return [UInt8](repeating: 0, count: 100_000)
    case "far-distance":
      let far: [UInt8] = (0..<33_000).map { (i: Int) -> UInt8 in
        let value: Int = (i * 7919 + (i >> 8) * 31) % 251
        return UInt8(value)
      }
      return far + far[0..<32_000]
    default: return sample
    }
  }

  @Test(arguments: names) func decodesWhatZlibEncoded(name: String) throws {
    let manifest = try JSONDecoder().decode(
      [String: Expected].self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("manifest.json")))
    let expected = try #require(manifest[name])
    let output = try Inflate.decompress(Self.bytes(name + ".deflate"))
    #expect(output.count == expected.size)
    #expect(CRC32.checksum(output) == expected.crc32)
    #expect(output == (try Self.original(name)))
  }

  @Test func crc32OfTheCheckString() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
  }

  @Test(arguments: ["stored", "fixed", "dynamic", "flushed", "far-distance"])
  func everyTruncationThrows(name: String) throws {
    let stream = try Self.bytes(name + ".deflate")
    for length in 0..<stream.count {
      #expect(throws: InflateError.self, "prefix of \(length) bytes") {
        _ = try Inflate.decompress(Array(stream[0..<length]))
      }
    }
  }

  @Test func outputLimitStopsABomb() throws {
    let stream = try Self.bytes("zeros.deflate")
    #expect(throws: InflateError.outputLimitExceeded(limit: 1000)) {
      _ = try Inflate.decompress(stream, limit: 1000)
    }
    #expect(try Inflate.decompress(stream, limit: 100_000).count == 100_000)
    #expect(throws: InflateError.outputLimitExceeded(limit: 99_999)) {
      _ = try Inflate.decompress(stream, limit: 99_999)
    }
    let stored = try Self.bytes("stored.deflate")
    #expect(throws: InflateError.outputLimitExceeded(limit: 10)) {
      _ = try Inflate.decompress(stored, limit: 10)
    }
  }

  struct Malformed: CustomTestStringConvertible, Sendable {
    let label: String
    let bytes: [UInt8]
    let error: InflateError
    var testDescription: String { label }
  }

  @Test(arguments: [
    Malformed(label: "reserved block type 3", bytes: [0x07], error: .reservedBlockType),
    Malformed(
      label: "stored LEN and NLEN disagree", bytes: [0x01, 0x05, 0x00, 0x00, 0x00],
      error: .storedLengthMismatch),
    Malformed(label: "stored block longer than input", bytes: [0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41], error: .truncated),
    // Fixed block: distance code at once, before any output.
    Malformed(label: "back-reference before the start", bytes: [0x03, 0x02, 0x00], error: .distanceTooFar),
    // Dynamic block whose code-length code has no codes at all: nothing can be decoded.
    Malformed(
      label: "empty code-length code", bytes: [0x05, 0x00, 0x00, 0x00, 0x00, 0x00],
      error: .invalidSymbol),
    // Dynamic block whose code-length code gives four symbols one bit each: over-subscribed.
    Malformed(
      label: "over-subscribed code-length code", bytes: [0x05, 0x00, 0x92, 0x04],
      error: .invalidCodeLengths),
    Malformed(label: "no bytes", bytes: [], error: .truncated),
  ])
  func malformedStreamsThrowTheirError(_ row: Malformed) {
    #expect(throws: row.error) { _ = try Inflate.decompress(row.bytes) }
  }

  /// Fuzzing: flipped bits and random streams either decode within the limit or throw.
  @Test(arguments: ["fixed", "dynamic", "huffman-only", "far-distance"])
  func corruptedStreamsNeverCrash(name: String) throws {
    let stream = try Self.bytes(name + ".deflate")
    var generator = SplitMix64(seed: 0x1951)
    var threw = 0
    for _ in 0..<1500 {
      var mutated = stream
      for _ in 0..<(1 + Int(generator.next() % 4)) {
        let bit = Int(generator.next() % UInt64(mutated.count * 8))
        mutated[bit / 8] ^= UInt8(1 << (bit % 8))
      }
      do {
        let output = try Inflate.decompress(mutated, limit: 200_000)
        #expect(output.count <= 200_000)
      } catch {
        threw += 1
      }
    }
    #expect(threw > 0)
  }

  @Test func randomBytesNeverCrash() {
    var generator = SplitMix64(seed: 42)
    for length in 0..<3000 {
      let bytes = (0..<(length % 300)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      if let output = try? Inflate.decompress(bytes, limit: 100_000) {
        #expect(output.count <= 100_000)
      }
    }
  }
}

/// A small deterministic generator for fuzz tests (Steele, Lea, Flood 2014).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
