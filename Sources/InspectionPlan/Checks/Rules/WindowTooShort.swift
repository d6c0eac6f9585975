extension Rule {
  /// A visit with fewer working days than it needs (its own `workingDays`, or the plan's
  /// `visitWorkingDays` for the unit kind): a fixed window that is too short, or a planned
  /// period that has fewer working days than the visit needs.
  static let windowTooShort = Rule("window-too-short") { context in
    context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      let kinds = inspection.units.compactMap { context.unitsByID[$0] }
      guard let unit = kinds.first else { return nil }
      let kindDays = kinds.compactMap { context.plan.settings.requiredWorkingDays(for: $0.kind) }.max()
      guard let needed = inspection.workingDays ?? kindDays,
        let span = context.timing(of: index).span, !span.isReversed
      else { return nil }
      let have = span.part == nil ? context.calendar.workingDays(in: span) : 1
      guard have < needed else { return nil }
      let what = inspection.workingDays == nil ? unit.kind.vietnameseName : "cuộc kiểm tra này"
      let period: String
      switch context.timing(of: index) {
      case .planned(_, _, let planned?):
        period = "dự kiến trong \(planned.vietnamese)"
      default:
        period = "từ \(span.from.vietnamese) đến \(span.to.vietnamese)"
      }
      return Finding(
        .warning, "window-too-short",
        "Cuộc kiểm tra \(context.unitNames(inspection)) \(period) có \(have) ngày làm việc, ít hơn \(needed) ngày cần cho \(what).",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
