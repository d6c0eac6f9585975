/// What the scheduler proposes, and why some visits could not be placed.
public struct ScheduleResult: Sendable {
  /// A visit given a window and a due date.
  public struct Placement: Sendable, Equatable {
    public let inspection: String
    public let window: DateWindow
    public let reportDue: CivilDate
    public let workingDays: Int
  }

  /// A visit the scheduler could not place, or a pinned visit that breaks a hard rule.
  public struct Problem: Sendable, Equatable {
    public let inspection: String
    /// Vietnamese explanation naming the constraint, people and dates involved.
    public let reason: String
  }

  /// The plan with the new windows and due dates.
  public let plan: Plan
  public let placements: [Placement]
  public let problems: [Problem]
  /// The range visits had to fit in, both ends included.
  public let range: DateWindow
  /// Whether the exact search ran to the end (so the finish date is the earliest possible).
  public let provenEarliest: Bool
  /// Whether the exact search ran (small plans) rather than the greedy pass.
  public let exact: Bool

  /// The last day of the last visit, fixed visits included.
  public var finish: CivilDate? {
    plan.inspections.compactMap(\.window?.to).max()
  }
}
