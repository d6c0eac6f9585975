/// When a visit takes place, as far as the plan knows.
public enum VisitTiming: Sendable, Hashable {
  /// The visit's days are fixed (both ends included; possibly half of one day).
  case fixed(DateWindow)
  /// The visit is planned in a month, a quarter or a range, and will take `workingDays` of it
  /// (`nil` when neither the visit nor the plan says how many).
  case planned(range: DateWindow, workingDays: Int?, period: PlannedPeriod?)
  /// The plan gives no date at all.
  case unscheduled

  /// The fixed days, or `nil` while the days are not fixed.
  public var fixedWindow: DateWindow? {
    if case .fixed(let window) = self { return window }
    return nil
  }

  /// The days the visit will take place within: its window, or the whole planned range.
  public var span: DateWindow? {
    switch self {
    case .fixed(let window): window
    case .planned(let range, _, _): range
    case .unscheduled: nil
    }
  }

  /// "Từ ngày 01/08/2023 đến hết ngày 08/08/2023", "Sáng ngày 04/09/2025", "Dự kiến trong tháng
  /// 10/2025 (5 ngày làm việc)" or "Chưa xếp lịch".
  public var vietnamese: String {
    switch self {
    case .fixed(let window):
      if let part = window.part, window.from == window.to {
        return "\(part == .morning ? "Sáng" : "Chiều") ngày \(window.from.vietnamese)"
      }
      if window.from == window.to { return "Ngày \(window.from.vietnamese)" }
      return "Từ ngày \(window.from.vietnamese) đến hết ngày \(window.to.vietnamese)"
    case .planned(let range, let days, let period):
      let when = period.map { "trong \($0.vietnamese)" }
        ?? "trong khoảng \(range.from.vietnamese)–\(range.to.vietnamese)"
      return "Dự kiến \(when)" + (days.map { " (\($0) ngày làm việc)" } ?? "")
    case .unscheduled:
      return "Chưa xếp lịch"
    }
  }
}

extension Inspection {
  /// When the visit takes place: fixed days, a planned period, or nothing yet.
  ///
  /// A `window` is a planned range rather than the visit's days when the visit needs fewer
  /// working days than the window has (`workingDays`, or the plan's default for the unit kind
  /// when set).
  ///
  /// - Parameters:
  ///   - neededDays: the working days the visit needs, when known.
  ///   - workingDaysIn: counts the working days of a window.
  public func timing(neededDays: Int?, workingDaysIn: (DateWindow) -> Int) -> VisitTiming {
    if let period {
      return .planned(range: period.range, workingDays: neededDays, period: period)
    }
    guard let window else { return .unscheduled }
    if let explicit = workingDays, window.part == nil, !window.isReversed,
      explicit < workingDaysIn(window)
    {
      return .planned(range: window, workingDays: explicit, period: nil)
    }
    return .fixed(window)
  }
}
