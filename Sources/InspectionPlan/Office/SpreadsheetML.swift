/// Writes a `Workbook` as an .xlsx file (ECMA-376 SpreadsheetML in a ZIP package).
///
/// Strings are inline (no shared-string table to keep in step); dates are serial numbers counted
/// from 30/12/1899 with the format `dd/mm/yyyy`; whole numbers use a format that groups thousands
/// with dots whatever the reader's locale (`88.400.000`). The same workbook gives the same bytes.
package enum SpreadsheetML {
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// The .xlsx bytes of `workbook`.
  package static func xlsx(_ workbook: Workbook) -> [UInt8] {
    var zip = ZipWriter()
    for (name, text) in parts(of: workbook) { zip.add(name, text: text, method: .deflated) }
    return zip.finish()
  }

  /// Sheet names as written: at most 31 characters, none of `[]:*?/\`, unique, never empty.
  package static func sheetNames(_ workbook: Workbook) -> [String] {
    var used = Set<String>()
    return workbook.sheets.enumerated().map { index, sheet in
      var base = String(sheet.name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
      if base.trimmingCharacters(in: .whitespaces).isEmpty { base = "Trang \(index + 1)" }
      var name = base
      var counter = 2
      while !used.insert(name.lowercased()).inserted {
        let suffix = " (\(counter))"
        name = String(base.prefix(31 - suffix.count)) + suffix
        counter += 1
      }
      return name
    }
  }

  /// Every part as (name in the package, XML text), in package order.
  package static func parts(of workbook: Workbook) -> [(String, String)] {
    let names = sheetNames(workbook)
    var overrides = [
      ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
      ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    for index in workbook.sheets.indices {
      overrides.append(
        ("/xl/worksheets/sheet\(index + 1).xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
    }
    var parts: [(String, String)] = [("[Content_Types].xml", OfficePackage.contentTypes(overrides))]
    parts.append(
      ("_rels/.rels",
       OfficePackage.relationships([
         ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
         ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
       ])))
    parts.append(("docProps/core.xml", OfficePackage.coreProperties(title: workbook.title)))
    var workbookRelationships = workbook.sheets.indices.map {
      ("rId\($0 + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet\($0 + 1).xml")
    }
    workbookRelationships.append(
      ("rId\(workbook.sheets.count + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"))
    parts.append(("xl/_rels/workbook.xml.rels", OfficePackage.relationships(workbookRelationships)))
    var book = XMLText.declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><bookViews><workbookView/></bookViews><sheets>"
    for (index, name) in names.enumerated() {
      book += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    book += "</sheets><calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    parts.append(("xl/workbook.xml", book))
    parts.append(("xl/styles.xml", stylesXML))
    for (index, sheet) in workbook.sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheetXML(sheet)))
    }
    return parts
  }

  /// `A` for column 0, `Z` for 25, `AA` for 26.
  package static func columnName(_ index: Int) -> String {
    var name = ""
    var n = index + 1
    while n > 0 {
      let remainder = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + remainder))) + name
      n = (n - 1) / 26
    }
    return name
  }

  /// The spreadsheet serial number of a day: days since 30/12/1899 (1 = 31/12/1899 in the
  /// 1900 date system once Excel's phantom 29/02/1900 is accounted for; exact for 1/3/1900 on).
  package static func serial(_ date: CivilDate) -> Int {
    date.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
  }

  static func sheetXML(_ sheet: Worksheet) -> String {
    var xml = XMLText.declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
    // Printed one page wide, as many pages tall as needed.
    xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    if sheet.frozenRows > 0 {
      let top = "A\(sheet.frozenRows + 1)"
      xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      xml += "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>"
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
    if !sheet.columnWidths.isEmpty {
      xml += "<cols>"
      for (index, width) in sheet.columnWidths.enumerated() {
        xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(format(width))\" customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    for (rowIndex, row) in sheet.rows.enumerated() {
      let lines = lineCount(row, widths: sheet.columnWidths)
      // Readers do not all size rows to wrapped text on opening: give tall rows their height.
      let height = lines > 1 ? " ht=\"\(format(Double(lines) * 15.75 + 1.5))\" customHeight=\"1\"" : ""
      xml += "<row r=\"\(rowIndex + 1)\"\(height)>"
      for (columnIndex, cell) in row.enumerated() {
        let reference = "\(columnName(columnIndex))\(rowIndex + 1)"
        xml += cellXML(cell, reference: reference)
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if !sheet.merges.isEmpty {
      xml += "<mergeCells count=\"\(sheet.merges.count)\">" + sheet.merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
    }
    xml += "<pageMargins left=\"0.5\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
    xml += "<pageSetup paperSize=\"9\" orientation=\"\(sheet.landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    return xml + "</worksheet>"
  }

  /// Lines the tallest wrapped cell of `row` needs: its line breaks, and long lines wrapped at
  /// about 1.1 characters of 12 pt Times New Roman per unit of column width.
  static func lineCount(_ row: [SheetCell], widths: [Double]) -> Int {
    var most = 1
    for (column, cell) in row.enumerated() {
      guard case .text(let text) = cell.value, cell.style != .plain, cell.style != .title else { continue }
      let perLine = max(1, Int((column < widths.count ? widths[column] : 8.43) * (cell.style == .header ? 0.9 : 1.1)))
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { max(1, ($0.count + perLine - 1) / perLine) }.reduce(0, +)
      most = max(most, lines)
    }
    return most
  }

  /// Style indices into `cellXfs`: the five `SheetCell.Style`s, then dates and integers in the
  /// body and total styles.
  static func styleIndex(_ cell: SheetCell) -> Int {
    switch (cell.value, cell.style) {
    case (.date, .total): return 6
    case (.date, _): return 5
    case (.integer, .total), (.formula, .total): return 8
    case (.integer, _), (.formula, _): return 7
    default: return cell.style.rawValue
    }
  }

  static func cellXML(_ cell: SheetCell, reference: String) -> String {
    let style = styleIndex(cell)
    let s = style == 0 ? "" : " s=\"\(style)\""
    switch cell.value {
    case .empty: return style == 0 ? "" : "<c r=\"\(reference)\"\(s)/>"
    case .text(let text):
      return "<c r=\"\(reference)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
    case .integer(let value): return "<c r=\"\(reference)\"\(s)><v>\(value)</v></c>"
    case .date(let date): return "<c r=\"\(reference)\"\(s)><v>\(serial(date))</v></c>"
    case .formula(let formula, let cached):
      return "<c r=\"\(reference)\"\(s)><f>\(XMLText.escape(formula))</f><v>\(cached)</v></c>"
    }
  }

  static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// Number format 164 shows dates as `dd/mm/yyyy`; 165 groups thousands with literal dots so a
  /// Vietnamese reader sees `80.000` in any locale (two conditions: millions, thousands).
  static let stylesXML =
    XMLText.declaration
    + "<styleSheet xmlns=\"\(main)\">"
    + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
    + "<numFmt numFmtId=\"165\" formatCode=\"[&gt;=1000000]#\\.###\\.##0;[&gt;=1000]#\\.##0;0\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
    + "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font></fonts>"
    + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
    + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
    + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    + "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>"
    + "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"9\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
    + "<xf numFmtId=\"165\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    + "</styleSheet>"
}
