import Foundation

/// Writes an export to a file (or, for a ``MultiFileGraphExporter``, a folder), streaming.
///
/// Pieces go straight to a `FileHandle` through a small buffer, so a large graph is never
/// one string in memory. Failures are ``CoopGraphError/output(path:reason:)``.
public enum ExportDestination {
    /// Writes `graph` with `exporter` to `path`: a file, or a folder (created if missing)
    /// for multi-file formats. Returns the paths written.
    @discardableResult
    public static func write(_ graph: Graph, with exporter: any GraphExporter, options: ExportOptions, to path: String) throws -> [String] {
        if let multi = exporter as? any MultiFileGraphExporter {
            let fm = FileManager.default
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                throw CoopGraphError.output(path: path, reason: "\(type(of: multi).format) writes several files; give a folder, not a file")
            }
            do { try fm.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw CoopGraphError.output(path: path, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            var sinks: [String: Sink] = [:]
            var order: [String] = []
            var failure: CoopGraphError?
            multi.exportFiles(graph, options: options) { file, piece in
                guard failure == nil else { return }
                if sinks[file] == nil {
                    let p = (path as NSString).appendingPathComponent(file)
                    do { sinks[file] = try Sink(path: p); order.append(p) } catch let e as CoopGraphError { failure = e; return } catch { return }
                }
                sinks[file]?.append(piece)
            }
            for name in sinks.keys.sorted() { if let s = sinks[name] { try s.close() } }
            if let failure { throw failure }
            return order
        }
        let sink = try Sink(path: path)
        exporter.export(graph, options: options) { sink.append($0) }
        try sink.close()
        return [path]
    }

    /// A buffered file writer; remembers the first write error and reports it on close.
    final class Sink {
        let path: String
        let handle: FileHandle
        var buffer = Data()
        var error: Error?

        init(path: String) throws {
            self.path = path
            guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
                throw CoopGraphError.output(path: path, reason: "cannot create the file (missing folder or no permission?)")
            }
            handle = h
        }

        func append(_ s: String) {
            buffer.append(contentsOf: s.utf8)
            if buffer.count >= 1 << 16 { flush() }
        }

        func flush() {
            guard error == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
            do { try handle.write(contentsOf: buffer) } catch { self.error = error }
            buffer.removeAll(keepingCapacity: true)
        }

        func close() throws {
            flush()
            try? handle.close()
            if let error { throw CoopGraphError.output(path: path, reason: error.localizedDescription) }
        }
    }
}
