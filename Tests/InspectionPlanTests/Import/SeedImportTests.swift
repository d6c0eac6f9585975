import Foundation
import Testing

@testable import InspectionPlan

/// Importing the reference document (`Fixtures/binh-phuoc-2023.txt`, a copy of
/// `seeds/002_73521f703a21b940.txt`, saved as text from Word) gives the bundled plan.
struct SeedImportTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func importFixture(_ name: String, options: PlanImporter.Options = .init()) throws
    -> PlanImporter.Result
  {
    let bytes = [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    return try PlanImporter.interpret(DocumentReader.read(bytes, fileName: name), options: options)
  }

  static let bundled = try! PlanLoader.load(path: SeedPlanTests.path)

  /// Asserts that `plan` states what the bundled plan states about every visit, person and the
  /// decision.
  static func expectEqualToBundled(_ plan: Plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectSameVisitsAsBundled(plan, sourceLocation: sourceLocation)
    let bundled = Self.bundled
    #expect(plan.decision?.number == bundled.decision?.number, sourceLocation: sourceLocation)
    #expect(plan.decision?.date == bundled.decision?.date, sourceLocation: sourceLocation)
    #expect(plan.decision?.signer == bundled.decision?.signer, sourceLocation: sourceLocation)
    #expect(plan.decision?.signerTitle == bundled.decision?.signerTitle, sourceLocation: sourceLocation)
    #expect(plan.decision?.replaces == bundled.decision?.replaces, sourceLocation: sourceLocation)
  }

  /// Asserts that `plan` states what the bundled plan states about every visit and person.
  static func expectSameVisitsAsBundled(_ plan: Plan, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let bundled = Self.bundled
    #expect(plan.inspections.count == bundled.inspections.count, sourceLocation: sourceLocation)
    for (imported, expected) in zip(plan.inspections, bundled.inspections) {
      #expect(imported.id == expected.id, sourceLocation: sourceLocation)
      #expect(imported.unit == expected.unit, sourceLocation: sourceLocation)
      #expect(imported.window == expected.window, "\(expected.id)", sourceLocation: sourceLocation)
      // The bundled plan holds the roster in a team; compare who takes part in what role.
      #expect(
        plan.roster(of: imported) == bundled.roster(of: expected), "\(expected.id)",
        sourceLocation: sourceLocation)
      #expect(imported.reportDue == expected.reportDue, "\(expected.id)", sourceLocation: sourceLocation)
      #expect(imported.leadAgency == expected.leadAgency, "\(expected.id)", sourceLocation: sourceLocation)
    }
    #expect(plan.people.map(\.id) == bundled.people.map(\.id), sourceLocation: sourceLocation)
    for (imported, expected) in zip(plan.people, bundled.people) {
      #expect(imported.honorific == expected.honorific, sourceLocation: sourceLocation)
      #expect(imported.name == expected.name, sourceLocation: sourceLocation)
      #expect(imported.role == expected.role, sourceLocation: sourceLocation)
      #expect(imported.title == expected.title, sourceLocation: sourceLocation)
      #expect(imported.agency == expected.agency, sourceLocation: sourceLocation)
    }
    // Every unit the import names exists in the bundled plan with the same name and kind.
    for unit in plan.units {
      let expected = bundled.units.first { $0.id == unit.id }
      #expect(expected?.name == unit.name, "\(unit.id)", sourceLocation: sourceLocation)
      #expect(expected?.kind == unit.kind, "\(unit.id)", sourceLocation: sourceLocation)
    }
  }

  @Test func textExportImportsToTheBundledPlan() throws {
    let result = try Self.importFixture("binh-phuoc-2023.txt")
    Self.expectEqualToBundled(result.plan)
    let plan = result.plan
    #expect(plan.id == "binh-phuoc-2023")
    #expect(plan.title == Self.bundled.title)
    #expect(plan.province == "Bình Phước")
    #expect(plan.year == 2023)
    #expect(plan.legalBases == Self.bundled.legalBases)
    #expect(plan.settings.selfInspectionDue == Self.bundled.settings.selfInspectionDue)
    #expect(plan.settings.allowancePerPersonDay == 80_000)
    #expect(plan.settings.communeSampling?.min == 1)
    #expect(plan.settings.communeSampling?.max == 3)
    #expect(plan.settings.communeSampling?.note == Self.bundled.settings.communeSampling?.note)
    // Not in the document, so not in the import.
    #expect(plan.settings.coverageTarget == nil)
    #expect(plan.settings.outlineTemplate == nil)
  }

  @Test func spellingsFoundAreKeptAsAliases() throws {
    let plan = try Self.importFixture("binh-phuoc-2023.txt").plan
    let aliases = Dictionary(uniqueKeysWithValues: plan.units.map { ($0.id, $0.aliases) })
    #expect(aliases["so-ke-hoach-dau-tu"] == ["Sở Kế hoạch - Đầu tư"])
    #expect(aliases["so-tai-nguyen-moi-truong"] == ["Sở Tài Nguyên và Môi trường"])
    #expect(aliases["so-lao-dong-tbxh"] == ["Sở Lao động, Thương binh và Xã hội"])
    #expect(aliases["so-cong-thuong"] == [])
  }

  @Test func reportListsOnlyThePageBreakRepeat() throws {
    let report = try Self.importFixture("binh-phuoc-2023.txt").report
    #expect(report.unmapped == [])
    #expect(report.ignored.map(\.text) == ["Truyền thông"])
    #expect(report.ignored.first?.location == .line(162, column: 6))
    // The four due lines, with their words kept.
    #expect(report.dueLines.map(\.wording) == Array(repeating: "trước ngày", count: 4))
    #expect(report.dueLines.map(\.date.iso8601) == ["2023-07-30", "2023-08-30", "2023-09-30", "2023-10-30"])
    #expect(report.dueLines[1].text.hasPrefix("- Sở Kế hoạch - Đầu tư; Sở Lao động"))
  }

  @Test func namesAreNFCEvenWhenTheFileIsDecomposed() throws {
    let text = try String(
      contentsOf: Self.fixtures.appendingPathComponent("binh-phuoc-2023.txt"), encoding: .utf8)
    let decomposed = Array(text.decomposedStringWithCanonicalMapping.utf8)
    let document = try TextDocumentReader.read(decomposed)
    let plan = try PlanImporter.interpret(document).plan
    Self.expectEqualToBundled(plan)
  }
}
