/// A span of days with both ends included, as plans write "từ ngày … đến hết ngày …".
public struct DateWindow: Hashable, Codable, Sendable {
  public var from: CivilDate
  public var to: CivilDate

  public init(from: CivilDate, to: CivilDate) {
    self.from = from
    self.to = to
  }

  /// Whether `to` comes before `from`.
  public var isReversed: Bool { to < from }

  /// The days of the window, first to last; empty when reversed.
  public var days: [CivilDate] { isReversed ? [] : Array(from...to) }

  /// Calendar days in the window, both ends counted (01/08–08/08 is 8); 0 when reversed.
  public var calendarDays: Int { isReversed ? 0 : from.distance(to: to) + 1 }

  /// Whether two windows share at least one day (ends inclusive).
  public func overlaps(_ other: DateWindow) -> Bool {
    !isReversed && !other.isReversed && from <= other.to && other.from <= to
  }

  /// Whether the day lies in the window.
  public func contains(_ day: CivilDate) -> Bool { from <= day && day <= to }
}
