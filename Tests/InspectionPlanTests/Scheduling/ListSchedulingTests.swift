import Testing

@testable import InspectionPlan

struct ListSchedulingTests {
  /// A random problem: tasks with 1–3 people of 6, 1–5 slots, allowed starts with holes, and
  /// people busy on some fixed slots.
  func randomProblem(seed: UInt64, tasks count: Int, slots: Int = 60) -> SchedulingProblem {
    var random = InspectionPlan.SplitMix64(seed: seed)
    var tasks: [SchedulingProblem.Task] = []
    for _ in 0..<count {
      let d = 1 + random.below(5)
      var people = Set<Int>()
      for _ in 0..<(1 + random.below(3)) { people.insert(random.below(6)) }
      let allowed = (0..<slots).map { s in s + d <= slots && random.below(5) != 0 }
      tasks.append(.init(duration: d, people: people.sorted(), allowed: allowed))
    }
    var busy = BusyGrid(people: 6, slotCount: slots)
    for _ in 0..<10 { busy.set(random.below(6), start: random.below(slots), length: 1, busy: true) }
    return SchedulingProblem(slotCount: slots, personCount: 6, tasks: tasks, fixedBusy: busy)
  }

  @Test(arguments: 0..<20)
  func everySchemeGivesAValidSchedule(seed: Int) {
    let p = randomProblem(seed: UInt64(seed), tasks: 25)
    let order = p.priorityOrder()
    let timed = p.timeDriven(order: order)
    let serial = p.serial(order: order)
    #expect(p.isValid(timed.starts))
    #expect(p.isValid(serial.starts))
    if let right = p.justify(serial) {
      #expect(p.isValid(right.starts))
      #expect(right.unplaced <= serial.unplaced || right.finish(p) <= serial.finish(p))
    }
    let improved = Improvement(problem: p, iterations: 50, shouldStop: nil, bound: p.rootLowerBound(), minimalChange: false).run()
    #expect(p.isValid(improved.schedule.starts))
    #expect(improved.schedule.unplaced <= min(timed.unplaced, serial.unplaced))
  }

  /// The time-driven scheme never leaves a task waiting at a slot where it could start, given
  /// what started before it: checked slot by slot against the schedule itself.
  @Test(arguments: 0..<10)
  func timeDrivenStartsWhatFits(seed: Int) {
    let p = randomProblem(seed: UInt64(100 + seed), tasks: 20)
    let order = p.priorityOrder()
    let schedule = p.timeDriven(order: order)
    for t in p.tasks.indices {
      let s = schedule.starts[t] ?? p.slotCount
      // Busy from tasks that started before slot x, or at x with a higher priority.
      for x in 0..<min(s, p.slotCount) where p.tasks[t].allowed[x] {
        var busy = p.fixedBusy
        for (k, start) in schedule.starts.enumerated() where k != t {
          guard let start else { continue }
          if start < x || (start == x && order.firstIndex(of: k)! < order.firstIndex(of: t)!) { p.place(k, at: start, in: &busy) }
        }
        let fits = p.tasks[t].people.allSatisfy { busy.isFree($0, start: x, length: p.tasks[t].duration) }
        #expect(!fits, "task \(t) could start at \(x) but starts at \(s)")
      }
    }
  }
}
