/// The kind of a unit that can be inspected; raw values are the plan-file spelling.
public enum UnitKind: String, Codable, CaseIterable, Sendable {
  /// A provincial department (sở, ban, ngành; cơ quan chuyên môn cấp tỉnh), e.g. Sở Công Thương.
  case provincialDepartment = "provincial-department"
  /// A central agency's branch in the province (cơ quan ngành dọc), e.g. Bảo hiểm xã hội tỉnh.
  case centralBranch = "central-branch"
  /// A district-level people's committee (UBND huyện, thị xã, thành phố).
  case districtLevel = "district-level"
  /// A commune-level people's committee (UBND xã, phường, thị trấn; since 1 July 2025 also đặc
  /// khu).
  case communeLevel = "commune-level"
  /// A public service unit (đơn vị sự nghiệp công lập), e.g. a provincial hospital or school.
  case publicServiceUnit = "public-service-unit"

  /// The Vietnamese name of the kind, for output.
  public var vietnameseName: String {
    switch self {
    case .provincialDepartment: "sở, ban, ngành tỉnh"
    case .centralBranch: "cơ quan ngành dọc"
    case .districtLevel: "UBND cấp huyện"
    case .communeLevel: "UBND cấp xã"
    case .publicServiceUnit: "đơn vị sự nghiệp công lập"
    }
  }

  /// Whether units of this kind still exist in a plan for `year`: the district level was
  /// abolished on 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025), so a plan for 2026 or
  /// later has no district-level units.
  public func exists(inPlanYear year: Int) -> Bool { self != .districtLevel || year <= 2025 }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeClosedSet(UnitKind.self, what: "loại đơn vị")
  }
}
