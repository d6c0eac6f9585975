import Foundation
import Testing

@testable import InspectionPlan

/// Generated plans with shared leaders and deputies (see `kiemtra-bench`), each with the best
/// finish known from an exact solver (`Fixtures/best-known.json` records how it was obtained):
/// the scheduler, on a fixed pass budget (no clock), must stay within 5% of it.
struct BestKnownTests {
  struct Instance: Decodable, CustomTestStringConvertible, Sendable {
    let plan: String
    let visits: Int
    let bestKnownFinish: Int
    let lowerBound: Int
    var testDescription: String { "\(plan) (best known \(bestKnownFinish))" }
  }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func instances() throws -> [Instance] {
    struct File: Decodable { let instances: [Instance] }
    let data = try Data(contentsOf: directory.appendingPathComponent("best-known.json"))
    return try JSONDecoder().decode(File.self, from: data).instances
  }

  @Test(arguments: try instances())
  func staysWithinFivePercentOfTheBestKnownFinish(_ instance: Instance) throws {
    let plan = try PlanLoader.load(path: Self.directory.appendingPathComponent(instance.plan).path)
    #expect(plan.inspections.count == instance.visits)
    let result = Scheduler(limits: SchedulingLimits(iterations: 100)).schedule(plan)
    #expect(result.problems.isEmpty)
    let finish = try #require(Scheduler.finishSlot(result, plan: plan)) + 1
    #expect(Double(finish) <= Double(instance.bestKnownFinish) * 1.05, "finish \(finish)")
    // Nothing beats a proved optimum, and the scheduler's own bound never contradicts it.
    #expect(finish >= instance.lowerBound)
    if let bound = result.lowerBound {
      let calendar = plan.workingCalendar()
      #expect(calendar.workingDays(in: DateWindow(from: result.range.from, to: bound)) <= instance.bestKnownFinish)
    }
    #expect(Checker.check(result.plan).filter { $0.severity == .error }.isEmpty)
  }
}
