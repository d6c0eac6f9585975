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
  static func write(_ text: String, to path: String, force: Bool) throws(InputError) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw InputError("\(path): là thư mục, không phải tệp") }
      if !force { throw InputError("\(path): tệp đã tồn tại (dùng --force để ghi đè)") }
    }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    guard manager.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
    else { throw InputError("\(path): thư mục chứa tệp không tồn tại") }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      throw InputError("\(path): không ghi được tệp (không có quyền ghi vào thư mục?)")
    }
    if rename(temporary.path, url.path) != 0 {
      try? manager.removeItem(at: temporary)
      throw InputError("\(path): không ghi được tệp")
    }
  }

  /// Makes sure `path` is a folder, creating it (and its parents) when missing.
  static func ensureDirectory(_ path: String) throws(InputError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw InputError("\(path): không phải là thư mục") }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
      throw InputError("\(path): không tạo được thư mục")
    }
  }
}
