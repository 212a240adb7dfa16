import Testing
@testable import CoopGraph

@Suite struct MentionPayloadTests {
    @Test func holdsTheFieldsItWasMadeWith() {
        let p = MentionPayload(canonical: "외교부", surface: "외교부는", aliases: ["MOFA"], properties: ["country": "한국"], rule: "gazetteer.ministry")
        #expect(p.canonical == "외교부")
        #expect(p.surface == "외교부는")
        #expect(p.aliases == ["MOFA"])
        #expect(p.properties == ["country": "한국"])
        #expect(p.rule == "gazetteer.ministry")
    }

    @Test func aMentionWrittenToLeavesItsCopiesAlone() {
        let a = Mention(range: SourceRange(0, 9), kind: .person, canonical: "박진", surface: "박진", properties: ["title": "장관"], rule: "person")
        var b = a
        b.properties["affiliation"] = "외교부"
        b.aliases.insert("박 장관")
        b.canonical = "박진2"
        #expect(a.properties == ["title": "장관"])
        #expect(a.aliases.isEmpty)
        #expect(a.canonical == "박진")
        #expect(b.properties == ["title": "장관", "affiliation": "외교부"])
        #expect(b.aliases == ["박 장관"])
        #expect(a != b)
    }

    @Test func mentionsWithEqualFieldsAreEqualAndHashAlike() {
        let a = Mention(range: SourceRange(3, 6), kind: .country, canonical: "일본", surface: "일", rule: "x")
        let b = Mention(range: SourceRange(3, 6), kind: .country, canonical: "일본", surface: "일", rule: "x")
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != Mention(range: SourceRange(3, 6), kind: .country, canonical: "일본", surface: "일", rule: "y"))
    }

    @Test func gazetteerMentionsShareOnePayloadPerPattern() throws {
        let g = Extractor().gazetteer
        let p = try #require(g.patternEntries.firstIndex { $0 >= 0 })
        let payload = try #require(g.patternPayloads[p])
        let e = g.patternEntries[p]
        #expect(payload.canonical == g.entries[e].canonical)
        #expect(payload.surface == g.patternSurfaces[p])
        #expect(payload.aliases == g.aliasSets[e])
        #expect(payload.rule == GazetteerRule.ruleName(g.entries[e].kind))
    }

    @Test func aPayloadMadeForAKindCarriesItsNodeIDForThatKindOnly() {
        let p = MentionPayload(canonical: "일본 경제산업성", surface: "경제산업성", aliases: [], properties: [:], rule: "x", nodeKind: .ministry)
        #expect(p.nodeID == "ministry:일본_경제산업성")
        let m = Mention(range: SourceRange(0, 3), kind: .ministry, payload: p)
        #expect(m.knownNodeID == "ministry:일본_경제산업성")
        #expect(m.nodeID == "ministry:일본_경제산업성")
        var other = m
        other.kind = .organization
        #expect(other.knownNodeID == nil)
        #expect(other.nodeID == "organization:일본_경제산업성")
        var renamed = m
        renamed.canonical = "경산성"
        #expect(renamed.knownNodeID == nil)
        #expect(renamed.nodeID == "ministry:경산성")
    }
}
