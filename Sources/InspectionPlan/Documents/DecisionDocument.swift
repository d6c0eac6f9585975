/// The decision approving the plan, the plan itself and its appendix table, as one Word
/// document ready to sign (Nghị định 30/2020/NĐ-CP layout). Data comes from the plan; wording
/// that is not data comes from a `DocumentText` template; anything the plan leaves blank is a
/// dotted blank to fill, listed in `missing`.
public struct DecisionDocument: Sendable {
  /// The fields the plan leaves blank, in Vietnamese ("số quyết định", "ngày ký"…).
  public let missing: [String]
  let document: WordDocument

  /// The .docx bytes.
  public var docx: [UInt8] { WordprocessingML.docx(document) }

  /// The seven areas of administrative reform a visit covers (Nghị quyết 76/NQ-CP on the
  /// state administrative reform programme; the reference plan's section II).
  static let areas = [
    "Công tác chỉ đạo, điều hành cải cách hành chính.", "Cải cách thể chế.",
    "Cải cách thủ tục hành chính.", "Cải cách tổ chức bộ máy.", "Cải cách chế độ công vụ.",
    "Cải cách tài chính công.",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số (chuyển đổi số).",
  ]

  public init(plan: Plan, text: DocumentText) {
    var missing: [String] = []
    let decision = plan.decision
    if decision?.number == nil { missing.append("số quyết định (decision.number)") }
    if decision?.date == nil { missing.append("ngày ký (decision.date)") }
    if decision?.signer == nil { missing.append("người ký (decision.signer)") }
    if decision?.signerTitle == nil { missing.append("chức vụ người ký (decision.signerTitle)") }
    if plan.province.isEmpty { missing.append("tỉnh (province)") }
    let portrait = WordSection(blocks: [])
    let width = portrait.textWidth
    let province = plan.province.isEmpty ? DocumentText.blank : plan.province
    let issuer = ["Ủy ban nhân dân", "tỉnh \(province)"]
    let symbol = "QĐ-UBND"
    let numberText = OfficialLayout.number(decision?.number, symbol: symbol)
    let place = OfficialLayout.placeAndDate(place: plan.province, date: decision?.date, year: plan.year)

    // The decision.
    var blocks: [WordBlock] = [
      OfficialLayout.header(parent: nil, issuer: issuer, number: numberText, placeAndDate: place, width: width)
    ]
    blocks += OfficialLayout.title("QUYẾT ĐỊNH", summary: ["Phê duyệt \(plan.title)"], width: width)
    blocks.append(.paragraph(WordParagraph([WordRun("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH \(province.uppercased())", bold: true, size: 14)], alignment: .center, spaceAfter: 12)))
    // Laws and plans are bases ("Căn cứ …;"); the submission (tờ trình) is the proposal the
    // decision follows ("Theo đề nghị của … tại Tờ trình số …").
    var proposal: String?
    for basis in plan.legalBases {
      if basis.hasPrefix("Tờ trình"), let range = basis.range(of: " của ", options: .backwards) {
        proposal = "Theo đề nghị của \(basis[range.upperBound...]) tại \(basis[..<range.lowerBound])."
      } else {
        blocks.append(OfficialLayout.paragraph("Căn cứ \(basis);", italic: true))
      }
    }
    if plan.legalBases.isEmpty { missing.append("căn cứ pháp lý (legalBases)") }
    if proposal == nil { missing.append("tờ trình đề nghị (legalBases: \"Tờ trình số … của …\")") }
    blocks.append(OfficialLayout.paragraph(proposal ?? "Theo đề nghị của \(DocumentText.blank).", italic: true))
    blocks.append(.paragraph(WordParagraph([WordRun("QUYẾT ĐỊNH:", bold: true, size: 14)], alignment: .center, spaceBefore: 6, spaceAfter: 6)))
    blocks.append(.paragraph(WordParagraph([WordRun("Điều 1. ", bold: true, size: 14), WordRun("Phê duyệt kèm theo Quyết định này \(plan.title).", size: 14)], firstLineIndent: OfficialLayout.indent, spaceAfter: 6, lineSpacing: 1.1)))
    var article2 = "Quyết định này có hiệu lực kể từ ngày ký"
    if let replaces = decision?.replaces { article2 += " và thay thế \(replaces)" }
    blocks.append(.paragraph(WordParagraph([WordRun("Điều 2. ", bold: true, size: 14), WordRun(article2 + ".", size: 14)], firstLineIndent: OfficialLayout.indent, spaceAfter: 6, lineSpacing: 1.1)))
    let article3 = text.paragraphs("dieu-3", plan: plan).joined(separator: " ")
    blocks.append(.paragraph(WordParagraph([WordRun("Điều 3. ", bold: true, size: 14), WordRun(article3, size: 14)], firstLineIndent: OfficialLayout.indent, spaceAfter: 12, lineSpacing: 1.1)))
    blocks.append(OfficialLayout.signature(
      recipients: text.paragraphs("noi-nhan", plan: plan), capacity: OfficialLayout.capacityLines(decision?.signerTitle),
      signer: decision?.signer, width: width))

    // The plan, on a new page.
    var plan_ = [WordBlock]()
    plan_.append(OfficialLayout.header(parent: nil, issuer: issuer, number: "", placeAndDate: "", width: width))
    plan_ += OfficialLayout.title("KẾ HOẠCH", summary: [Self.summary(of: plan.title)], width: width)
    let decisionRef = "Quyết định số \(decision?.number ?? "      /\(symbol)") ngày \(decision?.date?.vietnamese ?? "      /      /\(plan.year)") của Chủ tịch Ủy ban nhân dân tỉnh"
    plan_.append(.paragraph(WordParagraph([WordRun("(Ban hành kèm theo \(decisionRef))", italic: true, size: 14)], alignment: .center, spaceAfter: 12)))
    plan_ += text.paragraphs("mo-dau", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_.append(OfficialLayout.heading("I. MỤC ĐÍCH, YÊU CẦU"))
    plan_.append(OfficialLayout.heading("1. Mục đích", level: 2))
    plan_ += text.paragraphs("muc-dich", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_.append(OfficialLayout.heading("2. Yêu cầu", level: 2))
    plan_ += text.paragraphs("yeu-cau", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_.append(OfficialLayout.heading("II. NỘI DUNG KIỂM TRA"))
    plan_ += text.paragraphs("noi-dung", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_ += Self.areas.enumerated().map { OfficialLayout.paragraph("\($0 + 1). \($1)") }
    plan_.append(OfficialLayout.heading("III. ĐỐI TƯỢNG, THÀNH PHẦN VÀ THỜI GIAN KIỂM TRA"))
    plan_.append(OfficialLayout.paragraph("(Có Phụ lục đính kèm theo)."))
    plan_.append(OfficialLayout.heading("IV. NHIỆM VỤ, QUYỀN HẠN ĐOÀN KIỂM TRA"))
    plan_ += text.paragraphs("nhiem-vu-doan", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_.append(OfficialLayout.heading("V. PHƯƠNG PHÁP KIỂM TRA"))
    plan_ += text.paragraphs("phuong-phap", plan: plan).map { OfficialLayout.paragraph($0) }
    plan_.append(OfficialLayout.heading("VI. KINH PHÍ"))
    let visits = plan.visits()
    let agencies = Self.leadAgencies(visits)
    if let budget = Budget(plan: plan) {
      for (index, agency) in budget.byAgency.enumerated() {
        plan_.append(OfficialLayout.paragraph(
          "\(index + 1). Kinh phí phục vụ các cuộc kiểm tra do \(agency.agencyName) chủ trì: dự toán \(MoneyFormat.dong(agency.amount)) (\(agency.personDays) ngày công × \(MoneyFormat.dong(budget.allowancePerPersonDay))/người/ngày), do \(agency.agencyName) bảo đảm từ nguồn \(DocumentText.blank)."))
      }
    } else {
      missing.append("mức hỗ trợ/người/ngày (settings.allowancePerPersonDay)")
      plan_.append(OfficialLayout.paragraph(DocumentText.blank))
    }
    plan_.append(OfficialLayout.heading("VII. TỔ CHỨC THỰC HIỆN"))
    var item = 1
    for (name, units) in agencies {
      plan_.append(OfficialLayout.heading("\(item). \(name)", level: 2))
      plan_ += text.paragraphs("don-vi-chu-tri", plan: plan, extra: ["{don-vi}": units.joined(separator: ", ")])
        .map { OfficialLayout.paragraph($0) }
      item += 1
    }
    plan_.append(OfficialLayout.heading("\(item). Các cơ quan, đơn vị, địa phương được kiểm tra", level: 2))
    plan_ += text.paragraphs("don-vi-duoc-kiem-tra", plan: plan).map { OfficialLayout.paragraph("a) " + $0) }
    for (due, units) in Self.dueGroups(visits) {
      plan_.append(OfficialLayout.paragraph("- \(units.joined(separator: ", ")) báo cáo trước ngày \(due.map(\.vietnamese) ?? DocumentText.blank)."))
    }
    plan_ += text.paragraphs("tu-kiem-tra", plan: plan).map { OfficialLayout.paragraph("b) " + $0) }
    plan_ += text.paragraphs("ket-thuc", plan: plan).map { OfficialLayout.paragraph($0) }

    // The appendix, landscape.
    let landscape = WordSection(orientation: .landscape, blocks: [])
    var appendix: [WordBlock] = [
      .paragraph(WordParagraph([WordRun("PHỤ LỤC", bold: true, size: 14)], alignment: .center, spaceAfter: 0, keepWithNext: true)),
      .paragraph(WordParagraph([WordRun("ĐỐI TƯỢNG, THỜI GIAN VÀ THÀNH PHẦN ĐOÀN KIỂM TRA", bold: true, size: 14)], alignment: .center, spaceAfter: 0, keepWithNext: true)),
      .paragraph(WordParagraph([WordRun("(Kèm theo Kế hoạch ban hành theo \(decisionRef))", italic: true, size: 13)], alignment: .center, spaceAfter: 10, keepWithNext: true)),
    ]
    appendix += RosterTable.blocks(plan: plan, visits: visits, width: landscape.textWidth)
    if let note = plan.settings.communeSampling?.note {
      appendix.append(.paragraph(WordParagraph([WordRun("Lưu ý: \(note)", italic: true, size: 13)], spaceBefore: 6)))
    }
    document = WordDocument(
      title: "Quyết định phê duyệt \(plan.title)",
      sections: [WordSection(blocks: blocks), WordSection(blocks: plan_), WordSection(orientation: .landscape, blocks: appendix)])
    self.missing = missing
  }

  /// The plan's summary line under "KẾ HOẠCH": its title without the leading "Kế hoạch"
  /// ("Kế hoạch kiểm tra X" → "Kiểm tra X").
  static func summary(of title: String) -> String {
    guard title.lowercased().hasPrefix("kế hoạch ") else { return title }
    let rest = title.dropFirst("Kế hoạch ".count)
    return rest.prefix(1).uppercased() + rest.dropFirst()
  }

  /// Lead agencies in plan order with the units whose visits they lead.
  static func leadAgencies(_ visits: [Visit]) -> [(String, [String])] {
    var order: [(String, [String])] = []
    for visit in visits {
      let name = visit.leadAgencyName ?? DocumentText.blank
      if let index = order.firstIndex(where: { $0.0 == name }) {
        order[index].1.append(visit.unitName)
      } else {
        order.append((name, [visit.unitName]))
      }
    }
    return order
  }

  /// Units grouped by stated report due date, in date order ("- Sở A, Sở B báo cáo trước ngày …").
  static func dueGroups(_ visits: [Visit]) -> [(CivilDate?, [String])] {
    var groups: [(CivilDate?, [String])] = []
    for visit in visits where visit.kind.isAnnounced {
      if let index = groups.firstIndex(where: { $0.0 == visit.due }) {
        groups[index].1.append(visit.unitName)
      } else {
        groups.append((visit.due, [visit.unitName]))
      }
    }
    return groups.sorted { ($0.0?.dayNumber ?? .max) < ($1.0?.dayNumber ?? .max) }
  }
}
