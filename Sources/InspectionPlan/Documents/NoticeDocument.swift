/// The notice (thông báo) telling one unit when it will be inspected, by whom, on what, what to
/// prepare and by when to send its report; its outline is sent with it. Laid out as Nghị định
/// 30/2020/NĐ-CP prescribes; signed by the team leader with the lead agency's seal.
public struct NoticeDocument: Sendable {
  /// The fields the plan leaves blank for this notice.
  public let missing: [String]
  let document: WordDocument

  public var docx: [UInt8] { WordprocessingML.docx(document) }

  /// - Parameters:
  ///   - visit: the visit, resolved (`plan.visits()`).
  ///   - outlineFile: the name of the outline file sent with the notice, if any.
  public init(plan: Plan, entry: Notices.Entry, text: DocumentText, outlineFile: String?) {
    let visit = entry.visit
    let unitName = entry.unitName
    var missing: [String] = []
    let width = WordSection(blocks: []).textWidth
    let province = plan.province.isEmpty ? DocumentText.blank : plan.province
    let agency = visit.leadAgencyName ?? DocumentText.blank
    if visit.leadAgencyName == nil { missing.append("đơn vị chủ trì (leadAgency)") }
    var blocks: [WordBlock] = [
      OfficialLayout.header(
        parent: "Ủy ban nhân dân tỉnh \(province)", issuer: [agency], number: "Số:        /TB-\(DocumentText.blank)",
        placeAndDate: OfficialLayout.placeAndDate(place: plan.province, date: nil, year: plan.year), width: width)
    ]
    blocks += OfficialLayout.title("THÔNG BÁO", summary: ["Lịch kiểm tra công tác cải cách hành chính tại \(unitName)"], width: width)
    blocks.append(.paragraph(WordParagraph([WordRun("Kính gửi: \(unitName).", size: 14)], alignment: .center, spaceAfter: 12)))

    let decision = plan.decision
    let number = decision?.number ?? "      /QĐ-UBND"
    let date = decision?.date?.vietnamese ?? "      /      /\(plan.year)"
    if decision?.number == nil { missing.append("số quyết định phê duyệt kế hoạch (decision.number)") }
    if decision?.date == nil { missing.append("ngày quyết định (decision.date)") }
    blocks.append(OfficialLayout.paragraph(
      "Thực hiện Quyết định số \(number) ngày \(date) của Chủ tịch Ủy ban nhân dân tỉnh phê duyệt \(plan.title), \(agency) thông báo lịch kiểm tra tại \(unitName) như sau:"))

    blocks.append(OfficialLayout.heading("1. Thời gian kiểm tra", level: 2))
    switch visit.timing {
    case .fixed(let window):
      var line = visit.timing.vietnamese
      if window.part == nil, let days = visit.workingDays { line += " (\(days) ngày làm việc)" }
      blocks.append(OfficialLayout.paragraph(line + "."))
    case .planned:
      // Days not fixed yet: the planned period, and a line for the exact days once set.
      blocks.append(OfficialLayout.paragraph(visit.timing.vietnamese + "; ngày cụ thể: từ ngày \(DocumentText.blank) đến hết ngày \(DocumentText.blank)."))
    case .unscheduled:
      missing.append("thời gian kiểm tra (window)")
      blocks.append(OfficialLayout.paragraph("Từ ngày \(DocumentText.blank) đến hết ngày \(DocumentText.blank)."))
    }

    blocks.append(OfficialLayout.heading("2. Thành phần Đoàn kiểm tra", level: 2))
    for (role, person) in Self.roster(visit) {
      blocks.append(OfficialLayout.paragraph("- \(person.displayNameWithTitle): \(role)."))
    }
    if visit.inspection.units.count > 1 {
      // A trip to several units: each letter names its own unit, and says the trip is shared.
      blocks.append(OfficialLayout.paragraph("(Trong chuyến kiểm tra này, Đoàn làm việc với: \(visit.unitName).)", italic: true))
    }
    if visit.leader == nil {
      missing.append("Trưởng đoàn (leader)")
      blocks.append(OfficialLayout.paragraph("- \(DocumentText.blank): Trưởng đoàn."))
    }

    blocks.append(OfficialLayout.heading("3. Nội dung kiểm tra", level: 2))
    if visit.kind == .thematic, !visit.inspection.areas.isEmpty {
      // A thematic visit covers only its areas.
      blocks.append(OfficialLayout.paragraph("Kiểm tra chuyên đề, tập trung vào:"))
      blocks += visit.inspection.areas.enumerated().map {
        OfficialLayout.paragraph("\($0 + 1)) \($1.vietnameseName.prefix(1).uppercased() + $1.vietnameseName.dropFirst()).")
      }
    } else {
      blocks += text.paragraphs("noi-dung", plan: plan).map { OfficialLayout.paragraph($0) }
      blocks += DecisionDocument.areas.enumerated().map { OfficialLayout.paragraph("\($0 + 1)) \($1)") }
    }

    blocks.append(OfficialLayout.heading("4. Đề nghị \(unitName)", level: 2))
    blocks += text.paragraphs("thong-bao-chuan-bi", plan: plan).map { OfficialLayout.paragraph($0) }

    blocks.append(OfficialLayout.heading("5. Thời hạn gửi báo cáo", level: 2))
    if let due = visit.due, let effective = visit.effectiveDue {
      var line = "Báo cáo gửi về Đoàn kiểm tra (qua \(agency)) trước ngày \(due.vietnamese)"
      if effective != due {
        line += "; ngày \(due.vietnamese) là ngày nghỉ nên hạn tính đến hết ngày \(effective.vietnamese) (\(effective.weekday.vietnameseName))"
      }
      blocks.append(OfficialLayout.paragraph(line + "."))
    } else {
      missing.append("hạn gửi báo cáo (reportDue)")
      blocks.append(OfficialLayout.paragraph("Báo cáo gửi về Đoàn kiểm tra (qua \(agency)) trước ngày \(DocumentText.blank)."))
    }
    if let outlineFile {
      blocks.append(OfficialLayout.paragraph("Đề cương báo cáo và các phụ lục số liệu gửi kèm Thông báo này (tệp \(outlineFile))."))
    }
    blocks.append(OfficialLayout.paragraph("Trân trọng thông báo./."))
    blocks.append(OfficialLayout.signature(
      recipients: text.paragraphs("thong-bao-noi-nhan", plan: plan), capacity: ["TM. Đoàn kiểm tra", "Trưởng đoàn"],
      signer: visit.leader?.name, width: width))
    document = WordDocument(title: "Thông báo lịch kiểm tra: \(unitName)", sections: [WordSection(blocks: blocks)])
    self.missing = missing
  }

  /// Everyone on the visit with their role, leader first.
  static func roster(_ visit: Visit) -> [(String, Person)] {
    visit.roster.map { ($0.role.vietnameseName, $0.person) }
  }
}
