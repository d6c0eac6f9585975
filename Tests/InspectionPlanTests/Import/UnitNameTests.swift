import Testing

@testable import InspectionPlan

struct UnitNameTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let written: String
    let name: String
    let id: String
    let kind: UnitKind
    var testDescription: String { written }
  }

  @Test(arguments: [
    Row(written: "Sở Công Thương", name: "Sở Công Thương", id: "so-cong-thuong", kind: .provincialDepartment),
    Row(written: "Sở Tài Nguyên và Môi trường", name: "Sở Tài nguyên và Môi trường", id: "so-tai-nguyen-moi-truong", kind: .provincialDepartment),
    Row(written: "Sở Kế hoạch - Đầu tư", name: "Sở Kế hoạch và Đầu tư", id: "so-ke-hoach-dau-tu", kind: .provincialDepartment),
    Row(written: "Sở Lao động, Thương binh và Xã hội", name: "Sở Lao động - Thương binh và Xã hội", id: "so-lao-dong-tbxh", kind: .provincialDepartment),
    Row(written: "Sở Nông nghiệp và Phát triển nông thôn", name: "Sở Nông nghiệp và Phát triển nông thôn", id: "so-nong-nghiep-ptnt", kind: .provincialDepartment),
    Row(written: "Văn phòng Ủy ban nhân dân tỉnh", name: "Văn phòng UBND tỉnh", id: "van-phong-ubnd-tinh", kind: .provincialDepartment),
    Row(written: "Bảo hiểm xã hội tỉnh", name: "Bảo hiểm xã hội tỉnh", id: "bhxh-tinh", kind: .centralBranch),
    Row(written: "Cục Thuế tỉnh", name: "Cục Thuế tỉnh", id: "cuc-thue-tinh", kind: .centralBranch),
    Row(written: "UBND thành phố Đồng Xoài", name: "UBND thành phố Đồng Xoài", id: "ubnd-dong-xoai", kind: .districtLevel),
    Row(written: "Ủy ban nhân dân huyện Bù Gia Mập", name: "Ủy ban nhân dân huyện Bù Gia Mập", id: "ubnd-bu-gia-map", kind: .districtLevel),
    Row(written: "UBND xã Long Hà", name: "UBND xã Long Hà", id: "ubnd-xa-long-ha", kind: .communeLevel),
    Row(written: "UBND thị trấn Tân Phú", name: "UBND thị trấn Tân Phú", id: "ubnd-thi-tran-tan-phu", kind: .communeLevel),
    Row(written: "Sở Khoa học và Công nghệ.", name: "Sở Khoa học và Công nghệ", id: "so-khoa-hoc-cong-nghe", kind: .provincialDepartment),
  ])
  func classifiesWrittenNames(_ row: Row) throws {
    let unit = try #require(UnitName.classify(row.written))
    #expect(unit.name == row.name)
    #expect(unit.id == row.id)
    #expect(unit.kind == row.kind)
    #expect(Slug.isValid(unit.id))
  }

  @Test(arguments: ["Truyền thông", "", "Lưu ý: Tại mỗi đơn vị", "Ông Nguyễn Văn A"])
  func otherTextIsNoUnit(_ text: String) {
    #expect(UnitName.classify(text) == nil)
  }

  @Test func slugsAreValidForAnyText() {
    var generator = SplitMix64(seed: 99)
    let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐ -,./()0123456789")
    for _ in 0..<500 {
      let text = String((0..<Int(generator.next() % 80)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      let slug = UnitName.slug(text)
      #expect(slug.isEmpty || Slug.isValid(slug), "\(text) → \(slug)")
    }
  }
}
