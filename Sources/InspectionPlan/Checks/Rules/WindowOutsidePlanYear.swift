extension Rule {
  /// A visit that starts or ends outside the plan's year.
  static let windowOutsidePlanYear = Rule("window-outside-plan-year") { context in
    let year = context.plan.year
    return context.plan.inspections.compactMap { inspection in
      guard let window = inspection.window, window.from.year != year || window.to.year != year
      else { return nil }
      return Finding(
        .error, "window-outside-plan-year",
        "Cuộc kiểm tra \(context.unitName(inspection.unit)) từ \(window.from.vietnamese) đến \(window.to.vietnamese) nằm ngoài năm \(year) của kế hoạch.",
        subjects: [inspection.id, inspection.unit])
    }
  }
}
