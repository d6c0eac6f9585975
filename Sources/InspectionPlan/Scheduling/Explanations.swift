/// Why visits could not be placed, in Vietnamese, saying only what is proved.
///
/// Three kinds of answer: the visit fits nowhere even alone (the range, the report lead time,
/// absences or visits that stay, each named); or a person is needed for more working days than
/// they have free where a set of visits must happen (a proof that not all of that set fits: the
/// smallest such set found is named with the person and the days); or neither is proved, and the
/// answer says the search stopped without proving it impossible.
struct Explanations {
  let model: PlanProblem
  let outcome: SlotSolver.Outcome
  let budgetText: String
  private var spans: [Int: (from: Int, to: Int)?] = [:]
  private var overloads: [Int: Overload?] = [:]

  init(model: PlanProblem, outcome: SlotSolver.Outcome, budgetText: String) {
    self.model = model
    self.outcome = outcome
    self.budgetText = budgetText
  }

  private var problem: SchedulingProblem { model.problem }
  private var rangeText: String { "\(model.range.from.vietnamese)–\(model.range.to.vietnamese)" }

  private func dayText(_ from: Int, _ to: Int) -> String {
    "\(model.days[from].vietnamese)–\(model.days[min(to, model.days.count - 1)].vietnamese)"
  }

  private func name(_ t: Int) -> String { model.unitName(model.plan.inspections[model.inspectionOfTask[t]]) }
  private func personName(_ p: Int) -> String { model.plan.people[p].displayName }

  mutating func span(_ t: Int) -> (from: Int, to: Int)? {
    if let known = spans[t] { return known }
    let value = problem.span(t)
    spans[t] = value
    return value
  }

  mutating func overload(_ p: Int) -> Overload? {
    if let known = overloads[p] { return known }
    var candidates: [(task: Int, from: Int, to: Int)] = []
    for t in tasksOf(p) { if let s = span(t) { candidates.append((t, s.from, s.to)) } }
    let value = problem.overload(of: p, among: candidates)
    overloads[p] = value
    return value
  }

  private var byPerson: [[Int]]? = nil
  private mutating func tasksOf(_ p: Int) -> [Int] {
    if byPerson == nil { byPerson = problem.tasksByPerson() }
    return byPerson![p]
  }

  mutating func explain(_ t: Int) -> String {
    // A closure over the lengths alone: capturing `self` would copy this whole value each call.
    let tasks = problem.tasks
    let durationOf = { (k: Int) in tasks[k].duration }
    let name = name(t)
    let task = problem.tasks[t]
    let inspection = model.plan.inspections[model.inspectionOfTask[t]]
    if task.duration > model.days.count {
      return "\(name): cần \(task.duration) ngày làm việc nhưng khoảng \(rangeText) chỉ có \(model.days.count) ngày làm việc."
    }
    guard span(t) != nil else { return alone(t, inspection: inspection) }
    if outcome.provedInfeasible.contains(t) {
      var text = "\(name): đã xét hết mọi cách xếp các cuộc kiểm tra có chung người với cuộc này: không có cách nào xếp đủ tất cả trong khoảng \(rangeText)"
      for p in task.people {
        if let proof = overload(p), let set = proof.smallestSet(with: t, duration: durationOf) {
          text += "; " + describe(proof, set)
          break
        }
      }
      return text + "."
    }
    for p in task.people {
      if let proof = overload(p), let set = proof.smallestSet(with: t, duration: durationOf) {
        return "\(name): không thể xếp đủ: \(describe(proof, set)); cần bớt một cuộc, đổi người hoặc mở rộng khoảng thời gian."
      }
    }
    // The placed visits of the same people, the first five named (bounded work per visit).
    var blockers: [String] = []
    var others = 0
    var seen = Set<Int>()
    for p in task.people {
      for k in tasksOf(p) where k != t && seen.insert(k).inserted {
        guard let s = outcome.schedule.starts[k] else { continue }
        others += 1
        if blockers.count < 5 { blockers.append("\(self.name(k)) (\(dayText(s, s + problem.tasks[k].duration - 1)))") }
      }
    }
    var text = "\(name): không tìm được chỗ \(task.duration) ngày làm việc liền nhau trong khoảng \(rangeText) khi Đoàn (\(task.people.map(personName).joined(separator: ", "))) đã có lịch khác"
    if !blockers.isEmpty {
      let shown = blockers.joined(separator: ", ")
      text += " (\(shown)\(others > 5 ? " và \(others - 5) cuộc khác" : ""))"
    }
    text += "; \(budgetText), chưa chứng minh được là không thể xếp: thử --time-limit lớn hơn, --replan hoặc mở rộng --from/--until."
    return text
  }

  private func describe(_ proof: Overload, _ set: (tasks: [Int], demand: Int)) -> String {
    let names = set.tasks.prefix(6).map(name).joined(separator: ", ")
    let more = set.tasks.count > 6 ? " và \(set.tasks.count - 6) cuộc khác" : ""
    return "\(personName(proof.person)) phải có mặt ở \(set.tasks.count) cuộc kiểm tra (\(names)\(more)) cần tổng \(set.demand) ngày làm việc trong \(dayText(proof.from, proof.to)), nhưng chỉ có \(proof.free) ngày làm việc trống"
  }

  /// A visit that fits nowhere even with no other visit to place.
  private func alone(_ t: Int, inspection: Inspection) -> String {
    let name = name(t)
    let task = problem.tasks[t]
    for p in task.people {
      if problem.fixedBusy.busyCount(p, start: 0, length: model.days.count) == model.days.count {
        let person = model.plan.people[p]
        if !person.unavailable.isEmpty && model.days.allSatisfy({ d in person.unavailable.contains { $0.contains(d) } }) {
          return "\(name): \(person.displayName) vắng suốt khoảng \(rangeText)."
        }
      }
    }
    if !task.allowed.contains(true) {
      return "\(name): không có ngày bắt đầu nào trong khoảng \(rangeText) vừa đủ \(task.duration) ngày làm việc vừa để hạn báo cáo cách ít nhất \(model.minLead) ngày làm việc và không sớm hơn \(model.range.from.vietnamese)."
    }
    var parts: [String] = []
    for p in task.people {
      let person = model.plan.people[p]
      var busy: [String] = person.unavailable.filter { $0.overlaps(model.range) }.map { "vắng \($0.from.vietnamese)–\($0.to.vietnamese)" }
      for i in model.fixedOfPerson[p].prefix(5) {
        let other = model.plan.inspections[i]
        let w = other.window!
        busy.append("\(model.unitName(other)) (cố định \(w.from.vietnamese)–\(w.to.vietnamese))")
      }
      if model.fixedOfPerson[p].count > 5 { busy.append("và \(model.fixedOfPerson[p].count - 5) cuộc cố định khác") }
      if !busy.isEmpty { parts.append("\(person.displayName): \(busy.joined(separator: ", "))") }
    }
    return "\(name): không còn \(task.duration) ngày làm việc liền nhau trong khoảng \(rangeText) mà cả Đoàn đều có mặt và đủ thời gian báo cáo trước, kể cả khi không xếp cuộc nào khác; \(parts.joined(separator: "; "))."
  }
}
