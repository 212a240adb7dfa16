import Foundation
import Testing
@testable import CoopGraph

@Suite("BenchmarkStage")
struct BenchmarkStageTests {
    @Test("MB/s is corpus bytes (10^6) per wall second; zero seconds gives 0, not infinity")
    func throughput() {
        #expect(BenchmarkStage(name: "clean", cores: 1, seconds: 2, cpuSeconds: 1.5, bytes: 5_000_000).megabytesPerSecond == 2.5)
        #expect(BenchmarkStage(name: "clean", cores: 1, seconds: 0, cpuSeconds: 0, bytes: 5_000_000).megabytesPerSecond == 0)
    }
}
