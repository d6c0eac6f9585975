import Foundation
import InspectionPlan

/// What a run may learn from the world: today's date and the working directory.
///
/// Tests pass a fixed context; only `live()` reads the clock.
public struct RunContext: Sendable {
  /// Today in Vietnam.
  public var today: CivilDate
  /// Relative paths on the command line are resolved against this directory.
  public var workingDirectory: String
  /// Seconds on a monotonic clock, for time limits (`schedule --time-limit`). Tests keep the
  /// default, a clock that never moves, so only the library's pass and node budgets end a search.
  public var seconds: @Sendable () -> Double
  /// The `--holidays` file of this run, as typed; `nil` when not given.
  public var holidaysFile: String? = nil
  /// Everything on standard input, read when a command is given `-` as its plan. Tests set it;
  /// by default it is empty.
  public var standardInput: @Sendable () -> [UInt8] = { [] }

  public init(today: CivilDate, workingDirectory: String, seconds: @escaping @Sendable () -> Double = { 0 }) {
    self.today = today
    self.workingDirectory = workingDirectory
    self.seconds = seconds
  }

  /// The real clock, read in Asia/Ho_Chi_Minh (the machine's time zone may differ), and the
  /// process's working directory.
  public static func live() -> RunContext {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    let today = CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    let start = ContinuousClock.now
    var context = RunContext(
      today: today, workingDirectory: FileManager.default.currentDirectoryPath,
      seconds: {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      })
    context.standardInput = { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    return context
  }

  /// `path` made absolute against the working directory.
  func resolve(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return URL(fileURLWithPath: workingDirectory).appendingPathComponent(path).standardized.path
  }
}
