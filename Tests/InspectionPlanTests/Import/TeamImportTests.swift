import Foundation
import Testing

@testable import InspectionPlan

/// A document with two teams and visits planned by month, quarter and half day
/// (`Fixtures/two-teams-2025.txt`) imports into the model's team and period forms.
struct TeamImportTests {
  @Test func twoTeamsAndPlannedPeriods() throws {
    let result = try SeedImportTests.importFixture("two-teams-2025.txt")
    let plan = result.plan
    #expect(result.report.unmapped == [])
    #expect(plan.teams.map(\.name) == ["Đoàn kiểm tra số 1", "Đoàn kiểm tra số 2"])
    #expect(plan.teams.map(\.id) == ["doan-kiem-tra-so-1", "doan-kiem-tra-so-2"])
    #expect(plan.teams[0].leader == "huynh-thi-be-nam")
    #expect(plan.teams[0].deputies == ["trinh-quang-hanh"])
    #expect(plan.teams[0].members == ["vu-thi-phuong", "than-van-hao"])
    #expect(plan.teams[1].leader == "nguyen-minh-quang")
    #expect(plan.inspections.map(\.team) == ["doan-kiem-tra-so-1", "doan-kiem-tra-so-1", "doan-kiem-tra-so-2", "doan-kiem-tra-so-2"])
    // Every visit inherits its team's roster: nothing is repeated on the visits.
    #expect(plan.inspections.allSatisfy { $0.leader == nil && $0.deputies == nil && $0.members == nil })
    #expect(plan.roster(of: plan.inspections[3]).map(\.personID) == ["nguyen-minh-quang", "nguyen-huy-hoang", "le-thi-lan-anh", "le-tien-thanh"])
    let day = CivilDate(year: 2025, month: 11, day: 4)!
    #expect(plan.inspections[0].window == DateWindow(from: CivilDate(year: 2025, month: 8, day: 4)!, to: CivilDate(year: 2025, month: 8, day: 8)!))
    #expect(plan.inspections[1].period == .month(year: 2025, month: 10))
    #expect(plan.inspections[1].window == nil)
    #expect(plan.inspections[2].period == .quarter(year: 2025, quarter: 4))
    #expect(plan.inspections[3].window == DateWindow(from: day, to: day, part: .morning))
    #expect(plan.inspections.map(\.reportDue?.iso8601) == ["2025-07-25", "2025-09-15", "2025-09-15", "2025-09-15"])
    #expect(result.report.dueLines.map(\.wording) == ["trước ngày", "chậm nhất ngày"])
  }

  @Test func theWrittenPlanLoadsBack() throws {
    let plan = try SeedImportTests.importFixture("two-teams-2025.txt").plan
    let json = try PlanWriter.json(plan)
    let loaded = try PlanLoader.load(data: Data(json.utf8), file: "two-teams.json")
    #expect(loaded.teams.count == 2)
    #expect(loaded.inspections[1].period == .month(year: 2025, month: 10))
    #expect(loaded.inspections[3].window?.part == .morning)
  }
}

/// A visit to several units on one trip.
struct SeveralUnitsImportTests {
  static func plan(_ unitCell: String) throws -> Plan {
    let text = [
      "STT\tĐối tượng kiểm tra\tThời gian kiểm tra\tTrưởng đoàn",
      "1\t\(unitCell)\tNgày 04/9/2025\tBà Huỳnh Thị Bé Năm - Phó Giám đốc Sở Nội vụ",
    ].joined(separator: "\n")
    return try PlanImporter.interpret(TextDocumentReader.read(Array(text.utf8))).plan
  }

  @Test func aListOfCommunesIsOneTripToEach() throws {
    #expect(try Self.plan("UBND xã Long Hà, xã Long Tân và xã Phú Trung").inspections[0].units
      == ["ubnd-xa-long-ha", "ubnd-xa-long-tan", "ubnd-xa-phu-trung"])
    #expect(try Self.plan("<p>Sở Y tế</p><p>Sở Xây dựng</p>").inspections[0].units == ["so-y-te", "so-xay-dung"])
  }

  @Test(arguments: ["Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư", "Sở Lao động, Thương binh và Xã hội"])
  func aNameWithCommasOrVaStaysWhole(name: String) throws {
    #expect(try Self.plan(name).inspections[0].units.count == 1)
  }
}
