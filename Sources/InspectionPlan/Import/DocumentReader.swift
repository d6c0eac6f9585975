/// Picks the reader for an imported file by its extension.
public enum DocumentReader {
  /// Input files larger than this (32 MiB) are refused before reading: a plan document is far
  /// smaller, and ZIP parts are further limited by `ZipReader.Limits`.
  public static let maxFileSize = 32 * 1024 * 1024

  /// Reads `bytes` as the format `fileName`'s extension names.
  ///
  /// - Throws: `ImportError` when the format is unknown or the bytes are not that format.
  public static func read(_ bytes: [UInt8], fileName: String) throws(ImportError) -> SourceDocument {
    let lowered = fileName.lowercased()
    if lowered.hasSuffix(".txt") || lowered.hasSuffix(".text") {
      return try TextDocumentReader.read(bytes)
    }
    if lowered.hasSuffix(".docx") { return try DocxReader.read(bytes) }
    if lowered.hasSuffix(".csv") { return try CSVReader.read(bytes) }
    if lowered.hasSuffix(".xlsx") { return try XlsxReader.read(bytes) }
    throw .unknownFormat(fileName)
  }
}
