/// An inspection team (Đoàn kiểm tra): a standing roster that makes several visits.
///
/// Real plans set up one or more teams (Đoàn kiểm tra số 1, số 2, …), often by a decision of
/// their own, and name visits by team. A visit inherits the team's roster and may override who
/// leads it that day and who takes part (`Inspection.leader`, `deputies`, `members`, …).
public struct InspectionTeam: Codable, Sendable, Identifiable {
  /// Lowercase ASCII slug, e.g. `doan-1`.
  public var id: String
  /// The team's name as the plan writes it, e.g. "Đoàn kiểm tra số 1".
  public var name: String
  /// Person id of the leader (Trưởng đoàn).
  public var leader: String?
  /// Person ids of the deputies (Phó Trưởng đoàn), in the plan's order.
  public var deputies: [String]
  /// The deputy the plan names as standing (Phó Trưởng đoàn thường trực), one of `deputies`.
  public var standingDeputy: String?
  /// Person ids of the secretaries (Thư ký).
  public var secretaries: [String]
  /// Person ids of the other members, in the plan's order.
  public var members: [String]
  /// The unit or agency id that prepares and funds the team's visits (đơn vị chủ trì).
  public var leadAgency: String?
  /// The decision that sets up the team, when it has its own.
  public var decision: Decision?

  public init(
    id: String, name: String, leader: String? = nil, deputies: [String] = [],
    standingDeputy: String? = nil, secretaries: [String] = [], members: [String] = [],
    leadAgency: String? = nil, decision: Decision? = nil
  ) {
    self.id = id
    self.name = name
    self.leader = leader
    self.deputies = deputies
    self.standingDeputy = standingDeputy
    self.secretaries = secretaries
    self.members = members
    self.leadAgency = leadAgency
    self.decision = decision
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, name, leader, deputies, standingDeputy, secretaries, members, leadAgency, decision
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    leader = try c.decodeIfPresent(String.self, forKey: .leader)
    deputies = try c.decodeIfPresent([String].self, forKey: .deputies) ?? []
    standingDeputy = try c.decodeIfPresent(String.self, forKey: .standingDeputy)
    secretaries = try c.decodeIfPresent([String].self, forKey: .secretaries) ?? []
    members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
    leadAgency = try c.decodeIfPresent(String.self, forKey: .leadAgency)
    decision = try c.decodeIfPresent(Decision.self, forKey: .decision)
    if let standing = standingDeputy, !deputies.contains(standing) {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.standingDeputy],
          debugDescription: "'\(standing)' không có trong danh sách 'deputies' của đoàn"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encodeIfPresent(leader, forKey: .leader)
    if !deputies.isEmpty { try c.encode(deputies, forKey: .deputies) }
    try c.encodeIfPresent(standingDeputy, forKey: .standingDeputy)
    if !secretaries.isEmpty { try c.encode(secretaries, forKey: .secretaries) }
    if !members.isEmpty { try c.encode(members, forKey: .members) }
    try c.encodeIfPresent(leadAgency, forKey: .leadAgency)
    try c.encodeIfPresent(decision, forKey: .decision)
  }
}
