/// A plan's own additions to the national working calendar.
public struct PlanCalendar: Codable, Sendable {
  /// Extra days off (a provincial holiday, a day the plan keeps free), within the plan year.
  public var extraHolidays: [NamedDay]
  /// Saturdays or Sundays worked, within the plan year.
  public var makeupWorkdays: [NamedDay]
  /// A file of yearly holiday decisions (`HolidayDecisions` format), relative to the plan file,
  /// whose years add to or replace the shipped ones; `nil` when the plan names none.
  public var holidays: String?
  /// The yearly decisions the plan's working calendar uses: the shipped table, overridden by the
  /// files the plan or the command line name (see `Plan.loadHolidayDecisions`). Not in the file.
  public var decisions: HolidayDecisions = .bundled

  public init(extraHolidays: [NamedDay] = [], makeupWorkdays: [NamedDay] = []) {
    self.extraHolidays = extraHolidays
    self.makeupWorkdays = makeupWorkdays
  }

  private enum CodingKeys: String, CodingKey { case extraHolidays, makeupWorkdays, holidays }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    extraHolidays = try c.decodeIfPresent([NamedDay].self, forKey: .extraHolidays) ?? []
    makeupWorkdays = try c.decodeIfPresent([NamedDay].self, forKey: .makeupWorkdays) ?? []
    holidays = try c.decodeIfPresent(String.self, forKey: .holidays)
  }

  /// A date with a name.
  public struct NamedDay: Codable, Sendable {
    public var date: CivilDate
    public var name: String?
  }
}
