/// How much work the scheduler may do. The library never reads a clock: a caller that wants a
/// time limit passes `shouldStop` (the CLI reads its clock there); tests use the counts alone,
/// so their results are the same on every machine.
public struct SchedulingLimits: Sendable {
  /// Schedule passes (list schedules) the improvement phase may make.
  public var iterations: Int
  /// Nodes the exact search may visit, over all groups.
  public var nodes: Int
  /// Groups of visits that share people get the exact search up to this size.
  public var exactVisits: Int
  /// Asked now and then; `true` ends the search with the best schedule found so far.
  public var shouldStop: (@Sendable () -> Bool)?

  public init(
    iterations: Int = 3_000, nodes: Int = 2_000_000, exactVisits: Int = 15,
    shouldStop: (@Sendable () -> Bool)? = nil
  ) {
    self.iterations = iterations
    self.nodes = nodes
    self.exactVisits = exactVisits
    self.shouldStop = shouldStop
  }
}

/// The whole search on a `SchedulingProblem`: heuristic, then exact search on small groups.
struct SlotSolver {
  struct Outcome {
    var schedule: SlotSchedule
    /// No schedule placing every task finishes before this slot; `nil` when some task cannot
    /// be placed even alone.
    var bound: Int?
    /// Every task placed and the finish equals the bound.
    var proven: Bool
    /// Tasks of groups the exact search proved cannot all be placed.
    var provedInfeasible: Set<Int>
    /// Whether the exact search ran on every group.
    var exactEverywhere: Bool
    /// Whether a budget (passes, nodes or the stop test) ended some search early.
    var stoppedByBudget: Bool
    var passes: Int
    var nodes: Int
  }

  let problem: SchedulingProblem
  let limits: SchedulingLimits
  /// A finish that is good enough: the search may stop on reaching it with everything placed.
  var target: Int? = nil

  func solve(minimalChange: Bool) -> Outcome {
    let rootBound = problem.rootLowerBound()
    let enough = target.map { max($0, rootBound ?? $0) } ?? rootBound
    if minimalChange {
      var best = problem.minimalChange()
      var stopped = false
      var passes = 0
      if best.unplaced > 0 {
        // Some task found no room near its old place: compare with a full reschedule.
        let full = Improvement(problem: problem, iterations: limits.iterations, shouldStop: limits.shouldStop, bound: rootBound, minimalChange: false).run()
        passes = full.passes
        stopped = full.stoppedByBudget
        if full.schedule.cost(problem, minimalChange: true).lexicographicallyPrecedes(best.cost(problem, minimalChange: true)) {
          best = full.schedule
        }
      }
      let proven = best.unplaced == 0 && rootBound.map { best.finish(problem) <= $0 } == true
      return Outcome(
        schedule: best, bound: rootBound, proven: proven, provedInfeasible: [],
        exactEverywhere: false, stoppedByBudget: stopped, passes: passes, nodes: 0)
    }
    // When every group is small enough for the exact search, the heuristic only has to give it
    // a good first schedule: a few passes, and the proof does the rest.
    let groups = problem.components()
    let allExact = groups.allSatisfy { $0.count <= limits.exactVisits }
    let passes = allExact ? min(limits.iterations, 100) : limits.iterations
    let heuristic = Improvement(problem: problem, iterations: passes, shouldStop: limits.shouldStop, bound: enough, minimalChange: false).run()
    var schedule = heuristic.schedule
    var bound = rootBound
    var stopped = heuristic.stoppedByBudget
    var exactEverywhere = true
    var infeasible = Set<Int>()
    var nodesLeft = limits.nodes
    var groupsProven = true
    for group in groups {
      guard group.count <= limits.exactVisits else {
        exactEverywhere = false
        groupsProven = false
        continue
      }
      var incumbent: [Int: Int]? = [:]
      for t in group {
        if let s = schedule.starts[t] { incumbent?[t] = s } else { incumbent = nil }
      }
      if group.count == 1, incumbent != nil, let t = group.first, let r = problem.earliestStart(t, busy: problem.fixedBusy), schedule.starts[t] == r {
        bound = bound.map { max($0, r + problem.tasks[t].duration - 1) }
        continue  // a lone task at its earliest start is optimal
      }
      let outcome = ExactSearch(problem: problem, group: group, nodeLimit: max(0, nodesLeft), shouldStop: limits.shouldStop).run(incumbent: incumbent)
      nodesLeft -= outcome.nodes
      if !outcome.complete {
        stopped = true
        groupsProven = false
      }
      if let starts = outcome.starts {
        for (t, s) in starts { schedule.starts[t] = s }
      } else if outcome.complete {
        infeasible.formUnion(group)
      }
      if outcome.bound != Int.max { bound = bound.map { max($0, outcome.bound) } }
    }
    // Replaced groups were placed on the fixed calendar only; groups share nobody, so the
    // union is still valid.
    let finish = schedule.finish(problem)
    let proven = schedule.unplaced == 0 && (bound.map { finish <= $0 } ?? false || (exactEverywhere && groupsProven))
    return Outcome(
      schedule: schedule, bound: bound, proven: proven, provedInfeasible: infeasible,
      exactEverywhere: exactEverywhere, stoppedByBudget: stopped && !proven,
      passes: heuristic.passes, nodes: limits.nodes - nodesLeft)
  }
}
