@testable import CoopGraph
import Foundation
import Testing

/// Every bundled gazetteer entry is found, by its canonical name, in a sentence of the kind
/// releases write, followed by a particle; an entry that no sentence can reach is a defect
/// (shadowed by a stopword, an overlapping longer name, or a malformed line).
@Suite("Gazetteer coverage")
struct GazetteerCoverageTests {
    static func document(_ text: String) -> Document {
        let body = CleanText(identity: text)
        return Document(id: "coverage.txt", path: "coverage.txt", contentHash: "", encoding: .utf8, format: .plainText, source: text,
                        metadata: DocumentMetadata(), body: body,
                        sentences: [Sentence(range: SourceRange(0, text.utf8.count), text: text)], isStub: false)
    }

    @Test("every country, ministry, institute and organisation is found by its canonical name")
    func everyEntry() {
        let extractor = Extractor()
        var missed: [String] = []
        var checked = 0
        for entry in extractor.gazetteer.entries where entry.kind != .person {
            let p = entry.properties
            // Names that count only in context (ordinary words, bare short forms) are tested by their rules.
            if p["ambiguous"] == "1" || p["short"] != nil && p["short"] == entry.canonical { continue }
            checked += 1
            let text = "이번 회의에는 \(entry.canonical) 관계자들도 참석해 협력 방안을 논의했다."
            let found = extractor.mentions(in: Self.document(text))
            if !found.contains(where: { $0.canonical == entry.canonical }) { missed.append("\(entry.kind.rawValue):\(entry.canonical)") }
        }
        #expect(checked > 1000)
        #expect(missed.isEmpty, "\(missed.count) entries not found: \(missed.prefix(40).joined(separator: ", "))")
    }
}
