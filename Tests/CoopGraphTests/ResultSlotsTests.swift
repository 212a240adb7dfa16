import Foundation
import Testing
@testable import CoopGraph

@Suite("ResultSlots")
struct ResultSlotsTests {
    @Test("concurrent workers claim every index exactly once and fill their slots")
    func claims() {
        let n = 1_000
        let slots = ResultSlots<Int>(count: n)
        let counter = ResultSlots<Int>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            while let i = counter.claim(below: n) { slots.set(i, i * 2) }
        }
        #expect((0..<n).map { slots.get($0) } == (0..<n).map { $0 * 2 })
        #expect(counter.claim(below: n) == nil)
    }
}
