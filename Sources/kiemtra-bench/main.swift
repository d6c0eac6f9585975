// kiemtra-bench: finish dates and times of `schedule` on synthetic plans with shared people.
//
// Release build only: swift run -c release kiemtra-bench [SIZE...] [--time-limit S]
//   [--export DIR] [--unplaceable N]
// Default sizes 15, 20, 100, 1000, 10000; plans come from fixed seeds (see BenchPlan), so every run
// measures the same work. For each size: construction time (the time-driven list schedule and
// one serial pass, no improvement), the finish it gives, then the full run with the time limit
// (default 2 s, as the CLI) and its finish, the lower bound, and the gap to it in working days.
// `--unplaceable N` times a plan of N visits in a range too short to place them all.
// `--export DIR` writes each plan and its slot problem (for Tests/Scripts/exact-finish.py).
import Foundation
import InspectionPlan

var sizes: [Int] = []
var timeLimit = 2.0
var exportDirectory: String? = nil
var unplaceable: Int? = nil
var seeds: [UInt64] = [1]
var words = Array(CommandLine.arguments.dropFirst())
while !words.isEmpty {
  let word = words.removeFirst()
  switch word {
  case "--time-limit": timeLimit = Double(words.removeFirst()) ?? 2
  case "--export": exportDirectory = words.removeFirst()
  case "--unplaceable": unplaceable = Int(words.removeFirst())
  case "--seeds": seeds = words.removeFirst().split(separator: ",").compactMap { UInt64($0) }
  default: if let n = Int(word) { sizes.append(n) }
  }
}
if sizes.isEmpty && unplaceable == nil { sizes = [15, 20, 100, 1_000, 10_000] }

func seconds(_ work: () -> Void) -> Double {
  let start = ContinuousClock.now
  work()
  let elapsed = ContinuousClock.now - start
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func limit(_ s: Double) -> SchedulingLimits {
  let start = ContinuousClock.now
  return SchedulingLimits(iterations: Int.max / 2, shouldStop: {
    let e = ContinuousClock.now - start
    return Double(e.components.seconds) + Double(e.components.attoseconds) / 1e18 >= s
  })
}

print("kiemtra-bench: shared leaders and deputies (1 per 35 visits), members from a pool (1 per 6), 2–5 working days, year 2025, time limit \(timeLimit) s")
print("visits  seed  people  construction        full run (limit)             lower bound  gap")
for n in sizes {
  for seed in seeds {
    let plan = BenchPlan.make(visits: n, seed: seed)
    var quick: ScheduleResult! = nil
    let tQuick = seconds { quick = Scheduler(limits: SchedulingLimits(iterations: 0, nodes: 0)).schedule(plan) }
    var full: ScheduleResult! = nil
    let tFull = seconds { full = Scheduler(limits: limit(timeLimit)).schedule(plan) }
    let errors = Checker.check(full.plan).filter { $0.severity == .error }.count
    let quickSlot = Scheduler.finishSlot(quick, plan: plan).map { $0 + 1 } ?? 0
    let fullSlot = Scheduler.finishSlot(full, plan: plan).map { $0 + 1 } ?? 0
    let calendar = plan.workingCalendar()
    let boundSlot = full.lowerBound.map { calendar.workingDays(in: DateWindow(from: full.range.from, to: $0)) } ?? 0
    let gap = boundSlot > 0 ? Double(fullSlot - boundSlot) / Double(boundSlot) * 100 : 0
    print(String(
      format: "%6d  %4d  %6d  %7.3f s %@ (%3d)  %7.3f s %@ (%3d) %@  %@ (%3d)  %.1f%%%@",
      n, Int(seed), plan.people.count, tQuick, quick.finish?.vietnamese ?? "-", quickSlot, tFull,
      full.finish?.vietnamese ?? "-", fullSlot, full.provenEarliest ? "proved" : "      ",
      full.lowerBound?.vietnamese ?? "-", boundSlot, gap,
      full.problems.isEmpty && errors == 0 ? "" : "  UNPLACED \(full.problems.count), errors \(errors)"))
    if let directory = exportDirectory {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try! encoder.encode(plan).write(to: URL(fileURLWithPath: "\(directory)/bench-\(n)-\(seed).json"))
      try! Scheduler.problemJSON(plan).write(toFile: "\(directory)/bench-\(n)-\(seed).problem.json", atomically: true, encoding: .utf8)
    }
  }
}
if let n = unplaceable {
  // The same shape, but the range ends on 31 March: about a third of the visits fit.
  let plan = BenchPlan.make(visits: n, seed: 1, until: CivilDate(year: 2025, month: 3, day: 31))
  var result: ScheduleResult! = nil
  let t = seconds { result = Scheduler(limits: limit(timeLimit)).schedule(plan) }
  print(String(format: "unplaceable %d visits (range 01/01–31/03/2025): %.2f s, placed %d, unplaced %d (explained)", n, t, result.placements.count, result.problems.count))
}
