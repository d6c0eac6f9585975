extension Rule {
  /// The share of counted units that are visited is below the plan's target; when it is met, an
  /// info finding (`coverage-met`) states the figures.
  static let coverageBelowTarget = Rule("coverage-below-target") { context in
    guard let target = context.plan.settings.coverageTarget, let coverage = Coverage(context.plan)
    else { return [] }
    let figures =
      "\(coverage.visited)/\(coverage.counted) đơn vị (\(Coverage.percentText(coverage.percent))%)"
    if coverage.percent + 1e-9 < target.percent {
      let needed = coverage.unitsNeeded(for: target.percent)
      return [
        Finding(
          .warning, "coverage-below-target",
          "Tỷ lệ kiểm tra \(figures) thấp hơn chỉ tiêu \(Coverage.percentText(target.percent))%; cần kiểm tra thêm ít nhất \(needed) đơn vị.",
          subjects: coverage.unvisited)
      ]
    }
    return [
      Finding(
        .info, "coverage-met",
        "Tỷ lệ kiểm tra \(figures) đạt chỉ tiêu \(Coverage.percentText(target.percent))%.",
        subjects: [])
    ]
  }
}

/// Visited units over units counted by the plan's coverage target.
public struct Coverage: Sendable {
  public let visited: Int
  public let counted: Int
  /// Ids of counted units that are not visited, in plan order.
  public let unvisited: [String]

  /// `nil` when the plan has no coverage target or counts no unit.
  public init?(_ plan: Plan) {
    guard let target = plan.settings.coverageTarget else { return nil }
    let kinds = Set(target.kinds)
    let visitedIDs = Set(plan.inspections.map(\.unit))
    let counted = plan.units.filter { kinds.contains($0.kind) }
    guard !counted.isEmpty else { return nil }
    self.counted = counted.count
    self.visited = counted.filter { visitedIDs.contains($0.id) }.count
    self.unvisited = counted.filter { !visitedIDs.contains($0.id) }.map(\.id)
  }

  public var percent: Double { Double(visited) * 100 / Double(counted) }

  /// How many more units must be visited to reach `target` percent.
  public func unitsNeeded(for target: Double) -> Int {
    // The smallest n with (visited + n) / counted ≥ target %, computed, not counted up to.
    let bounded = Swift.min(Swift.max(target.isNaN ? 0 : target, 0), 100)
    let units = Int((bounded * Double(counted) / 100 - 1e-9).rounded(.up))
    return Swift.max(0, Swift.min(units, counted) - visited)
  }

  /// "30" or "33,3": Vietnamese decimal comma, at most one decimal.
  static func percentText(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e12 else { return value.isNaN ? "?" : (value < 0 ? "-∞" : "∞") }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
  }
}
