import Foundation

/// Writes a plan back to JSON, in the plan-file format `PlanLoader` reads.
public enum PlanWriter {
  /// Pretty-printed JSON with the `$schema` key first, then the plan's keys.
  public static func json(_ plan: Plan, schema: String? = "plan.schema.json") throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(plan)
    var text = String(decoding: data, as: UTF8.self)
    if let schema, text.hasPrefix("{\n") {
      text = "{\n  \"$schema\" : \"\(schema)\",\n" + text.dropFirst(2)
    }
    return text + "\n"
  }
}
