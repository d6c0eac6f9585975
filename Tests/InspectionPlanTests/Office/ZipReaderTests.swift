import Foundation
import Testing

@testable import InspectionPlan

/// Reading ZIP archives made by Python's zipfile (`Fixtures/make_zip_fixtures.py`).
struct ZipReaderTests {
  static func zip(_ name: String) throws -> [UInt8] { try InflateTests.bytes(name) }

  @Test func readsStoredAndDeflatedEntries() throws {
    let reader = try ZipReader(bytes: Self.zip("two-methods.zip"))
    #expect(reader.entries.map(\.name) == ["stored.txt", "word/deflated.txt"])
    #expect(reader.entries.map(\.method) == [0, 8])
    let sample = try InflateTests.bytes("sample.txt")
    #expect(try reader.contents(ofEntryNamed: "stored.txt") == sample)
    #expect(try reader.contents(ofEntryNamed: "word/deflated.txt") == sample)
    #expect(try reader.contents(ofEntryNamed: "word/document.xml") == nil)
  }

  @Test func refusesAHighRatioBomb() throws {
    let reader = try ZipReader(bytes: Self.zip("bomb.zip"))
    #expect(throws: ZipError.suspiciousRatio("word/document.xml")) {
      _ = try reader.contents(ofEntryNamed: "word/document.xml")
    }
    var small = ZipReader.Limits()
    small.maxEntrySize = 1024 * 1024
    let limited = try ZipReader(bytes: Self.zip("bomb.zip"), limits: small)
    #expect(throws: ZipError.tooLarge("word/document.xml", limit: 1024 * 1024)) {
      _ = try limited.contents(ofEntryNamed: "word/document.xml")
    }
    var total = ZipReader.Limits()
    total.maxTotalSize = 1000
    #expect(throws: ZipError.tooLarge("tổng", limit: 1000)) {
      _ = try ZipReader(bytes: Self.zip("bomb.zip"), limits: total)
    }
  }

  @Test func checksCRCAndDeclaredSize() throws {
    let badCRC = try ZipReader(bytes: Self.zip("bad-crc.zip"))
    #expect(throws: ZipError.checksumMismatch("word/document.xml")) {
      _ = try badCRC.contents(ofEntryNamed: "word/document.xml")
    }
    let lying = try ZipReader(bytes: Self.zip("lying-size.zip"))
    #expect(throws: ZipError.sizeMismatch("word/document.xml")) {
      _ = try lying.contents(ofEntryNamed: "word/document.xml")
    }
  }

  @Test func notAZip() {
    for bytes in [[UInt8](), Array("PK not really a zip file at all, just text".utf8)] {
      #expect(throws: ZipError.notAZip) { _ = try ZipReader(bytes: bytes) }
    }
  }

  /// Fuzzing: truncated and bit-flipped archives are read or refused, never crash.
  @Test func damagedArchivesNeverCrash() throws {
    let original = try Self.zip("two-methods.zip")
    for length in stride(from: 0, to: original.count, by: 7) {
      if let reader = try? ZipReader(bytes: Array(original[0..<length])) {
        for entry in reader.entries { _ = try? reader.contents(of: entry) }
      }
    }
    var generator = SplitMix64(seed: 7)
    for _ in 0..<2000 {
      var mutated = original
      let index = Int(generator.next() % UInt64(mutated.count))
      mutated[index] = UInt8(truncatingIfNeeded: generator.next())
      if let reader = try? ZipReader(bytes: mutated) {
        for entry in reader.entries {
          if let bytes = try? reader.contents(of: entry) { #expect(bytes.count == entry.uncompressedSize) }
        }
      }
    }
  }
}
