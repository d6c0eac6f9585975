/// A person on an inspection team, or a role placeholder with no name yet.
public struct Person: Codable, Sendable, Identifiable {
  public var id: String
  /// "Ông" or "Bà"; `nil` for a placeholder.
  public var honorific: String?
  /// The full name; `nil` for a role placeholder.
  public var name: String?
  /// For a placeholder, the role that stands in for a name, e.g. "Đại diện lãnh đạo Phòng
  /// kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh".
  public var role: String?
  /// The person's position as the plan writes it, e.g. "Phó Giám đốc Sở Nội vụ".
  public var title: String?
  /// The id of the unit or agency the person works for.
  public var agency: String?
  /// Days the person cannot take part in a visit, both ends of each window included.
  public var unavailable: [DateWindow]

  public init(
    id: String, honorific: String? = nil, name: String? = nil, role: String? = nil,
    title: String? = nil, agency: String? = nil, unavailable: [DateWindow] = []
  ) {
    self.id = id
    self.honorific = honorific
    self.name = name
    self.role = role
    self.title = title
    self.agency = agency
    self.unavailable = unavailable
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, honorific, name, role, title, agency, unavailable
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    honorific = try c.decodeIfPresent(String.self, forKey: .honorific)
    name = try c.decodeIfPresent(String.self, forKey: .name)
    role = try c.decodeIfPresent(String.self, forKey: .role)
    title = try c.decodeIfPresent(String.self, forKey: .title)
    agency = try c.decodeIfPresent(String.self, forKey: .agency)
    unavailable = try c.decodeIfPresent([DateWindow].self, forKey: .unavailable) ?? []
    if name == nil && role == nil {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath, debugDescription: "mỗi người cần có 'name' hoặc 'role'"))
    }
  }

  /// Whether this entry is a role placeholder rather than a named person.
  public var isPlaceholder: Bool { name == nil }

  /// How output names the person: "Bà Huỳnh Thị Bé Năm", or the role of a placeholder.
  public var displayName: String {
    guard let name else { return role ?? id }
    return [honorific, name].compactMap { $0 }.joined(separator: " ")
  }

  /// The name with the position, as the appendix table writes it:
  /// "Bà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ".
  public var displayNameWithTitle: String {
    guard let title, !isPlaceholder else { return displayName }
    return "\(displayName) - \(title)"
  }
}
