extension Rule {
  /// A visit that starts or ends outside the plan's year, or is planned in a month or a quarter
  /// of another year.
  static let windowOutsidePlanYear = Rule("window-outside-plan-year") { context in
    let year = context.plan.year
    return context.plan.inspections.compactMap { inspection in
      let text: String
      if let window = inspection.window, window.from.year != year || window.to.year != year {
        text = "từ \(window.from.vietnamese) đến \(window.to.vietnamese)"
      } else if inspection.window == nil, let period = inspection.period, period.year != year {
        text = "dự kiến trong \(period.vietnamese)"
      } else {
        return nil
      }
      return Finding(
        .error, "window-outside-plan-year",
        "Cuộc kiểm tra \(context.unitNames(inspection)) \(text) nằm ngoài năm \(year) của kế hoạch.",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
