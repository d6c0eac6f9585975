import Foundation
import Testing

@testable import InspectionPlan

/// Damaged documents are imported (with a report) or refused, never crash or hang.
struct ImporterFuzzTests {
  @Test func damagedTextExportsNeverCrash() throws {
    let text = try String(
      contentsOf: SeedImportTests.fixtures.appendingPathComponent("binh-phuoc-2023.txt"), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let table = lines.indices.filter { lines[$0].contains("\t") }
    var generator = SplitMix64(seed: 14)
    var refused = 0
    var imported = 0
    for _ in 0..<25 {  // each import of the full document takes ~0.3 s in a debug build
      var damaged = lines
      for _ in 0..<(1 + Int(generator.next() % 5)) {
        let index = table[Int(generator.next() % UInt64(table.count))]
        var cells = damaged[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let cell = Int(generator.next() % UInt64(cells.count))
        switch generator.next() % 4 {
        case 0: cells[cell] = ""
        case 1: cells[cell] = String(cells[cell].shuffled(using: &generator))
        case 2: cells.remove(at: cell)
        default: cells[cell] = String(cells[cell].prefix(Int(generator.next() % 20)))
        }
        damaged[index] = cells.joined(separator: "\t")
      }
      do {
        let document = try TextDocumentReader.read(Array(damaged.joined(separator: "\n").utf8))
        let result = try PlanImporter.interpret(document)
        #expect(result.plan.inspections.count <= 10)
        // Whatever was imported refers only to units and people the plan defines.
        let units = Set(result.plan.units.map(\.id))
        let people = Set(result.plan.people.map(\.id))
        for inspection in result.plan.inspections {
          #expect(units.contains(inspection.unit))
          #expect(result.plan.roster(of: inspection).people.allSatisfy(people.contains))
        }
        imported += 1
      } catch {
        refused += 1
      }
    }
    #expect(imported > 0)
  }
}
