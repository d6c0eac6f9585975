/// A file that cannot be imported at all (exit 2). What can be read but not understood goes to the
/// `ImportReport` instead.
public enum ImportError: Error, Equatable, Sendable {
  /// Not UTF-8 text.
  case notText
  /// A .docx/.xlsx that is not a readable ZIP.
  case archive(ZipError)
  /// A ZIP without the part a Word or Excel document has.
  case missingPart(String)
  /// XML that cannot be parsed, or that declares a DTD or entities (never in Office files; the
  /// way XML bombs work).
  case invalidXML(part: String, reason: String)
  /// No table with the columns of the appendix ("Đối tượng kiểm tra", "Thời gian kiểm tra").
  case noAppendixTable
  /// The file's extension is none of .docx, .xlsx, .csv, .txt.
  case unknownFormat(String)

  /// Vietnamese, one line.
  public var vietnameseDescription: String {
    switch self {
    case .notText: "không phải tệp văn bản UTF-8"
    case .archive(let error): error.vietnameseDescription
    case .missingPart(let part): "không có phần \(part) (không phải tài liệu Word/Excel?)"
    case .invalidXML(let part, let reason): "\(part): XML không hợp lệ: \(reason)"
    case .noAppendixTable:
      "không tìm thấy bảng phụ lục (cần các cột \"Đối tượng kiểm tra\" và \"Thời gian kiểm tra\")"
    case .unknownFormat(let name):
      "không nhận dạng được định dạng '\(name)' (cần .docx, .xlsx, .csv hoặc .txt)"
    }
  }
}
