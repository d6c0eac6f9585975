extension Rule {
  /// With `--as-of`: a recommendation of a conclusion not done although its effective deadline
  /// (Civil Code 2015 art. 148(5) applied) has passed.
  static let recommendationOverdue = Rule("recommendation-overdue") { context in
    guard let asOf = context.asOf else { return [] }
    return FollowUpTracker.statuses(context.plan, asOf: asOf).compactMap { status in
      guard status.standing == .overdue else { return nil }
      let recommendation = status.recommendation
      let extended = recommendation.state == .extended ? " (đã gia hạn)" : ""
      return Finding(
        .warning, "recommendation-overdue",
        "\(context.unitName(status.owner)) chưa thực hiện xong kiến nghị \(recommendation.id) sau kiểm tra \(status.inspection)\(extended): hạn \(context.dayText(status.effectiveDue)), đến \(asOf.vietnamese) đã quá \(-(status.workingDaysLeft ?? 0)) ngày làm việc.",
        subjects: [status.inspection, status.owner, recommendation.id])
    }
  }

  /// A conclusion that names a visit, unit, owner or shortcoming the plan does not have, or
  /// repeats a recommendation id.
  static let conclusionReference = Rule("conclusion-unknown-reference") { context in
    var findings: [Finding] = []
    func report(_ where_: String, _ text: String, _ subjects: [String]) {
      findings.append(Finding(.error, "conclusion-unknown-reference", "\(where_): \(text)", subjects: subjects))
    }
    let inspections = Dictionary(
      context.plan.inspections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (index, conclusion) in context.plan.allConclusions.enumerated() {
      let place = "conclusions[\(index)]"
      guard let inspection = inspections[conclusion.inspection] else {
        report(place, "cuộc kiểm tra '\(conclusion.inspection)' không có trong kế hoạch.", [conclusion.inspection])
        continue
      }
      if let unit = conclusion.unit, !inspection.units.contains(unit) {
        report(place, "đơn vị '\(unit)' không được kiểm tra trong cuộc kiểm tra \(inspection.id).", [inspection.id, unit])
      }
      let shortcomings = Set(conclusion.findings.map(\.id))
      var seen: Set<String> = []
      for recommendation in conclusion.recommendations {
        if !seen.insert(recommendation.id).inserted {
          report(place, "mã kiến nghị '\(recommendation.id)' bị lặp.", [inspection.id, recommendation.id])
        }
        if let owner = recommendation.owner, context.agencyNames[owner] == nil {
          report(place, "kiến nghị \(recommendation.id): đơn vị thực hiện '\(owner)' không có trong kế hoạch.", [recommendation.id, owner])
        }
        for id in recommendation.findings where !shortcomings.contains(id) {
          report(place, "kiến nghị \(recommendation.id): tồn tại '\(id)' không có trong findings của kết luận.", [recommendation.id, id])
        }
      }
    }
    return findings
  }
}
