/// The `coopgraph` command line: dispatches to the registered commands.
///
/// Tests call ``run(_:io:)`` with arguments and a capturing ``CommandIO``; `main.swift`
/// calls it with the process's arguments and real streams and exits with its result.
public enum CoopGraphCLI {
    public static let version = "0.1.0"

    /// Every subcommand, in the order `--help` lists them.
    public static let commands: [any Command.Type] = [
        ExtractCommand.self,
        IngestCommand.self,
        RemoveCommand.self,
        WhoMetCommand.self,
        TimelineCommand.self,
        ShowCommand.self,
        SearchCommand.self,
        StatsCommand.self,
        ExportCommand.self,
        EvalCommand.self,
        BenchCommand.self,
    ]

    public static let exitUsage: Int32 = 64
    public static let exitFailure: Int32 = 1

    public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
        guard let first = arguments.first else {
            io.err(overview)
            return exitUsage
        }
        switch first {
        case "--help", "-h":
            io.out(overview)
            return 0
        case "--version":
            io.out("coopgraph \(version)\n")
            return 0
        case "help":
            guard arguments.count > 1 else { io.out(overview); return 0 }
            guard let c = command(named: arguments[1]) else {
                io.err("coopgraph: no command \"\(arguments[1])\"; commands: \(names)\n")
                return exitUsage
            }
            io.out(c.help)
            return 0
        default:
            break
        }
        guard let c = command(named: first) else {
            io.err("coopgraph: no command \"\(first)\"; commands: \(names). See `coopgraph --help`.\n")
            return exitUsage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            io.out(c.help)
            return 0
        }
        do {
            return try c.run(rest, io: io)
        } catch let e as CoopGraphError {
            // Usage messages already name the command (they come from ArgumentScanner).
            let message = e.description.hasPrefix("coopgraph") ? e.description : "coopgraph \(c.name): \(e.description)"
            io.err(message + "\n")
            return e.isUsage ? exitUsage : exitFailure
        } catch {
            io.err("coopgraph \(c.name): \(error)\n")
            return exitFailure
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    static var names: String { commands.map { $0.name }.joined(separator: ", ") }

    static var overview: String {
        var s = """
        coopgraph \(version): Korean government press releases on international cooperation → a typed, dated knowledge graph.

        Usage: coopgraph COMMAND [OPTIONS] [ARGUMENTS]

        Commands:

        """
        let width = (commands.map { $0.name.count }.max() ?? 8) + 2
        for c in commands {
            s += "  " + c.name + String(repeating: " ", count: width - c.name.count) + c.abstract + "\n"
        }
        s += """

        Options: --help (this text), --version.
        `coopgraph help COMMAND` shows a command's options. Exit status: 0 ok, 1 failure, 64 usage error.

        """
        return s
    }
}
