/// Proposes windows and report due dates for a plan's visits.
///
/// Hard rules (those `check` enforces): windows start and end on working days and last the
/// working days the visit needs; nobody is in two visits that share a day, or booked while
/// unavailable; everything lies in [from, until]; each report is due by the plan's rule, on a
/// working day no earlier than `from` and at least `minReportLeadWorkingDays` before the visit;
/// pinned visits stay. Objective, in order: place every visit; when amending (a baseline), move
/// as few announced visits and as few days as possible; finish as early as possible. Soft goals
/// as tie-breaks: keep one lead agency's visits together, avoid the two weeks after the Tết break
/// when that costs no finishing time.
///
/// How (see `SlotSolver`): a time-driven list schedule, busiest people first; improvement
/// (forward–backward justification and list moves) within `limits`; an exact branch and bound on
/// every group of at most `limits.exactVisits` visits that share people, which proves the
/// earliest finish or reports its bound; a lower bound from each person's load states how far
/// the answer can be from the best. Cost is near-linear in the number of visits for the list
/// schedule (slots × waiting visits) and per pass of the improvement.
public struct Scheduler: Sendable {
  public var limits: SchedulingLimits

  public init(limits: SchedulingLimits = SchedulingLimits()) { self.limits = limits }

  /// Kept for callers that set the exact-search size directly.
  public var exactLimit: Int {
    get { limits.exactVisits }
    set { limits.exactVisits = newValue }
  }

  public struct Options: Sendable {
    /// Also move visits that have a window, unless pinned.
    public var replan: Bool
    public var from: CivilDate?
    public var until: CivilDate?
    /// An earlier version of the plan: visits keep its days where possible (implies `replan`).
    public var baseline: Plan?

    public init(replan: Bool = false, from: CivilDate? = nil, until: CivilDate? = nil, baseline: Plan? = nil) {
      self.replan = replan
      self.from = from
      self.until = until
      self.baseline = baseline
    }
  }

  /// The default range: from the day after the decision (or 1 January) to the self-inspection
  /// due date (or 31 December).
  public static func defaultRange(_ plan: Plan) -> DateWindow {
    let from = plan.decision?.date.map { $0 + 1 } ?? CivilDate(year: plan.year, month: 1, day: 1)!
    let until = plan.settings.selfInspectionDue ?? CivilDate(year: plan.year, month: 12, day: 31)!
    return DateWindow(from: from, to: until)
  }

  public func schedule(_ plan: Plan, options: Options = Options()) -> ScheduleResult {
    let defaults = Self.defaultRange(plan)
    let range = DateWindow(from: options.from ?? defaults.from, to: options.until ?? defaults.to)
    var model = PlanProblem(plan: plan, range: range, replan: options.replan, baseline: options.baseline)
    let amending = model.amending
    var limits = self.limits
    // The soft Tết rule gets a second, smaller run when it could matter.
    let postTet = Self.postTetSlots(model)
    if postTet.contains(true) { limits.iterations = max(1, limits.iterations - limits.iterations / 4) }
    let plain = SlotSolver(problem: model.problem, limits: limits).solve(minimalChange: amending)
    var outcome = plain
    let touchesPostTet = plain.schedule.starts.enumerated().contains { t, start in
      guard let s = start else { return false }
      return postTet[s..<(s + model.problem.tasks[t].duration)].contains(true)
    }
    if touchesPostTet {
      var softer = model.problem
      for t in softer.tasks.indices {
        let d = softer.tasks[t].duration
        for s in softer.tasks[t].allowed.indices where softer.tasks[t].allowed[s] {
          if postTet[s..<min(postTet.count, s + d)].contains(true) { softer.tasks[t].allowed[s] = false }
        }
      }
      var small = self.limits
      small.iterations = max(1, min(20, self.limits.iterations / 4))
      small.nodes = self.limits.nodes / 100
      let other = SlotSolver(problem: softer, limits: small, target: plain.schedule.finish(model.problem)).solve(minimalChange: amending)
      let a = other.schedule.cost(model.problem, minimalChange: amending)
      let b = plain.schedule.cost(model.problem, minimalChange: amending)
      // Kept only when it places as many, moves no more and finishes no later.
      if !b.prefix(amending ? 4 : 2).lexicographicallyPrecedes(a.prefix(amending ? 4 : 2)) {
        outcome.schedule = other.schedule
        outcome.passes += other.passes
      }
    }
    model.problem.tasks = model.problem.tasks  // the original masks explain failures
    return result(model: model, outcome: outcome, amending: amending)
  }

  /// Slots in the two weeks after the Tết break of the plan year.
  static func postTetSlots(_ model: PlanProblem) -> [Bool] {
    guard PublicHolidays.supportedYears.contains(model.plan.year) else { return model.days.map { _ in false } }
    let back = model.calendar.workingDay(onOrAfter: LunarCalendar.tet(model.plan.year))
    let end = back + 13
    return model.days.map { $0 >= back && $0 <= end }
  }

  private func result(model: PlanProblem, outcome: SlotSolver.Outcome, amending: Bool) -> ScheduleResult {
    var newPlan = model.plan
    var placements: [ScheduleResult.Placement] = []
    var problems = model.problems
    let budgetText = outcome.exactEverywhere ? "tìm kiếm dừng theo giới hạn" : "xếp theo heuristic (\(outcome.passes) lượt cải thiện)"
    var explanations = Explanations(model: model, outcome: outcome, budgetText: budgetText)
    var moved = 0
    var daysMoved = 0
    for (t, i) in model.inspectionOfTask.enumerated() {
      let inspection = model.plan.inspections[i]
      let task = model.problem.tasks[t]
      guard let s = outcome.schedule.starts[t] else {
        problems.append(.init(inspection: inspection.id, reason: explanations.explain(t)))
        continue
      }
      // A half-day visit is placed on a whole working day (nobody is booked twice that day) and
      // keeps its morning or afternoon.
      let part = task.duration == 1 ? inspection.window?.part : nil
      let window = DateWindow(from: model.days[s], to: model.days[s + task.duration - 1], part: part)
      var due: CivilDate? = model.needsReport(inspection) ? model.dueForDay[s] : nil
      let isMoved = model.baselineWindowOfTask[t].map { $0 != window } ?? false
      if let base = task.baseline, isMoved {
        moved += 1
        daysMoved += abs(s - base)
      }
      // A visit that stays keeps its stated due date when that still gives the lead.
      if let stated = inspection.reportDue, inspection.window == window, model.needsReport(inspection) {
        let effective = model.plan.settings.deadlineRollsForward ? model.calendar.workingDay(onOrAfter: stated) : stated
        if model.calendar.workingDays(after: effective, through: window.from) >= max(model.minLead, 1) { due = stated }
      }
      newPlan.inspections[i].window = window
      newPlan.inspections[i].period = nil
      newPlan.inspections[i].reportDue = due
      placements.append(.init(inspection: inspection.id, window: window, reportDue: due, workingDays: task.duration, moved: isMoved))
    }
    let bound = outcome.bound.flatMap { $0 >= 0 && $0 < model.days.count ? model.days[$0] : nil }
    return ScheduleResult(
      plan: newPlan, placements: placements, problems: problems, range: model.range,
      provenEarliest: outcome.proven && problems.isEmpty && !amending, exact: outcome.exactEverywhere,
      lowerBound: bound, stoppedByBudget: outcome.stoppedByBudget, movedVisits: moved, daysMoved: daysMoved,
      amending: amending, passes: outcome.passes, nodes: outcome.nodes)
  }
}

extension Scheduler {
  /// Whether a finding of `check` is about when visits happen, so that moving visits can fix it
  /// (double bookings, absences, windows on days off, report lead times).
  public static func isSchedulingFinding(_ finding: Finding) -> Bool {
    ["person-double-booked", "person-unavailable", "report-due-after-start", "report-lead-time-short",
     "window-reversed", "window-outside-plan-year", "window-starts-on-non-working-day",
     "window-ends-on-non-working-day", "window-too-short"].contains(finding.code)
  }
}
