/// A person as the appendix table writes one: "Bà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ",
/// or a role standing in for a name: "Đại diện lãnh đạo Phòng …, Văn phòng UBND tỉnh".
struct PersonLine: Equatable {
  var honorific: String?
  var name: String?
  var role: String?
  var title: String?

  static let honorifics = ["Ông", "Bà", "Đồng chí"]
  static let rolePrefixes = ["Đại diện", "Lãnh đạo", "Đại điện"]

  /// Parses one entry, numbering already removed; `nil` when it is neither form.
  static func parse(_ raw: String) -> PersonLine? {
    let text = raw.cleanedSourceText.trimmingCharacters(in: .init(charactersIn: ".;,"))
    for honorific in honorifics where text.hasPrefix(honorific + " ") {
      let rest = text.dropFirst(honorific.count + 1)
      let parts = rest.split(separator: " - ", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      // Also accept an en dash, which Word's autocorrect makes of " - ".
      let split =
        parts.count == 2
        ? parts
        : rest.split(separator: " – ", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let name = split[0]
      guard isName(name) else { return nil }
      return PersonLine(
        honorific: honorific, name: name, role: nil, title: split.count == 2 ? split[1] : nil)
    }
    if rolePrefixes.contains(where: { text.hasPrefix($0) }) {
      return PersonLine(honorific: nil, name: nil, role: text, title: nil)
    }
    return nil
  }

  /// Two to six words, each starting with a capital letter: "Huỳnh Thị Bé Năm".
  static func isName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (2...6).contains(words.count)
      && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }
  }

  /// The agency named at the end of the title or role: "…, Sở Nội vụ" → "Sở Nội vụ";
  /// "Phó Chánh văn phòng Sở Tài chính" → "Sở Tài chính".
  var agencyName: String? {
    guard let text = title ?? role else { return nil }
    let last = text.components(separatedBy: ", ").last ?? text
    let starts = ["Sở ", "Văn phòng UBND", "Văn phòng Ủy ban", "Thanh tra tỉnh", "Ban ", "UBND ",
      "Ủy ban nhân dân ", "Bảo hiểm xã hội"]
    let found = starts.compactMap { last.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    return found.map { String(last[$0.lowerBound...]) }
  }

  /// An id for the person: the name as a slug ("huynh-thi-be-nam"); for a role, "dai-dien-" plus
  /// the office word and the initials of its name ("Đại diện lãnh đạo Phòng kiểm soát thủ tục
  /// hành chính, …" → "dai-dien-phong-kstthc").
  var id: String {
    if let name { return UnitName.slug(name) }
    let role = (role ?? "").components(separatedBy: ",")[0]
    var words = role.split(separator: " ").map(String.init)
    let lead: Set<String> = ["Đại", "diện", "điện", "lãnh", "Lãnh", "đạo"]
    while let first = words.first, lead.contains(first) { words.removeFirst() }
    guard let office = words.first else { return "dai-dien" }
    let initials = words.dropFirst().compactMap(\.first).map(String.init).joined()
    return "dai-dien-" + UnitName.slug(office) + (initials.isEmpty ? "" : "-" + UnitName.slug(initials))
  }
}
