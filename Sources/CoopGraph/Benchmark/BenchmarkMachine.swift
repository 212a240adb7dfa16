import Foundation

/// The machine a benchmark ran on: cores, CPU model and memory, for the report's header.
public struct BenchmarkMachine: Sendable, Hashable, Codable {
    public var cores: Int
    public var cpuModel: String
    public var memoryBytes: UInt64

    public init(cores: Int, cpuModel: String, memoryBytes: UInt64) {
        self.cores = cores
        self.cpuModel = cpuModel
        self.memoryBytes = memoryBytes
    }

    /// This machine: active cores, `model name` from `/proc/cpuinfo` (`unknown` elsewhere), physical memory.
    public static func current() -> BenchmarkMachine {
        var model = "unknown"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return BenchmarkMachine(cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
                                memoryBytes: ProcessInfo.processInfo.physicalMemory)
    }
}
