import Foundation

#if canImport(Glibc)
  import Glibc
  private let posixWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let posixWrite = Darwin.write
#endif

/// A problem with a file the run must read or write (not the command line itself): exit 2,
/// no usage text.
struct InputError: Error, Equatable {
  let message: String
  init(_ message: String) { self.message = message }
}

/// Writes output files without losing anything:
/// - never over a file the run read (compared by device and inode after following links, so
///   `/tmp//p.json`, `x/../p.json`, a symbolic or a hard link are all recognised);
/// - never over an existing file without `--force`, and the check cannot race: the new file is
///   created with `link(2)`, which fails if the name exists;
/// - never over something that is not a regular file (a folder, a device, a socket, a link);
/// - atomically: a temporary file in the same folder, then a rename, and the temporary file is
///   removed on every failure; a full disk is reported as such ("ổ đĩa đầy").
enum OutputFile {
  /// One file to write.
  struct Target {
    /// Absolute path.
    let path: String
    /// How messages name the file: as the user typed it.
    let shown: String
    let bytes: [UInt8]
  }

  /// - Parameters:
  ///   - path: where to write (absolute).
  ///   - shown: how messages name the file: as the user typed it.
  ///   - inputs: absolute paths of the files the run read; none of them may be the target.
  static func write(_ text: String, to path: String, shown: String? = nil, force: Bool, inputs: [String] = []) throws(InputError) {
    try writeAll([Target(path: path, shown: shown ?? path, bytes: Array(text.utf8))], force: force, inputs: inputs)
  }

  /// Writes every target or, when one cannot be written, as few as possible: all targets are
  /// checked before the first is written, and files already written by this call are removed
  /// again if a later one fails.
  static func writeAll(_ targets: [Target], force: Bool, inputs: [String] = []) throws(InputError) {
    var seen: Set<String> = []
    for target in targets where !seen.insert(target.path).inserted {
      throw InputError("\(target.shown): hai tệp kết quả cùng tên")
    }
    let inputIDs = inputs.compactMap(identity(of:))
    for target in targets { try check(target, force: force, inputs: inputIDs) }
    var written: [String] = []
    for target in targets {
      do {
        try commit(target, force: force)
        written.append(target.path)
      } catch {
        // Only files this call created are removed; replaced files (with --force) are already
        // new and complete, so the folder never holds a half-written file either way.
        if !force { for path in written { unlink(path) } }
        throw error
      }
    }
  }

  /// Device and inode of the file at `path` after following links, or `nil` if there is none.
  static func identity(of path: String) -> (dev: UInt64, ino: UInt64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (UInt64(info.st_dev), UInt64(info.st_ino))
  }

  private static func check(_ target: Target, force: Bool, inputs: [(dev: UInt64, ino: UInt64)]) throws(InputError) {
    let name = target.shown
    if let id = identity(of: target.path), inputs.contains(where: { $0 == id }) {
      throw InputError("\(name): là một tệp đầu vào của lệnh (cùng tệp dù viết khác đường dẫn); chọn tên tệp khác")
    }
    var info = stat()
    if lstat(target.path, &info) == 0 {
      let kind = info.st_mode & S_IFMT
      if kind == S_IFDIR { throw InputError("\(name): là thư mục, không phải tệp") }
      if kind != S_IFREG {
        throw InputError("\(name): không phải là tệp thường (liên kết, thiết bị hoặc ống); không ghi vào đó")
      }
      if !force { throw InputError("\(name): tệp đã tồn tại (dùng --force để ghi đè)") }
    }
    let folder = (target.path as NSString).deletingLastPathComponent
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw InputError("\(name): thư mục chứa tệp không tồn tại")
    }
  }

  static func describe(_ code: Int32, _ name: String) -> InputError {
    switch code {
    case ENOSPC, EDQUOT: InputError("\(name): không ghi được tệp: ổ đĩa đầy")
    case EACCES, EPERM, EROFS: InputError("\(name): không ghi được tệp (không có quyền ghi vào thư mục)")
    case EEXIST: InputError("\(name): tệp đã tồn tại (dùng --force để ghi đè)")
    default: InputError("\(name): không ghi được tệp (\(String(cString: strerror(code))))")
    }
  }

  private static func commit(_ target: Target, force: Bool) throws(InputError) {
    let name = target.shown
    let folder = (target.path as NSString).deletingLastPathComponent
    let base = (target.path as NSString).lastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(".\(base).\(UUID().uuidString).tmp")
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw describe(errno, name) }
    var failure: Int32? = nil
    target.bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += n
      }
    }
    if failure == nil && fsync(fd) != 0 { failure = errno }
    if close(fd) != 0 && failure == nil { failure = errno }
    if let failure {
      unlink(temporary)
      throw describe(failure, name)
    }
    if force {
      // Replace in one step; re-check that the target is still a regular file or absent.
      var info = stat()
      if lstat(target.path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
        unlink(temporary)
        throw InputError("\(name): không phải là tệp thường (liên kết, thiết bị hoặc ống); không ghi vào đó")
      }
      if rename(temporary, target.path) != 0 {
        let code = errno
        unlink(temporary)
        throw describe(code, name)
      }
      return
    }
    // No replacing: link(2) fails with EEXIST if the name was taken since the check, so two runs
    // racing for one name cannot both succeed.
    if link(temporary, target.path) != 0 {
      let code = errno
      guard code == EPERM || code == EOPNOTSUPP || code == EMLINK else {
        unlink(temporary)
        throw describe(code, name)
      }
      // A file system without hard links: claim the name exclusively, then rename over the claim.
      let claim = open(target.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
      guard claim >= 0 else {
        let code = errno
        unlink(temporary)
        throw describe(code, name)
      }
      close(claim)
      if rename(temporary, target.path) != 0 {
        let code = errno
        unlink(temporary)
        unlink(target.path)
        throw describe(code, name)
      }
      return
    }
    unlink(temporary)
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
