import Foundation
import InspectionPlan

/// `kiemtra conclusion PLAN --inspection ID [--unit ID] -o FILE.docx [--force]`
enum ConclusionCommand {
  static let usage = """
    Cách dùng: kiemtra conclusion PLAN --inspection MÃ [--unit MÃ] -o TỆP.docx [--force]

    Thông báo kết luận kiểm tra (.docx) gửi một đơn vị, lập từ kết luận ghi trong kế hoạch
    (conclusions): những tồn tại, hạn chế và các kiến nghị với đơn vị thực hiện và thời hạn. Số,
    ngày và người ký lấy từ conclusions[].notice; chỗ chưa có để dòng chấm và được liệt kê.
      --inspection MÃ    cuộc kiểm tra đã kết luận (ví dụ: kt-01)
      --unit MÃ          đơn vị, khi cuộc kiểm tra có nhiều đơn vị
      -o TỆP.docx        tệp sẽ ghi (bắt buộc)
      --force            cho phép ghi đè tệp đã có

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "conclusion")
    let inspection = try arguments.value("--inspection")
    let unit = try arguments.value("--unit")
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--inspection", "--unit", "-o", "--force"]), command: "conclusion")
    guard let inspection else { throw UsageError("thiếu --inspection MÃ (cuộc kiểm tra đã kết luận)", command: "conclusion") }
    guard let output else { throw UsageError("thiếu -o TỆP.docx (tệp Word sẽ ghi)", command: "conclusion") }
    let plan = try Tool.loadPlan(path, context: context)
    let visitUnit = plan.inspections.first { $0.id == inspection }?.unit
    let matching = plan.allConclusions.filter { conclusion in
      conclusion.inspection == inspection && (unit == nil || (conclusion.unit ?? visitUnit) == unit)
    }
    guard let conclusion = matching.first else {
      let known = plan.allConclusions.map { conclusion in
        conclusion.unit.map { "\(conclusion.inspection) (\($0))" } ?? conclusion.inspection
      }
      throw InputError(
        "\(path): chưa có kết luận cho cuộc kiểm tra '\(inspection)'\(unit.map { ", đơn vị '\($0)'" } ?? "") (các kết luận có trong kế hoạch: \(known.isEmpty ? "không có" : known.joined(separator: ", ")))")
    }
    guard matching.count == 1 || unit != nil else {
      throw UsageError("cuộc kiểm tra '\(inspection)' có \(matching.count) kết luận; chọn một đơn vị bằng --unit MÃ", command: "conclusion")
    }
    let notice = ConclusionNotice(plan: plan, conclusion: conclusion)
    let written = try Tool.emit(bytes: notice.docx, to: output, force: force, format: .docx, command: "conclusion", context: context)
    let stderr =
      notice.missing.isEmpty
      ? "" : "chú ý: chưa có \(notice.missing.joined(separator: "; ")); văn bản để dòng chấm để điền tay\n"
    return Output(stdout: written.stdout, stderr: stderr)
  }
}
