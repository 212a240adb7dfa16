/// One subcommand of `coopgraph`: its name, help text and behaviour.
///
/// Add a command by writing one type that conforms and listing it in
/// ``CoopGraphCLI/commands``. `run` returns the exit status (0 or 1) and throws
/// ``CoopGraphError`` for failures; usage errors become exit status 64.
public protocol Command: Sendable {
    static var name: String { get }
    /// One line for `coopgraph --help`.
    static var abstract: String { get }
    /// Full help for `coopgraph help NAME`: usage line, then options.
    static var help: String { get }
    static func run(_ arguments: [String], io: CommandIO) throws -> Int32
}
