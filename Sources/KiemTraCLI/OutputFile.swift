import Foundation

/// A problem with a file the run must read or write (not the command line itself): exit 2,
/// no usage text.
struct InputError: Error, Equatable {
  let message: String
  init(_ message: String) { self.message = message }
}

/// Writes output files safely: never over an existing file without `--force`, and atomically
/// (a temporary file in the same folder, then a rename), so a crash leaves no half-written file.
enum OutputFile {
  /// - Parameters:
  ///   - path: where to write (absolute).
  ///   - shown: how messages name the file: as the user typed it.
  static func write(_ text: String, to path: String, shown: String? = nil, force: Bool) throws(InputError) {
    let name = shown ?? path
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw InputError("\(name): là thư mục, không phải tệp") }
      if !force { throw InputError("\(name): tệp đã tồn tại (dùng --force để ghi đè)") }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw InputError("\(name): thư mục chứa tệp không tồn tại") }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      throw InputError("\(name): không ghi được tệp (không có quyền ghi vào thư mục?)")
    }
    if rename(temporary.path, url.path) != 0 {
      try? manager.removeItem(at: temporary)
      throw InputError("\(name): không ghi được tệp")
    }
  }

  /// Makes sure `path` is a folder, creating it (and its parents) when missing.
  static func ensureDirectory(_ path: String, shown: String? = nil) throws(InputError) {
    let name = shown ?? path
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw InputError("\(name): không phải là thư mục") }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw InputError("\(name): không tạo được thư mục")
    }
  }
}
