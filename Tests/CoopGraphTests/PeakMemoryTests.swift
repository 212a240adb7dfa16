import Foundation
import Testing
@testable import CoopGraph

@Suite("PeakMemory")
struct PeakMemoryTests {
    @Test("the peak is at least the memory just touched, and never falls without a reset")
    func peak() {
        let before = PeakMemory.bytes()
        #expect(before > 1_000_000)
        let size = 64 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 4096)
        defer { buffer.deallocate() }
        // Touch every page so it becomes resident.
        for i in stride(from: 0, to: size, by: 4096) { buffer[i] = 1 }
        let after = PeakMemory.bytes()
        #expect(after >= size)
        #expect(after >= before)
    }
}
