/// How the scheduler sets a visit's report due date.
public enum ReportDueRule: Sendable, Equatable {
  /// N working days before the visit's first day.
  case workingDaysBeforeStart(Int)
  /// The last working day of the month before the visit's month, as the reference plan does
  /// ("báo cáo trước ngày 30/7" for visits from August).
  case lastWorkingDayOfPreviousMonth

  /// The due date for a visit starting on `start`, or `nil` when the rule gives none.
  func due(forStart start: CivilDate, calendar: WorkingCalendar) -> CivilDate {
    switch self {
    case .workingDaysBeforeStart(let days):
      return calendar.adding(workingDays: -days, to: start)
    case .lastWorkingDayOfPreviousMonth:
      let firstOfMonth = CivilDate(year: start.year, month: start.month, day: 1)!
      return calendar.workingDay(onOrBefore: firstOfMonth - 1)
    }
  }
}

/// The plan-file spelling of a due-date rule: `{"kind": "working-days-before-start", "workingDays": 5}`
/// or `{"kind": "last-working-day-of-previous-month"}`.
public struct ReportDueRuleSetting: Codable, Sendable {
  public var kind: String
  public var workingDays: Int?

  /// The rule, or `nil` when `kind` is not one of the two known kinds.
  public func rule(defaultDays: Int) -> ReportDueRule? {
    switch kind {
    case "working-days-before-start": .workingDaysBeforeStart(workingDays ?? defaultDays)
    case "last-working-day-of-previous-month": .lastWorkingDayOfPreviousMonth
    default: nil
    }
  }
}
