/// Reads the files inside a ZIP archive (a .docx or .xlsx), from its central directory.
///
/// Supports the two methods Office files use, stored (0) and DEFLATE (8), and checks each file's
/// CRC-32. Refuses what an office document never needs and an attacker would: encryption, ZIP64,
/// more than `Limits.maxEntries` files, a file larger than `Limits.maxEntrySize` once
/// decompressed, more than `Limits.maxTotalSize` read in all, or a compression ratio above
/// `Limits.maxRatio` for a file over 1 MiB. The total is checked on the sizes the directory declares. Sizes in the directory are not trusted: decompression
/// stops at the declared size (or the limit, whichever is smaller).
public struct ZipReader: Sendable {
  /// Bounds against decompression bombs.
  public struct Limits: Sendable {
    /// The most files the archive may list. Default 10 000.
    public var maxEntries = 10_000
    /// The most bytes one file may hold once decompressed. Default 64 MiB (`Inflate.defaultLimit`).
    public var maxEntrySize = Inflate.defaultLimit
    /// The most bytes all files read through one reader may hold. Default 256 MiB.
    public var maxTotalSize = 256 * 1024 * 1024
    /// The highest decompressed/compressed ratio accepted for a file over 1 MiB. Default 200.
    public var maxRatio = 200

    public init() {}
  }

  /// One file listed in the central directory.
  public struct Entry: Sendable, Equatable {
    public var name: String
    /// 0 stored, 8 DEFLATE.
    public var method: Int
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    var localHeaderOffset: Int
  }

  public let entries: [Entry]
  public let limits: Limits
  private let bytes: [UInt8]

  /// Reads the central directory of `bytes`.
  ///
  /// - Throws: `ZipError` when `bytes` is not a ZIP archive or uses what this reader refuses.
  public init(bytes: [UInt8], limits: Limits = Limits()) throws(ZipError) {
    self.bytes = bytes
    self.limits = limits
    guard bytes.count >= 22 else { throw .notAZip }
    // The end-of-central-directory record is the last 22 bytes plus a comment of up to 65535.
    var end = -1
    var index = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while index >= lowest {
      if ZipReader.u32(bytes, index) == 0x0605_4B50 {
        end = index
        break
      }
      index -= 1
    }
    guard end >= 0 else { throw .notAZip }
    let count = ZipReader.u16(bytes, end + 10)
    let directorySize = ZipReader.u32(bytes, end + 12)
    let directoryOffset = ZipReader.u32(bytes, end + 16)
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
    guard count <= limits.maxEntries else { throw .tooManyEntries(count) }
    guard directoryOffset + directorySize <= end else { throw .corrupt("thư mục trung tâm") }

    var entries: [Entry] = []
    var at = directoryOffset
    for _ in 0..<count {
      guard at + 46 <= end, ZipReader.u32(bytes, at) == 0x0201_4B50 else {
        throw .corrupt("thư mục trung tâm")
      }
      let flags = ZipReader.u16(bytes, at + 8)
      let nameLength = ZipReader.u16(bytes, at + 28)
      let extraLength = ZipReader.u16(bytes, at + 30)
      let commentLength = ZipReader.u16(bytes, at + 32)
      guard at + 46 + nameLength <= end else { throw .corrupt("thư mục trung tâm") }
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      if flags & 1 != 0 { throw .unsupported("tệp được mã hóa (\(name))") }
      entries.append(
        Entry(
          name: name, method: ZipReader.u16(bytes, at + 10),
          crc32: UInt32(ZipReader.u32(bytes, at + 16)),
          compressedSize: ZipReader.u32(bytes, at + 20),
          uncompressedSize: ZipReader.u32(bytes, at + 24),
          localHeaderOffset: ZipReader.u32(bytes, at + 42)))
      at += 46 + nameLength + extraLength + commentLength
    }
    let total = entries.reduce(0) { $0 + $1.uncompressedSize }
    guard total <= limits.maxTotalSize else { throw .tooLarge("tổng", limit: limits.maxTotalSize) }
    self.entries = entries
  }

  /// The entry called `name` (exact, case-sensitive as ZIP names are), if listed.
  public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

  /// The decompressed bytes of `entry`, checked against its CRC-32.
  ///
  /// - Throws: `ZipError` for a corrupt entry, an unsupported method, a CRC mismatch or a limit.
  public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
    let at = entry.localHeaderOffset
    guard at + 30 <= bytes.count, ZipReader.u32(bytes, at) == 0x0403_4B50 else {
      throw .corrupt(entry.name)
    }
    let start = at + 30 + ZipReader.u16(bytes, at + 26) + ZipReader.u16(bytes, at + 28)
    guard start + entry.compressedSize <= bytes.count else { throw .corrupt(entry.name) }
    guard entry.uncompressedSize <= limits.maxEntrySize else {
      throw .tooLarge(entry.name, limit: limits.maxEntrySize)
    }
    if entry.uncompressedSize > 1024 * 1024,
      entry.uncompressedSize > limits.maxRatio * max(entry.compressedSize, 1)
    {
      throw .suspiciousRatio(entry.name)
    }
    let data = Array(bytes[start..<(start + entry.compressedSize)])
    let output: [UInt8]
    switch entry.method {
    case 0:
      output = data
    case 8:
      do {
        // Never more than the directory declares: a lying size cannot make us inflate further.
        output = try Inflate.decompress(data, limit: entry.uncompressedSize)
      } catch {
        if case .outputLimitExceeded = error { throw .sizeMismatch(entry.name) }
        throw .inflate(entry.name, error)
      }
    default:
      throw .unsupported("phương thức nén \(entry.method) (\(entry.name))")
    }
    guard output.count == entry.uncompressedSize else { throw .sizeMismatch(entry.name) }
    guard CRC32.checksum(output) == entry.crc32 else { throw .checksumMismatch(entry.name) }
    return output
  }

  /// The decompressed bytes of the entry called `name`, or `nil` when the archive has none.
  public func contents(ofEntryNamed name: String) throws(ZipError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try contents(of: entry)
  }

  static func u16(_ bytes: [UInt8], _ at: Int) -> Int {
    guard at + 2 <= bytes.count else { return 0 }
    return Int(bytes[at]) | Int(bytes[at + 1]) << 8
  }

  static func u32(_ bytes: [UInt8], _ at: Int) -> Int {
    guard at + 4 <= bytes.count else { return 0 }
    return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16
      | Int(bytes[at + 3]) << 24
  }
}

/// Why a ZIP archive could not be read.
public enum ZipError: Error, Equatable, Sendable {
  case notAZip
  case corrupt(String)
  case unsupported(String)
  case tooManyEntries(Int)
  case tooLarge(String, limit: Int)
  case suspiciousRatio(String)
  case sizeMismatch(String)
  case checksumMismatch(String)
  case inflate(String, InflateError)

  /// A Vietnamese description for users.
  public var vietnameseDescription: String {
    switch self {
    case .notAZip: "không phải tệp ZIP, hoặc tệp bị cắt cụt (tệp .docx/.xlsx là một tệp ZIP)"
    case .corrupt(let part): "tệp ZIP bị hỏng (\(part))"
    case .unsupported(let what): "tệp ZIP dùng tính năng không hỗ trợ: \(what)"
    case .tooManyEntries(let count): "tệp ZIP có quá nhiều tệp con (\(count))"
    case .tooLarge(let name, let limit):
      "\(name): dữ liệu giải nén vượt quá giới hạn \(limit) byte"
    case .suspiciousRatio(let name):
      "\(name): tỷ lệ nén bất thường (nghi là tệp nén độc hại)"
    case .sizeMismatch(let name): "\(name): kích thước sau giải nén không khớp với khai báo"
    case .checksumMismatch(let name): "\(name): sai mã kiểm tra CRC-32"
    case .inflate(let name, let error): "\(name): \(error.vietnameseDescription)"
    }
  }
}
