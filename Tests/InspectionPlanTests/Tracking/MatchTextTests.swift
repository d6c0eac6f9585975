import Testing

@testable import InspectionPlan

struct MatchTextTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let a: String
    let b: String
    var testDescription: String { "'\(a)' ~ '\(b)'" }
  }

  @Test(arguments: [
    Row(a: "Hiện đại hoá", b: "hiện đại hóa"),  // old and new tone placement
    Row(a: "Uỷ ban", b: "Ủy ban"),
    Row(a: "CCHC", b: "cải cách hành chính"),
    Row(a: "VBQPPL", b: "văn bản quy phạm pháp luật"),
    Row(a: "UBND tỉnh", b: "Ủy ban nhân dân tỉnh"),
    Row(a: "ban hành 15Quyết định", b: "ban hành 15 quyết định"),  // a lost space
    Row(a: "CCHC¹.", b: "cải cách hành chính"),  // footnote mark and full stop
    Row(a: "Hie\u{0302}\u{0323}n", b: "Hiện"),  // decomposed input
  ])
  func spellingsThatMeanTheSameMatch(_ row: Row) {
    #expect(MatchText.words(row.a) == MatchText.words(row.b))
  }

  @Test func toneMarksStillDistinguishWords() {
    #expect(MatchText.words("mặt") != MatchText.words("mật"))
    #expect(MatchText.words("ma") != MatchText.words("mà"))
  }

  @Test func phraseContainment() {
    let words = MatchText.words("4. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức")
    #expect(MatchText.contains(words, MatchText.words("đội ngũ cán bộ công chức")))
    #expect(!MatchText.contains(words, MatchText.words("chế độ công vụ")))
    #expect(!MatchText.contains([], ["a"]))
  }

  @Test func similarityIsOneForTheSameTextAndZeroForNothingShared() {
    let a = MatchText.words("Cải cách thể chế")
    #expect(MatchText.similarity(a, a) == 1)
    #expect(MatchText.similarity(a, MatchText.words("Tài chính công")) == 0)
  }

  @Test func wordCountCountsWordsWithLettersOrDigits() {
    #expect(MatchText.wordCount("- Trong 6 tháng đầu năm 2022, – ; ") == 6)
  }
}
