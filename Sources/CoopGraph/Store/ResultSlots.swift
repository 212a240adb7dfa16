import Foundation

/// Fixed slots that concurrent workers fill by index, behind a lock.
///
/// Used by ``IngestPipeline`` to collect per-file results in input order, and as a shared
/// counter workers claim the next index from.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock(); defer { lock.unlock() }
        values[i] = value
    }

    func get(_ i: Int) -> T? {
        lock.lock(); defer { lock.unlock() }
        return values[i]
    }

    /// The value of slot `i`, which is emptied: a consumer frees what it has taken.
    func take(_ i: Int) -> T? {
        lock.lock(); defer { lock.unlock() }
        defer { values[i] = nil }
        return values[i]
    }
}

extension ResultSlots where T == Int {
    /// Takes the next index below `limit` from slot 0, or nil when all are taken.
    func claim(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        let i = values[0] ?? 0
        guard i < limit else { return nil }
        values[0] = i + 1
        return i
    }
}
