/// Where a unit's report stands on a given day.
public struct ReportStatus: Sendable, Equatable {
  /// Which report a unit owes; raw values are the JSON contract.
  public enum Kind: String, Sendable {
    /// The report before the unit's visit.
    case inspectionReport = "inspection-report"
    /// The self-inspection report of a unit that is not visited.
    case selfInspectionReport = "self-inspection-report"
  }

  /// The state of a report; raw values are the JSON contract.
  public enum State: String, Sendable, CaseIterable {
    case overdue
    case dueSoon = "due-soon"
    case upcoming
    case receivedLate = "received-late"
    case received
    /// The plan gives no due date for this report.
    case undated
  }

  /// The state of the visit itself on that day.
  public enum VisitState: String, Sendable {
    case done, inProgress = "in-progress", upcoming, unscheduled
  }

  public let unit: String
  public let kind: Kind
  /// The stated due date (for a month, quarter or year, its last day).
  public let due: CivilDate?
  /// The legal last day: the stated date read with its wording, rolled off a day off.
  public let effectiveDue: CivilDate?
  /// The deadline as stated in the file (`2023-09-30`, `2024-Q1`) and for people
  /// ("trước ngày 30/09/2023; hạn cuối: hết ngày 29/09/2023 (thứ Sáu)").
  public var dueStated: DueDate? = nil
  public var dueText: String? = nil
  /// How a day deadline is worded (its own wording or the plan's); `nil` for a period.
  public var dueWording: DueWording? = nil
  public let received: CivilDate?
  public let state: State
  /// Working days from the day of the report (excluded) to the effective due date (included);
  /// negative when overdue (minus the working days late); `nil` once received or when undated.
  public let workingDaysLeft: Int?
  /// The visit, for inspection reports.
  public let inspection: String?
  public let window: DateWindow?
  public let visitState: VisitState?
}

/// Reports owed under a plan, as of a day.
public enum ReportTracker {
  /// One status per unit of each announced visit (in plan order), then one per unit not visited
  /// (in plan order).
  ///
  /// - Parameter dueSoonWithin: a report due within this many working days is `due-soon`.
  public static func statuses(_ plan: Plan, asOf: CivilDate, dueSoonWithin: Int = 5)
    -> [ReportStatus]
  {
    let context = CheckContext(plan: plan, asOf: asOf)
    func status(
      unit: String, kind: ReportStatus.Kind, due stated: DueDate?, received: CivilDate?,
      inspection: Int?
    ) -> ReportStatus {
      let due = stated?.date
      let effective = stated.map(context.legalDue)
      var state = ReportStatus.State.undated
      var left: Int? = nil
      if let effective {
        if let received {
          state = received <= effective ? .received : .receivedLate
        } else {
          let days = context.calendar.workingDays(after: asOf, through: effective)
          left = days
          state = effective < asOf ? .overdue : days <= dueSoonWithin ? .dueSoon : .upcoming
        }
      } else if received != nil {
        state = .received
      }
      var visit: ReportStatus.VisitState? = nil
      let window = inspection.flatMap { context.timing(of: $0).fixedWindow }
      if inspection != nil {
        if let window {
          visit = asOf > window.to ? .done : asOf >= window.from ? .inProgress : .upcoming
        } else {
          visit = .unscheduled
        }
      }
      var result = ReportStatus(
        unit: unit, kind: kind, due: due, effectiveDue: effective, received: received,
        state: state, workingDaysLeft: left, inspection: inspection.map { plan.inspections[$0].id },
        window: window, visitState: visit)
      result.dueStated = stated
      result.dueText = stated.map(context.dueText)
      if let stated, case .day = stated.period {
        result.dueWording = stated.wording ?? plan.settings.dueWording
      }
      return result
    }
    // Each unit of an announced visit owes its own report; an unannounced visit asks for none.
    let visits = plan.inspections.indices.filter { plan.inspections[$0].kind.isAnnounced }.flatMap { index in
      let inspection = plan.inspections[index]
      return inspection.units.map {
        status(
          unit: $0, kind: .inspectionReport, due: inspection.due,
          received: plan.reportReceived(for: inspection, unit: $0), inspection: index)
      }
    }
    let selfReports = plan.unitsNotInspected.map {
      status(
        unit: $0.id, kind: .selfInspectionReport, due: plan.settings.selfInspectionDueDate,
        received: plan.selfInspectionReceived(of: $0), inspection: nil)
    }
    return visits + selfReports
  }
}
