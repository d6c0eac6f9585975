/// A span of days with both ends included, as plans write "từ ngày … đến hết ngày …", or half of
/// one day ("sáng ngày 04/9/2025").
public struct DateWindow: Hashable, Codable, Sendable {
  public var from: CivilDate
  public var to: CivilDate
  /// The half of the day, for a one-day window that takes only the morning or the afternoon;
  /// `nil` for whole days.
  public var part: DayPart?

  public init(from: CivilDate, to: CivilDate, part: DayPart? = nil) {
    self.from = from
    self.to = to
    self.part = part
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case from, to, part }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    from = try c.decode(CivilDate.self, forKey: .from)
    to = try c.decode(CivilDate.self, forKey: .to)
    part = try c.decodeIfPresent(DayPart.self, forKey: .part)
    if part != nil && from != to {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.part],
          debugDescription: "'part' (buổi sáng hoặc chiều) chỉ dùng cho cuộc kiểm tra trong một ngày, nhưng 'from' \(from.iso8601) khác 'to' \(to.iso8601)"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(from, forKey: .from)
    try c.encode(to, forKey: .to)
    try c.encodeIfPresent(part, forKey: .part)
  }

  /// Whether `to` comes before `from`.
  public var isReversed: Bool { to < from }

  /// The days of the window, first to last; empty when reversed.
  public var days: [CivilDate] { isReversed ? [] : Array(from...to) }

  /// Calendar days in the window, both ends counted (01/08–08/08 is 8); 0 when reversed.
  public var calendarDays: Int { isReversed ? 0 : from.distance(to: to) + 1 }

  /// Whether two windows share at least one day (ends inclusive), whatever half of it.
  public func overlaps(_ other: DateWindow) -> Bool {
    !isReversed && !other.isReversed && from <= other.to && other.from <= to
  }

  /// Whether two windows take some of the same time: like `overlaps`, except that the morning
  /// and the afternoon of one day do not clash.
  public func occupiesSameTime(as other: DateWindow) -> Bool {
    guard overlaps(other) else { return false }
    if let a = part, let b = other.part { return a == b }
    return true
  }

  /// The window in half-days since 1970-01-01: `[first, last]`, both included. The morning of a
  /// day is `2 × dayNumber`, its afternoon the next number; a whole day takes both.
  public var halfDays: ClosedRange<Int> {
    let first = from.dayNumber * 2 + (part == .afternoon ? 1 : 0)
    let last = to.dayNumber * 2 + (part == .morning ? 0 : 1)
    return first...Swift.max(first, last)
  }

  /// Whether the day lies in the window.
  public func contains(_ day: CivilDate) -> Bool { from <= day && day <= to }

  /// "sáng 04/09/2025" for a half day, "04/09/2025" for one day, "01/08/2023–08/08/2023".
  public var shortText: String {
    if let part, from == to { return "\(part.vietnameseName) \(from.vietnamese)" }
    if from == to { return from.vietnamese }
    return "\(from.vietnamese)–\(to.vietnamese)"
  }
}
