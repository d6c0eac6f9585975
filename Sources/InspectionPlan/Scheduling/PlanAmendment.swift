/// What changed between two versions of a plan, visit by visit: the content of an amending
/// decision ("điều chỉnh thời gian kiểm tra tại …").
///
/// Visits are matched by inspection id. A visit only in the new version is added, only in the
/// old one removed; a visit in both may have moved (its window changed), changed team (anyone
/// added, removed or in another role) or changed its report due date. Entries follow the new
/// plan's order, removed visits last in the old plan's order.
public struct PlanAmendment: Sendable {
  public enum Change: String, Sendable, CaseIterable {
    case added, removed, moved, team, reportDue = "report-due", units
  }

  /// One visit as a version of the plan has it.
  public struct VisitState: Sendable, Equatable {
    public let window: DateWindow?
    public let reportDue: CivilDate?
    /// Team members as display names with their role, leader first.
    public let team: [Member]
    public let units: [String]
  }

  public struct Member: Sendable, Equatable {
    public let name: String
    public let role: String
  }

  public struct Entry: Sendable {
    public let inspection: String
    /// The names of the units visited (the new version's, or the old one's when removed).
    public let unitNames: [String]
    public let changes: [Change]
    public let old: VisitState?
    public let new: VisitState?
    /// Whether the visit is unannounced: its dates are not shown to units.
    public let unannounced: Bool
  }

  public let oldPlan: Plan
  public let newPlan: Plan
  public let entries: [Entry]

  public init(old: Plan, new: Plan) {
    oldPlan = old
    newPlan = new
    let oldByID = Dictionary(old.inspections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let newIDs = Set(new.inspections.map(\.id))
    var entries: [Entry] = []
    for inspection in new.inspections {
      let after = Self.state(of: inspection, in: new)
      guard let previous = oldByID[inspection.id] else {
        entries.append(Entry(
          inspection: inspection.id, unitNames: Self.unitNames(inspection, new), changes: [.added],
          old: nil, new: after, unannounced: Self.isUnannounced(inspection)))
        continue
      }
      let before = Self.state(of: previous, in: old)
      var changes: [Change] = []
      if before.units != after.units { changes.append(.units) }
      if before.window != after.window { changes.append(.moved) }
      if before.team != after.team { changes.append(.team) }
      if before.reportDue != after.reportDue { changes.append(.reportDue) }
      guard !changes.isEmpty else { continue }
      entries.append(Entry(
        inspection: inspection.id, unitNames: Self.unitNames(inspection, new), changes: changes,
        old: before, new: after, unannounced: Self.isUnannounced(inspection) || Self.isUnannounced(previous)))
    }
    for inspection in old.inspections where !newIDs.contains(inspection.id) {
      entries.append(Entry(
        inspection: inspection.id, unitNames: Self.unitNames(inspection, old), changes: [.removed],
        old: Self.state(of: inspection, in: old), new: nil, unannounced: Self.isUnannounced(inspection)))
    }
    self.entries = entries
  }

  /// How many entries carry each change.
  public func count(_ change: Change) -> Int { entries.filter { $0.changes.contains(change) }.count }

  // MARK: Reading the plan model

  static func unitNames(_ inspection: Inspection, _ plan: Plan) -> [String] {
    let names = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    return inspection.units.map { names[$0] ?? $0 }
  }

  static func isUnannounced(_ inspection: Inspection) -> Bool { inspection.kind == .unannounced }

  static func state(of inspection: Inspection, in plan: Plan) -> VisitState {
    let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    func name(_ id: String) -> String { people[id]?.displayName ?? id }
    let team = plan.roster(of: inspection).map { Member(name: name($0.personID), role: $0.role.vietnameseName) }
    return VisitState(window: inspection.window, reportDue: inspection.reportDue, team: team, units: inspection.units)
  }
}
