/// The conclusion notice (thông báo kết luận kiểm tra) for one unit, from the conclusion the plan
/// records: the shortcomings found and the recommendations with who carries each out and by when.
///
/// Laid out as the other official letters (Nghị định 30/2020/NĐ-CP): the issuer is the visit's
/// lead agency, the number, date and signer are the notice's own when recorded and blanks to fill
/// otherwise. Each deadline is worded as recorded, with its legal last day (Civil Code 2015
/// art. 148 roll-forward).
public struct ConclusionNotice: Sendable {
  /// What the plan does not say and the document leaves blank.
  public let missing: [String]
  let document: WordDocument

  /// The .docx bytes; the same plan gives the same bytes.
  public var docx: [UInt8] { WordprocessingML.docx(document) }

  /// The notice of `conclusion`, one of `plan.allConclusions`.
  public init(plan: Plan, conclusion: Conclusion) {
    let context = CheckContext(plan: plan)
    let index = plan.inspections.firstIndex { $0.id == conclusion.inspection }
    let inspection = index.map { plan.inspections[$0] }
    let unitID = conclusion.unit ?? inspection?.unit ?? conclusion.inspection
    let unitName = context.unitName(unitID)
    let agencyID = inspection.flatMap { $0.leadAgency(team: context.team(of: $0)) }
    let agency = agencyID.map(context.agencyName) ?? DocumentText.blank
    var missing: [String] = []
    if agencyID == nil { missing.append("đơn vị chủ trì (leadAgency)") }
    if conclusion.notice?.number == nil { missing.append("số thông báo (conclusions[].notice.number)") }
    if conclusion.notice == nil { missing.append("ngày thông báo (conclusions[].notice.date)") }
    if conclusion.notice?.signer == nil { missing.append("người ký (conclusions[].notice.signer)") }
    let width = WordSection(blocks: []).textWidth
    let province = plan.province.isEmpty ? DocumentText.blank : plan.province
    var blocks: [WordBlock] = [
      OfficialLayout.header(
        parent: "Ủy ban nhân dân tỉnh \(province)", issuer: [agency],
        number: OfficialLayout.number(conclusion.notice?.number, symbol: "TB-\(DocumentText.blank)"),
        placeAndDate: OfficialLayout.placeAndDate(place: plan.province, date: conclusion.notice?.date, year: plan.year),
        width: width)
    ]
    blocks += OfficialLayout.title(
      "THÔNG BÁO", summary: ["Kết luận kiểm tra công tác cải cách hành chính tại \(unitName)"], width: width)
    blocks.append(.paragraph(WordParagraph([WordRun("Kính gửi: \(unitName).", size: 14)], alignment: .center, spaceAfter: 12)))
    var when = ""
    if let index, let window = context.timing(of: index).fixedWindow {
      when = ", " + VisitTiming.fixed(window).vietnamese.prefix(1).lowercased() + VisitTiming.fixed(window).vietnamese.dropFirst()
    }
    blocks.append(OfficialLayout.paragraph(
      "Thực hiện \(plan.title)\(when), Đoàn kiểm tra đã kiểm tra công tác cải cách hành chính tại \(unitName). \(agency) thông báo kết luận kiểm tra như sau:"))

    blocks.append(OfficialLayout.heading("I. NHỮNG TỒN TẠI, HẠN CHẾ"))
    if conclusion.findings.isEmpty {
      blocks.append(OfficialLayout.paragraph("Đoàn kiểm tra không ghi nhận tồn tại, hạn chế."))
    }
    let areaNames = Dictionary(Shortcoming.areas.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    for (i, finding) in conclusion.findings.enumerated() {
      let area = finding.area.flatMap { areaNames[$0] }.map { " (\($0))" } ?? ""
      blocks.append(OfficialLayout.paragraph("\(i + 1). \(finding.text)\(area)"))
    }

    blocks.append(OfficialLayout.heading("II. KIẾN NGHỊ"))
    if conclusion.recommendations.isEmpty {
      blocks.append(OfficialLayout.paragraph("Không có kiến nghị."))
    }
    for (i, recommendation) in conclusion.recommendations.enumerated() {
      let owner = context.unitName(recommendation.owner ?? unitID)
      let stated = recommendation.due.stated(planWording: Recommendation.defaultWording)
      let last = recommendation.lastDay
      let legal = context.effectiveDue(last)
      let deadline =
        legal == last
        ? "\(stated); hạn cuối: hết ngày \(context.dayText(legal))"
        : "\(stated); hạn cuối \(context.dayText(last)) \(CheckContext.rollPhrase) \(context.dayText(legal))"
      blocks.append(OfficialLayout.paragraph("\(i + 1). \(recommendation.text)"))
      blocks.append(OfficialLayout.paragraph("Đơn vị thực hiện: \(owner). Thời hạn: \(deadline).", italic: true))
    }
    blocks.append(OfficialLayout.paragraph(
      "Đề nghị \(unitName) tổ chức thực hiện các kiến nghị trên và báo cáo kết quả, tiến độ xử lý, khắc phục về \(agency) theo thời hạn nêu trên./."))
    blocks.append(OfficialLayout.signature(
      recipients: ["- Như trên;", "- Lưu: VT."], capacity: [DocumentText.blank], signer: conclusion.notice?.signer,
      width: width))
    self.missing = missing
    self.document = WordDocument(
      title: "Thông báo kết luận kiểm tra: \(unitName)", sections: [WordSection(blocks: blocks)],
      pageNumbers: .headerSkippingFirstPage, fontSize: OfficialLayout.body)
  }
}
