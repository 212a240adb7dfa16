import Testing
@testable import CoopGraph

@Suite("QuotedForeignNameRule")
struct QuotedForeignNameRuleTests {
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("country or organisation, bracketed name, optional body, title")
    func forms() {
        let text = "이번 각료이사회에는 미국 「캐서린 타이」 무역대표부 대표, EU 「발디스 돔브로브스키스」 수석부집행위원장, 캐나다 「메리 응」 통상장관 등이 참석한다."
        #expect(Self.persons(text) == ["캐서린 타이/대표@미국 무역대표부", "발디스 돔브로브스키스/수석부집행위원장@EU", "메리 응/통상장관@캐나다"])
    }

    @Test("bracketed titles of things are not persons", arguments: [
        "미국 「인플레이션 감축법」 시행에 대응한다.",
        "한국 「디지털 플랫폼」 정책을 소개하였다.",
        "일본 「수출」 규제 대표 사례",
    ])
    func notPersons(text: String) {
        #expect(Self.persons(text) == [])
    }
}
