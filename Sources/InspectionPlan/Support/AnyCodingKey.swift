/// A coding key for any string or index, for paths in error messages and unknown-key checks.
struct AnyCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(_ string: String) { stringValue = string }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) {
    stringValue = "\(intValue)"
    self.intValue = intValue
  }
}

extension Decoder {
  /// Throws when the object being decoded has a key outside `keys` and `allowing`, so that a
  /// misspelt key ("reportdue") is reported instead of silently ignored.
  func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(
    _ keys: Keys.Type, allowing extra: Set<String> = []
  ) throws {
    let container = try self.container(keyedBy: AnyCodingKey.self)
    let known = Set(Keys.allCases.map(\.stringValue)).union(extra)
    for key in container.allKeys.sorted(by: { $0.stringValue < $1.stringValue })
    where !known.contains(key.stringValue) {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: codingPath + [key],
          debugDescription: "khóa '\(key.stringValue)' không được hỗ trợ (các khóa hợp lệ: "
            + Keys.allCases.map(\.stringValue).joined(separator: ", ") + ")"))
    }
  }
}
