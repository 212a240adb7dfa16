import Foundation
import Testing
@testable import CoopGraph

@Suite("BenchmarkIngest")
struct BenchmarkIngestTests {
    @Test("files/s and MB/s come from wall seconds; zero seconds gives 0")
    func rates() {
        let r = BenchmarkIngest(replicas: 2, files: 40, bytes: 8_000_000, seconds: 4, cpuSeconds: 7, peakMemoryBytes: 1, failed: 0, nodes: 3, edges: 2)
        #expect(r.filesPerSecond == 10)
        #expect(r.megabytesPerSecond == 2)
        let z = BenchmarkIngest(replicas: 1, files: 1, bytes: 1, seconds: 0, cpuSeconds: 0, peakMemoryBytes: 0, failed: 0, nodes: 0, edges: 0)
        #expect(z.filesPerSecond == 0 && z.megabytesPerSecond == 0)
    }
}
