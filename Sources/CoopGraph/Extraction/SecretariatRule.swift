/// The secretariat of an international body, written as the body and `사무국`: `GCC 사무국`,
/// `APEC 사무국`, `유엔 사무국`, `IORA 사무국`, `WTO사무국`.
///
/// Releases name the secretariat as a party of its own (a delegation, a co-host, a signatory),
/// and every international body has one, so no list can hold them all. The body must be one
/// the gazetteer marks `scope=international` (`대검찰청 사무국` is a Korean unit); `사무국`
/// follows it after one blank or none, then particles only. The canonical name is the body's
/// canonical name and `사무국` (`걸프협력회의 사무국`), the name as written an alias; a
/// secretariat the gazetteer holds (`아세안 사무국`) is found there first.
public struct SecretariatRule: EntityRule {
    public let name = "organization.secretariat"

    static let head: [UInt8] = Array("사무국".utf8)

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        var k = 0
        while k < context.mentions.count {
            defer { k += 1 }
            let m = context.mentions[k]
            guard m.kind == .organization else { continue }
            var i = m.range.upperBound
            if i < context.upper, b[i] == 0x20 { i += 1 }
            guard i + Self.head.count <= context.upper, Self.head.indices.allSatisfy({ b[i + $0] == Self.head[$0] }) else { continue }
            let end = i + Self.head.count
            let runEnd = HangulBytes.hangulRunEnd(from: end, upper: context.upper, in: b)
            guard KoreanParticles.isParticleTail(end, runEnd, in: b), context.gazetteer.isInternational(m),
                  !context.isCovered(i) else { continue }
            let written = context.text(m.range.lowerBound, end)
            var aliases: Set<String> = [m.canonical + "사무국"]
            if m.surface != m.canonical { aliases.insert(m.surface + " 사무국") }
            aliases.insert(written)
            let canonical = m.canonical + " 사무국"
            aliases.remove(canonical)
            context.add(Mention(range: SourceRange(m.range.lowerBound, end), kind: .organization, canonical: canonical,
                                surface: written, aliases: aliases, rule: name))
        }
    }
}
