/// Branch and bound that finds the earliest finish for a small group of tasks and proves it.
///
/// It branches on which task to place next, each at its earliest feasible start (the serial
/// scheme, which reaches every active schedule, and one of those is optimal). Pruning:
/// - only tasks whose earliest start comes before the earliest end of every other remaining
///   task are tried next: in an active schedule the first remaining task starts at its earliest
///   start, and a task that could start only after another one ends is not first;
/// - a task that shares nobody with the other remaining tasks is placed without branching;
/// - of identical tasks (same people, length and allowed starts) only one is tried;
/// - the lower bound (`lowerBound`: releases and each person's load) cuts any branch that cannot
///   beat the best schedule found; the search stops as soon as a schedule meets the root bound.
struct ExactSearch {
  struct Outcome {
    /// Start per task of the group, or `nil` when no schedule placing all was found.
    var starts: [Int: Int]?
    var finish: Int?
    /// Whether the search ran to the end: `starts` is optimal, or, when `nil`, none exists.
    var complete: Bool
    /// A lower bound on the finish of any schedule placing the whole group.
    var bound: Int
    var nodes: Int
  }

  let problem: SchedulingProblem
  let group: [Int]
  let nodeLimit: Int
  let shouldStop: (@Sendable () -> Bool)?

  func run(incumbent: [Int: Int]?) -> Outcome {
    var busy = problem.fixedBusy
    var releases = Array(repeating: 0, count: problem.tasks.count)
    for t in group {
      guard let r = problem.earliestStart(t, busy: busy) else {
        return Outcome(starts: nil, finish: nil, complete: true, bound: Int.max, nodes: 1)
      }
      releases[t] = r
    }
    // Tasks that pairwise share someone run one after another: the longest such clique found
    // greedily, with its releases, bounds the finish too (it catches a leader, a deputy and
    // members who are each below the finish alone but together chain the visits).
    var position: [Int: Int] = [:]
    for (i, t) in group.enumerated() { position[t] = i }
    var conflicts = Array(repeating: UInt64(0), count: group.count)
    if group.count <= 64 {
      for (i, a) in group.enumerated() {
        for (j, b) in group.enumerated() where i != j && !Set(problem.tasks[a].people).isDisjoint(with: problem.tasks[b].people) {
          conflicts[i] |= 1 << UInt64(j)
        }
      }
    }
    func cliqueBound(_ remaining: [Int]) -> Int {
      guard group.count <= 64 else { return -1 }
      let byLength = remaining.sorted { (problem.tasks[$0].duration, -$0) > (problem.tasks[$1].duration, -$1) }
      var best = -1
      for seed in byLength {
        var members = [seed]
        var allowed = conflicts[position[seed]!]
        for t in byLength where t != seed && allowed & (1 << UInt64(position[t]!)) != 0 {
          members.append(t)
          allowed &= conflicts[position[t]!]
        }
        guard members.count > 1 else { continue }
        // One machine with release dates: sort by release, the latest suffix decides.
        members.sort { releases[$0] < releases[$1] }
        var total = 0
        for t in members.reversed() {
          total += problem.tasks[t].duration
          best = max(best, releases[t] + total - 1)
        }
      }
      return best
    }
    let rootBound = max(problem.lowerBound(group, releases: releases, busy: busy, finish: -1), cliqueBound(group))
    var best = incumbent
    var bestFinish = incumbent.map { finish(of: $0) } ?? Int.max
    if bestFinish <= rootBound {
      return Outcome(starts: best, finish: bestFinish, complete: true, bound: rootBound, nodes: 1)
    }
    // Identical tasks share a class; only the first remaining of a class is branched on.
    var classOf = Array(repeating: -1, count: problem.tasks.count)
    var representatives: [Int] = []
    for t in group {
      let task = problem.tasks[t]
      if let same = representatives.first(where: {
        let other = problem.tasks[$0]
        return other.duration == task.duration && other.people == task.people && other.allowed == task.allowed
      }) {
        classOf[t] = classOf[same]
      } else {
        classOf[t] = representatives.count
        representatives.append(t)
      }
    }
    var nodes = 0
    var aborted = false
    var placed: [Int: Int] = [:]
    var remaining = group

    func search(_ currentFinish: Int) {
      if aborted { return }
      nodes += 1
      if nodes > nodeLimit || (nodes % 4096 == 0 && shouldStop?() == true) {
        aborted = true
        return
      }
      if remaining.isEmpty {
        if currentFinish < bestFinish {
          bestFinish = currentFinish
          best = placed
        }
        return
      }
      let bound = problem.lowerBound(remaining, releases: releases, busy: busy, finish: currentFinish)
      if bound >= bestFinish || cliqueBound(remaining) >= bestFinish { return }
      var minEnd = Int.max
      for t in remaining { minEnd = min(minEnd, releases[t] + problem.tasks[t].duration) }
      var candidates: [Int] = []
      var seenClasses = Set<Int>()
      for t in remaining.sorted(by: { (releases[$0], $0) < (releases[$1], $1) })
      where releases[t] < minEnd || releases[t] + problem.tasks[t].duration == minEnd {
        if seenClasses.insert(classOf[t]).inserted { candidates.append(t) }
      }
      // A task sharing nobody with the rest is placed without branching.
      if let alone = candidates.first(where: { t in
        remaining.allSatisfy { $0 == t || Set(problem.tasks[$0].people).isDisjoint(with: problem.tasks[t].people) }
      }) {
        candidates = [alone]
      }
      for t in candidates {
        let s = releases[t]
        let task = problem.tasks[t]
        problem.place(t, at: s, in: &busy)
        placed[t] = s
        let position = remaining.firstIndex(of: t)!
        remaining.remove(at: position)
        // Earliest starts of the others only move later; a task left with none prunes.
        var saved: [(Int, Int)] = []
        var feasible = true
        for k in remaining where !Set(problem.tasks[k].people).isDisjoint(with: task.people) {
          saved.append((k, releases[k]))
          guard let r = problem.earliestStart(k, busy: busy, notBefore: releases[k]) else {
            feasible = false
            break
          }
          releases[k] = r
        }
        if feasible { search(max(currentFinish, s + task.duration - 1)) }
        for (k, r) in saved { releases[k] = r }
        remaining.insert(t, at: position)
        placed[t] = nil
        problem.remove(t, at: s, from: &busy)
        if aborted || bestFinish <= rootBound { return }
      }
    }
    search(-1)
    let complete = !aborted || bestFinish <= rootBound
    return Outcome(
      starts: best, finish: best == nil ? nil : bestFinish, complete: complete,
      bound: complete ? (best == nil ? Int.max : bestFinish) : rootBound, nodes: nodes)
  }

  private func finish(of starts: [Int: Int]) -> Int {
    starts.map { $0.value + problem.tasks[$0.key].duration - 1 }.max() ?? -1
  }
}
