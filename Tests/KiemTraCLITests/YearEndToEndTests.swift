import Foundation
import InspectionPlan
import Testing

@testable import KiemTraCLI

/// A year run through on a copy of the bundled plan: reports received on time and late, two
/// reviewed, a conclusion with three recommendations (one done, one overdue, one still open),
/// then the follow-up, the summary and the board must show exactly that.
struct YearEndToEndTests {
  @Test func aYearFromReceiptsToTheBoard() throws {
    let folder = try makeTemporaryDirectory()
    let plan = folder.appendingPathComponent("plan.json")
    try FileManager.default.copyItem(
      at: OutlineCommandTests.root.appendingPathComponent("Plans/binh-phuoc-2023.json"), to: plan)
    let fixtures = OutlineCommandTests.root.appendingPathComponent("Tests/KiemTraCLITests/Fixtures")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("bao-cao"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: OutlineCommandTests.root.appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt"),
      to: folder.appendingPathComponent("de-cuong-cchc-cds-2023.txt"))
    // The real Bình Dương and Bắc Giang reports stand in for the units' reports.
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("review-binh-duong-2022/bao-cao-binh-duong-2022.txt"),
      to: folder.appendingPathComponent("bao-cao/so-cong-thuong.txt"))
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("review-bac-giang-2021/bao-cao-bac-giang-2021.txt"),
      to: folder.appendingPathComponent("bao-cao/so-tnmt.txt"))
    var context = RunContext(today: CivilDate(year: 2023, month: 10, day: 16)!, workingDirectory: folder.path)
    func run(_ words: String...) -> Output { Tool.run(Array(words), context: context) }

    // Reports: two on time (due Sunday 30/07, rolled to Monday 31/07), one late.
    #expect(run("receive", "plan.json", "--unit", "so-cong-thuong", "--on", "2023-07-28", "--number", "45/BC-SCT", "--file", "bao-cao/so-cong-thuong.txt").stdout.contains("đúng hạn"))
    #expect(run("receive", "plan.json", "--unit", "so-tai-nguyen-moi-truong", "--on", "2023-07-31", "--file", "bao-cao/so-tnmt.txt").stdout.contains("đúng hạn"))
    #expect(run("receive", "plan.json", "--unit", "ubnd-phu-rieng", "--on", "2023-08-03").stdout.contains("nộp muộn 3 ngày làm việc"))

    // Two reviews: both miss required items (e.g. Nghị định 104/2022), so both exit 1.
    let review1 = run("review", "plan.json", "--unit", "so-cong-thuong", "bao-cao/so-cong-thuong.txt")
    #expect(review1.status == .findings)
    #expect(review1.stdout.contains("✓ Phụ lục 1"))
    let review2 = run("review", "plan.json", "--unit", "so-tai-nguyen-moi-truong", "bao-cao/so-tnmt.txt")
    #expect(review2.status == .findings)
    #expect(review2.stdout.contains("✗ V. KIẾN NGHỊ, ĐỀ XUẤT"))

    // Reminders are due for the units whose report is overdue on 16/10.
    let deadlines = run("deadlines", "plan.json", "--as-of", "2023-10-16")
    #expect(deadlines.stdout.contains("Quá hạn (5)"))
    // ... and are sent: one letter per overdue unit, none for the three reports received.
    let remind = run("remind", "plan.json", "--as-of", "2023-10-16", "--within", "0", "-o", "don-doc")
    #expect(remind.status == .success, "\(remind.stderr)")
    let letters = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("don-doc").path)
    #expect(letters.count == 5)
    #expect(!letters.contains("don-doc-so-cong-thuong.docx") && !letters.contains("don-doc-ubnd-phu-rieng.docx"))

    // The conclusion of kt-01 with three recommendations (an example: not from the documents).
    let conclusion: JSONValue = .array([
      .object([
        ("inspection", .string("kt-01")),
        ("notice", .object([("date", .string("2023-08-25"))])),
        ("findings", .array([.object([("id", .string("f1")), ("area", .string("thu-tuc-hanh-chinh")), ("text", .string("Ví dụ"))])])),
        ("recommendations", .array([
          .object([("id", .string("kn-1")), ("findings", .array([.string("f1")])), ("text", .string("Việc đã xong")), ("due", .string("2023-09-30")),
                   ("done", .object([("date", .string("2023-09-28")), ("evidence", .string("Ví dụ"))]))]),
          .object([("id", .string("kn-2")), ("text", .string("Việc quá hạn")), ("due", .string("2023-09-29"))]),
          .object([("id", .string("kn-3")), ("text", .string("Việc còn hạn")), ("due", .string("2023-12-15"))]),
        ])),
      ])
    ])
    let bytes = try PlanEditor.apply([.set("conclusions", to: conclusion)], to: [UInt8](Data(contentsOf: plan)))
    try Data(bytes).write(to: plan)

    let followup = run("followup", "plan.json", "--as-of", "2023-10-16")
    #expect(followup.status == .findings)
    #expect(followup.stdout.contains("Tổng: 3 kiến nghị: 1 đã hoàn thành, 1 quá hạn, 1 đang thực hiện."))
    // The conclusion notice is written from the recorded conclusion.
    #expect(run("conclusion", "plan.json", "--inspection", "kt-01", "-o", "ket-luan-kt-01.docx").status == .success)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ket-luan-kt-01.docx").path))
    let check = run("check", "plan.json", "--as-of", "2023-10-16")
    #expect(check.stdout.contains("[recommendation-overdue] Sở Công Thương chưa thực hiện xong kiến nghị kn-2"))

    let summary = run("summary", "plan.json", "--as-of", "2023-10-16")
    #expect(summary.stdout.contains(
      "Báo cáo phục vụ kiểm tra của 10 đơn vị được kiểm tra: đúng hạn 2: Sở Công Thương, Sở Tài nguyên và Môi trường; gửi muộn 1: UBND huyện Phú Riềng (03/08/2023, hạn 31/07/2023); quá hạn chưa gửi 5:"))
    #expect(summary.stdout.contains("Đã kiến nghị 3 nội dung: đã hoàn thành 1; đang thực hiện trong hạn 1; quá hạn chưa hoàn thành 1: Sở Công Thương (kn-2, hạn 29/09/2023)."))
    #expect(summary.stdout.contains("Đoàn kiểm tra đã kiểm tra 7/10 cơ quan, đơn vị"))

    context.today = CivilDate(year: 2023, month: 10, day: 16)!
    let board = run("board", "plan.json", "--as-of", "2023-10-16", "-o", "board.html")
    #expect(board.status == .success)
    #expect(board.stderr.isEmpty)
    let html = try String(contentsOf: folder.appendingPathComponent("board.html"), encoding: .utf8)
    #expect(html.contains("<b>3/10</b>Báo cáo phục vụ kiểm tra đã nhận"))
    #expect(html.contains("<b>5</b>Báo cáo quá hạn chưa gửi"))
    #expect(html.contains("<b>1/3</b>Kiến nghị đã hoàn thành"))
    #expect(html.contains("<td>bao-cao/so-cong-thuong.txt</td>"))
    #expect(html.contains("<td>bao-cao/so-tnmt.txt</td>"))
    #expect(html.contains("Nhận muộn 03/08/2023"))
    #expect(html.contains("Quá hạn 11 ngày làm việc (17 ngày)"))  // kn-2: Friday 29/09 to Monday 16/10
  }
}
