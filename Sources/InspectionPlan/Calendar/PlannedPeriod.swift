/// A month or a quarter in which a visit is planned before its days are fixed ("trong tháng
/// 10/2025", "Quý III/2025").
public enum PlannedPeriod: Hashable, Sendable {
  case month(year: Int, month: Int)
  case quarter(year: Int, quarter: Int)

  /// Parses `2025-10` (a month) or `2025-Q3` (a quarter); `nil` otherwise.
  public init?(month text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    self = .month(year: year, month: month)
  }

  public init?(quarter text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
      let year = Int(parts[0]), parts[1].count == 2, parts[1].first == "Q",
      let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
    else { return nil }
    self = .quarter(year: year, quarter: quarter)
  }

  /// The first and last day of the period.
  public var range: DateWindow {
    switch self {
    case .month(let year, let month):
      return DateWindow(
        from: CivilDate(year: year, month: month, day: 1)!,
        to: CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!)
    case .quarter(let year, let quarter):
      let last = quarter * 3
      return DateWindow(
        from: CivilDate(year: year, month: last - 2, day: 1)!,
        to: CivilDate(year: year, month: last, day: CivilDate.daysIn(month: last, year: year))!)
    }
  }

  public var year: Int {
    switch self {
    case .month(let year, _), .quarter(let year, _): year
    }
  }

  /// "tháng 10/2025" or "Quý III/2025", as plans write them.
  public var vietnamese: String {
    switch self {
    case .month(let year, let month): "tháng \(month)/\(year)"
    case .quarter(let year, let quarter): "Quý \(["I", "II", "III", "IV"][quarter - 1])/\(year)"
    }
  }

  /// The plan-file spelling: `2025-10` or `2025-Q3`.
  public var fileText: String {
    switch self {
    case .month(let year, let month): "\(year)-\(month < 10 ? "0" : "")\(month)"
    case .quarter(let year, let quarter): "\(year)-Q\(quarter)"
    }
  }
}
