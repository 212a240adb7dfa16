import CoopGraph
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Random bytes and mutated fixtures through reader, extractor and exporter: no crash, no hang,
/// well-formed output. Fixed seed; `COOPGRAPH_FUZZ_ITERATIONS` runs it longer (Scripts/fuzz.sh).
@Suite("Fuzz")
struct FuzzTests {
    static var iterations: Int {
        Int(ProcessInfo.processInfo.environment["COOPGRAPH_FUZZ_ITERATIONS"] ?? "") ?? 300
    }

    @Test("random bytes and mutated fixtures never crash and always give well-formed GraphML")
    func fuzzReaderExtractorExporter() throws {
        var rng = SplitMix64(seed: 0xC00_96A9)
        let fixtures = try RepoPaths.pressReleases().map { try Data(contentsOf: $0) }
        #expect(fixtures.count >= 5)
        let reader = DocumentReader()
        let extractor = Extractor()
        var readOK = 0, rejected = 0
        for i in 0..<Self.iterations {
            let input: Data
            switch i % 4 {
            case 0: input = Data((0..<Int(rng.next() % 2048)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            default: input = Mutator.mutate(fixtures[Int(rng.next() % UInt64(fixtures.count))], rng: &rng)
            }
            do {
                let doc = try reader.read(data: input, path: "fuzz-\(i).txt")
                let graph = extractor.extract(doc)
                var xml = ""
                GraphMLExporter().export(graph, options: ExportOptions(evidence: true), write: { xml += $0 })
                #expect(XMLParser(data: Data(xml.utf8)).parse(), "iteration \(i): GraphML did not parse")
                readOK += 1
            } catch is CoopGraphError {
                rejected += 1
            }
        }
        #expect(readOK + rejected == Self.iterations)
        #expect(readOK > 0, "every mutated fixture was rejected: the reader is too strict")
    }
}

/// Byte-level mutations of a valid input: flips, insertions, deletions, splices, truncation.
enum Mutator {
    static func mutate(_ data: Data, rng: inout SplitMix64) -> Data {
        var bytes = [UInt8](data)
        let rounds = 1 + Int(rng.next() % 8)
        for _ in 0..<rounds {
            guard !bytes.isEmpty else { bytes = [0xEC]; continue }
            let at = Int(rng.next() % UInt64(bytes.count))
            switch rng.next() % 6 {
            case 0: bytes[at] ^= UInt8(1 << (rng.next() % 8))
            case 1: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
            case 2: bytes.remove(at: at)
            case 3: bytes.removeSubrange(at..<min(bytes.count, at + Int(rng.next() % 64)))
            case 4:
                let tokens: [String] = ["<", ">", "&amp;", "&#xD55C;", "---\n", "\u{0}", "(이하 ", "「", "」", "장관 ", "2023.09.21", "'21.11.24.(수)", "\"", "\\", "]]>"]
                bytes.insert(contentsOf: Array(tokens[Int(rng.next() % UInt64(tokens.count))].utf8), at: at)
            default: bytes.removeSubrange(at...)
            }
        }
        return Data(bytes)
    }
}
