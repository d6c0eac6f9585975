import Foundation

/// Comparing and sorting Vietnamese text.
public enum VietnameseText {
  /// The text in Unicode normalization form C, so that "ệ" typed as one code point or as
  /// "e" plus two combining marks compares equal.
  public static func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

  /// A key for matching names: NFC, lowercased, runs of spaces collapsed, and "-" or "," read as
  /// "và" separators so "Sở Kế hoạch - Đầu tư" matches "Sở Kế hoạch và Đầu tư".
  public static func matchKey(_ text: String) -> String {
    let lowered = nfc(text).lowercased()
    let words = lowered.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
      .filter { $0 != "và" }
    return words.joined(separator: " ")
  }

  /// Sort order for people: Vietnamese alphabet order (a ă â b c d đ e ê …, then tones
  /// unmarked, huyền, hỏi, ngã, sắc, nặng), case-insensitive.
  public static func collationKey(_ text: String) -> [Int] {
    // Decompose so base letter, vowel modifier and tone mark come apart.
    let decomposed = nfc(text).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    var letters: [Int] = []
    var tones: [Int] = []
    var current: (base: Unicode.Scalar, modifier: UInt32?)? = nil
    var currentTone = 0
    func flush() {
      guard let c = current else { return }
      letters.append(letterRank(c.base, c.modifier))
      tones.append(currentTone)
      current = nil
      currentTone = 0
    }
    for scalar in decomposed {
      switch scalar.value {
      case 0x0306, 0x0302, 0x031B:  // breve, circumflex, horn: part of the letter
        current?.modifier = scalar.value
      case 0x0300: currentTone = 1  // huyền
      case 0x0309: currentTone = 2  // hỏi
      case 0x0303: currentTone = 3  // ngã
      case 0x0301: currentTone = 4  // sắc
      case 0x0323: currentTone = 5  // nặng
      default:
        flush()
        current = (scalar, nil)
      }
    }
    flush()
    return letters + [-1] + tones
  }

  /// Sorts strings in Vietnamese order.
  public static func sorted(_ texts: [String]) -> [String] {
    texts.map { ($0, collationKey($0)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
  }

  private static let alphabet: [String] = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
    "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
  ]
  private static let ranks: [String: Int] = Dictionary(
    uniqueKeysWithValues: alphabet.enumerated().map { ($1, $0 + 1000) })

  private static func letterRank(_ base: Unicode.Scalar, _ modifier: UInt32?) -> Int {
    var text = String(Character(base))
    if let modifier, let mark = Unicode.Scalar(modifier) { text.unicodeScalars.append(mark) }
    text = text.precomposedStringWithCanonicalMapping
    if base == "đ" || base == "\u{0111}" { return ranks["đ"]! }
    return ranks[text] ?? Int(base.value)
  }
}
