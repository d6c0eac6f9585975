// libFuzzer targets, built by Tests/Scripts/fuzz.sh together with the library sources (one module, so
// internal API is visible). KIEMTRA_FUZZ=plan (default) or template picks the target.
import Foundation

private let target = ProcessInfo.processInfo.environment["KIEMTRA_FUZZ"] ?? "plan"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let buffer = UnsafeBufferPointer(start: data, count: size)
  if target == "template" {
    fuzzTemplate(String(decoding: buffer, as: UTF8.self))
  } else {
    fuzzPlan(Data(buffer))
  }
  return 0
}

/// The plan reader and everything that reads a plan: anything the loader accepts is checked,
/// budgeted, drawn, rendered and edited without trapping.
func fuzzPlan(_ bytes: Data) {
  guard let plan = try? PlanLoader.load(data: bytes, file: "fuzz.json") else { return }
  let findings = Checker.check(plan, asOf: CivilDate(year: plan.year, month: 12, day: 31))
  _ = CheckReport.text(plan: plan, findings: findings)
  _ = Budget(plan: plan)
  _ = CommuneDraw(plan: plan, seed: 1)
  let visits = plan.visits()
  _ = CalendarExports.csv(visits: visits)
  _ = CalendarExports.ics(plan: plan, visits: visits, stamp: CivilDate(year: plan.year, month: 1, day: 1)!)
  let edited = try? PlanEditor.apply([.set("title", to: .string("x"))], to: [UInt8](bytes))
  if let edited, (try? PlanLoader.load(data: Data(edited), file: "edited.json")) == nil {
    fatalError("an edited plan no longer loads")
  }
}

/// The outline template parser.
func fuzzTemplate(_ text: String) {
  let (template, problems) = OutlineTemplateParser.parse(text)
  if problems.isEmpty { _ = template.parts.count }
}
