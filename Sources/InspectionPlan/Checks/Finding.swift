/// How serious a finding is; raw values are the JSON contract.
public enum Severity: String, Sendable, CaseIterable, Comparable {
  /// The plan cannot be carried out as written.
  case error
  /// The plan can be carried out, but something should be looked at.
  case warning
  /// Worth knowing; nothing to fix.
  case info

  public static func < (a: Severity, b: Severity) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// One problem found in a readable plan.
public struct Finding: Hashable, Sendable {
  public let severity: Severity
  /// Stable kebab-case code, e.g. `person-double-booked`; other tools rely on it.
  public let code: String
  /// The message for people, in Vietnamese, naming units, people and dates (dd/mm/yyyy).
  public let message: String
  /// The ids of the inspections, units and people involved.
  public let subjects: [String]

  public init(_ severity: Severity, _ code: String, _ message: String, subjects: [String]) {
    self.severity = severity
    self.code = code
    self.message = message
    self.subjects = subjects
  }
}
