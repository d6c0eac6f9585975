/// A JSON text as a tree that remembers every byte it was read from: white space, key order, the
/// spelling of numbers and strings. Unchanged parts are written back exactly as read; changed
/// parts are written in the style the file already uses.
struct JSONDocument {
  /// The bytes the document was parsed from (empty for a document built in code).
  let source: [UInt8]
  /// A byte-order mark and white space before the root value.
  var prefix: [UInt8]
  var root: JSONNode
  /// White space after the root value.
  var suffix: [UInt8]

  /// The document's text: untouched values byte for byte, edited ones re-rendered.
  func bytes() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(source.count + 256)
    out += prefix
    root.write(to: &out, source: source)
    out += suffix
    return out
  }

  /// Line and column of a byte offset of `source`.
  func position(of offset: Int) -> (line: Int, column: Int) {
    JSONSyntax.position(of: offset, in: source)
  }
}

/// One JSON value in a `JSONDocument`.
struct JSONNode: Sendable {
  enum Content: Sendable {
    /// Members in file order; `inner` is the white space inside an empty object.
    case object([JSONMember], inner: [UInt8])
    case array([JSONElement], inner: [UInt8])
    case string(String)
    /// The number exactly as written (`2023`, `-1e300`).
    case number(String)
    case bool(Bool)
    case null
  }

  var content: Content
  /// Where the value starts in the source, or -1 for a value made in code.
  var offset: Int
  /// The source bytes to write while the value is unchanged; `nil` once it is edited.
  var original: Range<Int>?

  init(content: Content, offset: Int = -1, original: Range<Int>? = nil) {
    self.content = content
    self.offset = offset
    self.original = original
  }

  var isObject: Bool {
    if case .object = content { return true }
    return false
  }

  var isArray: Bool {
    if case .array = content { return true }
    return false
  }

  /// The member named `key`, when this is an object that has it.
  func member(_ key: String) -> JSONMember? {
    guard case .object(let members, _) = content else { return nil }
    return members.first { $0.key == key }
  }

  /// The value at `path`, or `nil` when a step does not exist.
  func node(at path: JSONPath) -> JSONNode? {
    var node = self
    for step in path.steps {
      switch (step, node.content) {
      case (.key(let key), .object(let members, _)):
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        node = member.value
      case (.index(let i), .array(let elements, _)):
        guard elements.indices.contains(i) else { return nil }
        node = elements[i].value
      default: return nil
      }
    }
    return node
  }

  /// Whether two values are the same JSON (numbers compared by spelling, keys in any order).
  func sameValue(as other: JSONNode) -> Bool {
    switch (content, other.content) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.array(let a, _), .array(let b, _)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.value.sameValue(as: $1.value) }
    case (.object(let a, _), .object(let b, _)):
      guard a.count == b.count else { return false }
      for member in a {
        guard let match = b.first(where: { $0.key == member.key }), match.value.sameValue(as: member.value) else { return false }
      }
      return true
    default: return false
    }
  }

  func write(to out: inout [UInt8], source: [UInt8]) {
    if let original {
      out += source[original]
      return
    }
    switch content {
    case .null: out += Array("null".utf8)
    case .bool(let value): out += Array((value ? "true" : "false").utf8)
    case .number(let text): out += Array(text.utf8)
    case .string(let text): out += Array(JSONValue.quote(text).utf8)
    case .object(let members, let inner):
      out.append(UInt8(ascii: "{"))
      if members.isEmpty { out += inner }
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out += member.before
        if let keySource = member.keySource {
          out += source[keySource]
        } else {
          out += Array(JSONValue.quote(member.key).utf8)
        }
        out += member.colon
        member.value.write(to: &out, source: source)
        out += member.after
      }
      out.append(UInt8(ascii: "}"))
    case .array(let elements, let inner):
      out.append(UInt8(ascii: "["))
      if elements.isEmpty { out += inner }
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out += element.before
        element.value.write(to: &out, source: source)
        out += element.after
      }
      out.append(UInt8(ascii: "]"))
    }
  }
}

/// `"key": value` in an object, with the white space around it.
struct JSONMember: Sendable {
  /// White space between the previous ',' (or '{') and the key.
  var before: [UInt8]
  var key: String
  /// Where the key starts in the source, or -1.
  var keyOffset: Int
  /// The key's bytes in the source (escapes as written), or `nil` for a key made in code.
  var keySource: Range<Int>?
  /// White space, ':' and white space between the key and the value.
  var colon: [UInt8]
  var value: JSONNode
  /// White space between the value and the next ',' (or '}').
  var after: [UInt8]
}

/// A value in an array, with the white space around it.
struct JSONElement: Sendable {
  var before: [UInt8]
  var value: JSONNode
  var after: [UInt8]
}
