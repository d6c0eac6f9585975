extension Rule {
  /// A unit with more than one visit in the plan.
  static let unitInspectedTwice = Rule("unit-inspected-twice") { context in
    var visits: [String: [String]] = [:]
    var order: [String] = []
    for inspection in context.plan.inspections {
      for unit in inspection.units {
        if visits[unit] == nil { order.append(unit) }
        visits[unit, default: []].append(inspection.id)
      }
    }
    return order.compactMap { unit in
      let ids = visits[unit]!
      guard ids.count > 1 else { return nil }
      return Finding(
        .warning, "unit-inspected-twice",
        "\(context.unitName(unit)) được kiểm tra \(ids.count) lần trong kế hoạch (\(ids.joined(separator: ", "))).",
        subjects: [unit] + ids)
    }
  }
}
