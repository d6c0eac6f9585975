/// How a document words a deadline, which decides its last day.
///
/// Officials write both: "báo cáo trước ngày 30/9" (before: the last day is 29/9) and "chậm nhất
/// ngày 30/9" or "đến hết ngày 30/9" (by: the last day is 30/9). Raw values are the plan-file
/// contract.
public enum DueWording: String, Codable, Sendable, CaseIterable {
  /// "trước ngày X": the last day is the day before X.
  case before
  /// "chậm nhất ngày X", "đến hết ngày X": the last day is X.
  case by

  /// The words before the date: "trước ngày", "chậm nhất ngày".
  public var vietnamese: String { self == .before ? "trước ngày" : "chậm nhất ngày" }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let wording = DueWording(rawValue: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "'\(text)' không phải là cách ghi hạn hợp lệ (cần 'before' = trước ngày, hoặc 'by' = chậm nhất/đến hết ngày)")
    }
    self = wording
  }
}

/// A deadline as a plan states it: a day (with its wording), or a month, quarter or year
/// ("Tháng 01/2024", "Quý I/2024", "Năm 2024"), which end on their last day.
///
/// In a plan file it is a string, `"2024-01-15"`, `"2024-01"`, `"2024-Q1"` or `"2024"`, or an
/// object `{"date": "2024-01-15", "wording": "by"}` that overrides the plan's wording for this
/// date alone.
public struct DueDate: Hashable, Sendable {
  /// The span the deadline names.
  public enum Period: Hashable, Sendable {
    case day(CivilDate)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)
  }

  public var period: Period
  /// This date's own wording; `nil` = the plan's (`settings.dueWording`).
  public var wording: DueWording?

  public init(_ period: Period, wording: DueWording? = nil) {
    self.period = period
    self.wording = wording
  }

  /// A day deadline.
  public init(day: CivilDate, wording: DueWording? = nil) { self.init(.day(day), wording: wording) }

  /// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn` or `YYYY`; `nil` for anything else.
  public init?(text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    func number(_ s: String, digits: Int) -> Int? {
      s.count == digits && s.allSatisfy(\.isASCII) ? Int(s) : nil
    }
    guard let year = number(parts[0], digits: 4), year >= 1 else { return nil }
    switch parts.count {
    case 1: self.init(.year(year))
    case 2:
      if parts[1].count == 2, parts[1].hasPrefix("Q"), let q = Int(parts[1].dropFirst()), (1...4).contains(q) {
        self.init(.quarter(year: year, quarter: q))
      } else if let month = number(parts[1], digits: 2), (1...12).contains(month) {
        self.init(.month(year: year, month: month))
      } else {
        return nil
      }
    case 3:
      guard let day = CivilDate(iso8601: text) else { return nil }
      self.init(.day(day))
    default: return nil
    }
  }

  /// The spelling in files: `2024-01-15`, `2024-01`, `2024-Q1`, `2024`.
  public var text: String {
    switch period {
    case .day(let day): day.iso8601
    case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .quarter(let year, let quarter): "\(year)-Q\(quarter)"
    case .year(let year): "\(year)"
    }
  }

  /// The date a day deadline names, or the last day of a period.
  public var date: CivilDate {
    switch period {
    case .day(let day): return day
    case .month(let year, let month): return Self.lastDay(year: year, month: month)
    case .quarter(let year, let quarter): return Self.lastDay(year: year, month: quarter * 3)
    case .year(let year): return CivilDate(year: year, month: 12, day: 31)!
    }
  }

  /// The last day allowed by the words alone, before any roll-forward: the day before a
  /// "before" date, the date itself for "by", the last day of a month, quarter or year.
  ///
  /// Example: "trước ngày 30/09/2023" gives 29/09/2023; "chậm nhất ngày 30/09/2023" 30/09/2023;
  /// "2024-Q1" 31/03/2024.
  public func lastDay(planWording: DueWording) -> CivilDate {
    guard case .day(let day) = period else { return date }
    return (wording ?? planWording) == .before ? day - 1 : day
  }

  /// How the document words it: "trước ngày 30/09/2023", "chậm nhất ngày 30/09/2023",
  /// "trong tháng 01/2024", "trong quý I/2024", "trong năm 2024".
  public func stated(planWording: DueWording) -> String {
    switch period {
    case .day(let day): return "\((wording ?? planWording).vietnamese) \(day.vietnamese)"
    case .month(let year, let month): return "trong tháng \(month < 10 ? "0" : "")\(month)/\(year)"
    case .quarter(let year, let quarter):
      return "trong quý \(["I", "II", "III", "IV"][quarter - 1])/\(year)"
    case .year(let year): return "trong năm \(year)"
    }
  }

  private static func lastDay(year: Int, month: Int) -> CivilDate {
    let next = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: month + 1, day: 1)!
    return next - 1
  }
}

extension DueDate: Codable {
  private enum CodingKeys: String, CodingKey, CaseIterable { case date, wording }

  public init(from decoder: any Decoder) throws {
    if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
      guard let parsed = DueDate(text: text) else {
        throw DecodingError.dataCorruptedError(
          in: single,
          debugDescription: "'\(text)' không phải là hạn hợp lệ (cần YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY)")
      }
      self = parsed
      return
    }
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let text = try c.decode(String.self, forKey: .date)
    guard let parsed = DueDate(text: text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .date, in: c,
        debugDescription: "'\(text)' không phải là hạn hợp lệ (cần YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY)")
    }
    self = parsed
    wording = try c.decodeIfPresent(DueWording.self, forKey: .wording)
  }

  public func encode(to encoder: any Encoder) throws {
    if let wording {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(text, forKey: .date)
      try c.encode(wording, forKey: .wording)
    } else {
      var single = encoder.singleValueContainer()
      try single.encode(text)
    }
  }
}
