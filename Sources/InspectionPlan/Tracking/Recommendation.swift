/// A recommendation of a conclusion (kiến nghị): what a unit must do, by when, and how far it got.
///
/// Its state follows from what is recorded: `done` once `done` is given, `extended` when a
/// decision moved the deadline (`extensions`), `open` otherwise.
public struct Recommendation: Codable, Sendable {
  /// The state of a recommendation; raw values are the JSON contract.
  public enum State: String, Sendable, CaseIterable {
    case open, extended, done
  }

  /// Carried out: when, and the document that shows it.
  public struct Completion: Codable, Sendable, Equatable {
    public var date: CivilDate
    public var evidence: String?

    public init(date: CivilDate, evidence: String? = nil) {
      self.date = date
      self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case date, evidence }

    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      date = try c.decode(CivilDate.self, forKey: .date)
      evidence = try c.decodeIfPresent(String.self, forKey: .evidence)
    }
  }

  /// A new deadline and the decision that allowed it.
  public struct Extension: Codable, Sendable, Equatable {
    public var due: DueDate
    /// The document allowing it ("Công văn số 123/UBND-NC ngày 01/11/2023").
    public var decision: String

    public init(due: DueDate, decision: String) {
      self.due = due
      self.decision = decision
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case due, decision }

    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      due = try c.decode(DueDate.self, forKey: .due)
      decision = try c.decode(String.self, forKey: .decision)
    }
  }

  public var id: String
  /// The ids of the shortcomings it answers.
  public var findings: [String]
  public var text: String
  /// The unit or agency responsible; `nil` = the concluded unit.
  public var owner: String?
  /// The deadline the notice states, in its own wording ("hoàn thành trước ngày …" is
  /// `{"date": …, "wording": "before"}`; a bare date reads "chậm nhất ngày …").
  public var originalDue: DueDate
  public var extensions: [Extension]
  public var done: Completion?

  public init(
    id: String, findings: [String] = [], text: String, owner: String? = nil, due: DueDate,
    extensions: [Extension] = [], done: Completion? = nil
  ) {
    self.id = id
    self.findings = findings
    self.text = text
    self.owner = owner
    self.originalDue = due
    self.extensions = extensions
    self.done = done
  }

  /// The wording of a due date that states none: "chậm nhất ngày", the last day allowed is the
  /// date itself, as `reportDue` is read.
  public static let defaultWording = DueWording.by

  public var state: State { done != nil ? .done : extensions.isEmpty ? .open : .extended }

  /// The deadline in force: the last extension's, else the original.
  public var due: DueDate { extensions.last?.due ?? originalDue }

  /// The last day allowed by the words of the deadline in force, before any roll-forward.
  public var lastDay: CivilDate { due.lastDay(planWording: Self.defaultWording) }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case id, findings, text, owner, due, extensions, done
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self, allowing: ["notes"])
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    findings = try c.decodeIfPresent([String].self, forKey: .findings) ?? []
    text = try c.decode(String.self, forKey: .text)
    owner = try c.decodeIfPresent(String.self, forKey: .owner)
    originalDue = try c.decode(DueDate.self, forKey: .due)
    extensions = try c.decodeIfPresent([Extension].self, forKey: .extensions) ?? []
    done = try c.decodeIfPresent(Completion.self, forKey: .done)
    // Each extension must move the deadline later.
    var previous = originalDue.lastDay(planWording: Self.defaultWording)
    if !extensions.isEmpty {
      var list = try c.nestedUnkeyedContainer(forKey: .extensions)
      for item in extensions {
        let element = try list.nestedContainer(keyedBy: Extension.CodingKeys.self)
        let last = item.due.lastDay(planWording: Self.defaultWording)
        if last <= previous {
          throw DecodingError.dataCorruptedError(
            forKey: .due, in: element,
            debugDescription: "hạn gia hạn \(last.vietnamese) không sau hạn trước đó \(previous.vietnamese)")
        }
        previous = last
      }
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    if !findings.isEmpty { try c.encode(findings, forKey: .findings) }
    try c.encode(text, forKey: .text)
    try c.encodeIfPresent(owner, forKey: .owner)
    try c.encode(originalDue, forKey: .due)
    if !extensions.isEmpty { try c.encode(extensions, forKey: .extensions) }
    try c.encodeIfPresent(done, forKey: .done)
  }
}
