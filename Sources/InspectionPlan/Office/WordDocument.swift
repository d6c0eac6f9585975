/// A word-processing document as content: sections of paragraphs and tables, written to .docx by
/// `WordprocessingML`. Lengths are in twentieths of a point (twips: 1 cm = 567), font sizes in
/// points; the font is Times New Roman throughout, as Nghị định 30/2020/NĐ-CP requires.
package struct WordDocument: Sendable {
  /// Where page numbers go.
  package enum PageNumbers: Sendable {
    case none
    /// Centred in the top margin, not on the first page (Nghị định 30/2020, Phụ lục I, mục II.10).
    case headerSkippingFirstPage
    /// Centred in the footer, on every page.
    case footer
  }

  package var title: String
  package var sections: [WordSection]
  package var pageNumbers: PageNumbers
  /// Body text size in points.
  package var fontSize: Double

  package init(
    title: String, sections: [WordSection], pageNumbers: PageNumbers = .headerSkippingFirstPage,
    fontSize: Double = 14
  ) {
    self.title = title
    self.sections = sections
    self.pageNumbers = pageNumbers
    self.fontSize = fontSize
  }
}

/// A run of pages with one orientation and one set of margins; A4 always.
package struct WordSection: Sendable {
  package enum Orientation: Sendable { case portrait, landscape }

  package var orientation: Orientation
  /// Margins in millimetres: top, bottom, left (binding side), right.
  package var margins: (top: Double, bottom: Double, left: Double, right: Double)
  package var blocks: [WordBlock]

  /// Nghị định 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
  package static let decreeMargins = (top: 20.0, bottom: 20.0, left: 30.0, right: 15.0)

  package init(
    orientation: Orientation = .portrait,
    margins: (top: Double, bottom: Double, left: Double, right: Double) = decreeMargins,
    blocks: [WordBlock]
  ) {
    self.orientation = orientation
    self.margins = margins
    self.blocks = blocks
  }

  /// The width text can use, in twips.
  package var textWidth: Int {
    let page = orientation == .portrait ? 210.0 : 297.0
    return Int(((page - margins.left - margins.right) * 56.7).rounded(.down))
  }
}

package enum WordBlock: Sendable {
  case paragraph(WordParagraph)
  case table(WordTable)
}

package struct WordParagraph: Sendable {
  package enum Alignment: String, Sendable {
    case left, center, right
    case justified = "both"
  }

  package var runs: [WordRun]
  package var alignment: Alignment
  package var firstLineIndent: Int
  package var leftIndent: Int
  package var rightIndent: Int
  /// Space before and after, in points.
  package var spaceBefore: Double
  package var spaceAfter: Double
  /// Line spacing as a multiple of single (1 = single).
  package var lineSpacing: Double
  package var keepWithNext: Bool
  package var pageBreakBefore: Bool
  /// A solid line under the paragraph between its indents (the rule under the motto).
  package var bottomBorder: Bool
  /// A heading level (1–3) for the navigation pane and outline view; `nil` for body text.
  package var outlineLevel: Int?
  /// Tab stops, from the left indent; a tab in a run jumps to the next one.
  package var tabStops: [TabStop] = []

  /// A right-aligned tab stop, optionally drawing a leader (a dotted line to write on).
  package struct TabStop: Sendable {
    package enum Leader: String, Sendable { case none, dot }
    package var position: Int
    package var leader: Leader
    package init(position: Int, leader: Leader = .none) {
      self.position = position
      self.leader = leader
    }
  }

  package init(
    _ runs: [WordRun], alignment: Alignment = .justified, firstLineIndent: Int = 0,
    leftIndent: Int = 0, rightIndent: Int = 0, spaceBefore: Double = 0, spaceAfter: Double = 6,
    lineSpacing: Double = 1, keepWithNext: Bool = false, pageBreakBefore: Bool = false,
    bottomBorder: Bool = false, outlineLevel: Int? = nil
  ) {
    self.runs = runs
    self.alignment = alignment
    self.firstLineIndent = firstLineIndent
    self.leftIndent = leftIndent
    self.rightIndent = rightIndent
    self.spaceBefore = spaceBefore
    self.spaceAfter = spaceAfter
    self.lineSpacing = lineSpacing
    self.keepWithNext = keepWithNext
    self.pageBreakBefore = pageBreakBefore
    self.bottomBorder = bottomBorder
    self.outlineLevel = outlineLevel
  }

  /// One run of plain text.
  package init(
    _ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil,
    alignment: Alignment = .justified, firstLineIndent: Int = 0, spaceAfter: Double = 6
  ) {
    self.init(
      [WordRun(text, bold: bold, italic: italic, size: size)], alignment: alignment,
      firstLineIndent: firstLineIndent, spaceAfter: spaceAfter)
  }
}

/// Text with one look. A line feed in the text becomes a line break, a tab a tab.
package struct WordRun: Sendable {
  package var text: String
  package var bold: Bool
  package var italic: Bool
  package var underline: Bool
  /// Size in points; `nil` = the document's body size.
  package var size: Double?

  package init(
    _ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false,
    size: Double? = nil
  ) {
    self.text = text
    self.bold = bold
    self.italic = italic
    self.underline = underline
    self.size = size
  }
}

/// A table with fixed column widths; cells may span columns (`columnSpan`) and rows
/// (`verticalMerge`: the first cell restarts, the cells below continue it).
package struct WordTable: Sendable {
  package var columnWidths: [Int]
  package var rows: [WordTableRow]
  package var borders: Bool

  package init(columnWidths: [Int], rows: [WordTableRow], borders: Bool = true) {
    self.columnWidths = columnWidths
    self.rows = rows
    self.borders = borders
  }
}

package struct WordTableRow: Sendable {
  package var cells: [WordTableCell]
  /// Repeated at the top of every page the table runs onto (header rows must come first).
  package var isHeader: Bool
  /// Kept whole on one page.
  package var cantSplit: Bool
  /// Minimum height in twips (room to write in), `nil` = as the content needs.
  package var minimumHeight: Int?

  package init(
    _ cells: [WordTableCell], isHeader: Bool = false, cantSplit: Bool = true,
    minimumHeight: Int? = nil
  ) {
    self.cells = cells
    self.isHeader = isHeader
    self.cantSplit = cantSplit
    self.minimumHeight = minimumHeight
  }
}

package struct WordTableCell: Sendable {
  package enum VerticalMerge: Sendable { case restart, `continue` }

  package var paragraphs: [WordParagraph]
  package var columnSpan: Int
  package var verticalMerge: VerticalMerge?
  package var shaded: Bool
  package var centeredVertically: Bool

  package init(
    _ paragraphs: [WordParagraph], columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil,
    shaded: Bool = false, centeredVertically: Bool = true
  ) {
    self.paragraphs = paragraphs
    self.columnSpan = columnSpan
    self.verticalMerge = verticalMerge
    self.shaded = shaded
    self.centeredVertically = centeredVertically
  }

  /// A cell of one paragraph of plain text.
  package init(
    _ text: String, bold: Bool = false, italic: Bool = false, alignment: WordParagraph.Alignment = .left,
    size: Double? = nil, columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil, shaded: Bool = false
  ) {
    self.init(
      [WordParagraph(text, bold: bold, italic: italic, size: size, alignment: alignment, spaceAfter: 0)],
      columnSpan: columnSpan, verticalMerge: verticalMerge, shaded: shaded)
  }
}
