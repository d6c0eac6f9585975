import Foundation

/// Reads plan files: JSON syntax, then types and keys, then the rules a plan file must meet
/// before it can be checked at all (slug ids, calendar additions in the plan year).
public enum PlanLoader {
  /// Decodes a plan from the bytes of a file named `file` (used only in messages).
  ///
  /// - Throws: `PlanError` naming the line and column or the JSON path of the first problem.
  public static func load(data: Data, file: String) throws(PlanError) -> Plan {
    do {
      try JSONSyntax.validate([UInt8](data))
    } catch {
      throw .invalidJSON(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    let plan: Plan
    do {
      plan = try JSONDecoder().decode(Plan.self, from: data)
    } catch let error as DecodingError {
      throw describe(error, file: file)
    } catch {
      throw .invalidValue(file: file, path: "", reason: "\(error)")
    }
    try validate(plan, file: file)
    return plan
  }

  /// Reads and decodes the plan file at `path`.
  public static func load(path: String) throws(PlanError) -> Plan {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let exists = FileManager.default.fileExists(atPath: path)
      throw .unreadable(file: path, reason: exists ? "permission denied or not a file" : "no such file")
    }
    return try load(data: data, file: path)
  }

  /// `inspections[3].window.to` from a decoding path.
  static func path(_ keys: [any CodingKey]) -> String {
    var text = ""
    for key in keys {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text
  }

  private static func describe(_ error: DecodingError, file: String) -> PlanError {
    switch error {
    case .typeMismatch(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath),
        reason: "expected \(typeName(type)), found \(foundName(context.debugDescription))")
    case .valueNotFound(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: "expected \(typeName(type)), found null")
    case .keyNotFound(let key, let context):
      let reason =
        context.debugDescription.hasPrefix("a person") ? context.debugDescription : "missing key"
      return .invalidValue(file: file, path: path(context.codingPath + [key]), reason: reason)
    case .dataCorrupted(let context):
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: context.debugDescription)
    @unknown default:
      return .invalidValue(file: file, path: "", reason: "\(error)")
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "a string"
    case is Int.Type: "a whole number"
    case is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is [Any].Type: "an array"
    default:
      String(describing: type).hasPrefix("Array") ? "an array" : "an object"
    }
  }

  /// Foundation says "… but found a string instead."; keep the found part.
  private static func foundName(_ description: String) -> String {
    guard let range = description.range(of: "but found ") else { return "another type" }
    var rest = String(description[range.upperBound...])
    if rest.hasSuffix(" instead.") { rest.removeLast(" instead.".count) }
    return rest
  }

  private static func validate(_ plan: Plan, file: String) throws(PlanError) {
    func fail(_ path: String, _ reason: String) -> PlanError {
      .invalidValue(file: file, path: path, reason: reason)
    }
    func checkSlug(_ id: String, _ path: String) throws(PlanError) {
      if !Slug.isValid(id) {
        throw fail(path, "'\(id)' is not an id (expected lowercase ASCII letters, digits and '-', like 'ubnd-phu-rieng')")
      }
    }
    try checkSlug(plan.id, "id")
    for (i, unit) in plan.units.enumerated() { try checkSlug(unit.id, "units[\(i)].id") }
    for (i, person) in plan.people.enumerated() { try checkSlug(person.id, "people[\(i)].id") }
    for (i, agency) in plan.agencies.enumerated() { try checkSlug(agency.id, "agencies[\(i)].id") }
    for (i, inspection) in plan.inspections.enumerated() {
      try checkSlug(inspection.id, "inspections[\(i)].id")
    }
    guard PublicHolidays.supportedYears.contains(plan.year) else {
      throw fail(
        "year",
        "\(plan.year) is outside the supported years \(PublicHolidays.supportedYears.lowerBound)–\(PublicHolidays.supportedYears.upperBound)"
      )
    }
    for (i, day) in plan.calendar.extraHolidays.enumerated() where day.date.year != plan.year {
      throw fail(
        "calendar.extraHolidays[\(i)].date",
        "'\(day.date.iso8601)' is outside the plan year \(plan.year)")
    }
    for (i, day) in plan.calendar.makeupWorkdays.enumerated() {
      if day.date.year != plan.year {
        throw fail(
          "calendar.makeupWorkdays[\(i)].date",
          "'\(day.date.iso8601)' is outside the plan year \(plan.year)")
      }
      if !day.date.weekday.isWeekend {
        throw fail(
          "calendar.makeupWorkdays[\(i)].date",
          "'\(day.date.iso8601)' is a weekday (a make-up working day must be a Saturday or Sunday)"
        )
      }
    }
    let settings = plan.settings
    if settings.minReportLeadWorkingDays < 0 {
      throw fail("settings.minReportLeadWorkingDays", "must not be negative")
    }
    if let sampling = settings.communeSampling, sampling.min < 0 || sampling.max < sampling.min {
      throw fail("settings.communeSampling", "needs 0 ≤ min ≤ max, found \(sampling.min)–\(sampling.max)")
    }
    for (kind, days) in settings.visitWorkingDays where days < 1 {
      throw fail("settings.visitWorkingDays.\(kind)", "must be at least 1, found \(days)")
    }
  }
}
