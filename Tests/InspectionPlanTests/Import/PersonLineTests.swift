import Testing

@testable import InspectionPlan

struct PersonLineTests {
  @Test func namedPersonWithTitleAndAgency() throws {
    let line = try #require(PersonLine.parse("Bà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ"))
    #expect(line.honorific == "Bà")
    #expect(line.name == "Huỳnh Thị Bé Năm")
    #expect(line.title == "Phó Giám đốc Sở Nội vụ")
    #expect(line.agencyName == "Sở Nội vụ")
    #expect(line.id == "huynh-thi-be-nam")
  }

  @Test func titleWithDashesKeepsThemAndAgencyIsTheLastPart() throws {
    let line = try #require(
      PersonLine.parse("Ông Nguyễn Huy Hoàng - Trưởng phòng Phòng Bưu chính - Viễn Thông - Công nghệ thông tin, Sở Thông tin và Truyền thông"))
    #expect(line.title == "Trưởng phòng Phòng Bưu chính - Viễn Thông - Công nghệ thông tin, Sở Thông tin và Truyền thông")
    #expect(line.agencyName == "Sở Thông tin và Truyền thông")
    #expect(PersonLine.parse("Ông Ngô Quang Thanh - Phó Chánh văn phòng Sở Tài chính")?.agencyName == "Sở Tài chính")
  }

  @Test func roleStandsInForAName() throws {
    let line = try #require(
      PersonLine.parse("Đại diện lãnh đạo Phòng kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh"))
    #expect(line.name == nil)
    #expect(line.role == "Đại diện lãnh đạo Phòng kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh")
    #expect(line.agencyName == "Văn phòng UBND tỉnh")
    #expect(line.id == "dai-dien-phong-kstthc")
  }

  @Test(arguments: ["Truyền thông", "Ông", "Ông nguyễn văn a - x", "1. Bà", ""])
  func otherTextIsNoPerson(_ text: String) {
    #expect(PersonLine.parse(text) == nil)
  }
}
