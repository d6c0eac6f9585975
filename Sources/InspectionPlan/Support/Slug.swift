/// Ids in plan files: lowercase ASCII slugs without diacritics, safe in file names and UIDs.
public enum Slug {
  /// Whether `text` is 1–64 characters of `a-z`, `0-9` and inner single `-`.
  ///
  /// Example: `ubnd-phu-rieng` is valid; `UBND Phú Riềng`, `-x`, `a--b` and `../x` are not.
  public static func isValid(_ text: String) -> Bool {
    guard (1...64).contains(text.utf8.count), text.first != "-", text.last != "-",
      !text.contains("--")
    else { return false }
    return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
  }
}
