extension Rule {
  /// A window whose last day comes before its first.
  static let windowReversed = Rule("window-reversed") { context in
    context.plan.inspections.compactMap { inspection in
      guard let window = inspection.window, window.isReversed else { return nil }
      return Finding(
        .error, "window-reversed",
        "Cuộc kiểm tra \(context.unitNames(inspection)): ngày kết thúc \(window.to.vietnamese) trước ngày bắt đầu \(window.from.vietnamese).",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
