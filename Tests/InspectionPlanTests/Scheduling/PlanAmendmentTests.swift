import Testing

@testable import InspectionPlan

struct PlanAmendmentTests {
  func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  func plan(_ inspections: [Inspection]) -> Plan {
    Plan(
      id: "thu", title: "Kế hoạch thử", province: "Thử", year: 2025,
      units: ["a", "b", "c"].map { TargetUnit(id: $0, name: "Đơn vị \($0)", kind: .provincialDepartment) },
      people: ["x", "y", "z"].map { Person(id: $0, honorific: "Ông", name: "Người \($0)") },
      inspections: inspections)
  }

  @Test func listsAddedRemovedMovedTeamAndDueChanges() {
    let window = DateWindow(from: day("2025-03-03"), to: day("2025-03-07"))
    let old = plan([
      Inspection(id: "kt-1", unit: "a", window: window, leader: "x", members: ["y"], reportDue: day("2025-02-25")),
      Inspection(id: "kt-2", unit: "b", window: window, leader: "y"),
    ])
    var moved = old.inspections[0]
    moved.window = DateWindow(from: day("2025-03-10"), to: day("2025-03-14"))
    moved.reportDue = day("2025-03-04")
    moved.members = ["z"]
    let new = plan([moved, Inspection(id: "kt-3", unit: "c", window: window, leader: "z")])
    let amendment = PlanAmendment(old: old, new: new)
    #expect(amendment.entries.map(\.inspection) == ["kt-1", "kt-3", "kt-2"])
    #expect(amendment.entries[0].changes == [.moved, .team, .reportDue])
    #expect(amendment.entries[1].changes == [.added])
    #expect(amendment.entries[2].changes == [.removed])
    let text = AmendmentReport.text(amendment)
    #expect(text.contains("1. Điều chỉnh thời gian kiểm tra tại Đơn vị a: từ ngày 03/03/2025 đến hết ngày 07/03/2025 thành từ ngày 10/03/2025 đến hết ngày 14/03/2025; thời hạn gửi báo cáo trước ngày 25/02/2025 thành trước ngày 04/03/2025."))
    #expect(text.contains("Điều chỉnh thành phần Đoàn kiểm tra tại Đơn vị a: bổ sung Thành viên: Ông Người z, thôi tham gia Thành viên: Ông Người y."))
    #expect(text.contains("Bổ sung kiểm tra tại Đơn vị c: từ ngày 03/03/2025 đến hết ngày 07/03/2025"))
    #expect(text.contains("Không kiểm tra tại Đơn vị b (từ ngày 03/03/2025 đến hết ngày 07/03/2025)."))
    #expect(AmendmentReport.markdown(amendment).contains("| 1 | Đơn vị a | Thời gian kiểm tra | từ ngày 03/03/2025 đến hết ngày 07/03/2025 | từ ngày 10/03/2025 đến hết ngày 14/03/2025 |"))
  }

  @Test func identicalPlansHaveNoAmendment() {
    let p = plan([Inspection(id: "kt-1", unit: "a", leader: "x")])
    let amendment = PlanAmendment(old: p, new: p)
    #expect(amendment.entries.isEmpty)
    #expect(AmendmentReport.text(amendment).contains("Không có điều chỉnh."))
  }
}
