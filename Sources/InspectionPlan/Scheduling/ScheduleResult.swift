/// What the scheduler proposes, and why some visits could not be placed.
public struct ScheduleResult: Sendable {
  /// A visit given a window and a due date.
  public struct Placement: Sendable, Equatable {
    public let inspection: String
    public let window: DateWindow
    /// `nil` for a visit with no report before it (unannounced).
    public let reportDue: CivilDate?
    public let workingDays: Int
    /// Whether the visit moved from where the baseline had it (`false` when there is none).
    public let moved: Bool
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
  /// Whether the finish is proved the earliest possible (every visit placed).
  public let provenEarliest: Bool
  /// Whether the exact search ran on every group of visits that share people.
  public let exact: Bool
  /// No schedule placing every visit ends before this day; `nil` when unknown.
  public let lowerBound: CivilDate?
  /// Whether the time, pass or node budget ended the search before it proved its answer.
  public let stoppedByBudget: Bool
  /// With a baseline: visits moved from their announced days, and working days moved in all.
  public let movedVisits: Int
  public let daysMoved: Int
  /// Whether a baseline (earlier version or `published` marks) was followed.
  public let amending: Bool
  /// Work done: schedule passes of the improvement phase, nodes of the exact search.
  public let passes: Int
  public let nodes: Int

  /// The last day of the last visit, fixed visits included.
  public var finish: CivilDate? {
    plan.inspections.compactMap(\.window?.to).max()
  }
}
