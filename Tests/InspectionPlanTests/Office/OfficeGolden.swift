import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Golden XML parts of the Office writers, kept pretty-printed in `Golden/` so a change reads as
/// a diff. `RECORD_GOLDEN=1` rewrites them (and fails on purpose).
enum OfficeGolden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  /// Parses `xml` (so a malformed part fails here) and returns it pretty-printed.
  static func pretty(_ xml: String) throws -> String {
    let document = try XMLDocument(xmlString: xml, options: [.nodePreserveWhitespace])
    return document.xmlString(options: [.nodePrettyPrint]) + "\n"
  }

  static func check(_ xml: String, against name: String) throws {
    let actual = try pretty(xml)
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); run again without RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(name) differs from its golden file")
  }

  /// The root element of a part, parsed with FoundationXML.
  static func root(_ xml: String) throws -> XMLElement {
    try #require(try XMLDocument(xmlString: xml).rootElement())
  }

  /// All elements with a qualified name (`w:tc`) below `element`.
  static func elements(_ name: String, in element: XMLElement) -> [XMLElement] {
    var found: [XMLElement] = []
    func walk(_ node: XMLElement) {
      for child in node.children ?? [] {
        guard let child = child as? XMLElement else { continue }
        if child.name == name { found.append(child) }
        walk(child)
      }
    }
    walk(element)
    return found
  }

  static func attribute(_ name: String, of element: XMLElement) -> String? {
    // Looked up by name in the list: FoundationXML's attribute(forName:) misses an unprefixed
    // attribute whose name equals a declared namespace prefix (`r` beside `xmlns:r`).
    element.attributes?.first { $0.name == name }?.stringValue
  }
}
