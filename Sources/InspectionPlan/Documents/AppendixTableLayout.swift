/// An appendix of the outline as a table to fill in: merged group headings repeated on every
/// page, rows that never split, and columns sized for what goes in them.
enum AppendixTableLayout {
  /// Appendices wider than this many columns go on landscape pages.
  static let portraitColumnLimit = 6

  static func isWide(_ appendix: Appendix) -> Bool {
    HeaderLayout(appendix.headers).columnCount > portraitColumnLimit
  }

  /// Relative column widths (roughly centimetres before scaling): the number column as wide as
  /// its longest number ("6.4.1."), the label column as wide as its text needs, the columns the
  /// unit writes figures in ("Số liệu" and every column the template leaves empty) wide enough
  /// to write in, "Ghi chú" modest.
  static func columnWeights(_ appendix: Appendix) -> [Double] {
    let layout = HeaderLayout(appendix.headers)
    let leaves = layout.leafTexts
    var labelColumnSeen = false
    return (0..<layout.columnCount).map { column in
      let leaf = VietnameseText.nfc(leaves[column]).lowercased()
      let values = appendix.rows.map { column < $0.cells.count ? $0.cells[column] : "" }
        .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      if leaf == "stt" { return max(1.0, Double(values.map(\.count).max() ?? 0) * 0.25 + 0.35) }
      if leaf == "ghi chú" { return 1.8 }
      if leaf.contains("số liệu") { return 3.2 }
      // A column with words in fewer than a quarter of its rows is written in by the unit.
      let filled = values.filter { $0.contains { $0.isLetter } }
      if filled.count * 4 < appendix.rows.count { return 2.2 }
      let average = Double(filled.map(\.count).reduce(0, +)) / Double(max(1, filled.count))
      defer { labelColumnSeen = true }
      return labelColumnSeen ? max(2.0, min(5, average / 6)) : max(4.0, min(7.5, average / 6))
    }
  }

  /// Twips widths that fill `width`: the number column keeps its width (its numbers must not
  /// wrap), the others share the rest in proportion.
  static func columnWidths(_ appendix: Appendix, width: Int) -> [Int] {
    let weights = columnWeights(appendix)
    let leaves = HeaderLayout(appendix.headers).leafTexts
    let fixed = leaves.map { VietnameseText.nfc($0).lowercased() == "stt" }
    let fixedTwips = zip(weights, fixed).filter(\.1).map { Int($0.0 * 567) }.reduce(0, +)
    let shared = zip(weights, fixed).filter { !$0.1 }.map(\.0).reduce(0, +)
    guard shared > 0 else { return [] }
    var widths = zip(weights, fixed).map { weight, isFixed in
      isFixed ? Int(weight * 567) : Int((Double(width - fixedTwips) * weight / shared).rounded(.down))
    }
    widths[widths.count - 1] += width - widths.reduce(0, +)
    return widths
  }

  /// Header rows with merged group headings (`HeaderLayout`), shaded, repeated on every page.
  static func headerRows(_ headers: [[String]], fontSize: Double) -> [WordTableRow] {
    let layout = HeaderLayout(headers)
    var rows: [WordTableRow] = []
    for row in 0..<layout.rowCount {
      var cells: [WordTableCell] = []
      var column = 0
      while column < layout.columnCount {
        if let cell = layout.cells.first(where: { $0.row == row && $0.column == column }) {
          cells.append(
            WordTableCell(
              cell.text, bold: true, alignment: .center, size: fontSize, columnSpan: cell.columnSpan,
              verticalMerge: cell.rowSpan > 1 ? .restart : nil, shaded: true))
          column += cell.columnSpan
        } else if let above = layout.cells.first(where: {
          $0.column == column && $0.row < row && row < $0.row + $0.rowSpan
        }) {
          cells.append(WordTableCell("", size: fontSize, columnSpan: above.columnSpan, verticalMerge: .continue, shaded: true))
          column += above.columnSpan
        } else {
          cells.append(WordTableCell("", size: fontSize, shaded: true))
          column += 1
        }
      }
      rows.append(WordTableRow(cells, isHeader: true))
    }
    return rows
  }

  /// The Word table: header rows from `HeaderLayout`, then the template's rows with room to write.
  static func word(_ appendix: Appendix, width: Int, fontSize: Double) -> WordTable {
    let layout = HeaderLayout(appendix.headers)
    var rows = headerRows(appendix.headers, fontSize: fontSize)
    for row in appendix.rows {
      // A row whose label starts with a Roman numeral or "Tổng" is a group or total: bold.
      let first = row.cells.first ?? ""
      let isGroup = first.allSatisfy { "IVX".contains($0) } && !first.isEmpty || first.hasPrefix("Tổng")
      let cells = (0..<layout.columnCount).map { column -> WordTableCell in
        let text = column < row.cells.count ? row.cells[column] : ""
        return WordTableCell(text, bold: isGroup, alignment: column == 0 ? .center : .left, size: fontSize)
      }
      rows.append(WordTableRow(cells, minimumHeight: 397))
    }
    return WordTable(columnWidths: columnWidths(appendix, width: width), rows: rows)
  }
}
