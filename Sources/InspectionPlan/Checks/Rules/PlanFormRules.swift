extension Rule {
  /// A plan for 2026 or later that lists district-level units: since 1 July 2025 there is no
  /// district level (Luật Tổ chức chính quyền địa phương số 72/2025/QH15).
  static let districtLevelAbolished = Rule("district-level-abolished") { context in
    let year = context.plan.year
    let units = context.plan.units.filter { !$0.kind.exists(inPlanYear: year) }
    guard !units.isEmpty else { return [] }
    return [
      Finding(
        .warning, "district-level-abolished",
        "Kế hoạch năm \(year) có \(units.count) đơn vị cấp huyện (\(units.map(\.name).joined(separator: ", "))), nhưng từ ngày 01/07/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh và xã); kiểm tra các sở, ngành, đơn vị sự nghiệp và xã, phường, đặc khu.",
        subjects: units.map(\.id))
    ]
  }

  /// A plan or team decision that names a signer but leaves its number or date blank: a draft
  /// (info).
  static let decisionDraft = Rule("decision-draft") { context in
    var decisions: [(String, String, Decision)] = []
    if let decision = context.plan.decision { decisions.append(("decision", "Quyết định ban hành kế hoạch", decision)) }
    for team in context.plan.teams {
      if let decision = team.decision { decisions.append((team.id, "Quyết định thành lập \(team.name)", decision)) }
    }
    return decisions.compactMap { subject, label, decision in
      guard decision.isDraft else { return nil }
      let blanks = [decision.number?.isEmpty ?? true ? "số" : nil, decision.date == nil ? "ngày ban hành" : nil]
        .compactMap { $0 }.joined(separator: " và ")
      return Finding(
        .info, "decision-draft", "\(label) chưa có \(blanks) (dự thảo).", subjects: [subject])
    }
  }

  /// A plan with teams where some visit names none: its roster is its own, not a team's.
  static let inspectionWithoutTeam = Rule("inspection-without-team") { context in
    guard !context.plan.teams.isEmpty else { return [] }
    return context.plan.inspections.filter { $0.team == nil }.map { inspection in
      Finding(
        .warning, "inspection-without-team",
        "Cuộc kiểm tra \(context.unitNames(inspection)) không thuộc đoàn kiểm tra nào, trong khi kế hoạch có \(context.plan.teams.count) đoàn; ghi 'team' cho cuộc kiểm tra này.",
        subjects: [inspection.id])
    }
  }

  /// An unannounced visit with a report due date: asking for the report would announce it.
  static let unannouncedReportRequested = Rule("unannounced-report-requested") { context in
    context.plan.inspections.filter { $0.kind == .unannounced && $0.reportDue != nil }.map { inspection in
      Finding(
        .warning, "unannounced-report-requested",
        "Cuộc kiểm tra đột xuất \(context.unitNames(inspection)) có hạn gửi báo cáo; yêu cầu báo cáo trước sẽ báo trước cho đơn vị. Bỏ 'reportDue' hoặc đổi loại hình kiểm tra.",
        subjects: [inspection.id] + inspection.units)
    }
  }

  /// A thematic visit that names no area.
  static let thematicWithoutAreas = Rule("thematic-without-areas") { context in
    context.plan.inspections.filter { $0.kind == .thematic && $0.areas.isEmpty }.map { inspection in
      Finding(
        .warning, "thematic-without-areas",
        "Cuộc kiểm tra chuyên đề \(context.unitNames(inspection)) chưa ghi lĩnh vực kiểm tra ('areas'), nên đề cương gồm mọi lĩnh vực.",
        subjects: [inspection.id] + inspection.units)
    }
  }
}
