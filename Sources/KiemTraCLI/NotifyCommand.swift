import Foundation
import InspectionPlan

/// `kiemtra notify PLAN (--unit ID | --all) -o DIR [--text FILE] [--force]`
enum NotifyCommand {
  static let usage = """
    Cách dùng: kiemtra notify PLAN --unit MÃ -o THƯ_MỤC [--text TỆP] [--force]
               kiemtra notify PLAN --all -o THƯ_MỤC [--text TỆP] [--force]

    Thông báo lịch kiểm tra gửi từng đơn vị được kiểm tra (văn bản Word theo Nghị định
    30/2020/NĐ-CP): thời gian, thành phần Đoàn, nội dung, việc cần chuẩn bị, hạn gửi báo cáo;
    kèm đề cương báo cáo của đơn vị. Mỗi đơn vị hai tệp trong THƯ_MỤC (phải có sẵn):
    MÃ-thong-bao.docx và MÃ-de-cuong.docx. Cuộc kiểm tra đột xuất không có thông báo.
      --unit MÃ          một đơn vị
      --all              mọi đơn vị được kiểm tra (trừ kiểm tra đột xuất)
      -o THƯ_MỤC         thư mục ghi tệp (bắt buộc, phải tồn tại)
      --text TỆP         tệp lời văn khác thay cho Templates/van-ban-ke-hoach-kiem-tra.txt
      --template TỆP     tệp đề cương khác thay cho settings.outlineTemplate
      --force            cho phép ghi đè tệp đã có

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "notify")
    let unitID = try arguments.value("--unit")
    let all = try arguments.flag("--all")
    let output = try arguments.value("-o")
    let force = try arguments.flag("--force")
    let textOption = try arguments.value("--text")
    let templateOption = try arguments.value("--template")
    let path = try Tool.planPath(
      arguments.positionals(known: ["--unit", "--all", "-o", "--force", "--text", "--template"]), command: "notify")
    guard all != (unitID != nil) else {
      throw UsageError("cần đúng một trong hai tùy chọn --unit MÃ hoặc --all", command: "notify")
    }
    guard let output else { throw UsageError("thiếu -o THƯ_MỤC (thư mục ghi các thông báo)", command: "notify") }
    let directory = context.resolve(output)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError("\(output): thư mục không tồn tại (tạo thư mục trước rồi chạy lại)")
    }
    let plan = try Tool.loadPlan(path, context: context)
    let text = try DocumentTextLoader.load(explicit: textOption, planPath: path, context: context)
    let template = try TemplateLoader.load(explicit: templateOption, plan: plan, planPath: path, context: context)
    let notices = Notices.all(plan)
    let chosen: [Notices.Entry]
    if let unitID {
      guard plan.units.contains(where: { $0.id == unitID }) else {
        throw InputError("không có đơn vị mã '\(unitID)' trong kế hoạch (các đơn vị được kiểm tra: \(notices.map(\.unitID).joined(separator: ", ")))")
      }
      chosen = notices.filter { $0.unitID == unitID }
      guard !chosen.isEmpty else {
        throw InputError("đơn vị '\(unitID)' không có thông báo: không được kiểm tra theo kế hoạch, hoặc chỉ được kiểm tra đột xuất")
      }
    } else {
      chosen = notices
    }
    // Build everything first; OutputFile checks every target before writing the first, so an
    // error never leaves half the set.
    var files: [(String, [UInt8])] = []
    var missing: Set<String> = []
    for entry in chosen {
      let outlineName = "\(entry.unitID)-de-cuong.docx"
      let notice = NoticeDocument(plan: plan, entry: entry, text: text, outlineFile: outlineName)
      missing.formUnion(notice.missing)
      files.append(("\(entry.unitID)-thong-bao.docx", notice.docx))
      if let checklist = UnitChecklist(plan: plan, unitID: entry.unitID, template: template) {
        files.append((outlineName, OutlineDocument.docx(checklist)))
      }
    }
    let targets = files.map { name, bytes in
      OutputFile.Target(
        path: (directory as NSString).appendingPathComponent(name),
        shown: (output as NSString).appendingPathComponent(name), bytes: bytes)
    }
    if !force {
      let existing = targets.filter { FileManager.default.fileExists(atPath: $0.path) }.map { ($0.path as NSString).lastPathComponent }
      if !existing.isEmpty {
        throw InputError("\(output): đã có \(existing.count) tệp (\(existing.joined(separator: ", "))); dùng --force để ghi đè; chưa ghi tệp nào")
      }
    }
    try OutputFile.writeAll(targets, force: force, inputs: ([path] + [textOption, templateOption].compactMap { $0 }).map(context.resolve))
    let noticeCount = files.filter { $0.0.hasSuffix("-thong-bao.docx") }.count
    var stdout = "Đã ghi \(noticeCount) thông báo và \(files.count - noticeCount) đề cương vào \(output)\n"
    for (name, _) in files { stdout += "  \(name)\n" }
    let stderr = missing.isEmpty ? "" : "chú ý: kế hoạch chưa có \(missing.sorted().joined(separator: "; ")); văn bản để dòng chấm để điền tay\n"
    return Output(stdout: stdout, stderr: stderr)
  }
}
