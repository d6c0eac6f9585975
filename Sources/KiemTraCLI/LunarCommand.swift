import Foundation
import InspectionPlan

/// `kiemtra lunar DATE` (solar → lunar) and `kiemtra lunar --solar D/M[/nhuận]/YEAR` (lunar → solar).
enum LunarCommand {
  static let usage = """
    Cách dùng: kiemtra lunar NGÀY [--format text|json]
               kiemtra lunar --solar NGÀY/THÁNG[/nhuận]/NĂM [--format text|json]

    Đổi ngày dương lịch (YYYY-MM-DD hoặc NGÀY/THÁNG/NĂM) sang âm lịch Việt Nam, hoặc với --solar
    đổi ngày âm lịch sang dương lịch (ví dụ 10/3/2023; tháng nhuận: 1/2/nhuận/2023). Âm lịch tính
    theo giờ UTC+7 từ năm 1968, UTC+8 trước đó; hỗ trợ năm âm lịch 1900–2199.
      --solar NGÀY_ÂM   ngày âm lịch cần đổi sang dương lịch
      --format text|json   định dạng kết quả (mặc định: text)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "lunar")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json], command: "lunar")
    let lunarText = try arguments.value("--solar")
    let positionals = try arguments.positionals(known: ["--format", "--solar"])
    let years = LunarCalendar.supportedYears

    let solar: CivilDate
    let lunar: LunarDate
    if let lunarText {
      guard positionals.isEmpty else {
        throw UsageError("thừa đối số '\(positionals[0])' (đã có --solar)", command: "lunar")
      }
      let parsed = try parseLunar(lunarText)
      guard years.contains(parsed.year) else {
        throw UsageError(
          "năm âm lịch \(parsed.year) nằm ngoài khoảng được hỗ trợ \(years.lowerBound)–\(years.upperBound)",
          command: "lunar")
      }
      guard let day = LunarCalendar.civilDate(of: parsed) else {
        throw UsageError(missing(parsed), command: "lunar")
      }
      (solar, lunar) = (day, parsed)
    } else {
      guard let text = positionals.first else {
        throw UsageError("thiếu ngày (ví dụ: 2023-01-22, hoặc --solar 1/1/2023)", command: "lunar")
      }
      guard positionals.count == 1 else {
        throw UsageError("thừa đối số '\(positionals[1])'", command: "lunar")
      }
      guard let day = CivilDate(iso8601: text) ?? parseSolar(text) else {
        throw UsageError(
          "'\(text)' không phải là ngày hợp lệ (cần dạng YYYY-MM-DD hoặc NGÀY/THÁNG/NĂM)", command: "lunar")
      }
      let first = LunarCalendar.tet(years.lowerBound)
      let last = CivilDate(year: years.upperBound, month: 12, day: 31)!
      guard first <= day && day <= last else {
        throw UsageError(
          "ngày \(day.vietnamese) nằm ngoài khoảng được hỗ trợ \(first.vietnamese)–\(last.vietnamese)",
          command: "lunar")
      }
      (solar, lunar) = (day, LunarCalendar.lunarDate(of: day))
    }

    if format == .json {
      return Output(
        stdout: JSONValue.object([
          ("solar", .date(solar)),
          ("weekday", .string(solar.weekday.vietnameseName)),
          (
            "lunar",
            .object([
              ("year", .int(lunar.year)), ("month", .int(lunar.month)), ("day", .int(lunar.day)),
              ("leapMonth", .bool(lunar.isLeapMonth)), ("yearName", .string(lunar.yearName)),
            ])
          ),
        ]).rendered())
    }
    let solarLine = "Dương lịch: \(solar.vietnamese) (\(solar.weekday.vietnameseName))\n"
    let lunarLine = "Âm lịch:    \(lunar.vietnamese) (\(lunar.dayMonth)/\(lunar.year))\n"
    return Output(stdout: lunarText == nil ? solarLine + lunarLine : lunarLine + solarLine)
  }

  /// `D/M/YYYY` with optional leading zeros.
  static func parseSolar(_ text: String) -> CivilDate? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
      let y = Int(parts[2])
    else { return nil }
    return CivilDate(year: y, month: m, day: d)
  }

  /// `D/M/YYYY` or `D/M/nhuận/YYYY` (also `nhuan`, or `n` after the month: `1/2n/2023`).
  static func parseLunar(_ text: String) throws(UsageError) -> LunarDate {
    let bad = UsageError(
      "tùy chọn '--solar': '\(text)' không phải là ngày âm lịch (cần NGÀY/THÁNG[/nhuận]/NĂM, ví dụ 10/3/2023 hoặc 1/2/nhuận/2023)",
      command: "lunar")
    var parts = text.precomposedStringWithCanonicalMapping.lowercased()
      .split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    var leap = false
    if parts.count == 4, ["nhuận", "nhuan", "n"].contains(parts[2]) {
      leap = true
      parts.remove(at: 2)
    } else if parts.count == 3, parts[1].hasSuffix("n") {
      leap = true
      parts[1].removeLast()
    }
    guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]),
      let y = Int(parts[2]), (1...30).contains(d), (1...12).contains(m)
    else { throw bad }
    return LunarDate(year: y, month: m, day: d, isLeapMonth: leap)
  }

  /// Why a lunar date does not exist: no such leap month, or day 30 of a 29-day month.
  static func missing(_ date: LunarDate) -> String {
    let label = "ngày \(date.day) tháng \(date.month)\(date.isLeapMonth ? " nhuận" : "") năm \(date.year) âm lịch"
    if date.isLeapMonth && LunarCalendar.leapMonth(ofYear: date.year) != date.month {
      let actual = LunarCalendar.leapMonth(ofYear: date.year).map { "tháng \($0) nhuận" } ?? "không có tháng nhuận"
      return "\(label) không tồn tại (năm \(date.year) âm lịch: \(actual))"
    }
    let length = LunarCalendar.monthLength(year: date.year, month: date.month, isLeapMonth: date.isLeapMonth) ?? 29
    return "\(label) không tồn tại (tháng này chỉ có \(length) ngày)"
  }
}
