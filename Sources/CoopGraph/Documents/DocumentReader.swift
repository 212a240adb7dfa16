import Foundation

/// Reads press release files into ``Document``s: decode, detect format, clean, split.
///
/// Placeholder implementation (UTF-8 only, no cleaning); the Documents issue replaces it.
public struct DocumentReader: Sendable {
    public init() {}

    public func read(path: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoopGraphError.unreadable(path: path, reason: "no such file or not readable")
        }
        return try read(data: data, path: path)
    }

    public func read(data: Data, path: String) throws -> Document {
        let text = String(decoding: data, as: UTF8.self)
        let body = CleanText(identity: text)
        var sentences: [Sentence] = []
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let n = line.utf8.count
            if !line.isEmpty { sentences.append(Sentence(range: SourceRange(offset, offset + n), text: String(line))) }
            offset += n + 1
        }
        return Document(id: (path as NSString).lastPathComponent, path: path, contentHash: "", encoding: .utf8, format: .plainText,
                        source: text, metadata: DocumentMetadata(), body: body, sentences: sentences, isStub: false)
    }
}
