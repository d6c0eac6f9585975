/// Which notices a plan calls for: one per unit per announced visit, in plan order. An
/// unannounced visit (kiểm tra đột xuất) gets none; a trip to several units gets one per unit.
public enum Notices {
  public struct Entry: Sendable {
    public let unitID: String
    /// The unit's name as the plan gives it (the id when the plan lists no such unit).
    public let unitName: String
    public let visit: Visit
  }

  public static func all(_ plan: Plan) -> [Entry] {
    plan.visits().filter(\.kind.isAnnounced).flatMap { visit in
      visit.inspection.units.map { id in
        Entry(unitID: id, unitName: visit.units.first { $0.id == id }?.name ?? id, visit: visit)
      }
    }
  }
}
