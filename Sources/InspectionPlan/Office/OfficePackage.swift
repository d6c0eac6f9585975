/// The parts every Office Open XML package shares (ECMA-376 Part 2, Open Packaging Conventions).
enum OfficePackage {
  /// `[Content_Types].xml`: XML and relationship parts by extension, the rest by name.
  static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
    XMLText.declaration
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + overrides.map { "<Override PartName=\"\($0.part)\" ContentType=\"\($0.type)\"/>" }.joined()
      + "</Types>"
  }

  /// A relationships part.
  static func relationships(_ entries: [(id: String, type: String, target: String)]) -> String {
    XMLText.declaration
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + entries.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>" }.joined()
      + "</Relationships>"
  }

  /// `docProps/core.xml` with the title only: no author, no dates, so output stays byte-stable
  /// and carries nothing about the machine that made it.
  static func coreProperties(title: String) -> String {
    XMLText.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      + "<dc:title>\(XMLText.escape(title))</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>"
  }
}
