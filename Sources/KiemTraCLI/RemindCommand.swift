import Foundation
import InspectionPlan

/// `kiemtra remind PLAN [--as-of DATE] [--within N] [-o DIR] [--force]`
enum RemindCommand {
  static let usage = """
    Cách dùng: kiemtra remind PLAN [--as-of YYYY-MM-DD] [--within N] [-o THƯ_MỤC] [--force]

    Các đơn vị cần đôn đốc gửi báo cáo phục vụ kiểm tra: đã quá hạn, hoặc còn không quá N ngày
    làm việc. Với -o, ghi thêm một công văn đôn đốc (.docx) cho mỗi đơn vị vào THƯ_MỤC, tên tệp
    don-doc-MÃ-ĐƠN-VỊ.docx; số, ngày ký và người ký để trống để điền.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      --within N       đôn đốc cả báo cáo còn không quá N ngày làm việc (mặc định: 5)
      -o THƯ_MỤC       ghi công văn vào thư mục này (tạo nếu chưa có)
      --force          cho phép ghi đè tệp đã có

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "remind")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let within =
      try arguments.value("--within", expected: "số ngày làm việc (số nguyên từ 0 trở lên)") {
        Int($0).flatMap { $0 >= 0 ? $0 : nil }
      } ?? 5
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--as-of", "--within", "-o", "--force"]), command: "remind")
    let plan = try Tool.loadPlan(path, context: context)
    let statuses = ReminderLetter.due(plan, asOf: asOf, within: within)
    var stdout = ReminderLetter.text(plan: plan, asOf: asOf, statuses: statuses)
    if let output, !statuses.isEmpty {
      let directory = context.resolve(output)
      try OutputFile.ensureDirectory(directory, shown: output)
      let names = statuses.map { "don-doc-\($0.unit).docx" }
      let targets = zip(statuses, names).map { status, name in
        OutputFile.Target(
          path: (directory as NSString).appendingPathComponent(name),
          shown: (output as NSString).appendingPathComponent(name),
          bytes: ReminderLetter.docx(plan: plan, asOf: asOf, status: status))
      }
      try OutputFile.writeAll(targets, force: force, inputs: [context.resolve(path)])
      stdout += "Đã ghi \(names.count) công văn vào \(output): \(names.joined(separator: ", "))\n"
    }
    return Output(stdout: stdout)
  }
}
