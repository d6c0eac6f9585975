/// One visit with everything publishing needs resolved: names, working days, due dates.
public struct Visit: Sendable {
  /// 1-based position in the plan, the STT of the appendix table.
  public let number: Int
  public let inspection: Inspection
  public let unit: TargetUnit?
  public let unitName: String
  public let window: DateWindow?
  public let workingDays: Int?
  public let leader: Person?
  public let deputy: Person?
  public let members: [Person]
  public let leadAgencyName: String?
  public let due: CivilDate?
  public let effectiveDue: CivilDate?

  /// Everyone on the team, without repeats, leader first.
  public var team: [Person] {
    var seen = Set<String>()
    return ([leader, deputy].compactMap { $0 } + members).filter { seen.insert($0.id).inserted }
  }

  /// The role of a person on this visit, in Vietnamese.
  public func role(of personID: String) -> String? {
    if inspection.leader == personID { return "Trưởng đoàn" }
    if inspection.deputy == personID { return "Phó Trưởng đoàn" }
    return inspection.members.contains(personID) ? "Thành viên" : nil
  }
}

extension Plan {
  /// The plan's visits with names and calendar facts resolved, in plan order.
  ///
  /// - Parameter person: when given, only the visits that person takes part in.
  public func visits(of person: String? = nil) -> [Visit] {
    let context = CheckContext(plan: self)
    return inspections.enumerated().compactMap { index, inspection in
      if let person, !inspection.team.contains(person) { return nil }
      let unit = context.unitsByID[inspection.unit]
      return Visit(
        number: index + 1, inspection: inspection, unit: unit,
        unitName: unit?.name ?? inspection.unit, window: inspection.window,
        workingDays: inspection.window.map { context.calendar.workingDays(in: $0) },
        leader: inspection.leader.flatMap { context.peopleByID[$0] },
        deputy: inspection.deputy.flatMap { context.peopleByID[$0] },
        members: inspection.members.compactMap { context.peopleByID[$0] },
        leadAgencyName: inspection.leadAgency.map(context.agencyName),
        due: inspection.reportDue, effectiveDue: inspection.reportDue.map(context.effectiveDue))
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
}
