import Testing
@testable import CoopGraph

@Suite("FormerOfficialRule")
struct FormerOfficialRuleTests {
    /// `name/title@affiliation` for each person of the rule, over the bundled gazetteers.
    static func former(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "person.former-official" }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("a name, 전 or 前, bodies or plain words, then the title; no affiliation", arguments: [
        ("김성환 전 외교통상부 장관은 축사를 통해 평가하였다", ["김성환/장관@"]),
        ("반기문 前 유엔 사무총장, 신범철 전 국방부 차관, 한승수 전 국무총리가 참석하였다",
         ["반기문/사무총장@", "신범철/차관@", "한승수/국무총리@"]),
        // An ambassador's post abroad, countries joined by a middle dot.
        ("송웅엽 前 주이란․이라크․아프가니스탄 대사 등 120여명이 참석하였다", ["송웅엽/대사@"]),
        ("조태영 전 주인도네시아 대사와 김홍구 전 부산외대 총장은 토론하였다", ["조태영/대사@", "김홍구/총장@"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.former(text) == expected)
    }

    @Test("no name before 전, or no title after it: none", arguments: [
        "이를 위해 전 세계적 공감대를 모으는 홍보대사를 위촉했다",
        "행사 전 장관은 현장을 점검했다",
        "김성환 전 대표단과 함께 입장하였다",
        // 전 as "whole" or "before": 전 세계, 승인 전.
        "SK 실트론을 포함 전 세계 5개 기업이 세계시장의 95%를 점유한다",
        "재발방지대책 승인 전 공사 진행을 불허한다",
    ])
    func notFound(text: String) {
        #expect(Self.former(text) == [])
    }
}
