/// Renders the allowance estimate (`kiemtra budget`).
public enum BudgetReport {
  static func basisText(_ basis: Budget.Basis) -> String {
    basis == .workingDays ? "ngày làm việc của thời gian kiểm tra" : "ngày theo lịch của thời gian kiểm tra"
  }

  public static func text(plan: Plan, budget: Budget) -> String {
    var out = "Dự toán kinh phí hỗ trợ thành viên Đoàn kiểm tra: \(plan.title)\n\n"
    out += "Mức hỗ trợ: \(MoneyFormat.dong(budget.allowancePerPersonDay))/người/ngày; "
    out += "số ngày tính theo \(basisText(budget.basis)); số người là toàn bộ thành phần Đoàn (kể cả Trưởng đoàn, Phó Trưởng đoàn).\n\n"
    out += "Theo cuộc kiểm tra:\n"
    for line in budget.lines {
      out += "  \(line.visit.number). \(line.visit.unitName): \(line.people) người × \(line.days) ngày = \(MoneyFormat.grouped(line.personDays)) ngày công × \(MoneyFormat.grouped(budget.allowancePerPersonDay)) = \(MoneyFormat.dong(line.amount))"
      if let agency = line.visit.leadAgencyName { out += " (\(agency))" }
      if !line.visit.kind.occupiesTeam { out += "; kiểm tra qua báo cáo, hồ sơ nên không tính hỗ trợ đi công tác" }
      if line.visit.window == nil, line.visit.timing.span != nil {
        out += "; \(line.visit.timing.vietnamese.prefix(1).lowercased() + line.visit.timing.vietnamese.dropFirst())"
      }
      out += "\n"
    }
    out += "\nTheo đơn vị chủ trì (đơn vị chi):\n"
    for agency in budget.byAgency {
      out += "  - \(agency.agencyName): \(MoneyFormat.grouped(agency.personDays)) ngày công, \(MoneyFormat.dong(agency.amount))\n"
    }
    out += "\nTổng cộng: \(MoneyFormat.grouped(budget.personDays)) ngày công, \(MoneyFormat.dong(budget.total)).\n"
    return out
  }

  /// `{"allowancePerPersonDay", "basis", "total", "byAgency": [{"agency", "personDays", "amount"}], "inspections": [...]}`.
  public static func json(budget: Budget) -> String {
    JSONValue.object([
      ("allowancePerPersonDay", .int(budget.allowancePerPersonDay)),
      ("basis", .string(budget.basis.rawValue)),
      ("total", .int(budget.total)),
      (
        "byAgency",
        .array(budget.byAgency.map { agency in
          .object([
            ("agency", .string(agency.agencyID)), ("agencyName", .string(agency.agencyName)),
            ("personDays", .int(agency.personDays)), ("amount", .int(agency.amount)),
          ])
        })
      ),
      (
        "inspections",
        .array(budget.lines.map { line in
          .object([
            ("id", .string(line.visit.inspection.id)), ("unit", .string(line.visit.inspection.unit)),
            ("leadAgency", .string(line.visit.inspection.leadAgency)), ("people", .int(line.people)),
            ("days", .int(line.days)), ("personDays", .int(line.personDays)), ("amount", .int(line.amount)),
          ])
        })
      ),
    ]).rendered()
  }
}

/// Renders the commune draw (`kiemtra communes`).
public enum CommuneReport {
  public static func text(plan: Plan, draw: CommuneDraw) -> String {
    var out = "Chọn ngẫu nhiên đơn vị cấp xã để kiểm tra: \(plan.title)\n"
    if let drawn = draw.provinceWide {
      out += "Hạt giống (seed): \(draw.seed). Chọn từ \(draw.min) đến \(draw.max) đơn vị trong toàn tỉnh, từ các đơn vị chưa có trong kế hoạch kiểm tra; chạy lại với cùng seed cho cùng kết quả.\n\n"
      for (i, unit) in drawn.enumerated() { out += "  \(i + 1). \(unit.name)\n" }
      if drawn.isEmpty { out += "  (không có đơn vị nào để chọn)\n" }
      return out
    }
    out += "Hạt giống (seed): \(draw.seed). Mỗi huyện chọn từ \(draw.min) đến \(draw.max) xã; chạy lại với cùng seed cho cùng kết quả.\n\n"
    for district in draw.districts {
      if district.hasList {
        out += "  - \(district.visit.unitName): \(district.communes.joined(separator: ", "))\n"
      } else {
        out += "  - \(district.visit.unitName): chưa có danh sách xã trong kế hoạch (thêm \"communes\" cho đơn vị '\(district.visit.inspection.unit)')\n"
      }
    }
    return out
  }

  public static func json(draw: CommuneDraw) -> String {
    JSONValue.object([
      ("seed", .string(String(draw.seed))),
      ("min", .int(draw.min)),
      ("max", .int(draw.max)),
      ("province", draw.provinceWide.map { .array($0.map { .string($0.id) }) } ?? .null),
      (
        "districts",
        .array(draw.districts.map { district in
          .object([
            ("unit", .string(district.visit.inspection.unit)),
            ("inspection", .string(district.visit.inspection.id)),
            ("communes", district.hasList ? .array(district.communes.map { .string($0) }) : .null),
          ])
        })
      ),
    ]).rendered()
  }
}
