/// The allowance estimate of a plan: allowance × people × days, per visit, per funding agency
/// and in total. The lead agency of a visit funds it (section VI of the reference plan).
public struct Budget: Sendable {
  /// Which days count: working days of the window (default) or calendar days. A visit planned
  /// to a month or a quarter counts the working days it needs either way.
  public enum Basis: String, Sendable {
    case workingDays = "working-days"
    case calendarDays = "calendar-days"
  }

  public struct Line: Sendable {
    public let visit: Visit
    public let people: Int
    public let days: Int
    public var personDays: Int { Budget.product(people, days, 1) }
    public let amount: Int
  }

  public struct AgencyTotal: Sendable {
    public let agencyID: String
    public let agencyName: String
    public let personDays: Int
    public let amount: Int
  }

  public let allowancePerPersonDay: Int
  public let basis: Basis
  public let lines: [Line]
  public let byAgency: [AgencyTotal]
  public var total: Int { lines.reduce(0) { Budget.sum($0, $1.amount) } }
  public var personDays: Int { lines.reduce(0) { Budget.sum($0, $1.personDays) } }

  /// The largest amount a budget states, in đồng (just under a million billion); a larger
  /// product or sum stops there, and `exceedsMaximum` says so.
  public static let maximumAmount = 999_999_999_999_999

  /// Whether some amount reached `maximumAmount` (the plan's figures are implausible).
  public var exceedsMaximum: Bool { total >= Budget.maximumAmount || personDays >= Budget.maximumAmount }

  /// `a × b × c`, stopping at `maximumAmount` instead of overflowing.
  static func product(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let (ab, o1) = a.multipliedReportingOverflow(by: b)
    let (abc, o2) = ab.multipliedReportingOverflow(by: c)
    return o1 || o2 ? maximumAmount : Swift.min(abc, maximumAmount)
  }

  /// `a + b`, stopping at `maximumAmount`.
  static func sum(_ a: Int, _ b: Int) -> Int {
    let (value, overflow) = a.addingReportingOverflow(b)
    return overflow ? maximumAmount : Swift.min(value, maximumAmount)
  }

  /// - Returns: `nil` when the plan sets no allowance.
  public init?(plan: Plan, basis: Basis = .workingDays) {
    guard let allowance = plan.settings.allowancePerPersonDay else { return nil }
    allowancePerPersonDay = allowance
    self.basis = basis
    lines = plan.visits().map { visit in
      // A desk review pays no travel allowance; a planned visit counts the working days it needs,
      // not the length of its period; a half day counts as a day.
      let days =
        !visit.kind.occupiesTeam ? 0
        : basis == .workingDays ? (visit.workingDays ?? 0)
        : (visit.window?.calendarDays ?? visit.workingDays ?? 0)
      let people = visit.people.count
      return Line(visit: visit, people: people, days: days, amount: Budget.product(allowance, people, days))
    }
    var order: [String] = []
    var sums: [String: (String, Int, Int)] = [:]
    for line in lines {
      let id = line.visit.inspection.leadAgency(team: line.visit.team) ?? ""
      if sums[id] == nil { order.append(id) }
      let name = line.visit.leadAgencyName ?? "(chưa có đơn vị chủ trì)"
      let previous = sums[id] ?? (name, 0, 0)
      sums[id] = (name, Budget.sum(previous.1, line.personDays), Budget.sum(previous.2, line.amount))
    }
    byAgency = order.map {
      AgencyTotal(agencyID: $0, agencyName: sums[$0]!.0, personDays: sums[$0]!.1, amount: sums[$0]!.2)
    }
  }
}
