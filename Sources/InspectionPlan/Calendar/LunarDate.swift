/// A date on the Vietnamese lunar calendar (âm lịch).
///
/// `month` is 1...12; a leap month (tháng nhuận) repeats the number of the month before it and has
/// `isLeapMonth` set. `year` is the Gregorian year in which the lunar year starts (Tết 2023 opens
/// lunar year 2023, Quý Mão). Example: Giỗ Tổ Hùng Vương is `LunarDate(year: y, month: 3, day: 10)`.
public struct LunarDate: Hashable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int
  public let isLeapMonth: Bool

  public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
    self.year = year
    self.month = month
    self.day = day
    self.isLeapMonth = isLeapMonth
  }

  /// `d/m` as Vietnamese calendars print lunar days ("10/3"), with "n" after a leap month ("1/2n").
  public var dayMonth: String { "\(day)/\(month)\(isLeapMonth ? "n" : "")" }

  /// The year's name in the sixty-year cycle (can chi): 2023 is "Quý Mão", 2024 "Giáp Thìn".
  public var yearName: String {
    let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
    let stem = ((year + 6) % 10 + 10) % 10
    let branch = ((year + 8) % 12 + 12) % 12
    return "\(stems[stem]) \(branches[branch])"
  }

  /// The date in words: "ngày 1 tháng 2 nhuận năm Quý Mão".
  public var vietnamese: String {
    "ngày \(day) tháng \(month)\(isLeapMonth ? " nhuận" : "") năm \(yearName)"
  }
}
