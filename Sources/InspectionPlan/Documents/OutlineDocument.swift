/// The report outline (đề cương) of one unit as a Word document the unit fills in.
///
/// The visit's facts first, then every outline item as a heading with a dotted line to write
/// on, then each appendix in its own section: a real table with merged group headings that
/// repeat on every page, rows that do not split, a wide "Số liệu" column, and landscape pages
/// for appendices wider than six columns.
public enum OutlineDocument {
  static let bodySize = 13.0

  /// The .docx bytes of `checklist`'s outline.
  public static func docx(_ checklist: UnitChecklist) -> [UInt8] {
    WordprocessingML.docx(document(checklist))
  }

  static func document(_ c: UnitChecklist) -> WordDocument {
    let portrait = WordSection(blocks: [])
    var blocks: [WordBlock] = [
      .paragraph(WordParagraph([WordRun("ĐỀ CƯƠNG BÁO CÁO", bold: true, size: 14)], alignment: .center, spaceAfter: 0)),
      .paragraph(WordParagraph([WordRun(c.title, bold: true, size: 14)], alignment: .center, spaceAfter: 3)),
      .paragraph(WordParagraph([WordRun("(Kèm theo \(c.planTitle))", italic: true, size: bodySize)], alignment: .center, spaceAfter: 12)),
    ]
    for (label, value) in ChecklistRenderer.facts(c) {
      blocks.append(.paragraph(WordParagraph(
        [WordRun("\(label): ", bold: true, size: bodySize), WordRun(value, size: bodySize)],
        alignment: .left, spaceAfter: 3)))
    }
    blocks.append(.paragraph(WordParagraph([WordRun("Đơn vị trả lời ngay dưới từng mục (thay các dòng chấm); mục ghi “(nếu có)” chỉ trả lời khi có.", italic: true, size: 12)], alignment: .left, spaceBefore: 6, spaceAfter: 6)))
    for part in c.parts {
      blocks.append(.paragraph(WordParagraph(
        [WordRun("\(part.label) \(part.text)", bold: true, size: bodySize)], alignment: .left,
        spaceBefore: 12, spaceAfter: 6, keepWithNext: true, outlineLevel: 1)))
      blocks += notes(part, depth: 0)
      if part.children.isEmpty { blocks.append(answerLine(width: portrait.textWidth)) }
      for child in part.children { blocks += item(child, depth: 1, width: portrait.textWidth) }
    }
    if let closing = c.closing {
      blocks.append(.paragraph(WordParagraph([WordRun("(\(closing))", italic: true, size: bodySize)], spaceBefore: 12)))
    }
    var sections = [WordSection(blocks: blocks)]
    for appendix in c.appendices {
      let wide = AppendixTableLayout.isWide(appendix)
      var section = WordSection(orientation: wide ? .landscape : .portrait, blocks: [])
      let size = wide ? 11.0 : 12.0
      section.blocks = [
        .paragraph(WordParagraph([WordRun(appendix.name.uppercased(), bold: true, size: bodySize)], alignment: .center, spaceAfter: 0, keepWithNext: true)),
        .paragraph(WordParagraph([WordRun(appendix.title, bold: true, size: bodySize)], alignment: .center, spaceAfter: 0, keepWithNext: true)),
        .paragraph(WordParagraph([WordRun("Đơn vị: \(c.unit.name)", italic: true, size: bodySize)], alignment: .center, spaceAfter: 8, keepWithNext: true)),
        .table(AppendixTableLayout.word(appendix, width: section.textWidth, fontSize: size)),
      ]
      for note in appendix.footnotes {
        section.blocks.append(.paragraph(WordParagraph([WordRun(note.text, italic: true, size: 12)], spaceBefore: 4, spaceAfter: 0)))
      }
      sections.append(section)
    }
    return WordDocument(title: "Đề cương báo cáo: \(c.unit.name)", sections: sections, fontSize: bodySize)
  }

  private static func item(_ node: OutlineNode, depth: Int, width: Int) -> [WordBlock] {
    let label = node.level == .bullet ? "-" : node.label
    let indent = 360 * max(0, depth - 1)
    var blocks: [WordBlock] = [
      .paragraph(WordParagraph(
        [WordRun("\(label) \(node.text)", bold: node.level == .item, size: bodySize)],
        leftIndent: indent, spaceBefore: 4, spaceAfter: 2, keepWithNext: true,
        outlineLevel: node.level == .item ? 2 : nil))
    ]
    blocks += notes(node, depth: depth)
    if node.children.isEmpty {
      blocks.append(answerLine(width: width, indent: indent))
    }
    for child in node.children { blocks += item(child, depth: depth + 1, width: width) }
    return blocks
  }

  private static func notes(_ node: OutlineNode, depth: Int) -> [WordBlock] {
    node.paragraphs.map { .paragraph(WordParagraph($0, size: bodySize, firstLineIndent: 567, spaceAfter: 3)) }
      + node.notes.map { .paragraph(WordParagraph("Ghi chú: \($0)", italic: true, size: 12, firstLineIndent: 567, spaceAfter: 3)) }
  }

  /// Two dotted lines across the text width: where the unit writes its answer.
  static func answerLine(width: Int, indent: Int = 0) -> WordBlock {
    var paragraph = WordParagraph([WordRun("\t\n\t", size: bodySize)], alignment: .left, leftIndent: indent, spaceAfter: 4, lineSpacing: 1.3)
    // Tab positions count from the margin, not the indent (Word and LibreOffice agree for .docx).
    paragraph.tabStops = [WordParagraph.TabStop(position: width, leader: .dot)]
    return .paragraph(paragraph)
  }
}
