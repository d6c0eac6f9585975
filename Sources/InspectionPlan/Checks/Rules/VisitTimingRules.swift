extension Rule {
  /// A visit planned only to a month, a quarter or a range, or marked provisional ("dự kiến"):
  /// its days are still to be fixed (info).
  static let visitNotFixed = Rule("visit-not-fixed") { context in
    context.plan.inspections.indices.compactMap { index in
      let inspection = context.plan.inspections[index]
      let timing = context.timing(of: index)
      let text: String
      switch timing {
      case .planned:
        text = "chưa ấn định ngày: \(timing.vietnamese.prefix(1).lowercased() + timing.vietnamese.dropFirst())"
      case .fixed where inspection.tentative:
        text = "có thời gian dự kiến (\(timing.vietnamese.prefix(1).lowercased() + timing.vietnamese.dropFirst())), chưa chính thức"
      default:
        return nil
      }
      return Finding(
        .info, "visit-not-fixed", "Cuộc kiểm tra \(context.unitNames(inspection)) \(text).",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A visit with no date at all (info): `schedule` can place it.
  static let visitUnscheduled = Rule("visit-unscheduled") { context in
    context.plan.inspections.indices.compactMap { index in
      guard context.timing(of: index) == .unscheduled else { return nil }
      let inspection = context.plan.inspections[index]
      return Finding(
        .info, "visit-unscheduled",
        "Cuộc kiểm tra \(context.unitNames(inspection)) chưa có thời gian; dùng 'kiemtra schedule' để xếp lịch.",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// The visits of a person cannot all fit their planned periods: within some span of days,
  /// the working days the person's planned visits need (each planned wholly inside the span),
  /// plus the days the person's fixed visits already take there, exceed the span's working days.
  ///
  /// This is a necessary condition (Hall's condition for the person's visits), so a finding
  /// proves that no choice of days can work; when it holds, a schedule may still need care.
  /// Counting is in half-days, so two half-day visits fill one day. For a person with p planned
  /// visits and f fixed ones, the cost is O(p² · (p + f)) after a prefix sum of working days.
  static let plannedPeriodsInfeasible = Rule("planned-periods-infeasible") { context in
    struct Item { let index: Int; let range: DateWindow; let halfDays: Int }
    var planned: [String: [Item]] = [:]
    var fixed: [String: [(Int, DateWindow)]] = [:]
    for index in context.plan.inspections.indices where context.plan.inspections[index].kind.occupiesTeam {
      let people = context.roster(of: index).people
      switch context.timing(of: index) {
      case .planned(let range, let days?, _) where !range.isReversed:
        for id in people { planned[id, default: []].append(Item(index: index, range: range, halfDays: 2 * days)) }
      case .fixed(let window) where !window.isReversed:
        for id in people { fixed[id, default: []].append((index, window)) }
      default:
        break
      }
    }
    let calendar = context.calendar
    var findings: [Finding] = []
    for person in planned.keys.sorted() {
      let items = planned[person]!
      let starts = Set(items.map(\.range.from)).sorted()
      let ends = Set(items.map(\.range.to)).sorted()
      var worst: (DateWindow, Int, Int, [Int])? = nil
      for a in starts {
        for b in ends where a <= b {
          let span = DateWindow(from: a, to: b)
          let inside = items.filter { span.from <= $0.range.from && $0.range.to <= span.to }
          guard !inside.isEmpty else { continue }
          var need = inside.reduce(0) { $0 + $1.halfDays }
          var blockers: [Int] = []
          for (index, window) in fixed[person] ?? [] where window.overlaps(span) {
            let from = max(window.from, span.from)
            let to = min(window.to, span.to)
            let days = calendar.workingDays(in: DateWindow(from: from, to: to))
            let taken = window.part == nil ? 2 * days : days
            if taken > 0 { need += taken; blockers.append(index) }
          }
          let capacity = 2 * calendar.workingDays(in: span)
          if need > capacity && (worst == nil || need - capacity > worst!.1 - worst!.2) {
            worst = (span, need, capacity, inside.map(\.index) + blockers)
          }
        }
      }
      guard let (span, need, capacity, indices) = worst else { continue }
      let visits = indices.map { context.plan.inspections[$0] }
      let names = visits.map { context.unitNames($0) }.joined(separator: "; ")
      findings.append(
        Finding(
          .error, "planned-periods-infeasible",
          "\(context.personName(person)) không thể tham gia đủ các cuộc kiểm tra dự kiến từ \(span.from.vietnamese) đến \(span.to.vietnamese): cần \(halfDayText(need)) ngày làm việc nhưng khoảng này chỉ có \(halfDayText(capacity)) ngày (\(names)).",
          subjects: [person] + visits.map(\.id)))
    }
    return findings
  }

  /// "5" or "4,5": a count of half-days as days.
  private static func halfDayText(_ halfDays: Int) -> String {
    halfDays % 2 == 0 ? "\(halfDays / 2)" : "\(halfDays / 2),5"
  }
}
