/// Lower bounds on the finish slot, used to prune the exact search and to state how far a
/// schedule can be from the best possible.
extension SchedulingProblem {
  /// The first slot `y` such that `person` has `demand` free slots in `release...y` of `busy`,
  /// or `slotCount + demand` (beyond the range) when there are not that many.
  func fill(_ person: Int, busy: BusyGrid, from release: Int, demand: Int) -> Int {
    let available = slotCount - release - busy.busyCount(person, start: release, length: slotCount - release)
    if available < demand { return slotCount + demand }
    var low = release + demand - 1
    var high = slotCount - 1
    while low < high {
      let mid = (low + high) / 2
      let free = mid - release + 1 - busy.busyCount(person, start: release, length: mid - release + 1)
      if free >= demand { high = mid } else { low = mid + 1 }
    }
    return low
  }

  /// A lower bound on the finish of any placement of `remaining` that starts each task no
  /// earlier than `releases[t]`, given `busy`.
  ///
  /// Each task ends no earlier than its release plus its length; and each person does their
  /// remaining visits one after another in their free slots, so for every release r the visits
  /// released at r or later end no earlier than where the person has filled their total length
  /// from r (the one-machine bound with release dates and the person's days off).
  func lowerBound(_ remaining: [Int], releases: [Int], busy: BusyGrid, finish: Int) -> Int {
    var bound = finish
    var byPerson: [Int: [(release: Int, duration: Int)]] = [:]
    for t in remaining {
      bound = max(bound, releases[t] + tasks[t].duration - 1)
      for p in tasks[t].people { byPerson[p, default: []].append((releases[t], tasks[t].duration)) }
    }
    for (p, list) in byPerson where list.count > 1 {
      let sorted = list.sorted { $0.release > $1.release }
      var demand = 0
      var i = 0
      while i < sorted.count {
        let r = sorted[i].release
        while i < sorted.count && sorted[i].release == r {
          demand += sorted[i].duration
          i += 1
        }
        bound = max(bound, fill(p, busy: busy, from: r, demand: demand))
      }
    }
    return bound
  }

  /// The bound for the whole problem: releases are each task's earliest start on its own.
  func rootLowerBound(_ subset: [Int]? = nil) -> Int? {
    let list = subset ?? Array(tasks.indices)
    var releases = Array(repeating: 0, count: tasks.count)
    for t in list {
      guard let r = earliestStart(t, busy: fixedBusy) else { return nil }
      releases[t] = r
    }
    return lowerBound(list, releases: releases, busy: fixedBusy, finish: -1)
  }
}
