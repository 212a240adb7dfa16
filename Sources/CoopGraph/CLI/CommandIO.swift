import Foundation

/// Where a command writes: standard output, standard error, and whether stderr is a terminal.
///
/// Commands never print; they write here, so that tests capture output with ``capture()``
/// and only `main.swift` touches the real streams.
public final class CommandIO: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    /// Reads all of standard input (for `-` arguments).
    public let readInput: () -> Data
    /// True when progress lines may be drawn (standard error is a terminal).
    public let isInteractive: Bool
    /// Environment variables visible to the command (`COOPGRAPH_STORE`, `COOPGRAPH_RECORD`).
    public let environment: [String: String]
    /// The directory relative paths resolve against.
    public let currentDirectory: String

    public init(out: @escaping (String) -> Void, err: @escaping (String) -> Void, readInput: @escaping () -> Data = { Data() },
                isInteractive: Bool = false, environment: [String: String] = [:], currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.writeOut = out
        self.writeErr = err
        self.readInput = readInput
        self.isInteractive = isInteractive
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    public func out(_ s: String) { lock.lock(); defer { lock.unlock() }; writeOut(s) }
    public func err(_ s: String) { lock.lock(); defer { lock.unlock() }; writeErr(s) }

    /// An IO that collects output in memory; read it back with ``captured``.
    public static func capture(input: Data = Data(), environment: [String: String] = [:]) -> CommandIO {
        let box = CaptureBox()
        let io = CommandIO(out: { box.append(out: $0) }, err: { box.append(err: $0) }, readInput: { input },
                           isInteractive: false, environment: environment)
        io.box = box
        return io
    }

    private var box: CaptureBox?
    /// What a capturing IO collected: standard output and standard error.
    public var captured: (out: String, err: String) { (box?.out ?? "", box?.err ?? "") }
}

final class CaptureBox: @unchecked Sendable {
    var out = ""
    var err = ""
    func append(out s: String) { out += s }
    func append(err s: String) { err += s }
}
