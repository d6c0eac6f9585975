/// Decodes `Decodable` values from a parsed `JSONDocument`, strictly: an integer must be written
/// as one (no fraction, no exponent) and fit in 64 bits, a number must be finite, and every key
/// the types never read is reported afterwards as unknown, at any depth, so a typo is never
/// silently ignored. Error texts are Vietnamese; no Foundation message reaches the user.
struct TreeDecoder {
  /// Keys of the root object that are read by no type but allowed (`$schema`, `notes`).
  var ignoredRootKeys: Set<String> = []

  /// A key no type read, with where it is.
  struct UnknownKey: Error {
    let path: JSONPath
    let offset: Int
    /// The keys the object's type looked for (what would have been valid), sorted.
    let known: [String]

    /// "khóa 'extraHoliday' không được hỗ trợ (ý bạn là 'extraHolidays'?; các khóa hợp lệ: …)".
    var reason: String {
      guard case .key(let key)? = path.steps.last else { return "khóa không được hỗ trợ" }
      var text = "khóa '\(key)' không được hỗ trợ"
      var notes: [String] = []
      if let near = TreeDecoder.nearest(key, in: known) { notes.append("ý bạn là '\(near)'?") }
      if !known.isEmpty { notes.append("các khóa hợp lệ: " + known.joined(separator: ", ")) }
      if !notes.isEmpty { text += " (" + notes.joined(separator: "; ") + ")" }
      return text
    }
  }

  func decode<T: Decodable>(_ type: T.Type, from document: JSONDocument) throws -> T {
    let log = ReadLog()
    let value = try T(from: NodeDecoder(node: document.root, codingPath: [], log: log))
    if let unknown = firstUnread(document.root, path: JSONPath(), log: log) { throw unknown }
    return value
  }

  /// The candidate closest to `word` when it is close enough to be a typo (edit distance at
  /// most 2, or differing only in letter case).
  static func nearest(_ word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
      var previous = Array(0...b.count)
      for (i, x) in a.enumerated() {
        var current = [i + 1] + Array(repeating: 0, count: b.count)
        for (j, y) in b.enumerated() {
          current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
        }
        previous = current
      }
      return previous[b.count]
    }
    let lower = Array(word.lowercased())
    guard lower.count <= 64 else { return nil }
    let scored = candidates.map { ($0, distance(lower, Array($0.lowercased()))) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
  }

  /// The first key, in file order, that no type read.
  private func firstUnread(_ node: JSONNode, path: JSONPath, log: ReadLog) -> UnknownKey? {
    switch node.content {
    case .object(let members, _):
      let read = log.read[path] ?? []
      for member in members {
        let memberPath = path.appending(.key(member.key))
        if !read.contains(member.key) {
          if path.steps.isEmpty && ignoredRootKeys.contains(member.key) { continue }
          return UnknownKey(path: memberPath, offset: member.keyOffset, known: read.sorted())
        }
        if let found = firstUnread(member.value, path: memberPath, log: log) { return found }
      }
    case .array(let elements, _):
      for (i, element) in elements.enumerated() {
        if let found = firstUnread(element.value, path: path.appending(.index(i)), log: log) { return found }
      }
    default: break
    }
    return nil
  }
}

/// Which keys of which objects were read.
private final class ReadLog {
  var read: [JSONPath: Set<String>] = [:]
  func mark(_ key: String, in path: JSONPath) { read[path, default: []].insert(key) }
}

private func jsonPath(_ codingPath: [any CodingKey]) -> JSONPath {
  JSONPath(codingPath.map { $0.intValue.map(JSONPath.Step.index) ?? .key($0.stringValue) })
}

private func kindName(_ node: JSONNode) -> String {
  switch node.content {
  case .object: "một đối tượng"
  case .array: "một mảng"
  case .string(let s): "chuỗi '\(s.count > 40 ? String(s.prefix(40)) + "…" : s)'"
  case .number(let n): "số \(n)"
  case .bool(let b): b ? "true" : "false"
  case .null: "null"
  }
}

private func mismatch(_ expected: String, _ node: JSONNode, _ codingPath: [any CodingKey]) -> DecodingError {
  .dataCorrupted(.init(codingPath: codingPath, debugDescription: "cần \(expected), gặp \(kindName(node))"))
}

private struct NodeDecoder: Decoder {
  let node: JSONNode
  let codingPath: [any CodingKey]
  let log: ReadLog
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members, _) = node.content else { throw mismatch("một đối tượng", node, codingPath) }
    var byKey: [String: JSONNode] = [:]
    for member in members { byKey[member.key] = member.value }
    return KeyedDecodingContainer(Keyed<Key>(members: byKey, order: members.map(\.key), codingPath: codingPath, log: log))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements, _) = node.content else { throw mismatch("một mảng", node, codingPath) }
    return Unkeyed(elements: elements.map(\.value), codingPath: codingPath, log: log)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    Single(node: node, codingPath: codingPath, log: log)
  }
}

/// Scalar conversions shared by the three containers.
private enum Scalar {
  static func bool(_ node: JSONNode, _ path: [any CodingKey]) throws -> Bool {
    guard case .bool(let b) = node.content else { throw mismatch("true hoặc false", node, path) }
    return b
  }

  static func string(_ node: JSONNode, _ path: [any CodingKey]) throws -> String {
    guard case .string(let s) = node.content else { throw mismatch("một chuỗi", node, path) }
    return s
  }

  static func integer<T: FixedWidthInteger>(_ node: JSONNode, _ path: [any CodingKey]) throws -> T {
    guard case .number(let text) = node.content else { throw mismatch("một số nguyên", node, path) }
    guard !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else {
      throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "cần một số nguyên, gặp \(text) (không được có phần thập phân hay số mũ)"))
    }
    guard let value = T(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: path, debugDescription: "số \(text) quá lớn (cần một số nguyên từ \(T.min) đến \(T.max))"))
    }
    return value
  }

  static func double(_ node: JSONNode, _ path: [any CodingKey]) throws -> Double {
    guard case .number(let text) = node.content else { throw mismatch("một số", node, path) }
    guard let value = Double(text), value.isFinite else {
      throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "số \(text) quá lớn"))
    }
    return value
  }

  static func decode<T: Decodable>(_ type: T.Type, _ node: JSONNode, _ path: [any CodingKey], _ log: ReadLog) throws -> T {
    switch type {
    case is Bool.Type: return try bool(node, path) as! T
    case is String.Type: return try string(node, path) as! T
    case is Int.Type: return try integer(node, path) as Int as! T
    case is Int64.Type: return try integer(node, path) as Int64 as! T
    case is Int32.Type: return try integer(node, path) as Int32 as! T
    case is UInt.Type: return try integer(node, path) as UInt as! T
    case is Double.Type: return try double(node, path) as! T
    case is Float.Type: return Float(try double(node, path)) as! T
    case let integer as any FixedWidthInteger.Type:
      func open<I: FixedWidthInteger>(_: I.Type) throws -> I { try Scalar.integer(node, path) }
      return try open(integer) as! T
    default: return try T(from: NodeDecoder(node: node, codingPath: path, log: log))
    }
  }
}

private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let members: [String: JSONNode]
  let order: [String]
  let codingPath: [any CodingKey]
  let log: ReadLog

  var allKeys: [Key] { order.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool {
    log.mark(key.stringValue, in: jsonPath(codingPath))  // the type knows the key: it is valid here
    return members[key.stringValue] != nil
  }

  func node(_ key: Key) throws -> JSONNode {
    log.mark(key.stringValue, in: jsonPath(codingPath))
    guard let node = members[key.stringValue] else {
      throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "thiếu khóa bắt buộc"))
    }
    return node
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    log.mark(key.stringValue, in: jsonPath(codingPath))
    guard let node = members[key.stringValue] else { return true }
    if case .null = node.content {
      // Only a decision's fields may be written as null ("leave blank what the document leaves
      // blank"); anywhere else an optional key is left out, as the JSON Schema says.
      guard codingPath.last?.stringValue == "decision" else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: codingPath + [key], debugDescription: "không được là null (bỏ khóa này đi nếu không có giá trị)"))
      }
      return true
    }
    return false
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let node = try node(key)
    if case .null = node.content {
      throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "cần một giá trị, gặp null"))
    }
    return try Scalar.decode(type, node, codingPath + [key], log)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    if try decodeNil(forKey: key) { return nil }
    return try decode(type, forKey: key)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try NodeDecoder(node: node(key), codingPath: codingPath + [key], log: log).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try NodeDecoder(node: node(key), codingPath: codingPath + [key], log: log).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    try superDecoder(forKey: Key(stringValue: "super")!)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    NodeDecoder(node: (try? node(key)) ?? JSONNode(content: .null), codingPath: codingPath + [key], log: log)
  }
}

private struct Unkeyed: UnkeyedDecodingContainer {
  let elements: [JSONNode]
  let codingPath: [any CodingKey]
  let log: ReadLog
  var currentIndex = 0

  init(elements: [JSONNode], codingPath: [any CodingKey], log: ReadLog) {
    self.elements = elements
    self.codingPath = codingPath
    self.log = log
  }

  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  mutating func next() throws -> (JSONNode, [any CodingKey]) {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "mảng thiếu phần tử"))
    }
    defer { currentIndex += 1 }
    return (elements[currentIndex], codingPath + [AnyCodingKey(intValue: currentIndex)!])
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return true }
    if case .null = elements[currentIndex].content {
      currentIndex += 1
      return true
    }
    return false
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let (node, path) = try next()
    if case .null = node.content {
      throw DecodingError.valueNotFound(type, .init(codingPath: path, debugDescription: "cần một giá trị, gặp null"))
    }
    return try Scalar.decode(type, node, path, log)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    let (node, path) = try next()
    return try NodeDecoder(node: node, codingPath: path, log: log).container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let (node, path) = try next()
    return try NodeDecoder(node: node, codingPath: path, log: log).unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder {
    let (node, path) = try next()
    return NodeDecoder(node: node, codingPath: path, log: log)
  }
}

private struct Single: SingleValueDecodingContainer {
  let node: JSONNode
  let codingPath: [any CodingKey]
  let log: ReadLog

  func decodeNil() -> Bool {
    if case .null = node.content { return true }
    return false
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if case .null = node.content {
      throw DecodingError.valueNotFound(type, .init(codingPath: codingPath, debugDescription: "cần một giá trị, gặp null"))
    }
    return try Scalar.decode(type, node, codingPath, log)
  }
}
