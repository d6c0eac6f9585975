import InspectionPlan

/// `kiemtra holidays YEAR [--format text|json|ics] [--holidays FILE]`
enum HolidaysCommand {
  static let usage = """
    Cách dùng: kiemtra holidays NĂM [--format text|json|ics] [--holidays TỆP]

    Các ngày nghỉ lễ, Tết (kèm ngày âm lịch), ngày nghỉ bù và ngày làm bù của cán bộ, công chức
    trong năm (2013–2199), theo Bộ luật Lao động (2012 đến năm 2020, 2019 từ năm 2021) và thông
    báo lịch nghỉ hằng năm; năm chưa có thông báo tính theo quy tắc mặc định.
      --format text|json|ics   định dạng kết quả (mặc định: text)
      --holidays TỆP           tệp quyết định ngày nghỉ hằng năm (JSON) bổ sung hoặc thay thế
                               dữ liệu có sẵn (xem README)

    """

  static func run(_ words: [String], context: RunContext) throws -> Output {
    var arguments = Arguments(words, command: "holidays")
    let format = try OutputFormat.parse(
      arguments.value("--format"), allowed: [.text, .json, .ics], command: "holidays")
    let positionals = try arguments.positionals(known: ["--format"])
    guard let text = positionals.first else { throw UsageError("thiếu năm", command: "holidays") }
    guard positionals.count == 1 else {
      throw UsageError("thừa đối số '\(positionals[1])'", command: "holidays")
    }
    let range = PublicHolidays.supportedYears
    guard let year = Int(text), text.count == 4 else {
      throw UsageError("'\(text)' không phải là năm (ví dụ: 2023)", command: "holidays")
    }
    guard range.contains(year) else {
      throw UsageError(
        "năm \(year) nằm ngoài khoảng được hỗ trợ \(range.lowerBound)–\(range.upperBound)",
        command: "holidays")
    }
    let decisions = try HolidayOption.decisions(context: context)
    let days = PublicHolidays.days(in: year, decisions: decisions).filter { $0.date.year == year }
    switch format {
    case .json:
      return Output(stdout: HolidayReport.json(year: year, days: days, decision: decisions[year]))
    case .ics: return Output(stdout: HolidayReport.ics(year: year, days: days, stamp: context.today))
    default:
      return Output(stdout: HolidayReport.text(year: year, days: days, decision: decisions[year]))
    }
  }
}
