import Testing
@testable import CoopGraph

@Suite("SpelledForeignNameRule")
struct SpelledForeignNameRuleTests {
    @Test("the spelling gives the number of name words; bodies, countries and departments may come before the title", arguments: [
        ("장관은 호세 마리오 레예스 에르난데스(Jose Mario Reyes Hernandez) 캐나다 외교부 장관과 만났다",
         ["호세 마리오 레예스 에르난데스/장관@외교부"]),
        ("방한 중인 「대니얼 크리텐브링크 (Daniel Kritenbrink)」미국 동아태 차관과 협의", ["대니얼 크리텐브링크/차관@미국"]),
        ("이어 냠-오소르 오츠랄(Nyam-Osor Uchral) 일본 장관과", ["냠-오소르 오츠랄/장관@일본"]),
        ("에지마 카즈히코(江島 一彦) 일본 과장과 회의", ["에지마 카즈히코/과장@일본"]),
        // A middle initial has no Hangul word of its own.
        ("차관은 웬디 셔먼(Wendy R. Sherman) 미국 국무부 부장관과 통화했다", ["웬디 셔먼/부장관@미국 국무부"]),
        ("차관은 셔먼(R. Sherman) 미국 국무부 부장관과 통화했다", []),
    ])
    func found(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("no title after the spelling, or a lower-case gloss, gives no person", arguments: [
        "탄소중립 기술(Carbon Neutral Technology) 협력을 논의",
        "국제 워크숍(Global Workshop)에서 장관은",
        "새 제도(system) 장관 발표",
    ])
    func notFound(text: String) {
        #expect(ExtractionTestSupport.persons(text).filter { $0.contains("@") && !$0.hasPrefix("장관") } == [])
    }
}
