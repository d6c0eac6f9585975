import Foundation
import InspectionPlan

/// `kiemtra receive PLAN --unit ID [--on DATE] [--number TEXT] [--file REPORT] [--self-inspection]`
/// and `kiemtra receive PLAN --unit ID --undo`
enum ReceiveCommand {
  static let usage = """
    Cách dùng: kiemtra receive PLAN --unit MÃ [--on YYYY-MM-DD] [--number SỐ] [--file TỆP] [--self-inspection]
               kiemtra receive PLAN --unit MÃ --undo

    Ghi nhận báo cáo của một đơn vị đã đến: ngày nhận, số văn bản đến, tệp báo cáo. Lệnh sửa
    trực tiếp tệp kế hoạch (thêm một mục vào khóa "reports"), giữ nguyên cách trình bày và mọi
    nội dung khác; không ghi nếu tệp đã bị thay đổi sau khi đọc.
      --unit MÃ            mã đơn vị
      --on NGÀY            ngày nhận (mặc định: hôm nay)
      --number SỐ          số văn bản của báo cáo, ví dụ "123/BC-UBND"
      --file TỆP           tệp báo cáo (phải đọc được); ghi đường dẫn tính từ thư mục của kế hoạch
      --self-inspection    báo cáo tự kiểm tra của đơn vị không được kiểm tra
      --undo               bỏ ghi nhận gần nhất của đơn vị này

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "receive")
    let unitID = try arguments.value("--unit")
    let on = try Tool.dateOption(&arguments, "--on")
    let number = try arguments.value("--number")
    let file = try arguments.value("--file")
    let selfInspection = try arguments.flag("--self-inspection")
    let undo = try arguments.flag("--undo")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--unit", "--on", "--number", "--file", "--self-inspection", "--undo"]),
      command: "receive")
    guard let unitID else { throw UsageError("cần --unit MÃ", command: "receive") }
    if undo && (on != nil || number != nil || file != nil || selfInspection) {
      throw UsageError("--undo không dùng cùng --on, --number, --file hay --self-inspection", command: "receive")
    }
    guard path != "-" else {
      throw UsageError("receive sửa tệp kế hoạch nên cần một tệp, không nhận '-'", command: "receive")
    }
    let (plan, bytes) = try Tool.readPlan(path, context: context)
    let resolved = context.resolve(path)
    let names = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

    let edits: [PlanEdit]
    var message: String
    do {
      if undo {
        let (undoEdits, removed) = try Receiving.undoEdits(plan: plan, unit: unitID)
        edits = undoEdits
        message = "Đã bỏ ghi nhận báo cáo của \(names[unitID] ?? unitID) (nhận ngày \(removed.received.vietnamese)) trong \(path).\n"
      } else {
        let stored = try file.map { try storedPath($0, planPath: resolved, context: context) }
        let receipt = try Receiving.receipt(
          plan: plan, unit: unitID, on: on ?? context.today, today: context.today, number: number,
          file: stored, selfInspection: selfInspection)
        edits = Receiving.recordEdits(plan: plan, receipt: receipt)
        message = "Đã ghi nhận báo cáo của \(names[unitID] ?? unitID) trong \(path): nhận ngày \(receipt.received.vietnamese)"
        if let number { message += ", số \(number)" }
        if let stored { message += ", tệp \(stored)" }
        message += ".\n"
      }
    } catch let error as ReceiveError {
      throw InputError(error.message)
    }
    let newBytes: [UInt8]
    do {
      newBytes = try PlanEditor.apply(edits, to: bytes)
    } catch {
      throw InputError("\(path): \(error.message)")
    }
    // The edited plan must load as the plan it means to be.
    let edited: Plan
    do {
      edited = try PlanLoader.load(data: Data(newBytes), file: resolved)
    } catch {
      throw InputError("\(path): bản sửa không đọc lại được (\(error.message)); tệp không bị thay đổi")
    }
    try commit(newBytes, replacing: bytes, at: resolved, shown: path)
    if !undo, let status = ReportTracker.statuses(edited, asOf: context.today).first(where: { $0.unit == unitID }),
      let effective = status.effectiveDue
    {
      message +=
        status.state == .receivedLate
        ? "Hạn \(effective.vietnamese): nộp muộn \(edited.workingCalendar().workingDays(after: effective, through: status.received!)) ngày làm việc.\n"
        : "Hạn \(effective.vietnamese): đúng hạn.\n"
    }
    return Output(stdout: message)
  }

  /// Writes `newBytes` over the plan at `path`, atomically, unless the file no longer holds
  /// `original` (someone changed it since it was read): then nothing is written.
  static func commit(_ newBytes: [UInt8], replacing original: [UInt8], at path: String, shown: String) throws(InputError) {
    guard let current = FileManager.default.contents(atPath: path), [UInt8](current) == original else {
      throw InputError("\(shown): tệp kế hoạch đã bị thay đổi sau khi đọc; không ghi gì, hãy chạy lại lệnh")
    }
    try OutputFile.write(String(decoding: newBytes, as: UTF8.self), to: path, shown: shown, force: true)
  }

  /// The report file's path as stored: relative to the plan's folder when inside it, else
  /// absolute. The file must be a readable regular file.
  static func storedPath(_ file: String, planPath: String, context: RunContext) throws(InputError) -> String {
    let absolute = context.resolve(file)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue,
      FileManager.default.isReadableFile(atPath: absolute)
    else {
      throw InputError("\(file): không đọc được tệp báo cáo (không tồn tại hoặc không phải tệp)")
    }
    let folder = (planPath as NSString).deletingLastPathComponent
    let standardized = (absolute as NSString).standardizingPath
    var prefix = (folder as NSString).standardizingPath
    if !prefix.hasSuffix("/") { prefix += "/" }
    if standardized.hasPrefix(prefix) { return String(standardized.dropFirst(prefix.count)) }
    return standardized
  }
}
