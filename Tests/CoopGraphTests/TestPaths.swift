import Foundation

/// Locations the tests need, found from this file's path so that any working directory works.
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixtures(_ sub: String) -> URL { repoRoot.appendingPathComponent("Fixtures").appendingPathComponent(sub) }

    /// `../shared` beside the clone (CI has it; a user's machine may not).
    static let shared: URL = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    /// The five seed press releases, sorted by name.
    static func pressReleases() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: fixtures("press-releases"), includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
