/// How a run ended: 0 ran clean, 1 the plan has errors (or the result could not be reached),
/// 2 could not run (bad arguments or input).
public enum ExitStatus: Int32, Sendable {
  case success = 0
  case findings = 1
  case usage = 2
}

/// What a run prints and how it exits.
public struct Output: Sendable, Equatable {
  public var stdout: String
  public var stderr: String
  public var status: ExitStatus

  public init(stdout: String = "", stderr: String = "", status: ExitStatus = .success) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}

/// A command line that cannot be run; the message is shown after "lỗi: ".
struct UsageError: Error, Equatable {
  let message: String
  /// The subcommand whose usage to show, if any.
  var command: String?

  init(_ message: String, command: String? = nil) {
    self.message = message
    self.command = command
  }
}
