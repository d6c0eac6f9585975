/// Why a report cannot be recorded as received (or un-recorded).
public struct ReceiveError: Error, Equatable, Sendable {
  /// One line in Vietnamese.
  public let message: String
}

/// The plan edits that record a received report, or take the last record back.
public enum Receiving {
  /// Which report `unit` owes: the one before its visit, or (with `selfInspection`) its
  /// self-inspection report as a unit not visited.
  ///
  /// - Throws: `ReceiveError` for an unknown unit, a unit with no visit (unless
  ///   `selfInspection`), a visited unit named with `selfInspection`, a date before the plan
  ///   year or after `today`, or a report already recorded.
  public static func receipt(
    plan: Plan, unit unitID: String, on date: CivilDate, today: CivilDate, number: String?,
    file: String?, selfInspection: Bool
  ) throws(ReceiveError) -> ReportReceipt {
    guard let unit = plan.units.first(where: { $0.id == unitID }) else {
      throw ReceiveError(message: "không có đơn vị mã '\(unitID)' trong kế hoạch")
    }
    let first = CivilDate(year: plan.year, month: 1, day: 1)!
    if date < first {
      throw ReceiveError(message: "ngày nhận \(date.vietnamese) trước năm kế hoạch \(plan.year)")
    }
    if date > today {
      throw ReceiveError(message: "ngày nhận \(date.vietnamese) sau ngày hôm nay \(today.vietnamese)")
    }
    let visit = plan.inspections.first { $0.units.contains(unitID) }
    if selfInspection {
      if let visit {
        throw ReceiveError(message: "\(unit.name) được kiểm tra (\(visit.id)): báo cáo của đơn vị là báo cáo phục vụ kiểm tra, bỏ --self-inspection")
      }
      if let received = plan.selfInspectionReceived(of: unit) {
        throw ReceiveError(message: "đã ghi nhận báo cáo tự kiểm tra của \(unit.name) ngày \(received.vietnamese) (dùng --undo để bỏ ghi nhận đó trước)")
      }
      return ReportReceipt(unit: unitID, received: date, number: number, file: file)
    }
    guard let visit else {
      throw ReceiveError(message: "\(unit.name) không có cuộc kiểm tra nào trong kế hoạch; nếu là báo cáo tự kiểm tra, thêm --self-inspection")
    }
    guard visit.kind.isAnnounced else {
      throw ReceiveError(message: "cuộc kiểm tra \(visit.id) tại \(unit.name) là kiểm tra đột xuất: không có báo cáo trước khi kiểm tra")
    }
    if let received = plan.reportReceived(for: visit, unit: unitID) {
      throw ReceiveError(message: "đã ghi nhận báo cáo của \(unit.name) ngày \(received.vietnamese) (dùng --undo để bỏ ghi nhận đó trước)")
    }
    return ReportReceipt(unit: unitID, inspection: visit.id, received: date, number: number, file: file)
  }

  /// Appends `receipt` to the plan's `reports` (creating the key after `inspections`).
  public static func recordEdits(plan: Plan, receipt: ReportReceipt) -> [PlanEdit] {
    let value = json(receipt)
    if plan.reports == nil {
      return [.set("reports", to: .array([value]), keyOrder: ["inspections", "reports"])]
    }
    return [.append("reports", value)]
  }

  /// Removes the last receipt of `unit`; removes the `reports` key when it was the only one, so
  /// recording and undoing leaves the file as it was.
  ///
  /// - Throws: `ReceiveError` when `unit` has no receipt in `reports`.
  public static func undoEdits(plan: Plan, unit: String) throws(ReceiveError) -> (edits: [PlanEdit], removed: ReportReceipt) {
    let receipts = plan.allReceipts
    guard let index = receipts.lastIndex(where: { $0.unit == unit }) else {
      throw ReceiveError(message: "không có báo cáo nào của '\(unit)' được ghi nhận trong khóa reports để bỏ")
    }
    if receipts.count == 1 { return ([.remove("reports")], receipts[index]) }
    return ([.remove(JSONPath([.key("reports"), .index(index)]))], receipts[index])
  }

  static func json(_ receipt: ReportReceipt) -> JSONValue {
    var fields: [(String, JSONValue)] = [("unit", .string(receipt.unit))]
    if let inspection = receipt.inspection { fields.append(("inspection", .string(inspection))) }
    fields.append(("received", .string(receipt.received.iso8601)))
    if let number = receipt.number { fields.append(("number", .string(number))) }
    if let file = receipt.file { fields.append(("file", .string(file))) }
    return .object(fields)
  }
}
