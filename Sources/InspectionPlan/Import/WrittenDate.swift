/// Dates and periods as officials write them: "01/8/2023", "Từ ngày 01/8/2023 đến hết ngày
/// 08/8/2023", "Ngày 04/9/2025 (buổi sáng)", "Tháng 10/2025", "Quý III/2025".
enum WrittenDate {
  /// When a visit happens, as the appendix table's time cell says.
  enum Timing: Equatable {
    /// Exact days; `part` is "morning" or "afternoon" for a half day.
    case days(DateWindow, part: String?)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
  }

  /// Every "d/m/yyyy" (or "d/m", taking `year`) in `text`, in order; invalid dates are skipped.
  static func dates(in text: String, year: Int?) -> [CivilDate] {
    // Files (and kiemtra's own exports) write ISO dates: 2023-08-01.
    let iso = text.matches(of: #/(\d{4})-(\d{2})-(\d{2})/#).compactMap { match in
      CivilDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!)
    }
    if !iso.isEmpty { return iso }
    return text.matches(of: #/(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?/#).compactMap { match in
      guard let day = Int(match.1), let month = Int(match.2),
        let year = match.3.flatMap({ Int($0) }) ?? year
      else { return nil }
      return CivilDate(year: year, month: month, day: day)
    }
  }

  /// The timing a cell states, or `nil` when it states none this reader knows.
  ///
  /// A range whose first date has no year takes the year of the second ("01/8 đến 08/8/2023").
  static func timing(_ text: String, year: Int?) -> Timing? {
    let lowered = text.lowercased()
    let explicitYear = lowered.firstMatch(of: #/\d{1,2}/\d{1,2}/(\d{4})/#).flatMap { Int($0.1) }
    let all = dates(in: text, year: explicitYear ?? year)
    if all.count >= 2, all.count <= 2 {
      return .days(DateWindow(from: all[0], to: all[1]), part: nil)
    }
    if all.count == 1 {
      let part: String? =
        lowered.contains("sáng") ? "morning" : lowered.contains("chiều") ? "afternoon" : nil
      return .days(DateWindow(from: all[0], to: all[0]), part: part)
    }
    if let match = lowered.firstMatch(of: #/quý\s+([ivx]+|[1-4])(?:\s*(?:/|năm)\s*(\d{4}))?/#) {
      let quarter = ["i": 1, "ii": 2, "iii": 3, "iv": 4][String(match.1)] ?? Int(match.1)
      guard let quarter, (1...4).contains(quarter),
        let year = match.2.flatMap({ Int($0) }) ?? year
      else { return nil }
      return .quarter(year: year, quarter: quarter)
    }
    if let match = lowered.firstMatch(of: #/tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?/#),
      let month = Int(match.1), (1...12).contains(month),
      let year = match.2.flatMap({ Int($0) }) ?? year
    {
      return .month(year: year, month: month)
    }
    return nil
  }

  /// The date after "trước ngày" ("báo cáo trước ngày 30/7/2023").
  static func dueDate(in text: String, year: Int?) -> CivilDate? {
    guard let range = text.range(of: "trước ngày") else { return nil }
    return dates(in: String(text[range.upperBound...]), year: year).first
  }
}
