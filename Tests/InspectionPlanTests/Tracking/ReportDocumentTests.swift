import Testing

@testable import InspectionPlan

struct ReportDocumentTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let line: String
    let number: String?
    let rank: Int?
    var testDescription: String { line }
  }

  @Test(arguments: [
    Row(line: "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", number: "I", rank: 0),
    Row(line: "II KẾT QUẢ THỰC HIỆN", number: "II", rank: 0),
    Row(line: "4. Cải cách chế độ công vụ", number: "4", rank: 1),
    Row(line: "4 Cải cách công vụ", number: "4", rank: 1),  // a news summary's numbering
    Row(line: "1.2. Kết quả kiểm tra, rà soát", number: "1.2", rank: 2),
    Row(line: "- 1.1. Kết quả xây dựng, ban hành", number: "1.1", rank: 2),
    Row(line: "b) Quản lý biên chế:", number: "b", rank: 3),
    Row(line: "## Cải cách thể chế", number: "", rank: 1),
    Row(line: "X.H.C.N", number: nil, rank: nil),  // a heading needs two words
    Row(line: "15 hồ sơ đã giải quyết", number: nil, rank: nil),  // lowercase after the number
    Row(line: "- Ban hành Kế hoạch số 10/KH-UBND.", number: nil, rank: nil),
  ])
  func headingsAreRecognisedByTheirNumbering(_ row: Row) {
    let document = ReportDocument(text: row.line + "\nMột đoạn văn bản dài hơn dòng đề mục ở trên để làm nội dung.\n")
    let heading = document.headings.first { $0.line == 1 }
    #expect(heading?.number == row.number)
    #expect(heading?.rank == row.rank)
  }

  @Test func looseHeadingNeedsALongerTextAfterIt() {
    let document = ReportDocument(text: "Kết quả thực hiện quy định về tài sản công\nHội đồng nhân dân tỉnh ban hành 04 Nghị quyết về tài sản công.\n")
    #expect(document.headings.map(\.rank) == [9])
    let alone = ReportDocument(text: "Kết quả thực hiện quy định về tài sản công\n")
    #expect(alone.headings.isEmpty)
  }

  @Test func sectionEndsAtTheNextHeadingOfTheSameRankAndBodyEndsAtTheSignature() {
    let text = """
      I. CÔNG TÁC CHỈ ĐẠO
      1. Về kế hoạch
      Nội dung một.
      2. Về kiểm tra
      Nội dung hai.
      II. KẾT QUẢ THỰC HIỆN
      Nội dung ba.
      Nơi nhận:
      - Bộ Nội vụ;
      """
    let document = ReportDocument(text: text)
    #expect(document.bodyEnd == 8)
    let part = document.headings[0]
    #expect(document.sectionEnd(of: part) == 6)
    #expect(document.sectionEnd(of: document.headings[1]) == 4)
    #expect(document.sectionEnd(of: document.headings[3]) == 8)
    #expect(document.words(in: 2..<4) == 7)  // "1. Về kế hoạch" and "Nội dung một."
  }

  @Test func tableRowsFromTabsAndPipes() {
    let document = ReportDocument(text: "1.\tSố văn bản\tVăn bản\t12\t\n| 2 | Số nhiệm vụ | Nhiệm vụ | |\n|---|---|---|---|\n")
    #expect(document.rows.map(\.cells) == [["1.", "Số văn bản", "Văn bản", "12", ""], ["2", "Số nhiệm vụ", "Nhiệm vụ", ""]])
  }

  /// Random text made of report-like pieces never crashes the reader, and every heading,
  /// paragraph and row it finds is on a real line.
  @Test func randomTextIsReadSafely() {
    var generator = SplitMix64(seed: 20231)
    let pieces = ["I.", "II ", "1.", "1.2.", "a)", "- ", "#", "|", "\t", "Cải cách", "thể chế", "\n", "\n", " ", "Nơi nhận", "Phụ lục", "¹", ".", ";", "X.H.C.N", "ệ", "\u{0301}", "\r\n", "15Quyết"]
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int(generator.next() % 60) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let document = ReportDocument(text: text)
      let count = document.lines.count
      #expect(document.headings.allSatisfy { (1...count).contains($0.line) })
      #expect(document.paragraphs.allSatisfy { (1...count).contains($0.line) })
      #expect(document.rows.allSatisfy { (1...count).contains($0.line) })
      for heading in document.headings { #expect(document.sectionEnd(of: heading) > heading.line) }
    }
  }
}
