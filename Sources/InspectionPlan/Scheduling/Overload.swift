/// A proof that some tasks cannot all be placed: one person is needed for more slots than they
/// have free in a span where those tasks must all happen.
struct Overload: Sendable, Equatable {
  var person: Int
  /// First and last slot of the span, both included.
  var from: Int
  var to: Int
  /// Every task that must lie inside the span, longest first.
  var inside: [Int]
  /// Sums of the lengths of the first n tasks of `inside`.
  var prefix: [Int]
  /// Slots the person has free in the span.
  var free: Int

  /// The fewest tasks of the span, `task` among them, whose lengths exceed the free slots, with
  /// their total; `nil` when `task` is not inside the span.
  func smallestSet(with task: Int, duration: (Int) -> Int) -> (tasks: [Int], demand: Int)? {
    guard let rank = inside.firstIndex(of: task) else { return nil }
    let own = duration(task)
    // Total of the m longest others: the first m entries, or m + 1 when `task` is among them.
    func others(_ m: Int) -> Int { m <= rank ? prefix[m] : prefix[m + 1] - own }
    var low = 0
    var high = inside.count - 1
    guard own + others(high) > free else { return nil }
    while low < high {
      let mid = (low + high) / 2
      if own + others(mid) > free { high = mid } else { low = mid + 1 }
    }
    let chosen = inside.enumerated().filter { $0.element != task }.prefix(low).map(\.element) + [task]
    return (chosen.sorted(), own + others(low))
  }
}

extension SchedulingProblem {
  /// The earliest start and latest end of `task` on the fixed calendar alone, or `nil` when it
  /// fits nowhere.
  func span(_ t: Int) -> (from: Int, to: Int)? {
    guard let first = earliestStart(t, busy: fixedBusy),
      let last = latestStart(t, busy: fixedBusy, endingBy: slotCount - 1)
    else { return nil }
    return (first, last + tasks[t].duration - 1)
  }

  /// The span with the largest overload of `person` among `candidates` (each with its span), or
  /// `nil` when none is overloaded. Tries every span from a task's earliest start to a task's
  /// latest end (O(k²) for k tasks) when k ≤ `limit`, else the whole span only.
  func overload(of person: Int, among candidates: [(task: Int, from: Int, to: Int)], limit: Int = 300) -> Overload? {
    guard !candidates.isEmpty else { return nil }
    func free(_ a: Int, _ b: Int) -> Int { b - a + 1 - fixedBusy.busyCount(person, start: a, length: b - a + 1) }
    var best: (from: Int, to: Int, excess: Int)? = nil
    let whole = (candidates.map(\.from).min()!, candidates.map(\.to).max()!)
    let total = candidates.reduce(0) { $0 + tasks[$1.task].duration }
    if total > free(whole.0, whole.1) {
      best = (whole.0, whole.1, total - free(whole.0, whole.1))
    } else if candidates.count <= limit {
      for a in Set(candidates.map(\.from)).sorted() {
        let inside = candidates.filter { $0.from >= a }.sorted { $0.to < $1.to }
        var demand = 0
        for (i, c) in inside.enumerated() {
          demand += tasks[c.task].duration
          if i + 1 < inside.count && inside[i + 1].to == c.to { continue }
          let excess = demand - free(a, c.to)
          if excess > 0 && excess > best?.excess ?? 0 { best = (a, c.to, excess) }
        }
      }
    }
    guard let best else { return nil }
    let inside = candidates.filter { $0.from >= best.from && $0.to <= best.to }.map(\.task)
      .sorted { (tasks[$0].duration, -$0) > (tasks[$1].duration, -$1) }
    var prefix = [0]
    for t in inside { prefix.append(prefix.last! + tasks[t].duration) }
    return Overload(person: person, from: best.from, to: best.to, inside: inside, prefix: prefix, free: free(best.from, best.to))
  }
}
