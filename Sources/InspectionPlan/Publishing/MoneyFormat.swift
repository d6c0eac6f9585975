/// Amounts of money the Vietnamese way: dots group thousands, "đồng" after.
public enum MoneyFormat {
  /// `1250000` → "1.250.000 đồng".
  public static func dong(_ amount: Int) -> String { grouped(amount) + " đồng" }

  /// `1250000` → "1.250.000".
  public static func grouped(_ amount: Int) -> String {
    let digits = String(abs(amount))
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(".") }
      out.append(character)
    }
    return (amount < 0 ? "-" : "") + out
  }
}
