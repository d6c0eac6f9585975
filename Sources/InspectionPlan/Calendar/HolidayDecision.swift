/// One year's government decision on the days off of civil servants, as data.
///
/// The Labour Code fixes the holidays; each year the Prime Minister (announced by the Ministry of
/// Labour, from 2025 by the Ministry of Home Affairs) decides which days around Tết are taken,
/// which day joins 2 September, and which weekdays are swapped against a Saturday worked. Every
/// part is optional: what a decision leaves out follows `PublicHolidays`' default rule.
///
/// Example (2026): Tết break 14/02–22/02, 1/9 joined to 2/9, Friday 02/01 off against Saturday
/// 10/01 worked and Monday 31/08 off against Saturday 22/08 worked.
public struct HolidayDecision: Codable, Sendable, Equatable {
  /// The calendar year the decision is for.
  public var year: Int
  /// The documents that set the year's days, as cited to users (number, date, issuer).
  public var sources: [String]
  /// The whole Tết break, weekends included; `nil` = the default rule.
  public var tetBreak: DateWindow?
  /// The day joined to 2 September (1 or 3 September); `nil` = the default rule.
  public var nationalDayAdjacent: CivilDate?
  /// Weekdays given off in exchange for a Saturday or Sunday worked.
  public var swaps: [Swap]
  /// Further days off the decision grants (or a user adds), with their names.
  public var daysOff: [NamedDay]
  /// Free remarks: what could not be verified, what an example made up.
  public var notes: String?

  public init(
    year: Int, sources: [String], tetBreak: DateWindow? = nil,
    nationalDayAdjacent: CivilDate? = nil, swaps: [Swap] = [], daysOff: [NamedDay] = [],
    notes: String? = nil
  ) {
    self.year = year
    self.sources = sources
    self.tetBreak = tetBreak
    self.nationalDayAdjacent = nationalDayAdjacent
    self.swaps = swaps
    self.daysOff = daysOff
    self.notes = notes
  }

  /// A weekday off against a weekend day worked (hoán đổi ngày làm việc).
  public struct Swap: Codable, Sendable, Equatable {
    /// The weekday given off.
    public var dayOff: CivilDate
    /// The Saturday or Sunday worked instead (làm bù).
    public var workday: CivilDate

    public init(dayOff: CivilDate, workday: CivilDate) {
      self.dayOff = dayOff
      self.workday = workday
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case dayOff, workday }

    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      dayOff = try c.decode(CivilDate.self, forKey: .dayOff)
      workday = try c.decode(CivilDate.self, forKey: .workday)
    }
  }

  /// A day off with its name ("Ngày Văn hóa các dân tộc Việt Nam").
  public struct NamedDay: Codable, Sendable, Equatable {
    public var date: CivilDate
    public var name: String

    public init(date: CivilDate, name: String) {
      self.date = date
      self.name = name
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case date, name }

    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      date = try c.decode(CivilDate.self, forKey: .date)
      name = try c.decode(String.self, forKey: .name)
    }
  }

  private enum CodingKeys: String, CodingKey, CaseIterable {
    case year, sources, tetBreak, nationalDayAdjacent, swaps, daysOff, notes
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    year = try c.decode(Int.self, forKey: .year)
    sources = try c.decode([String].self, forKey: .sources)
    tetBreak = try c.decodeIfPresent(DateWindow.self, forKey: .tetBreak)
    nationalDayAdjacent = try c.decodeIfPresent(CivilDate.self, forKey: .nationalDayAdjacent)
    swaps = try c.decodeIfPresent([Swap].self, forKey: .swaps) ?? []
    daysOff = try c.decodeIfPresent([NamedDay].self, forKey: .daysOff) ?? []
    notes = try c.decodeIfPresent(String.self, forKey: .notes)
  }
}
