import Foundation

extension Plan {
  /// Sets `calendar.decisions`: the shipped yearly decisions, overridden by the file the plan
  /// names in `calendar.holidays` (relative to the plan file), then by `extra` (a file the user
  /// named on the command line).
  ///
  /// - Parameters:
  ///   - planPath: where the plan file is, to resolve `calendar.holidays`.
  ///   - shownPlanPath: the plan path as the user typed it, for messages.
  ///   - extra: an additional decisions file: where it is, and how to name it in messages.
  /// - Throws: `PlanError` for a missing or invalid decisions file, naming the place.
  public mutating func loadHolidayDecisions(
    planPath: String, shownPlanPath: String, extra: (path: String, shown: String)? = nil
  ) throws(PlanError) {
    var decisions = HolidayDecisions.bundled
    if let name = calendar.holidays {
      func beside(_ plan: String) -> String {
        if name.hasPrefix("/") { return name }
        let folder = (plan as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
      }
      decisions = decisions.overriding(
        with: try HolidayDecisions.load(path: beside(planPath), shown: beside(shownPlanPath)))
    }
    if let extra {
      decisions = decisions.overriding(with: try HolidayDecisions.load(path: extra.path, shown: extra.shown))
    }
    calendar.decisions = decisions
  }
}
