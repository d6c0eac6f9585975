import Foundation

/// One change to a plan file, addressed by a JSON path.
///
/// ```swift
/// let edits: [PlanEdit] = [
///   .set("inspections[3].window", to: .object([("from", .string("2023-08-01")), ("to", .string("2023-08-08"))])),
///   .set("inspections[3].reportReceived", to: .string("2023-07-28"), keyOrder: ["reportDue", "reportReceived"]),
///   .append("people", .object([("id", .string("nguyen-van-a")), ("name", .string("Nguyễn Văn A"))])),
///   .remove("inspections[3].pinned"),
/// ]
/// let newBytes = try PlanEditor.apply(edits, to: oldBytes)
/// ```
public struct PlanEdit: Sendable {
  enum Operation: Sendable {
    case set(JSONValueText, keyOrder: [String])
    case append(JSONValueText)
    case remove
  }

  /// Where the edit applies: the value to set or remove, or the array to append to.
  public let path: JSONPath
  let operation: Operation

  /// Makes the value at `path` equal to `value`, changing as few bytes as possible: parts of the
  /// old value that already equal the new one keep their bytes (an object is updated key by key,
  /// keys missing from `value` are removed, an array element by element).
  ///
  /// When the last key of `path` is missing, the key is inserted into its object (which must
  /// exist): right after the nearest key that comes before it in `keyOrder` and is present, or
  /// at the end when there is none (or `keyOrder` is empty). An array index must exist; use
  /// `append` to add an element.
  public static func set(_ path: JSONPath, to value: JSONValue, keyOrder: [String] = []) -> PlanEdit {
    PlanEdit(path: path, operation: .set(JSONValueText(value), keyOrder: keyOrder))
  }

  /// Like `set(_:to:keyOrder:)` with the value as `JSONEncoder` writes it (dates as ISO days,
  /// numbers as the encoder spells them). New keys of a new object come in `valueKeyOrder`, then
  /// in alphabetical order.
  ///
  /// - Throws: `PlanEditError.unencodable` when the encoder fails.
  public static func set<T: Encodable>(
    _ path: JSONPath, encoding value: T, keyOrder: [String] = [], valueKeyOrder: [String] = []
  ) throws(PlanEditError) -> PlanEdit {
    PlanEdit(path: path, operation: .set(try JSONValueText(encoding: value).ordered(valueKeyOrder), keyOrder: keyOrder))
  }

  /// Adds `value` at the end of the array at `path` (which must exist).
  public static func append(_ path: JSONPath, _ value: JSONValue) -> PlanEdit {
    PlanEdit(path: path, operation: .append(JSONValueText(value)))
  }

  /// Adds the encoded `value` at the end of the array at `path`.
  public static func append<T: Encodable>(_ path: JSONPath, encoding value: T) throws(PlanEditError) -> PlanEdit {
    PlanEdit(path: path, operation: .append(try JSONValueText(encoding: value)))
  }

  /// Removes the key or array element at `path`; nothing happens when it is already absent.
  public static func remove(_ path: JSONPath) -> PlanEdit {
    PlanEdit(path: path, operation: .remove)
  }
}

/// Why a set of edits could not be applied.
public enum PlanEditError: Error, Equatable, Sendable {
  /// The original bytes are not strict JSON (line and column 1-based).
  case invalidJSON(line: Int, column: Int, reason: String)
  /// A step of the path does not exist or has the wrong type.
  case noSuchPath(JSONPath, reason: String)
  /// A value given as `Encodable` could not be encoded.
  case unencodable(JSONPath?, reason: String)

  /// One line in Vietnamese.
  public var message: String {
    switch self {
    case .invalidJSON(let line, let column, let reason): return "\(line):\(column): JSON không hợp lệ: \(reason)"
    case .noSuchPath(let path, let reason): return "\(path): \(reason)"
    case .unencodable(let path, let reason): return (path.map { "\($0): " } ?? "") + "không ghi được giá trị: \(reason)"
    }
  }
}

/// Edits a plan file while keeping the user's text: key order, indentation, line ends, `notes`,
/// `$schema`, number spellings and every value not edited stay byte for byte; no default is
/// added. New values are written in the style the file already uses (its indentation unit, its
/// `": "` spacing, LF or CRLF).
///
/// The result is the input when `edits` is empty; edits apply in order, each seeing the previous
/// ones. Commands that change a plan (`schedule`, `receive`) go through this, so `git diff` of
/// the plan shows only what changed.
public enum PlanEditor {
  /// Applies `edits` to the JSON text `bytes` and returns the new text.
  ///
  /// - Throws: `PlanEditError` when `bytes` is not strict JSON or a path does not exist.
  public static func apply(_ edits: [PlanEdit], to bytes: [UInt8]) throws(PlanEditError) -> [UInt8] {
    var document: JSONDocument
    do {
      document = try JSONSyntax.parse(bytes)
    } catch {
      throw .invalidJSON(line: error.line, column: error.column, reason: error.reason)
    }
    let style = Style(detectedIn: bytes)
    for edit in edits {
      try Editing(style: style, source: bytes, edit: edit).apply(to: &document.root, at: edit.path.steps[...], indent: [])
    }
    return document.bytes()
  }

  /// `apply(_:to:)` for `Data`.
  public static func apply(_ edits: [PlanEdit], to data: Data) throws(PlanEditError) -> Data {
    Data(try apply(edits, to: [UInt8](data)))
  }
}

/// A value to write, already parsed into a tree without source.
struct JSONValueText: Sendable {
  let node: JSONNode

  init(_ value: JSONValue) { node = JSONValueText.node(value) }

  init<T: Encodable>(encoding value: T) throws(PlanEditError) {
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]  // the encoder's order is not stable
      let data = try encoder.encode(value)
      node = JSONValueText.detached(try JSONSyntax.parse([UInt8](data)).root)
    } catch {
      throw .unencodable(nil, reason: "\(error)")
    }
  }

  private init(node: JSONNode) { self.node = node }

  /// The same value with the members of objects (at any depth) ordered by `order` first.
  func ordered(_ order: [String]) -> JSONValueText {
    guard !order.isEmpty else { return self }
    let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    func sort(_ node: JSONNode) -> JSONNode {
      var copy = node
      switch node.content {
      case .object(let members, let inner):
        let sorted = members.enumerated().sorted { a, b in
          (rank[a.element.key] ?? order.count, a.offset) < (rank[b.element.key] ?? order.count, b.offset)
        }.map { item in
          var member = item.element
          member.value = sort(member.value)
          return member
        }
        copy.content = .object(sorted, inner: inner)
      case .array(let elements, let inner):
        copy.content = .array(elements.map { JSONElement(before: $0.before, value: sort($0.value), after: $0.after) }, inner: inner)
      default: break
      }
      return copy
    }
    return JSONValueText(node: sort(node))
  }

  static func node(_ value: JSONValue) -> JSONNode {
    switch value {
    case .null: return JSONNode(content: .null)
    case .bool(let b): return JSONNode(content: .bool(b))
    case .int(let i): return JSONNode(content: .number(String(i)))
    case .string(let s): return JSONNode(content: .string(s))
    case .array(let items):
      return JSONNode(content: .array(items.map { JSONElement(before: [], value: node($0), after: []) }, inner: []))
    case .object(let fields):
      return JSONNode(
        content: .object(
          fields.map { JSONMember(before: [], key: $0.0, keyOffset: -1, keySource: nil, colon: [], value: node($0.1), after: []) },
          inner: []))
    }
  }

  /// The same value with every tie to its source cut.
  static func detached(_ node: JSONNode) -> JSONNode {
    var copy = JSONNode(content: node.content)
    switch node.content {
    case .object(let members, _):
      copy.content = .object(
        members.map { JSONMember(before: [], key: $0.key, keyOffset: -1, keySource: nil, colon: [], value: detached($0.value), after: []) },
        inner: [])
    case .array(let elements, _):
      copy.content = .array(elements.map { JSONElement(before: [], value: detached($0.value), after: []) }, inner: [])
    default: break
    }
    return copy
  }
}

/// How the file lays out its text, learnt from the file itself.
struct Style {
  var newline: [UInt8] = [0x0A]
  var unit: [UInt8] = Array("  ".utf8)
  var colon: [UInt8] = Array(": ".utf8)
  /// A file on one line gets new values on one line too.
  var compact = false

  init(detectedIn bytes: [UInt8]) {
    guard let firstNewline = bytes.firstIndex(of: 0x0A) else {
      compact = !bytes.isEmpty
      if let colonAt = bytes.firstIndex(of: UInt8(ascii: ":")) { colon = Style.colonText(bytes, colonAt) }
      return
    }
    if firstNewline > 0 && bytes[firstNewline - 1] == 0x0D { newline = [0x0D, 0x0A] }
    // The indentation unit: the smallest indentation of a line, looked for near the start.
    var smallest: [UInt8]? = nil
    var i = firstNewline
    let limit = min(bytes.count, 1 << 16)
    while i < limit {
      if bytes[i] == 0x0A {
        var j = i + 1
        while j < bytes.count && (bytes[j] == 0x20 || bytes[j] == 0x09) { j += 1 }
        if j > i + 1 && j < bytes.count && bytes[j] != 0x0A && bytes[j] != 0x0D {
          let indent = Array(bytes[(i + 1)..<j])
          if smallest == nil || indent.count < smallest!.count { smallest = indent }
        }
        i = j
      } else {
        i += 1
      }
    }
    if let smallest { unit = smallest }
    if let colonAt = Style.firstKeyColon(bytes) { colon = Style.colonText(bytes, colonAt) }
  }

  /// The white space around the first ':' that follows a key.
  static func colonText(_ bytes: [UInt8], _ at: Int) -> [UInt8] {
    var start = at
    while start > 0 && (bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09) { start -= 1 }
    var end = at + 1
    while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09) { end += 1 }
    return Array(bytes[start..<end])
  }

  /// The first ':' outside a string.
  static func firstKeyColon(_ bytes: [UInt8]) -> Int? {
    var inString = false
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if inString {
        if b == UInt8(ascii: "\\") {
          i += 1
        } else if b == UInt8(ascii: "\"") {
          inString = false
        }
      } else if b == UInt8(ascii: "\"") {
        inString = true
      } else if b == UInt8(ascii: ":") {
        return i
      }
      i += 1
    }
    return nil
  }
}

/// Applies one edit by walking down its path.
private struct Editing {
  let style: Style
  let source: [UInt8]
  let edit: PlanEdit

  func fail(_ reason: String) -> PlanEditError { .noSuchPath(edit.path, reason: reason) }

  /// The indentation of the line on which `offset` lies; `fallback` for text made in code.
  func lineIndent(at offset: Int, fallback: [UInt8]) -> [UInt8] {
    guard offset >= 0 else { return fallback }
    var start = offset
    while start > 0 && source[start - 1] != 0x0A { start -= 1 }
    var end = start
    while end < offset && (source[end] == 0x20 || source[end] == 0x09) { end += 1 }
    return Array(source[start..<end])
  }

  /// The indentation a `before` gap puts its value at, or `nil` when it has no line break.
  static func indent(after gap: [UInt8]) -> [UInt8]? {
    guard let newline = gap.lastIndex(of: 0x0A) else { return nil }
    return Array(gap[(newline + 1)...])
  }

  func apply(to node: inout JSONNode, at steps: ArraySlice<JSONPath.Step>, indent parentIndent: [UInt8], inline: Bool = false)
    throws(PlanEditError)
  {
    let indent = node.offset >= 0 ? lineIndent(at: node.offset, fallback: parentIndent) : parentIndent
    guard let step = steps.first else {
      switch edit.operation {
      case .set(let value, _): update(&node, with: value.node, indent: indent, inline: inline)
      case .append(let value):
        guard case .array(var elements, _) = node.content else { throw fail("không phải là một mảng") }
        node.original = nil
        node.content = .null
        insertElement(value.node, into: &elements, indent: indent)
        node.content = .array(elements, inner: [])
      case .remove: throw fail("không xóa được cả tài liệu")
      }
      return
    }
    let rest = steps.dropFirst()
    switch (step, node.content) {
    case (.key(let key), .object(var members, let inner)):
      guard let i = members.firstIndex(where: { $0.key == key }) else {
        guard rest.isEmpty else { throw fail("không có khóa '\(key)'") }
        switch edit.operation {
        case .remove: return
        case .append: throw fail("không có mảng '\(key)'")
        case .set(let value, let keyOrder):
          node.original = nil
          node.content = .null
          insertMember(key, value.node, into: &members, keyOrder: keyOrder, indent: indent)
          node.content = .object(members, inner: inner)
          return
        }
      }
      if rest.isEmpty, case .remove = edit.operation {
        node.original = nil
        node.content = .null
        Gaps.remove(at: i, from: &members)
        node.content = .object(members, inner: [])
        return
      }
      node.original = nil
      node.content = .null
      let memberIndent = members[i].keyOffset >= 0 ? lineIndent(at: members[i].keyOffset, fallback: indent + style.unit) : indent + style.unit
      do {
        try apply(to: &members[i].value, at: rest, indent: memberIndent, inline: !members[i].before.contains(0x0A))
      } catch {
        node.content = .object(members, inner: inner)
        throw error
      }
      node.content = .object(members, inner: inner)
    case (.index(let i), .array(var elements, let inner)):
      guard elements.indices.contains(i) else {
        if rest.isEmpty, case .remove = edit.operation { return }
        throw fail("không có phần tử [\(i)] (mảng có \(elements.count) phần tử)")
      }
      if rest.isEmpty, case .remove = edit.operation {
        node.original = nil
        node.content = .null
        Gaps.remove(at: i, from: &elements)
        node.content = .array(elements, inner: [])
        return
      }
      node.original = nil
      node.content = .null
      let elementIndent = Editing.indent(after: elements[i].before) ?? indent
      do {
        try apply(to: &elements[i].value, at: rest, indent: elementIndent, inline: !elements[i].before.contains(0x0A))
      } catch {
        node.content = .array(elements, inner: inner)
        throw error
      }
      node.content = .array(elements, inner: inner)
    case (.key(let key), _):
      throw fail("không có khóa '\(key)' (giá trị chứa nó không phải là đối tượng)")
    case (.index(let i), _):
      throw fail("không có phần tử [\(i)] (giá trị chứa nó không phải là mảng)")
    }
  }

  /// Makes `node` equal `value`, keeping the bytes of every part that is already equal.
  func update(_ node: inout JSONNode, with value: JSONNode, indent: [UInt8], inline: Bool) {
    if node.sameValue(as: value) { return }
    switch (node.content, value.content) {
    case (.object(var members, let inner), .object(let wanted, _)):
      node.original = nil
      node.content = .null
      let wantedKeys = Set(wanted.map(\.key))
      // Remove first, so that insertion positions see the final neighbours.
      var i = members.count - 1
      while i >= 0 {
        if !wantedKeys.contains(members[i].key) {
          Gaps.remove(at: i, from: &members)
        }
        i -= 1
      }
      let order = wanted.map(\.key)
      for member in wanted {
        if let k = members.firstIndex(where: { $0.key == member.key }) {
          let memberIndent = members[k].keyOffset >= 0 ? lineIndent(at: members[k].keyOffset, fallback: indent + style.unit) : indent + style.unit
          update(&members[k].value, with: member.value, indent: memberIndent, inline: !members[k].before.contains(0x0A))
        } else {
          insertMember(member.key, member.value, into: &members, keyOrder: order, indent: indent)
        }
      }
      node.content = .object(members, inner: members.isEmpty ? [] : inner)
    case (.array(var elements, let inner), .array(let wanted, _)):
      node.original = nil
      node.content = .null
      while elements.count > wanted.count {
        Gaps.remove(at: elements.count - 1, from: &elements)
      }
      for (k, element) in wanted.enumerated() {
        if k < elements.count {
          update(
            &elements[k].value, with: element.value, indent: Editing.indent(after: elements[k].before) ?? indent,
            inline: !elements[k].before.contains(0x0A))
        } else {
          insertElement(element.value, into: &elements, indent: indent)
        }
      }
      node.content = .array(elements, inner: elements.isEmpty ? [] : inner)
    default:
      let offset = node.offset
      node = format(value, indent: indent, inline: inline)
      node.offset = offset
    }
  }

  func insertMember(_ key: String, _ value: JSONNode, into members: inout [JSONMember], keyOrder: [String], indent: [UInt8]) {
    // After the nearest earlier key of `keyOrder` that is present, else before the nearest later
    // one, else at the end.
    var position = members.count
    if let own = keyOrder.firstIndex(of: key) {
      let present = Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
      if let earlier = keyOrder[..<own].reversed().first(where: { present[$0] != nil }) {
        position = present[earlier]! + 1
      } else if let later = keyOrder[(own + 1)...].first(where: { present[$0] != nil }) {
        position = present[later]!
      }
    }
    var member = JSONMember(before: [], key: key, keyOffset: -1, keySource: nil, colon: style.colon, value: value, after: [])
    if let sibling = members.first { member.colon = sibling.colon }
    Gaps.insert(&member, at: position, into: &members, style: style, indent: indent)
    member.value = format(value, indent: Editing.indent(after: member.before) ?? indent + style.unit, inline: !member.before.contains(0x0A))
    members.insert(member, at: position)
  }

  func insertElement(_ value: JSONNode, into elements: inout [JSONElement], indent: [UInt8]) {
    var element = JSONElement(before: [], value: value, after: [])
    Gaps.insert(&element, at: elements.count, into: &elements, style: style, indent: indent)
    element.value = format(value, indent: Editing.indent(after: element.before) ?? indent + style.unit, inline: !element.before.contains(0x0A))
    elements.append(element)
  }

  /// `value` laid out in the file's style, starting on a line indented by `indent`.
  func format(_ value: JSONNode, indent: [UInt8], inline: Bool = false) -> JSONNode {
    var node = JSONNode(content: value.content)
    let compact = style.compact || inline
    let inner = indent + style.unit
    switch value.content {
    case .object(let members, _):
      node.content = .object(
        members.enumerated().map { i, member in
          JSONMember(
            before: compact ? (i == 0 ? [] : [0x20]) : style.newline + inner, key: member.key, keyOffset: -1, keySource: nil,
            colon: style.colon, value: format(member.value, indent: inner, inline: compact),
            after: compact || i < members.count - 1 ? [] : style.newline + indent)
        }, inner: [])
    case .array(let elements, _):
      node.content = .array(
        elements.enumerated().map { i, element in
          JSONElement(
            before: compact ? (i == 0 ? [] : [0x20]) : style.newline + inner, value: format(element.value, indent: inner, inline: compact),
            after: compact || i < elements.count - 1 ? [] : style.newline + indent)
        }, inner: [])
    default: break
    }
    return node
  }
}

/// An object member or array element: a value with the white space before and after it.
protocol Gapped {
  var before: [UInt8] { get set }
  var after: [UInt8] { get set }
}

extension JSONMember: Gapped {}
extension JSONElement: Gapped {}

/// Keeps the white space between items right when one is removed or inserted: the first item's
/// gap stays first, the last item's gap (before the closing bracket) stays last.
enum Gaps {
  static func remove<Item: Gapped>(at i: Int, from items: inout [Item]) {
    if items.count > 1 {
      if i == items.count - 1 {
        items[i - 1].after = items[i].after
      } else if i == 0 {
        items[1].before = items[0].before
      }
    }
    items.remove(at: i)
  }

  /// Sets the gaps of `item`, about to be inserted at `position`, and of its neighbours.
  static func insert<Item: Gapped>(_ item: inout Item, at position: Int, into items: inout [Item], style: Style, indent: [UInt8]) {
    guard !items.isEmpty else {
      item.before = style.compact ? [] : style.newline + indent + style.unit
      item.after = style.compact ? [] : style.newline + indent
      return
    }
    // The usual gaps between items, learnt from the items there are.
    let middleAfter = items.count > 1 ? items[0].after : []
    let lineBreakBefore = items.first { $0.before.contains(0x0A) }?.before
    var middleBefore = items.count > 1 ? items[1].before : (style.compact ? [0x20] : style.newline + indent + style.unit)
    if !middleBefore.contains(0x0A), let lineBreakBefore { middleBefore = lineBreakBefore }
    if position == items.count {
      let last = items.count - 1
      item.after = items[last].after
      items[last].after = middleAfter
      item.before = middleBefore
    } else if position == 0 {
      item.before = items[0].before
      item.after = middleAfter
      items[0].before = middleBefore
    } else {
      item.before = items[position].before.contains(0x0A) ? items[position].before : middleBefore
      item.after = middleAfter
    }
  }
}
