/// A small command-line parser: declared flags and options, then positional arguments.
///
/// Options take their value as the next argument or after `=` (`--format=json`); an option
/// may repeat (`--kind person --kind country`). `--` ends options. Unknown options and
/// missing values are ``CoopGraphError/usage(_:)`` errors naming the command.
public struct ArgumentScanner: Sendable {
    public struct Spec: Sendable {
        public var flags: Set<String>
        public var options: Set<String>
        public init(flags: Set<String> = [], options: Set<String> = []) {
            self.flags = flags
            self.options = options
        }
    }

    public private(set) var flags: Set<String> = []
    public private(set) var options: [String: [String]] = [:]
    public private(set) var positionals: [String] = []

    public init(_ arguments: [String], spec: Spec, command: String) throws {
        var i = 0
        var onlyPositionals = false
        while i < arguments.count {
            let a = arguments[i]
            i += 1
            if onlyPositionals || !a.hasPrefix("-") || a == "-" { positionals.append(a); continue }
            if a == "--" { onlyPositionals = true; continue }
            var name = a
            var inline: String?
            if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
                name = String(a[..<eq])
                inline = String(a[a.index(after: eq)...])
            }
            if spec.flags.contains(name), inline == nil {
                flags.insert(name)
            } else if spec.options.contains(name) {
                if let inline {
                    options[name, default: []].append(inline)
                } else {
                    guard i < arguments.count else {
                        throw CoopGraphError.usage("coopgraph \(command): \(name) needs a value; see `coopgraph help \(command)`")
                    }
                    options[name, default: []].append(arguments[i])
                    i += 1
                }
            } else {
                throw CoopGraphError.usage("coopgraph \(command): unknown option \(name); see `coopgraph help \(command)`")
            }
        }
    }

    public func flag(_ name: String) -> Bool { flags.contains(name) }
    public func value(_ name: String) -> String? { options[name]?.last }
    public func values(_ name: String) -> [String] { options[name] ?? [] }

    /// The value of an option that must be one of `allowed`.
    public func choice(_ name: String, allowed: [String], default def: String, command: String) throws -> String {
        guard let v = value(name) else { return def }
        guard allowed.contains(v) else {
            throw CoopGraphError.usage("coopgraph \(command): \(name) must be one of \(allowed.joined(separator: ", ")), not \"\(v)\"")
        }
        return v
    }
}
