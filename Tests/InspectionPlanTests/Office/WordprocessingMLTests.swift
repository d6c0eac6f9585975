import Foundation
import Testing

@testable import InspectionPlan

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct WordprocessingMLTests {
  /// A document with what the writer must support: styled runs, a merged-header table with a
  /// repeated header row, a row merged down, a landscape section and page numbers.
  static let sample = WordDocument(
    title: "Mẫu <thử> & kiểm",
    sections: [
      WordSection(blocks: [
        .paragraph(WordParagraph([WordRun("QUYẾT ĐỊNH", bold: true, size: 14)], alignment: .center)),
        .paragraph(WordParagraph([WordRun("Căn cứ Luật Tổ chức chính quyền địa phương;\ndòng hai\tcột", italic: true)], firstLineIndent: 567)),
        .paragraph(WordParagraph([WordRun("Độc lập - Tự do - Hạnh phúc", bold: true)], alignment: .center, leftIndent: 1000, rightIndent: 1000, bottomBorder: true)),
      ]),
      WordSection(orientation: .landscape, blocks: [
        .table(WordTable(columnWidths: [600, 3000, 2000, 2000], rows: [
          WordTableRow([WordTableCell("STT", bold: true, verticalMerge: .restart), WordTableCell("Nội dung", bold: true, verticalMerge: .restart), WordTableCell("Số liệu", bold: true, columnSpan: 2)], isHeader: true),
          WordTableRow([WordTableCell("", verticalMerge: .continue), WordTableCell("", verticalMerge: .continue), WordTableCell("Kỳ trước"), WordTableCell("Kỳ này")], isHeader: true),
          WordTableRow([WordTableCell("1"), WordTableCell("Văn bản ban hành"), WordTableCell(""), WordTableCell("")], minimumHeight: 400),
        ])),
      ]),
    ])

  func parts() -> [String: String] {
    Dictionary(uniqueKeysWithValues: WordprocessingML.parts(of: Self.sample))
  }

  @Test func packageHoldsEveryPartAndReadsBack() throws {
    let archive = try TestUnzip(WordprocessingML.docx(Self.sample))
    #expect(archive.names == [
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels",
      "word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml",
    ])
    for name in archive.names { _ = try OfficeGolden.root(try archive.text(name)) }
    #expect(try archive.text("docProps/core.xml").contains("Mẫu &lt;thử&gt; &amp; kiểm"))
  }

  @Test func sameDocumentGivesSameBytes() {
    #expect(WordprocessingML.docx(Self.sample) == WordprocessingML.docx(Self.sample))
  }

  @Test func documentPartMatchesGolden() throws {
    try OfficeGolden.check(parts()["word/document.xml"]!, against: "sample-document.xml")
  }

  @Test func sectionsHaveTheirOwnOrientationOnA4() throws {
    let body = try OfficeGolden.root(parts()["word/document.xml"]!)
    let sizes = OfficeGolden.elements("w:pgSz", in: body)
    #expect(sizes.count == 2)
    #expect(OfficeGolden.attribute("w:w", of: sizes[0]) == "11906")
    #expect(OfficeGolden.attribute("w:h", of: sizes[0]) == "16838")
    #expect(OfficeGolden.attribute("w:orient", of: sizes[1]) == "landscape")
    #expect(OfficeGolden.attribute("w:w", of: sizes[1]) == "16838")
    // Nghị định 30/2020 margins: 20 mm top/bottom, 30 mm left, 15 mm right.
    let margin = OfficeGolden.elements("w:pgMar", in: body)[0]
    #expect(OfficeGolden.attribute("w:left", of: margin) == "1701")
    #expect(OfficeGolden.attribute("w:right", of: margin) == "851")
    #expect(OfficeGolden.elements("w:titlePg", in: body).count == 1)
  }

  @Test func tableHasMergedCellsRepeatedHeadersAndUnsplitRows() throws {
    let body = try OfficeGolden.root(parts()["word/document.xml"]!)
    let rows = OfficeGolden.elements("w:tr", in: body)
    #expect(rows.count == 3)
    #expect(rows.prefix(2).allSatisfy { !OfficeGolden.elements("w:tblHeader", in: $0).isEmpty })
    #expect(OfficeGolden.elements("w:tblHeader", in: rows[2]).isEmpty)
    #expect(rows.allSatisfy { !OfficeGolden.elements("w:cantSplit", in: $0).isEmpty })
    let spans = OfficeGolden.elements("w:gridSpan", in: rows[0])
    #expect(spans.map { OfficeGolden.attribute("w:val", of: $0) } == ["2"])
    let merges = OfficeGolden.elements("w:vMerge", in: body)
    #expect(merges.map { OfficeGolden.attribute("w:val", of: $0) } == ["restart", "restart", nil, nil])
    // Every row covers the four grid columns.
    for row in rows {
      let cells = OfficeGolden.elements("w:tc", in: row)
      let covered = cells.map { cell in
        Int(OfficeGolden.elements("w:gridSpan", in: cell).first.flatMap { OfficeGolden.attribute("w:val", of: $0) } ?? "1")!
      }.reduce(0, +)
      #expect(covered == 4)
    }
  }

  @Test func textKeepsBreaksTabsAndEscapes() throws {
    let xml = WordprocessingML.runXML(WordRun("a & b\nc\td\u{1}"))
    #expect(xml == "<w:r><w:t xml:space=\"preserve\">a &amp; b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t><w:tab/><w:t xml:space=\"preserve\">d</w:t></w:r>")
  }

  @Test func fontIsTimesNewRomanAndLanguageVietnamese() throws {
    let styles = try OfficeGolden.root(parts()["word/styles.xml"]!)
    let fonts = try #require(OfficeGolden.elements("w:rFonts", in: styles).first)
    #expect(OfficeGolden.attribute("w:ascii", of: fonts) == "Times New Roman")
    #expect(OfficeGolden.attribute("w:hAnsi", of: fonts) == "Times New Roman")
    #expect(OfficeGolden.elements("w:lang", in: styles).first.flatMap { OfficeGolden.attribute("w:val", of: $0) } == "vi-VN")
  }

  @Test func pageNumberIsAFieldInTheHeader() throws {
    let header = try OfficeGolden.root(parts()["word/header1.xml"]!)
    #expect(OfficeGolden.elements("w:instrText", in: header).first?.stringValue == " PAGE ")
  }
}
