/// A foreign parliament or one of its chambers, named by its country: `영국 의회`, `이란 국회`,
/// `미국 하원`, `독일 연방하원`, `일본 중의원`, and their heads and delegations
/// (`베트남 국회의장`, `미국 하원의원단`).
///
/// The mention covers the chamber word only (the country keeps its own mention); its canonical
/// name is `<country> <chamber>`, with `국회` and `의회` one name (`<country> 의회`, the other as
/// an alias): a foreign parliament must not fall to Korea's `국회` of the gazetteer, which
/// `이란 국회의장` otherwise gives its speaker. The chamber word must be followed by particles
/// only, or by a head or delegation word (`의장`, `의원단`), never by a member's title
/// (`상원의원` stays a title) or another word (`의회조사국` is a body of its own).
public struct ForeignParliamentRule: EntityRule {
    public let name = "organization.parliament"

    struct Chamber: Sendable { var bytes: [UInt8]; var canonical: String; var alias: String? }

    /// Longest first: `연방의회` before `의회`.
    static let chambers: [Chamber] = [
        ("연방의회", "연방의회", nil), ("연방하원", "연방하원", nil), ("연방상원", "연방상원", nil),
        ("중의원", "중의원", nil), ("참의원", "참의원", nil),
        ("의회", "의회", "국회"), ("국회", "의회", "국회"), ("하원", "하원", nil), ("상원", "상원", nil),
    ].map { Chamber(bytes: Array($0.0.utf8), canonical: $0.1, alias: $0.2) }

    /// First syllables of the chamber words (연 중 참 의 국 하 상): the cheap first test.
    static let initials = ScalarSet(chambers.compactMap { String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.first?.value })

    /// Words that may follow the chamber word in the same word: its head, its delegation.
    static let followers: [(bytes: [UInt8], isHead: Bool)] = [("부의장", true), ("의장단", false), ("의원단", false), ("대표단", false), ("의장", true)]
        .map { (Array($0.0.utf8), $0.1) }

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        let found = context.mentions
        for k in found.indices where found[k].kind == .country && found[k].canonical != "한국" {
            let start = HangulBytes.skipBlanks(from: found[k].range.upperBound, upper: context.upper, in: b)
            guard start < context.upper, Self.initials.contains(HangulBytes.scalar(at: start, in: b).value) else { continue }
            // The chamber word opens the next word.
            let runEnd = HangulBytes.hangulRunEnd(from: start, upper: context.upper, in: b)
            guard let chamber = Self.chambers.first(where: { c in
                start + c.bytes.count <= runEnd && c.bytes.indices.allSatisfy { b[start + $0] == c.bytes[$0] }
            }) else { continue }
            let end = start + chamber.bytes.count
            guard let rest = Self.rest(end, runEnd, in: b) else { continue }
            let country = found[k].canonical
            let canonical = country + " " + chamber.canonical
            let aliases: Set<String> = chamber.alias.map { [country + " " + $0] } ?? []
            let written = context.text(found[k].range.lowerBound, end)
            // Before a head's title (`국회의장`) the mention is the chamber word alone, so that person
            // rules read `body + title` in one word; else it spans the country too (`영국 의회를`).
            let lo = rest == .head ? start : found[k].range.lowerBound
            let m = Mention(range: SourceRange(lo, end), kind: .organization, canonical: canonical, surface: written,
                            aliases: aliases, properties: ["country": country], rule: name)
            // The gazetteer's `국회` (Korea's) on the same word is replaced.
            if let existing = context.mention(startingAt: lo), existing.range == m.range, existing.kind == .organization {
                context.update(m)
            } else {
                context.add(m)
            }
        }
    }

    enum Rest { case particles, head }

    /// What follows the chamber in its word: particles only, or a head or delegation word and particles; nil otherwise.
    static func rest(_ end: Int, _ runEnd: Int, in b: UnsafeBufferPointer<UInt8>) -> Rest? {
        if KoreanParticles.isParticleTail(end, runEnd, in: b) { return .particles }
        for f in followers where end + f.bytes.count <= runEnd && f.bytes.indices.allSatisfy({ b[end + $0] == f.bytes[$0] }) {
            if KoreanParticles.isParticleTail(end + f.bytes.count, runEnd, in: b) { return f.isHead ? .head : .particles }
        }
        return nil
    }
}
