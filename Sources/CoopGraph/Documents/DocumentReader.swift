import Foundation

/// Reads press release files into ``Document``s: decode, detect format, clean, describe, split.
///
/// The pipeline: ``TextDecoder`` (bytes → UTF-8, refusing binaries) → ``FormatDetector`` →
/// ``FrontMatterParser`` (Markdown) → ``HTMLStripper`` (HTML, and Markdown with inline
/// HTML) → ``BoilerplateFilter`` → ``MetadataExtractor`` → ``StubDetector`` →
/// ``SentenceSplitter``. Every byte of `body` maps back to `source`. Errors are
/// ``CoopGraphError/unreadable(path:reason:)``, ``CoopGraphError/binary(path:format:)``
/// and ``CoopGraphError/undecodable(path:byteOffset:reason:)``; anything else that is
/// text, however odd, becomes a document (an empty one is a stub).
public struct DocumentReader: Sendable {
    public init() {}

    public func read(path: String) throws -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw CoopGraphError.unreadable(path: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a file" : "permission denied or not readable")
        }
        return try read(data: data, path: path)
    }

    /// Reads a file's bytes; pass `contentHash` when the caller already hashed them (ingest
    /// hashes first to skip unchanged files) so the bytes are not hashed twice.
    public func read(data: Data, path: String, contentHash: String? = nil) throws -> Document {
        let decoded = try TextDecoder().decode(data, path: path)
        let hash = contentHash ?? SHA256.hexDigest(data)
        return read(decoded: decoded, path: path, contentHash: hash)
    }

    /// The cleaning stages alone, on text ``TextDecoder`` already decoded: format detection,
    /// front matter, HTML, boilerplate, metadata, stub detection and sentence splitting.
    ///
    /// `read(data:path:contentHash:)` is decoding followed by this; benchmarks call the two
    /// apart to time them apart. Never throws: any decoded text becomes a document.
    public func read(decoded: TextDecoder.Result, path: String, contentHash: String) -> Document {
        let hash = contentHash
        let id = Self.fileName(path)
        var source = decoded.text
        let format = FormatDetector.detect(path: path, text: source)

        // `clean == nil`: a Markdown body without markup, its own clean text (made below as a
        // slice of `source`, which needs no second UTF-8 validation).
        let parts: (clean: CleanText?, frontMatter: FrontMatter?, headerText: String?, htmlTitle: String?, bodyStart: Int) = source.withUTF8 { bytes in
            var frontMatter: FrontMatter?
            var bodyStart = 0
            if format == .markdown, let fm = FrontMatterParser.parse(bytes) {
                frontMatter = fm
                bodyStart = fm.bodyStart
            }
            let bodyRange = bodyStart..<bytes.count
            switch format {
            case .html:
                let stripped = HTMLStripper(collapsesWhitespace: true).strip(bytes, range: bodyRange)
                return (stripped.clean, frontMatter, stripped.clean.text, stripped.title, bodyStart)
            case .markdown:
                if Self.hasMarkup(bytes, range: bodyRange) {
                    let stripped = HTMLStripper(collapsesWhitespace: false).strip(bytes, range: bodyRange)
                    return (stripped.clean, frontMatter, nil, stripped.title, bodyStart)
                }
                return (nil, frontMatter, nil, nil, bodyStart)
            case .plainText:
                return (nil, nil, nil, nil, 0)
            }
        }
        // Front matter ends after a line break, so `bodyStart` is a character boundary.
        let headerText = parts.headerText ?? (parts.bodyStart == 0 ? source : String(source[source.utf8.index(source.startIndex, offsetBy: parts.bodyStart)...]))
        let clean = parts.clean ?? CleanText(identity: headerText, sourceOffset: parts.bodyStart)
        let body = BoilerplateFilter().filter(clean)
        let metadata = MetadataExtractor().extract(frontMatter: parts.frontMatter, headerText: headerText, body: body.text, htmlTitle: parts.htmlTitle)
        let isStub = StubDetector().isStub(body: body.text, title: metadata.title)
        let sentences = isStub ? [] : SentenceSplitter().split(body.text)
        return Document(id: id, path: path, contentHash: hash, encoding: decoded.encoding, format: format,
                        source: source, metadata: metadata, body: body, sentences: sentences, isStub: isStub)
    }

    /// The last path component (`-` for standard input stays `-`).
    static func fileName(_ path: String) -> String {
        // Plain paths (see CanonicalBytes: one scalar per Character, no look-alikes of `/`)
        // are cut on bytes; Character steps over a long Korean path were a measurable cost.
        var copy = path
        let cut: String? = copy.withUTF8 { b in
            guard CanonicalBytes.isPlain(b, 0..<b.count) else { return nil }
            var end = b.count
            while end > 1, b[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, b[start - 1] != UInt8(ascii: "/") { start -= 1 }
            if start == end { start = max(0, end - 1) }  // only slashes: keep one
            return String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
        }
        if let cut { return cut }
        var trimmed = Substring(path)
        while !trimmed.dropFirst().isEmpty, trimmed.last == "/" { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/"), trimmed.index(after: slash) < trimmed.endIndex {
            return String(trimmed[trimmed.index(after: slash)...])
        }
        return String(trimmed)
    }

    /// Markdown bodies go through the HTML stripper only when they hold tags or references.
    static func hasMarkup(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            i = ByteSearch.firstIndex(ofAny: UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "&"), in: bytes, from: i, to: range.upperBound)
            guard i < range.upperBound else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") {
                if b == UInt8(ascii: "&"), HTMLEntity.decode(bytes, at: i, limit: range.upperBound) != nil { return true }
                if b == UInt8(ascii: "<"), HTMLStripper.scanTag(bytes, at: i, end: range.upperBound, knownOnly: true) != nil { return true }
            }
            i += 1
        }
        return false
    }
}
