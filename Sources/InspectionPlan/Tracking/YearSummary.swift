/// The figures of the year's inspection work as of a day: visits, coverage, reports, findings,
/// recommendations and the allowance spent, for the section Sở Nội vụ writes in its report to
/// UBND tỉnh.
///
/// A visit is done when its last day is before `asOf`, in progress when `asOf` falls in its
/// window. Moved and cancelled visits are counted against an earlier version of the plan
/// (`amendment`), the plan file itself recording no such state.
public struct YearSummary: Sendable {
  /// Visits by state, as ids in plan order.
  public let done: [Inspection]
  public let inProgress: [Inspection]
  public let upcoming: [Inspection]
  public let unscheduled: [Inspection]
  /// With an earlier version of the plan (`summary --baseline`): the visits whose days moved and
  /// the visits the amended plan no longer has (cancelled); `nil` without one, since a plan file
  /// alone does not say what was moved or cancelled.
  public var amendment: PlanAmendment? = nil

  /// The coverage target, if the plan sets one: counted units, units planned, units whose visit
  /// is done.
  public struct CoverageFigures: Sendable {
    public let kinds: [UnitKind]
    public let targetPercent: Double
    public let counted: Int
    public let planned: Int
    public let visited: Int
    public var plannedPercent: Double { counted == 0 ? 0 : Double(planned) * 100 / Double(counted) }
    public var visitedPercent: Double { counted == 0 ? 0 : Double(visited) * 100 / Double(counted) }
    /// A target given as a count (`min`) rather than a share; `nil` for a share.
    public var targetMin: Int? = nil
    /// The document that sets the target.
    public var source: String? = nil
    /// Whether the units visited so far meet the target.
    public var reached: Bool {
      if let targetMin { return visited >= targetMin }
      return visitedPercent + 1e-9 >= targetPercent
    }
    /// "30%" or "ít nhất 6 đơn vị".
    public var targetText: String {
      targetMin.map { "ít nhất \($0) đơn vị" } ?? "\(Coverage.percentText(targetPercent))%"
    }

    init(_ target: CoverageTarget, plan: Plan, done: [Inspection]) {
      let kinds = Set(target.kinds)
      let counted = plan.units.filter { kinds.contains($0.kind) }.map(\.id)
      let planned = Set(plan.inspections.flatMap(\.units))
      let visited = Set(done.flatMap(\.units))
      self.kinds = target.kinds
      self.targetPercent = target.percent ?? 0
      self.targetMin = target.min
      self.source = target.source
      self.counted = counted.count
      self.planned = counted.filter(planned.contains).count
      self.visited = counted.filter(visited.contains).count
    }
  }
  /// The pooled target of the plan (`settings.coverageTarget`), if it sets one.
  public let coverage: CoverageFigures?
  /// Each group target of the plan (`settings.coverageTargets`), in its order.
  public let coverageGroups: [CoverageFigures]

  /// Report statuses (`ReportTracker`): visit reports and self-inspection reports.
  public let reports: [ReportStatus]
  public let recommendations: [RecommendationStatus]
  /// Shortcomings by area code (in `Shortcoming.areas` order; "" for none given), with count.
  public let findingsByArea: [(area: String, count: Int)]
  /// The allowance of visits done (planned people × days × allowance); `nil` without an
  /// allowance in the plan. Spending itself is not recorded in the plan.
  public let allowanceSpent: Int?
  public let allowancePlanned: Int?

  public init(plan: Plan, asOf: CivilDate) {
    var done: [Inspection] = []
    var inProgress: [Inspection] = []
    var upcoming: [Inspection] = []
    var unscheduled: [Inspection] = []
    for inspection in plan.inspections {
      guard let window = inspection.window else {
        unscheduled.append(inspection)
        continue
      }
      if window.to < asOf {
        done.append(inspection)
      } else if window.from <= asOf {
        inProgress.append(inspection)
      } else {
        upcoming.append(inspection)
      }
    }
    self.done = done
    self.inProgress = inProgress
    self.upcoming = upcoming
    self.unscheduled = unscheduled

    coverage = plan.settings.coverageTarget.map { CoverageFigures($0, plan: plan, done: done) }
    coverageGroups = plan.settings.coverageTargets.map { CoverageFigures($0, plan: plan, done: done) }

    reports = ReportTracker.statuses(plan, asOf: asOf)
    recommendations = FollowUpTracker.statuses(plan, asOf: asOf)
    var areaCounts: [String: Int] = [:]
    for conclusion in plan.allConclusions {
      for finding in conclusion.findings { areaCounts[finding.area ?? "", default: 0] += 1 }
    }
    let order = Shortcoming.areas.map(\.code) + [""]
    findingsByArea = order.compactMap { code in areaCounts[code].map { (code, $0) } }

    if let budget = Budget(plan: plan, basis: plan.settings.allowanceBasis == "calendar-days" ? .calendarDays : .workingDays) {
      let doneIDs = Set(done.map(\.id))
      allowancePlanned = budget.total
      allowanceSpent = budget.lines.filter { doneIDs.contains($0.visit.inspection.id) }
        .reduce(0) { Budget.sum($0, $1.amount) }
    } else {
      allowancePlanned = nil
      allowanceSpent = nil
    }
  }

  /// Reports in each state.
  public func reportCount(_ kind: ReportStatus.Kind, _ states: ReportStatus.State...) -> Int {
    reports.filter { $0.kind == kind && states.contains($0.state) }.count
  }

  /// Recommendations in each standing.
  public func recommendationCount(_ standings: RecommendationStatus.Standing...) -> Int {
    recommendations.filter { standings.contains($0.standing) }.count
  }
}
