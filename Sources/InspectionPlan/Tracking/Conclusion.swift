/// What the team concluded after visiting a unit (kết luận kiểm tra), as the conclusion notice
/// (thông báo kết luận) states it: the shortcomings found and the recommendations the unit must
/// carry out by a deadline.
///
/// In a plan file, an entry of the top-level `conclusions` array:
/// ```json
/// { "inspection": "kt-01", "unit": "so-cong-thuong",
///   "notice": { "number": "…/TB-SNV", "date": "2023-08-25", "signer": "…" },
///   "findings": [{ "id": "tthc-cong-khai", "area": "thu-tuc-hanh-chinh", "text": "…" }],
///   "recommendations": [{ "id": "kn-1", "findings": ["tthc-cong-khai"], "text": "…",
///     "owner": "so-cong-thuong", "due": "2023-10-31",
///     "done": { "date": "2023-10-20", "evidence": "Báo cáo số 45/BC-SCT" } }] }
/// ```
public struct Conclusion: Codable, Sendable {
  /// The visit concluded.
  public var inspection: String
  /// The unit the conclusion is about; `nil` = the visit's unit.
  public var unit: String?
  public var notice: Notice?
  public var findings: [Shortcoming]
  public var recommendations: [Recommendation]

  public init(
    inspection: String, unit: String? = nil, notice: Notice? = nil, findings: [Shortcoming] = [],
    recommendations: [Recommendation] = []
  ) {
    self.inspection = inspection
    self.unit = unit
    self.notice = notice
    self.findings = findings
    self.recommendations = recommendations
  }

  /// The conclusion notice (thông báo kết luận kiểm tra).
  public struct Notice: Codable, Sendable, Equatable {
    public var number: String?
    public var date: CivilDate
    public var signer: String?

    public init(number: String? = nil, date: CivilDate, signer: String? = nil) {
      self.number = number
      self.date = date
      self.signer = signer
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case number, date, signer }

    public init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self)
      let c = try decoder.container(keyedBy: CodingKeys.self)
      number = try c.decodeIfPresent(String.self, forKey: .number)
      date = try c.decode(CivilDate.self, forKey: .date)
      signer = try c.decodeIfPresent(String.self, forKey: .signer)
    }
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case inspection, unit, notice, findings, recommendations
  }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self, allowing: ["notes"])
    let c = try decoder.container(keyedBy: CodingKeys.self)
    inspection = try c.decode(String.self, forKey: .inspection)
    unit = try c.decodeIfPresent(String.self, forKey: .unit)
    notice = try c.decodeIfPresent(Notice.self, forKey: .notice)
    findings = try c.decodeIfPresent([Shortcoming].self, forKey: .findings) ?? []
    recommendations = try c.decodeIfPresent([Recommendation].self, forKey: .recommendations) ?? []
    // A recommendation cannot fall due before the notice that makes it.
    if let notice {
      var list = try c.nestedUnkeyedContainer(forKey: .recommendations)
      for recommendation in recommendations {
        let element = try list.nestedContainer(keyedBy: Recommendation.CodingKeys.self)
        let last = recommendation.originalDue.lastDay(planWording: Recommendation.defaultWording)
        if last < notice.date {
          throw DecodingError.dataCorruptedError(
            forKey: .due, in: element,
            debugDescription:
              "hạn '\(recommendation.originalDue.text)' (\(last.vietnamese)) trước ngày thông báo kết luận \(notice.date.vietnamese)")
        }
      }
    }
  }
}

/// A shortcoming the team found (tồn tại, hạn chế), in one of the areas inspected.
public struct Shortcoming: Codable, Sendable, Equatable {
  public var id: String
  /// The area code (see `Shortcoming.areas`), if given.
  public var area: String?
  public var text: String

  public init(id: String, area: String? = nil, text: String) {
    self.id = id
    self.area = area
    self.text = text
  }

  /// The areas of administrative reform and digital transformation, with their Vietnamese
  /// names, in the order reports use.
  public static let areas: [(code: String, name: String)] = [
    ("chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành"),
    ("the-che", "Cải cách thể chế"),
    ("thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính"),
    ("to-chuc-bo-may", "Cải cách tổ chức bộ máy"),
    ("che-do-cong-vu", "Cải cách chế độ công vụ"),
    ("tai-chinh-cong", "Cải cách tài chính công"),
    ("chinh-quyen-so", "Xây dựng chính quyền điện tử, chính quyền số"),
    ("chuyen-doi-so", "Chuyển đổi số"),
  ]

  /// The area's Vietnamese name; `nil` for an unknown code.
  public static func areaName(_ code: String) -> String? { areas.first { $0.code == code }?.name }

  enum CodingKeys: String, CodingKey, CaseIterable { case id, area, text }

  public init(from decoder: any Decoder) throws {
    try decoder.rejectUnknownKeys(CodingKeys.self)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    area = try c.decodeIfPresent(String.self, forKey: .area)
    text = try c.decode(String.self, forKey: .text)
    if let area, Self.areaName(area) == nil {
      throw DecodingError.dataCorruptedError(
        forKey: .area, in: c,
        debugDescription:
          "lĩnh vực '\(area)' không hợp lệ (cần một trong: \(Self.areas.map(\.code).joined(separator: ", ")))")
    }
  }
}
