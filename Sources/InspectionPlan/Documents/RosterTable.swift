/// The plan's appendix table "Đối tượng, thời gian và thành phần Đoàn kiểm tra": one row per
/// visit, the roster columns merged down over consecutive visits that share them, as the
/// reference plan draws it.
enum RosterTable {
  static let headers = [
    ["STT", "Đối tượng kiểm tra", "Thời gian kiểm tra", "Thành phần Đoàn kiểm tra", "", ""],
    ["", "", "", "Trưởng đoàn", "Phó Trưởng đoàn", "Thành viên"],
  ]

  static func blocks(plan: Plan, visits: [Visit], width: Int) -> [WordBlock] {
    [.table(table(visits: visits, width: width))]
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
        visit.deputy?.displayNameWithTitle ?? "",
        visit.members.map { "\(numbers[$0.id]!). \($0.displayNameWithTitle)" }.joined(separator: "\n"),
      ]
    }
    var rows = AppendixTableLayout.headerRows(headers, fontSize: size)
    for (index, visit) in visits.enumerated() {
      var cells = [
        WordTableCell("\(visit.number)", alignment: .center, size: size),
        WordTableCell(visit.unitName, size: size),
        WordTableCell(CalendarReport.windowText(visit.window), size: size),
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
