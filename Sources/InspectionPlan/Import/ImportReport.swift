/// What the importer could not map, and what it deliberately left out, each with where it was
/// found and the original text. Nothing in the plan comes from anywhere else than the document.
public struct ImportReport: Sendable, Equatable {
  public struct Item: Sendable, Equatable {
    public var location: DocumentLocation
    /// The original text, as written.
    public var text: String
    /// Why, in Vietnamese.
    public var reason: String
  }

  /// Text the importer looked at and could not turn into plan data: the user must check it.
  public var unmapped: [Item] = []
  /// Text recognised as not being data (a fragment repeated at a page break), with the reason.
  public var ignored: [Item] = []
  /// Each report due line as written, with its wording ("trước ngày", "chậm nhất ngày", "đến hết
  /// ngày") and the date read from it: the plan file keeps the date, this keeps the words.
  public var dueLines: [DueLine] = []

  public struct DueLine: Sendable, Equatable {
    public var location: DocumentLocation
    public var text: String
    public var wording: String
    public var date: CivilDate
  }

  public init() {}

  mutating func unmapped(_ location: DocumentLocation, _ text: String, _ reason: String) {
    unmapped.append(Item(location: location, text: text, reason: reason))
  }

  mutating func ignored(_ location: DocumentLocation, _ text: String, _ reason: String) {
    ignored.append(Item(location: location, text: text, reason: reason))
  }

  /// Vietnamese text: the unmapped items, then the ignored ones; one line each.
  public func text(source: String) -> String {
    var out = ""
    if unmapped.isEmpty {
      out += "Đã chuyển toàn bộ nội dung nhận dạng được của \(source).\n"
    } else {
      out += "KHÔNG CHUYỂN ĐƯỢC (\(unmapped.count)) — cần kiểm tra lại:\n"
      for item in unmapped {
        out += "  \(source): \(item.location.description): \"\(item.text)\": \(item.reason)\n"
      }
    }
    if !ignored.isEmpty {
      out += "BỎ QUA (\(ignored.count)):\n"
      for item in ignored {
        out += "  \(source): \(item.location.description): \"\(item.text)\": \(item.reason)\n"
      }
    }
    return out
  }

  /// `{"unmapped": [{"location", "text", "reason"}], "ignored": [...], "dueLines": [{"location",
  /// "text", "wording", "date"}]}`.
  public func json() -> JSONValue {
    func items(_ list: [Item]) -> JSONValue {
      .array(
        list.map {
          .object([
            ("location", .string($0.location.description)), ("text", .string($0.text)),
            ("reason", .string($0.reason)),
          ])
        })
    }
    let lines = JSONValue.array(
      dueLines.map {
        .object([
          ("location", .string($0.location.description)), ("text", .string($0.text)),
          ("wording", .string($0.wording)), ("date", .string($0.date.iso8601)),
        ])
      })
    return .object([("unmapped", items(unmapped)), ("ignored", items(ignored)), ("dueLines", lines)])
  }
}
