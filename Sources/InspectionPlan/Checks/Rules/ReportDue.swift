extension Rule {
  /// An announced visit whose unit has no report due date (an unannounced visit asks for none).
  static let reportDueMissing = Rule("report-due-missing") { context in
    context.plan.inspections.filter { $0.reportDue == nil && $0.kind.isAnnounced }.map { inspection in
      Finding(
        .warning, "report-due-missing",
        "Cuộc kiểm tra \(context.unitNames(inspection)) chưa có hạn gửi báo cáo.",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A report whose effective due date is not before the visit's first working day: the team
  /// would arrive without having read it.
  static let reportDueAfterStart = Rule("report-due-after-start") { context in
    context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      guard let lead = ReportLead(index, context), lead.workingDays <= 0 else { return nil }
      return Finding(
        .error, "report-due-after-start",
        "\(context.unitNames(inspection)): hạn báo cáo \(context.dueText(lead.due)), không trước ngày làm việc đầu tiên của cuộc kiểm tra \(context.dayText(lead.start)).",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A report due too few working days before the visit (`minReportLeadWorkingDays`).
  static let reportLeadTimeShort = Rule("report-lead-time-short") { context in
    let minimum = context.plan.settings.minReportLeadWorkingDays
    return context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      guard let lead = ReportLead(index, context), lead.workingDays > 0,
        lead.workingDays < minimum
      else { return nil }
      return Finding(
        .warning, "report-lead-time-short",
        "\(context.unitNames(inspection)): hạn báo cáo \(context.dueText(lead.due)), chỉ trước ngày làm việc đầu tiên của cuộc kiểm tra \(context.dayText(lead.start)) \(lead.workingDays) ngày làm việc (kế hoạch đặt tối thiểu \(minimum) ngày làm việc, settings.minReportLeadWorkingDays).",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A deadline whose last day (as worded) is a day off (info): says what the deadline rule
  /// makes of it.
  static let dueOnNonWorkingDay = Rule("due-on-non-working-day") { context in
    var dues: [(String, String, DueDate)] = context.plan.inspections.compactMap { inspection in
      inspection.due.map { (inspection.id, "Hạn báo cáo của \(context.unitNames(inspection))", $0) }
    }
    if let selfDue = context.plan.settings.selfInspectionDueDate {
      dues.append(("self-inspection", "Hạn gửi báo cáo tự kiểm tra", selfDue))
    }
    let wording = context.plan.settings.dueWording
    return dues.compactMap { (subject, label, due) in
      let last = due.lastDay(planWording: wording)
      guard let reason = context.offText(last) else { return nil }
      let legal = context.legalDue(due)
      let consequence =
        legal == last
          ? "kế hoạch không áp dụng quy tắc kéo dài hạn (settings.deadlineRollsForward: false) nên hạn giữ nguyên"
          : "theo Điều 148 khoản 5 Bộ luật Dân sự 2015, hạn kéo dài đến hết ngày làm việc tiếp theo \(context.dayText(legal))"
      return Finding(
        .info, "due-on-non-working-day",
        "\(label) (\(due.stated(planWording: wording))): hạn cuối \(context.dayText(last)) \(reason); \(consequence).",
        subjects: [subject])
    }
  }
}

/// The stated and legal due date of a visit's report and its lead in working days.
struct ReportLead {
  let due: DueDate
  let effective: CivilDate
  /// The visit's first working day.
  let start: CivilDate
  /// Working days after the effective due date up to and including `start`; 0 or less when the
  /// report is due on or after the start.
  let workingDays: Int

  /// `nil` when the visit has no due date or no fixed days yet.
  init?(_ index: Int, _ context: CheckContext) {
    let inspection = context.plan.inspections[index]
    guard let due = inspection.due, let window = context.timing(of: index).fixedWindow,
      !window.isReversed,
      let start = context.calendar.firstWorkingDay(in: window)
    else { return nil }
    self.due = due
    self.effective = context.legalDue(due)
    self.start = start
    self.workingDays = context.calendar.workingDays(after: effective, through: start)
  }
}
