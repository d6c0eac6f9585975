/// Schedule generation schemes: turn a priority order into start slots.
///
/// - `timeDriven` (the parallel scheme): walks the slots in time order and at each slot starts,
///   in priority order, every waiting task whose people are all free for its whole length. It
///   does not fragment people's calendars: nobody waits while something they could do fits.
/// - `serial`: takes tasks in order and puts each at its earliest feasible start; over all
///   orders it reaches every active schedule, so it is the move of the improvement phase.
/// - `backward`: the mirror of `serial` towards a finish slot, for forward–backward improvement.
extension SchedulingProblem {
  /// A static priority: the busiest person's load first (the people who decide the finish),
  /// then longer visits, then the tighter latest start, then plan order.
  func priorityOrder() -> [Int] {
    var load = Array(repeating: 0, count: personCount)
    for task in tasks { for p in task.people { load[p] += task.duration } }
    let keys = tasks.map { task in
      (task.people.map { load[$0] }.max() ?? 0, task.duration, task.lastAllowed ?? -1)
    }
    return tasks.indices.sorted {
      let a = keys[$0]
      let b = keys[$1]
      if a.0 != b.0 { return a.0 > b.0 }
      if a.1 != b.1 { return a.1 > b.1 }
      if a.2 != b.2 { return a.2 < b.2 }
      return $0 < $1
    }
  }

  /// The time-driven list schedule of `order` (tasks missing from `order` stay unplaced).
  ///
  /// Event-driven: a task waits in the bucket of the next slot where it could start (its first
  /// allowed start, the slot its people are free again, the slot after a busy day in the way),
  /// so each task is looked at only when something changed for it, not at every slot.
  func timeDriven(order: [Int], busy start: BusyGrid? = nil) -> SlotSchedule {
    var busy = start ?? fixedBusy
    var busyUntil = Array(repeating: 0, count: personCount)
    var starts = [Int?](repeating: nil, count: tasks.count)
    var rank = Array(repeating: 0, count: tasks.count)
    var last = Array(repeating: -1, count: tasks.count)
    var buckets = Array(repeating: [Int](), count: slotCount + 1)
    for (i, t) in order.enumerated() {
      rank[t] = i
      guard let f = tasks[t].firstAllowed, let l = tasks[t].lastAllowed else { continue }
      last[t] = l
      buckets[f].append(t)
    }
    for now in 0..<slotCount where !buckets[now].isEmpty {
      var list = buckets[now]
      buckets[now] = []
      list.sort { rank[$0] < rank[$1] }
      for t in list {
        let task = tasks[t]
        var next = now
        for p in task.people where busyUntil[p] > next { next = busyUntil[p] }
        if next == now && !task.allowed[now] {
          next = now + 1
          while next <= last[t] && !task.allowed[next] { next += 1 }
        }
        if next == now {
          for p in task.people {
            if let b = busy.lastBusy(p, start: now, length: task.duration) { next = max(next, b + 1) }
          }
        }
        if next == now {
          starts[t] = now
          place(t, at: now, in: &busy)
          for p in task.people { busyUntil[p] = now + task.duration }
        } else if next <= last[t] {
          buckets[next].append(t)
        }
      }
    }
    return SlotSchedule(starts: starts)
  }

  /// The serial schedule of `order`: each task at its earliest feasible start.
  func serial(order: [Int], busy start: BusyGrid? = nil, into base: SlotSchedule? = nil) -> SlotSchedule {
    var busy = start ?? fixedBusy
    var schedule = base ?? SlotSchedule(starts: Array(repeating: nil, count: tasks.count))
    for t in order {
      guard let s = earliestStart(t, busy: busy) else { continue }
      schedule.starts[t] = s
      place(t, at: s, in: &busy)
    }
    return schedule
  }

  /// Every placed task of `schedule` as late as possible, ending by `finish`, latest-ending
  /// first; `nil` when one no longer fits.
  func backward(_ schedule: SlotSchedule, finish: Int) -> SlotSchedule? {
    var busy = fixedBusy
    var result = SlotSchedule(starts: Array(repeating: nil, count: tasks.count))
    let order = schedule.starts.indices.filter { schedule.starts[$0] != nil }.sorted {
      let a = schedule.starts[$0]! + tasks[$0].duration
      let b = schedule.starts[$1]! + tasks[$1].duration
      return a != b ? a > b : $0 > $1
    }
    for t in order {
      guard let s = latestStart(t, busy: busy, endingBy: finish) else { return nil }
      result.starts[t] = s
      place(t, at: s, in: &busy)
    }
    return result
  }

  /// One forward–backward improvement step: justify right, then left in the new start order.
  /// Never worse than the input for the finish; unplaced tasks are then tried at the end.
  func justify(_ schedule: SlotSchedule) -> SlotSchedule? {
    let finish = schedule.finish(self)
    guard finish >= 0, let right = backward(schedule, finish: finish) else { return nil }
    let order = right.starts.indices.filter { right.starts[$0] != nil }.sorted {
      right.starts[$0]! != right.starts[$1]! ? right.starts[$0]! < right.starts[$1]! : $0 < $1
    }
    let unplaced = schedule.starts.indices.filter { schedule.starts[$0] == nil }
    return serial(order: order + unplaced)
  }

  /// The order of tasks by start in `schedule` (unplaced last), the activity list it stands for.
  func activityList(_ schedule: SlotSchedule) -> [Int] {
    let placed = schedule.starts.indices.filter { schedule.starts[$0] != nil }.sorted {
      schedule.starts[$0]! != schedule.starts[$1]! ? schedule.starts[$0]! < schedule.starts[$1]! : $0 < $1
    }
    return placed + schedule.starts.indices.filter { schedule.starts[$0] == nil }
  }
}
