/// Proposes windows and report due dates for a plan's visits.
///
/// Hard rules (those `check` enforces): windows start and end on working days and last the
/// working days the unit kind needs; nobody is in two visits that share a day, or booked while
/// unavailable; everything lies in [from, until]; each report is due by the plan's rule, on a
/// working day no earlier than `from` and at least `minReportLeadWorkingDays` before the visit;
/// pinned visits stay. Soft goals, in order: finish as early as possible; keep visits of one lead
/// agency together (they are tried first in sequence); avoid the two weeks after the Tết break
/// (used only when it costs no finishing time). Rosters that share no person run in parallel.
///
/// Work happens on working-day indices over [from, until], so windows are index intervals and
/// "share a day" is interval overlap. Each person has a bitset of busy days.
///
/// Plans with at most `exactLimit` visits to place get a branch-and-bound search over the order
/// in which visits are placed, each at its earliest feasible start (the serial schedule
/// generation scheme, whose schedules include an optimal one for the finish date); it stops when
/// a schedule meets the lower bound or after `nodeLimit` nodes. Larger plans get one greedy pass
/// in the same placement scheme: O(v · W · t) for v visits, W working days and teams of t.
public struct Scheduler: Sendable {
  public var exactLimit = 12
  public var nodeLimit = 200_000

  public init() {}

  public struct Options: Sendable {
    /// Also move visits that have a window, unless pinned.
    public var replan = false
    public var from: CivilDate?
    public var until: CivilDate?
    public init(replan: Bool = false, from: CivilDate? = nil, until: CivilDate? = nil) {
      self.replan = replan
      self.from = from
      self.until = until
    }
  }

  /// The default range: from the day after the decision (or 1 January) to the self-inspection
  /// due date (or 31 December).
  public static func defaultRange(_ plan: Plan) -> DateWindow {
    let from = plan.decision?.date.map { $0 + 1 } ?? CivilDate(year: plan.year, month: 1, day: 1)!
    let until = plan.settings.selfInspectionDue ?? CivilDate(year: plan.year, month: 12, day: 31)!
    return DateWindow(from: from, to: until)
  }

  public func schedule(_ plan: Plan, options: Options = Options()) -> ScheduleResult {
    let defaults = Self.defaultRange(plan)
    let range = DateWindow(from: options.from ?? defaults.from, to: options.until ?? defaults.to)
    var problem = Problem(plan: plan, range: range, replan: options.replan)
    let exact = problem.movable.count <= exactLimit
    // First without the soft Tết rule, to learn the earliest finish; then with it, kept only if
    // it places as many visits and finishes as early.
    let (plain, proven) = exact ? problem.exact(nodeLimit: nodeLimit, target: nil) : (problem.greedy(), false)
    problem.avoidPostTet = true
    let target = plain.count == problem.movable.count ? problem.finish(plain) : nil
    let softer = exact ? problem.exact(nodeLimit: nodeLimit / 20, target: target).0 : problem.greedy()
    let keepSofter = softer.count >= plain.count && problem.finish(softer) <= problem.finish(plain)
    let placed = keepSofter ? softer : plain
    return problem.result(placed: placed, provenEarliest: proven, exact: exact)
  }
}

/// The scheduling problem on working-day indices.
private struct Problem {
  let plan: Plan
  let calendar: WorkingCalendar
  let range: DateWindow
  let days: [CivilDate]
  let rule: ReportDueRule
  let minLead: Int
  /// Indices into plan.inspections of the visits to place.
  var movable: [Int] = []
  var durations: [Int: Int] = [:]
  var teams: [Int: [Int]] = [:]
  /// Per movable visit, whether each start index is allowed by range, absences and due rule.
  var allowed: [Int: [Bool]] = [:]
  var postTet: [Bool] = []
  var avoidPostTet = false
  /// Busy days of people from visits that stay where they are.
  var fixedBusy: [[UInt64]] = []
  var problems: [ScheduleResult.Problem] = []
  var personIndex: [String: Int] = [:]
  let words: Int
  /// Per start index, the due date the rule gives, or `nil` when it is before `from` or leaves
  /// too little lead; the same for every visit, so computed once.
  var dueForStart: [CivilDate?] = []

  init(plan: Plan, range: DateWindow, replan: Bool) {
    self.plan = plan
    calendar = plan.workingCalendar()
    self.range = range
    days = range.days.filter(calendar.isWorkingDay)
    rule = plan.settings.effectiveReportDueRule
    minLead = plan.settings.minReportLeadWorkingDays
    words = max(1, (days.count + 63) / 64)
    for (i, person) in plan.people.enumerated() where personIndex[person.id] == nil {
      personIndex[person.id] = i
    }
    fixedBusy = Array(repeating: Array(repeating: 0, count: words), count: plan.people.count)
    let indexOfDay = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
    postTet = Self.postTetMask(days: days, year: plan.year, calendar: calendar)
    dueForStart = days.indices.map { s in
      let due = rule.due(forStart: days[s], calendar: calendar)
      guard due >= range.from, calendar.workingDays(after: due, through: days[s]) >= max(minLead, 1)
      else { return nil }
      return due
    }

    let units = Dictionary(plan.units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for (i, inspection) in plan.inspections.enumerated() {
      let team = Array(Set(inspection.team.compactMap { personIndex[$0] })).sorted()
      let moves = !inspection.pinned && (replan || inspection.window == nil)
      if !moves {
        guard let window = inspection.window else { continue }
        for day in window.days {
          guard let d = indexOfDay[day] else { continue }
          for p in team { fixedBusy[p][d / 64] |= 1 << UInt64(d % 64) }
        }
        if inspection.pinned { checkPinned(i, window: window) }
        continue
      }
      let name = units[inspection.unit]?.name ?? inspection.unit
      let kindDays = units[inspection.unit].flatMap { plan.settings.requiredWorkingDays(for: $0.kind) }
      guard
        let duration = inspection.workingDays ?? kindDays
          ?? inspection.window.map({ calendar.workingDays(in: $0) }), duration > 0
      else {
        problems.append(.init(inspection: inspection.id, reason: "\(name): không rõ cần bao nhiêu ngày làm việc (đặt settings.visitWorkingDays cho loại đơn vị, hoặc workingDays cho cuộc kiểm tra)."))
        continue
      }
      movable.append(i)
      durations[i] = duration
      teams[i] = team
      allowed[i] = allowedStarts(inspection, team: team, duration: duration)
    }
  }

  /// Working days in the two weeks after the Tết break of the plan year.
  static func postTetMask(days: [CivilDate], year: Int, calendar: WorkingCalendar) -> [Bool] {
    guard PublicHolidays.supportedYears.contains(year) else { return days.map { _ in false } }
    let tet = LunarCalendar.tet(year)
    let back = calendar.workingDay(onOrAfter: tet)
    let end = back + 13
    return days.map { $0 >= back && $0 <= end }
  }

  func dueIndexOK(start s: Int) -> CivilDate? { dueForStart[s] }

  /// The name of the unit a visit inspects, for explanations.
  func unitName(of inspection: Inspection) -> String {
    plan.units.first { $0.id == inspection.unit }?.name ?? inspection.unit
  }

  func allowedStarts(_ inspection: Inspection, team: [Int], duration: Int) -> [Bool] {
    let absences = team.flatMap { plan.people[$0].unavailable }
    return days.indices.map { s in
      guard s + duration <= days.count, dueForStart[s] != nil else { return false }
      if absences.isEmpty { return true }
      let window = DateWindow(from: days[s], to: days[s + duration - 1])
      return !absences.contains { $0.overlaps(window) }
    }
  }

  mutating func checkPinned(_ i: Int, window: DateWindow) {
    let inspection = plan.inspections[i]
    let name = unitName(of: inspection)
    var reasons: [String] = []
    if !calendar.isWorkingDay(window.from) || !calendar.isWorkingDay(window.to) {
      reasons.append("không bắt đầu hoặc kết thúc vào ngày làm việc")
    }
    if window.from < range.from || window.to > range.to {
      reasons.append("nằm ngoài khoảng \(range.from.vietnamese)–\(range.to.vietnamese)")
    }
    for id in Set(inspection.team).sorted() {
      guard let person = plan.people.first(where: { $0.id == id }) else { continue }
      for absence in person.unavailable where absence.overlaps(window) {
        reasons.append("\(person.displayName) vắng \(absence.from.vietnamese)–\(absence.to.vietnamese)")
      }
    }
    if let due = inspection.reportDue, let start = calendar.firstWorkingDay(in: window) {
      let effective = plan.settings.deadlineRollsForward ? calendar.workingDay(onOrAfter: due) : due
      if calendar.workingDays(after: effective, through: start) < max(minLead, 1) {
        reasons.append("hạn báo cáo \(due.vietnamese) không đủ \(minLead) ngày làm việc trước ngày kiểm tra")
      }
    }
    for j in plan.inspections.indices where j < i && plan.inspections[j].pinned {
      guard let other = plan.inspections[j].window, other.overlaps(window) else { continue }
      let shared = Set(inspection.team).intersection(plan.inspections[j].team).sorted()
      if !shared.isEmpty {
        let names = shared.compactMap { id in plan.people.first { $0.id == id }?.displayName }
        reasons.append("trùng lịch của \(names.joined(separator: ", ")) với cuộc kiểm tra cố định \(plan.inspections[j].id)")
      }
    }
    if !reasons.isEmpty {
      problems.append(.init(
        inspection: inspection.id,
        reason: "\(name) (cố định \(window.from.vietnamese)–\(window.to.vietnamese)) vi phạm: \(reasons.joined(separator: "; "))."))
    }
  }

  // MARK: Placement

  func isFree(_ busy: [[UInt64]], person: Int, start: Int, length: Int) -> Bool {
    var d = start
    let end = start + length
    while d < end {
      let word = d / 64
      let offset = d % 64
      let span = min(64 - offset, end - d)
      let mask: UInt64 = span == 64 ? ~0 : ((1 << UInt64(span)) - 1) << UInt64(offset)
      if busy[person][word] & mask != 0 { return false }
      d += span
    }
    return true
  }

  func mark(_ busy: inout [[UInt64]], person: Int, start: Int, length: Int) {
    for d in start..<(start + length) { busy[person][d / 64] |= 1 << UInt64(d % 64) }
  }

  /// The earliest allowed start of visit `i` with everyone free, or `nil`. Placing visits only
  /// makes people busier, so a start known impossible earlier stays impossible: `notBefore`
  /// skips those.
  func earliestStart(_ i: Int, busy: [[UInt64]], notBefore: Int = 0) -> Int? {
    let duration = durations[i]!
    let team = teams[i]!
    let mask = allowed[i]!
    for s in notBefore..<mask.count where mask[s] {
      if avoidPostTet && postTet[s..<(s + duration)].contains(true) { continue }
      if team.allSatisfy({ isFree(busy, person: $0, start: s, length: duration) }) { return s }
    }
    return nil
  }

  func finish(_ placed: [Int: Int]) -> Int {
    placed.map { $0.value + durations[$0.key]! - 1 }.max() ?? -1
  }

  /// Visits in the order greedy tries them: grouped by lead agency (in order of first
  /// appearance), plan order within a group.
  var preferredOrder: [Int] {
    var agencyRank: [String: Int] = [:]
    for i in movable {
      let agency = plan.inspections[i].leadAgency ?? ""
      if agencyRank[agency] == nil { agencyRank[agency] = agencyRank.count }
    }
    return movable.sorted {
      (agencyRank[plan.inspections[$0].leadAgency ?? ""]!, $0)
        < (agencyRank[plan.inspections[$1].leadAgency ?? ""]!, $1)
    }
  }

  func greedy() -> [Int: Int] {
    var busy = fixedBusy
    var placed: [Int: Int] = [:]
    for i in preferredOrder {
      guard let s = earliestStart(i, busy: busy) else { continue }
      placed[i] = s
      for p in teams[i]! { mark(&busy, person: p, start: s, length: durations[i]!) }
    }
    return placed
  }

  /// Branch and bound on the order of placement; returns the best placement found and whether
  /// the search finished (so its finish is the earliest possible). With a `target`, stops at
  /// the first schedule placing everyone by that finish.
  func exact(nodeLimit: Int, target: Int?) -> ([Int: Int], Bool) {
    let order = preferredOrder
    // A schedule that places everyone beats any that does not; among those, earlier finish.
    var best = greedy()
    var bestScore = score(best)
    let rootStarts = earliestStarts(order, busy: fixedBusy, previous: [:])
    let rootBound = target ?? rootStarts.map { lowerBound(starts: $0, finish: -1) }
    if best.count == order.count && finish(best) <= (rootBound ?? Int.max) { return (best, true) }
    var nodes = 0
    var aborted = false
    var placed: [Int: Int] = [:]
    var busy = fixedBusy
    var remaining = order

    func score(_ placement: [Int: Int]) -> (Int, Int) { (-placement.count, finish(placement)) }

    func search(currentFinish: Int, lastAgency: String?, previous: [Int: Int]) {
      if aborted { return }
      nodes += 1
      if nodes > nodeLimit {
        aborted = true
        return
      }
      if remaining.isEmpty {
        let candidate = score(placed)
        if candidate < bestScore {
          best = placed
          bestScore = candidate
        }
        return
      }
      guard let known = earliestStarts(remaining, busy: busy, previous: previous) else {
        return  // someone cannot be placed any more
      }
      let bound = lowerBound(starts: known, finish: currentFinish)
      if (-order.count, bound) >= bestScore { return }
      // Children: agency of the last placed visit first, then earliest start.
      let starts = remaining.map { ($0, known[$0]!) }
      let children = starts.sorted {
        let a = (plan.inspections[$0.0].leadAgency == lastAgency ? 0 : 1, $0.1, $0.0)
        let b = (plan.inspections[$1.0].leadAgency == lastAgency ? 0 : 1, $1.1, $1.0)
        return a < b
      }
      var tried: [(team: [Int], duration: Int, mask: [Bool], agency: String?)] = []
      for (i, s) in children {
        let signature = (team: teams[i]!, duration: durations[i]!, mask: allowed[i]!, agency: plan.inspections[i].leadAgency)
        // Interchangeable visits (same team, length, allowed days and agency): try one order only.
        if tried.contains(where: { $0.team == signature.team && $0.duration == signature.duration && $0.mask == signature.mask && $0.agency == signature.agency }) {
          continue
        }
        tried.append(signature)
        let saved = busy
        for p in teams[i]! { mark(&busy, person: p, start: s, length: durations[i]!) }
        placed[i] = s
        remaining.removeAll { $0 == i }
        search(
          currentFinish: max(currentFinish, s + durations[i]! - 1),
          lastAgency: plan.inspections[i].leadAgency, previous: known)
        remaining.append(i)
        remaining.sort { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
        placed[i] = nil
        busy = saved
        if let root = rootBound, bestScore == (-order.count, root) { return }
        if aborted { return }
      }
    }
    search(currentFinish: -1, lastAgency: nil, previous: rootStarts ?? [:])
    let reachedBound = rootBound.map { bestScore == (-order.count, $0) } ?? false
    return (best, !aborted || reachedBound)
  }

  /// Earliest starts of the remaining visits, each searched from its earlier value; `nil` when
  /// one has no feasible start left.
  func earliestStarts(_ remaining: [Int], busy: [[UInt64]], previous: [Int: Int]) -> [Int: Int]? {
    var starts: [Int: Int] = [:]
    for i in remaining {
      guard let s = earliestStart(i, busy: busy, notBefore: previous[i] ?? 0) else { return nil }
      starts[i] = s
    }
    return starts
  }

  /// A lower bound on the finish of any completion: each visit's earliest end, and per person
  /// the earliest start among their remaining visits plus all their durations.
  func lowerBound(starts: [Int: Int], finish: Int) -> Int {
    var bound = finish
    var perPerson: [Int: (Int, Int)] = [:]
    for (i, s) in starts {
      bound = max(bound, s + durations[i]! - 1)
      for p in teams[i]! {
        let current = perPerson[p] ?? (Int.max, 0)
        perPerson[p] = (min(current.0, s), current.1 + durations[i]!)
      }
    }
    for (_, (start, total)) in perPerson { bound = max(bound, start + total - 1) }
    return bound
  }

  // MARK: Result

  func result(placed: [Int: Int], provenEarliest: Bool, exact: Bool) -> ScheduleResult {
    var newPlan = plan
    var placements: [ScheduleResult.Placement] = []
    var problems = self.problems
    for i in movable {
      guard let s = placed[i] else {
        problems.append(.init(inspection: plan.inspections[i].id, reason: explain(i, placed: placed)))
        continue
      }
      let duration = durations[i]!
      let window = DateWindow(from: days[s], to: days[s + duration - 1])
      let due = dueIndexOK(start: s)!
      newPlan.inspections[i].window = window
      newPlan.inspections[i].reportDue = due
      placements.append(.init(inspection: plan.inspections[i].id, window: window, reportDue: due, workingDays: duration))
    }
    return ScheduleResult(
      plan: newPlan, placements: placements, problems: problems, range: range,
      provenEarliest: provenEarliest && problems.isEmpty, exact: exact)
  }

  /// Why visit `i` could not be placed: the first hard rule that leaves it no start.
  func explain(_ i: Int, placed: [Int: Int]) -> String {
    let inspection = plan.inspections[i]
    let name = unitName(of: inspection)
    let duration = durations[i]!
    let rangeText = "\(range.from.vietnamese)–\(range.to.vietnamese)"
    if duration > days.count {
      return "\(name): cần \(duration) ngày làm việc nhưng khoảng \(rangeText) chỉ có \(days.count) ngày làm việc."
    }
    let team = teams[i]!
    for p in team {
      let person = plan.people[p]
      let free = days.indices.filter { d in !person.unavailable.contains { $0.contains(days[d]) } }
      if free.isEmpty {
        return "\(name): \(person.displayName) vắng suốt khoảng \(rangeText)."
      }
    }
    if !allowed[i]!.contains(true) {
      let absentees = team.map { plan.people[$0] }.filter { !$0.unavailable.isEmpty }
      if absentees.isEmpty {
        return "\(name): không có ngày bắt đầu nào trong khoảng \(rangeText) vừa đủ \(duration) ngày làm việc vừa để hạn báo cáo cách ít nhất \(minLead) ngày làm việc và không sớm hơn \(range.from.vietnamese)."
      }
      let list = absentees.map { p in "\(p.displayName) (vắng " + p.unavailable.map { "\($0.from.vietnamese)–\($0.to.vietnamese)" }.joined(separator: ", ") + ")" }
      return "\(name): không còn \(duration) ngày làm việc liền nhau trong khoảng \(rangeText) mà cả Đoàn đều có mặt và đủ thời gian báo cáo trước; \(list.joined(separator: "; "))."
    }
    // Blocked by other visits of the same people.
    var blockers: [String] = []
    for (j, s) in placed.sorted(by: { $0.key < $1.key }) where !Set(teams[j]!).isDisjoint(with: team) {
      let other = plan.inspections[j]
      let otherName = unitName(of: other)
      blockers.append("\(otherName) (\(days[s].vietnamese)–\(days[s + durations[j]! - 1].vietnamese))")
    }
    for (j, other) in plan.inspections.enumerated() where !movable.contains(j) {
      guard let window = other.window, !Set(other.team).isDisjoint(with: inspection.team) else { continue }
      let otherName = unitName(of: other)
      blockers.append("\(otherName) (cố định \(window.from.vietnamese)–\(window.to.vietnamese))")
    }
    let shared = team.map { plan.people[$0].displayName }
    return "\(name): không còn \(duration) ngày làm việc liền nhau trong khoảng \(rangeText) khi Đoàn (\(shared.joined(separator: ", "))) đã bận ở: \(blockers.joined(separator: ", "))."
  }
}
