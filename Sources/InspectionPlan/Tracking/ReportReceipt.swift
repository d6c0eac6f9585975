/// A report that arrived (`kiemtra receive` records it): when, under which incoming number, and
/// where its file is kept.
///
/// In a plan file, an entry of the top-level `reports` array:
/// `{"unit": "so-cong-thuong", "inspection": "kt-01", "received": "2023-07-28",
///   "number": "123/BC-SCT", "file": "bao-cao/so-cong-thuong.docx"}`. With `inspection`, it is
/// the report before that visit; without, the self-inspection report of a unit not visited.
/// `file` is relative to the plan file's folder (or absolute).
public struct ReportReceipt: Codable, Sendable, Equatable {
  public var unit: String
  public var inspection: String?
  public var received: CivilDate
  /// The incoming document's number as written on it ("123/BC-UBND").
  public var number: String?
  public var file: String?

  public init(unit: String, inspection: String? = nil, received: CivilDate, number: String? = nil, file: String? = nil) {
    self.unit = unit
    self.inspection = inspection
    self.received = received
    self.number = number
    self.file = file
  }

  enum CodingKeys: String, CodingKey, CaseIterable { case unit, inspection, received, number, file }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self, allowing: ["notes"])
    let c = try decoder.container(keyedBy: CodingKeys.self)
    unit = try c.decode(String.self, forKey: .unit)
    inspection = try c.decodeIfPresent(String.self, forKey: .inspection)
    received = try c.decode(CivilDate.self, forKey: .received)
    number = try c.decodeIfPresent(String.self, forKey: .number)
    file = try c.decodeIfPresent(String.self, forKey: .file)
  }

  /// The keys in the order `receive` writes them.
  public static let keyOrder = CodingKeys.allCases.map(\.rawValue)
}

extension Plan {
  /// The receipts recorded in `reports` (none without the key).
  public var allReceipts: [ReportReceipt] { reports ?? [] }

  /// The receipt of the report before `inspection` from `unit` (default: the visit's unit).
  public func receipt(for inspection: Inspection, unit: String? = nil) -> ReportReceipt? {
    let unit = unit ?? inspection.unit
    return allReceipts.last { $0.unit == unit && $0.inspection == inspection.id }
  }

  /// The receipt of a self-inspection report of `unit`.
  public func selfInspectionReceipt(of unit: String) -> ReportReceipt? {
    allReceipts.last { $0.unit == unit && $0.inspection == nil }
  }

  /// When `unit`'s report before `inspection` arrived (default: the visit's first unit):
  /// `reportReceived` on the visit (which predates visits of several units and counts for each),
  /// else the unit's receipt.
  public func reportReceived(for inspection: Inspection, unit: String? = nil) -> CivilDate? {
    inspection.reportReceived ?? receipt(for: inspection, unit: unit)?.received
  }

  /// When `unit`'s self-inspection report arrived: `selfInspectionReceived`, else its receipt.
  public func selfInspectionReceived(of unit: TargetUnit) -> CivilDate? {
    unit.selfInspectionReceived ?? selfInspectionReceipt(of: unit.id)?.received
  }
}
