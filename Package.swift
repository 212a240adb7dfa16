// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CoopGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CoopGraph", targets: ["CoopGraph"]),
        .executable(name: "coopgraph", targets: ["coopgraph"]),
    ],
    targets: [
        // The system's libsqlite3 (Debian: libsqlite3-dev), linked through a module map.
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(
            name: "CoopGraph",
            dependencies: ["CSQLite"],
            path: "Sources/CoopGraph",
            resources: [.copy("Resources/gazetteers")]
        ),
        .executableTarget(
            name: "coopgraph",
            dependencies: ["CoopGraph"],
            path: "Sources/coopgraph"
        ),
        .testTarget(
            name: "CoopGraphTests",
            dependencies: ["CoopGraph", "CSQLite"],
            path: "Tests/CoopGraphTests"
        ),
    ]
)
