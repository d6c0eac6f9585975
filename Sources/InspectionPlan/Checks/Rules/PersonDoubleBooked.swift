extension Rule {
  /// A person on two visits whose windows share a day (ends included).
  ///
  /// Per person, visits are sorted by start and swept, so the cost is O(v log v) per person plus
  /// the pairs reported.
  static let personDoubleBooked = Rule("person-double-booked") { context in
    var visitsByPerson: [String: [(Int, DateWindow)]] = [:]
    for (index, inspection) in context.plan.inspections.enumerated() {
      guard let window = inspection.window, !window.isReversed else { continue }
      for id in Set(inspection.team) { visitsByPerson[id, default: []].append((index, window)) }
    }
    var findings: [Finding] = []
    for person in visitsByPerson.keys.sorted() {
      let visits = visitsByPerson[person]!.sorted { ($0.1.from, $0.0) < ($1.1.from, $1.0) }
      for i in visits.indices {
        var j = i + 1
        while j < visits.count && visits[j].1.from <= visits[i].1.to {
          let a = context.plan.inspections[visits[i].0]
          let b = context.plan.inspections[visits[j].0]
          findings.append(
            Finding(
              .error, "person-double-booked",
              "\(context.personName(person)) được phân công cùng lúc tại \(context.unitName(a.unit)) (\(visits[i].1.from.vietnamese)–\(visits[i].1.to.vietnamese)) và \(context.unitName(b.unit)) (\(visits[j].1.from.vietnamese)–\(visits[j].1.to.vietnamese)).",
              subjects: [person, a.id, b.id, a.unit, b.unit]))
          j += 1
        }
      }
    }
    return findings
  }
}
