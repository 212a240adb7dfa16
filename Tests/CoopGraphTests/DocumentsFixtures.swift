import Foundation
@testable import CoopGraph

/// Paths to the fixtures the Documents suites read, found from this file's location.
enum DocumentsFixtures {
    /// The package root (two levels above Tests/CoopGraphTests).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static let seedNames = [
        "000_ac5d94a41a160681.txt", "001_cacad3f253e56116.txt", "002_3831a9fd0fdb2adc.txt",
        "003_451513c86dda0af5.txt", "004_e6ad473aa1b0f41c.txt",
    ]

    static func seedPath(_ number: Int) -> String {
        url("Fixtures/press-releases/" + seedNames[number]).path
    }

    static func seed(_ number: Int) throws -> Document {
        try DocumentReader().read(path: seedPath(number))
    }

    static func corpusSample(_ prefix: String) throws -> Document {
        let dir = url("Fixtures/corpus-sample")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CoopGraphError.unreadable(path: dir.path + "/" + prefix, reason: "no such fixture")
        }
        return try DocumentReader().read(path: dir.appendingPathComponent(name).path)
    }

    /// `../shared/corpus` next to the package, when present.
    static let sharedCorpus: URL = root.appendingPathComponent("../shared/corpus").standardizedFileURL
    static var hasSharedCorpus: Bool { FileManager.default.fileExists(atPath: sharedCorpus.path) }
}
