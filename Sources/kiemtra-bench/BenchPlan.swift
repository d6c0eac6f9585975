import InspectionPlan

/// A synthetic plan shaped like real ones: a few leaders and deputies shared by many visits,
/// members drawn from a pool, visits of 2–5 working days in one year.
///
/// Per 35 visits there is one leader and one deputy (so 20 visits have 2 of each, all shared),
/// and per 6 visits one pool member (at least 8); each visit has a leader, a deputy and 2–3
/// members drawn at random. A leader then carries about 35 × 3.5 ≈ 120 working days of the
/// year's ~250: every plan is feasible, and the leaders decide the finish.
struct BenchPlan {
  static func make(visits: Int, seed: UInt64, year: Int = 2025, until: CivilDate? = nil) -> Plan {
    var random = SplitMix64(seed: seed)
    let leaders = max(2, visits / 35)
    let deputies = max(2, visits / 35)
    let pool = max(8, visits / 6)
    var people: [Person] = []
    for i in 0..<leaders { people.append(Person(id: "truong-doan-\(i)", honorific: "Ông", name: "Trưởng đoàn \(i)")) }
    for i in 0..<deputies { people.append(Person(id: "pho-doan-\(i)", honorific: "Bà", name: "Phó đoàn \(i)")) }
    for i in 0..<pool { people.append(Person(id: "thanh-vien-\(i)", honorific: "Ông", name: "Thành viên \(i)")) }
    let kinds: [UnitKind] = [.provincialDepartment, .districtLevel, .centralBranch, .communeLevel]
    let units = (0..<visits).map { TargetUnit(id: "don-vi-\($0)", name: "Đơn vị \($0)", kind: kinds[$0 % kinds.count]) }
    let inspections = (0..<visits).map { i -> Inspection in
      var members: [String] = []
      let count = 2 + random.below(2)
      while members.count < count {
        let id = "thanh-vien-\(random.below(pool))"
        if !members.contains(id) { members.append(id) }
      }
      return Inspection(
        id: "kt-\(i)", unit: "don-vi-\(i)", leader: "truong-doan-\(random.below(leaders))",
        deputy: "pho-doan-\(random.below(deputies))", members: members,
        leadAgency: "don-vi-\(i % 7)", workingDays: 2 + random.below(4))
    }
    var settings = PlanSettings()
    settings.selfInspectionDue = until ?? CivilDate(year: year, month: 12, day: 31)
    return Plan(
      id: "bench-\(visits)-\(seed)", title: "Kế hoạch thử tải \(visits) cuộc", province: "Thử", year: year,
      units: units, people: people, inspections: inspections, settings: settings)
  }
}
