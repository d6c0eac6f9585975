/// One visit with everything publishing needs resolved: names, roles, timing, due dates.
public struct Visit: Sendable {
  /// 1-based position in the plan, the STT of the appendix table.
  public let number: Int
  public let inspection: Inspection
  /// The inspected units that the plan lists, in the visit's order.
  public let units: [TargetUnit]
  /// The names of the inspected units, joined: "Sở Công Thương", "UBND xã A, UBND xã B".
  public let unitName: String
  /// The visit's team, when it has one.
  public let team: InspectionTeam?
  public let timing: VisitTiming
  /// The working days the visit takes: those of its fixed window (a half day counts as one), or
  /// those it needs inside its planned period; `nil` when unknown.
  public let workingDays: Int?
  /// Everyone on the visit with their role, leader first, without repeats.
  public let roster: [(person: Person, role: TeamRole)]
  public let leadAgencyName: String?
  public let due: CivilDate?
  /// The legal last day (wording and roll-forward applied).
  public let effectiveDue: CivilDate?
  /// The deadline for people, as `CheckContext.dueText` words it.
  public var dueText: String? = nil

  /// The first inspected unit.
  public var unit: TargetUnit? { units.first }

  /// The fixed days of the visit; `nil` while they are not fixed.
  public var window: DateWindow? { timing.fixedWindow }

  /// The visit's kind.
  public var kind: InspectionKind { inspection.kind }

  /// Who leads the visit (Trưởng đoàn of the day).
  public var leader: Person? { people(.leader).first }

  /// The deputies, the standing one first.
  public var deputies: [Person] { people(.standingDeputy) + people(.deputy) }

  /// The first deputy, for tables with one deputy column.
  public var deputy: Person? { deputies.first }

  public var secretaries: [Person] { people(.secretary) }
  public var members: [Person] { people(.member) }

  /// Everyone on the visit, without repeats, leader first.
  public var people: [Person] { roster.map(\.person) }

  private func people(_ role: TeamRole) -> [Person] {
    roster.filter { $0.role == role }.map(\.person)
  }

  /// The role of a person on this visit, in Vietnamese.
  public func role(of personID: String) -> String? {
    roster.first { $0.person.id == personID }?.role.vietnameseName
  }
}

extension Plan {
  /// The plan's visits with names and calendar facts resolved, in plan order.
  ///
  /// - Parameter person: when given, only the visits that person takes part in.
  public func visits(of person: String? = nil) -> [Visit] {
    let context = CheckContext(plan: self)
    return inspections.enumerated().compactMap { index, inspection in
      let entries = context.roster(of: index)
      if let person, !entries.contains(where: { $0.personID == person }) { return nil }
      var seen = Set<String>()
      let roster = entries.compactMap { entry -> (person: Person, role: TeamRole)? in
        guard let person = context.peopleByID[entry.personID], seen.insert(entry.personID).inserted
        else { return nil }
        return (person, entry.role)
      }
      let timing = context.timing(of: index)
      let workingDays: Int?
      switch timing {
      case .fixed(let window): workingDays = window.part == nil ? context.calendar.workingDays(in: window) : 1
      case .planned(_, let days, _): workingDays = days
      case .unscheduled: workingDays = nil
      }
      let team = context.team(of: inspection)
      return Visit(
        number: index + 1, inspection: inspection,
        units: inspection.units.compactMap { context.unitsByID[$0] },
        unitName: inspection.units.map { context.unitsByID[$0]?.name ?? $0 }.joined(separator: ", "),
        team: team, timing: timing, workingDays: workingDays, roster: roster,
        leadAgencyName: inspection.leadAgency(team: team).map(context.agencyName),
        due: inspection.reportDue, effectiveDue: inspection.due.map(context.legalDue),
        dueText: inspection.due.map(context.dueText))
    }
  }

  /// People in Vietnamese list order: by given name (the last word), then full name; role
  /// placeholders last.
  public var peopleInListOrder: [Person] {
    let named = people.filter { !$0.isPlaceholder }.map { person -> (Person, [Int]) in
      let name = person.name ?? ""
      let given = name.split(separator: " ").last.map(String.init) ?? name
      return (person, VietnameseText.collationKey(given) + [-2] + VietnameseText.collationKey(name))
    }
    return named.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
      + people.filter(\.isPlaceholder)
  }

  /// The roster of a visit with roles, resolved through its team.
  public func roster(of inspection: Inspection) -> [RosterEntry] {
    inspection.roster(team: inspection.team.flatMap { id in teams.first { $0.id == id } })
  }
}
