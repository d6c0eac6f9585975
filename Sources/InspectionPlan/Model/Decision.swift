/// The decision (quyết định) that approves a plan or sets up a team. Blank fields stay `nil`: the
/// reference plan's number and date were left blank in the document.
public struct Decision: Codable, Sendable {
  /// "…/QĐ-UBND", or `nil` while unnumbered.
  public var number: String?
  public var date: CivilDate?
  /// The signer's name and capacity ("KT. Chủ tịch, Phó Chủ tịch").
  public var signer: String?
  public var signerTitle: String?
  /// Who issues it: "UBND tỉnh", "Chủ tịch UBND tỉnh", "Ban Chỉ đạo CCHC tỉnh", …
  public var issuer: String?
  /// The earlier decision this one replaces, as the document cites it.
  public var replaces: String?

  public init(
    number: String? = nil, date: CivilDate? = nil, signer: String? = nil,
    signerTitle: String? = nil, issuer: String? = nil, replaces: String? = nil
  ) {
    self.number = number
    self.date = date
    self.signer = signer
    self.signerTitle = signerTitle
    self.issuer = issuer
    self.replaces = replaces
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case number, date, signer, signerTitle, issuer, replaces
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    number = try c.decodeIfPresent(String.self, forKey: .number)
    date = try c.decodeIfPresent(CivilDate.self, forKey: .date)
    signer = try c.decodeIfPresent(String.self, forKey: .signer)
    signerTitle = try c.decodeIfPresent(String.self, forKey: .signerTitle)
    issuer = try c.decodeIfPresent(String.self, forKey: .issuer)
    replaces = try c.decodeIfPresent(String.self, forKey: .replaces)
  }

  /// Whether the number or the date is still blank (a draft, "dự thảo").
  public var isDraft: Bool { number?.isEmpty ?? true || date == nil }
}
