/// A province's yearly inspection plan (kế hoạch kiểm tra): who visits which unit when, and what
/// each unit reports.
public struct Plan: Codable, Sendable {
  /// Lowercase ASCII slug, e.g. `binh-phuoc-2023`; used in calendar UIDs.
  public var id: String
  public var title: String
  public var province: String
  public var year: Int
  public var decision: Decision?
  /// The documents the plan cites as its basis ("Căn cứ …").
  public var legalBases: [String]
  public var agencies: [Agency]
  public var units: [TargetUnit]
  public var people: [Person]
  /// The inspection teams (Đoàn); empty for a plan whose visits list their own rosters.
  public var teams: [InspectionTeam]
  public var inspections: [Inspection]
  public var settings: PlanSettings
  public var calendar: PlanCalendar
  /// What visits concluded: shortcomings and recommendations to follow up; `nil` when the file
  /// has no `conclusions` key (so a plan written back stays without it). See `Plan.allConclusions`.
  public var conclusions: [Conclusion]?
  /// Reports received, with date, incoming number and file (`kiemtra receive`); `nil` without
  /// the `reports` key. See `Plan.allReceipts`.
  public var reports: [ReportReceipt]?

  public init(
    id: String, title: String, province: String, year: Int, units: [TargetUnit] = [],
    people: [Person] = [], inspections: [Inspection] = [], settings: PlanSettings = PlanSettings()
  ) {
    self.id = id
    self.title = title
    self.province = province
    self.year = year
    self.legalBases = []
    self.agencies = []
    self.units = units
    self.people = people
    self.teams = []
    self.inspections = inspections
    self.settings = settings
    self.calendar = PlanCalendar()
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, title, province, year, decision, legalBases, agencies, units, people, teams, inspections,
      settings, calendar, conclusions, reports
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self, allowing: ["$schema", "notes"])
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    title = try c.decode(String.self, forKey: .title)
    province = try c.decodeIfPresent(String.self, forKey: .province) ?? ""
    year = try c.decode(Int.self, forKey: .year)
    decision = try c.decodeIfPresent(Decision.self, forKey: .decision)
    legalBases = try c.decodeIfPresent([String].self, forKey: .legalBases) ?? []
    agencies = try c.decodeIfPresent([Agency].self, forKey: .agencies) ?? []
    units = try c.decode([TargetUnit].self, forKey: .units)
    people = try c.decode([Person].self, forKey: .people)
    teams = try c.decodeIfPresent([InspectionTeam].self, forKey: .teams) ?? []
    inspections = try c.decode([Inspection].self, forKey: .inspections)
    settings = try c.decodeIfPresent(PlanSettings.self, forKey: .settings) ?? PlanSettings()
    calendar = try c.decodeIfPresent(PlanCalendar.self, forKey: .calendar) ?? PlanCalendar()
    conclusions = try c.decodeIfPresent([Conclusion].self, forKey: .conclusions)
    reports = try c.decodeIfPresent([ReportReceipt].self, forKey: .reports)
  }
}
