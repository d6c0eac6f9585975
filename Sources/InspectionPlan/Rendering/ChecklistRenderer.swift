import Foundation

/// Renders a unit's checklist as Markdown, plain text or a printable HTML page.
public enum ChecklistRenderer {
  /// The header facts, as (label, value) lines, shared by every format.
  static func facts(_ c: UnitChecklist) -> [(String, String)] {
    var lines: [(String, String)] = [
      ("Kế hoạch", c.planTitle),
      ("Đơn vị được kiểm tra", "\(c.unit.name) (\(c.unit.kind.vietnameseName))"),
    ]
    if c.kind == .thematic {
      let areas = c.inspection.areas.map(\.vietnameseName).joined(separator: "; ")
      lines.append(("Hình thức", areas.isEmpty ? "kiểm tra chuyên đề" : "kiểm tra chuyên đề: \(areas)"))
    } else if c.kind == .deskReview {
      lines.append(("Hình thức", "kiểm tra qua báo cáo, hồ sơ"))
    }
    guard c.kind.isAnnounced else {
      // Sent to a unit that is not told when it will be inspected: no dates, no team.
      lines.append(("Hình thức", "kiểm tra đột xuất"))
      let destination = c.leadAgencyName.map { "Đoàn kiểm tra (đơn vị chủ trì: \($0))" } ?? "Đoàn kiểm tra"
      lines.append(("Nơi nhận báo cáo", destination))
      return lines
    }
    if let team = c.teamName { lines.append(("Đoàn kiểm tra", team)) }
    switch c.timing {
    case .fixed(let window)? where window.part == nil:
      var text = "từ ngày \(window.from.vietnamese) đến hết ngày \(window.to.vietnamese)"
      if let days = c.workingDays { text += " (\(days) ngày làm việc)" }
      lines.append(("Thời gian kiểm tra", text))
    case let timing?:
      if case .unscheduled = timing {
        lines.append(("Thời gian kiểm tra", "chưa xếp lịch"))
      } else {
        lines.append(("Thời gian kiểm tra", timing.vietnamese.prefix(1).lowercased() + timing.vietnamese.dropFirst()))
      }
    case nil:
      lines.append(("Thời gian kiểm tra", "chưa xếp lịch"))
    }
    lines.append(("Trưởng đoàn", c.leader?.displayNameWithTitle ?? "chưa phân công"))
    lines.append(("Phó Trưởng đoàn", c.deputy?.displayNameWithTitle ?? "chưa phân công"))
    if let text = c.dueText {
      lines.append(("Hạn gửi báo cáo", text))
    } else {
      lines.append(("Hạn gửi báo cáo", "chưa xác định"))
    }
    let destination = c.leadAgencyName.map { "Đoàn kiểm tra (đơn vị chủ trì: \($0))" } ?? "Đoàn kiểm tra"
    lines.append(("Nơi gửi báo cáo", destination))
    return lines
  }

  // MARK: Markdown

  public static func markdown(_ c: UnitChecklist) -> String {
    var out = "# Đề cương báo cáo: \(c.unit.name)\n\n"
    for (label, value) in facts(c) { out += "- **\(label):** \(value)\n" }
    out += "\n## \(c.title)\n"
    for part in c.parts {
      out += "\n### \(part.label) \(part.text)\n\n"
      for paragraph in part.paragraphs { out += "\(paragraph)\n\n" }
      for note in part.notes { out += "> \(note)\n\n" }
      for child in part.children { writeMarkdown(child, depth: 0, into: &out) }
    }
    if let closing = c.closing { out += "\n> \(closing)\n" }
    for appendix in c.appendices {
      out += "\n## \(appendix.name): \(appendix.title)\n\n"
      let width = appendix.headers.first?.count ?? 0
      if let first = appendix.headers.first {
        out += markdownRow(first) + "\n"
        out += "|" + String(repeating: " --- |", count: width) + "\n"
      }
      for header in appendix.headers.dropFirst() {
        out += markdownRow(header.map { $0.isEmpty ? "" : "**\($0)**" }) + "\n"
      }
      for row in appendix.rows { out += markdownRow(row.cells) + "\n" }
      if !appendix.footnotes.isEmpty { out += "\n" }
      for note in appendix.footnotes { out += "\(note.text)\n\n" }
    }
    return out.hasSuffix("\n\n") ? String(out.dropLast()) : out
  }

  private static func writeMarkdown(_ node: OutlineNode, depth: Int, into out: inout String) {
    let indent = String(repeating: "  ", count: depth)
    let label = node.level == .bullet ? "" : "\(node.label) "
    out += "\(indent)- [ ] \(label)\(node.text)\n"
    for paragraph in node.paragraphs { out += "\(indent)  \(paragraph)\n" }
    for note in node.notes { out += "\(indent)  > \(note)\n" }
    for child in node.children { writeMarkdown(child, depth: depth + 1, into: &out) }
  }

  private static func markdownRow(_ cells: [String]) -> String {
    "| " + cells.map { $0.replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
  }

  // MARK: Plain text

  public static func text(_ c: UnitChecklist) -> String {
    var out = "ĐỀ CƯƠNG BÁO CÁO: \(c.unit.name.uppercased())\n\n"
    for (label, value) in facts(c) { out += "\(label): \(value)\n" }
    out += "\n\(c.title.uppercased())\n"
    for part in c.parts {
      out += "\n\(part.label) \(part.text)\n"
      for paragraph in part.paragraphs { out += "    \(paragraph)\n" }
      for note in part.notes { out += "    Ghi chú: \(note)\n" }
      for child in part.children { writeText(child, depth: 0, into: &out) }
    }
    if let closing = c.closing { out += "\n(\(closing))\n" }
    for appendix in c.appendices {
      out += "\n\(appendix.name.uppercased()): \(appendix.title)\n"
      let rows = appendix.headers + appendix.rows.map(\.cells)
      let widths = (0..<(appendix.headers.first?.count ?? 0)).map { column in
        min(48, rows.map { $0[column].count }.max() ?? 0)
      }
      for (index, row) in rows.enumerated() {
        out += row.enumerated().map { $1.padding(widths[$0]) }.joined(separator: " | ")
          .trimmingTrailingSpaces() + "\n"
        if index == appendix.headers.count - 1 {
          out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        }
      }
      for note in appendix.footnotes { out += note.text + "\n" }
    }
    return out
  }

  private static func writeText(_ node: OutlineNode, depth: Int, into out: inout String) {
    let indent = String(repeating: "    ", count: depth)
    let label = node.level == .bullet ? "-" : node.label
    out += "\(indent)[ ] \(label) \(node.text)\n"
    for paragraph in node.paragraphs { out += "\(indent)      \(paragraph)\n" }
    for note in node.notes { out += "\(indent)      Ghi chú: \(note)\n" }
    for child in node.children { writeText(child, depth: depth + 1, into: &out) }
  }

  // MARK: HTML

  /// One self-contained page, A4, Times New Roman, no external files.
  public static func html(_ c: UnitChecklist) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <title>Đề cương báo cáo: \(HTML.escape(c.unit.name))</title>
      <style>
      @page { size: A4; margin: 20mm 20mm 20mm 30mm; }
      body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.4; max-width: 170mm; margin: auto; }
      h1 { font-size: 15pt; text-align: center; text-transform: uppercase; }
      h2 { font-size: 14pt; text-align: center; }
      h3 { font-size: 13pt; }
      dl.facts { display: grid; grid-template-columns: max-content auto; gap: 2pt 8pt; }
      dl.facts dt { font-weight: bold; }
      dl.facts dd { margin: 0; }
      ul.checklist { list-style: none; padding-left: 0; }
      ul.checklist ul { list-style: none; padding-left: 1.5em; }
      ul.checklist li::before { content: "☐ "; }
      p.note, p.closing { font-style: italic; }
      @page wide { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
      table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 11pt; page-break-inside: auto; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; overflow-wrap: break-word; }
      th { font-weight: bold; text-align: center; vertical-align: middle; background: #e7e6e6; }
      td { height: 14pt; }
      section.appendix { page-break-before: always; }
      section.appendix.wide { page: wide; }
      @media print { body { max-width: none; } }
      @media screen { section.appendix.wide { width: 262mm; margin-left: calc((170mm - 262mm) / 2); } }
      </style>
      </head>
      <body>
      <h1>Đề cương báo cáo: \(HTML.escape(c.unit.name))</h1>
      <dl class="facts">

      """
    for (label, value) in facts(c) {
      out += "<dt>\(HTML.escape(label))</dt><dd>\(HTML.escape(value))</dd>\n"
    }
    out += "</dl>\n<h2>\(HTML.escape(c.title))</h2>\n"
    for part in c.parts {
      out += "<h3>\(HTML.escape(part.label)) \(HTML.escape(part.text))</h3>\n"
      for paragraph in part.paragraphs { out += "<p>\(HTML.escape(paragraph))</p>\n" }
      for note in part.notes { out += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
      if !part.children.isEmpty {
        out += "<ul class=\"checklist\">\n"
        for child in part.children { writeHTML(child, into: &out) }
        out += "</ul>\n"
      }
    }
    if let closing = c.closing { out += "<p class=\"closing\">(\(HTML.escape(closing)))</p>\n" }
    for appendix in c.appendices {
      // Wide appendices print on landscape pages; group headings are merged cells; columns
      // are sized as in the Word outline (a wide "Số liệu" column to write figures in).
      let wide = AppendixTableLayout.isWide(appendix)
      out += "<section class=\"appendix\(wide ? " wide" : "")\">\n<h2>\(HTML.escape(appendix.name))<br>\(HTML.escape(appendix.title))</h2>\n<table>\n"
      // Printable width in twips: 262 mm landscape, 160 mm portrait (the @page margins).
      let widths = AppendixTableLayout.columnWidths(appendix, width: wide ? 14855 : 9072)
      out += "<colgroup>" + widths.map { "<col style=\"width: \(String(format: "%.1f", Double($0) / 56.7))mm\">" }.joined() + "</colgroup>\n<thead>\n"
      let layout = HeaderLayout(appendix.headers)
      for row in 0..<layout.rowCount {
        out += "<tr>"
        for cell in layout.cells where cell.row == row {
          let rowspan = cell.rowSpan > 1 ? " rowspan=\"\(cell.rowSpan)\"" : ""
          let colspan = cell.columnSpan > 1 ? " colspan=\"\(cell.columnSpan)\"" : ""
          out += "<th\(rowspan)\(colspan)>\(HTML.escape(cell.text))</th>"
        }
        out += "</tr>\n"
      }
      out += "</thead>\n<tbody>\n"
      for row in appendix.rows {
        out += "<tr>" + row.cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
      }
      out += "</tbody>\n</table>\n"
      for note in appendix.footnotes { out += "<p>\(HTML.escape(note.text))</p>\n" }
      out += "</section>\n"
    }
    return out + "</body>\n</html>\n"
  }

  private static func writeHTML(_ node: OutlineNode, into out: inout String) {
    let label = node.level == .bullet ? "" : "\(HTML.escape(node.label)) "
    out += "<li>\(label)\(HTML.escape(node.text))"
    for paragraph in node.paragraphs { out += "<p>\(HTML.escape(paragraph))</p>" }
    for note in node.notes { out += "<p class=\"note\">\(HTML.escape(note))</p>" }
    if !node.children.isEmpty {
      out += "\n<ul>\n"
      for child in node.children { writeHTML(child, into: &out) }
      out += "</ul>\n"
    }
    out += "</li>\n"
  }
}

/// Escaping for HTML text and attributes.
enum HTML {
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
