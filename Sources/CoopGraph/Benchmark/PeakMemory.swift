import Foundation

/// The process's peak resident memory, read where the kernel keeps it.
///
/// Linux: `VmHWM` in `/proc/self/status`, which ``reset()`` clears (by writing `5` to
/// `/proc/self/clear_refs`) so that each benchmark phase reports its own peak. Elsewhere,
/// `getrusage`'s `ru_maxrss`, which cannot be reset: phases then report the peak so far.
public enum PeakMemory {
    /// Peak resident bytes since the process started or since the last successful ``reset()``.
    public static func bytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let digits = line.dropFirst(6).filter { $0.isNumber }
                if let kB = Int(digits) { return kB * 1024 }
            }
        }
        var usage = rusage()
        #if os(Linux)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return usage.ru_maxrss  // bytes on macOS
        #endif
    }

    /// Starts a new peak at the current resident size; false where the system cannot.
    @discardableResult
    public static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }
}
