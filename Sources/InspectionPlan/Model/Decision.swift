/// The decision (quyết định) that approves a plan. Blank fields stay `nil`: the reference plan's
/// number and date were left blank in the document.
public struct Decision: Codable, Sendable {
  /// "…/QĐ-UBND", or `nil` while unnumbered.
  public var number: String?
  public var date: CivilDate?
  /// The signer's name and capacity ("KT. Chủ tịch, Phó Chủ tịch").
  public var signer: String?
  public var signerTitle: String?
  /// The earlier decision this one replaces, as the document cites it.
  public var replaces: String?
}
