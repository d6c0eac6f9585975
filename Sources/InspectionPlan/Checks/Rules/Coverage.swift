extension Rule {
  /// The units visited fall short of a coverage target; when a target is met, an info finding
  /// (`coverage-met`) states the figures. The single pooled `coverageTarget` (the form of the 2023
  /// plan) is stated as one figure; each of `coverageTargets` is stated for its own group with
  /// the document that sets it.
  static let coverageBelowTarget = Rule("coverage-below-target") { context in
    var findings: [Finding] = []
    if let target = context.plan.settings.coverageTarget,
      let coverage = Coverage(context.plan, target: target)
    {
      findings.append(coverage.finding(label: "", withSource: false))
    }
    for target in context.plan.settings.coverageTargets {
      guard let coverage = Coverage(context.plan, target: target) else { continue }
      let label = target.kinds.map(\.vietnameseName).joined(separator: ", ")
      findings.append(coverage.finding(label: label.prefix(1).uppercased() + label.dropFirst() + ": ", withSource: true))
    }
    return findings
  }
}

/// Visited units over the units a coverage target counts.
public struct Coverage: Sendable {
  public let target: CoverageTarget
  public let visited: Int
  public let counted: Int
  /// Ids of counted units that are not visited, in plan order.
  public let unvisited: [String]

  /// The coverage of the plan's single pooled target; `nil` when it has none.
  public init?(_ plan: Plan) {
    guard let target = plan.settings.coverageTarget else { return nil }
    self.init(plan, target: target)
  }

  /// `nil` when the target counts no unit of the plan.
  public init?(_ plan: Plan, target: CoverageTarget) {
    let kinds = Set(target.kinds)
    let visitedIDs = Set(plan.inspections.flatMap(\.units))
    let counted = plan.units.filter { kinds.contains($0.kind) }
    guard !counted.isEmpty else { return nil }
    self.target = target
    self.counted = counted.count
    self.visited = counted.filter { visitedIDs.contains($0.id) }.count
    self.unvisited = counted.filter { !visitedIDs.contains($0.id) }.map(\.id)
  }

  public var percent: Double { Double(visited) * 100 / Double(counted) }

  /// How many more units must be visited to meet the target (0 when it is met).
  public var unitsNeeded: Int {
    if let minimum = target.min { return max(0, minimum - visited) }
    return unitsNeeded(for: target.percent ?? 0)
  }

  /// How many more units must be visited to reach `target` percent.
  public func unitsNeeded(for target: Double) -> Int {
    // The smallest n with (visited + n) / counted ≥ target %, computed, not counted up to.
    let bounded = Swift.min(Swift.max(target.isNaN ? 0 : target, 0), 100)
    let units = Int((bounded * Double(counted) / 100 - 1e-9).rounded(.up))
    return Swift.max(0, Swift.min(units, counted) - visited)
  }

  var isMet: Bool { unitsNeeded == 0 }

  /// "30%" or "ít nhất 6 đơn vị".
  var targetText: String {
    if let minimum = target.min { return "ít nhất \(minimum) đơn vị" }
    return "\(Coverage.percentText(target.percent ?? 0))%"
  }

  func finding(label: String, withSource: Bool) -> Finding {
    let figures = "\(visited)/\(counted) đơn vị (\(Coverage.percentText(percent))%)"
    let source = withSource ? target.source.map { " (theo \($0))" } ?? "" : ""
    if !isMet {
      return Finding(
        .warning, "coverage-below-target",
        "\(label)Tỷ lệ kiểm tra \(figures) thấp hơn chỉ tiêu \(targetText)\(source); cần kiểm tra thêm ít nhất \(unitsNeeded) đơn vị.",
        subjects: unvisited)
    }
    return Finding(
      .info, "coverage-met",
      "\(label)Tỷ lệ kiểm tra \(figures) đạt chỉ tiêu \(targetText)\(source).", subjects: [])
  }

  /// "30" or "33,3": Vietnamese decimal comma, at most one decimal.
  static func percentText(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e12 else { return value.isNaN ? "?" : (value < 0 ? "-∞" : "∞") }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
  }
}
