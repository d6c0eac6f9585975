/// A day of the week, Monday first as Vietnamese calendars print it.
public enum Weekday: Int, CaseIterable, Sendable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  /// Saturday and Sunday: the weekly rest days of state agencies.
  public var isWeekend: Bool { self == .saturday || self == .sunday }

  /// The Vietnamese name: "thứ Hai" … "thứ Bảy", "Chủ nhật".
  public var vietnameseName: String {
    switch self {
    case .monday: "thứ Hai"
    case .tuesday: "thứ Ba"
    case .wednesday: "thứ Tư"
    case .thursday: "thứ Năm"
    case .friday: "thứ Sáu"
    case .saturday: "thứ Bảy"
    case .sunday: "Chủ nhật"
    }
  }
}
