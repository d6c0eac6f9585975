/// The government's yearly decisions on days off for civil servants, as data.
///
/// The Labour Code fixes the holidays; each year the Prime Minister (through a notice of the
/// Ministry of Labour, later of Home Affairs) decides which days around Tết are taken, which day
/// joins 2 September, and which weekdays are swapped against make-up Saturdays. Years missing here
/// follow `PublicHolidays`' documented default rule.
struct PublishedDecision: Sendable {
  let year: Int
  /// The notice that set the year's schedule, as cited in the output.
  let source: String
  /// The whole Tết break, weekends included (from, to).
  let tetBreak: (String, String)
  /// The day added to 2 September (1 or 3 September), or `nil` before Labour Code 2019.
  let nationalDayAdjacent: String?
  /// Weekdays given off in exchange for a Saturday worked: (day off, make-up Saturday).
  let swaps: [(String, String)]
}

extension PublishedDecision {
  static let all: [Int: PublishedDecision] = Dictionary(
    uniqueKeysWithValues: [
      PublishedDecision(
        year: 2020, source: "Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Canh Tý; Bộ luật Lao động 2012 (Quốc khánh 1 ngày)",
        tetBreak: ("2020-01-23", "2020-01-29"), nationalDayAdjacent: nil, swaps: []),
      PublishedDecision(
        year: 2021, source: "Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2021",
        tetBreak: ("2021-02-10", "2021-02-16"), nationalDayAdjacent: "2021-09-03", swaps: []),
      PublishedDecision(
        year: 2022, source: "Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2022",
        tetBreak: ("2022-01-29", "2022-02-06"), nationalDayAdjacent: "2022-09-01", swaps: []),
      PublishedDecision(
        year: 2023, source: "Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2023",
        tetBreak: ("2023-01-20", "2023-01-26"), nationalDayAdjacent: "2023-09-01", swaps: []),
      PublishedDecision(
        year: 2024, source: "Thông báo của Bộ LĐTBXH về lịch nghỉ năm 2024 (hoán đổi 29/4 với thứ Bảy 04/5)",
        tetBreak: ("2024-02-08", "2024-02-14"), nationalDayAdjacent: "2024-09-03",
        swaps: [("2024-04-29", "2024-05-04")]),
      PublishedDecision(
        year: 2025, source: "Thông báo của Bộ LĐTBXH và Bộ Nội vụ về lịch nghỉ năm 2025 (hoán đổi 27/1 và 02/5)",
        tetBreak: ("2025-01-25", "2025-02-02"), nationalDayAdjacent: "2025-09-01",
        swaps: [("2025-01-27", "2025-02-08"), ("2025-05-02", "2025-04-26")]),
      PublishedDecision(
        year: 2026, source: "Thông báo số 9441 ngày 16/10/2025 của Bộ Nội vụ (Tết Âm lịch và Quốc khánh năm 2026)",
        tetBreak: ("2026-02-14", "2026-02-22"), nationalDayAdjacent: "2026-09-01", swaps: []),
    ].map { ($0.year, $0) })
}
