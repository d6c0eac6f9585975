/// Edits that carry a schedule from one plan to the same plan with new dates.
extension PlanEdit {
  /// The edits that turn the file of `old` into the file of `new`, where `new` differs from
  /// `old` only in visit windows and report due dates (what `Scheduler` changes).
  ///
  /// Visits are matched by position; a window or due date that did not change gives no edit, so
  /// the rewritten file differs from the original only on the moved dates' lines. A key the file
  /// lacks is inserted where the plan format orders it (`window` after `unit`).
  ///
  /// - Throws: `PlanEditError.unencodable` if a value cannot be encoded (it always can).
  public static func windowsAndDueDates(from old: Plan, to new: Plan) throws(PlanEditError) -> [PlanEdit] {
    let order = Inspection.CodingKeys.allCases.map(\.stringValue)
    let windowOrder = ["from", "to", "part", "month", "quarter"]
    var edits: [PlanEdit] = []
    for (i, (before, after)) in zip(old.inspections, new.inspections).enumerated() {
      let base = JSONPath([.key("inspections"), .index(i)])
      if before.window != after.window {
        let path = base.appending(.key("window"))
        if let window = after.window {
          edits.append(try .set(path, encoding: window, keyOrder: order, valueKeyOrder: windowOrder))
        } else {
          edits.append(.remove(path))
        }
      }
      if before.reportDue != after.reportDue {
        let path = base.appending(.key("reportDue"))
        if let due = after.reportDue {
          edits.append(.set(path, to: .string(due.iso8601), keyOrder: order))
        } else {
          edits.append(.remove(path))
        }
      }
    }
    return edits
  }
}
