/// One check rule: a stable code and the function that finds its problems.
///
/// Each rule lives in its own file as a `static let` on `Rule`; adding a rule means writing that
/// file and listing it in `Rule.all`.
public struct Rule: Sendable {
  public let code: String
  let run: @Sendable (CheckContext) -> [Finding]

  init(_ code: String, run: @escaping @Sendable (CheckContext) -> [Finding]) {
    self.code = code
    self.run = run
  }

  /// Every rule, in the order their findings are reported.
  public static let all: [Rule] = [
    .duplicateID, .unknownReference, .leaderMissing, .samePersonTwoRoles, .conflictOfInterest,
    .inspectionWithoutTeam, .windowReversed, .windowOutsidePlanYear,
    .windowStartsOnNonWorkingDay, .windowEndsOnNonWorkingDay, .windowTooShort,
    .personDoubleBooked, .personUnavailable, .plannedPeriodsInfeasible, .unitInspectedTwice,
    .reportDueMissing, .unannouncedReportRequested, .reportDueAfterStart, .reportLeadTimeShort,
    .dueOnNonWorkingDay, .reportOverdue, .selfInspectionDueMissing, .coverageBelowTarget,
    .districtLevelAbolished, .thematicWithoutAreas, .visitNotFixed, .visitUnscheduled,
    .decisionDraft, .conclusionReference, .recommendationOverdue,
  ]
}

/// Runs the rules over a plan.
public enum Checker {
  /// Every finding of every rule, errors first, each severity in rule order.
  ///
  /// - Parameter asOf: when given, reports still missing after their effective due date are
  ///   flagged (`report-overdue`); without it, no rule depends on today.
  public static func check(_ plan: Plan, asOf: CivilDate? = nil, rules: [Rule] = Rule.all)
    -> [Finding]
  {
    let context = CheckContext(plan: plan, asOf: asOf)
    let findings = rules.flatMap { $0.run(context) }
    // A stable sort by severity keeps the rule order within each severity.
    return findings.enumerated().sorted {
      ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset)
    }.map(\.element)
  }
}
