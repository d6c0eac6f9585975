extension Rule {
  /// Units that are not visited must send a self-inspection report, but the plan gives no date.
  static let selfInspectionDueMissing = Rule("self-inspection-due-missing") { context in
    let notVisited = context.plan.unitsNotInspected
    guard context.plan.settings.selfInspectionDue == nil, !notVisited.isEmpty else { return [] }
    return [
      Finding(
        .warning, "self-inspection-due-missing",
        "\(notVisited.count) đơn vị không được kiểm tra phải gửi báo cáo tự kiểm tra, nhưng kế hoạch chưa có hạn gửi (settings.selfInspectionDue).",
        subjects: notVisited.map(\.id))
    ]
  }
}
