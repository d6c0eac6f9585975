/// Where one recommendation stands on a given day.
public struct RecommendationStatus: Sendable {
  /// How it stands; raw values are the JSON contract.
  public enum Standing: String, Sendable, CaseIterable {
    /// Not done, and its effective deadline has passed.
    case overdue
    /// Not done, due within the asked number of working days.
    case dueSoon = "due-soon"
    /// Not done, due later.
    case upcoming
    /// Done after its effective deadline.
    case doneLate = "done-late"
    /// Done by its effective deadline.
    case done
  }

  public let inspection: String
  /// The concluded unit.
  public let unit: String
  /// Who must act: the recommendation's owner, else the concluded unit.
  public let owner: String
  /// The lead agency of the visit (đơn vị chủ trì), whose team follows it up.
  public let leadAgency: String?
  public let noticeDate: CivilDate?
  public let recommendation: Recommendation
  /// The last day the words of the deadline in force allow.
  public let lastDay: CivilDate
  /// After Civil Code 2015 art. 148(5): a deadline on a day off ends on the next working day.
  public let effectiveDue: CivilDate
  public let standing: Standing
  /// Working days from the day after `asOf` to the effective deadline; negative when overdue
  /// (minus the working days late); `nil` once done.
  public let workingDaysLeft: Int?
  /// Calendar days since the effective deadline, for an overdue recommendation (its age).
  public let daysOverdue: Int?
}

/// The recommendations of a plan's conclusions, as of a day.
public enum FollowUpTracker {
  /// One status per recommendation, in plan order.
  ///
  /// - Parameter dueSoonWithin: a recommendation due within this many working days is `due-soon`.
  public static func statuses(_ plan: Plan, asOf: CivilDate, dueSoonWithin: Int = 10)
    -> [RecommendationStatus]
  {
    let context = CheckContext(plan: plan, asOf: asOf)
    let inspections = Dictionary(plan.inspections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var result: [RecommendationStatus] = []
    for conclusion in plan.allConclusions {
      let inspection = inspections[conclusion.inspection]
      let unit = conclusion.unit ?? inspection?.unit ?? conclusion.inspection
      for recommendation in conclusion.recommendations {
        let lastDay = recommendation.lastDay
        let effective = context.effectiveDue(lastDay)
        var standing: RecommendationStatus.Standing
        var left: Int? = nil
        var age: Int? = nil
        if let done = recommendation.done {
          standing = done.date <= effective ? .done : .doneLate
        } else if effective < asOf {
          standing = .overdue
          left = -context.calendar.workingDays(after: effective, through: asOf)
          age = asOf.daysSince(effective)
        } else {
          let days = context.calendar.workingDays(after: asOf, through: effective)
          left = days
          standing = days <= dueSoonWithin ? .dueSoon : .upcoming
        }
        result.append(
          RecommendationStatus(
            inspection: conclusion.inspection, unit: unit, owner: recommendation.owner ?? unit,
            leadAgency: inspection.flatMap { $0.leadAgency(team: context.team(of: $0)) }, noticeDate: conclusion.notice?.date,
            recommendation: recommendation, lastDay: lastDay, effectiveDue: effective,
            standing: standing, workingDaysLeft: left, daysOverdue: age))
      }
    }
    return result
  }
}

extension Plan {
  /// The plan's conclusions (none when the file has no `conclusions` key).
  public var allConclusions: [Conclusion] { conclusions ?? [] }
}

extension CivilDate {
  /// Calendar days from `other` to this day (positive when this day is later).
  func daysSince(_ other: CivilDate) -> Int { other.distance(to: self) }
}
