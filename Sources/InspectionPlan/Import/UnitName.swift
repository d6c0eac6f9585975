import Foundation

/// What a unit's written name says: its kind, an id, and the usual spelling.
struct UnitName: Equatable {
  /// The name the plan uses: the official spelling when the written one is a known variant.
  var name: String
  var id: String
  var kind: UnitKind

  /// Official names of provincial bodies (Nghị định 24/2014/NĐ-CP, 107/2020/NĐ-CP and the 2025
  /// reorganisation), so "Sở Tài Nguyên và Môi trường" is filed under "Sở Tài nguyên và Môi
  /// trường" with the written form kept as an alias.
  static let official: [(String, UnitKind)] = [
    ("Sở Nội vụ", .provincialDepartment), ("Sở Tư pháp", .provincialDepartment),
    ("Sở Kế hoạch và Đầu tư", .provincialDepartment), ("Sở Tài chính", .provincialDepartment),
    ("Sở Công Thương", .provincialDepartment),
    ("Sở Nông nghiệp và Phát triển nông thôn", .provincialDepartment),
    ("Sở Nông nghiệp và Môi trường", .provincialDepartment),
    ("Sở Giao thông vận tải", .provincialDepartment), ("Sở Xây dựng", .provincialDepartment),
    ("Sở Tài nguyên và Môi trường", .provincialDepartment),
    ("Sở Thông tin và Truyền thông", .provincialDepartment),
    ("Sở Lao động - Thương binh và Xã hội", .provincialDepartment),
    ("Sở Văn hóa, Thể thao và Du lịch", .provincialDepartment),
    ("Sở Văn hóa và Thể thao", .provincialDepartment), ("Sở Du lịch", .provincialDepartment),
    ("Sở Khoa học và Công nghệ", .provincialDepartment),
    ("Sở Giáo dục và Đào tạo", .provincialDepartment), ("Sở Y tế", .provincialDepartment),
    ("Sở Ngoại vụ", .provincialDepartment), ("Sở Dân tộc và Tôn giáo", .provincialDepartment),
    ("Thanh tra tỉnh", .provincialDepartment), ("Văn phòng UBND tỉnh", .provincialDepartment),
    ("Ban Dân tộc", .provincialDepartment), ("Bảo hiểm xã hội tỉnh", .centralBranch),
  ]

  /// Prefixes of central agencies' branches in a province (cơ quan ngành dọc).
  static let centralPrefixes = [
    "Bảo hiểm xã hội", "Cục ", "Kho bạc Nhà nước", "Công an tỉnh", "Ngân hàng Nhà nước",
    "Chi cục ", "Thống kê tỉnh",
  ]

  /// Prefixes of public service units (đơn vị sự nghiệp công lập).
  static let publicServicePrefixes = [
    "Trung tâm ", "Trường ", "Bệnh viện ", "Viện ", "Đài Phát thanh", "Ban Quản lý dự án",
  ]

  /// Classifies a written unit name, or `nil` when it is not recognisably a unit.
  ///
  /// Example: "UBND thành phố Đồng Xoài" is a district-level unit `ubnd-dong-xoai`;
  /// "Sở Lao động, Thương binh và Xã hội" is `so-lao-dong-tbxh`, officially spelt
  /// "Sở Lao động - Thương binh và Xã hội".
  static func classify(_ written: String) -> UnitName? {
    let text = written.cleanedSourceText.trimmingCharacters(in: CharacterSet(charactersIn: ".;:,"))
      .trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty, text.count <= 160 else { return nil }
    let key = matchKey(text)
    if let (name, kind) = official.first(where: { matchKey($0.0) == key }) {
      return UnitName(name: name, id: slug(name), kind: kind)
    }
    let committee = #/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\s+(.+)$/#
      .ignoresCase()
    if let match = text.firstMatch(of: committee) {
      let level = String(match.1).lowercased()
      let place = String(match.2)
      if ["xã", "phường", "thị trấn"].contains(level) {
        return UnitName(
          name: text, id: "ubnd-" + slug(level) + "-" + slug(place), kind: .communeLevel)
      }
      return UnitName(name: text, id: "ubnd-" + slug(place), kind: .districtLevel)
    }
    if centralPrefixes.contains(where: { text.hasPrefix($0) }) {
      return UnitName(name: text, id: slug(text), kind: .centralBranch)
    }
    if publicServicePrefixes.contains(where: { text.hasPrefix($0) }) {
      return UnitName(name: text, id: slug(text), kind: .publicServiceUnit)
    }
    if text.hasPrefix("Sở ") || text.hasPrefix("Ban ") {
      return UnitName(name: text, id: slug(text), kind: .provincialDepartment)
    }
    return nil
  }

  /// `VietnameseText.matchKey`, also reading "Ủy ban nhân dân" as "UBND".
  static func matchKey(_ text: String) -> String {
    VietnameseText.matchKey(
      VietnameseText.nfc(text).replacingOccurrences(
        of: "(Ủ|Uỷ|ủ|uỷ)y? ?ban nhân dân", with: "UBND", options: [.regularExpression, .caseInsensitive]))
  }

  /// Usual abbreviations in ids, after folding to ASCII.
  static let abbreviations = [
    ("thuong-binh-xa-hoi", "tbxh"), ("phat-trien-nong-thon", "ptnt"), ("bao-hiem-xa-hoi", "bhxh"),
  ]

  /// An ASCII id: diacritics dropped, "đ" as "d", lowercase, "và" left out, words joined by "-",
  /// at most 64 characters. "Sở Kế hoạch và Đầu tư" → "so-ke-hoach-dau-tu".
  static func slug(_ text: String) -> String {
    let folded = VietnameseText.nfc(text).replacingOccurrences(of: "đ", with: "d")
      .replacingOccurrences(of: "Đ", with: "D")
      .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    let words = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
      .map(String.init).filter { $0 != "va" }  // "và"; no unit or given name is "Va"
    var id = words.joined(separator: "-")
    for (long, short) in abbreviations { id = id.replacingOccurrences(of: long, with: short) }
    while id.utf8.count > 64, let cut = id.lastIndex(of: "-") { id = String(id[..<cut]) }
    return id
  }
}
