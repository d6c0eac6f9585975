import InspectionPlan

/// `--holidays FILE`, accepted by every command that works on a calendar: a file of yearly
/// holiday decisions that adds to or replaces the shipped table (see `HolidayDecisions`).
///
/// `Tool.run` removes it before the command parses its own options, so each command sees the
/// rest unchanged and `Tool.loadPlan` applies it to every plan it reads.
enum HolidayOption {
  static let name = "--holidays"
  /// The commands that take it.
  static let commands: Set<String> = [
    "check", "holidays", "deadlines", "outline", "calendar", "budget", "communes", "schedule",
  ]
  /// The words without `--holidays FILE` / `--holidays=FILE`, and FILE.
  static func extract(_ words: [String], command: String) throws(UsageError) -> ([String], String?) {
    var words = words
    if let i = words.firstIndex(where: { $0.hasPrefix(name + "=") }) {
      let value = String(words.remove(at: i).dropFirst(name.count + 1))
      guard !value.isEmpty else { throw UsageError("tùy chọn '\(name)' cần một giá trị", command: command) }
      return (words, value)
    }
    guard let i = words.firstIndex(of: name) else { return (words, nil) }
    guard i + 1 < words.count, !words[i + 1].hasPrefix("--") else {
      throw UsageError("tùy chọn '\(name)' cần một giá trị", command: command)
    }
    let value = words[i + 1]
    words.removeSubrange(i...i + 1)
    return (words, value)
  }

  /// The decisions a run uses: the shipped ones, overridden by `--holidays` if given.
  static func decisions(context: RunContext) throws(PlanError) -> HolidayDecisions {
    guard let file = context.holidaysFile else { return .bundled }
    return HolidayDecisions.bundled.overriding(
      with: try HolidayDecisions.load(path: context.resolve(file), shown: file))
  }
}
