import Testing
@testable import CoopGraph

@Suite("PrecedingBodyRule")
struct PrecedingBodyRuleTests {
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("a body before the name, with 의 and unit words in between")
    func keynotes() {
        let text = "11월 10일(목) 세계은행의 동아시아 교육국 크리스티안 에도(Cristian Aedo) 국장과 아세안 사무국 사회-문화 공동체의 에카팝 판타봉(Ekkaphab Phanthavong) 사무차장의 기조 강연을 시작으로 진행됐다."
        #expect(Self.persons(text) == ["크리스티안 에도/국장@세계은행", "에카팝 판타봉/사무차장@아세안 사무국"])
    }

    @Test("a body of another clause is not taken")
    func otherClause() {
        let text = "세계은행과 협력하고, 크리스티안 에도(Cristian Aedo) 국장이 발표했다."
        #expect(Self.persons(text) == ["크리스티안 에도/국장@"])
    }
}
