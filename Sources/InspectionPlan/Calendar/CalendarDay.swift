/// A day that departs from the ordinary Monday-to-Friday week: a holiday, a compensatory day off,
/// or a Saturday or Sunday worked in exchange for a day off.
public struct CalendarDay: Hashable, Sendable {
  /// What kind of departure from the ordinary week a day is; raw values are the JSON contract.
  public enum Kind: String, Sendable, CaseIterable {
    /// A public holiday of Labour Code 2019 art. 112, or a day off a plan adds.
    case holiday
    /// A weekday off: in place of a holiday that fell on a weekly rest day, or swapped against a
    /// make-up Saturday.
    case compensatory
    /// A Saturday or Sunday on which state agencies work (làm bù).
    case makeupWorkday = "makeup-workday"
  }

  public let date: CivilDate
  public let kind: Kind
  /// The Vietnamese name, e.g. "Tết Nguyên đán" or "Nghỉ bù Quốc khánh".
  public let name: String
  /// The lunar date, for holidays fixed on the lunar calendar; `nil` otherwise.
  public let lunar: LunarDate?

  public init(date: CivilDate, kind: Kind, name: String, lunar: LunarDate? = nil) {
    self.date = date
    self.kind = kind
    self.name = name
    self.lunar = lunar
  }

  /// Whether state agencies are closed that day.
  public var isDayOff: Bool { kind != .makeupWorkday }
}
