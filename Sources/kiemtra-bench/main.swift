// kiemtra-bench: times `check` and `schedule` on a synthetic plan of national size.
//
// Run with the release build: swift run -c release kiemtra-bench [visits] [people] [rosters]
// Defaults: 2,000 visits, 300 people, 40 rosters (groups of people that share no one), in 2025.
// The plan is generated from a fixed seed, so every run measures the same work.
import Foundation
import InspectionPlan

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let visitCount = arguments.count > 0 ? arguments[0] : 2_000
let peopleCount = arguments.count > 1 ? arguments[1] : 300
let rosterCount = arguments.count > 2 ? arguments[2] : 40
let year = 2025

var random = SplitMix64(seed: 2025)
let kinds: [UnitKind] = [.provincialDepartment, .districtLevel, .centralBranch, .communeLevel]
let units = (0..<visitCount).map { TargetUnit(id: "don-vi-\($0)", name: "Đơn vị \($0)", kind: kinds[$0 % kinds.count]) }
let people = (0..<peopleCount).map { Person(id: "nguoi-\($0)", honorific: "Ông", name: "Người \($0)") }
// Roster r holds people r, r + rosters, r + 2·rosters, …: rosters share no one.
let rosters = (0..<rosterCount).map { r in stride(from: r, to: peopleCount, by: rosterCount).map { "nguoi-\($0)" } }
var settings = PlanSettings()
settings.selfInspectionDue = CivilDate(year: year, month: 12, day: 31)
let inspections = (0..<visitCount).map { i -> Inspection in
  let team = rosters[i % rosterCount]
  return Inspection(
    id: "kt-\(i)", unit: "don-vi-\(i)", leader: team[0], deputy: team.count > 1 ? team[1] : nil,
    members: Array(team.dropFirst(2)), leadAgency: "don-vi-\(i % 7)", workingDays: 3 + random.below(2))
}
let draft = Plan(id: "bench", title: "Kế hoạch thử tải", province: "Thử", year: year, units: units, people: people, inspections: inspections, settings: settings)

func measure<T>(_ label: String, runs: Int, _ work: () -> T) -> T {
  var times: [Double] = []
  var result: T? = nil
  for _ in 0..<runs {
    let start = ContinuousClock.now
    result = work()
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
  }
  times.sort()
  print(String(format: "%@: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)", label, times[times.count / 2], times[0], times[times.count - 1], runs))
  return result!
}

print("kiemtra-bench: \(visitCount) visits, \(peopleCount) people, \(rosterCount) rosters, year \(year)")
let result = measure("schedule", runs: 5) { Scheduler().schedule(draft) }
print("  placed \(result.placements.count)/\(visitCount), unplaced \(result.problems.count), finish \(result.finish?.vietnamese ?? "-")")
let findings = measure("check (scheduled plan)", runs: 20) { Checker.check(result.plan) }
print("  findings: \(findings.filter { $0.severity == .error }.count) errors, \(findings.filter { $0.severity == .warning }.count) warnings")
