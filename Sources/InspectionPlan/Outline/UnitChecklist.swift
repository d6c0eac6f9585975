/// What one inspected unit must send: its visit facts and the parts of the outline and the
/// appendices that apply to its kind (and, for a thematic visit, to the visit's areas).
///
/// The checklist is sent to the unit, so an unannounced visit's dates, team and due date are
/// left out of it: only the team's own outputs show them.
public struct UnitChecklist: Sendable {
  public let planTitle: String
  public let unit: TargetUnit
  public let inspection: Inspection
  /// The visit's timing; `nil` for an unannounced visit.
  public let timing: VisitTiming?
  public let workingDays: Int?
  public let leader: Person?
  public let deputy: Person?
  public let due: CivilDate?
  public let effectiveDue: CivilDate?
  /// The deadline for people, as `CheckContext.dueText` words it.
  public let dueText: String?
  /// Who leads the visit, to whom the report goes ("Đoàn kiểm tra, qua Sở Nội vụ").
  public let leadAgencyName: String?
  /// The team's name, when the visit belongs to a team of a plan with several.
  public let teamName: String?
  public let title: String
  public let parts: [OutlineNode]
  public let appendices: [Appendix]
  public let closing: String?

  /// The fixed days of the visit, when known and announced.
  public var window: DateWindow? { timing?.fixedWindow }

  /// The kind of the visit.
  public var kind: InspectionKind { inspection.kind }

  /// The checklist of the first visit to `unitID`.
  ///
  /// - Returns: `nil` when the plan has no such unit or does not visit it.
  public init?(plan: Plan, unitID: String, template: OutlineTemplate) {
    guard let index = plan.inspections.firstIndex(where: { $0.units.contains(unitID) }) else {
      return nil
    }
    self.init(plan: plan, inspectionIndex: index, unitID: unitID, template: template)
  }

  /// The checklist of unit `unitID` on the visit at `inspectionIndex` in `plan.inspections`.
  ///
  /// - Returns: `nil` when the plan has no such unit or that visit does not inspect it.
  public init?(plan: Plan, inspectionIndex: Int, unitID: String, template: OutlineTemplate) {
    guard plan.inspections.indices.contains(inspectionIndex),
      let unit = plan.units.first(where: { $0.id == unitID }),
      plan.inspections[inspectionIndex].units.contains(unitID)
    else { return nil }
    let inspection = plan.inspections[inspectionIndex]
    let context = CheckContext(plan: plan)
    let announced = inspection.kind.isAnnounced
    let roster = context.roster(of: inspectionIndex)
    let team = context.team(of: inspection)
    self.planTitle = plan.title
    self.unit = unit
    self.inspection = inspection
    let timing = context.timing(of: inspectionIndex)
    self.timing = announced ? timing : nil
    switch timing {
    case .fixed(let window) where announced:
      self.workingDays = window.part == nil ? context.calendar.workingDays(in: window) : nil
    case .planned(_, let days, _) where announced: self.workingDays = days
    default: self.workingDays = nil
    }
    self.leader = announced ? roster.first { $0.role == .leader }.flatMap { context.peopleByID[$0.personID] } : nil
    self.deputy =
      announced
      ? roster.first { $0.role == .standingDeputy || $0.role == .deputy }.flatMap { context.peopleByID[$0.personID] }
      : nil
    self.due = announced ? inspection.reportDue : nil
    self.effectiveDue = announced ? inspection.due.map(context.legalDue) : nil
    self.dueText = announced ? inspection.due.map(context.dueText) : nil
    self.leadAgencyName = inspection.leadAgency(team: team).map(context.agencyName)
    self.teamName = announced && plan.teams.count > 1 ? team?.name : nil
    self.title = template.title
    let areas: Set<InspectionArea>? =
      inspection.kind == .thematic && !inspection.areas.isEmpty ? Set(inspection.areas) : nil
    self.parts = template.parts.compactMap { Self.filter($0, for: unit.kind, areas: areas) }
    self.appendices = template.appendices.filter {
      $0.applies(to: unit.kind) && (areas == nil || $0.areas.map { !$0.isDisjoint(with: areas!) } ?? true)
    }.map { appendix in
      var copy = appendix
      copy.rows = appendix.rows.filter { $0.kinds?.contains(unit.kind) ?? true }
      copy.footnotes = appendix.footnotes.filter { note in note.unitName.map(unit.isNamed) ?? true }
      return copy
    }
    self.closing = template.closing
  }

  /// The entry with the children that apply; `nil` when the entry does not apply. With
  /// `areas`, an entry tagged with other areas is dropped, and an untagged entry whose children
  /// were all dropped goes too.
  private static func filter(_ node: OutlineNode, for kind: UnitKind, areas: Set<InspectionArea>?)
    -> OutlineNode?
  {
    guard node.applies(to: kind) else { return nil }
    if let areas, let own = node.areas, own.isDisjoint(with: areas) { return nil }
    var copy = node
    copy.children = node.children.compactMap { filter($0, for: kind, areas: areas) }
    if areas != nil, node.areas == nil, !node.children.isEmpty, copy.children.isEmpty { return nil }
    return copy
  }
}
