/// A plan's own additions to the national working calendar.
public struct PlanCalendar: Codable, Sendable {
  /// Extra days off (a provincial holiday, a day the plan keeps free), within the plan year.
  public var extraHolidays: [NamedDay]
  /// Saturdays or Sundays worked, within the plan year.
  public var makeupWorkdays: [NamedDay]

  public init(extraHolidays: [NamedDay] = [], makeupWorkdays: [NamedDay] = []) {
    self.extraHolidays = extraHolidays
    self.makeupWorkdays = makeupWorkdays
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    extraHolidays = try c.decodeIfPresent([NamedDay].self, forKey: .extraHolidays) ?? []
    makeupWorkdays = try c.decodeIfPresent([NamedDay].self, forKey: .makeupWorkdays) ?? []
  }

  /// A date with a name.
  public struct NamedDay: Codable, Sendable {
    public var date: CivilDate
    public var name: String?
  }
}
