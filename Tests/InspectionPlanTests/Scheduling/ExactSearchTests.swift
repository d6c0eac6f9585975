import Testing

@testable import InspectionPlan

struct ExactSearchTests {
  /// A problem on `slots` slots with tasks (duration, people) and every start allowed.
  func problem(slots: Int, people: Int, _ tasks: [(Int, [Int])]) -> SchedulingProblem {
    SchedulingProblem(
      slotCount: slots, personCount: people,
      tasks: tasks.map { d, p in
        .init(duration: d, people: p.sorted(), allowed: (0..<slots).map { $0 + d <= slots })
      })
  }

  /// The optimum by trying every order of the serial scheme (only for tiny cases).
  func bruteForce(_ p: SchedulingProblem) -> Int {
    var best = Int.max
    func permute(_ rest: [Int], _ order: [Int]) {
      if rest.isEmpty {
        let s = p.serial(order: order)
        if s.unplaced == 0 { best = min(best, s.finish(p)) }
        return
      }
      for (i, t) in rest.enumerated() {
        var r = rest
        r.remove(at: i)
        permute(r, order + [t])
      }
    }
    permute(Array(p.tasks.indices), [])
    return best
  }

  @Test(arguments: 0..<12)
  func matchesBruteForceOnRandomSmallProblems(seed: Int) {
    var random = InspectionPlan.SplitMix64(seed: UInt64(seed) &+ 77)
    let tasks = (0..<6).map { _ -> (Int, [Int]) in
      let a = random.below(4)
      let b = random.below(4)
      return (1 + random.below(4), Array(Set([a, b])))
    }
    let p = problem(slots: 40, people: 4, tasks)
    let outcome = ExactSearch(problem: p, group: Array(p.tasks.indices), nodeLimit: 1_000_000, shouldStop: nil).run(incumbent: nil)
    #expect(outcome.complete)
    #expect(outcome.finish == bruteForce(p))
    var starts = [Int?](repeating: nil, count: p.tasks.count)
    for (t, s) in outcome.starts! { starts[t] = s }
    #expect(p.isValid(starts))
  }

  /// Fifteen visits, two shared leaders and members drawn from a pool: proved within budget.
  @Test func provesFifteenVisitsWithSharedLeaders() {
    var random = InspectionPlan.SplitMix64(seed: 15)
    let tasks = (0..<15).map { i -> (Int, [Int]) in
      (3 + random.below(4), [i % 2, 2 + random.below(6), 2 + random.below(6)])
    }
    let p = problem(slots: 200, people: 8, tasks)
    let outcome = ExactSearch(problem: p, group: Array(p.tasks.indices), nodeLimit: 200_000, shouldStop: nil).run(incumbent: nil)
    #expect(outcome.complete)
    #expect(outcome.nodes < 200_000)
    // The leaders' loads bound the finish from below; the optimum meets or exceeds it.
    #expect(outcome.finish! >= outcome.bound)
  }

  @Test func reportsInfeasibleWhenAPersonIsOverbooked() {
    let p = problem(slots: 10, people: 1, [(6, [0]), (5, [0])])
    let outcome = ExactSearch(problem: p, group: [0, 1], nodeLimit: 1000, shouldStop: nil).run(incumbent: nil)
    #expect(outcome.complete)
    #expect(outcome.starts == nil)
    let proof = p.overload(of: 0, among: [(0, 0, 9), (1, 0, 9)])
    #expect(proof?.free == 10)
    #expect(proof?.smallestSet(with: 1, duration: { p.tasks[$0].duration })?.demand == 11)
  }
}
