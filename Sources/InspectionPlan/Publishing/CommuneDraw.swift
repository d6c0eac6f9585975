/// SplitMix64 (Steele, Lea and Flood, 2014): a small pseudo-random generator whose output depends
/// only on the seed and integer arithmetic, so a draw repeats on every machine and Swift version.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`, without modulo bias (rejection of the short last block).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    let limit = UInt64.max - UInt64.max % UInt64(bound)
    var value = next()
    while value >= limit { value = next() }
    return Int(value % UInt64(bound))
  }
}

/// The communes drawn for each district-level visit.
public struct CommuneDraw: Sendable {
  public struct District: Sendable {
    public let visit: Visit
    /// The communes drawn, in draw order; empty when the plan lists none for the district.
    public let communes: [String]
    /// Whether the plan lists the district's communes at all.
    public let hasList: Bool
  }

  public let seed: UInt64
  public let min: Int
  public let max: Int
  public let districts: [District]
  /// For a province-wide draw (`pool: province`), the units drawn, in draw order; `nil` for a
  /// draw per district.
  public let provinceWide: [TargetUnit]?

  /// Draws, in plan order, for every visit to a district-level unit: first how many communes
  /// (uniformly in min…max, capped by the list's length), then which (a partial Fisher–Yates
  /// shuffle of the list in plan order). One generator runs through all districts.
  ///
  /// - Returns: `nil` when the plan has no commune sampling rule.
  public init?(plan: Plan, seed: UInt64) {
    guard let rule = plan.settings.communeSampling else { return nil }
    self.seed = seed
    min = rule.min
    max = rule.max
    var generator = SplitMix64(seed: seed)
    if rule.pool == .province {
      let kinds = Set(rule.kinds ?? [.communeLevel])
      let visited = Set(plan.inspections.flatMap(\.units))
      let list = plan.units.filter { kinds.contains($0.kind) && !visited.contains($0.id) }
      let count = Self.count(rule, available: list.count, generator: &generator)
      provinceWide = Self.draw(count, from: list, generator: &generator)
      districts = []
      return
    }
    provinceWide = nil
    districts = plan.visits().filter { $0.unit?.kind == .districtLevel }.map { visit in
      guard let list = visit.unit?.communes, !list.isEmpty else {
        return District(visit: visit, communes: [], hasList: false)
      }
      let count = Self.count(rule, available: list.count, generator: &generator)
      return District(visit: visit, communes: Self.draw(count, from: list, generator: &generator), hasList: true)
    }
  }

  /// How many to draw: uniformly in min…max, capped by what is available.
  private static func count(_ rule: CommuneSampling, available: Int, generator: inout SplitMix64) -> Int {
    // The loader bounds min and max (PlanLoader.Limits.communes); the checked arithmetic keeps
    // a plan built in code from overflowing `max - min + 1` without changing any draw.
    let (span, overflow) = rule.max.subtractingReportingOverflow(rule.min)
    let drawn = generator.below(overflow || span < 0 ? 1 : Swift.min(span, Int.max - 1) + 1)
    let (wanted, tooMany) = Swift.max(0, rule.min).addingReportingOverflow(drawn)
    return tooMany ? available : Swift.min(available, wanted)
  }

  /// The first `count` of a partial Fisher–Yates shuffle of `list` (in plan order).
  private static func draw<T>(_ count: Int, from list: [T], generator: inout SplitMix64) -> [T] {
    var pool = list
    for i in 0..<count {
      let j = i + generator.below(pool.count - i)
      pool.swapAt(i, j)
    }
    return Array(pool.prefix(count))
  }
}
