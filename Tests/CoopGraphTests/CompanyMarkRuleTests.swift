import Testing
@testable import CoopGraph

@Suite("CompanyMarkRule")
struct CompanyMarkRuleTests {
    /// `canonical[aliases]` for each company the rule found, over the bundled gazetteers.
    static func companies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.company-mark" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]"
        }
    }

    @Test("the mark before or after the name, particles after a marked name dropped", arguments: [
        ("이번 협약에는 ㈜누리랩스와 ㈜한빛정밀이 참여했다", ["누리랩스[㈜누리랩스]", "한빛정밀[㈜한빛정밀]"]),
        ("(주)다온소프트는 현지 법인을 세웠다", ["다온소프트[(주)다온소프트]"]),
        ("세진테크㈜와 미래로직스(주)가 협약을 맺었다", ["세진테크[세진테크㈜]", "미래로직스[미래로직스(주)]"]),
        ("주식회사 온새미로의 대표가 발표했다", ["온새미로[주식회사 온새미로]"]),
        // Latin letters and digits belong to the name; 이 after a vowel is part of it.
        ("㈜KD바이오에서 생산하는 제품", ["KD바이오[㈜KD바이오]"]),
        ("㈜에스케이가 공급한다", ["에스케이[㈜에스케이]"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.companies(text) == expected)
    }

    @Test("the mark alone, with a blank, or before a one-syllable word: no company", arguments: [
        "협약 체결 후 ㈜에서 발표했다",
        "참여 기업 ㈜ 공식 발표",
        "(주)는 다음과 같다",
        "㈜한 곳이 선정되었다",
    ])
    func notFound(text: String) {
        #expect(Self.companies(text) == [])
    }

    @Test("a company the gazetteer knows keeps its gazetteer mention")
    func gazetteerFirst() {
        #expect(Self.companies("삼성전자㈜와 협력한다") == [])
        #expect(Extractor().mentions(in: ExtractionTestSupport.document("삼성전자㈜와 협력한다")).contains { $0.canonical == "삼성전자" && $0.kind == .organization })
    }
}
