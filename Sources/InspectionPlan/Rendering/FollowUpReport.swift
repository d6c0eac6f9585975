/// Renders the follow-up of recommendations (`kiemtra followup`).
public enum FollowUpReport {
  /// Grouped by standing, most urgent first; then per unit responsible, per lead agency and, when
  /// the plan has teams, per team.
  public static func text(plan: Plan, asOf: CivilDate, statuses: [RecommendationStatus]) -> String {
    let context = CheckContext(plan: plan, asOf: asOf)
    var out = "Theo dõi thực hiện kiến nghị sau kiểm tra, tính đến ngày \(asOf.vietnamese): \(plan.title)\n"
    if statuses.isEmpty {
      return out + "\nKế hoạch chưa ghi kết luận kiểm tra nào có kiến nghị (khóa conclusions).\n"
    }
    for standing in RecommendationStatus.Standing.allCases {
      let group = statuses.filter { $0.standing == standing }
      guard !group.isEmpty else { continue }
      out += "\n\(heading(standing)) (\(group.count))\n"
      for status in group {
        out += "  - \(context.unitName(status.owner)) [\(status.inspection)/\(status.recommendation.id)]: "
        out += "\(status.recommendation.text)\n"
        out += "    \(describe(status, context: context))\n"
      }
    }
    out += "\nTheo đơn vị thực hiện:\n"
    for (owner, group) in grouped(statuses, by: \.owner, name: context.unitName) {
      out += "  - \(context.unitName(owner)): \(counts(group))\n"
    }
    out += "\nTheo đơn vị chủ trì cuộc kiểm tra:\n"
    for (agency, group) in grouped(statuses, by: { $0.leadAgency ?? "" }, name: context.agencyName) {
      out += "  - \(agency.isEmpty ? "(chưa ghi đơn vị chủ trì)" : context.agencyName(agency)): \(counts(group))\n"
    }
    if !plan.teams.isEmpty {
      // Per team (Đoàn) that made the visit, in the plan's team order.
      let teamOf = Dictionary(plan.inspections.map { ($0.id, $0.team ?? "") }, uniquingKeysWith: { a, _ in a })
      let names = Dictionary(plan.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
      out += "\nTheo đoàn kiểm tra:\n"
      for team in plan.teams.map(\.id) + [""] {
        let group = statuses.filter { (teamOf[$0.inspection] ?? "") == team }
        guard !group.isEmpty else { continue }
        out += "  - \(team.isEmpty ? "(không thuộc đoàn nào)" : names[team] ?? team): \(counts(group))\n"
      }
    }
    out += "\nTổng: \(counts(statuses)).\n"
    return out
  }

  /// `{"asOf", "items": [{"inspection", "unit", "owner", "leadAgency", "id", "text", "findings",
  /// "state", "due", "lastDay", "effectiveDue", "extensions", "done", "evidence", "standing",
  /// "workingDaysLeft", "daysOverdue"}], "summary": {standing: count}}`.
  public static func json(asOf: CivilDate, statuses: [RecommendationStatus]) -> String {
    JSONValue.object([
      ("asOf", .date(asOf)),
      (
        "items",
        .array(
          statuses.map { status in
            let r = status.recommendation
            return .object([
              ("inspection", .string(status.inspection)),
              ("unit", .string(status.unit)),
              ("owner", .string(status.owner)),
              ("leadAgency", .string(status.leadAgency)),
              ("id", .string(r.id)),
              ("text", .string(r.text)),
              ("findings", .array(r.findings.map { .string($0) })),
              ("state", .string(r.state.rawValue)),
              ("due", .string(r.due.text)),
              ("lastDay", .date(status.lastDay)),
              ("effectiveDue", .date(status.effectiveDue)),
              (
                "extensions",
                .array(r.extensions.map { .object([("due", .string($0.due.text)), ("decision", .string($0.decision))]) })
              ),
              ("done", .date(r.done?.date)),
              ("evidence", .string(r.done?.evidence)),
              ("standing", .string(status.standing.rawValue)),
              ("workingDaysLeft", .int(status.workingDaysLeft)),
              ("daysOverdue", .int(status.daysOverdue)),
            ])
          })
      ),
      (
        "summary",
        .object(
          RecommendationStatus.Standing.allCases.map { standing in
            (standing.rawValue, .int(statuses.filter { $0.standing == standing }.count))
          })
      ),
    ]).rendered()
  }

  static func heading(_ standing: RecommendationStatus.Standing) -> String {
    switch standing {
    case .overdue: "Quá hạn"
    case .dueSoon: "Sắp đến hạn"
    case .upcoming: "Đang thực hiện, chưa đến hạn"
    case .doneLate: "Đã hoàn thành, chậm so với hạn"
    case .done: "Đã hoàn thành đúng hạn"
    }
  }

  static func describe(_ status: RecommendationStatus, context: CheckContext) -> String {
    let r = status.recommendation
    var parts: [String] = []
    let stated = r.due.stated(planWording: Recommendation.defaultWording)
    var due = "hạn: \(stated)"
    if status.effectiveDue != status.lastDay {
      // Civil Code 2015 art. 148(5): the period ends at the end of the next working day.
      due += "; hạn cuối \(context.dayText(status.lastDay)) \(CheckContext.rollPhrase) \(context.dayText(status.effectiveDue))"
    }
    parts.append(due)
    if let last = r.extensions.last {
      parts.append(
        "đã gia hạn \(r.extensions.count) lần, lần cuối theo \(last.decision) (hạn ban đầu: \(r.originalDue.stated(planWording: Recommendation.defaultWording)))")
    }
    switch status.standing {
    case .overdue:
      parts.append("quá \(-(status.workingDaysLeft ?? 0)) ngày làm việc (\(status.daysOverdue ?? 0) ngày)")
    case .dueSoon, .upcoming:
      parts.append("còn \(status.workingDaysLeft ?? 0) ngày làm việc")
    case .done, .doneLate:
      var done = "hoàn thành ngày \(r.done!.date.vietnamese)"
      if let evidence = r.done?.evidence { done += " (\(evidence))" }
      parts.append(done)
    }
    return parts.joined(separator: "; ")
  }

  /// "3 kiến nghị: 1 đã hoàn thành, 1 quá hạn, 1 đang thực hiện".
  static func counts(_ statuses: [RecommendationStatus]) -> String {
    let done = statuses.filter { $0.standing == .done || $0.standing == .doneLate }.count
    let overdue = statuses.filter { $0.standing == .overdue }.count
    let open = statuses.count - done - overdue
    return "\(statuses.count) kiến nghị: \(done) đã hoàn thành, \(overdue) quá hạn, \(open) đang thực hiện"
  }

  /// Groups in Vietnamese order of their names.
  static func grouped(
    _ statuses: [RecommendationStatus], by key: (RecommendationStatus) -> String,
    name: (String) -> String
  ) -> [(String, [RecommendationStatus])] {
    let groups = Dictionary(grouping: statuses, by: key)
    return groups.keys.map { ($0, VietnameseText.collationKey(name($0))) }
      .sorted { $0.1.lexicographicallyPrecedes($1.1) }
      .map { ($0.0, groups[$0.0]!) }
  }
}
