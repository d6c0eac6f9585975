/// The parts every administrative document shares, laid out as Nghị định 30/2020/NĐ-CP,
/// Phụ lục I prescribes: the issuer and the national motto side by side at the top, the number
/// and symbol under the issuer, place and date under the motto, the title, and the signature
/// block beside the recipients.
enum OfficialLayout {
  /// Body text size (13–14 pt); the decree's body is 14 pt here.
  static let body = 14.0
  /// One centimetre in twips: the first-line indent of body paragraphs (1–1.27 cm).
  static let indent = 567

  /// The heading table: issuer (parent body regular, issuer bold, a short rule) and the number
  /// on the left; the motto (12 pt caps bold, 13 pt bold, a rule as long as the line) and the
  /// place and date (italic) on the right.
  static func header(parent: String?, issuer: [String], number: String, placeAndDate: String, width: Int)
    -> WordBlock
  {
    let left = width * 38 / 100
    let right = width - left
    var leftCell: [WordParagraph] = []
    if let parent {
      leftCell.append(WordParagraph([WordRun(parent.uppercased(), size: 13)], alignment: .center, spaceAfter: 0))
    }
    for line in issuer {
      leftCell.append(WordParagraph([WordRun(line.uppercased(), bold: true, size: 13)], alignment: .center, spaceAfter: 0))
    }
    // The rule under the issuer: a third to a half of the line, on a paragraph of its own so the
    // name is not squeezed between the rule's indents.
    leftCell.append(WordParagraph([WordRun("", size: 4)], alignment: .center, leftIndent: left * 3 / 10, rightIndent: left * 3 / 10, spaceAfter: 4, lineSpacing: 0.5, bottomBorder: true))
    if !number.isEmpty {
      leftCell.append(WordParagraph([WordRun(number, size: 13)], alignment: .center, spaceBefore: 6, spaceAfter: 0))
    }
    var motto = WordParagraph([WordRun("Độc lập - Tự do - Hạnh phúc", bold: true, size: 14)], alignment: .center, spaceAfter: 6)
    motto.bottomBorder = true
    motto.leftIndent = right * 19 / 100
    motto.rightIndent = right * 19 / 100
    var rightCell = [
      WordParagraph([WordRun("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 12.5)], alignment: .center, spaceAfter: 0),
      motto,
    ]
    if !placeAndDate.isEmpty {
      rightCell.append(WordParagraph([WordRun(placeAndDate, italic: true, size: 14)], alignment: .center, spaceBefore: 6, spaceAfter: 0))
    }
    return .table(WordTable(
      columnWidths: [left, right],
      rows: [WordTableRow([WordTableCell(leftCell, centeredVertically: false), WordTableCell(rightCell, centeredVertically: false)], cantSplit: true)],
      borders: false))
  }

  /// "Bình Phước, ngày 05 tháng 7 năm 2023"; days below 10 and months below 3 get a leading
  /// zero (Nghị định 30/2020, Phụ lục I, mục II.4). Without a date, blanks to fill by hand.
  static func placeAndDate(place: String, date: CivilDate?, year: Int) -> String {
    let placeText = place.isEmpty ? DocumentText.blank : place
    guard let date else { return "\(placeText), ngày      tháng      năm \(year)" }
    let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
    let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
    return "\(placeText), ngày \(day) tháng \(month) năm \(date.year)"
  }

  /// "Số: 123/QĐ-UBND", or "Số:        /QĐ-UBND" with room to write the number.
  static func number(_ number: String?, symbol: String) -> String {
    guard let number, !number.isEmpty else { return "Số:        /\(symbol)" }
    return number.hasPrefix("Số") ? number : "Số: \(number)"
  }

  /// Title and summary, centred bold, with a rule a third of the line long under the summary.
  static func title(_ kind: String, summary: [String], width: Int) -> [WordBlock] {
    var blocks: [WordBlock] = [
      .paragraph(WordParagraph([WordRun(kind, bold: true, size: 14)], alignment: .center, spaceBefore: 18, spaceAfter: 0, keepWithNext: true))
    ]
    for line in summary {
      blocks.append(.paragraph(WordParagraph([WordRun(line, bold: true, size: 14)], alignment: .center, spaceAfter: 0, keepWithNext: true)))
    }
    let side = width / 3
    blocks.append(.paragraph(WordParagraph([WordRun("", size: 4)], alignment: .center, leftIndent: side, rightIndent: side, spaceAfter: 12, lineSpacing: 0.5, bottomBorder: true)))
    return blocks
  }

  /// A body paragraph: justified, first line indented, 6 pt after, line spacing 1.1.
  static func paragraph(_ text: String, bold: Bool = false, italic: Bool = false) -> WordBlock {
    .paragraph(WordParagraph([WordRun(text, bold: bold, italic: italic, size: body)], firstLineIndent: indent, spaceAfter: 6, lineSpacing: 1.1))
  }

  /// A heading of the plan ("I. MỤC ĐÍCH, YÊU CẦU"), bold, kept with what follows.
  static func heading(_ text: String, level: Int = 1) -> WordBlock {
    .paragraph(WordParagraph([WordRun(text, bold: true, size: body)], firstLineIndent: indent, spaceBefore: level == 1 ? 6 : 0, spaceAfter: 6, keepWithNext: true, outlineLevel: level))
  }

  /// Recipients on the left (“Nơi nhận:” 12 pt bold italic, the list 11 pt), the signer on the
  /// right: capacity in bold caps, room for the signature and seal, then the name in bold.
  static func signature(recipients: [String], capacity: [String], signer: String?, width: Int) -> WordBlock {
    let left = width * 45 / 100
    var leftCell = [WordParagraph([WordRun("Nơi nhận:", bold: true, italic: true, size: 12)], alignment: .left, spaceAfter: 0)]
    leftCell += recipients.map { WordParagraph([WordRun($0, size: 11)], alignment: .left, spaceAfter: 0) }
    var rightCell = capacity.map { WordParagraph([WordRun($0.uppercased(), bold: true, size: 14)], alignment: .center, spaceAfter: 0) }
    rightCell.append(WordParagraph([WordRun("\n\n\n", size: 14)], alignment: .center, spaceAfter: 0))
    rightCell.append(WordParagraph([WordRun(signer ?? DocumentText.blank, bold: true, size: 14)], alignment: .center, spaceAfter: 0))
    return .table(WordTable(
      columnWidths: [left, width - left],
      rows: [WordTableRow([WordTableCell(leftCell, centeredVertically: false), WordTableCell(rightCell, centeredVertically: false)])],
      borders: false))
  }

  /// "KT. Chủ tịch, Phó Chủ tịch UBND tỉnh" → ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH UBND TỈNH"]: one
  /// line per comma-separated part, as the signature block writes them.
  static func capacityLines(_ title: String?) -> [String] {
    guard let title, !title.isEmpty else { return [DocumentText.blank] }
    return title.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
  }
}
