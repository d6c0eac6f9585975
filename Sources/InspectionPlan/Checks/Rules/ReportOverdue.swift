extension Rule {
  /// With `--as-of`: a visit's report not received although its effective due date has passed.
  static let reportOverdue = Rule("report-overdue") { context in
    guard let asOf = context.asOf else { return [] }
    return context.plan.inspections.compactMap { inspection in
      guard context.plan.reportReceived(for: inspection) == nil, let due = inspection.due else { return nil }
      let effective = context.legalDue(due)
      guard effective < asOf else { return nil }
      let late = context.calendar.workingDays(after: effective, through: asOf)
      return Finding(
        .warning, "report-overdue",
        "\(context.unitNames(inspection)) chưa gửi báo cáo; hạn cuối \(effective.vietnamese), đến \(asOf.vietnamese) đã quá \(late) ngày làm việc.",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
