/// What kind of inspection a visit is; raw values are the plan-file spelling.
public enum InspectionKind: String, Codable, CaseIterable, Sendable {
  /// A scheduled visit, announced to the unit, which reports before it (the default).
  case onSite = "on-site"
  /// Kiểm tra đột xuất: no notice and no report before the visit; its dates appear only in the
  /// team's own outputs, never in anything sent to the unit.
  case unannounced
  /// Kiểm tra chuyên đề: only some areas of the outline (`Inspection.areas`).
  case thematic
  /// Kiểm tra qua báo cáo, hồ sơ: the team reviews documents without travelling, so no travel
  /// allowance is paid and nobody is blocked on site.
  case deskReview = "desk-review"

  /// The Vietnamese name of the kind, for output.
  public var vietnameseName: String {
    switch self {
    case .onSite: "kiểm tra theo kế hoạch"
    case .unannounced: "kiểm tra đột xuất"
    case .thematic: "kiểm tra chuyên đề"
    case .deskReview: "kiểm tra qua báo cáo, hồ sơ"
    }
  }

  /// Whether the unit is told of the visit and sends a report before it.
  public var isAnnounced: Bool { self != .unannounced }

  /// Whether the team travels to the unit and is blocked for the visit's days.
  public var occupiesTeam: Bool { self != .deskReview }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeClosedSet(InspectionKind.self, what: "loại hình kiểm tra hợp lệ")
  }
}

/// An area of administrative reform (the seven CCHC areas) or digital transformation, which a
/// thematic visit can be limited to; raw values are the plan-file spelling.
public enum InspectionArea: String, Codable, CaseIterable, Sendable {
  case directionAndManagement = "chi-dao-dieu-hanh"
  case institutions = "the-che"
  case administrativeProcedures = "thu-tuc-hanh-chinh"
  case organisation = "to-chuc-bo-may"
  case civilService = "che-do-cong-vu"
  case publicFinance = "tai-chinh-cong"
  case digitalGovernment = "chinh-quyen-so"
  case digitalTransformation = "chuyen-doi-so"

  /// The Vietnamese name of the area, for output.
  public var vietnameseName: String {
    switch self {
    case .directionAndManagement: "công tác chỉ đạo, điều hành"
    case .institutions: "cải cách thể chế"
    case .administrativeProcedures: "cải cách thủ tục hành chính"
    case .organisation: "cải cách tổ chức bộ máy"
    case .civilService: "cải cách chế độ công vụ"
    case .publicFinance: "cải cách tài chính công"
    case .digitalGovernment: "xây dựng chính quyền điện tử, chính quyền số"
    case .digitalTransformation: "chuyển đổi số"
    }
  }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeClosedSet(InspectionArea.self, what: "lĩnh vực hợp lệ")
  }
}

/// Half a day: a visit to one unit in the morning and another in the afternoon.
public enum DayPart: String, Codable, CaseIterable, Sendable {
  case morning, afternoon

  /// "sáng" or "chiều".
  public var vietnameseName: String { self == .morning ? "sáng" : "chiều" }

  public init(from decoder: any Decoder) throws {
    self = try decoder.decodeClosedSet(DayPart.self, what: "buổi hợp lệ")
  }
}

extension Decoder {
  /// Decodes one of a closed set of strings, with a Vietnamese message listing the valid ones:
  /// "'x' không phải là WHAT (cần một trong: …)".
  func decodeClosedSet<T: RawRepresentable & CaseIterable>(_ type: T.Type, what: String) throws -> T
  where T.RawValue == String {
    let container = try singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = T(rawValue: text) else {
      throw DecodingError.dataCorruptedError(
        in: container,
        debugDescription: "'\(text)' không phải là \(what) (cần một trong: "
          + T.allCases.map(\.rawValue).joined(separator: ", ") + ")")
    }
    return value
  }
}
