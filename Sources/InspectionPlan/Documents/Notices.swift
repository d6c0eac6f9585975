/// Which notices a plan calls for: one per unit per announced visit, in plan order.
public enum Notices {
  public struct Entry: Sendable {
    public let unitID: String
    public let visit: Visit
  }

  public static func all(_ plan: Plan) -> [Entry] {
    plan.visits().map { Entry(unitID: $0.inspection.unit, visit: $0) }
  }
}
