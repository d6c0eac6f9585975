/// The scheduling problem on slots, independent of the plan file: what the algorithms see.
///
/// A slot is a working day of the range (or half a working day when some visit lasts half a
/// day). A task is a visit to place: its length in slots, the people it blocks (none for a desk
/// review), the starts it may take (range, report lead time, planned period) and, when a plan is
/// amended, the start it had before. People's fixed commitments (absences, visits that stay) are
/// busy slots in `fixedBusy`.
struct SchedulingProblem: Sendable {
  struct Task: Sendable {
    /// Length in slots (≥ 1).
    var duration: Int
    /// People blocked for the whole visit, sorted, no repeats.
    var people: [Int]
    /// Per start slot, whether the task may start there (range, due rule, period, half-day part).
    var allowed: [Bool]
    /// The start the task had in the version being amended, if any.
    var baseline: Int?
    /// Whether moving the task away from `baseline` costs more (it was announced).
    var published: Bool = false
    /// Tie-break group (lead agency) for the soft grouping goal; -1 for none.
    var group: Int = -1

    /// The first and last allowed start, or `nil` when none is allowed.
    var firstAllowed: Int? { allowed.firstIndex(of: true) }
    var lastAllowed: Int? { allowed.lastIndex(of: true) }
  }

  var slotCount: Int
  var personCount: Int
  var tasks: [Task]
  /// Slots each person cannot use: absences and visits that stay where they are.
  var fixedBusy: BusyGrid

  init(slotCount: Int, personCount: Int, tasks: [Task], fixedBusy: BusyGrid? = nil) {
    self.slotCount = slotCount
    self.personCount = personCount
    self.tasks = tasks
    self.fixedBusy = fixedBusy ?? BusyGrid(people: personCount, slotCount: slotCount)
  }

  /// The tasks each person takes part in, in task order.
  func tasksByPerson() -> [[Int]] {
    var result = Array(repeating: [Int](), count: personCount)
    for (t, task) in tasks.enumerated() { for p in task.people { result[p].append(t) } }
    return result
  }

  /// Groups of tasks linked by shared people (connected components), each sorted; tasks with
  /// nobody blocked are alone.
  func components() -> [[Int]] {
    var parent = Array(tasks.indices)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x {
        parent[x] = parent[parent[x]]
        x = parent[x]
      }
      return x
    }
    for list in tasksByPerson() where list.count > 1 {
      let root = find(list[0])
      for t in list.dropFirst() {
        let r = find(t)
        if r != root { parent[r] = root }
      }
    }
    var groups: [Int: [Int]] = [:]
    for t in tasks.indices { groups[find(t), default: []].append(t) }
    return groups.values.sorted { $0[0] < $1[0] }
  }

  /// The earliest start of `task` on or after `notBefore` with everyone free in `busy`, or `nil`.
  func earliestStart(_ t: Int, busy: BusyGrid, notBefore: Int = 0) -> Int? {
    let task = tasks[t]
    var s = max(0, notBefore)
    let last = slotCount - task.duration
    while s <= last {
      if !task.allowed[s] {
        s += 1
        continue
      }
      var jump: Int? = nil
      for p in task.people {
        if let b = busy.lastBusy(p, start: s, length: task.duration) {
          jump = max(jump ?? 0, b + 1)
        }
      }
      guard let next = jump else { return s }
      s = next
    }
    return nil
  }

  /// The latest start of `task` that ends at or before `lastSlot`, everyone free, or `nil`.
  func latestStart(_ t: Int, busy: BusyGrid, endingBy lastSlot: Int) -> Int? {
    let task = tasks[t]
    var s = min(lastSlot - task.duration + 1, slotCount - task.duration)
    while s >= 0 {
      if !task.allowed[s] {
        s -= 1
        continue
      }
      var jump: Int? = nil
      for p in task.people {
        if let b = busy.firstBusy(p, start: s, length: task.duration) {
          jump = min(jump ?? Int.max, b - task.duration)
        }
      }
      guard let next = jump else { return s }
      s = next
    }
    return nil
  }

  /// The feasible start nearest to `target` (ties go to the earlier), or `nil`.
  func nearestStart(_ t: Int, busy: BusyGrid, target: Int) -> Int? {
    let task = tasks[t]
    let after = earliestStart(t, busy: busy, notBefore: target)
    let before = target > 0 ? latestStart(t, busy: busy, endingBy: target - 1 + task.duration - 1) : nil
    switch (before, after) {
    case (nil, nil): return nil
    case (let b?, nil): return b
    case (nil, let a?): return a
    case (let b?, let a?): return target - b <= a - target ? b : a
    }
  }

  func place(_ t: Int, at s: Int, in busy: inout BusyGrid) {
    for p in tasks[t].people { busy.set(p, start: s, length: tasks[t].duration, busy: true) }
  }

  func remove(_ t: Int, at s: Int, from busy: inout BusyGrid) {
    for p in tasks[t].people { busy.set(p, start: s, length: tasks[t].duration, busy: false) }
  }

  /// Whether `starts` breaks no hard rule: allowed starts, nobody in two places or busy.
  func isValid(_ starts: [Int?]) -> Bool {
    var busy = fixedBusy
    for (t, start) in starts.enumerated() {
      guard let s = start else { continue }
      guard s >= 0, s + tasks[t].duration <= slotCount, tasks[t].allowed[s] else { return false }
      for p in tasks[t].people where !busy.isFree(p, start: s, length: tasks[t].duration) { return false }
      place(t, at: s, in: &busy)
    }
    return true
  }
}

/// Start slots per task (`nil` = not placed) with their score.
struct SlotSchedule: Sendable, Equatable {
  var starts: [Int?]

  func finish(_ problem: SchedulingProblem) -> Int {
    var f = -1
    for (t, s) in starts.enumerated() { if let s { f = max(f, s + problem.tasks[t].duration - 1) } }
    return f
  }

  var unplaced: Int { starts.reduce(0) { $0 + ($1 == nil ? 1 : 0) } }

  /// Sum of end slots, a tie-break that prefers compact schedules.
  func totalEnd(_ problem: SchedulingProblem) -> Int {
    var total = 0
    for (t, s) in starts.enumerated() { if let s { total += s + problem.tasks[t].duration } }
    return total
  }

  /// Moved tasks (published ones count as many as all tasks, so they move last) and slots moved.
  func change(_ problem: SchedulingProblem) -> (moved: Int, slots: Int) {
    var moved = 0
    var slots = 0
    for (t, s) in starts.enumerated() {
      guard let base = problem.tasks[t].baseline else { continue }
      guard let s else {
        moved += problem.tasks[t].published ? problem.tasks.count + 1 : 1
        continue
      }
      if s != base {
        moved += problem.tasks[t].published ? problem.tasks.count + 1 : 1
        slots += abs(s - base)
      }
    }
    return (moved, slots)
  }

  /// Lexicographic cost: unplaced, then (when amending) moves, then finish, then compactness.
  func cost(_ problem: SchedulingProblem, minimalChange: Bool) -> [Int] {
    if minimalChange {
      let c = change(problem)
      return [unplaced, c.moved, c.slots, finish(problem), totalEnd(problem)]
    }
    return [unplaced, finish(problem), totalEnd(problem)]
  }
}
