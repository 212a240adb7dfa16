import CoopGraph
import Foundation

/// Seed press releases (Fixtures/press-releases) as documents, with hand-made entity mentions
/// standing in for entity recognition, so the event stage is tested on its own.
enum SeedDocuments {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ stem: String, date: String?) -> Document? {
        let url = root.appendingPathComponent("Fixtures/press-releases/\(stem).txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return document(text: text, id: stem, date: date)
    }

    static func document(text: String, id: String = "test", date: String?) -> Document {
        Document(id: id, path: id, contentHash: "", encoding: .utf8, format: .plainText, source: text,
                 metadata: DocumentMetadata(date: date.map { DateValue(value: $0, precision: .day, surface: $0) }),
                 body: CleanText(identity: text), sentences: [], isStub: false)
    }

    /// One mention for every occurrence of each surface (longest surfaces first, no overlaps).
    static func mentions(in text: String, _ table: [(String, NodeKind, String)], titles: [String: String] = [:]) -> [Mention] {
        let bytes = Array(text.utf8)
        var taken = [Bool](repeating: false, count: bytes.count)
        var out: [Mention] = []
        for (surface, kind, canonical) in table.sorted(by: { $0.0.utf8.count > $1.0.utf8.count }) {
            let s = Array(surface.utf8)
            var i = 0
            while i + s.count <= bytes.count {
                if bytes[i..<(i + s.count)].elementsEqual(s), !taken[i..<(i + s.count)].contains(true) {
                    for k in i..<(i + s.count) { taken[k] = true }
                    var props: [String: String] = [:]
                    if let t = titles[canonical] { props["title"] = t }
                    out.append(Mention(range: SourceRange(i, i + s.count), kind: kind, canonical: canonical, surface: surface,
                                       properties: props, rule: "test"))
                    i += s.count
                } else {
                    i += 1
                }
            }
        }
        return out.sorted { $0.range < $1.range }
    }
}
