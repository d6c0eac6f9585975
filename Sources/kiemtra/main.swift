import Foundation
import KiemTraCLI

let output = Tool.run(Array(CommandLine.arguments.dropFirst()), context: RunContext.live())
FileHandle.standardOutput.write(Data(output.stdout.utf8))
FileHandle.standardError.write(Data(output.stderr.utf8))
exit(output.status.rawValue)
