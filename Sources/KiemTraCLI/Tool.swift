import Foundation
import InspectionPlan

/// The command-line tool as a function: arguments and context in, output and exit status out.
public enum Tool {
  /// Runs one command line (without the program name).
  public static func run(_ arguments: [String], context: RunContext) -> Output {
    guard let command = arguments.first else {
      return Output(stderr: Help.general, status: .usage)
    }
    var rest = Array(arguments.dropFirst())
    var context = context
    // `COMMAND --help` / `COMMAND -h`: that command's help, exit 0.
    if let usage = Help.usage(for: command), command != "help", rest.contains(where: { $0 == "--help" || $0 == "-h" }) {
      return Output(stdout: usage)
    }
    do {
      if HolidayOption.commands.contains(command) {
        (rest, context.holidaysFile) = try HolidayOption.extract(rest, command: command)
      }
      switch command {
      case "check": return try CheckCommand.run(rest, context: context)
      case "holidays": return try HolidaysCommand.run(rest, context: context)
      case "deadlines": return try DeadlinesCommand.run(rest, context: context)
      case "outline": return try OutlineCommand.run(rest, context: context)
      case "template": return try TemplateCommand.run(rest, context: context)
      case "calendar": return try CalendarCommand.run(rest, context: context)
      case "budget": return try BudgetCommand.run(rest, context: context)
      case "communes": return try CommunesCommand.run(rest, context: context)
      case "schedule": return try ScheduleCommand.run(rest, context: context)
      case "decision": return try DecisionCommand.run(rest, context: context)
      case "notify": return try NotifyCommand.run(rest, context: context)
      case "diff": return try DiffCommand.run(rest, context: context)
      case "lunar": return try LunarCommand.run(rest, context: context)
      case "import": return try ImportCommand.run(rest, context: context)
      case "review": return try ReviewCommand.run(rest, context: context)
      case "followup": return try FollowupCommand.run(rest, context: context)
      case "summary": return try SummaryCommand.run(rest, context: context)
      case "board": return try BoardCommand.run(rest, context: context)
      case "receive": return try ReceiveCommand.run(rest, context: context)
      case "remind": return try RemindCommand.run(rest, context: context)
      case "conclusion": return try ConclusionCommand.run(rest, context: context)
      case "help", "--help", "-h":
        if let topic = rest.first {
          guard let text = Help.usage(for: topic) else {
            throw UsageError("lệnh '\(topic)' không tồn tại")
          }
          return Output(stdout: text)
        }
        return Output(stdout: Help.general)
      case "--version", "version": return Output(stdout: "kiemtra \(Help.version)\n")
      default:
        // One line: the suggestion and where to find the commands, not the whole help.
        var message = "lỗi: lệnh '\(command)' không tồn tại"
        if let near = Arguments.nearest(command, in: Help.commands) { message += " (ý bạn là '\(near)'?)" }
        return Output(stderr: message + "; xem 'kiemtra help'\n", status: .usage)
      }
    } catch let error as UsageError {
      let usage = error.command.flatMap(Help.usage(for:)) ?? Help.general
      return Output(stderr: "lỗi: \(error.message)\n\n\(usage)", status: .usage)
    } catch let error as InputError {
      return Output(stderr: "lỗi: \(error.message)\n", status: .usage)
    } catch let error as PlanError {
      return Output(stderr: "lỗi: \(error.message)\n", status: .usage)
    } catch let error as PlanEditError {
      return Output(stderr: "lỗi: \(error.message)\n", status: .usage)
    } catch {
      return Output(stderr: "lỗi: \(error)\n", status: .usage)
    }
  }

  /// Reads the plan named on the command line.
  static func loadPlan(_ path: String, context: RunContext) throws(PlanError) -> Plan {
    try readPlan(path, context: context).plan
  }

  /// Reads the plan named on the command line, with the bytes it was decoded from (for commands
  /// that write the plan back through `PlanEditor`).
  static func readPlan(_ path: String, context: RunContext) throws(PlanError) -> (plan: Plan, bytes: [UInt8]) {
    let resolved = context.resolve(path)
    var plan: Plan
    let bytes: [UInt8]
    do {
      // `-` is the plan on standard input.
      let data = path == "-" ? Data(context.standardInput()) : try PlanLoader.read(path: resolved)
      plan = try PlanLoader.load(data: data, file: resolved)
      bytes = [UInt8](data)
    } catch {
      // Name the file as the user typed it, not the resolved path.
      let shown = path == "-" ? "(đầu vào chuẩn)" : path
      switch error {
      case .unreadable(_, let reason): throw .unreadable(file: shown, reason: reason)
      case .invalidJSON(_, let line, let column, let reason):
        throw .invalidJSON(file: shown, line: line, column: column, reason: reason)
      case .invalidValue(_, let where_, let reason):
        throw .invalidValue(file: shown, path: where_, reason: reason)
      }
    }
    // The yearly holiday decisions: the plan's `calendar.holidays` file, then `--holidays`
    // (their errors name those files, not the plan).
    try plan.loadHolidayDecisions(
      planPath: resolved, shownPlanPath: path,
      extra: context.holidaysFile.map { (context.resolve($0), $0) })
    return (plan, bytes)
  }

  /// Prints `text`, or writes it to `path` (atomically, never over a file without `force`).
  /// `-o -` means standard output. `inputs` are the files the command read (never written over).
  static func emit(_ text: String, to path: String?, force: Bool, context: RunContext, inputs: [String] = []) throws(InputError)
    -> Output
  {
    guard let path, path != "-" else { return Output(stdout: text) }
    try OutputFile.write(text, to: context.resolve(path), shown: path, force: force, inputs: inputs.map(context.resolve))
    return Output(stdout: "Đã ghi \(path)\n")
  }

  /// Writes an Office file to `path` (required: binary output is never printed).
  static func emit(
    bytes: [UInt8], to path: String?, force: Bool, format: OutputFormat, command: String, context: RunContext,
    inputs: [String] = []
  ) throws -> Output {
    guard let path, path != "-" else {
      throw UsageError("--format \(format.rawValue) cần -o TỆP (tệp \(format.rawValue) không in ra màn hình được)", command: command)
    }
    try OutputFile.writeAll(
      [OutputFile.Target(path: context.resolve(path), shown: path, bytes: bytes)], force: force,
      inputs: inputs.map(context.resolve))
    return Output(stdout: "Đã ghi \(path)\n")
  }

  /// The single plan file among the positionals.
  static func planPath(_ positionals: [String], command: String) throws(UsageError) -> String {
    guard let path = positionals.first else {
      throw UsageError("thiếu tệp kế hoạch", command: command)
    }
    guard positionals.count == 1 else {
      throw UsageError(
        "thừa đối số '\(positionals[1])' (chỉ nhận một tệp kế hoạch)", command: command)
    }
    return path
  }

  /// Parses a `--as-of`-style date option.
  static func dateOption(_ arguments: inout Arguments, _ name: String) throws(UsageError)
    -> CivilDate?
  {
    try arguments.value(name, expected: "ngày hợp lệ (cần dạng YYYY-MM-DD)") { CivilDate(iso8601: $0) }
  }
}
