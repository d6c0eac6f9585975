import Foundation
import InspectionPlan

/// `kiemtra board PLAN [--as-of DATE] [-o FILE] [--force]`
enum BoardCommand {
  static let usage = """
    Cách dùng: kiemtra board PLAN [--as-of YYYY-MM-DD] [-o TỆP.html] [--force]

    Một trang HTML tự chứa (mở được khi không có mạng, in được khổ A4 ngang) về tình hình thực
    hiện kế hoạch: số liệu chính, biểu đồ lịch kiểm tra có vạch ngày hôm nay, báo cáo đến hạn,
    quá hạn, đã nhận, kết quả đối chiếu báo cáo với đề cương, kiến nghị và việc thực hiện.
      --as-of NGÀY     tính đến ngày này (mặc định: hôm nay)
      -o TỆP           ghi ra tệp thay vì màn hình (không ghi đè nếu thiếu --force)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "board")
    let asOf = try Tool.dateOption(&arguments, "--as-of") ?? context.today
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let path = try Tool.planPath(arguments.positionals(known: ["--as-of", "-o", "--force"]), command: "board")
    let plan = try Tool.loadPlan(path, context: context)
    // Received reports with a file are reviewed against their unit's outline; a file that cannot
    // be read is named on stderr and left out, the page is still written.
    var reviews: [BoardPage.ReviewRow] = []
    var warnings = ""
    let withFiles = plan.allReceipts.filter { $0.file != nil && $0.inspection != nil && $0.received <= asOf }
    if !withFiles.isEmpty {
      do {
        let template = try TemplateLoader.load(explicit: nil, plan: plan, planPath: path, context: context)
        let folder = (context.resolve(path) as NSString).deletingLastPathComponent
        for receipt in withFiles {
          let file = receipt.file!
          let absolute = file.hasPrefix("/") ? file : (folder as NSString).appendingPathComponent(file)
          guard let checklist = UnitChecklist(plan: plan, unitID: receipt.unit, template: template) else { continue }
          do {
            let report = try ReviewCommand.readReport(absolute, context: context)
            reviews.append(.init(unit: receipt.unit, file: file, review: ReportReview(report: report, checklist: checklist)))
          } catch {
            warnings += "cảnh báo: \(file): không đối chiếu được (\(error.message))\n"
          }
        }
      } catch {
        let reason = (error as? InputError)?.message ?? "\(error)"
        warnings += "cảnh báo: không đối chiếu được báo cáo: \(reason)\n"
      }
    }
    let html = BoardPage.html(plan: plan, asOf: asOf, reviews: reviews)
    var result = try Tool.emit(html, to: output, force: force, context: context)
    result.stderr = warnings
    return result
  }
}
