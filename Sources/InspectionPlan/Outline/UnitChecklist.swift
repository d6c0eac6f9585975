/// What one inspected unit must send: its visit facts and the parts of the outline and the
/// appendices that apply to its kind.
public struct UnitChecklist: Sendable {
  public let planTitle: String
  public let unit: TargetUnit
  public let inspection: Inspection
  public let window: DateWindow?
  public let workingDays: Int?
  public let leader: Person?
  public let deputy: Person?
  public let due: CivilDate?
  public let effectiveDue: CivilDate?
  /// Who leads the visit, to whom the report goes ("Đoàn kiểm tra, qua Sở Nội vụ").
  public let leadAgencyName: String?
  public let title: String
  public let parts: [OutlineNode]
  public let appendices: [Appendix]
  public let closing: String?

  /// The checklist of the visit to `unitID`.
  ///
  /// - Returns: `nil` when the plan has no such unit or does not visit it.
  public init?(plan: Plan, unitID: String, template: OutlineTemplate) {
    guard let unit = plan.units.first(where: { $0.id == unitID }),
      let inspection = plan.inspections.first(where: { $0.unit == unitID })
    else { return nil }
    let context = CheckContext(plan: plan)
    self.planTitle = plan.title
    self.unit = unit
    self.inspection = inspection
    self.window = inspection.window
    self.workingDays = inspection.window.map { context.calendar.workingDays(in: $0) }
    self.leader = inspection.leader.flatMap { context.peopleByID[$0] }
    self.deputy = inspection.deputy.flatMap { context.peopleByID[$0] }
    self.due = inspection.reportDue
    self.effectiveDue = inspection.reportDue.map(context.effectiveDue)
    self.leadAgencyName = inspection.leadAgency.map(context.agencyName)
    self.title = template.title
    self.parts = template.parts.compactMap { Self.filter($0, for: unit.kind) }
    self.appendices = template.appendices.filter { $0.applies(to: unit.kind) }.map { appendix in
      var copy = appendix
      copy.rows = appendix.rows.filter { $0.kinds?.contains(unit.kind) ?? true }
      copy.footnotes = appendix.footnotes.filter { note in note.unitName.map(unit.isNamed) ?? true }
      return copy
    }
    self.closing = template.closing
  }

  private static func filter(_ node: OutlineNode, for kind: UnitKind) -> OutlineNode? {
    guard node.applies(to: kind) else { return nil }
    var copy = node
    copy.children = node.children.compactMap { filter($0, for: kind) }
    return copy
  }
}
