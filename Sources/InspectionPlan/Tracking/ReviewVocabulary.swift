/// What a specialist knows about the words of administrative-reform reports: for each topic an
/// outline asks about, the phrases that name it in an outline and the phrases that show a report
/// deals with it.
///
/// An outline entry takes the topic whose `names` phrase is the longest found in the entry's own
/// text (so "Công tác chỉ đạo, điều hành về chuyển đổi số" is the digital-transformation topic,
/// not the general "chỉ đạo, điều hành" one). A report heading or sentence containing one of the
/// topic's `cues` deals with it. Entries with no topic fall back to their own wording.
///
/// The area names follow both programmes a report may be written under: Nghị quyết số
/// 30c/NQ-CP (2011–2020) named the areas "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công
/// chức, viên chức" and "Hiện đại hóa hành chính"; Nghị quyết số 76/NQ-CP (2021–2030) names them
/// "Cải cách chế độ công vụ" and "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số".
public struct ReviewTopic: Sendable {
  /// Phrases that name the topic in an outline.
  public let names: [String]
  /// Other names a report's heading may give it ("Ưu điểm" for "Mặt tích cực").
  public let aliases: [String]
  /// Phrases that show a sentence deals with it.
  public let cues: [String]
  let nameWords: [[String]]
  /// Names and aliases: what a matching heading contains.
  let headingWords: [[String]]
  /// Names, aliases and cues: what a matching sentence contains.
  let cueWords: [[String]]

  init(names: [String], aliases: [String] = [], cues: [String] = []) {
    self.names = names
    self.aliases = aliases
    self.cues = cues
    nameWords = names.map(MatchText.words)
    headingWords = (names + aliases).map(MatchText.words)
    cueWords = (names + aliases + cues).map(MatchText.words)
  }

  /// The built-in topics.
  public static let all: [ReviewTopic] = [
    // Parts of the outline.
    .init(names: ["công tác chỉ đạo, điều hành"], cues: ["chỉ đạo, điều hành cải cách hành chính"]),
    .init(
      names: ["kết quả thực hiện công tác cải cách hành chính"],
      aliases: ["kết quả thực hiện các nhiệm vụ cải cách hành chính", "kết quả thực hiện nhiệm vụ cải cách hành chính"]),
    .init(names: ["đánh giá chung"], aliases: ["nhận xét chung", "đánh giá kết quả"]),
    .init(names: ["mặt tích cực"], aliases: ["tích cực", "ưu điểm", "kết quả đạt được", "mặt được"]),
    .init(
      names: ["tồn tại, hạn chế"], aliases: ["hạn chế", "tồn tại", "khó khăn, vướng mắc"],
      cues: ["nguyên nhân"]),
    .init(names: ["phương hướng, nhiệm vụ"], aliases: ["phương hướng", "nhiệm vụ trọng tâm", "nhiệm vụ, giải pháp"]),
    .init(names: ["kiến nghị, đề xuất"], aliases: ["kiến nghị", "đề xuất"]),

    // Part I: direction.
    .init(
      names: ["hoạt động chỉ đạo, điều hành"], aliases: ["chỉ đạo, điều hành", "tổ chức chỉ đạo"],
      cues: ["văn bản chỉ đạo", "chỉ thị", "hội nghị", "giao ban", "đối thoại"]),
    .init(names: ["kế hoạch cải cách hành chính"]),
    .init(
      names: ["kiểm tra cải cách hành chính"], aliases: ["công tác kiểm tra"],
      cues: ["kiểm tra đột xuất", "kiểm tra công vụ", "tổ kiểm tra", "đoàn kiểm tra"]),
    .init(names: ["tuyên truyền cải cách hành chính"], aliases: ["tuyên truyền"]),
    .init(
      names: ["nhiệm vụ được ủy ban nhân dân tỉnh"],
      cues: ["nhiệm vụ được giao", "nhiệm vụ được chủ tịch", "nhiệm vụ ủy ban nhân dân tỉnh giao"]),
    .init(
      names: ["mô hình, sáng kiến"], aliases: ["sáng kiến"],
      cues: ["mô hình mới", "mô hình điểm", "giải pháp mới", "cách làm hay", "cách làm mới"]),
    .init(names: ["tổ chức thực hiện nghị định số 61/2018"], aliases: ["61/2018"], cues: ["một cửa"]),
    .init(
      names: ["chế độ thông tin báo cáo"], aliases: ["chế độ báo cáo"],
      cues: ["báo cáo định kỳ", "thông tin báo cáo"]),
    .init(names: ["chỉ đạo, điều hành về chuyển đổi số"], aliases: ["chuyển đổi số"]),

    // Part II: the areas, under either programme's names.
    .init(names: ["cải cách thể chế"], aliases: ["thể chế"]),
    .init(names: ["cải cách thủ tục hành chính"], aliases: ["thủ tục hành chính"]),
    .init(names: ["cải cách tổ chức bộ máy"], aliases: ["tổ chức bộ máy"]),
    .init(
      names: ["cải cách chế độ công vụ"],
      aliases: [
        "chế độ công vụ", "cải cách công vụ",
        "xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
      ]),
    .init(names: ["cải cách tài chính công"], aliases: ["tài chính công"]),
    .init(
      names: ["chính quyền điện tử", "chính phủ điện tử"],
      aliases: [
        "chính quyền số", "chính phủ số", "hiện đại hóa nền hành chính", "hiện đại hóa hành chính",
      ]),

    // 1. Institutions.
    .init(
      names: ["xây dựng, ban hành văn bản quy phạm pháp luật"],
      aliases: ["ban hành văn bản quy phạm pháp luật", "xây dựng văn bản quy phạm pháp luật"],
      cues: ["quy phạm pháp luật", "thẩm định"]),
    .init(names: ["thi hành pháp luật"]),
    .init(names: ["phổ biến giáo dục pháp luật"], aliases: ["tuyên truyền pháp luật"]),
    .init(names: ["rà soát và hệ thống hóa"], aliases: ["rà soát", "hệ thống hóa"], cues: ["kiểm tra văn bản"]),

    // 2. Administrative procedures.
    .init(
      names: ["đánh giá tác động của thủ tục hành chính"],
      aliases: ["đánh giá tác động", "đơn giản hóa", "công bố, công khai thủ tục hành chính"],
      cues: ["số hóa hồ sơ", "công bố thủ tục hành chính", "công bố", "công khai thủ tục hành chính", "rà soát, đánh giá thủ tục hành chính"]),
    .init(names: ["cơ chế một cửa, một cửa liên thông"], aliases: ["một cửa"]),
    .init(
      names: ["trên môi trường điện tử"], aliases: ["môi trường điện tử", "dịch vụ công trực tuyến"],
      cues: ["quy trình nội bộ", "nộp trực tuyến", "tiếp nhận trực tuyến"]),
    .init(
      names: ["đánh giá việc giải quyết thủ tục hành chính"], aliases: ["kết quả giải quyết"],
      cues: ["giải quyết đúng hạn", "trễ hạn", "quá hạn", "đánh giá chất lượng giải quyết"]),
    .init(names: ["104/2022"], cues: ["sổ hộ khẩu"]),
    .init(names: ["phản ánh, kiến nghị"]),

    // 3. Organisation.
    .init(
      names: ["rà soát, sắp xếp tổ chức bộ máy"], aliases: ["sắp xếp", "kiện toàn"],
      cues: ["chức năng, nhiệm vụ, quyền hạn"]),
    .init(names: ["quản lý, sử dụng biên chế công chức"], aliases: ["biên chế"], cues: ["tinh giản"]),
    .init(
      names: ["tổ chức và hoạt động của các phòng"], aliases: ["phòng chuyên môn"],
      cues: ["đơn vị trực thuộc", "cấp phó"]),
    .init(names: ["phân cấp quản lý nhà nước"], aliases: ["phân cấp"]),

    // 4. Civil service.
    .init(
      names: ["phần mềm quản lý cán bộ"],
      cues: ["cơ sở dữ liệu cán bộ", "cơ sở dữ liệu công chức", "cơ sở dữ liệu về cán bộ"]),
    .init(names: ["đề án vị trí việc làm"], aliases: ["vị trí việc làm"]),
    .init(names: ["tuyển dụng công chức, viên chức"], aliases: ["tuyển dụng"]),
    .init(names: ["bổ nhiệm công chức, viên chức"], aliases: ["bổ nhiệm"]),
    .init(
      names: ["thi nâng ngạch"], aliases: ["nâng ngạch", "thăng hạng"],
      cues: ["thi tuyển lãnh đạo", "thi tuyển chức danh lãnh đạo"]),
    .init(names: ["kỷ luật, kỷ cương hành chính"], aliases: ["kỷ luật"]),
    .init(names: ["đào tạo, bồi dưỡng"]),
    .init(names: ["thu hút người có tài năng"], aliases: ["thu hút"], cues: ["nhân tài", "người có tài năng"]),

    // 5. Public finance.
    .init(names: ["quản lý tài chính - ngân sách"], aliases: ["ngân sách"], cues: ["giải ngân"]),
    .init(names: ["thu ngân sách nhà nước"], aliases: ["thu ngân sách"]),
    .init(names: ["giải ngân vốn đầu tư công"], aliases: ["giải ngân"]),
    .init(
      names: ["kiến nghị sau thanh tra, kiểm tra, kiểm toán"], aliases: ["kiểm toán"],
      cues: ["kiến nghị sau thanh tra"]),
    .init(names: ["quản lý, sử dụng tài sản công"], aliases: ["tài sản công"]),
    .init(names: ["cơ chế tự chủ tài chính"], aliases: ["tự chủ"], cues: ["tự bảo đảm"]),

    // 6. E-government and digital transformation.
    .init(
      names: ["ngân sách nhà nước cho chuyển đổi số"],
      cues: ["dự án công nghệ thông tin", "đầu tư công nghệ thông tin", "kinh phí", "ngân sách"]),
    .init(
      names: ["nhiệm vụ được giao chủ trì"],
      cues: ["ban chỉ đạo", "chương trình, kế hoạch", "kế hoạch chuyển đổi số", "chuyển đổi số"]),
    .init(
      names: ["hạ tầng số"], aliases: ["kinh tế số", "xã hội số"],
      cues: ["chính quyền số", "hạ tầng", "dịch vụ công trực tuyến"]),
  ]

  /// The topic an outline entry asks about: the one whose name is the longest found in the
  /// entry's headline (its text before any parenthesis), then in its whole text.
  static func topic(for text: String) -> ReviewTopic? {
    let headline = text.split(separator: "(", maxSplits: 1).first.map(String.init) ?? text
    for candidate in [headline, text] {
      let words = MatchText.words(candidate)
      var best: (ReviewTopic, Int)? = nil
      for topic in all {
        for name in topic.nameWords where MatchText.contains(words, name) {
          if name.count > best?.1 ?? 0 { best = (topic, name.count) }
        }
      }
      if let best { return best.0 }
    }
    return nil
  }
}
