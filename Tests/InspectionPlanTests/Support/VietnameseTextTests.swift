import Testing

@testable import InspectionPlan

struct VietnameseTextTests {
  @Test func sortsInVietnameseAlphabetOrder() {
    let names = ["Đặng", "Dương", "Ánh", "Anh", "Âu", "Ăn", "Bình", "Ơn", "Ô", "Oanh"]
    #expect(VietnameseText.sorted(names) == ["Anh", "Ánh", "Ăn", "Âu", "Bình", "Dương", "Đặng", "Oanh", "Ô", "Ơn"])
  }

  @Test func matchesNamesAcrossNormalizationAndSpelling() {
    let unit = TargetUnit(id: "x", name: "Sở Kế hoạch và Đầu tư", kind: .provincialDepartment)
    let decomposed = "So\u{031B}\u{0309} Ke\u{0302}\u{0301} hoa\u{0323}ch - Đa\u{0302}\u{0300}u tu\u{031B}"
    #expect(unit.isNamed(decomposed))
    #expect(!unit.isNamed("Sở Tài chính"))
  }

  @Test(arguments: [("ubnd-phu-rieng", true), ("UBND", false), ("phú", false), ("../x", false), ("a--b", false), ("-a", false), ("kt-01", true)])
  func slugs(text: String, valid: Bool) {
    #expect(Slug.isValid(text) == valid)
  }
}
