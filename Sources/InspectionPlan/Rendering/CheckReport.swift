/// Renders the findings of `kiemtra check` for people and for programs.
public enum CheckReport {
  /// Findings grouped by severity, then a one-line summary. Vietnamese.
  public static func text(plan: Plan, findings: [Finding]) -> String {
    var out = "Kiểm tra: \(plan.title)\n"
    for severity in Severity.allCases {
      let group = findings.filter { $0.severity == severity }
      guard !group.isEmpty else { continue }
      out += "\n\(heading(severity)) (\(group.count))\n"
      for finding in group { out += "  [\(finding.code)] \(finding.message)\n" }
    }
    out += "\n" + summary(plan: plan, findings: findings) + "\n"
    return out
  }

  /// "Tóm tắt: 10 cuộc kiểm tra; 2 lỗi, 3 cảnh báo, 5 thông tin."
  public static func summary(plan: Plan, findings: [Finding]) -> String {
    let counts = Severity.allCases.map { s in findings.filter { $0.severity == s }.count }
    return "Tóm tắt: \(plan.inspections.count) cuộc kiểm tra; \(counts[0]) lỗi, \(counts[1]) cảnh báo, \(counts[2]) thông tin."
  }

  /// `{"plan": {...}, "findings": [{"severity", "code", "message", "subjects"}], "summary": {...}}`.
  public static func json(plan: Plan, findings: [Finding]) -> String {
    let count = { (s: Severity) in findings.filter { $0.severity == s }.count }
    return JSONValue.object([
      ("plan", planSummary(plan)),
      (
        "findings",
        .array(
          findings.map { finding in
            .object([
              ("severity", .string(finding.severity.rawValue)),
              ("code", .string(finding.code)),
              ("message", .string(finding.message)),
              ("subjects", .array(finding.subjects.map { .string($0) })),
            ])
          })
      ),
      (
        "summary",
        .object([
          ("inspections", .int(plan.inspections.count)),
          ("errors", .int(count(.error))),
          ("warnings", .int(count(.warning))),
          ("infos", .int(count(.info))),
        ])
      ),
    ]).rendered()
  }

  /// The `plan` object shared by JSON outputs: id, title, province, year.
  public static func planSummary(_ plan: Plan) -> JSONValue {
    .object([
      ("id", .string(plan.id)),
      ("title", .string(plan.title)),
      ("province", .string(plan.province)),
      ("year", .int(plan.year)),
    ])
  }

  private static func heading(_ severity: Severity) -> String {
    switch severity {
    case .error: "LỖI"
    case .warning: "CẢNH BÁO"
    case .info: "THÔNG TIN"
    }
  }
}
