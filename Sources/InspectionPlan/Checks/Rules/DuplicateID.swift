extension Rule {
  /// Two entries with one id: references to it would be ambiguous. Units and agencies share one
  /// namespace, because `leadAgency` and `agency` may name either.
  static let duplicateID = Rule("duplicate-id") { context in
    let plan = context.plan
    let groups: [(String, [String])] = [
      ("đơn vị/cơ quan", plan.units.map(\.id) + plan.agencies.map(\.id)),
      ("người", plan.people.map(\.id)),
      ("đoàn kiểm tra", plan.teams.map(\.id)),
      ("cuộc kiểm tra", plan.inspections.map(\.id)),
    ]
    var findings: [Finding] = []
    for (what, ids) in groups {
      var seen: [String: Int] = [:]
      for id in ids { seen[id, default: 0] += 1 }
      var reported = Set<String>()
      for id in ids where seen[id]! > 1 && reported.insert(id).inserted {
        findings.append(
          Finding(
            .error, "duplicate-id", "Mã '\(id)' được dùng cho \(seen[id]!) \(what) khác nhau.",
            subjects: [id]))
      }
    }
    return findings
  }
}
