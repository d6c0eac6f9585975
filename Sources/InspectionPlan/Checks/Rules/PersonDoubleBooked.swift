extension Rule {
  /// A person on two visits that take some of the same time: windows that share a day, except
  /// the morning and the afternoon of one day. One trip to several units is one visit and does
  /// not clash with itself; desk reviews and visits whose days are not fixed block nobody.
  ///
  /// Per person, visits are sorted by start (in half-days) and swept, so the cost is
  /// O(v log v) per person plus the pairs reported.
  static let personDoubleBooked = Rule("person-double-booked") { context in
    var visitsByPerson: [String: [(Int, DateWindow)]] = [:]
    for index in context.plan.inspections.indices {
      guard let window = context.occupiedWindow(of: index), !window.isReversed else { continue }
      for id in context.roster(of: index).people {
        visitsByPerson[id, default: []].append((index, window))
      }
    }
    var findings: [Finding] = []
    for person in visitsByPerson.keys.sorted() {
      let visits = visitsByPerson[person]!.map { ($0.0, $0.1, $0.1.halfDays) }
        .sorted { ($0.2.lowerBound, $0.0) < ($1.2.lowerBound, $1.0) }
      for i in visits.indices {
        var j = i + 1
        while j < visits.count && visits[j].2.lowerBound <= visits[i].2.upperBound {
          let a = context.plan.inspections[visits[i].0]
          let b = context.plan.inspections[visits[j].0]
          findings.append(
            Finding(
              .error, "person-double-booked",
              "\(context.personName(person)) được phân công cùng lúc tại \(context.unitNames(a)) (\(visits[i].1.shortText)) và \(context.unitNames(b)) (\(visits[j].1.shortText)).",
              subjects: [person, a.id, b.id] + a.units + b.units))
          j += 1
        }
      }
    }
    return findings
  }
}
