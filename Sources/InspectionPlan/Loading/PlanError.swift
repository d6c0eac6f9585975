/// A problem that stops a plan from being read at all. Problems inside a readable plan are
/// `Finding`s instead.
public enum PlanError: Error, Equatable, Sendable {
  /// The file cannot be opened or read.
  case unreadable(file: String, reason: String)
  /// The text is not JSON; line and column are 1-based.
  case invalidJSON(file: String, line: Int, column: Int, reason: String)
  /// A value is missing, of the wrong type, or not allowed; `path` is like
  /// `inspections[3].window.to`.
  case invalidValue(file: String, path: String, reason: String)

  /// One line for stderr, naming the file and where in it.
  public var message: String {
    switch self {
    case .unreadable(let file, let reason):
      return "\(file): không đọc được tệp kế hoạch: \(reason)"
    case .invalidJSON(let file, let line, let column, let reason):
      return "\(file):\(line):\(column): JSON không hợp lệ: \(reason)"
    case .invalidValue(let file, let path, let reason):
      return path.isEmpty ? "\(file): \(reason)" : "\(file): \(path): \(reason)"
    }
  }
}
