import Foundation
import Testing
@testable import CoopGraph

@Suite("BenchmarkMachine")
struct BenchmarkMachineTests {
    @Test("describes this machine: its cores, some memory, a CPU model line")
    func current() {
        let m = BenchmarkMachine.current()
        #expect(m.cores == ProcessInfo.processInfo.activeProcessorCount)
        #expect(m.memoryBytes == ProcessInfo.processInfo.physicalMemory)
        #expect(!m.cpuModel.isEmpty)
        #expect(!m.cpuModel.hasPrefix(" ") && !m.cpuModel.contains(":"))
    }
}
