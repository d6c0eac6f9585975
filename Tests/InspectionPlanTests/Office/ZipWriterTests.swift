import Foundation
import Testing

@testable import InspectionPlan

@Suite struct ZipWriterTests {
  @Test func crcOfCheckString() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test(arguments: [ZipWriter.Method.stored, .deflated])
  func entriesReadBackInOrder(method: ZipWriter.Method) throws {
    var zip = ZipWriter()
    zip.add("[Content_Types].xml", text: "<Types/>", method: method)
    zip.add("word/document.xml", text: String(repeating: "<w:p>Tiếng Việt có dấu</w:p>", count: 200), method: method)
    zip.add("empty", bytes: [], method: method)
    let archive = try TestUnzip(zip.finish())
    #expect(archive.names == ["[Content_Types].xml", "word/document.xml", "empty"])
    #expect(try archive.text("word/document.xml").hasPrefix("<w:p>Tiếng Việt"))
    #expect(try archive.text("empty") == "")
    for entry in archive.entries {
      #expect(entry.method == method.rawValue)
      #expect(CRC32.checksum(entry.bytes) == entry.crc)
    }
  }

  @Test func sameEntriesGiveSameBytes() {
    func build() -> [UInt8] {
      var zip = ZipWriter()
      zip.add("a.xml", text: "<a/>")
      zip.add("b.xml", text: "<b>x</b>", method: .deflated)
      return zip.finish()
    }
    #expect(build() == build())
  }

  @Test func timestampIsFixedAt1980() {
    var zip = ZipWriter()
    zip.add("a", text: "x")
    let bytes = zip.finish()
    // Local header: time at offset 10, date at 12 (APPNOTE 4.3.7).
    #expect(bytes[10] == 0 && bytes[11] == 0)
    #expect(UInt16(bytes[12]) | UInt16(bytes[13]) << 8 == 0x21)
  }

  @Test func duplicateNameIsKeptOnce() throws {
    var zip = ZipWriter()
    zip.add("a", text: "first")
    zip.add("a", text: "second")
    let archive = try TestUnzip(zip.finish())
    #expect(archive.names == ["a"])
    #expect(try archive.text("a") == "first")
  }

  @Test func deflateShrinksRepetitiveXML() {
    let xml = Array(String(repeating: "<w:tc><w:p><w:r><w:t>Số liệu</w:t></w:r></w:p></w:tc>", count: 100).utf8)
    #expect(Deflate.compress(xml).count * 5 < xml.count)
  }

  /// Random inputs (fixed seed: a failure can be replayed) round-trip through deflate and inflate,
  /// including long matches, matches at the window's edge and incompressible bytes.
  @Test func deflateRoundTripsRandomInputs() throws {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    for round in 0..<60 {
      let length = Int(next() % 70_000)
      let alphabet = round % 3 == 0 ? 256 : Int(next() % 6) + 1
      var input: [UInt8] = []
      input.reserveCapacity(length)
      while input.count < length {
        if input.count > 10, next() % 4 == 0 {
          let distance = Int(next() % UInt64(min(input.count, 40_000))) + 1
          let run = Int(next() % 300)
          for _ in 0..<run where input.count < length { input.append(input[input.count - distance]) }
        } else {
          input.append(UInt8(next() % UInt64(alphabet)))
        }
      }
      let inflated = try TestUnzip.inflateFixed(Deflate.compress(input))
      #expect(inflated == input, "round \(round), \(length) bytes")
    }
  }
}
