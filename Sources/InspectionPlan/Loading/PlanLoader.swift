import Foundation

/// Reads plan files: JSON syntax, then types and keys, then the rules a plan file must meet
/// before it can be checked at all (slug ids, calendar additions in the plan year, every number
/// within `Limits`).
public enum PlanLoader {
  /// The largest values a plan file may hold; larger ones are refused when the plan is read.
  public enum Limits {
    /// Working days (a visit's length, report lead times): a year has about 250.
    public static let workingDays = 366
    /// Communes drawn at one district.
    public static let communes = 1000
    /// Allowance per person per day, in đồng: 10.000.000 (the reference plan pays 80.000).
    public static let allowancePerPersonDay = 10_000_000
  }

  /// Decodes a plan from the bytes of a file named `file` (used only in messages).
  ///
  /// - Throws: `PlanError` naming the line and column or the JSON path of the first problem.
  public static func load(data: Data, file: String) throws(PlanError) -> Plan {
    let document: JSONDocument
    do {
      document = try JSONSyntax.parse([UInt8](data))
    } catch {
      throw .invalidJSON(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    let plan: Plan
    do {
      plan = try TreeDecoder(ignoredRootKeys: ["$schema", "notes"]).decode(Plan.self, from: document)
    } catch let error as DecodingError {
      throw describe(error, file: file)
    } catch let error as TreeDecoder.UnknownKey {
      throw .invalidValue(file: file, path: error.path.description, reason: error.reason)
    } catch {
      throw .invalidValue(file: file, path: "", reason: "không đọc được kế hoạch")
    }
    try validate(plan, file: file)
    return plan
  }

  /// Reads and decodes the plan file at `path`.
  public static func load(path: String) throws(PlanError) -> Plan {
    try load(data: try read(path: path), file: path)
  }

  /// The bytes of the plan file at `path`.
  ///
  /// - Throws: `PlanError.unreadable` saying whether the file is missing or unreadable.
  public static func read(path: String) throws(PlanError) -> Data {
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let exists = FileManager.default.fileExists(atPath: path)
      throw .unreadable(file: path, reason: exists ? "không có quyền đọc hoặc không phải là tệp" : "tệp không tồn tại")
    }
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

  static func describe(_ error: DecodingError, file: String) -> PlanError {
    switch error {
    case .typeMismatch(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath),
        reason: "cần \(typeName(type)), gặp \(foundName(context.debugDescription))")
    case .valueNotFound(let type, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: "cần \(typeName(type)), gặp null")
    case .keyNotFound(let key, let context):
      return .invalidValue(
        file: file, path: path(context.codingPath + [key]), reason: "thiếu khóa bắt buộc")
    case .dataCorrupted(let context):
      // Every text the plan types and TreeDecoder write is Vietnamese; an ASCII-only one would
      // come from Foundation, in English, and is not shown.
      let ours = context.debugDescription.unicodeScalars.contains { !$0.isASCII }
      return .invalidValue(
        file: file, path: path(context.codingPath), reason: ours ? context.debugDescription : "giá trị không hợp lệ")
    @unknown default:
      return .invalidValue(file: file, path: "", reason: "giá trị không hợp lệ")
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "một chuỗi"
    case is Int.Type: "một số nguyên"
    case is Double.Type: "một số"
    case is Bool.Type: "true hoặc false"
    case is [Any].Type: "một mảng"
    default:
      String(describing: type).hasPrefix("Array") ? "một mảng" : "một đối tượng"
    }
  }

  /// Foundation says "… but found a string instead."; name the found type in Vietnamese.
  private static func foundName(_ description: String) -> String {
    guard let range = description.range(of: "but found ") else { return "kiểu khác" }
    var rest = String(description[range.upperBound...])
    if rest.hasSuffix(" instead.") { rest.removeLast(" instead.".count) }
    if rest.hasPrefix("a ") || rest.hasPrefix("an ") { rest = String(rest.drop { $0 != " " }.dropFirst()) }
    switch rest {
    case "string": return "một chuỗi"
    case "number": return "một số"
    case "array": return "một mảng"
    case "dictionary", "object": return "một đối tượng"
    case "bool", "boolean": return "true/false"
    case "null": return "null"
    default: return rest
    }
  }

  private static func validate(_ plan: Plan, file: String) throws(PlanError) {
    func fail(_ path: String, _ reason: String) -> PlanError {
      .invalidValue(file: file, path: path, reason: reason)
    }
    func checkSlug(_ id: String, _ path: String) throws(PlanError) {
      if !Slug.isValid(id) {
        throw fail(path, "'\(id)' không phải là mã hợp lệ (chỉ gồm chữ thường không dấu, chữ số và '-', ví dụ 'ubnd-phu-rieng')")
      }
    }
    try checkSlug(plan.id, "id")
    for (i, unit) in plan.units.enumerated() { try checkSlug(unit.id, "units[\(i)].id") }
    for (i, person) in plan.people.enumerated() { try checkSlug(person.id, "people[\(i)].id") }
    for (i, agency) in plan.agencies.enumerated() { try checkSlug(agency.id, "agencies[\(i)].id") }
    for (i, team) in plan.teams.enumerated() { try checkSlug(team.id, "teams[\(i)].id") }
    for (i, person) in plan.people.enumerated() {
      if let honorific = person.honorific, !["Ông", "Bà"].contains(honorific) {
        throw fail("people[\(i)].honorific", "'\(honorific)' không hợp lệ (cần 'Ông' hoặc 'Bà')")
      }
    }
    for (i, inspection) in plan.inspections.enumerated() {
      try checkSlug(inspection.id, "inspections[\(i)].id")
    }
    guard PublicHolidays.supportedYears.contains(plan.year) else {
      throw fail(
        "year",
        "năm \(plan.year) nằm ngoài khoảng được hỗ trợ \(PublicHolidays.supportedYears.lowerBound)–\(PublicHolidays.supportedYears.upperBound)"
      )
    }
    for (i, day) in plan.calendar.extraHolidays.enumerated() where day.date.year != plan.year {
      throw fail(
        "calendar.extraHolidays[\(i)].date",
        "'\(day.date.iso8601)' nằm ngoài năm \(plan.year) của kế hoạch")
    }
    for (i, day) in plan.calendar.makeupWorkdays.enumerated() {
      if day.date.year != plan.year {
        throw fail(
          "calendar.makeupWorkdays[\(i)].date",
          "'\(day.date.iso8601)' nằm ngoài năm \(plan.year) của kế hoạch")
      }
      if !day.date.weekday.isWeekend {
        throw fail(
          "calendar.makeupWorkdays[\(i)].date",
          "'\(day.date.iso8601)' là ngày thường (ngày làm bù phải là thứ Bảy hoặc Chủ nhật)"
        )
      }
    }
    // Every number is bounded here, so no later arithmetic on it can overflow or run long.
    func checkRange(_ value: Int, _ range: ClosedRange<Int>, _ path: String) throws(PlanError) {
      if !range.contains(value) {
        throw fail(path, "phải từ \(MoneyFormat.grouped(range.lowerBound)) đến \(MoneyFormat.grouped(range.upperBound)), gặp \(value)")
      }
    }
    let settings = plan.settings
    try checkRange(settings.minReportLeadWorkingDays, 0...Limits.workingDays, "settings.minReportLeadWorkingDays")
    if let sampling = settings.communeSampling {
      try checkRange(sampling.min, 0...Limits.communes, "settings.communeSampling.min")
      try checkRange(sampling.max, 0...Limits.communes, "settings.communeSampling.max")
      if sampling.max < sampling.min {
        throw fail("settings.communeSampling", "cần 0 ≤ min ≤ max, gặp \(sampling.min)–\(sampling.max)")
      }
    }
    for (kind, days) in settings.visitWorkingDays.sorted(by: { $0.key < $1.key }) {
      try checkRange(days, 1...Limits.workingDays, "settings.visitWorkingDays.\(kind)")
    }
    if let days = settings.reportDueRule?.workingDays {
      try checkRange(days, 1...Limits.workingDays, "settings.reportDueRule.workingDays")
    }
    if let allowance = settings.allowancePerPersonDay {
      try checkRange(allowance, 0...Limits.allowancePerPersonDay, "settings.allowancePerPersonDay")
    }
    let targets = [("settings.coverageTarget", settings.coverageTarget)]
      + settings.coverageTargets.enumerated().map { ("settings.coverageTargets[\($0.offset)]", $0.element) }
    for (path, target) in targets {
      if let percent = target?.percent, !(0...100).contains(percent) {
        throw fail("\(path).percent", "phải từ 0 đến 100, gặp \(percent)")
      }
      if let minimum = target?.min, minimum < 0 {
        throw fail("\(path).min", "không được âm, gặp \(minimum)")
      }
    }
    for (i, inspection) in plan.inspections.enumerated() {
      if let days = inspection.workingDays {
        try checkRange(days, 1...Limits.workingDays, "inspections[\(i)].workingDays")
      }
    }
  }
}
