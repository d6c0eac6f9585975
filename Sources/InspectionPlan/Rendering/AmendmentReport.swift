/// The amendment table of `kiemtra diff`: what an amending decision would list, as text,
/// Markdown or JSON.
public enum AmendmentReport {
  /// "từ ngày 01/08/2023 đến hết ngày 08/08/2023", or "chưa xác định thời gian".
  static func windowText(_ window: DateWindow?) -> String {
    guard let window else { return "chưa xác định thời gian" }
    if window.from == window.to { return "ngày \(window.from.vietnamese)" }
    return "từ ngày \(window.from.vietnamese) đến hết ngày \(window.to.vietnamese)"
  }

  static func dueText(_ due: CivilDate?) -> String {
    due.map { "trước ngày \($0.vietnamese)" } ?? "không có hạn"
  }

  static func teamText(_ team: [PlanAmendment.Member]) -> String {
    team.isEmpty ? "chưa có thành viên" : team.map { "\($0.role): \($0.name)" }.joined(separator: "; ")
  }

  static func place(_ entry: PlanAmendment.Entry) -> String { entry.unitNames.joined(separator: ", ") }

  /// The sentences of one entry, in the wording of an amending decision.
  static func sentences(_ entry: PlanAmendment.Entry) -> [String] {
    let at = place(entry)
    let hidden = entry.unannounced
    let when = { (w: DateWindow?) in hidden ? "(kiểm tra đột xuất: không công bố thời gian)" : windowText(w) }
    if entry.changes.contains(.added), let new = entry.new {
      return ["Bổ sung kiểm tra tại \(at): \(when(new.window)); \(teamText(new.team))."]
    }
    if entry.changes.contains(.removed), let old = entry.old {
      return ["Không kiểm tra tại \(at) (\(hidden ? "kiểm tra đột xuất" : windowText(old.window)))."]
    }
    guard let old = entry.old, let new = entry.new else { return [] }
    var out: [String] = []
    if entry.changes.contains(.units) {
      out.append("Điều chỉnh đối tượng kiểm tra của cuộc kiểm tra \(entry.inspection) thành: \(at).")
    }
    let dueToo = entry.changes.contains(.reportDue) && !hidden
    let dueClause = "thời hạn gửi báo cáo \(dueText(old.reportDue)) thành \(dueText(new.reportDue))"
    if entry.changes.contains(.moved) {
      out.append(hidden
        ? "Điều chỉnh thời gian kiểm tra tại \(at) (kiểm tra đột xuất: không công bố thời gian)."
        : "Điều chỉnh thời gian kiểm tra tại \(at): \(windowText(old.window)) thành \(windowText(new.window))"
          + (dueToo ? "; \(dueClause)." : "."))
    } else if dueToo {
      out.append("Điều chỉnh thời hạn gửi báo cáo của \(at): \(dueText(old.reportDue)) thành \(dueText(new.reportDue)).")
    }
    if entry.changes.contains(.team) {
      let before = Set(old.team.map { "\($0.role): \($0.name)" })
      let after = Set(new.team.map { "\($0.role): \($0.name)" })
      let added = new.team.map { "\($0.role): \($0.name)" }.filter { !before.contains($0) }
      let removed = old.team.map { "\($0.role): \($0.name)" }.filter { !after.contains($0) }
      var parts: [String] = []
      if !added.isEmpty { parts.append("bổ sung \(added.joined(separator: "; "))") }
      if !removed.isEmpty { parts.append("thôi tham gia \(removed.joined(separator: "; "))") }
      if parts.isEmpty { parts.append("đổi thứ tự thành viên") }
      out.append("Điều chỉnh thành phần Đoàn kiểm tra tại \(at): \(parts.joined(separator: ", ")).")
    }
    return out
  }

  static func summary(_ amendment: PlanAmendment) -> String {
    "Tổng cộng: \(amendment.count(.moved)) cuộc điều chỉnh thời gian, \(amendment.count(.team)) cuộc điều chỉnh thành phần Đoàn, \(amendment.count(.reportDue)) cuộc điều chỉnh hạn báo cáo, \(amendment.count(.added)) cuộc bổ sung, \(amendment.count(.removed)) cuộc không kiểm tra."
  }

  public static func text(_ amendment: PlanAmendment) -> String {
    var out = "Điều chỉnh \(amendment.newPlan.title)\n"
    out += "So với phiên bản trước (\(amendment.oldPlan.id)).\n\n"
    var n = 0
    for entry in amendment.entries {
      for sentence in sentences(entry) {
        n += 1
        out += "\(n). \(sentence)\n"
      }
    }
    if n == 0 { out += "Không có điều chỉnh.\n" }
    return out + "\n" + summary(amendment) + "\n"
  }

  public static func markdown(_ amendment: PlanAmendment) -> String {
    var out = "# Điều chỉnh \(amendment.newPlan.title)\n\n"
    out += "So với phiên bản trước (`\(amendment.oldPlan.id)`).\n\n"
    guard !amendment.entries.isEmpty else { return out + "Không có điều chỉnh.\n" }
    out += "| STT | Đối tượng kiểm tra | Nội dung điều chỉnh | Trước điều chỉnh | Sau điều chỉnh |\n"
    out += "| --- | --- | --- | --- | --- |\n"
    func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
    var n = 0
    for entry in amendment.entries {
      let hidden = entry.unannounced
      for change in entry.changes {
        let (what, before, after): (String, String, String)
        switch change {
        case .added:
          (what, before, after) = ("Bổ sung kiểm tra", "", hidden ? "kiểm tra đột xuất" : windowText(entry.new?.window))
        case .removed:
          (what, before, after) = ("Không kiểm tra", hidden ? "kiểm tra đột xuất" : windowText(entry.old?.window), "")
        case .moved:
          (what, before, after) = hidden ? ("Thời gian kiểm tra", "không công bố", "không công bố") : ("Thời gian kiểm tra", windowText(entry.old?.window), windowText(entry.new?.window))
        case .reportDue:
          if hidden { continue }
          (what, before, after) = ("Thời hạn gửi báo cáo", dueText(entry.old?.reportDue), dueText(entry.new?.reportDue))
        case .team:
          (what, before, after) = ("Thành phần Đoàn kiểm tra", teamText(entry.old?.team ?? []), teamText(entry.new?.team ?? []))
        case .units:
          (what, before, after) = ("Đối tượng kiểm tra", entry.old?.units.joined(separator: ", ") ?? "", entry.new?.units.joined(separator: ", ") ?? "")
        }
        n += 1
        out += "| \(n) | \(cell(place(entry))) | \(what) | \(cell(before)) | \(cell(after)) |\n"
      }
    }
    return out + "\n" + summary(amendment) + "\n"
  }

  public static func json(_ amendment: PlanAmendment) -> String {
    func state(_ s: PlanAmendment.VisitState?, hidden: Bool) -> JSONValue {
      guard let s else { return .null }
      return .object([
        ("from", hidden ? .null : .date(s.window?.from)), ("to", hidden ? .null : .date(s.window?.to)),
        ("reportDue", hidden ? .null : .date(s.reportDue)),
        ("units", .array(s.units.map { .string($0) })),
        ("team", .array(s.team.map { .object([("name", .string($0.name)), ("role", .string($0.role))]) })),
      ])
    }
    return JSONValue.object([
      ("old", .object([("id", .string(amendment.oldPlan.id)), ("title", .string(amendment.oldPlan.title))])),
      ("new", .object([("id", .string(amendment.newPlan.id)), ("title", .string(amendment.newPlan.title))])),
      ("changes", .array(amendment.entries.map { entry in
        .object([
          ("inspection", .string(entry.inspection)),
          ("units", .array(entry.unitNames.map { .string($0) })),
          ("changes", .array(entry.changes.map { .string($0.rawValue) })),
          ("unannounced", .bool(entry.unannounced)),
          ("old", state(entry.old, hidden: entry.unannounced)),
          ("new", state(entry.new, hidden: entry.unannounced)),
          ("text", .array(sentences(entry).map { .string($0) })),
        ])
      })),
      ("summary", .object(PlanAmendment.Change.allCases.map { ($0.rawValue, .int(amendment.count($0))) })),
    ]).rendered()
  }
}
