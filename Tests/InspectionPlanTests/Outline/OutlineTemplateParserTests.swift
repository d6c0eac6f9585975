import Foundation
import Testing

@testable import InspectionPlan

struct OutlineTemplateParserTests {
  static let bundledPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Templates/de-cuong-cchc-cds-2023.txt").path

  static func bundled() throws -> OutlineTemplate {
    let text = try String(contentsOfFile: bundledPath, encoding: .utf8)
    let (template, problems) = OutlineTemplateParser.parse(text)
    #expect(problems.isEmpty, "\(problems)")
    return template
  }

  @Test func bundledOutlineHasEveryPartItemAndSubItemOfTheDocument() throws {
    let template = try Self.bundled()
    #expect(template.parts.map(\.number) == ["I", "II", "III", "IV", "V"])
    #expect(template.parts[0].children.count == 9)
    let reform = template.parts[1].children
    #expect(reform.map(\.text) == [
      "Cải cách thể chế", "Cải cách thủ tục hành chính (TTHC)", "Cải cách tổ chức bộ máy",
      "Cải cách chế độ công vụ", "Cải cách tài chính công",
      "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    ])
    #expect(reform.map { $0.children.count } == [4, 6, 4, 8, 3, 3])
    #expect(reform[1].children.map(\.number) == ["a", "b", "c", "d", "e", "g"])
    #expect(reform[3].children.map(\.number) == ["a", "b", "c", "d", "e", "g", "h", "i"])
    #expect(reform[4].children[0].children.count == 3)  // the three bullets under 5.a
    #expect(reform[1].children[1].paragraphs.count == 1)
    #expect(template.parts[2].children.map(\.text) == ["Mặt tích cực", "Những tồn tại, hạn chế, nguyên nhân"])
    #expect(template.parts[4].paragraphs.count == 1)
    #expect(template.closing?.hasPrefix("Đối với các nội dung đơn vị đã được") == true)
  }

  @Test func optionalItemsAreThoseMarkedNeuCo() throws {
    let template = try Self.bundled()
    let optional = template.parts[1].children.flatMap(\.children).filter(\.isOptional)
      .map { "\($0.number))" }
    #expect(optional == ["d)", "c)", "e)", "c)"])
  }

  @Test func bundledAppendicesKeepTheirRowsAndKinds() throws {
    let template = try Self.bundled()
    #expect(template.appendices.map(\.name) == ["Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Phụ lục 5"])
    #expect(template.appendices[0].kinds == nil)
    #expect(template.appendices[2].kinds == [.districtLevel])
    #expect(template.appendices[0].rows.count == 123)  // as many STT entries as the document
    #expect(template.appendices[0].rows.first?.cells == ["I", "Công tác chỉ đạo điều hành CCHC", "", "", ""])
    let coded = template.appendices[0].rows.first { $0.cells[0] == "5.2" }
    #expect(coded?.cells[2] == "Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2")
    #expect(template.appendices[1].headers.map(\.count) == [12, 12, 12])
    #expect(template.appendices[1].footnotes.last?.unitName == "Sở Tài nguyên và Môi trường")
  }

  @Test func reportsEveryMalformedLineWithItsNumber() {
    let text = """
      @title Mẫu
      I. Phần một
      1. Mục một
      3. Mục ba
      a) Ý a
      c) Ý c [for: department]
      III. Phần ba
      @appendix Phụ lục 1 | Bảng
      @header STT | Nội dung | Ghi chú
      | 1 | Dòng đủ ô | |
      | 2 | Dòng thiếu ô |
      | 3 | Dòng | thừa | ô |
      @end
      @oops
      """
    let (_, problems) = OutlineTemplateParser.parse(text)
    #expect(problems.map(\.line) == [4, 6, 6, 7, 11, 12, 14])
    #expect(problems[0].message.contains("'3.' cần là '2.'"))
    #expect(problems.contains { $0.message.contains("loại đơn vị không hợp lệ 'department'") })
    #expect(problems[4].message == "dòng bảng có 2 ô, cần 3 ô")
  }

  @Test func missingEndAndTitleAreReported() {
    let (_, problems) = OutlineTemplateParser.parse("I. A\n@appendix Phụ lục 1 | B\n@header A | B\n")
    #expect(problems.map(\.message).contains("phụ lục 'Phụ lục 1' thiếu '@end'"))
    #expect(problems.map(\.message).contains("thiếu dòng '@title'"))
  }
}
