import Foundation

/// Turns a plan document (its appendix table, due-date lines, decision header, funding and
/// allowance lines) into a `Plan`, and lists what it could not map.
///
/// Never invents: a field the document does not state stays absent. Names keep their spelling
/// (NFC); a unit written several ways gets one official name and the other spellings as aliases.
public enum PlanImporter {
  /// What the command line adds to what the document says.
  public struct Options: Sendable {
    /// The plan year when the document does not state one (or to override it).
    public var year: Int?
    /// The province when the document does not state one (or to override it).
    public var province: String?

    public init(year: Int? = nil, province: String? = nil) {
      self.year = year
      self.province = province
    }
  }

  /// The plan and the report of what could not be mapped.
  public struct Result: Sendable {
    public var plan: Plan
    public var report: ImportReport
  }

  /// Interprets `document`.
  ///
  /// - Throws: `ImportError.noAppendixTable` when the document has no appendix table.
  public static func interpret(_ document: SourceDocument, options: Options = Options())
    throws(ImportError) -> Result
  {
    var state = State(document: document, options: options)
    guard let table = AppendixTable(document, report: &state.report) else {
      throw .noAppendixTable
    }
    state.readHeader()
    state.readVisits(table)
    state.readDueLines()
    state.readSettings(table)
    return Result(plan: state.buildPlan(), report: state.report)
  }

  struct State {
    let document: SourceDocument
    let options: Options
    var report = ImportReport()
    var year: Int?
    var province: String?
    var title: String?
    var decision = Decision()
    var legalBases: [String] = []
    var units: [TargetUnit] = []
    var people: [Person] = []
    var peopleKeys: [String: String] = [:]  // name or role (NFC) → id
    var inspections: [Inspection] = []
    var settings = PlanSettings()
    /// The table's team (index into `teamNames`) of each inspection.
    var visitTeams: [Int] = []
    var teamNames: [String?] = []

    init(document: SourceDocument, options: Options) {
      self.document = document
      self.options = options
      year = options.year
      province = options.province
    }

    var paragraphs: [SourceParagraph] { document.paragraphs }

    // MARK: Decision header

    mutating func readHeader() {
      for paragraph in paragraphs {
        let text = paragraph.text
        if text.hasPrefix("Số:"), let comma = text.range(of: ", ngày") {
          if let match = text.firstMatch(of: #/Số:\s*(\d+)\s*/\s*(QĐ-[\p{L}\-]+)/#) {
            decision.number = "\(match.1)/\(match.2)"
          }
          if let match = text[comma.lowerBound...].firstMatch(
            of: #/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/#),
            let d = Int(match.1), let m = Int(match.2), let y = Int(match.3)
          {
            decision.date = CivilDate(year: y, month: m, day: d)
          }
          if year == nil, let match = text[comma.lowerBound...].firstMatch(of: #/năm\s+(\d{4})/#) {
            year = Int(match.1)
          }
          if province == nil {
            let before = text[..<comma.lowerBound].split(separator: " ")
            if let last = before.lastIndex(where: { $0.contains("/") }), last + 1 < before.count {
              province = before[(last + 1)...].joined(separator: " ")
            }
          }
        }
        if text.hasPrefix("Căn cứ ") {
          legalBases.append(Self.trimEnd(String(text.dropFirst("Căn cứ ".count))))
        }
        if let match = text.firstMatch(of: #/^Theo đề nghị của (.+?) tại (.+)$/#) {
          legalBases.append(Self.trimEnd(String(match.2)) + " của " + String(match.1))
        }
        if decision.replaces == nil, let range = text.range(of: "thay thế ") {
          decision.replaces = Self.trimEnd(String(text[range.upperBound...]))
        }
        if title == nil,
          let match = text.firstMatch(of: #/ban hành (Kế hoạch kiểm tra .+?),? như sau/#)
        {
          title = String(match.1)
        }
      }
      readSigner()
    }

    /// "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" then the signer's name: "KT. Chủ tịch, Phó Chủ tịch UBND
    /// tỉnh", with the body taken from the heading "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH".
    mutating func readSigner() {
      let texts = paragraphs.map(\.text)
      let body =
        texts.contains { $0.uppercased() == $0 && $0.contains("ỦY BAN NHÂN DÂN TỈNH") && $0.hasPrefix("CHỦ TỊCH") }
        ? "UBND tỉnh" : nil
      for (index, text) in texts.enumerated() where index > 0 {
        guard PersonLine.isName(text), text.uppercased() != text else { continue }
        var capacity: [String] = []
        var back = index - 1
        while back >= 0, texts[back].uppercased() == texts[back], texts[back].count < 40,
          texts[back].contains("CHỦ TỊCH") || texts[back].contains("GIÁM ĐỐC")
        {
          capacity.insert(contentsOf: texts[back].split(separator: "\n").map(String.init), at: 0)
          back -= 1
        }
        guard !capacity.isEmpty else { continue }
        decision.signer = text
        decision.signerTitle =
          capacity.map(Self.capacityCase).joined(separator: ", ") + (body.map { " " + $0 } ?? "")
        return
      }
    }

    /// "KT. CHỦ TỊCH" → "KT. Chủ tịch"; "PHÓ CHỦ TỊCH" → "Phó Chủ tịch".
    static func capacityCase(_ line: String) -> String {
      var words = line.split(separator: " ").map { String($0) }
      var result: [String] = []
      var capitalizeNext = true
      while !words.isEmpty {
        let word = words.removeFirst()
        if word.hasSuffix("."), word.count <= 3 {  // KT., TM., Q.
          result.append(word)
          continue
        }
        let lower = word.lowercased()
        result.append(capitalizeNext ? lower.prefix(1).uppercased() + lower.dropFirst() : lower)
        capitalizeNext = lower == "phó"
      }
      return result.joined(separator: " ")
    }

    static func trimEnd(_ text: String) -> String {
      text.trimmingCharacters(in: .init(charactersIn: " .;:")).trimmingCharacters(in: .whitespaces)
    }

    // MARK: Units and people

    /// The id of the unit `written` names, adding it (or the spelling as an alias) when new.
    mutating func unit(_ written: String, at location: DocumentLocation) -> String? {
      let cleaned = Self.trimEnd(written.cleanedSourceText)
      if let index = units.firstIndex(where: { UnitName.matchKey($0.name) == UnitName.matchKey(cleaned) || $0.aliases.contains { UnitName.matchKey($0) == UnitName.matchKey(cleaned) } }) {
        if units[index].name != cleaned, !units[index].aliases.contains(cleaned) {
          units[index].aliases.append(cleaned)
        }
        return units[index].id
      }
      guard let named = UnitName.classify(cleaned) else {
        report.unmapped(location, written, "không nhận ra loại đơn vị (sở, ban, ngành; UBND huyện/xã; cơ quan ngành dọc)")
        return nil
      }
      if let index = units.firstIndex(where: { $0.id == named.id }) {
        if !units[index].aliases.contains(cleaned) { units[index].aliases.append(cleaned) }
        return named.id
      }
      var unit = TargetUnit(id: named.id, name: named.name, kind: named.kind)
      if named.name != cleaned { unit.aliases.append(cleaned) }
      units.append(unit)
      return named.id
    }

    /// The id of the person `text` describes, adding them when new; `nil` (reported) when the text
    /// is no person line.
    mutating func person(_ text: String, at location: DocumentLocation) -> String? {
      guard let line = PersonLine.parse(text) else {
        report.unmapped(location, text, "không nhận ra người (cần \"Ông/Bà Họ Tên - Chức vụ\" hoặc \"Đại diện …\")")
        return nil
      }
      let key = VietnameseText.nfc(line.name ?? line.role ?? text)
      if let id = peopleKeys[key] { return id }
      var id = line.id
      var suffix = 2
      while people.contains(where: { $0.id == id }) {
        id = "\(line.id)-\(suffix)"
        suffix += 1
      }
      let agency = line.agencyName.flatMap { unit($0, at: location) }
      people.append(
        Person(
          id: id, honorific: line.honorific, name: line.name, role: line.role, title: line.title,
          agency: agency))
      peopleKeys[key] = id
      return id
    }

    // MARK: Visits

    mutating func readVisits(_ table: AppendixTable) {
      if year == nil {
        // The first full date in the table gives the year when nothing else does.
        year = table.visits.lazy.compactMap { $0.timing.flatMap { WrittenDate.dates(in: $0.text, year: nil).first?.year } }.first
      }
      var rosterIDs: [Int: [String]] = [:]
      for (index, visit) in table.visits.enumerated() {
        let id = visit.id ?? String(format: "kt-%02d", visit.number ?? index + 1)
        let unitIDs = Self.unitNames(in: visit.unit).compactMap { unit($0, at: visit.unit.location) }
        guard !unitIDs.isEmpty else { continue }
        var inspection = Inspection(id: id, units: unitIDs)
        if var cell = visit.timing, !cell.isEmpty {
          if let to = visit.timingTo, !to.isEmpty {
            cell.paragraphs = [cell.text + " đến hết ngày " + to.text]
          }
          switch WrittenDate.timing(cell.text, year: year) {
          case .days(let window, let part)?:
            inspection.window = DateWindow(
              from: window.from, to: window.to, part: part.flatMap(DayPart.init(rawValue:)))
          case .month(let year, let month)?: inspection.period = .month(year: year, month: month)
          case .quarter(let year, let quarter)?:
            inspection.period = .quarter(year: year, quarter: quarter)
          case nil:
            report.unmapped(cell.location, cell.text, "không đọc được thời gian kiểm tra")
          }
          if cell.text.lowercased().contains("dự kiến") { inspection.tentative = true }
        }
        if let cell = visit.leader { inspection.leader = person(cell.text, at: cell.location) }
        if let cell = visit.deputy { inspection.deputy = person(cell.text, at: cell.location) }
        if rosterIDs[visit.roster] == nil {
          rosterIDs[visit.roster] = table.rosters[visit.roster].compactMap { person($0.text, at: $0.location) }
        }
        inspection.members = rosterIDs[visit.roster] ?? []
        if let cell = visit.leadAgency { inspection.leadAgency = unit(cell.text, at: cell.location) }
        if let cell = visit.reportDue {
          if let due = WrittenDate.dates(in: cell.text, year: year).first {
            inspection.reportDue = due
          } else {
            report.unmapped(cell.location, cell.text, "không đọc được hạn báo cáo")
          }
        }
        inspections.append(inspection)
        visitTeams.append(visit.team)
      }
      teamNames = table.teams
      // "Kinh phí … do lãnh đạo Sở Nội vụ làm Trưởng đoàn …": that agency funds (leads) the visits
      // its leader heads.
      for paragraph in paragraphs {
        guard let match = paragraph.text.firstMatch(of: #/do lãnh đạo (.+?) làm Trưởng đoàn/#),
          let agency = unit(String(match.1), at: paragraph.location)
        else { continue }
        for index in inspections.indices where inspections[index].leadAgency == nil {
          if let leader = inspections[index].leader,
            people.first(where: { $0.id == leader })?.agency == agency
          {
            inspections[index].leadAgency = agency
          }
        }
      }
    }

    /// The units a unit cell names: one, or several visited on one trip ("UBND xã Long Hà, xã
    /// Long Tân", or one per paragraph). A name that itself holds "," or "và" ("Sở Văn hóa, Thể
    /// thao và Du lịch") stays whole, since its pieces are not all unit names.
    static func unitNames(in cell: SourceCell) -> [String] {
      if cell.paragraphs.count > 1, cell.paragraphs.allSatisfy({ UnitName.classify($0) != nil }) {
        return cell.paragraphs
      }
      let text = cell.text
      let pieces = text.split(separator: #/\s*[,;]\s*|\s+và\s+/#).map {
        String($0).trimmingCharacters(in: .whitespaces)
      }
      guard pieces.count > 1 else { return [text] }
      var names: [String] = []
      var committee: String?  // "UBND " when the list started with one
      for piece in pieces {
        if UnitName.classify(piece) != nil {
          names.append(piece)
          if let match = piece.firstMatch(of: #/^(UBND|Ủy ban nhân dân)\s/#) { committee = String(match.0) }
        } else if let committee,
          piece.firstMatch(of: #/^(xã|phường|thị trấn|huyện|thị xã|thành phố)\s/#) != nil,
          UnitName.classify(committee + piece) != nil
        {
          names.append(committee + piece)
        } else {
          return [text]
        }
      }
      return names
    }

    // MARK: Due dates and settings

    /// "- Sở Công Thương, Sở Tài Nguyên và Môi trường, UBND huyện Phú Riềng báo cáo trước ngày
    /// 30/7/2023."
    mutating func readDueLines() {
      for paragraph in paragraphs {
        let text = paragraph.text
        guard text.hasPrefix("-"),
          let match = text.firstMatch(of: #/\s(?:gửi\s)?báo cáo\s+(trước ngày|chậm nhất(?: vào)? ngày|đến hết ngày)/#)
        else { continue }
        let says = match.range
        guard let due = WrittenDate.dates(in: String(text[says.upperBound...]), year: year).first else {
          report.unmapped(paragraph.location, text, "không đọc được hạn báo cáo")
          continue
        }
        report.dueLines.append(
          .init(location: paragraph.location, text: text, wording: String(match.1), date: due))
        let list = String(text[text.index(after: text.startIndex)..<says.lowerBound])
        for name in splitUnitList(list, at: paragraph.location) {
          guard let unitID = inspectedUnit(name) else {
            report.unmapped(paragraph.location, name, "không khớp đơn vị nào trong bảng phụ lục")
            continue
          }
          for index in inspections.indices where inspections[index].units.contains(unitID) {
            inspections[index].reportDue = due
          }
        }
      }
    }

    /// The inspected unit `name` designates (by name or alias), recording a new spelling.
    mutating func inspectedUnit(_ written: String) -> String? {
      let name = written.trimmingCharacters(in: .whitespaces)
      let key = UnitName.matchKey(name)
      let visited = Set(inspections.flatMap(\.units))
      guard let index = units.firstIndex(where: { visited.contains($0.id) && ([$0.name] + $0.aliases).contains { UnitName.matchKey($0) == key } }) else { return nil }
      if units[index].name != name, !units[index].aliases.contains(name) { units[index].aliases.append(name) }
      return units[index].id
    }

    /// Splits "A, B; C và D" into unit names, keeping names that contain "," or "và" ("Sở Văn hóa,
    /// Thể thao và Du lịch") whole when a longer run of pieces names an inspected unit.
    mutating func splitUnitList(_ list: String, at location: DocumentLocation) -> [String] {
      var pieces: [Substring] = []
      var rest = Substring(list)
      while let separator = rest.firstMatch(of: #/\s*[,;]\s*|\s+và\s+/#) {
        pieces.append(rest[..<separator.range.lowerBound])
        rest = rest[separator.range.upperBound...]
      }
      pieces.append(rest)
      var names: [String] = []
      var start = 0
      while start < pieces.count {
        var chosen = start
        for end in stride(from: pieces.count - 1, through: start, by: -1) {
          let candidate = String(list[pieces[start].startIndex..<pieces[end].endIndex])
          if inspectedUnit(candidate) != nil {
            chosen = end
            break
          }
        }
        let name = String(list[pieces[start].startIndex..<pieces[chosen].endIndex])
          .trimmingCharacters(in: .whitespaces)
        if !name.isEmpty { names.append(name) }
        start = chosen + 1
      }
      return names
    }

    mutating func readSettings(_ table: AppendixTable) {
      for paragraph in paragraphs {
        let text = paragraph.text
        if text.contains("không được kiểm tra"), let due = WrittenDate.dueDate(in: text, year: year) {
          settings.selfInspectionDue = due
        }
        if let match = text.firstMatch(of: #/(\d{1,3}(?:\.\d{3})+)\s*đồng\s*/\s*người\s*/\s*ngày/#) {
          settings.allowancePerPersonDay = Int(match.1.replacingOccurrences(of: ".", with: ""))
        }
      }
      // Only the table's own note rows: "Lưu ý" paragraphs elsewhere belong to other annexes.
      for (text, location) in table.notes.map({ ($0.text, $0.location) }) {
        if let match = text.firstMatch(of: #/từ\s+(\d{1,2})\s+đến\s+(\d{1,2})\s+đơn vị cấp xã/#),
          let low = Int(match.1), let high = Int(match.2)
        {
          let note = text.replacing(#/^Lưu ý\s*:\s*/#, with: "")
          settings.communeSampling = CommuneSampling(min: low, max: high, note: note)
        } else {
          report.unmapped(location, text, "ghi chú của bảng phụ lục chưa được hiểu")
        }
      }
    }

    // MARK: Plan

    /// The visits grouped into the table's teams (one unnamed team, "Đoàn kiểm tra", when the
    /// table names none): the team holds the roster of its first visit; a visit lists its own
    /// leader, deputies or members only where they differ. The team gets a leader only when every
    /// one of its visits has one, so no visit inherits a leader the document does not give it.
    func teamForm() -> ([InspectionTeam], [Inspection]) {
      var inspections = self.inspections
      var teams: [InspectionTeam] = []
      for teamIndex in Array(Set(visitTeams)).sorted() {
        let indices = inspections.indices.filter { visitTeams[$0] == teamIndex }
        guard let first = indices.first else { continue }
        let name = teamNames.indices.contains(teamIndex) ? teamNames[teamIndex] ?? "Đoàn kiểm tra" : "Đoàn kiểm tra"
        var id = UnitName.slug(name)
        if id.isEmpty { id = "doan" }
        var suffix = 2
        let base = id
        while teams.contains(where: { $0.id == id }) {
          id = "\(base)-\(suffix)"
          suffix += 1
        }
        let everyoneLed = indices.allSatisfy { inspections[$0].leader != nil }
        let team = InspectionTeam(
          id: id, name: name, leader: everyoneLed ? inspections[first].leader : nil,
          deputies: inspections[first].deputies ?? [], members: inspections[first].members ?? [])
        for index in indices {
          inspections[index].team = id
          if team.leader != nil && inspections[index].leader == team.leader { inspections[index].leader = nil }
          if (inspections[index].deputies ?? []) == team.deputies { inspections[index].deputies = nil }
          if (inspections[index].members ?? []) == team.members { inspections[index].members = nil }
        }
        teams.append(team)
      }
      return (teams, inspections)
    }

    func buildPlan() -> Plan {
      let year = self.year ?? 0
      let province = self.province ?? ""
      var title = self.title ?? "Kế hoạch kiểm tra"
      if title.hasSuffix("trên địa bàn tỉnh"), !province.isEmpty { title += " " + province }
      let id = [UnitName.slug(province), year > 0 ? String(year) : ""].filter { !$0.isEmpty }
        .joined(separator: "-")
      let (teams, inspections) = teamForm()
      var plan = Plan(
        id: id.isEmpty ? "ke-hoach" : id, title: title, province: province, year: year,
        units: units, people: people, inspections: inspections, settings: settings)
      plan.teams = teams
      let hasDecision =
        decision.number != nil || decision.date != nil || decision.signer != nil
        || decision.replaces != nil
      plan.decision = hasDecision ? decision : nil
      plan.legalBases = legalBases
      return plan
    }
  }
}
