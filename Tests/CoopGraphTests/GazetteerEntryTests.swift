import Testing
@testable import CoopGraph

@Suite("GazetteerEntry")
struct GazetteerEntryTests {
    @Test("compound-only forms: compound= list, compound_only=1 lines, one-syllable country aliases")
    func compoundForms() {
        #expect(GazetteerEntry(kind: .country, canonical: "일본", aliases: ["日"], properties: ["compound": "일|日"]).compoundOnlyForms == ["일", "日"])
        #expect(GazetteerEntry(kind: .country, canonical: "미", aliases: ["美"], properties: ["compound_only": "1", "country": "미국"]).compoundOnlyForms == ["미", "美"])
        #expect(GazetteerEntry(kind: .country, canonical: "중국", aliases: ["중"]).compoundOnlyForms == ["중"])
    }

    @Test("a compound_only line stands for the country it names")
    func compoundTarget() {
        #expect(GazetteerEntry(kind: .country, canonical: "미", properties: ["compound_only": "1", "country": "미국"]).compoundTarget == "미국")
        #expect(GazetteerEntry(kind: .country, canonical: "미국").compoundTarget == "미국")
    }
}
