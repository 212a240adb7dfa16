import Foundation
import Testing
@testable import CoopGraph

@Suite("StoreLocation")
struct StoreLocationTests {
    @Test("--store wins, then COOPGRAPH_STORE, then ./coopgraph.sqlite; relative paths from the IO's directory")
    func order() {
        let env = CommandIO(out: { _ in }, err: { _ in }, environment: ["COOPGRAPH_STORE": "env.sqlite"], currentDirectory: "/srv/releases")
        #expect(StoreLocation.path(option: "/abs/x.sqlite", io: env) == "/abs/x.sqlite")
        #expect(StoreLocation.path(option: "rel.sqlite", io: env) == "/srv/releases/rel.sqlite")
        #expect(StoreLocation.path(option: nil, io: env) == "/srv/releases/env.sqlite")
        let none = CommandIO(out: { _ in }, err: { _ in }, environment: ["COOPGRAPH_STORE": ""], currentDirectory: "/srv/releases")
        #expect(StoreLocation.path(option: nil, io: none) == "/srv/releases/coopgraph.sqlite")
    }
}
