/// A submitted report compared with the outline its unit had to follow: for each outline entry,
/// whether the report answers it, only briefly, or not at all; for each appendix, whether its
/// table is there and which rows are left empty.
public struct ReportReview: Sendable {
  /// How well the report answers one outline entry; raw values are the JSON contract.
  public enum Status: String, Sendable, CaseIterable {
    /// A section or passages of at least `ReportReview.answeredWords` words deal with it.
    case answered
    /// It is mentioned, with fewer words: a heading with little under it, or a passing sentence.
    case brief
    /// Nothing in the report deals with it.
    case missing
  }

  /// The result for one outline entry that asks for an answer (an entry without sub-entries).
  public struct Item: Sendable {
    /// The entry's place in the outline: "I.3", "II.4.b", "II.5.a.2" (bullets by position).
    public let path: String
    /// The entry's number with its punctuation ("3.", "b)", "-").
    public let label: String
    public let text: String
    /// `false` for entries the outline marks "(nếu có)" (to answer only if they apply).
    public let required: Bool
    public let status: Status
    /// Where the evidence starts in the report (1-based line), if any.
    public let line: Int?
    /// Words of the matching section or sentences.
    public let words: Int
    /// The report's heading or first matching sentence, shortened.
    public let evidence: String?
    /// Whether the answer sits under a heading of another entry of the same part.
    public let elsewhere: Bool
    /// The outline group it belongs to ("II. KẾT QUẢ …", "4. Cải cách chế độ công vụ") and
    /// whether the report has a heading for that group (line), for display.
    public let groups: [Group]
  }

  /// A heading of the outline above the entries (a part or an area).
  public struct Group: Sendable, Equatable {
    public let path: String
    public let label: String
    public let text: String
    /// The report heading that matches it, if any.
    public let line: Int?
    public let heading: String?
  }

  /// The result for one appendix table of the outline.
  public struct AppendixResult: Sendable {
    public let name: String
    public let title: String
    /// Whether the report has the table (its title, or enough of its rows).
    public let present: Bool
    /// Where the table (or its title) starts in the report.
    public let line: Int?
    /// Rows of the outline's table that ask for a figure.
    public let expectedRows: Int
    /// Of those, how many the report's tables contain.
    public let foundRows: Int
    /// Rows found but with no figure (every cell after the indicator blank), as "STT tên".
    public let emptyRows: [String]
  }

  public let unit: TargetUnit
  public let items: [Item]
  public let appendices: [AppendixResult]

  /// A section or passages with at least this many words answer an entry; fewer is "brief".
  public static let answeredWords = 40

  /// Whether a required entry or a required appendix is missing.
  public var hasMissingRequired: Bool {
    items.contains { $0.required && $0.status == .missing } || appendices.contains { !$0.present }
  }

  /// Reviews `report` against `checklist` (the outline entries and appendices of the unit's kind).
  public init(report: ReportDocument, checklist: UnitChecklist) {
    self.unit = checklist.unit
    var engine = Engine(report: report)
    var items: [Item] = []
    // The lines each part of the outline takes in the report: its heading's section, or the
    // sections of its areas' headings. A part with no heading of its own is looked for in the
    // lines no other part takes (a news summary's lead paragraph, before its numbered areas).
    let claims = checklist.parts.map { engine.claim(of: $0) }
    for (index, part) in checklist.parts.enumerated() {
      var scope: Engine.Scope? = nil
      if claims[index].isEmpty {
        let others = claims.enumerated().filter { $0.offset != index }.flatMap(\.element)
        scope = Engine.Scope.body(engine.report).removing(others)
      }
      engine.review(
        part, path: OutlinePath.component(part, index: index), groups: [], scope: scope,
        outer: scope, into: &items)
    }
    self.items = items
    self.appendices = checklist.appendices.map { engine.review($0) }
  }
}

/// Paths of outline entries ("II.4.b").
enum OutlinePath {
  static func component(_ node: OutlineNode, index: Int) -> String {
    node.level == .bullet ? String(index + 1) : node.number
  }
}

/// The matching itself, kept apart from the public result types.
private struct Engine {
  let report: ReportDocument
  /// Paragraphs of the main text.
  let body: [ReportDocument.Paragraph]

  init(report: ReportDocument) {
    self.report = report
    self.body = report.paragraphs.filter { $0.line < report.bodyEnd }
  }

  /// Lines of the report where an entry's answer is looked for: ranges [from, to).
  struct Scope: Equatable {
    var ranges: [Range<Int>]
    init(_ range: Range<Int>) { ranges = [range] }
    init(ranges: [Range<Int>]) { self.ranges = ranges }
    static func body(_ report: ReportDocument) -> Scope { Scope(1..<report.bodyEnd) }
    func contains(_ line: Int) -> Bool { ranges.contains { $0.contains(line) } }
    /// These lines without `cut`.
    func removing(_ cut: [Range<Int>]) -> Scope {
      var result = ranges
      for c in cut {
        result = result.flatMap { r -> [Range<Int>] in
          guard r.overlaps(c) else { return [r] }
          return [r.lowerBound..<max(r.lowerBound, c.lowerBound), min(r.upperBound, c.upperBound)..<r.upperBound]
            .filter { !$0.isEmpty }
        }
      }
      return Scope(ranges: result)
    }
  }

  /// The sections of the report a part of the outline takes: its own heading's, or else those
  /// of its direct entries' headings.
  func claim(of part: OutlineNode) -> [Range<Int>] {
    let names = Self.phrases(for: part, topic: ReviewTopic.topic(for: part.text))
    if let heading = findHeading(names: names.heading, node: part, in: nil, skipping: []) {
      return [heading.line..<report.sectionEnd(of: heading)]
    }
    return part.children.compactMap { child in
      let names = Self.phrases(for: child, topic: ReviewTopic.topic(for: child.text))
      return findHeading(names: names.heading, node: child, in: nil, skipping: []).map {
        $0.line..<report.sectionEnd(of: $0)
      }
    }
  }

  mutating func review(
    _ node: OutlineNode, path: String, groups: [ReportReview.Group], scope: Scope?, outer: Scope?,
    into items: inout [ReportReview.Item]
  ) {
    let topic = ReviewTopic.topic(for: node.text)
    let names = Self.phrases(for: node, topic: topic)
    let own = findHeading(names: names.heading, node: node, in: scope, skipping: groups)
    if !node.children.isEmpty {
      let group = ReportReview.Group(
        path: path, label: node.label, text: node.text, line: own?.line, heading: own?.title)
      // Below a matched heading, look only inside its section; otherwise where the parent looked.
      let inner = own.map { Scope(($0.line + 1)..<report.sectionEnd(of: $0)) } ?? scope
      let innerOuter = node.level == .part ? inner : outer
      for (index, child) in node.children.enumerated() {
        review(
          child, path: path + "." + OutlinePath.component(child, index: index), groups: groups + [group],
          scope: inner, outer: innerOuter, into: &items)
      }
      return
    }
    // In order: a heading of its own where it belongs; sentences there; then, since reports
    // often treat a point under a neighbouring area ("Quản lý biên chế" under the civil service
    // rather than organisation), a heading and sentences elsewhere in the same part.
    var answer = own.map { headingAnswer($0) }
    if answer == nil, node.level != .part {
      answer = sentenceAnswer(cues: names.sentence, in: scope ?? .body(report))
    }
    var elsewhere = false
    if answer == nil, node.level != .part, let outer, scope != outer {
      if let other = findHeading(names: names.heading, node: node, in: outer, skipping: groups) {
        answer = headingAnswer(other)
      } else {
        answer = sentenceAnswer(cues: names.sentence, in: outer)
      }
      elsewhere = answer != nil
    }
    items.append(
      ReportReview.Item(
        path: path, label: node.label, text: node.text, required: !node.isOptional,
        status: answer?.status ?? .missing, line: answer?.line, words: answer?.words ?? 0,
        evidence: answer.map { Self.shorten($0.evidence) }, elsewhere: elsewhere, groups: groups))
  }

  typealias Answer = (status: ReportReview.Status, line: Int, words: Int, evidence: String)

  /// The answer a heading gives: the words of its section.
  func headingAnswer(_ heading: ReportDocument.Heading) -> Answer {
    var words = report.words(in: (heading.line + 1)..<report.sectionEnd(of: heading))
    // A heading that carries its answer on the same line ("1. Thể chế: Trong 6 tháng …").
    words += max(0, MatchText.wordCount(heading.title) - 15)
    return (words >= ReportReview.answeredWords ? .answered : .brief, heading.line, words, heading.title)
  }

  /// The answer of the sentences in `range` that use one of `cues`: answered with at least two
  /// such sentences and `answeredWords` words, brief with fewer; `nil` with none.
  func sentenceAnswer(cues: [[String]], in range: Scope) -> Answer? {
    var first: (line: Int, sentence: String)? = nil
    var sentences = 0
    var words = 0
    for paragraph in body where range.contains(paragraph.line) {
      for (sentence, sentenceWords) in zip(paragraph.sentences, paragraph.sentenceWords) {
        guard cues.contains(where: { MatchText.contains(sentenceWords, $0) }) else { continue }
        if first == nil { first = (paragraph.line, sentence) }
        sentences += 1
        words += MatchText.wordCount(sentence)
      }
    }
    guard let first else { return nil }
    let status: ReportReview.Status =
      words >= ReportReview.answeredWords && sentences >= 2 ? .answered : .brief
    return (status, first.line, words, first.sentence)
  }

  /// What shows a report deals with `node`: in a heading, its topic's names and aliases; in a
  /// sentence, those and the topic's cues; without a topic, the entry's own headline.
  static func phrases(for node: OutlineNode, topic: ReviewTopic?) -> (heading: [[String]], sentence: [[String]]) {
    if let topic { return (topic.headingWords, topic.cueWords) }
    let headline = node.text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? node.text
    let own = [MatchText.words(headline)].filter { !$0.isEmpty }
    return (own, own)
  }

  /// The first heading inside `scope` (or anywhere in the main text) that names the entry: it
  /// contains one of the phrases, or reads like the entry's own headline (bigram similarity of
  /// at least 0.6).
  func findHeading(
    names: [[String]], node: OutlineNode, in scope: Scope?, skipping groups: [ReportReview.Group]
  ) -> ReportDocument.Heading? {
    let range = scope ?? .body(report)
    // The headings of the entry's own groups answer the group, not the entry.
    let taken = Set(groups.compactMap(\.line))
    let headline = MatchText.words(
      node.text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? node.text)
    let wantPart = node.level == .part
    for heading in report.headings where range.contains(heading.line) && !taken.contains(heading.line) {
      // Parts of the outline match parts of the report, and entries below match headings below.
      if wantPart != (heading.rank == 0) { continue }
      if names.contains(where: { MatchText.contains(heading.words, $0) })
        || MatchText.similarity(heading.words, headline) >= 0.6
      {
        return heading
      }
    }
    return nil
  }

  // MARK: - Appendices

  func review(_ appendix: Appendix) -> ReportReview.AppendixResult {
    // Rows that ask for a figure: a number and an indicator, and (in the statistics table) a unit.
    let hasUnitColumn = appendix.headers.last?.contains { MatchText.words($0) == MatchText.words("Đơn vị tính") } ?? false
      || appendix.headers.first?.contains { MatchText.words($0) == MatchText.words("Đơn vị tính") } ?? false
    let indicatorRows = appendix.rows.filter { row in
      guard row.cells.count >= 3, !row.cells[1].isEmpty, !row.cells[1].hasSuffix("...") else { return false }
      return hasUnitColumn ? !row.cells[2].isEmpty : true
    }
    var found = 0
    var empty: [String] = []
    var firstLine: Int? = nil
    for row in indicatorRows {
      let label = MatchText.words(row.cells[1])
      guard label.count >= 2 else { continue }
      let labelBigrams = MatchText.bigrams(label)
      var best: (ReportDocument.TableRow, Int, Double)? = nil
      for reportRow in report.rows {
        for (index, cell) in reportRow.leadingCells.enumerated() {
          guard !cell.bigrams.isEmpty else { continue }
          let shared = cell.bigrams.intersection(labelBigrams).count
          let score = cell.words == label ? 1 : 2 * Double(shared) / Double(cell.bigrams.count + labelBigrams.count)
          if score >= 0.75, score > best?.2 ?? 0 { best = (reportRow, index, score) }
        }
      }
      guard let (match, index, _) = best else { continue }
      found += 1
      firstLine = min(firstLine ?? match.line, match.line)
      let unit = hasUnitColumn ? MatchText.words(row.cells[2]) : []
      let figures = match.cells.dropFirst(index + 1).filter { MatchText.words($0) != unit || unit.isEmpty }
      if figures.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        empty.append("\(row.cells[0]) \(row.cells[1])")
      }
    }
    // A table with placeholder rows ("Lĩnh vực ...") is recognised by its title.
    let title = MatchText.words(appendix.title)
    let tableLines = report.tableLines
    let titleLine = report.lines.indices.first { index in
      guard index + 1 >= report.bodyEnd, !tableLines.contains(index + 1) else { return false }
      let text = ReportDocument.stripMarkup(report.lines[index])
      guard text.count <= 300 else { return false }
      let words = MatchText.words(text)
      return words.count >= 3 && MatchText.similarity(words, title) >= 0.7
    }.map { $0 + 1 }
    let enoughRows = found >= 3 && Double(found) >= 0.25 * Double(indicatorRows.count)
    return ReportReview.AppendixResult(
      name: appendix.name, title: appendix.title, present: enoughRows || titleLine != nil,
      line: titleLine ?? firstLine, expectedRows: indicatorRows.count, foundRows: found,
      emptyRows: empty)
  }

  static func shorten(_ text: String) -> String {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.count > 90 else { return trimmed }
    return String(trimmed.prefix(88)).trimmingCharacters(in: .whitespaces) + "…"
  }
}
