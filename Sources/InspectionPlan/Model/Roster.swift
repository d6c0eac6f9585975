/// A role on an inspection team, in the order rosters list them.
public enum TeamRole: String, Sendable, CaseIterable, Comparable {
  case leader
  case standingDeputy = "standing-deputy"
  case deputy
  case secretary
  case member

  /// "Trưởng đoàn", "Phó Trưởng đoàn thường trực", "Phó Trưởng đoàn", "Thư ký", "Thành viên".
  public var vietnameseName: String {
    switch self {
    case .leader: "Trưởng đoàn"
    case .standingDeputy: "Phó Trưởng đoàn thường trực"
    case .deputy: "Phó Trưởng đoàn"
    case .secretary: "Thư ký"
    case .member: "Thành viên"
    }
  }

  public static func < (a: TeamRole, b: TeamRole) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// One person on a visit with the role they hold on it.
public struct RosterEntry: Sendable, Hashable {
  public let personID: String
  public let role: TeamRole
}

extension Inspection {
  /// Everyone named for this visit with their role, after the team's roster is applied: the
  /// leader of the day, the deputies (the standing one marked), the secretaries, the members.
  ///
  /// A list the visit gives replaces the team's; a list it leaves out is inherited, minus the
  /// person who leads the day when that is someone else from the team (a deputy leading a day's
  /// visits is not also listed as deputy). A person named twice by the plan's own lists appears
  /// twice, so `same-person-two-roles` can report it.
  ///
  /// - Parameter team: the visit's team, or `nil` for a visit with its own roster.
  public func roster(team: InspectionTeam?) -> [RosterEntry] {
    let leader = self.leader ?? team?.leader
    let overridesLeader = self.leader != nil && self.leader != team?.leader
    func inherited(_ own: [String]?, _ teams: [String]?) -> [String] {
      if let own { return own }
      let list = teams ?? []
      return overridesLeader ? list.filter { $0 != leader } : list
    }
    var entries: [RosterEntry] = []
    if let leader { entries.append(RosterEntry(personID: leader, role: .leader)) }
    let standing = team?.standingDeputy
    for id in inherited(deputies, team?.deputies) {
      entries.append(RosterEntry(personID: id, role: id == standing ? .standingDeputy : .deputy))
    }
    for id in inherited(secretaries, team?.secretaries) {
      entries.append(RosterEntry(personID: id, role: .secretary))
    }
    for id in inherited(members, team?.members) {
      entries.append(RosterEntry(personID: id, role: .member))
    }
    return entries
  }

  /// The lead agency, the visit's own or its team's.
  public func leadAgency(team: InspectionTeam?) -> String? { leadAgency ?? team?.leadAgency }
}

extension Array where Element == RosterEntry {
  /// The person ids, each once, in roster order.
  public var people: [String] {
    var seen = Set<String>()
    return map(\.personID).filter { seen.insert($0).inserted }
  }

  /// The first role of a person on the roster; `nil` when not on it.
  public func role(of personID: String) -> TeamRole? { first { $0.personID == personID }?.role }
}
