import Testing
@testable import CoopGraph

@Suite("ParenthesizedMemberRule")
struct ParenthesizedMemberRuleTests {
    /// `name/title@affiliation` for each person of the rule, over the bundled gazetteers.
    static func members(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "person.parenthesized-member" }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    @Test("a list of names, each with its body and title in parentheses", arguments: [
        ("※ 이수경(동경학예대학 교수), 후지타 다카노리(NPO법인이사), 권오정(류코쿠대학 명예교수), 이와하시 마코토(홋카이도대학 연구원) 등 참석",
         ["이수경/교수@동경학예대학", "후지타 다카노리/법인이사@", "권오정/명예교수@류코쿠대학", "이와하시 마코토/연구원@홋카이도대학"]),
        ("토론에는 박소정(서울대학교 교수), 우연철(대한수의사회 사무총장)이 참여하였다",
         ["박소정/교수@서울대학교", "우연철/사무총장@"]),
        // A body with `장` names its head: 연구원장 → 원장.
        ("발표: 조상현(무역협회 국제무역통상연구원장), 김민수(한국개발연구원 선임연구위원)",
         ["조상현/원장@국제무역통상연구원", "김민수/선임연구위원@한국개발연구원"]),
        ("▲ 다나카 히로시(도쿄대학 교수) 및 스즈키 겐(게이오대학 교수)", ["다나카 히로시/교수@도쿄대학", "스즈키 겐/교수@Keio University"]),
        // One name, particles after the parentheses; a role word before it is not part of the name.
        ("발표자 김양희(대구대 교수)의 주제발표가 이어졌다", ["김양희/교수@"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.members(text) == expected)
    }

    @Test("no name before the parentheses, a name inside, a title outside, or no list after: none", arguments: [
        "한덕수 국무총리(위원장)가 회의를 주재했다",
        "스몰티켓(김정은 대표)이 참여했다",
        "이는 회의(대구대 교수)의 주제발표가 이어졌다",
        "이번 협력(한국교통연구원 연구위원)은 계속된다",
        "위원(탄녹위 민간위원), 고문(서울성심병원장) 등",
        // No body inside and no member before: a name or a phrase before a title, not a list of members.
        "모하메드 왕세자 방한시 수행(파이살 외교장관)",
        "- 상담회 참여기업 방문 및 애로사항 점검(중동아프리카통상과장)",
    ])
    func notFound(text: String) {
        #expect(Self.members(text) == [])
    }
}
