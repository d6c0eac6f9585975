/// Builds a ZIP archive in memory, the container of every Office Open XML file (.docx, .xlsx).
///
/// Entries are written in the order they are added, with a fixed timestamp (1 January 1980, the
/// first date ZIP can hold) so the same entries always give the same bytes. Entries are stored
/// (method 0) or compressed with deflate (method 8, fixed Huffman codes, RFC 1951 §3.2.6); both
/// are read by every ZIP reader and by Word, Excel and LibreOffice. No ZIP64: the archive must
/// stay under 4 GiB and 65,535 entries, far above any document this tool writes.
///
/// ```swift
/// var zip = ZipWriter()
/// zip.add("mimetype", bytes: Array("hello".utf8))
/// let bytes = zip.finish()
/// ```
package struct ZipWriter {
  /// How an entry's bytes are kept in the archive.
  package enum Method: UInt16, Sendable {
    /// Bytes as they are (method 0).
    case stored = 0
    /// Compressed with deflate (method 8).
    case deflated = 8
  }

  private struct CentralEntry {
    let name: [UInt8], method: Method, crc: UInt32, compressedSize: UInt32, size: UInt32
    let offset: UInt32
  }

  /// The MS-DOS time and date of every entry: 00:00:00 on 1980-01-01 (APPNOTE 4.4.6).
  static let dosTime: UInt16 = 0
  static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

  private var output: [UInt8] = []
  private var entries: [CentralEntry] = []
  private var names: Set<String> = []

  package init() {}

  /// Adds one file; `path` uses `/` between folders (`word/document.xml`).
  ///
  /// A name already added is ignored the second time (an archive with two entries of one name is
  /// rejected by Office as damaged).
  package mutating func add(_ path: String, bytes: [UInt8], method: Method = .stored) {
    guard names.insert(path).inserted else { return }
    let name = Array(path.utf8)
    let crc = CRC32.checksum(bytes)
    let body = method == .deflated ? Deflate.compress(bytes) : bytes
    let offset = UInt32(output.count)
    output.append(le32: 0x0403_4B50)  // local file header signature
    output.append(le16: 20)  // version needed: 2.0 (deflate)
    output.append(le16: 1 << 11)  // flags: names are UTF-8
    output.append(le16: method.rawValue)
    output.append(le16: Self.dosTime)
    output.append(le16: Self.dosDate)
    output.append(le32: crc)
    output.append(le32: UInt32(body.count))
    output.append(le32: UInt32(bytes.count))
    output.append(le16: UInt16(name.count))
    output.append(le16: 0)  // extra field length
    output += name
    output += body
    entries.append(
      CentralEntry(
        name: name, method: method, crc: crc, compressedSize: UInt32(body.count),
        size: UInt32(bytes.count), offset: offset))
  }

  /// Adds a text file encoded as UTF-8.
  package mutating func add(_ path: String, text: String, method: Method = .stored) {
    add(path, bytes: Array(text.utf8), method: method)
  }

  /// The whole archive: the entries, the central directory and its end record.
  package func finish() -> [UInt8] {
    var bytes = output
    let directoryStart = UInt32(bytes.count)
    for entry in entries {
      bytes.append(le32: 0x0201_4B50)  // central directory header signature
      bytes.append(le16: 20)  // version made by: 2.0, MS-DOS attributes
      bytes.append(le16: 20)
      bytes.append(le16: 1 << 11)
      bytes.append(le16: entry.method.rawValue)
      bytes.append(le16: Self.dosTime)
      bytes.append(le16: Self.dosDate)
      bytes.append(le32: entry.crc)
      bytes.append(le32: entry.compressedSize)
      bytes.append(le32: entry.size)
      bytes.append(le16: UInt16(entry.name.count))
      bytes.append(le16: 0)  // extra field length
      bytes.append(le16: 0)  // comment length
      bytes.append(le16: 0)  // disk number
      bytes.append(le16: 0)  // internal attributes
      bytes.append(le32: 0)  // external attributes
      bytes.append(le32: entry.offset)
      bytes += entry.name
    }
    let directorySize = UInt32(bytes.count) - directoryStart
    bytes.append(le32: 0x0605_4B50)  // end of central directory signature
    bytes.append(le16: 0)
    bytes.append(le16: 0)
    bytes.append(le16: UInt16(entries.count))
    bytes.append(le16: UInt16(entries.count))
    bytes.append(le32: directorySize)
    bytes.append(le32: directoryStart)
    bytes.append(le16: 0)  // comment length
    return bytes
  }
}

extension [UInt8] {
  mutating func append(le16 value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
