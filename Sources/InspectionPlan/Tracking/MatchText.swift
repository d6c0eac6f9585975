import Foundation  // decomposedStringWithCanonicalMapping

/// Vietnamese text reduced to words for matching a report against its outline.
///
/// Each word is lowercased, its tone mark moved to the end of the word so the old and new
/// spellings agree ("hoá" and "hóa" both become `hoa` + sắc), punctuation dropped, and the
/// abbreviations reports use spelled out ("CCHC" becomes "cải cách hành chính"). Only letters
/// and ASCII digits make words: a footnote mark "¹" or a slash separates them, so
/// "61/2018/NĐ-CP" is the words `61 2018 nđ cp`; so does a change from digits to letters.
enum MatchText {
  /// The words of `text`.
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    func flush() {
      guard !current.isEmpty else { return }
      let word = normalize(current)
      if let expansion = abbreviations[word] {
        result += expansion
      } else {
        result.append(word)
      }
      current = ""
    }
    var digits = false
    for character in VietnameseText.nfc(text) {
      let isDigit = ("0"..."9").contains(character)
      if character.isLetter || isDigit {
        // "15Quyết" (a space lost in copying) is two words.
        if !current.isEmpty && isDigit != digits { flush() }
        current.append(character)
        digits = isDigit
      } else {
        flush()
      }
    }
    flush()
    return result
  }

  /// How many words `text` has, as a reader counts them (whitespace-separated, with letters or digits).
  static func wordCount(_ text: String) -> Int {
    text.split(whereSeparator: \.isWhitespace).filter {
      $0.contains(where: { $0.isLetter || $0.isNumber })
    }.count
  }

  /// Whether `words` contains `phrase` as consecutive words.
  static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard !phrase.isEmpty, phrase.count <= words.count else { return false }
    let first = phrase[0]
    var i = 0
    while i + phrase.count <= words.count {
      if words[i] == first, Array(words[i..<(i + phrase.count)]) == phrase { return true }
      i += 1
    }
    return false
  }

  /// Adjacent word pairs, the unit Vietnamese meaning mostly lives in ("thể chế", "công vụ").
  static func bigrams(_ words: [String]) -> Set<String> {
    guard words.count > 1 else { return Set(words) }
    return Set((0..<(words.count - 1)).map { words[$0] + " " + words[$0 + 1] })
  }

  /// Dice similarity of two word lists' bigrams, from 0 (nothing shared) to 1 (the same).
  static func similarity(_ a: [String], _ b: [String]) -> Double {
    let x = bigrams(a)
    let y = bigrams(b)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
  }

  /// Lowercase, NFC, with the tone mark (if any) moved to the end as a digit 1–5 (huyền, hỏi,
  /// ngã, sắc, nặng), so tone placement ("hoà"/"hòa", "uỷ"/"ủy") does not matter.
  static func normalize(_ word: String) -> String {
    var tone = 0
    var scalars = String.UnicodeScalarView()
    for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x0300: tone = 1
      case 0x0309: tone = 2
      case 0x0303: tone = 3
      case 0x0301: tone = 4
      case 0x0323: tone = 5
      default: scalars.append(scalar)
      }
    }
    let base = String(scalars).precomposedStringWithCanonicalMapping
    return tone == 0 ? base : base + String(tone)
  }

  /// Abbreviations of administrative-reform reports, spelled out (keys are normalized words).
  static let abbreviations: [String: [String]] = {
    let table: [(String, String)] = [
      ("CCHC", "cải cách hành chính"),
      ("TTHC", "thủ tục hành chính"),
      ("TTTHC", "thủ tục hành chính"),  // a frequent typo in the Bình Dương 2022 tables
      ("QPPL", "quy phạm pháp luật"),
      ("VBQPPL", "văn bản quy phạm pháp luật"),
      ("VBQPPPL", "văn bản quy phạm pháp luật"),
      ("VBQPL", "văn bản quy phạm pháp luật"),
      ("CĐS", "chuyển đổi số"),
      ("CNTT", "công nghệ thông tin"),
      ("DVC", "dịch vụ công"),
      ("DVCTT", "dịch vụ công trực tuyến"),
      ("CBCCVC", "cán bộ công chức viên chức"),
      ("CBCC", "cán bộ công chức"),
      ("ĐVSNCL", "đơn vị sự nghiệp công lập"),
      ("ĐVSNNCL", "đơn vị sự nghiệp công lập"),
      ("SNCL", "sự nghiệp công lập"),
      ("UBND", "ủy ban nhân dân"),
      ("HĐND", "hội đồng nhân dân"),
      ("NSNN", "ngân sách nhà nước"),
      ("PAKN", "phản ánh kiến nghị"),
      ("BCĐ", "ban chỉ đạo"),
    ]
    return Dictionary(
      table.map { (normalize($0.0), $0.1.split(separator: " ").map { normalize(String($0)) }) },
      uniquingKeysWith: { a, _ in a })
  }()
}
