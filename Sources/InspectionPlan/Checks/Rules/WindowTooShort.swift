extension Rule {
  /// A visit with fewer working days than its unit kind needs (plan setting `visitWorkingDays`,
  /// or the visit's own `workingDays`).
  static let windowTooShort = Rule("window-too-short") { context in
    context.plan.inspections.compactMap { inspection in
      guard let window = inspection.window, !window.isReversed,
        let unit = context.unitsByID[inspection.unit],
        let needed = inspection.workingDays
          ?? context.plan.settings.requiredWorkingDays(for: unit.kind)
      else { return nil }
      let have = context.calendar.workingDays(in: window)
      guard have < needed else { return nil }
      return Finding(
        .warning, "window-too-short",
        "Cuộc kiểm tra \(unit.name) từ \(window.from.vietnamese) đến \(window.to.vietnamese) có \(have) ngày làm việc, ít hơn \(needed) ngày cần cho \(inspection.workingDays == nil ? unit.kind.vietnameseName : "cuộc kiểm tra này").",
        subjects: [inspection.id, inspection.unit])
    }
  }
}
