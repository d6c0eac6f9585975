/// A unit on the plan: inspected this year, or owing a self-inspection report.
public struct TargetUnit: Codable, Sendable, Identifiable {
  /// Lowercase ASCII slug, e.g. `ubnd-phu-rieng`.
  public var id: String
  /// The name as the plan writes it, e.g. "UBND huyện Phú Riềng".
  public var name: String
  public var kind: UnitKind
  /// Other spellings of the name in the documents ("Sở Kế hoạch - Đầu tư").
  public var aliases: [String]
  /// For district-level units, the names of their communes, for the commune draw; `nil` if unknown.
  public var communes: [String]?
  /// The unit it belongs to or came from, as an id of another unit or as the name the plan
  /// writes ("huyện Phú Riềng (cũ)" for a commune after the district level was abolished, the
  /// centre a branch reports to).
  public var parent: String?
  /// For a unit not visited, the date its self-inspection report arrived, once it has.
  public var selfInspectionReceived: CivilDate?

  public init(
    id: String, name: String, kind: UnitKind, aliases: [String] = [], communes: [String]? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.communes = communes
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case id, name, kind, aliases, communes, parent, selfInspectionReceived }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    kind = try c.decode(UnitKind.self, forKey: .kind)
    aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    communes = try c.decodeIfPresent([String].self, forKey: .communes)
    parent = try c.decodeIfPresent(String.self, forKey: .parent)
    selfInspectionReceived = try c.decodeIfPresent(CivilDate.self, forKey: .selfInspectionReceived)
  }

  /// Whether `text` names this unit, by its name or an alias, compared after NFC normalization
  /// and ignoring case and spacing.
  public func isNamed(_ text: String) -> Bool {
    let wanted = VietnameseText.matchKey(text)
    return ([name] + aliases).contains { VietnameseText.matchKey($0) == wanted }
  }
}
