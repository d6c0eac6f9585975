extension Rule {
  /// A visit that starts on a weekend day, holiday or day off.
  static let windowStartsOnNonWorkingDay = Rule("window-starts-on-non-working-day") { context in
    windowEndFindings(context, code: "window-starts-on-non-working-day", end: \.from, verb: "bắt đầu")
  }

  /// A visit that ends on a weekend day, holiday or day off.
  static let windowEndsOnNonWorkingDay = Rule("window-ends-on-non-working-day") { context in
    windowEndFindings(context, code: "window-ends-on-non-working-day", end: \.to, verb: "kết thúc")
  }

  private static func windowEndFindings(
    _ context: CheckContext, code: String, end: KeyPath<DateWindow, CivilDate>, verb: String
  ) -> [Finding] {
    context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      guard let window = context.timing(of: index).fixedWindow, !window.isReversed,
        let reason = context.offText(window[keyPath: end])
      else { return nil }
      let day = window[keyPath: end]
      let nearest =
        end == \DateWindow.from
        ? context.calendar.firstWorkingDay(in: window).map { "; ngày làm việc đầu tiên là \($0.vietnamese)" }
        : context.calendar.lastWorkingDay(in: window).map {
          "; ngày làm việc cuối cùng là \($0.vietnamese)"
        }
      return Finding(
        .warning, code,
        "Cuộc kiểm tra \(context.unitNames(inspection)) \(verb) ngày \(context.dayText(day)), \(reason)\(nearest ?? "").",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
