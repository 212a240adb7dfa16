import Testing
@testable import CoopGraph

@Suite("QuotedNameTitleRule")
struct QuotedNameTitleRuleTests {
    /// `name/title@affiliation` for each person of the rule, over the bundled gazetteers.
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "person.quoted-name-title" }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("a bracketed name right before a post, its portfolio and a concurrent post kept", arguments: [
        ("실장은 「손 짠톨」부총리 겸 외교장관을 예방하고 라오스와의 협력을 논의합니다",
         ["손 짠톨/부총리 겸 외교장관@라오스"]),
        ("아울러 「펭 뽀니어」 농업 총괄 특임장관을 면담하고 한-라오스 협력 현장을 방문합니다",
         ["펭 뽀니어/농업 총괄 특임장관@라오스"]),
        // Two foreign countries in the sentence: no affiliation is guessed.
        ("「아데바요 오군」 장관은 나이지리아와 가나의 협력을 설명했다", ["아데바요 오군/장관@"]),
        // One long word of a name.
        ("총리는 「바수데브」 부통령과 네팔 측 인사를 만났다", ["바수데브/부통령@네팔"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.persons(text) == expected)
    }

    @Test("a Korean name, a title inside, a country before or no title after: not this rule", arguments: [
        "「홍길동」 장관은 발표했다",
        "「한-아세안 표준협력 네트워크」 출범식을 개최하였다",
        "「글로벌 협력」 장관회의가 열렸다",
        "미국 「캐서린 타이」 무역대표부 대표와 만났다",
        "「서울 이니셔티브」를 발표했다",
    ])
    func notFound(text: String) {
        #expect(Self.persons(text) == [])
    }
}
