import Foundation
import InspectionPlan

/// `kiemtra import FILE -o PLAN.json [--year Y] [--province NAME] [--format text|json] [--force]`
enum ImportCommand {
  static let usage = """
    Cách dùng: kiemtra import TỆP -o KẾ_HOẠCH.json [--year NĂM] [--province TÊN] [--format text|json] [--force]

    Đọc kế hoạch kiểm tra đã có (Word .docx; bảng các cuộc kiểm tra .xlsx hoặc .csv; văn bản .txt
    lưu từ Word, ô bảng cách nhau bằng tab): bảng phụ lục (đối tượng, thời gian, thành phần Đoàn),
    hạn gửi báo cáo, quyết định, kinh phí; ghi ra tệp kế hoạch rồi kiểm tra kế hoạch đó. Không tự
    thêm gì tài liệu không nói; phần không chuyển được được liệt kê kèm vị trí và nguyên văn.
      -o TỆP               tệp kế hoạch JSON sẽ ghi (bắt buộc)
      --year NĂM           năm của kế hoạch khi tài liệu không ghi (hoặc để thay)
      --province TÊN       tên tỉnh khi tài liệu không ghi (hoặc để thay)
      --format text|json   định dạng báo cáo nhập (mặc định: text)
      --force              cho phép ghi đè tệp đã có

    Mã thoát: 0 đã chuyển hết và kế hoạch không có lỗi; 1 có phần không chuyển được hoặc kế hoạch
    có lỗi; 2 tệp hoặc tùy chọn không hợp lệ.

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "import")
    let output = try arguments.value("-o")
    let year = try arguments.value("--year", expected: "năm hợp lệ (1900–2199)") { text in
      Int(text).flatMap { (1900...2199).contains($0) ? $0 : nil }
    }
    let province = try arguments.value("--province")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "import")
    let force = try arguments.flag("--force")
    let positionals = try arguments.positionals(
      known: ["-o", "--year", "--province", "--format", "--force"])
    guard let path = positionals.first else {
      throw UsageError("thiếu tệp cần nhập", command: "import")
    }
    guard positionals.count == 1 else {
      throw UsageError("thừa đối số '\(positionals[1])' (chỉ nhận một tệp)", command: "import")
    }
    guard let output else { throw UsageError("thiếu -o KẾ_HOẠCH.json", command: "import") }
    let input = context.resolve(path)
    let target = context.resolve(output)
    if URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath()
      == URL(fileURLWithPath: target).standardizedFileURL.resolvingSymlinksInPath()
    {
      throw InputError("\(output): là chính tệp đầu vào, không ghi đè lên tệp đầu vào")
    }

    let bytes = try readInput(input, shown: path)
    let result: PlanImporter.Result
    do throws(ImportError) {
      let document = try DocumentReader.read(bytes, fileName: path)
      result = try PlanImporter.interpret(
        document,
        options: PlanImporter.Options(year: year, province: province.map(VietnameseText.nfc)))
    } catch {
      throw InputError("\(path): \(error.vietnameseDescription)")
    }
    let json = try PlanWriter.json(result.plan)
    try OutputFile.write(json, to: target, shown: output, force: force)

    // Check the plan as written, through the loader, as `kiemtra check` would.
    let plan = try Tool.loadPlan(output, context: context)
    let findings = Checker.check(plan)
    let hasErrors = findings.contains { $0.severity == .error }
    let status: ExitStatus = result.report.unmapped.isEmpty && !hasErrors ? .success : .findings
    if format == .json {
      let text = JSONValue.object([
        ("source", .string(path)), ("output", .string(output)),
        ("plan", CheckReport.planSummary(plan)),
        ("counts", .object([
          ("inspections", .int(plan.inspections.count)), ("units", .int(plan.units.count)),
          ("people", .int(plan.people.count)),
        ])),
        ("report", result.report.json()),
        ("check", checkJSON(findings)),
      ]).rendered()
      return Output(stdout: text, status: status)
    }
    var text = "Đã ghi \(output): \(plan.inspections.count) cuộc kiểm tra, \(plan.units.count) đơn vị, \(plan.people.count) người.\n\n"
    text += result.report.text(source: path)
    text += "\n" + CheckReport.text(plan: plan, findings: findings)
    return Output(stdout: text, status: status)
  }

  static func readInput(_ path: String, shown: String) throws(InputError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError("\(shown): không có tệp này")
    }
    if isDirectory.boolValue { throw InputError("\(shown): là thư mục, không phải tệp") }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= DocumentReader.maxFileSize else {
      throw InputError("\(shown): tệp quá lớn (\(size) byte; tối đa \(DocumentReader.maxFileSize))")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw InputError("\(shown): không đọc được tệp")
    }
    return [UInt8](data)
  }

  /// The findings as `kiemtra check --format json` lists them, with the counts.
  static func checkJSON(_ findings: [Finding]) -> JSONValue {
    let count = { (s: Severity) in findings.filter { $0.severity == s }.count }
    return .object([
      (
        "findings",
        .array(
          findings.map {
            .object([
              ("severity", .string($0.severity.rawValue)), ("code", .string($0.code)),
              ("message", .string($0.message)),
            ])
          })
      ),
      ("errors", .int(count(.error))), ("warnings", .int(count(.warning))),
      ("infos", .int(count(.info))),
    ])
  }
}
