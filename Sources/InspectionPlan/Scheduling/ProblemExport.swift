extension Scheduler {
  /// The internal scheduling problem of `plan` as JSON, for checking the scheduler against an
  /// exact solver outside the project (see `Tests/Scripts/exact-finish.py`).
  ///
  /// `{"slots": W, "people": P, "fixedBusy": [[person, slot], …],
  ///   "tasks": [{"id", "duration", "people": [..], "starts": [[first, last], …]}]}`: slots are
  /// the working days of the range from 0, `starts` the allowed start slots as inclusive runs.
  package static func problemJSON(_ plan: Plan, options: Options = Options()) -> String {
    let defaults = defaultRange(plan)
    let range = DateWindow(from: options.from ?? defaults.from, to: options.until ?? defaults.to)
    let model = PlanProblem(plan: plan, range: range, replan: options.replan, baseline: options.baseline)
    let problem = model.problem
    var out = "{\"slots\": \(problem.slotCount), \"people\": \(problem.personCount), \"fixedBusy\": ["
    var busy: [String] = []
    for p in 0..<problem.personCount {
      for s in 0..<problem.slotCount where !problem.fixedBusy.isFree(p, start: s, length: 1) { busy.append("[\(p), \(s)]") }
    }
    out += busy.joined(separator: ", ") + "],\n\"tasks\": [\n"
    var lines: [String] = []
    for (t, task) in problem.tasks.enumerated() {
      var runs: [String] = []
      var s = 0
      while s < task.allowed.count {
        guard task.allowed[s] else {
          s += 1
          continue
        }
        var e = s
        while e + 1 < task.allowed.count && task.allowed[e + 1] { e += 1 }
        runs.append("[\(s), \(e)]")
        s = e + 1
      }
      let id = plan.inspections[model.inspectionOfTask[t]].id
      lines.append("{\"id\": \"\(id)\", \"duration\": \(task.duration), \"people\": \(task.people), \"starts\": [\(runs.joined(separator: ", "))]}")
    }
    return out + lines.joined(separator: ",\n") + "\n]}\n"
  }

  /// The finish of `result` as a slot count from the range start (the makespan the exact solver
  /// minimises), or `nil` when nothing is placed.
  package static func finishSlot(_ result: ScheduleResult, plan: Plan) -> Int? {
    guard let last = result.placements.map(\.window.to).max() else { return nil }
    let calendar = plan.workingCalendar()
    return calendar.workingDays(in: DateWindow(from: result.range.from, to: last)) - 1
  }
}
