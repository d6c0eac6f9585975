/// Plan-wide rules and figures.
public struct PlanSettings: Codable, Sendable {
  /// When units that are not visited send their self-inspection report (for a month, quarter or
  /// year deadline, its last day; the statement is in `selfInspectionDueAsStated`).
  public var selfInspectionDue: CivilDate?
  /// The self-inspection due date exactly as the plan file states it.
  public var selfInspectionDueAsStated: DueDate?
  /// How the plan words its due dates: `before` ("trước ngày X", last day X−1, the default) or
  /// `by` ("chậm nhất ngày X", last day X); a due date can override it.
  public var dueWording: DueWording
  /// When calendar exports remind of a report due date: calendar days before its legal last day
  /// (7 = a week before, 1 = the day before, 0 = on the day). `nil` gives one reminder 3 working
  /// days before.
  public var reminders: [Int]?
  /// The share of units that must be visited, pooled over its kinds (the form of the 2023 plan).
  public var coverageTarget: CoverageTarget?
  /// Targets per group of unit kinds ("ít nhất 30% sở, ngành và 20% xã", "≥ 6 xã"), each stated
  /// separately.
  public var coverageTargets: [CoverageTarget]
  /// The unit or agency that organises the inspections (Sở Nội vụ, as standing agency of the
  /// reform): when it is itself inspected, a team member who works there is a warning, not an
  /// error.
  public var organizer: String?
  /// The allowance for a team member per day, in đồng (80.000 in the reference plan).
  public var allowancePerPersonDay: Int?
  /// How many communes to visit at each district visited.
  public var communeSampling: CommuneSampling?
  /// The file name of the report outline in `Templates/`.
  public var outlineTemplate: String?
  /// The fewest working days between the effective report due date and the visit's first
  /// working day. Default 3.
  public var minReportLeadWorkingDays: Int
  /// Working days a visit needs, by unit kind; a kind missing here has no minimum.
  public var visitWorkingDays: [String: Int]
  /// How the scheduler sets report due dates; `nil` means `minReportLeadWorkingDays` working
  /// days before the visit.
  public var reportDueRule: ReportDueRuleSetting?
  /// Which days the allowance counts: "working-days" (default) or "calendar-days".
  public var allowanceBasis: String?
  /// Whether a due date on a day off moves to the next working day (Civil Code 2015
  /// art. 148(5)). Default true.
  public var deadlineRollsForward: Bool

  public init() {
    minReportLeadWorkingDays = 3
    coverageTargets = []
    visitWorkingDays = [:]
    deadlineRollsForward = true
    dueWording = .before
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case selfInspectionDue, coverageTarget, coverageTargets, organizer, reminders, allowancePerPersonDay, communeSampling,
      outlineTemplate, minReportLeadWorkingDays, visitWorkingDays, deadlineRollsForward,
      allowanceBasis, reportDueRule, dueWording
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    selfInspectionDueAsStated = try c.decodeIfPresent(DueDate.self, forKey: .selfInspectionDue)
    selfInspectionDue = selfInspectionDueAsStated?.date
    dueWording = try c.decodeIfPresent(DueWording.self, forKey: .dueWording) ?? .before
    coverageTarget = try c.decodeIfPresent(CoverageTarget.self, forKey: .coverageTarget)
    coverageTargets = try c.decodeIfPresent([CoverageTarget].self, forKey: .coverageTargets) ?? []
    organizer = try c.decodeIfPresent(String.self, forKey: .organizer)
    reminders = try c.decodeIfPresent([Int].self, forKey: .reminders)
    if let reminders, reminders.contains(where: { !(0...366).contains($0) }) {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.reminders],
          debugDescription: "mỗi nhắc hạn là số ngày trước hạn, từ 0 đến 366, gặp \(reminders.map(String.init).joined(separator: ", "))"))
    }
    allowancePerPersonDay = try c.decodeIfPresent(Int.self, forKey: .allowancePerPersonDay)
    communeSampling = try c.decodeIfPresent(CommuneSampling.self, forKey: .communeSampling)
    outlineTemplate = try c.decodeIfPresent(String.self, forKey: .outlineTemplate)
    minReportLeadWorkingDays =
      try c.decodeIfPresent(Int.self, forKey: .minReportLeadWorkingDays) ?? 3
    visitWorkingDays = try c.decodeIfPresent([String: Int].self, forKey: .visitWorkingDays) ?? [:]
    for key in visitWorkingDays.keys where UnitKind(rawValue: key) == nil {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.visitWorkingDays, AnyCodingKey(key)],
          debugDescription: "'\(key)' không phải là loại đơn vị (cần một trong: "
            + UnitKind.allCases.map(\.rawValue).joined(separator: ", ") + ")"))
    }
    deadlineRollsForward = try c.decodeIfPresent(Bool.self, forKey: .deadlineRollsForward) ?? true
    allowanceBasis = try c.decodeIfPresent(String.self, forKey: .allowanceBasis)
    reportDueRule = try c.decodeIfPresent(ReportDueRuleSetting.self, forKey: .reportDueRule)
    if let setting = reportDueRule, setting.rule(defaultDays: 0) == nil {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.reportDueRule],
          debugDescription: "kind '\(setting.kind)' không hợp lệ (cần working-days-before-start hoặc last-working-day-of-previous-month)"))
    }
    if let basis = allowanceBasis, Budget.Basis(rawValue: basis) == nil {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath + [CodingKeys.allowanceBasis],
          debugDescription: "'\(basis)' không hợp lệ (cần working-days hoặc calendar-days)"))
    }
  }

  /// The due-date rule the scheduler follows.
  public var effectiveReportDueRule: ReportDueRule {
    reportDueRule?.rule(defaultDays: minReportLeadWorkingDays)
      ?? .workingDaysBeforeStart(minReportLeadWorkingDays)
  }

  /// Working days a visit to a unit of `kind` needs, or `nil` when the plan sets none.
  public func requiredWorkingDays(for kind: UnitKind) -> Int? { visitWorkingDays[kind.rawValue] }
}

/// How many units of some kinds to visit: `percent` of them, or at least `min` of them.
public struct CoverageTarget: Codable, Sendable {
  /// The share to visit, 0–100; `nil` when the target is a count.
  public var percent: Double?
  /// The fewest units to visit; `nil` when the target is a share.
  public var min: Int?
  /// The kinds that count; the reference plan counts provincial departments and district-level
  /// units, not central branches.
  public var kinds: [UnitKind]
  /// The document that sets the figure.
  public var source: String?

  public init(percent: Double? = nil, min: Int? = nil, kinds: [UnitKind], source: String? = nil) {
    self.kinds = kinds
    self.percent = percent
    self.min = min
    self.source = source
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case kinds, percent, min, source }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    kinds = try c.decode([UnitKind].self, forKey: .kinds)
    percent = try c.decodeIfPresent(Double.self, forKey: .percent)
    min = try c.decodeIfPresent(Int.self, forKey: .min)
    source = try c.decodeIfPresent(String.self, forKey: .source)
    if (percent == nil) == (min == nil) {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: c.codingPath,
          debugDescription: "cần đúng một trong hai khóa 'percent' (tỷ lệ phần trăm) hoặc 'min' (số đơn vị tối thiểu)"))
    }
    if kinds.isEmpty {
      throw DecodingError.dataCorrupted(
        .init(codingPath: c.codingPath + [CodingKeys.kinds], debugDescription: "cần ít nhất một loại đơn vị"))
    }
  }
}

/// How many communes to draw at each district-level visit, both ends included.
///
/// With `pool` set to `province`, the draw is made once for the whole province, from the plan's
/// units of `kinds` (default: communes) that no visit covers: the form for plans after 1 July
/// 2025, when there are no districts to draw within.
public struct CommuneSampling: Codable, Sendable {
  public var min: Int
  public var max: Int
  /// The plan's own words.
  public var note: String?
  /// Where units are drawn from: `district` (the communes listed for each district visited, the
  /// default and the 2023 form) or `province` (the plan's units of `kinds` not visited).
  public var pool: Pool?
  /// For a province-wide draw, the unit kinds to draw; default `commune-level`.
  public var kinds: [UnitKind]?

  public enum Pool: String, Codable, Sendable { case district, province }

  public init(min: Int, max: Int, note: String? = nil, pool: Pool? = nil, kinds: [UnitKind]? = nil) {
    self.min = min
    self.max = max
    self.note = note
    self.pool = pool
    self.kinds = kinds
  }
}
