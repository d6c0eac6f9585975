/// A plan turned into a `SchedulingProblem`, with the tables to turn slots back into dates.
///
/// The one place that reads the plan model for scheduling: who a visit blocks, how long it lasts,
/// when it may happen and whether it owes a report. Slots are the working days of the range.
struct PlanProblem {
  let plan: Plan
  let calendar: WorkingCalendar
  let range: DateWindow
  /// The working days of the range, in order: slot `s` is `days[s]`.
  let days: [CivilDate]
  let rule: ReportDueRule
  let minLead: Int
  /// Per day index, the due date the rule gives for a visit starting that day, or `nil` when
  /// it falls before the range or leaves too little lead.
  let dueForDay: [CivilDate?]
  let personIndex: [String: Int]
  let unitNames: [String: String]
  let unitKinds: [String: UnitKind]
  /// Task index → inspection index, and back.
  var inspectionOfTask: [Int] = []
  var taskOfInspection: [Int: Int] = [:]
  /// Inspections that stay where they are and have a window, per person (for explanations).
  var fixedOfPerson: [[Int]]
  var problem: SchedulingProblem
  /// Visits that cannot even be described (no duration) and pinned visits that break a rule.
  var problems: [ScheduleResult.Problem] = []
  /// Whether any task follows a baseline.
  var amending = false
  /// Per task, the window the baseline gives it.
  var baselineWindowOfTask: [Int: DateWindow] = [:]

  init(plan: Plan, range: DateWindow, replan: Bool, baseline: Plan?) {
    self.plan = plan
    calendar = plan.workingCalendar()
    self.range = range
    let days = range.isReversed ? [] : Self.workingDays(in: range, calendar: calendar)
    self.days = days
    rule = plan.settings.effectiveReportDueRule
    minLead = plan.settings.minReportLeadWorkingDays
    let calendar = self.calendar
    let lead = max(minLead, 1)
    let rule = self.rule
    // The due date for each start; the lead is counted on the slot table, not day by day.
    dueForDay = days.indices.map { d in
      let due = rule.due(forStart: days[d], calendar: calendar)
      guard due >= range.from, calendar.workingDays(after: due, through: days[d]) >= lead else { return nil }
      return due
    }
    var personIndex: [String: Int] = [:]
    for (i, person) in plan.people.enumerated() where personIndex[person.id] == nil { personIndex[person.id] = i }
    self.personIndex = personIndex
    unitNames = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    unitKinds = Dictionary(plan.units.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
    fixedOfPerson = Array(repeating: [], count: plan.people.count)
    problem = SchedulingProblem(slotCount: days.count, personCount: plan.people.count, tasks: [])
    build(replan: replan, baseline: baseline)
  }

  static func workingDays(in range: DateWindow, calendar: WorkingCalendar) -> [CivilDate] {
    // Bounded by the loader's year limits; a range of a few years is a few thousand days.
    range.days.filter(calendar.isWorkingDay)
  }

  /// The slot of `day` when it is a working day of the range, else `nil`.
  func slot(of day: CivilDate) -> Int? {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < day { low = mid + 1 } else { high = mid }
    }
    return low < days.count && days[low] == day ? low : nil
  }

  /// The first slot on or after `day` (`days.count` when none).
  func slot(onOrAfter day: CivilDate) -> Int {
    var low = 0
    var high = days.count
    while low < high {
      let mid = (low + high) / 2
      if days[mid] < day { low = mid + 1 } else { high = mid }
    }
    return low
  }

  // MARK: Reading the plan model

  /// The people a visit keeps busy, as indices (unknown ids are `check`'s business): its
  /// roster through its team; nobody for a desk review, which keeps no one from the office.
  func blockedPeople(_ inspection: Inspection) -> [Int] {
    guard inspection.kind.occupiesTeam else { return [] }
    var people = plan.roster(of: inspection).people.compactMap { personIndex[$0] }
    people.sort()
    var unique: [Int] = []
    for p in people where unique.last != p { unique.append(p) }
    return unique
  }

  /// Working days the visit needs, or `nil` when the plan does not say. A half-day visit is
  /// placed on a whole day.
  func duration(_ inspection: Inspection) -> Int? {
    let kindDays = inspection.units.compactMap { unitKinds[$0] }
      .compactMap { plan.settings.requiredWorkingDays(for: $0) }.max()
    return inspection.workingDays ?? kindDays
      ?? inspection.window.map { $0.part == nil ? calendar.workingDays(in: $0) : 1 }
  }

  /// Whether the visit owes a report before it starts: an unannounced visit asks for none.
  func needsReport(_ inspection: Inspection) -> Bool { inspection.kind.isAnnounced }

  func unitName(_ inspection: Inspection) -> String {
    inspection.units.map { unitNames[$0] ?? $0 }.joined(separator: ", ")
  }

  // MARK: Building

  private mutating func build(replan: Bool, baseline: Plan?) {
    let baselineWindows: [String: DateWindow] = Dictionary(
      (baseline?.inspections ?? []).compactMap { i in i.window.map { (i.id, $0) } },
      uniquingKeysWith: { a, _ in a })
    var fixedBusy = problem.fixedBusy
    // Absences are busy slots.
    for (p, person) in plan.people.enumerated() where personIndex[person.id] == p {
      for absence in person.unavailable {
        let a = slot(onOrAfter: absence.from)
        let b = slot(onOrAfter: absence.to + 1)
        if b > a { fixedBusy.set(p, start: a, length: b - a, busy: true) }
      }
    }
    var tasks: [SchedulingProblem.Task] = []
    var agencyGroups: [String: Int] = [:]
    var pinned: [Int] = []
    let context = CheckContext(plan: plan)
    for (i, inspection) in plan.inspections.enumerated() {
      let people = blockedPeople(inspection)
      let timing = context.timing(of: i)
      let moves = !inspection.pinned && (replan || baseline != nil || timing.fixedWindow == nil)
      if !moves {
        guard let window = timing.fixedWindow else { continue }
        let a = slot(onOrAfter: window.from)
        let b = slot(onOrAfter: window.to + 1)
        for p in people {
          if b > a { fixedBusy.set(p, start: a, length: b - a, busy: true) }
          fixedOfPerson[p].append(i)
        }
        if inspection.pinned { pinned.append(i) }
        continue
      }
      guard let duration = duration(inspection), duration > 0 else {
        problems.append(.init(inspection: inspection.id, reason: "\(unitName(inspection)): không rõ cần bao nhiêu ngày làm việc (đặt settings.visitWorkingDays cho loại đơn vị, hoặc workingDays cho cuộc kiểm tra)."))
        continue
      }
      let report = needsReport(inspection)
      var allowed = Array(repeating: false, count: days.count)
      if duration <= days.count {
        for s in 0...(days.count - duration) where !report || dueForDay[s] != nil { allowed[s] = true }
      }
      // A visit planned to a month, a quarter or a range takes its days inside it.
      if case .planned(let span, _, _) = timing {
        for s in allowed.indices where allowed[s] && (days[s] < span.from || days[s + duration - 1] > span.to) {
          allowed[s] = false
        }
      }
      var task = SchedulingProblem.Task(duration: duration, people: people, allowed: allowed)
      if let old = baselineWindows[inspection.id] {
        task.baseline = slot(onOrAfter: old.from)
        baselineWindowOfTask[tasks.count] = old
        amending = true
      }
      let agency = inspection.leadAgency ?? ""
      if agencyGroups[agency] == nil { agencyGroups[agency] = agencyGroups.count }
      task.group = agencyGroups[agency]!
      taskOfInspection[i] = tasks.count
      inspectionOfTask.append(i)
      tasks.append(task)
    }
    problem = SchedulingProblem(slotCount: days.count, personCount: plan.people.count, tasks: tasks, fixedBusy: fixedBusy)
    checkPinned(pinned)
  }

  /// Pinned visits that break a hard rule: days off at either end, outside the range, a person
  /// away, too little report lead, or two pinned visits sharing a person and a day (found by a
  /// sweep per person, not by comparing every pair).
  private mutating func checkPinned(_ pinned: [Int]) {
    var reasons: [Int: [String]] = [:]
    var byPerson: [String: [Int]] = [:]
    let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    for i in pinned {
      let inspection = plan.inspections[i]
      let window = inspection.window!
      if !calendar.isWorkingDay(window.from) || !calendar.isWorkingDay(window.to) {
        reasons[i, default: []].append("không bắt đầu hoặc kết thúc vào ngày làm việc")
      }
      if window.from < range.from || window.to > range.to {
        reasons[i, default: []].append("nằm ngoài khoảng \(range.from.vietnamese)–\(range.to.vietnamese)")
      }
      for id in blockedPeople(inspection).map({ plan.people[$0].id }) {
        byPerson[id, default: []].append(i)
        guard let person = people[id] else { continue }
        for absence in person.unavailable where absence.overlaps(window) {
          reasons[i, default: []].append("\(person.displayName) vắng \(absence.from.vietnamese)–\(absence.to.vietnamese)")
        }
      }
      if needsReport(inspection), let due = inspection.reportDue, let start = calendar.firstWorkingDay(in: window) {
        let effective = plan.settings.deadlineRollsForward ? calendar.workingDay(onOrAfter: due) : due
        if calendar.workingDays(after: effective, through: start) < max(minLead, 1) {
          reasons[i, default: []].append("hạn báo cáo \(due.vietnamese) không đủ \(minLead) ngày làm việc trước ngày kiểm tra")
        }
      }
    }
    for (id, list) in byPerson where list.count > 1 {
      // Sweep in start order; `open` holds visits whose window is not over yet.
      let sorted = list.sorted { (plan.inspections[$0].window!.from, $0) < (plan.inspections[$1].window!.from, $1) }
      var open: [Int] = []
      for i in sorted {
        let window = plan.inspections[i].window!
        open.removeAll { plan.inspections[$0].window!.to < window.from }
        for j in open.prefix(3) {
          let name = people[id]?.displayName ?? id
          let (later, earlier) = i > j ? (i, j) : (j, i)
          reasons[later, default: []].append("trùng lịch của \(name) với cuộc kiểm tra cố định \(plan.inspections[earlier].id)")
        }
        open.append(i)
      }
    }
    for i in pinned {
      guard let list = reasons[i], !list.isEmpty else { continue }
      let inspection = plan.inspections[i]
      let window = inspection.window!
      problems.append(.init(
        inspection: inspection.id,
        reason: "\(unitName(inspection)) (cố định \(window.from.vietnamese)–\(window.to.vietnamese)) vi phạm: \(list.joined(separator: "; "))."))
    }
  }
}
