import Testing
@testable import CoopGraph

@Suite("UniversityNameRule")
struct UniversityNameRuleTests {
    static func bodies(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "body.university" }.map(\.canonical)
    }

    @Test("a name word, then 대학 or 대학교 as a word, then a title or a Latin gloss", arguments: [
        ("다니엘 바탈(Daniel Bar-Tal) 텔아비브 대학 교수가 이스라엘 사례를 소개한다.", "텔아비브 대학"),
        ("알란 스미스 (Alan Smith) 얼스터 대학 교수가 발표하고,", "얼스터 대학"),
        ("헬싱키 대학교(University of Helsinki)와 협력하기로 하였다.", "헬싱키 대학교"),
    ])
    func twoWords(text: String, name: String) {
        #expect(Self.bodies(text) == [name])
    }

    @Test("a foreign country before a one-word university names it with the country")
    func countryAndUniversity() {
        let text = "미칼리노스 젬빌라스(Michalinos Zembylas) 사이프러스 오픈대학 교수는 사례를 논의하고,"
        #expect(Self.bodies(text) == ["사이프러스 오픈대학"])
        let persons = Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }
        #expect(persons.map { "\($0.canonical)/\($0.properties["affiliation"] ?? "")" } == ["미칼리노스 젬빌라스/사이프러스 오픈대학"])
    }

    @Test("descriptions of universities are not names", arguments: [
        "국내외 대학 교수 100여 명이 참석하였다.",
        "협력 대학 교수와 학생이 함께 참여한다.",
        "지역 대학 총장들과 간담회를 가졌다.",
        "텔아비브 대학에서 열린 행사에 참석하였다.",
        "해외 대학 교수를 초빙하였다.",
    ])
    func notNames(text: String) {
        #expect(Self.bodies(text) == [])
    }
}
