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
        "\(context.unitNames(inspection)): hạn báo cáo \(lead.describeDue(context)) không trước ngày làm việc đầu tiên của cuộc kiểm tra \(context.dayText(lead.start)).",
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
        "\(context.unitNames(inspection)): hạn báo cáo \(lead.describeDue(context)) chỉ trước ngày làm việc đầu tiên của cuộc kiểm tra \(context.dayText(lead.start)) \(lead.workingDays) ngày làm việc (cần ít nhất \(minimum)).",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A due date on a day off (info): says what the deadline rule makes of it.
  static let dueOnNonWorkingDay = Rule("due-on-non-working-day") { context in
    var dues: [(String, String, CivilDate)] = context.plan.inspections.compactMap { inspection in
      inspection.reportDue.map { (inspection.id, "Hạn báo cáo của \(context.unitNames(inspection))", $0) }
    }
    if let selfDue = context.plan.settings.selfInspectionDue {
      dues.append(("self-inspection", "Hạn gửi báo cáo tự kiểm tra", selfDue))
    }
    return dues.compactMap { (subject, label, due) in
      guard let reason = context.offText(due) else { return nil }
      let effective = context.effectiveDue(due)
      let consequence =
        effective == due
          ? "kế hoạch không áp dụng quy tắc lùi hạn nên hạn giữ nguyên"
          : "theo Điều 148 khoản 5 Bộ luật Dân sự 2015, hạn kéo dài đến hết ngày làm việc tiếp theo \(context.dayText(effective))"
      return Finding(
        .info, "due-on-non-working-day",
        "\(label) \(context.dayText(due)) \(reason); \(consequence).",
        subjects: [subject])
    }
  }
}

/// The stated and effective due date of a visit's report and its lead in working days.
struct ReportLead {
  let stated: CivilDate
  let effective: CivilDate
  /// The visit's first working day.
  let start: CivilDate
  /// Working days after the effective due date up to and including `start`; 0 or less when the
  /// report is due on or after the start.
  let workingDays: Int

  /// `nil` when the visit has no due date or no fixed days yet.
  init?(_ index: Int, _ context: CheckContext) {
    let inspection = context.plan.inspections[index]
    guard let stated = inspection.reportDue, let window = context.timing(of: index).fixedWindow,
      !window.isReversed,
      let start = context.calendar.firstWorkingDay(in: window)
    else { return nil }
    self.stated = stated
    self.effective = context.effectiveDue(stated)
    self.start = start
    self.workingDays = context.calendar.workingDays(after: effective, through: start)
  }

  /// "30/07/2023 (Chủ nhật), tính đến 31/07/2023 (thứ Hai)" or just the date.
  func describeDue(_ context: CheckContext) -> String {
    effective == stated
      ? context.dayText(stated)
      : "\(context.dayText(stated)), lùi đến \(context.dayText(effective))"
  }
}
