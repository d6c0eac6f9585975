/// Replanning that keeps what was announced: a schedule close to the baseline.
///
/// After feasibility (as many tasks placed as possible), the cost counts moved tasks (announced
/// ones far more) and then slots moved. Steps: keep every task whose baseline start is still
/// allowed and free (announced tasks first, then in baseline order); put the others at the
/// feasible start nearest their baseline (new tasks at their earliest); then, for a task left
/// out, free one kept task that shares people with it, place the left-out task, and put the
/// freed one back at its nearest start; accept when both fit. A task that still fits nowhere is
/// left to the caller, who compares with a full reschedule.
extension SchedulingProblem {
  func minimalChange(maxRepairs: Int = 10_000) -> SlotSchedule {
    var busy = fixedBusy
    var starts = [Int?](repeating: nil, count: tasks.count)
    let withBaseline = tasks.indices.filter { tasks[$0].baseline != nil }.sorted {
      let a = tasks[$0]
      let b = tasks[$1]
      if a.published != b.published { return a.published }
      return (a.baseline!, $0) < (b.baseline!, $1)
    }
    var toPlace: [Int] = []
    for t in withBaseline {
      let s = tasks[t].baseline!
      if s >= 0, s + tasks[t].duration <= slotCount, tasks[t].allowed[s],
        tasks[t].people.allSatisfy({ busy.isFree($0, start: s, length: tasks[t].duration) })
      {
        starts[t] = s
        place(t, at: s, in: &busy)
      } else {
        toPlace.append(t)
      }
    }
    let fresh = priorityOrder().filter { tasks[$0].baseline == nil }
    var left: [Int] = []
    for t in toPlace + fresh {
      let s = tasks[t].baseline.flatMap { nearestStart(t, busy: busy, target: $0) } ?? earliestStart(t, busy: busy)
      guard let s else {
        left.append(t)
        continue
      }
      starts[t] = s
      place(t, at: s, in: &busy)
    }
    // Repair: make room for a left-out task by moving one task of the same people.
    var repairs = 0
    for u in left {
      let people = Set(tasks[u].people)
      let target = tasks[u].baseline ?? 0
      let blockers = starts.indices.filter { k in
        starts[k] != nil && !people.isDisjoint(with: tasks[k].people)
      }.sorted {
        let a = (tasks[$0].published ? 1 : 0, abs(starts[$0]! - target), $0)
        let b = (tasks[$1].published ? 1 : 0, abs(starts[$1]! - target), $1)
        return a < b
      }
      for k in blockers {
        repairs += 1
        if repairs > maxRepairs { break }
        let old = starts[k]!
        remove(k, at: old, from: &busy)
        if let su = tasks[u].baseline.flatMap({ nearestStart(u, busy: busy, target: $0) }) ?? earliestStart(u, busy: busy) {
          place(u, at: su, in: &busy)
          if let sk = nearestStart(k, busy: busy, target: old) {
            place(k, at: sk, in: &busy)
            starts[u] = su
            starts[k] = sk
            break
          }
          remove(u, at: su, from: &busy)
        }
        place(k, at: old, in: &busy)
      }
    }
    return SlotSchedule(starts: starts)
  }
}
