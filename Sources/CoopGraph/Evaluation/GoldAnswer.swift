import Foundation

/// A hand-made answer for one press release: what a careful reader puts into the graph.
///
/// The JSON format is the one of the annotation guide (`Fixtures/gold/*.json`): `doc` names the
/// release file, `doc_date` is its date (ISO or `null`), then `entities`, `events` and
/// `agreements`. Unknown keys are ignored; absent lists read as empty. ``Scorer`` compares a
/// graph with it.
public struct GoldAnswer: Sendable, Hashable, Codable {
    /// File name of the release the answer is for (looked up in the documents folder).
    public var doc: String
    public var docDate: String?
    public var note: String?
    public var entities: [GoldEntity]
    public var events: [GoldEvent]
    public var agreements: [GoldAgreement]

    public init(doc: String, docDate: String? = nil, note: String? = nil, entities: [GoldEntity] = [],
                events: [GoldEvent] = [], agreements: [GoldAgreement] = []) {
        self.doc = doc
        self.docDate = docDate
        self.note = note
        self.entities = entities
        self.events = events
        self.agreements = agreements
    }

    enum CodingKeys: String, CodingKey {
        case doc, note, entities, events, agreements
        case docDate = "doc_date"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        doc = try c.decode(String.self, forKey: .doc)
        docDate = try c.decodeIfPresent(String.self, forKey: .docDate)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        entities = try c.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        events = try c.decodeIfPresent([GoldEvent].self, forKey: .events) ?? []
        agreements = try c.decodeIfPresent([GoldAgreement].self, forKey: .agreements) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc)
        try c.encode(docDate, forKey: .docDate)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(entities, forKey: .entities)
        try c.encode(events, forKey: .events)
        try c.encode(agreements, forKey: .agreements)
    }

    /// Reads one gold answer file.
    ///
    /// Throws ``CoopGraphError/unreadable(path:reason:)`` when the file is missing or is not a
    /// gold answer; the reason names the JSON problem.
    public static func load(path: String) throws -> GoldAnswer {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoopGraphError.unreadable(path: path, reason: "no such file or not readable")
        }
        do {
            return try JSONDecoder().decode(GoldAnswer.self, from: data)
        } catch let e as DecodingError {
            throw CoopGraphError.unreadable(path: path, reason: "not a gold answer: " + Self.describe(e))
        } catch {
            throw CoopGraphError.unreadable(path: path, reason: "not a gold answer: \(error)")
        }
    }

    /// The `*.json` files of a folder, sorted by name in code-point order (as the Python scorer's `sorted(glob)`).
    public static func files(in directory: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw CoopGraphError.unreadable(path: directory, reason: "not a readable folder")
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            .map { (directory as NSString).appendingPathComponent($0) }
    }

    static func describe(_ e: DecodingError) -> String {
        func path(_ p: [any CodingKey]) -> String {
            p.isEmpty ? "top level" : p.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch e {
        case .keyNotFound(let k, let ctx): return "missing key \"\(k.stringValue)\" at \(path(ctx.codingPath))"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx): return "\(ctx.debugDescription) at \(path(ctx.codingPath))"
        case .dataCorrupted(let ctx): return "\(ctx.debugDescription) at \(path(ctx.codingPath))"
        @unknown default: return "\(e)"
        }
    }
}
