/// The plan's appendix table "Đối tượng, thời gian và thành phần Đoàn kiểm tra": one row per
/// visit, the roster columns merged down over consecutive visits that share them, as the
/// reference plan draws it.
enum RosterTable {
  static let headers = [
    ["STT", "Đối tượng kiểm tra", "Thời gian kiểm tra", "Thành phần Đoàn kiểm tra", "", ""],
    ["", "", "", "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên"],
  ]

  /// One table, or one per team (headed by the team's name and lead agency) when the plan has
  /// several teams.
  static func blocks(plan: Plan, visits: [Visit], width: Int) -> [WordBlock] {
    var groups: [(InspectionTeam?, [Visit])] = []
    for visit in visits {
      if let index = groups.firstIndex(where: { $0.0?.id == visit.team?.id }) {
        groups[index].1.append(visit)
      } else {
        groups.append((visit.team, [visit]))
      }
    }
    guard groups.count > 1 else { return [.table(table(visits: visits, width: width))] }
    var blocks: [WordBlock] = []
    for (team, members) in groups {
      var heading = team?.name ?? "Các cuộc kiểm tra không thuộc đoàn nào"
      if let agency = members.first?.leadAgencyName, team != nil { heading += " (đơn vị chủ trì: \(agency))" }
      blocks.append(.paragraph(WordParagraph([WordRun(heading, bold: true, size: 13)], alignment: .left, spaceBefore: 10, spaceAfter: 4, keepWithNext: true)))
      blocks.append(.table(table(visits: members, width: width)))
    }
    return blocks
  }

  /// The time column: the fixed days or planned period; an unannounced visit's days are never
  /// written in a document the units receive.
  static func timeText(_ visit: Visit) -> String {
    visit.kind.isAnnounced ? visit.timing.vietnamese : "Kiểm tra đột xuất (không báo trước)"
  }

  static func table(visits: [Visit], width: Int) -> WordTable {
    let size = 12.0
    let fixed = [700, 2500, 2900]
    let rest = width - fixed.reduce(0, +)
    let widths = fixed + [rest * 27 / 100, rest * 27 / 100, rest - 2 * (rest * 27 / 100)]
    let numbers = CalendarReport.memberNumbers(visits)
    let rosters: [[String]] = visits.map { visit in
      [
        visit.leader?.displayNameWithTitle ?? "",
        visit.deputies.map(\.displayNameWithTitle).joined(separator: "\n"),
        (visit.secretaries.map { "\($0.displayNameWithTitle) (Thư ký)" }
          + visit.members.map { "\(numbers[$0.id].map { "\($0). " } ?? "")\($0.displayNameWithTitle)" })
          .joined(separator: "\n"),
      ]
    }
    var rows = AppendixTableLayout.headerRows(headers, fontSize: size)
    for (index, visit) in visits.enumerated() {
      var cells = [
        WordTableCell("\(visit.number)", alignment: .center, size: size),
        WordTableCell(visit.unitName, size: size),
        WordTableCell(timeText(visit), size: size),
      ]
      for column in 0..<3 {
        let text = rosters[index][column]
        let sameAbove = index > 0 && rosters[index - 1][column] == text
        let sameBelow = index + 1 < visits.count && rosters[index + 1][column] == text
        let merge: WordTableCell.VerticalMerge? = sameAbove ? .continue : (sameBelow ? .restart : nil)
        var cell = WordTableCell(sameAbove ? "" : text, size: size, verticalMerge: merge)
        cell.centeredVertically = true
        cells.append(cell)
      }
      rows.append(WordTableRow(cells))
    }
    return WordTable(columnWidths: widths, rows: rows)
  }
}
