/// The summary `kiemtra schedule` prints.
public enum ScheduleReport {
  public static func text(result: ScheduleResult, rule: ReportDueRule) -> String {
    let plan = result.plan
    let names = Dictionary(plan.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let byID = Dictionary(plan.inspections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out = "Xếp lịch: \(plan.title)\n"
    out += "Khoảng thời gian: \(result.range.from.vietnamese)–\(result.range.to.vietnamese). "
    switch rule {
    case .workingDaysBeforeStart(let n): out += "Hạn báo cáo: \(n) ngày làm việc trước ngày kiểm tra đầu tiên.\n"
    case .lastWorkingDayOfPreviousMonth: out += "Hạn báo cáo: ngày làm việc cuối cùng của tháng trước tháng kiểm tra.\n"
    }
    let total = result.placements.count + result.problems.filter { p in byID[p.inspection]?.pinned != true }.count
    out += "\nĐã xếp \(result.placements.count)/\(total) cuộc kiểm tra"
    if let finish = result.finish {
      out += "; kết thúc ngày \(finish.vietnamese)"
      if result.problems.isEmpty && !result.amending {
        if result.provenEarliest {
          out += " (sớm nhất có thể: đã chứng minh)"
        } else if let bound = result.lowerBound {
          out += " (chưa chứng minh là sớm nhất; không lịch nào kết thúc trước \(bound.vietnamese)"
          out += result.stoppedByBudget ? "; dừng theo giới hạn thời gian/tìm kiếm)" : ")"
        }
      }
    }
    out += ".\n"
    if result.amending {
      out += "Giữ nguyên \(result.placements.count - result.movedVisits) cuộc đã công bố; dời \(result.movedVisits) cuộc, tổng \(result.daysMoved) ngày làm việc.\n"
    }
    for placement in result.placements.sorted(by: { ($0.window.from, $0.inspection) < ($1.window.from, $1.inspection) }) {
      let inspection = byID[placement.inspection]!
      out += "  - \(inspection.units.map { names[$0] ?? $0 }.joined(separator: ", ")): \(placement.window.from.vietnamese)–\(placement.window.to.vietnamese) (\(placement.workingDays) ngày làm việc)"
      out += placement.reportDue.map { ", hạn báo cáo \($0.vietnamese)" } ?? ", không có báo cáo trước"
      out += placement.moved ? " [dời]\n" : "\n"
    }
    if !result.problems.isEmpty {
      out += "\nKhông xếp được hoặc vi phạm quy tắc (\(result.problems.count)):\n"
      for problem in result.problems { out += "  - [\(problem.inspection)] \(problem.reason)\n" }
    }
    return out
  }
}
