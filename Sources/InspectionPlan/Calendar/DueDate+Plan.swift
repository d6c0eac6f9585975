extension Inspection {
  /// The report due date as the plan states it, kept in step with `reportDue` when code (the
  /// scheduler) has moved it: a moved date keeps the stated wording.
  public var due: DueDate? {
    guard let day = reportDue else { return nil }
    if let stated = reportDueAsStated, stated.date == day { return stated }
    return DueDate(day: day, wording: reportDueAsStated?.wording)
  }
}

extension PlanSettings {
  /// The self-inspection due date as the plan states it (see `Inspection.due`).
  public var selfInspectionDueDate: DueDate? {
    guard let day = selfInspectionDue else { return nil }
    if let stated = selfInspectionDueAsStated, stated.date == day { return stated }
    return DueDate(day: day, wording: selfInspectionDueAsStated?.wording)
  }
}

extension CheckContext {
  /// The legal last day of a deadline: the last day its words allow (`DueDate.lastDay`), moved to
  /// the next working day when that is a day off and the plan lets deadlines roll forward (Civil
  /// Code 2015 art. 148(5): a period ending on a day off ends at the end of the next working day).
  ///
  /// Example: "trước ngày 30/07/2023" (Sunday) has the last day Saturday 29/07, a day off, so the
  /// legal last day is Monday 31/07/2023; "trước ngày 30/09/2023" ends on Friday 29/09/2023.
  public func legalDue(_ due: DueDate) -> CivilDate {
    effectiveDue(due.lastDay(planWording: plan.settings.dueWording))
  }

  /// A deadline for people, in one phrasing everywhere: how the plan words it, then its legal last
  /// day; when that moved off a day off, the one roll-forward phrase "là ngày nghỉ nên kéo dài
  /// đến hết ngày".
  ///
  /// Example: "trước ngày 30/07/2023; hạn cuối 29/07/2023 (thứ Bảy) là ngày nghỉ nên kéo dài đến
  /// hết ngày 31/07/2023 (thứ Hai)"; "trước ngày 30/09/2023; hạn cuối: hết ngày 29/09/2023 (thứ Sáu)".
  public func dueText(_ due: DueDate) -> String {
    let stated = due.stated(planWording: plan.settings.dueWording)
    let last = due.lastDay(planWording: plan.settings.dueWording)
    let legal = legalDue(due)
    if legal == last { return "\(stated); hạn cuối: hết ngày \(dayText(legal))" }
    return "\(stated); hạn cuối \(dayText(last)) \(Self.rollPhrase) \(dayText(legal))"
  }

  /// The one phrase for a deadline moved off a day off.
  public static let rollPhrase = "là ngày nghỉ nên kéo dài đến hết ngày"
}
