import Testing

@testable import InspectionPlan

/// The shapes the appendix table takes, written as tab-separated text.
struct AppendixTableTests {
  static let nam = "Bà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ"
  static let quang = "Ông Nguyễn Minh Quang - Giám đốc Sở Thông tin và Truyền thông"
  static let hanh = "Ông Trịnh Quang Hạnh - Trưởng phòng, Sở Nội vụ"
  static let hao = "Ông Thân Văn Hào - Chuyên viên, Sở Nội vụ"

  static func table(_ lines: [String]) throws -> (AppendixTable?, ImportReport) {
    let document = try TextDocumentReader.read(Array(lines.joined(separator: "\n").utf8))
    var report = ImportReport()
    let table = AppendixTable(document, report: &report)
    return (table, report)
  }

  @Test func teamColumnStartsANewRosterPerTeam() throws {
    let (found, _) = try Self.table([
      "STT\tĐoàn\tĐối tượng kiểm tra\tThời gian kiểm tra\tTrưởng đoàn\tPhó Trưởng đoàn\tThành viên",
      "1\tĐoàn số 1\tSở Y tế\tTháng 3/2025\t\(Self.nam)\t\(Self.quang)\t1. \(Self.hanh)",
      "2\tĐoàn số 1\tSở Xây dựng\tTháng 4/2025\t\t\t",
      "3\tĐoàn số 2\tSở Tư pháp\tTháng 5/2025\t\(Self.quang)\t\(Self.nam)\t1. \(Self.hao)",
    ])
    let table = try #require(found)
    #expect(table.visits.map(\.team) == [0, 0, 1])
    #expect(table.teams == ["Đoàn số 1", "Đoàn số 2"])
    #expect(table.visits.map(\.roster) == [0, 0, 1])
    #expect(table.visits[1].leader?.text == Self.nam)
    #expect(table.rosters[1].map(\.number) == [1])
  }

  @Test func membersNumberedOnAcrossRowsAndPagesFormOneRoster() throws {
    let header = ["STT\tĐối tượng kiểm tra\tThời gian kiểm tra\tThành phần Đoàn kiểm tra\t\t",
      "\t\t\tTrưởng đoàn\tPhó Trưởng đoàn\tThành viên"]
    let (found, report) = try Self.table(
      header + ["1\tSở Y tế\tTừ ngày 03/3/2025 đến hết ngày 07/3/2025\t\(Self.nam)\t\(Self.quang)\t1. \(Self.hanh)"]
        + [""] + header
        + ["2\tSở Xây dựng\tTừ ngày 10/3/2025 đến hết ngày 14/3/2025\t\t\t2. \(Self.hao)",
          "Lưu ý: Tại mỗi đơn vị cấp huyện chọn thêm từ 01 đến 02 đơn vị cấp xã.\t\t\t\t\t"])
    let table = try #require(found)
    #expect(table.visits.count == 2)
    #expect(table.rosters.count == 1)
    #expect(table.rosters[0].map(\.number) == [1, 2])
    #expect(table.visits.map(\.roster) == [0, 0])
    #expect(table.notes.map(\.text) == ["Lưu ý: Tại mỗi đơn vị cấp huyện chọn thêm từ 01 đến 02 đơn vị cấp xã."])
    #expect(report.unmapped == [])
  }

  @Test func numberingFromOneAgainOrUnnumberedListsStartANewRoster() throws {
    let (found, _) = try Self.table([
      "STT\tĐối tượng kiểm tra\tThời gian kiểm tra\tTrưởng đoàn\tPhó Trưởng đoàn\tThành viên",
      "1\tSở Y tế\tTháng 3/2025\t\(Self.nam)\t\(Self.quang)\t1. \(Self.hanh)",
      "2\tSở Xây dựng\tTháng 4/2025\t\t\t1. \(Self.hao)",
      "3\tSở Tư pháp\tTháng 5/2025\t\t\t<p>\(Self.hanh)</p><p>\(Self.hao)</p>",
      "4\tSở Ngoại vụ\tTháng 6/2025\t\t\t",
    ])
    let table = try #require(found)
    #expect(table.visits.map(\.roster) == [0, 1, 2, 2])
    #expect(table.rosters[2].map(\.text) == [Self.hanh, Self.hao])
  }

  @Test func aTableWithoutTheAppendixColumnsIsNotTheAppendix() throws {
    let (found, _) = try Self.table(["STT\tNội dung\tĐơn vị thực hiện", "1\tRà soát\tSở Nội vụ"])
    #expect(found == nil)
  }

  @Test func rowsWithoutAUnitAreReported() throws {
    let (found, report) = try Self.table([
      "STT\tĐối tượng kiểm tra\tThời gian kiểm tra\tTrưởng đoàn",
      "1\tSở Y tế\tTháng 3/2025\t\(Self.nam)",
      "2\t\tTháng 4/2025\t\(Self.quang)",
    ])
    #expect(found?.visits.count == 1)
    #expect(report.unmapped.map(\.text).contains("Tháng 4/2025"))
    #expect(report.unmapped.allSatisfy { $0.reason == "hàng không có đối tượng kiểm tra" })
  }
}
