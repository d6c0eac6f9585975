/// Renders a report review (`kiemtra review`).
public enum ReviewReport {
  /// The outline as a checklist with a mark per entry (✓ answered, ~ brief, ✗ missing), where the
  /// report answers it, the appendices, then counts.
  public static func text(_ review: ReportReview, reportName: String) -> String {
    var out = "Đối chiếu báo cáo \(reportName) với đề cương của \(review.unit.name)\n"
    var shownGroups: Set<String> = []
    for item in review.items {
      for (depth, group) in item.groups.enumerated() where !shownGroups.contains(group.path) {
        shownGroups.insert(group.path)
        let indent = String(repeating: "  ", count: depth)
        if depth == 0 { out += "\n" }
        let place = group.line.map { "dòng \($0)" } ?? "không có đề mục tương ứng"
        out += "\(indent)\(group.label) \(shorten(group.text, 70))  [\(place)]\n"
      }
      let indent = String(repeating: "  ", count: item.groups.count)
      let optional = item.required ? "" : " (nếu có)"
      out += "\(indent)\(mark(item.status)) \(item.label) \(shorten(item.text, 70))\(optional)\n"
      switch item.status {
      case .missing:
        out += "\(indent)    không thấy nội dung này trong báo cáo\n"
      case .answered, .brief:
        let how = item.status == .answered ? "có" : "sơ sài"
        let place = item.elsewhere ? " (ở phần khác của báo cáo)" : ""
        out += "\(indent)    \(how): dòng \(item.line ?? 0)\(place), \(item.words) từ: \"\(item.evidence ?? "")\"\n"
      }
    }
    if !review.appendices.isEmpty {
      out += "\nPHỤ LỤC\n"
      for appendix in review.appendices {
        out += "  \(appendix.present ? "✓" : "✗") \(appendix.name): \(shorten(appendix.title, 70))\n"
        if appendix.present {
          var line = "    có"
          if let at = appendix.line { line += " (dòng \(at))" }
          if appendix.expectedRows > 0 {
            line += "; tìm thấy \(appendix.foundRows)/\(appendix.expectedRows) chỉ tiêu"
          }
          out += line + "\n"
          if !appendix.emptyRows.isEmpty {
            out += "    \(appendix.emptyRows.count) chỉ tiêu chưa điền số liệu:\n"
            for row in appendix.emptyRows { out += "      - \(shorten(row, 90))\n" }
          }
        } else {
          out += "    không có bảng này trong báo cáo\n"
        }
      }
    }
    let counts = ReportReview.Status.allCases.map { status in
      (status, review.items.filter { $0.status == status }.count)
    }
    let missingRequired = review.items.filter { $0.required && $0.status == .missing }.count
    let missingAppendices = review.appendices.filter { !$0.present }.count
    out += "\nTóm tắt: \(review.items.count) mục; "
    out += counts.map { "\($0.1) \(name($0.0))" }.joined(separator: ", ")
    out += "; \(missingRequired) mục bắt buộc còn thiếu"
    if !review.appendices.isEmpty {
      out += "; \(review.appendices.count - missingAppendices)/\(review.appendices.count) phụ lục"
    }
    out += ".\n"
    return out
  }

  /// `{"unit", "report", "items": [{"path", "label", "text", "required", "status", "line", "words", "evidence"}],
  /// "appendices": [{"name", "title", "present", "line", "expectedRows", "foundRows", "emptyRows"}],
  /// "summary": {"items", "answered", "brief", "missing", "missingRequired", "appendicesMissing"}}`.
  public static func json(_ review: ReportReview, reportName: String) -> String {
    JSONValue.object([
      ("unit", .string(review.unit.id)),
      ("report", .string(reportName)),
      (
        "items",
        .array(
          review.items.map { item in
            .object([
              ("path", .string(item.path)),
              ("label", .string(item.label)),
              ("text", .string(item.text)),
              ("required", .bool(item.required)),
              ("status", .string(item.status.rawValue)),
              ("line", .int(item.line)),
              ("words", .int(item.words)),
              ("evidence", .string(item.evidence)),
              ("elsewhere", .bool(item.elsewhere)),
            ])
          })
      ),
      (
        "appendices",
        .array(
          review.appendices.map { appendix in
            .object([
              ("name", .string(appendix.name)),
              ("title", .string(appendix.title)),
              ("present", .bool(appendix.present)),
              ("line", .int(appendix.line)),
              ("expectedRows", .int(appendix.expectedRows)),
              ("foundRows", .int(appendix.foundRows)),
              ("emptyRows", .array(appendix.emptyRows.map { .string($0) })),
            ])
          })
      ),
      (
        "summary",
        .object([
          ("items", .int(review.items.count)),
          ("answered", .int(review.items.filter { $0.status == .answered }.count)),
          ("brief", .int(review.items.filter { $0.status == .brief }.count)),
          ("missing", .int(review.items.filter { $0.status == .missing }.count)),
          ("missingRequired", .int(review.items.filter { $0.required && $0.status == .missing }.count)),
          ("appendicesMissing", .int(review.appendices.filter { !$0.present }.count)),
        ])
      ),
    ]).rendered()
  }

  static func mark(_ status: ReportReview.Status) -> String {
    switch status {
    case .answered: "✓"
    case .brief: "~"
    case .missing: "✗"
    }
  }

  static func name(_ status: ReportReview.Status) -> String {
    switch status {
    case .answered: "có trả lời"
    case .brief: "sơ sài"
    case .missing: "thiếu"
    }
  }

  static func shorten(_ text: String, _ limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
  }
}
