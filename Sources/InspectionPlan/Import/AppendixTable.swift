/// The appendix table "Đối tượng, thời gian và thành phần Đoàn kiểm tra", read into visit rows:
/// its parts joined when it continues over several pages with its header repeated, merged or
/// empty leader/deputy cells taken from the row above, members numbered across rows gathered into
/// one roster per team.
struct AppendixTable {
  enum Column: Equatable {
    case number, id, unit, timing, timingTo, leader, deputy, members, team, leadAgency, reportDue, note
    /// A column of kiemtra's own export computed from others ("Số ngày làm việc", "Loại đơn vị").
    case derived
  }

  /// One visit as the table states it.
  struct VisitRow {
    var number: Int?
    var unit: SourceCell
    var timing: SourceCell?
    /// The "Đến hết ngày" cell when the table gives the end in a column of its own.
    var timingTo: SourceCell?
    var reportDue: SourceCell?
    /// The visit's id, from the "Mã" column of kiemtra's export.
    var id: String?
    /// The cells that name the leader and deputy: the row's own, or the one above when merged/empty.
    var leader: SourceCell?
    var deputy: SourceCell?
    var leadAgency: SourceCell?
    /// Index into `rosters`: the members shared by this visit's group.
    var roster: Int
    /// Index into `teams`.
    var team: Int
  }

  /// A member entry with where it was written.
  struct MemberEntry {
    var number: Int?
    var text: String
    var location: DocumentLocation
  }

  var visits: [VisitRow] = []
  var rosters: [[MemberEntry]] = []
  /// Team names from heading rows ("Đoàn kiểm tra số 2"); one unnamed team when there are none.
  var teams: [String?] = []
  /// Rows that are one text across the table ("Lưu ý: …"), for the interpreter.
  var notes: [SourceCell] = []

  /// Finds the appendix in `document`, or `nil` when no table has its columns.
  init?(_ document: SourceDocument, report: inout ImportReport) {
    var parts: [SourceTable] = []
    var columns: [Int: Column] = [:]
    var previousWasAppendix = false
    for block in document.blocks {
      guard case .table(let table) = block else {
        previousWasAppendix = false  // text between tables ends the appendix's continuation
        continue
      }
      if let found = AppendixTable.columns(of: table) {
        if columns.isEmpty { columns = found }
        parts.append(table)
        previousWasAppendix = true
      } else if previousWasAppendix, let count = parts.last?.rows.first?.count,
        table.rows.first?.count == count
      {
        parts.append(table)  // a continuation without a repeated header
      } else {
        previousWasAppendix = false
      }
    }
    guard !parts.isEmpty, columns.values.contains(.unit) else { return nil }
    read(parts, columns: columns, report: &report)
  }

  /// The column of each index, from the header rows at the top of `table`, or `nil` when the
  /// table is not the appendix.
  static func columns(of table: SourceTable) -> [Int: Column]? {
    var labels: [Int: String] = [:]
    for row in table.rows.prefix(6) where !isDataRow(row) && isHeaderRow(row) {
      for (index, cell) in row.enumerated() where !cell.isEmpty {
        labels[index] = VietnameseText.matchKey(cell.text)
      }
    }
    var columns: [Int: Column] = [:]
    for (index, label) in labels.sorted(by: { $0.key < $1.key }) {
      let taken = Set(columns.values)
      if label.contains("tính theo") || label.contains("số ngày") || label.contains("loại đơn vị") {
        columns[index] = .derived
      } else if label.hasPrefix("từ ngày") {
        columns[index] = .timing
      } else if label.hasPrefix("đến") && label.contains("ngày") {
        columns[index] = .timingTo
      } else if label.contains("hạn báo cáo") || label.contains("hạn gửi báo cáo") {
        if !taken.contains(.reportDue) { columns[index] = .reportDue }
      } else if label == "mã" {
        columns[index] = .id
      } else if label.contains("phó trưởng đoàn") {
        columns[index] = .deputy
      } else if label.contains("trưởng đoàn") {
        columns[index] = .leader
      } else if label.contains("thành viên") {
        columns[index] = .members
      } else if label.contains("đối tượng") || label.contains("đơn vị được kiểm tra") {
        columns[index] = .unit
      } else if label.contains("thời gian") {
        // kiemtra's own CSV has both "Từ ngày" and a "Thời gian kiểm tra" text column; the dates
        // read first win.
        if !columns.values.contains(.timing) { columns[index] = .timing }
      } else if label == "stt" || label == "tt" || label == "số tt" {
        columns[index] = .number
      } else if label.contains("chủ trì") {
        columns[index] = .leadAgency
      } else if label.hasPrefix("đoàn") {
        columns[index] = .team
      } else if label.contains("ghi chú") {
        columns[index] = .note
      }
    }
    guard columns.values.contains(.unit), columns.values.contains(.timing) else { return nil }
    return columns
  }

  /// A row whose first cell is a number ("1", "2.").
  static func isDataRow(_ row: [SourceCell]) -> Bool {
    guard let first = row.first else { return false }
    return Int(first.text.trimmingCharacters(in: .init(charactersIn: ". "))) != nil
  }

  static func isHeaderRow(_ row: [SourceCell]) -> Bool {
    let keys = row.map { VietnameseText.matchKey($0.text) }
    return keys.contains { $0.contains("đối tượng") || $0.contains("trưởng đoàn") || $0 == "stt" }
  }

  mutating func read(_ parts: [SourceTable], columns: [Int: Column], report: inout ImportReport) {
    func index(_ column: Column) -> Int? { columns.first { $0.value == column }?.key }
    let unitIndex = index(.unit)!
    var lastLeader: SourceCell?
    var lastDeputy: SourceCell?
    var lastTeamCell: String?
    teams = [nil]
    rosters = [[]]
    var rosterHasMembers = false

    var seenHeader = false
    for table in parts {
      for row in table.rows {
        if AppendixTable.isHeaderRow(row) && !AppendixTable.isDataRow(row) {
          seenHeader = true
          continue
        }
        let filled = row.filter { !$0.isEmpty }
        if filled.isEmpty { continue }
        if !seenHeader {
          for cell in filled { report.ignored(cell.location, cell.text, "tiêu đề phía trên bảng") }
          continue
        }
        let distinct = Set(filled.map(\.text))
        if !AppendixTable.isDataRow(row), distinct.count == 1 {
          let cell = filled[0]
          if cell.text.firstMatch(of: #/^Đoàn\s+(kiểm tra\s+)?(số\s+)?\d+/#.ignoresCase()) != nil {
            startTeam(named: cell.text, rosterHasMembers: &rosterHasMembers)
            lastLeader = nil
            lastDeputy = nil
          } else {
            notes.append(cell)
          }
          continue
        }
        guard let unitCell = row[safe: unitIndex], !unitCell.isEmpty else {
          for cell in filled {
            report.unmapped(cell.location, cell.text, "hàng không có đối tượng kiểm tra")
          }
          continue
        }
        if let teamIndex = index(.team), let cell = row[safe: teamIndex], !cell.isEmpty,
          !cell.continuesAbove, cell.text != lastTeamCell
        {
          if lastTeamCell != nil || teams.count > 1 || teams[0] != nil {
            startTeam(named: cell.text, rosterHasMembers: &rosterHasMembers)
            lastLeader = nil
            lastDeputy = nil
          } else {
            teams[0] = cell.text
          }
          lastTeamCell = cell.text
        }
        // Leader and deputy: a merged or empty cell repeats the one above (one roster for a group).
        if let i = index(.leader), let cell = row[safe: i], !cell.isEmpty, !cell.continuesAbove {
          lastLeader = cell
        }
        if let i = index(.deputy), let cell = row[safe: i], !cell.isEmpty, !cell.continuesAbove {
          lastDeputy = cell
        }
        if let i = index(.members), let cell = row[safe: i], !cell.isEmpty, !cell.continuesAbove {
          let entries = AppendixTable.memberEntries(cell)
          // Members numbered on from the roster's last number continue it (one roster written
          // across rows); anything else (numbering from 1, or no numbers: one list per row) begins
          // a new roster for the rows from here on.
          let last = rosters[rosters.count - 1].last?.number
          let continues = entries.first(where: { $0.number != nil })?.number.map { number in last.map { number == $0 + 1 } ?? false } ?? false
          if rosterHasMembers && !continues {
            rosters.append([])
            rosterHasMembers = false
          }
          for entry in entries {
            if entry.number == nil, let previous = rosters[rosters.count - 1].last,
              AppendixTable.isPageBreakRepeat(entry.text, of: previous.text)
            {
              report.ignored(
                entry.location, entry.text,
                "phần cuối của thành viên \(previous.number.map(String.init) ?? "trước") lặp lại khi bảng sang trang")
              continue
            }
            rosters[rosters.count - 1].append(entry)
            rosterHasMembers = true
          }
        }
        let number = Int(row[0].text.trimmingCharacters(in: .init(charactersIn: ". ")))
        visits.append(
          VisitRow(
            number: number, unit: unitCell, timing: index(.timing).flatMap { row[safe: $0] },
            timingTo: index(.timingTo).flatMap { row[safe: $0] },
            reportDue: index(.reportDue).flatMap { row[safe: $0] }.flatMap { $0.isEmpty ? nil : $0 },
            id: index(.id).flatMap { row[safe: $0]?.text }.flatMap { Slug.isValid($0) ? $0 : nil },
            leader: lastLeader, deputy: lastDeputy,
            leadAgency: index(.leadAgency).flatMap { row[safe: $0] }.flatMap { $0.isEmpty ? nil : $0 },
            roster: rosters.count - 1, team: teams.count - 1))
      }
    }
  }

  mutating func startTeam(named name: String, rosterHasMembers: inout Bool) {
    if visits.isEmpty && teams.count == 1 && teams[0] == nil {
      teams[0] = name
      return
    }
    teams.append(name)
    rosters.append([])
    rosterHasMembers = false
  }

  /// The entries of a members cell: one per paragraph, and a paragraph holding "1. Ông A - …
  /// 2. Ông B - …" (paragraph marks lost in a text export) split at each number.
  static func memberEntries(_ cell: SourceCell) -> [MemberEntry] {
    var entries: [MemberEntry] = []
    let starts = #/(\d{1,2})\s*[.)]\s+(?=(?:Ông|Bà|Đồng chí|Đại diện|Lãnh đạo)\s)/#
    for paragraph in cell.paragraphs {
      let matches = paragraph.matches(of: starts).filter { match in
        match.range.lowerBound == paragraph.startIndex
          || paragraph[paragraph.index(before: match.range.lowerBound)].isWhitespace
      }
      if matches.isEmpty {
        let text = paragraph.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty { entries.append(MemberEntry(number: nil, text: text, location: cell.location)) }
        continue
      }
      let lead = paragraph[..<matches[0].range.lowerBound].trimmingCharacters(in: .whitespaces)
      if !lead.isEmpty { entries.append(MemberEntry(number: nil, text: lead, location: cell.location)) }
      for (k, match) in matches.enumerated() {
        let end = k + 1 < matches.count ? matches[k + 1].range.lowerBound : paragraph.endIndex
        let text = paragraph[match.range.upperBound..<end].trimmingCharacters(in: .whitespaces)
        entries.append(MemberEntry(number: Int(match.1), text: text, location: cell.location))
      }
    }
    return entries
  }

  /// Whether `fragment` is the end of `previous` written again (Word repeats the last line of a
  /// cell split over two pages in some text exports): "Truyền thông" after "…Sở Thông tin và
  /// Truyền thông".
  static func isPageBreakRepeat(_ fragment: String, of previous: String) -> Bool {
    PersonLine.parse(fragment) == nil && fragment.count < previous.count
      && previous.hasSuffix(fragment)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
