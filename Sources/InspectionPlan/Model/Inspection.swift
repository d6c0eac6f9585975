/// One visit of the inspection team to one unit.
public struct Inspection: Codable, Sendable, Identifiable {
  public var id: String
  /// The id of the inspected unit.
  public var unit: String
  /// The days of the visit, both ends included; `nil` while the visit is not scheduled.
  public var window: DateWindow?
  /// Person ids of the leader (Trưởng đoàn) and deputy (Phó Trưởng đoàn).
  public var leader: String?
  public var deputy: String?
  /// Person ids of the other members, in the plan's order.
  public var members: [String]
  /// The unit or agency id that prepares and funds the visit (đơn vị chủ trì).
  public var leadAgency: String?
  /// The date the plan states the unit's report is due ("báo cáo trước ngày …").
  public var reportDue: CivilDate?
  /// The date the report arrived, once it has.
  public var reportReceived: CivilDate?
  /// Whether the scheduler must leave the window where it is.
  public var pinned: Bool
  /// Working days this visit needs, overriding the plan's default for the unit kind.
  public var workingDays: Int?

  public init(
    id: String, unit: String, window: DateWindow? = nil, leader: String? = nil,
    deputy: String? = nil, members: [String] = [], leadAgency: String? = nil,
    reportDue: CivilDate? = nil, reportReceived: CivilDate? = nil, pinned: Bool = false,
    workingDays: Int? = nil
  ) {
    self.id = id
    self.unit = unit
    self.window = window
    self.leader = leader
    self.deputy = deputy
    self.members = members
    self.leadAgency = leadAgency
    self.reportDue = reportDue
    self.reportReceived = reportReceived
    self.pinned = pinned
    self.workingDays = workingDays
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, unit, window, leader, deputy, members, leadAgency, reportDue, reportReceived, pinned,
      workingDays
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    unit = try c.decode(String.self, forKey: .unit)
    window = try c.decodeIfPresent(DateWindow.self, forKey: .window)
    leader = try c.decodeIfPresent(String.self, forKey: .leader)
    deputy = try c.decodeIfPresent(String.self, forKey: .deputy)
    members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
    leadAgency = try c.decodeIfPresent(String.self, forKey: .leadAgency)
    reportDue = try c.decodeIfPresent(CivilDate.self, forKey: .reportDue)
    reportReceived = try c.decodeIfPresent(CivilDate.self, forKey: .reportReceived)
    pinned = try c.decodeIfPresent(Bool.self, forKey: .pinned) ?? false
    workingDays = try c.decodeIfPresent(Int.self, forKey: .workingDays)
  }

  /// Everyone on the team for this visit, leader first, then deputy, then members; a person
  /// listed twice appears twice.
  public var team: [String] { [leader, deputy].compactMap { $0 } + members }
}
