/// An agency that is not itself a unit on the plan, but leads visits or employs team members.
///
/// Agencies that are also units (Sở Nội vụ is both) are referenced by their unit id instead.
public struct Agency: Codable, Sendable, Identifiable {
  public var id: String
  public var name: String

  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }
}
