/// Writes a `WordDocument` as a .docx file (ECMA-376 WordprocessingML in a ZIP package).
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml`, `word/document.xml`,
/// `word/styles.xml` (Times New Roman, Vietnamese language), `word/settings.xml`,
/// `word/header1.xml` or `word/footer1.xml` (the page number field) and
/// `word/_rels/document.xml.rels`. Every part is a function of the document alone, and the ZIP
/// has fixed timestamps, so the same document gives the same bytes.
package enum WordprocessingML {
  static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

  /// The .docx bytes of `document`.
  package static func docx(_ document: WordDocument) -> [UInt8] {
    var zip = ZipWriter()
    for (name, text) in parts(of: document) { zip.add(name, text: text, method: .deflated) }
    return zip.finish()
  }

  /// Every part as (name in the package, XML text), in package order.
  package static func parts(of document: WordDocument) -> [(String, String)] {
    let pageNumberPart: (name: String, type: String)? =
      switch document.pageNumbers {
      case .none: nil
      case .headerSkippingFirstPage: ("header1.xml", "header")
      case .footer: ("footer1.xml", "footer")
      }
    var overrides = [
      ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
      ("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"),
      ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    if let part = pageNumberPart {
      overrides.append(
        ("/word/\(part.name)", "application/vnd.openxmlformats-officedocument.wordprocessingml.\(part.type)+xml"))
    }
    var parts: [(String, String)] = []
    parts.append(("[Content_Types].xml", OfficePackage.contentTypes(overrides)))
    parts.append(
      ("_rels/.rels",
       OfficePackage.relationships([
         ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
         ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
       ])))
    parts.append(("docProps/core.xml", OfficePackage.coreProperties(title: document.title)))
    var documentRelationships = [
      ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"),
      ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"),
    ]
    if let part = pageNumberPart {
      documentRelationships.append(
        ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(part.type)", part.name))
    }
    parts.append(("word/_rels/document.xml.rels", OfficePackage.relationships(documentRelationships)))
    parts.append(("word/document.xml", documentXML(document)))
    parts.append(("word/styles.xml", stylesXML(document)))
    parts.append(("word/settings.xml", settingsXML(document)))
    if let part = pageNumberPart { parts.append(("word/\(part.name)", pageNumberXML(tag: part.type == "header" ? "hdr" : "ftr"))) }
    return parts
  }

  // MARK: - document.xml

  static func documentXML(_ document: WordDocument) -> String {
    var xml = XMLText.declaration
    xml += "<w:document xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\"><w:body>"
    for (index, section) in document.sections.enumerated() {
      for block in section.blocks {
        switch block {
        case .paragraph(let paragraph): xml += paragraphXML(paragraph)
        case .table(let table): xml += tableXML(table)
        }
      }
      let properties = sectionXML(section, document: document, isFirst: index == 0)
      if index < document.sections.count - 1 {
        // A section other than the last ends with a paragraph carrying its properties.
        xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>\(properties)</w:pPr></w:p>"
      } else {
        // The body must end with a paragraph, never a table (Word and LibreOffice both expect it).
        if case .table = section.blocks.last { xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>" }
        xml += properties
      }
    }
    if document.sections.isEmpty { xml += sectionXML(WordSection(blocks: []), document: document, isFirst: true) }
    xml += "</w:body></w:document>"
    return xml
  }

  static func sectionXML(_ section: WordSection, document: WordDocument, isFirst: Bool) -> String {
    func twips(_ millimetres: Double) -> Int { Int((millimetres * 56.7).rounded()) }
    var xml = "<w:sectPr>"
    switch document.pageNumbers {
    case .none: break
    case .headerSkippingFirstPage: xml += "<w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
    case .footer: xml += "<w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
    }
    xml += "<w:type w:val=\"nextPage\"/>"
    let (width, height) = section.orientation == .portrait ? (11906, 16838) : (16838, 11906)
    let orient = section.orientation == .landscape ? " w:orient=\"landscape\"" : ""
    xml += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(orient)/>"
    let m = section.margins
    xml += "<w:pgMar w:top=\"\(twips(m.top))\" w:right=\"\(twips(m.right))\" w:bottom=\"\(twips(m.bottom))\" w:left=\"\(twips(m.left))\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
    if isFirst, document.pageNumbers == .headerSkippingFirstPage { xml += "<w:titlePg/>" }
    xml += "</w:sectPr>"
    return xml
  }

  static func paragraphXML(_ paragraph: WordParagraph) -> String {
    var properties = ""
    if paragraph.keepWithNext { properties += "<w:keepNext/>" }
    if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
    if paragraph.bottomBorder {
      properties += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
    }
    if !paragraph.tabStops.isEmpty {
      properties += "<w:tabs>" + paragraph.tabStops.map {
        "<w:tab w:val=\"right\" w:leader=\"\($0.leader.rawValue)\" w:pos=\"\($0.position)\"/>"
      }.joined() + "</w:tabs>"
    }
    let line = Int((paragraph.lineSpacing * 240).rounded())
    properties += "<w:spacing w:before=\"\(Int(paragraph.spaceBefore * 20))\" w:after=\"\(Int(paragraph.spaceAfter * 20))\" w:line=\"\(line)\" w:lineRule=\"auto\"/>"
    if paragraph.leftIndent != 0 || paragraph.rightIndent != 0 || paragraph.firstLineIndent != 0 {
      properties += "<w:ind w:left=\"\(paragraph.leftIndent)\" w:right=\"\(paragraph.rightIndent)\""
      properties +=
        paragraph.firstLineIndent >= 0
        ? " w:firstLine=\"\(paragraph.firstLineIndent)\"/>" : " w:hanging=\"\(-paragraph.firstLineIndent)\"/>"
    }
    properties += "<w:jc w:val=\"\(paragraph.alignment.rawValue)\"/>"
    if let level = paragraph.outlineLevel { properties += "<w:outlineLvl w:val=\"\(max(0, level - 1))\"/>" }
    return "<w:p><w:pPr>\(properties)</w:pPr>" + paragraph.runs.map(runXML).joined() + "</w:p>"
  }

  static func runXML(_ run: WordRun) -> String {
    var properties = ""
    if run.bold { properties += "<w:b/><w:bCs/>" }
    if run.italic { properties += "<w:i/><w:iCs/>" }
    if run.underline { properties += "<w:u w:val=\"single\"/>" }
    if let size = run.size {
      let half = Int((size * 2).rounded())
      properties += "<w:sz w:val=\"\(half)\"/><w:szCs w:val=\"\(half)\"/>"
    }
    var xml = "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
    var pending = ""
    func flush() {
      if !pending.isEmpty { xml += "<w:t xml:space=\"preserve\">\(XMLText.escape(pending))</w:t>" }
      pending = ""
    }
    for character in run.text {
      switch character {
      case "\n", "\r\n":
        flush()
        xml += "<w:br/>"
      case "\t":
        flush()
        xml += "<w:tab/>"
      default: pending.append(character)
      }
    }
    flush()
    return xml + "</w:r>"
  }

  static func tableXML(_ table: WordTable) -> String {
    let total = table.columnWidths.reduce(0, +)
    var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(total)\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
    if table.borders {
      xml += "<w:tblBorders>"
      for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
      }
      xml += "</w:tblBorders>"
    }
    xml += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
    xml += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
    xml += "<w:tblGrid>" + table.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    for row in table.rows {
      var rowProperties = ""
      if row.cantSplit { rowProperties += "<w:cantSplit/>" }
      if let height = row.minimumHeight { rowProperties += "<w:trHeight w:val=\"\(height)\" w:hRule=\"atLeast\"/>" }
      if row.isHeader { rowProperties += "<w:tblHeader/>" }
      xml += "<w:tr>" + (rowProperties.isEmpty ? "" : "<w:trPr>\(rowProperties)</w:trPr>")
      var column = 0
      for cell in row.cells {
        let span = max(1, cell.columnSpan)
        let width = table.columnWidths[min(column, table.columnWidths.count)..<min(column + span, table.columnWidths.count)].reduce(0, +)
        column += span
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
        switch cell.verticalMerge {
        case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
        case .continue: xml += "<w:vMerge/>"
        case nil: break
        }
        if cell.shaded { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
        if cell.centeredVertically { xml += "<w:vAlign w:val=\"center\"/>" }
        xml += "</w:tcPr>"
        // A cell must hold at least one paragraph (ECMA-376 §17.4.66).
        let paragraphs = cell.paragraphs.isEmpty ? [WordParagraph([], spaceAfter: 0)] : cell.paragraphs
        xml += paragraphs.map(paragraphXML).joined() + "</w:tc>"
      }
      xml += "</w:tr>"
    }
    return xml + "</w:tbl>"
  }

  // MARK: - the other parts

  static func stylesXML(_ document: WordDocument) -> String {
    let size = Int((document.fontSize * 2).rounded())
    let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    return XMLText.declaration
      + "<w:styles xmlns:w=\"\(main)\"><w:docDefaults><w:rPrDefault><w:rPr>\(font)"
      + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
      + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
      + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
      + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
      + "</w:styles>"
  }

  static func settingsXML(_ document: WordDocument) -> String {
    XMLText.declaration
      + "<w:settings xmlns:w=\"\(main)\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
      + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      + "</w:settings>"
  }

  static func pageNumberXML(tag: String) -> String {
    XMLText.declaration
      + "<w:\(tag) xmlns:w=\"\(main)\" xmlns:r=\"\(relationships)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
      + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      + "</w:p></w:\(tag)>"
  }
}
