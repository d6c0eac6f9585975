/// A plan with its look-up tables and calendar facts, computed once for all rules.
public struct CheckContext: Sendable {
  public let plan: Plan
  public let calendar: WorkingCalendar
  /// The day the check is made for, if any (`--as-of`).
  public let asOf: CivilDate?
  let unitsByID: [String: TargetUnit]
  let peopleByID: [String: Person]
  let teamsByID: [String: InspectionTeam]
  let agencyNames: [String: String]
  /// Each inspection's roster and timing, by index in `plan.inspections`.
  let rosters: [[RosterEntry]]
  let timings: [VisitTiming]

  public init(plan: Plan, asOf: CivilDate? = nil) {
    self.plan = plan
    self.asOf = asOf
    self.calendar = plan.workingCalendar()
    unitsByID = Dictionary(plan.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    peopleByID = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let teams = Dictionary(plan.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    teamsByID = teams
    rosters = plan.inspections.map { $0.roster(team: $0.team.flatMap { teams[$0] }) }
    let units = unitsByID
    let calendar = self.calendar
    timings = plan.inspections.map { inspection in
      let kindDays = inspection.units.compactMap { units[$0] }.compactMap {
        plan.settings.requiredWorkingDays(for: $0.kind)
      }.max()
      return inspection.timing(
        neededDays: inspection.workingDays ?? kindDays, workingDaysIn: calendar.workingDays(in:))
    }
    var names = Dictionary(plan.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    for unit in plan.units where names[unit.id] == nil { names[unit.id] = unit.name }
    agencyNames = names
  }

  /// The unit's name, or its id in quotes when the id is unknown.
  func unitName(_ id: String) -> String { unitsByID[id]?.name ?? "'\(id)'" }

  /// The names of the units a visit inspects: "Sở Công Thương", or "UBND xã A, UBND xã B".
  func unitNames(_ inspection: Inspection) -> String {
    inspection.units.map(unitName).joined(separator: ", ")
  }

  /// The visit's team, when it names a known one.
  public func team(of inspection: Inspection) -> InspectionTeam? {
    inspection.team.flatMap { teamsByID[$0] }
  }

  /// Everyone on the visit with their role (see `Inspection.roster(team:)`).
  public func roster(of index: Int) -> [RosterEntry] { rosters[index] }

  /// When the visit takes place (see `Inspection.timing(neededDays:workingDaysIn:)`).
  public func timing(of index: Int) -> VisitTiming { timings[index] }

  /// The fixed window of a visit that blocks its team: `nil` for planned or unscheduled visits
  /// and desk reviews, which keep nobody away from the office.
  func occupiedWindow(of index: Int) -> DateWindow? {
    guard plan.inspections[index].kind.occupiesTeam else { return nil }
    return timings[index].fixedWindow
  }

  /// The person's display name, or the id in quotes when unknown.
  func personName(_ id: String) -> String { peopleByID[id]?.displayName ?? "'\(id)'" }

  /// The agency's name (an agency or a unit), or the id in quotes when unknown.
  func agencyName(_ id: String) -> String { agencyNames[id] ?? "'\(id)'" }

  /// Why a day is off, for messages: "là ngày nghỉ cuối tuần" or "là ngày nghỉ: Quốc khánh";
  /// `nil` on a working day.
  func offText(_ day: CivilDate) -> String? {
    guard !calendar.isWorkingDay(day) else { return nil }
    guard let entry = calendar.entry(on: day) else { return "là ngày nghỉ cuối tuần" }
    return "là ngày nghỉ: \(entry.name)"
  }

  /// A date with its weekday, for messages: "30/09/2023 (thứ Bảy)".
  func dayText(_ day: CivilDate) -> String { "\(day.vietnamese) (\(day.weekday.vietnameseName))" }

  /// The Civil Code roll-forward alone: `lastDay` itself, or the next working day when it is a
  /// day off and the plan lets deadlines roll forward. `lastDay` is already the last day the
  /// words allow; for a deadline as stated, use `legalDue`, which applies the wording first.
  public func effectiveDue(_ lastDay: CivilDate) -> CivilDate {
    plan.settings.deadlineRollsForward ? calendar.workingDay(onOrAfter: lastDay) : lastDay
  }
}

extension Plan {
  /// The working calendar for the plan year and the years beside it, with the plan's own days.
  public func workingCalendar() -> WorkingCalendar {
    let additions =
      calendar.extraHolidays.map {
        CalendarDay(date: $0.date, kind: .holiday, name: $0.name ?? "Ngày nghỉ của kế hoạch")
      }
      + calendar.makeupWorkdays.map {
        CalendarDay(date: $0.date, kind: .makeupWorkday, name: $0.name ?? "Ngày làm bù của kế hoạch")
      }
    return WorkingCalendar(
      years: (year - 1)...(year + 1), additions: additions, decisions: calendar.decisions)
  }

  /// The units not visited by any inspection, in plan order.
  public var unitsNotInspected: [TargetUnit] {
    let visited = Set(inspections.flatMap(\.units))
    return units.filter { !visited.contains($0.id) }
  }
}
