/// A report outline (đề cương) with its statistics appendices, read from a template file.
///
/// The outline keeps the document's own numbering: parts I, II…, items 1, 2…, sub-items a), b)…
/// and bullets. Items, table rows and appendices may apply to some unit kinds only.
public struct OutlineTemplate: Sendable, Equatable {
  public var title: String
  public var parts: [OutlineNode]
  /// The note closing the outline (contents already inspected: attach the minutes instead).
  public var closing: String?
  public var appendices: [Appendix]

  public init(title: String = "", parts: [OutlineNode] = [], closing: String? = nil, appendices: [Appendix] = []) {
    self.title = title
    self.parts = parts
    self.closing = closing
    self.appendices = appendices
  }
}

/// A numbered entry of the outline: a part, an item, a sub-item or a bullet.
public struct OutlineNode: Sendable, Equatable {
  /// How deep the entry sits, which decides its numbering style.
  public enum Level: Int, Sendable {
    case part = 0, item, subItem, bullet
  }

  public var level: Level
  /// The number as the document writes it: "II", "3", "b"; "-" for a bullet.
  public var number: String
  public var text: String
  /// Explanatory paragraphs that follow the entry in the document.
  public var paragraphs: [String] = []
  /// Notes added with `@note`.
  public var notes: [String] = []
  /// The unit kinds the entry applies to; `nil` for all.
  public var kinds: Set<UnitKind>?
  public var children: [OutlineNode] = []
  /// The reform areas the entry belongs to (`[area: …]`); `nil` when it belongs to every
  /// thematic outline (general parts such as "Đánh giá chung").
  public var areas: Set<InspectionArea>? = nil
  /// The template line the entry comes from.
  public var line: Int

  /// Whether the document marks the entry "(nếu có)": answer only if it applies.
  public var isOptional: Bool { VietnameseText.nfc(text).contains("(nếu có)") }

  /// The number with its punctuation: "II.", "3.", "b)", "-".
  public var label: String {
    switch level {
    case .part, .item: "\(number)."
    case .subItem: "\(number))"
    case .bullet: "-"
    }
  }

  /// Whether the entry applies to units of `kind`.
  public func applies(to kind: UnitKind) -> Bool { kinds?.contains(kind) ?? true }
}

/// A statistics table (Phụ lục) every applicable unit fills in.
public struct Appendix: Sendable, Equatable {
  /// "Phụ lục 2".
  public var name: String
  public var title: String
  public var kinds: Set<UnitKind>?
  /// Header rows as the document draws them; empty cells sit under a merged heading.
  public var headers: [[String]]
  public var rows: [Row]
  public var footnotes: [Footnote]
  public var line: Int
  /// The reform areas the table belongs to; `nil` for every thematic outline.
  public var areas: Set<InspectionArea>? = nil

  public func applies(to kind: UnitKind) -> Bool { kinds?.contains(kind) ?? true }

  /// One table row; `kinds` limits it to some unit kinds.
  public struct Row: Sendable, Equatable {
    public var cells: [String]
    public var kinds: Set<UnitKind>?
  }

  /// A note under the table; `unitName` limits it to the unit of that name.
  public struct Footnote: Sendable, Equatable {
    public var text: String
    public var unitName: String?
  }
}
