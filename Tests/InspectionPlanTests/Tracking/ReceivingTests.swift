import Testing

@testable import InspectionPlan

/// Receipts on visits of several units and unannounced visits (plan model of issue 9).
struct ReceivingTests {
  static func day(_ text: String) -> CivilDate { CivilDate(iso8601: text)! }

  static func plan() -> Plan {
    let plan = Plan(
      id: "p", title: "Kế hoạch thử", province: "Tỉnh thử", year: 2023,
      units: [
        TargetUnit(id: "xa-a", name: "UBND xã A", kind: .communeLevel),
        TargetUnit(id: "xa-b", name: "UBND xã B", kind: .communeLevel),
        TargetUnit(id: "so-c", name: "Sở C", kind: .provincialDepartment),
      ],
      inspections: [
        Inspection(id: "kt-1", units: ["xa-a", "xa-b"], window: DateWindow(from: day("2023-08-01"), to: day("2023-08-01")), reportDue: day("2023-07-25")),
        Inspection(id: "kt-2", units: ["so-c"], kind: .unannounced, window: DateWindow(from: day("2023-09-05"), to: day("2023-09-05"))),
      ])
    return plan
  }

  @Test func eachUnitOfAVisitKeepsItsOwnReceipt() throws {
    var plan = Self.plan()
    let a = try Receiving.receipt(plan: plan, unit: "xa-a", on: Self.day("2023-07-20"), today: Self.day("2023-09-15"), number: nil, file: nil, selfInspection: false)
    #expect(a.inspection == "kt-1")
    plan.reports = [a]
    // xa-b of the same visit has not sent its report yet, and can still be received.
    let b = try Receiving.receipt(plan: plan, unit: "xa-b", on: Self.day("2023-07-27"), today: Self.day("2023-09-15"), number: nil, file: nil, selfInspection: false)
    plan.reports!.append(b)
    let statuses = ReportTracker.statuses(plan, asOf: Self.day("2023-09-15")).filter { $0.inspection == "kt-1" }
    #expect(statuses.map(\.unit) == ["xa-a", "xa-b"])
    #expect(statuses.map(\.state) == [.received, .receivedLate])
    #expect(throws: ReceiveError.self) {
      try Receiving.receipt(plan: plan, unit: "xa-a", on: Self.day("2023-07-21"), today: Self.day("2023-09-15"), number: nil, file: nil, selfInspection: false)
    }
  }

  @Test func anUnannouncedVisitHasNoReportToReceive() {
    #expect {
      try Receiving.receipt(plan: Self.plan(), unit: "so-c", on: Self.day("2023-08-20"), today: Self.day("2023-09-15"), number: nil, file: nil, selfInspection: false)
    } throws: { error in
      (error as? ReceiveError)?.message.contains("kiểm tra đột xuất") == true
    }
  }

  @Test func undoRemovesOnlyTheUnitsLastReceipt() throws {
    var plan = Self.plan()
    plan.reports = [
      ReportReceipt(unit: "xa-a", inspection: "kt-1", received: Self.day("2023-07-20")),
      ReportReceipt(unit: "xa-b", inspection: "kt-1", received: Self.day("2023-07-21")),
    ]
    let (edits, removed) = try Receiving.undoEdits(plan: plan, unit: "xa-a")
    #expect(removed.unit == "xa-a")
    #expect(edits.map(\.path.description) == ["reports[0]"])
  }
}
