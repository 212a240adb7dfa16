import Testing
@testable import CoopGraph

@Suite("CountryNameTitleRule")
struct CountryNameTitleRuleTests {
    @Test("one name word between a foreign country and a head's post; a Korean-looking last word extended", arguments: [
        ("양측은 지난 3월 정상 통화에서 노르웨이 스토레 총리가 제안한 구상을 논의했다", ["스토레/총리@노르웨이"]),
        ("장관은 러시아 라브로프 외교장관과 통화하였다", ["라브로프/외교장관@러시아"]),
        // 마크롱 reads as a Korean name (surname 마); the country and the given name before it belong to it.
        ("프랑스 에마뉘엘 마크롱 대통령이 방한한 가운데 협약을 체결했다", ["에마뉘엘 마크롱/대통령@프랑스"]),
        ("프랑스 마크롱 대통령이 방한했다", ["마크롱/대통령@프랑스"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == expected)
    }

    @Test("grammar words, portfolios, bodies or a bare 장관 between country and post: no person", arguments: [
        "콜롬비아 신임 대통령이 취임했다",
        "코스타리카 외교 장관의 축사가 있었다",
        "나우루 보건의료 장관이 참석했다",
        "캐나다 글로벌부 외교장관과 만났다",
        "호주 부총리겸 국방장관이 방한했다",
        "필리핀 양국 대통령은 합의했다",
    ])
    func notFound(text: String) {
        #expect(SpelledForeignNameRuleTests.bundledPersons(text) == [])
    }
}
