import Foundation
import Testing
@testable import CoopGraph

@Suite("CPUTime")
struct CPUTimeTests {
    /// Work the optimiser cannot drop: the result is returned and checked.
    static func spin(_ n: Int) -> UInt64 {
        var x: UInt64 = 88172645463325252
        for _ in 0..<n { x ^= x << 13; x ^= x >> 7; x ^= x << 17 }
        return x
    }

    @Test("thread and process CPU time grow with work done, and sleeping costs (almost) none")
    func grows() {
        let t0 = CPUTime.thread(), p0 = CPUTime.process()
        #expect(Self.spin(20_000_000) != 0)
        let t1 = CPUTime.thread(), p1 = CPUTime.process()
        #expect(t1 - t0 > 0.001)
        #expect(p1 - p0 >= (t1 - t0) * 0.5)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(CPUTime.thread() - t1 < 0.1)
    }
}
