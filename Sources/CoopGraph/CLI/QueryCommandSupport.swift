import Foundation

/// Argument checks shared by the query commands.
enum QueryCommandSupport {
    /// The one NAME argument; several words without quotes are joined with a space.
    static func singleName(_ args: ArgumentScanner, command: String) throws -> String {
        let name = args.positionals.joined(separator: " ")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CoopGraphError.usage("coopgraph \(command): give a NAME; see `coopgraph help \(command)`")
        }
        return name
    }
}
