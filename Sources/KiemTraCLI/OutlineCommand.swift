import Foundation
import InspectionPlan

/// `kiemtra outline PLAN (--unit ID | --all -o DIR) [--format md|txt|html] [-o FILE] [--force]`
enum OutlineCommand {
  static let usage = """
    Cách dùng: kiemtra outline PLAN --unit MÃ [--format md|txt|html|docx] [-o TỆP] [--force]
               kiemtra outline PLAN --all -o THƯ_MỤC [--format md|txt|html|docx] [--force]

    Đề cương báo cáo của một đơn vị được kiểm tra: thời gian kiểm tra, Trưởng đoàn, hạn gửi báo
    cáo, danh sách mục cần báo cáo và các phụ lục áp dụng cho loại đơn vị đó.
      --unit MÃ          mã đơn vị (ví dụ: so-cong-thuong)
      --all              một tệp cho mỗi đơn vị được kiểm tra, đặt tên theo mã đơn vị
      --format md|txt|html|docx   định dạng (mặc định: md); html là trang in khổ A4; docx là
                         văn bản Word để đơn vị điền (cần -o)
      -o TỆP|THƯ_MỤC     ghi ra tệp (hoặc thư mục với --all) thay vì màn hình
      --force            cho phép ghi đè tệp đã có
      --template TỆP     dùng tệp đề cương này thay cho settings.outlineTemplate của kế hoạch

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "outline")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.md, .txt, .html, .docx], command: "outline")
    let unitID = try arguments.value("--unit")
    let all = try arguments.flag("--all")
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let templateOption = try arguments.value("--template")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--format", "--unit", "--all", "-o", "--force", "--template"]),
      command: "outline")
    guard all != (unitID != nil) else {
      throw UsageError("cần đúng một trong hai tùy chọn --unit MÃ hoặc --all", command: "outline")
    }
    if all && output == nil {
      throw UsageError("--all cần -o THƯ_MỤC để ghi các tệp", command: "outline")
    }
    let plan = try Tool.loadPlan(path, context: context)
    let template = try TemplateLoader.load(
      explicit: templateOption, plan: plan, planPath: path, context: context)

    let render: (UnitChecklist) -> [UInt8] = {
      switch format {
      case .txt: Array(ChecklistRenderer.text($0).utf8)
      case .html: Array(ChecklistRenderer.html($0).utf8)
      case .docx: OutlineDocument.docx($0)
      default: Array(ChecklistRenderer.markdown($0).utf8)
      }
    }

    if let unitID {
      guard let checklist = UnitChecklist(plan: plan, unitID: unitID, template: template) else {
        let visited = plan.inspections.map(\.unit).joined(separator: ", ")
        let known = plan.units.contains { $0.id == unitID }
        throw InputError(
          known
            ? "đơn vị '\(unitID)' không được kiểm tra trong kế hoạch này (các đơn vị được kiểm tra: \(visited))"
            : "không có đơn vị mã '\(unitID)' trong kế hoạch (các đơn vị được kiểm tra: \(visited))")
      }
      if format.isBinary {
        return try Tool.emit(bytes: render(checklist), to: output, force: force, format: format, command: "outline", context: context, inputs: [path] + [templateOption].compactMap { $0 })
      }
      return try Tool.emit(String(decoding: render(checklist), as: UTF8.self), to: output, force: force, context: context, inputs: [path] + [templateOption].compactMap { $0 })
    }

    // --all: one file per visited unit, named from its id (a checked slug), inside DIR only.
    let directory = context.resolve(output!)
    try OutputFile.ensureDirectory(directory, shown: output!)
    // One file per visit: a unit visited twice gets one file per visit, named by unit and visit.
    let visitsPerUnit = Dictionary(plan.inspections.map { ($0.unit, 1) }, uniquingKeysWith: +)
    var names: [String] = []
    var targets: [OutputFile.Target] = []
    for inspection in plan.inspections {
      guard let checklist = UnitChecklist(plan: plan, unitID: inspection.unit, template: template) else { continue }
      let stem = visitsPerUnit[inspection.unit, default: 0] > 1 ? "\(checklist.unit.id)-\(inspection.id)" : checklist.unit.id
      let name = "\(stem).\(format.rawValue)"
      names.append(name)
      targets.append(
        OutputFile.Target(
          path: (directory as NSString).appendingPathComponent(name), shown: (output! as NSString).appendingPathComponent(name),
          bytes: render(checklist)))
    }
    if !force {
      let existing = targets.filter { FileManager.default.fileExists(atPath: $0.path) }.map { ($0.path as NSString).lastPathComponent }
      if !existing.isEmpty {
        throw InputError(
          "\(output!): đã có \(existing.count) tệp (\(existing.joined(separator: ", "))); dùng --force để ghi đè; chưa ghi tệp nào")
      }
    }
    // Every target is checked before the first is written: all files or none.
    try OutputFile.writeAll(targets, force: force, inputs: ([path] + [templateOption].compactMap { $0 }).map(context.resolve))
    return Output(stdout: "Đã ghi \(names.count) tệp vào \(output!): \(names.joined(separator: ", "))\n")
  }
}

/// Finds and parses the outline template of a plan.
enum TemplateLoader {
  /// `--template` if given; else the plan's `settings.outlineTemplate`, a bare file name looked
  /// up in `Templates/` beside the plan's folder, in the plan's own folder, then in `Templates/`
  /// of the working directory (README, "Report outline templates"). A file that is not a
  /// template is refused without quoting any of its content.
  static func load(explicit: String?, plan: Plan, planPath: String, context: RunContext) throws
    -> OutlineTemplate
  {
    let path: String
    if let explicit {
      path = context.resolve(explicit)
    } else {
      guard let name = plan.settings.outlineTemplate else {
        throw InputError("\(planPath): kế hoạch chưa có settings.outlineTemplate (hoặc dùng --template TỆP)")
      }
      guard !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."), !name.isEmpty else {
        throw InputError("\(planPath): settings.outlineTemplate: '\(name)' phải là tên tệp trong thư mục Templates/, không phải đường dẫn")
      }
      let planFolder = URL(fileURLWithPath: context.resolve(planPath)).deletingLastPathComponent()
      let candidates = [
        planFolder.deletingLastPathComponent().appendingPathComponent("Templates/\(name)").path,
        planFolder.appendingPathComponent(name).path,
        context.resolve("Templates/\(name)"),
      ]
      guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
        throw InputError("không tìm thấy tệp đề cương '\(name)' (đã tìm trong Templates/ và thư mục của kế hoạch; hoặc dùng --template TỆP)")
      }
      path = found
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw InputError("\(explicit ?? path): không đọc được tệp đề cương") }
    // Never quote a file that is not a template (it may be anything the path named).
    let isTemplate = text.split(whereSeparator: \.isNewline).contains {
      $0.trimmingCharacters(in: .whitespaces).hasPrefix("@title")
    }
    guard isTemplate else {
      throw InputError("\(explicit ?? (path as NSString).lastPathComponent): không phải là tệp đề cương (không có dòng '@title')")
    }
    let (template, problems) = OutlineTemplateParser.parse(text)
    if let first = problems.first {
      throw InputError(
        "\(explicit ?? (path as NSString).lastPathComponent):\(first.line): \(first.message)"
          + (problems.count > 1 ? " (và \(problems.count - 1) lỗi khác; xem 'kiemtra template check')" : ""))
    }
    return template
  }
}
