/// The heuristic: a time-driven list schedule, then improvement within a budget.
///
/// Improvement alternates forward–backward justification (push everything as late as it can go
/// before the finish, then as early as it can go in that new order: it closes gaps a single pass
/// leaves) with local moves on the activity list (a late task moved earlier in the list, then the
/// serial scheme), accepting moves that are no worse so the search can cross plateaus; every 50
/// passes without progress it restarts from a time-driven schedule of a perturbed priority. The
/// random choices come from SplitMix64 with a fixed seed, so a run is repeatable: the budget is a
/// number of schedule passes, and a caller may also give a stop test (the CLI's clock).
struct Improvement {
  let problem: SchedulingProblem
  let iterations: Int
  let shouldStop: (@Sendable () -> Bool)?
  /// The finish no schedule can beat; reaching it with everything placed ends the search.
  let bound: Int?
  let minimalChange: Bool

  struct Outcome {
    var schedule: SlotSchedule
    var passes: Int
    /// Whether the budget (or the stop test) ended the search before the bound was met.
    var stoppedByBudget: Bool
  }

  func run(start: SlotSchedule? = nil) -> Outcome {
    var passes = 0
    func cost(_ s: SlotSchedule) -> [Int] { s.cost(problem, minimalChange: minimalChange) }
    let priority = problem.priorityOrder()
    var best: SlotSchedule
    if let start {
      best = start
    } else {
      let timed = problem.timeDriven(order: priority)
      let serial = problem.serial(order: priority)
      passes += 2
      best = cost(serial).lexicographicallyPrecedes(cost(timed)) ? serial : timed
    }
    func optimal(_ s: SlotSchedule) -> Bool {
      guard let bound, !minimalChange else { return false }
      return s.unplaced == 0 && s.finish(problem) <= bound
    }
    func out() -> Bool { passes >= iterations || (shouldStop?() ?? false) }
    // Forward–backward justification until it stops helping.
    func justified(_ s: SlotSchedule) -> SlotSchedule {
      var current = s
      while !out(), let next = problem.justify(current) {
        passes += 2
        guard cost(next).lexicographicallyPrecedes(cost(current)) else { break }
        current = next
      }
      return current
    }
    if minimalChange { return Outcome(schedule: best, passes: passes, stoppedByBudget: false) }
    best = justified(best)
    var current = best
    var random = SplitMix64(seed: 0x6B69_656D_7472_61)
    var stale = 0
    let n = problem.tasks.count
    while !optimal(best) && !out() && n > 1 {
      var candidate: SlotSchedule
      if stale >= 50 {
        // Restart: the priority order with random swaps, time-driven.
        var order = priority
        for _ in 0..<max(1, n / 10) {
          let i = random.below(n)
          let j = max(0, i - 1 - random.below(min(n, 8)))
          order.swapAt(i, j)
        }
        candidate = problem.timeDriven(order: order)
        stale = 0
      } else {
        var list = problem.activityList(current)
        // Move a task that ends late (half the time, one that ends last) earlier in the list.
        let placed = list.count - current.unplaced
        let i: Int
        if current.unplaced > 0 && random.below(2) == 0 {
          i = placed + random.below(current.unplaced)
        } else if placed > 0 {
          i = random.below(2) == 0 ? placed - 1 - random.below(max(1, placed / 10)) : random.below(placed)
        } else {
          i = random.below(list.count)
        }
        let t = list.remove(at: i)
        let j = random.below(i + 1)
        list.insert(t, at: j)
        candidate = problem.serial(order: list)
      }
      passes += 1
      candidate = justified(candidate)
      if !cost(current).lexicographicallyPrecedes(cost(candidate)) {
        current = candidate
      }
      if cost(candidate).lexicographicallyPrecedes(cost(best)) {
        best = candidate
        stale = 0
      } else {
        stale += 1
        if stale % 20 == 0 { current = best }
      }
    }
    return Outcome(schedule: best, passes: passes, stoppedByBudget: !optimal(best) && out())
  }
}
