import CoopGraph
import Foundation

// The only place that touches the process's streams; everything else is in the library.
let io = CommandIO(
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) },
    readInput: { FileHandle.standardInput.readDataToEndOfFile() },
    isInteractive: isatty(STDERR_FILENO) != 0,
    environment: ProcessInfo.processInfo.environment
)
exit(CoopGraphCLI.run(Array(CommandLine.arguments.dropFirst()), io: io))
