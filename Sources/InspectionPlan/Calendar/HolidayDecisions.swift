import Foundation

/// The government's yearly decisions on days off, by year: the table shipped with the library
/// (`holiday-decisions.json`), optionally overridden by a user's file of the same format.
///
/// A file is `{"decisions": [HolidayDecision…], "notes"?: "…"}`. A user's decision for a year
/// replaces the shipped one for that year as a whole; years without any decision follow the
/// default rule of `PublicHolidays`.
public struct HolidayDecisions: Sendable {
  private var byYear: [Int: HolidayDecision]

  /// A table of `decisions`; the last one wins when a year repeats.
  public init(_ decisions: [HolidayDecision] = []) {
    byYear = Dictionary(decisions.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last })
  }

  /// The decision for `year`, or `nil` when the year follows the default rule.
  public subscript(year: Int) -> HolidayDecision? { byYear[year] }

  /// The decided years, in order.
  public var years: [Int] { byYear.keys.sorted() }

  /// This table with `other`'s years replacing (or adding to) its own.
  public func overriding(with other: HolidayDecisions) -> HolidayDecisions {
    var result = self
    for (year, decision) in other.byYear { result.byYear[year] = decision }
    return result
  }

  /// The decisions shipped with the library (the resource `holiday-decisions.json`).
  public static let bundled: HolidayDecisions = {
    guard let url = Bundle.module.url(forResource: "holiday-decisions", withExtension: "json"),
      let data = try? Data(contentsOf: url)
    else { fatalError("resource holiday-decisions.json missing from the InspectionPlan bundle") }
    do throws(PlanError) {
      return try load(data: data, file: "holiday-decisions.json")
    } catch {
      fatalError("bundled holiday-decisions.json is invalid: \(error.message)")
    }
  }()

  /// Reads a decisions file from its bytes; `file` names it in messages.
  ///
  /// - Throws: `PlanError` with the line and column of a JSON syntax error, or the JSON path of
  ///   an invalid entry (`decisions[1].swaps[0].workday`): an impossible date, a swap whose two
  ///   days are the same, a make-up day on a weekday, a year decided twice, a year outside
  ///   `PublicHolidays.supportedYears`.
  public static func load(data: Data, file: String) throws(PlanError) -> HolidayDecisions {
    do {
      try JSONSyntax.validate([UInt8](data))
    } catch {
      throw .invalidJSON(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    let decoded: DecisionsFile
    do {
      decoded = try JSONDecoder().decode(DecisionsFile.self, from: data)
    } catch let error as DecodingError {
      throw PlanLoader.describe(error, file: file)
    } catch {
      throw .invalidValue(file: file, path: "", reason: "\(error)")
    }
    try validate(decoded.decisions, file: file)
    return HolidayDecisions(decoded.decisions)
  }

  /// Reads the decisions file at `path`; messages name it as `shown`.
  public static func load(path: String, shown: String? = nil) throws(PlanError) -> HolidayDecisions {
    let name = shown ?? path
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw .invalidValue(
        file: name, path: "",
        reason: "không đọc được tệp ngày nghỉ: "
          + (exists ? "không có quyền đọc hoặc không phải là tệp" : "tệp không tồn tại"))
    }
    return try load(data: data, file: name)
  }

  private struct DecisionsFile: Decodable {
    var decisions: [HolidayDecision]

    private enum CodingKeys: String, CodingKey, CaseIterable { case decisions }

    init(from decoder: any Decoder) throws {
      try decoder.rejectUnknownKeys(CodingKeys.self, allowing: ["$schema", "notes"])
      let c = try decoder.container(keyedBy: CodingKeys.self)
      decisions = try c.decode([HolidayDecision].self, forKey: .decisions)
    }
  }

  private static func validate(_ decisions: [HolidayDecision], file: String) throws(PlanError) {
    var seen: [Int: Int] = [:]
    for (i, decision) in decisions.enumerated() {
      let at = "decisions[\(i)]"
      func fail(_ path: String, _ reason: String) -> PlanError {
        .invalidValue(file: file, path: "\(at).\(path)", reason: reason)
      }
      let year = decision.year
      let range = PublicHolidays.supportedYears
      guard range.contains(year) else {
        throw fail("year", "năm \(year) nằm ngoài khoảng được hỗ trợ \(range.lowerBound)–\(range.upperBound)")
      }
      if let first = seen[year] {
        throw fail("year", "năm \(year) đã có quyết định ở decisions[\(first)] (mỗi năm chỉ một mục)")
      }
      seen[year] = i
      if decision.sources.isEmpty || decision.sources.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        throw fail("sources", "cần ít nhất một văn bản nguồn (số, ngày, cơ quan ban hành), không để trống")
      }
      func inYear(_ day: CivilDate, _ path: String) throws(PlanError) {
        if day.year != year { throw fail(path, "'\(day.iso8601)' nằm ngoài năm \(year)") }
      }
      if let tetBreak = decision.tetBreak {
        let tet = LunarCalendar.tet(year)
        if tetBreak.isReversed {
          throw fail("tetBreak.to", "'\(tetBreak.to.iso8601)' trước ngày bắt đầu '\(tetBreak.from.iso8601)'")
        }
        if !tetBreak.contains(tet) || tetBreak.calendarDays > 16 {
          throw fail(
            "tetBreak",
            "đợt nghỉ Tết \(tetBreak.from.vietnamese)–\(tetBreak.to.vietnamese) phải chứa mùng 1 Tết (\(tet.vietnamese)) và dài tối đa 16 ngày")
        }
      }
      if let adjacent = decision.nationalDayAdjacent {
        if adjacent != CivilDate(year: year, month: 9, day: 1) && adjacent != CivilDate(year: year, month: 9, day: 3) {
          throw fail("nationalDayAdjacent", "'\(adjacent.iso8601)' phải là ngày 01/09 hoặc 03/09/\(year)")
        }
      }
      for (j, swap) in decision.swaps.enumerated() {
        let path = "swaps[\(j)]"
        try inYear(swap.dayOff, "\(path).dayOff")
        try inYear(swap.workday, "\(path).workday")
        if swap.dayOff == swap.workday {
          throw fail(path, "ngày nghỉ và ngày làm bù trùng nhau ('\(swap.dayOff.iso8601)')")
        }
        if !swap.workday.weekday.isWeekend {
          throw fail(
            "\(path).workday",
            "'\(swap.workday.iso8601)' là \(swap.workday.weekday.vietnameseName) (ngày làm bù phải là thứ Bảy hoặc Chủ nhật)")
        }
        if swap.dayOff.weekday.isWeekend {
          throw fail(
            "\(path).dayOff",
            "'\(swap.dayOff.iso8601)' là \(swap.dayOff.weekday.vietnameseName) (ngày nghỉ hoán đổi phải là ngày thường)")
        }
      }
      for (j, day) in decision.daysOff.enumerated() {
        try inYear(day.date, "daysOff[\(j)].date")
        if day.name.trimmingCharacters(in: .whitespaces).isEmpty {
          throw fail("daysOff[\(j)].name", "cần tên ngày nghỉ")
        }
      }
    }
  }
}
