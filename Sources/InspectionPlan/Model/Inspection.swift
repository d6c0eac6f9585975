/// One visit of an inspection team: one trip, to one unit or to several units on the same day
/// or days (the team works with UBND xã A, xã B and xã C on 04/09).
public struct Inspection: Codable, Sendable, Identifiable {
  public var id: String
  /// The ids of the inspected units, in the plan's order; each keeps its own report, outline
  /// and findings. The plan file writes one unit as `unit`, several as `units`.
  public var units: [String]
  /// The id of the team (Đoàn) that makes the visit; `nil` for a visit that lists its own
  /// roster (the form of plans without teams).
  public var team: String?
  /// What kind of inspection this is.
  public var kind: InspectionKind
  /// For a thematic visit, the areas it covers; empty for all.
  public var areas: [InspectionArea]
  /// The days of the visit, both ends included; `nil` while no days are set. When the visit
  /// needs fewer working days than the window has (`workingDays`), the window is a range the
  /// days will be chosen in, not the visit itself.
  public var window: DateWindow?
  /// The month or quarter the visit is planned in, while its days are not fixed.
  public var period: PlannedPeriod?
  /// Whether the plan gives the dates as provisional ("dự kiến").
  public var tentative: Bool
  /// Person id of the leader of this visit (Trưởng đoàn); with a team, overrides the team's
  /// leader for this visit (a deputy leading a day's visits).
  public var leader: String?
  /// Person ids of the deputies (Phó Trưởng đoàn); with a team, `nil` inherits the team's.
  /// The plan file writes one deputy as `deputy`, several as `deputies`.
  public var deputies: [String]?
  /// Person ids of the secretaries (Thư ký); with a team, `nil` inherits the team's.
  public var secretaries: [String]?
  /// Person ids of the other members, in the plan's order; with a team, `nil` inherits the
  /// team's.
  public var members: [String]?
  /// The unit or agency id that prepares and funds the visit (đơn vị chủ trì); with a team,
  /// `nil` inherits the team's.
  public var leadAgency: String?
  /// The date the plan states the unit's report is due ("báo cáo trước ngày …"); for a month,
  /// quarter or year deadline, its last day. Its wording and period are in `reportDueAsStated`
  /// (use `due`, which reconciles the two when code sets `reportDue`).
  public var reportDue: CivilDate?
  /// The due date exactly as the plan file states it (wording, month, quarter, year).
  public var reportDueAsStated: DueDate?
  /// The date the report arrived, once it has.
  public var reportReceived: CivilDate?
  /// Whether the scheduler must leave the window where it is.
  public var pinned: Bool
  /// Working days this visit needs, overriding the plan's default for the unit kind.
  public var workingDays: Int?
  /// A conflict of interest the plan accepts, with its reason; shown instead of the finding.
  public var conflictException: ConflictException?

  public init(
    id: String, unit: String, window: DateWindow? = nil, leader: String? = nil,
    deputy: String? = nil, members: [String] = [], leadAgency: String? = nil,
    reportDue: CivilDate? = nil, reportReceived: CivilDate? = nil, pinned: Bool = false,
    workingDays: Int? = nil
  ) {
    self.init(
      id: id, units: [unit], window: window, leader: leader, deputies: deputy.map { [$0] } ?? [],
      members: members, leadAgency: leadAgency, reportDue: reportDue,
      reportReceived: reportReceived, pinned: pinned, workingDays: workingDays)
  }

  public init(
    id: String, units: [String], team: String? = nil, kind: InspectionKind = .onSite,
    areas: [InspectionArea] = [], window: DateWindow? = nil, period: PlannedPeriod? = nil,
    tentative: Bool = false, leader: String? = nil, deputies: [String]? = nil,
    secretaries: [String]? = nil, members: [String]? = nil, leadAgency: String? = nil,
    reportDue: CivilDate? = nil, reportReceived: CivilDate? = nil, pinned: Bool = false,
    workingDays: Int? = nil, conflictException: ConflictException? = nil
  ) {
    self.id = id
    self.units = units
    self.team = team
    self.kind = kind
    self.areas = areas
    self.window = window
    self.period = period
    self.tentative = tentative
    self.leader = leader
    self.deputies = deputies
    self.secretaries = secretaries
    self.members = members
    self.leadAgency = leadAgency
    self.reportDue = reportDue
    self.reportReceived = reportReceived
    self.pinned = pinned
    self.workingDays = workingDays
    self.conflictException = conflictException
  }

  /// The first inspected unit: the only one, for a visit to one unit.
  public var unit: String {
    get { units.first ?? "" }
    set { units = [newValue] }
  }

  /// The one deputy of the inline form, or the first deputy.
  public var deputy: String? {
    get { deputies?.first }
    set { deputies = newValue.map { [$0] } ?? [] }
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, unit, units, team, kind, areas, window, tentative, leader, deputy, deputies,
      secretaries, members, leadAgency, reportDue, reportReceived, pinned, workingDays,
      conflictException
  }

  /// The keys of a `window` object that plans a month or a quarter instead of days.
  private enum PeriodKeys: String, CodingKey, CaseIterable { case month, quarter }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    let one = try c.decodeIfPresent(String.self, forKey: .unit)
    let several = try c.decodeIfPresent([String].self, forKey: .units)
    switch (one, several) {
    case (let unit?, nil): units = [unit]
    case (nil, let list?) where !list.isEmpty: units = list
    case (nil, _?):
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath + [CodingKeys.units], debugDescription: "cần ít nhất một đơn vị"))
    case (_?, _?):
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.units],
          debugDescription: "chỉ dùng một trong hai khóa 'unit' (một đơn vị) hoặc 'units' (nhiều đơn vị)"))
    case (nil, nil):
      throw DecodingError.keyNotFound(
        CodingKeys.unit, .init(codingPath: c.codingPath, debugDescription: "cần 'unit' hoặc 'units'"))
    }
    team = try c.decodeIfPresent(String.self, forKey: .team)
    kind = try c.decodeIfPresent(InspectionKind.self, forKey: .kind) ?? .onSite
    areas = try c.decodeIfPresent([InspectionArea].self, forKey: .areas) ?? []
    if !areas.isEmpty && kind != .thematic {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.areas],
          debugDescription: "'areas' chỉ dùng cho cuộc kiểm tra chuyên đề (\"kind\": \"thematic\")"))
    }
    (window, period) = try Self.decodeWindow(c)
    tentative = try c.decodeIfPresent(Bool.self, forKey: .tentative) ?? false
    leader = try c.decodeIfPresent(String.self, forKey: .leader)
    let deputy = try c.decodeIfPresent(String.self, forKey: .deputy)
    let deputyList = try c.decodeIfPresent([String].self, forKey: .deputies)
    if deputy != nil && deputyList != nil {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.deputies],
          debugDescription: "chỉ dùng một trong hai khóa 'deputy' (một Phó Trưởng đoàn) hoặc 'deputies'"))
    }
    deputies = deputyList ?? deputy.map { [$0] }
    secretaries = try c.decodeIfPresent([String].self, forKey: .secretaries)
    members = try c.decodeIfPresent([String].self, forKey: .members)
    leadAgency = try c.decodeIfPresent(String.self, forKey: .leadAgency)
    reportDueAsStated = try c.decodeIfPresent(DueDate.self, forKey: .reportDue)
    reportDue = reportDueAsStated?.date
    reportReceived = try c.decodeIfPresent(CivilDate.self, forKey: .reportReceived)
    pinned = try c.decodeIfPresent(Bool.self, forKey: .pinned) ?? false
    workingDays = try c.decodeIfPresent(Int.self, forKey: .workingDays)
    conflictException = try c.decodeIfPresent(ConflictException.self, forKey: .conflictException)
    // The inline form (no team) keeps today's meaning: no members listed means none.
    if team == nil {
      if members == nil { members = [] }
      if deputies == nil { deputies = [] }
    }
  }

  private static func decodeWindow(_ c: KeyedDecodingContainer<CodingKeys>) throws -> (
    DateWindow?, PlannedPeriod?
  ) {
    guard c.contains(.window), try !c.decodeNil(forKey: .window) else { return (nil, nil) }
    let keys = try c.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .window).allKeys
    let names = Set(keys.map(\.stringValue))
    guard names.contains("month") || names.contains("quarter") else {
      return (try c.decode(DateWindow.self, forKey: .window), nil)
    }
    let path = c.codingPath + [CodingKeys.window]
    func fail(_ key: String, _ reason: String) -> DecodingError {
      .dataCorrupted(.init(codingPath: path + [AnyCodingKey(key)], debugDescription: reason))
    }
    if let extra = names.subtracting(["month", "quarter"]).sorted().first ?? (names.count > 1 ? "quarter" : nil) {
      throw fail(extra, "khóa '\(extra)' không dùng cùng với 'month' hoặc 'quarter' (chỉ một trong: {\"from\", \"to\"}, {\"month\"}, {\"quarter\"})")
    }
    let p = try c.nestedContainer(keyedBy: PeriodKeys.self, forKey: .window)
    if let text = try p.decodeIfPresent(String.self, forKey: .month) {
      guard let period = PlannedPeriod(month: text) else {
        throw fail("month", "'\(text)' không phải là tháng (cần YYYY-MM, ví dụ 2025-10)")
      }
      return (nil, period)
    }
    let text = try p.decode(String.self, forKey: .quarter)
    guard let period = PlannedPeriod(quarter: text) else {
      throw fail("quarter", "'\(text)' không phải là quý (cần YYYY-Qn, ví dụ 2025-Q3)")
    }
    return (nil, period)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    if units.count == 1 { try c.encode(units[0], forKey: .unit) } else { try c.encode(units, forKey: .units) }
    try c.encodeIfPresent(team, forKey: .team)
    if kind != .onSite { try c.encode(kind, forKey: .kind) }
    if !areas.isEmpty { try c.encode(areas, forKey: .areas) }
    if let window {
      try c.encode(window, forKey: .window)
    } else if let period {
      var p = c.nestedContainer(keyedBy: PeriodKeys.self, forKey: .window)
      switch period {
      case .month: try p.encode(period.fileText, forKey: .month)
      case .quarter: try p.encode(period.fileText, forKey: .quarter)
      }
    }
    if tentative { try c.encode(true, forKey: .tentative) }
    try c.encodeIfPresent(leader, forKey: .leader)
    if let deputies, team != nil || deputies.count > 1 {
      try c.encode(deputies, forKey: .deputies)
    } else if let deputy = deputies?.first {
      try c.encode(deputy, forKey: .deputy)
    }
    if team == nil || secretaries != nil { try c.encodeIfPresent(secretaries, forKey: .secretaries) }
    try c.encodeIfPresent(members, forKey: .members)
    try c.encodeIfPresent(leadAgency, forKey: .leadAgency)
    try c.encodeIfPresent(reportDue, forKey: .reportDue)
    try c.encodeIfPresent(reportReceived, forKey: .reportReceived)
    if pinned { try c.encode(true, forKey: .pinned) }
    try c.encodeIfPresent(workingDays, forKey: .workingDays)
    try c.encodeIfPresent(conflictException, forKey: .conflictException)
  }
}

/// A conflict of interest the plan accepts (Sở Nội vụ inspected by a team led by its own deputy
/// director), with the reason the plan gives.
public struct ConflictException: Codable, Sendable, Hashable {
  public var reason: String

  public init(reason: String) { self.reason = reason }

  enum CodingKeys: String, CodingKey, CaseIterable { case reason }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    reason = try c.decode(String.self, forKey: .reason)
  }
}
