/// Renders report statuses (`kiemtra deadlines`).
public enum DeadlineReport {
  /// Grouped by state, most urgent first, one line per unit, then counts.
  public static func text(plan: Plan, asOf: CivilDate, statuses: [ReportStatus]) -> String {
    let names = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    var out = "Hạn báo cáo tính đến ngày \(asOf.vietnamese): \(plan.title)\n"
    for state in ReportStatus.State.allCases {
      let group = statuses.filter { $0.state == state }
      guard !group.isEmpty else { continue }
      out += "\n\(heading(state)) (\(group.count))\n"
      for status in group {
        out += "  - \(names[status.unit] ?? status.unit): \(describe(status))\n"
      }
    }
    let counts = ReportStatus.State.allCases.compactMap { state -> String? in
      let n = statuses.filter { $0.state == state }.count
      return n == 0 ? nil : "\(n) \(heading(state).lowercased())"
    }
    out += "\nTổng: \(statuses.count) báo cáo; " + counts.joined(separator: ", ") + ".\n"
    return out
  }

  /// `{"asOf", "items": [{"unit", "kind", "due", "effectiveDue", "dueStated", "dueWording", "status", "workingDaysLeft", …}]}`:
  /// `due` is the stated date (a period's last day), `effectiveDue` the legal last day,
  /// `dueStated` the deadline as the file states it, `dueWording` "before" | "by" (null for a
  /// month, quarter or year).
  public static func json(asOf: CivilDate, statuses: [ReportStatus]) -> String {
    JSONValue.object([
      ("asOf", .date(asOf)),
      (
        "items",
        .array(
          statuses.map { status in
            .object([
              ("unit", .string(status.unit)),
              ("kind", .string(status.kind.rawValue)),
              ("due", .date(status.due)),
              ("effectiveDue", .date(status.effectiveDue)),
              ("dueStated", .string(status.dueStated?.text)),
              ("dueWording", .string(status.dueWording?.rawValue)),
              ("status", .string(status.state.rawValue)),
              ("workingDaysLeft", .int(status.workingDaysLeft)),
              ("received", .date(status.received)),
              ("inspection", .string(status.inspection)),
              ("visit", .string(status.visitState?.rawValue)),
            ])
          })
      ),
    ]).rendered()
  }

  static func heading(_ state: ReportStatus.State) -> String {
    switch state {
    case .overdue: "Quá hạn"
    case .dueSoon: "Sắp đến hạn"
    case .upcoming: "Chưa đến hạn"
    case .receivedLate: "Đã nhận, nộp muộn"
    case .received: "Đã nhận"
    case .undated: "Chưa có hạn"
    }
  }

  private static func describe(_ status: ReportStatus) -> String {
    var parts: [String] = [
      status.kind == .inspectionReport ? "báo cáo phục vụ kiểm tra" : "báo cáo tự kiểm tra"
    ]
    if let text = status.dueText { parts.append("hạn \(text)") }
    if let received = status.received { parts.append("nhận ngày \(received.vietnamese)") }
    if let left = status.workingDaysLeft {
      if left < 0 {
        parts.append("quá hạn \(-left) ngày làm việc")
      } else if left == 0 {
        parts.append("hạn là hôm nay")
      } else {
        parts.append("còn \(left) ngày làm việc")
      }
    }
    if let visit = status.visitState {
      let window = status.window.map { " \($0.shortText)" } ?? ""
      switch visit {
      case .done: parts.append("đã kiểm tra\(window)")
      case .inProgress: parts.append("đang kiểm tra\(window)")
      case .upcoming: parts.append("sẽ kiểm tra\(window)")
      case .unscheduled: parts.append("chưa xếp lịch kiểm tra")
      }
    }
    return parts.joined(separator: "; ")
  }
}
