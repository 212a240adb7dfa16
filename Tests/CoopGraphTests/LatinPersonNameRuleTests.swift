import Testing
@testable import CoopGraph

@Suite("LatinPersonNameRule")
struct LatinPersonNameRuleTests {
    @Test("a Latin-letter name after a bullet, a body and a title at the item's end", arguments: [
        ("※ 방한 대표단 : ▴Maria Lopez 유엔개발계획 부위원장, ▴John M. Carter 서울대 교수",
         ["Maria Lopez/부위원장@유엔개발계획", "John M. Carter/교수@서울대학교"]),
        ("▲ Anne-Marie O'Neil 미국 국무장관", ["Anne-Marie O'Neil/국무장관@미국"]),
        ("주요 참석자 ▴Thomas Berg 원장 ▴Lena Park 교수", ["Thomas Berg/원장@", "Lena Park/교수@"]),
        // A body's abbreviation in parentheses between the body and the title.
        ("▴Ruth Adler 유엔개발계획(UNDP) 부위원장, ▴Omar Haddad 교수", ["Ruth Adler/부위원장@유엔개발계획", "Omar Haddad/교수@"]),
        // A surname in capitals; the title before a parenthesis or a trailing 및.
        ("▴Jonas BERGMAN 前 호주 부총리 ▴Mia Kurtz 교수(미국 예일대) 및 ▴Paul Ray 대표(캐나다 상공회의소)",
         ["Jonas BERGMAN/부총리@호주", "Mia Kurtz/교수@", "Paul Ray/대표@"]),
        // Lower-case particles inside the name; a title of two words.
        ("▴Anna van der Berg 교수(인도 델리대), ▴Mark Olsen 대통령 비서실장",
         ["Anna van der Berg/교수@", "Mark Olsen/대통령 비서실장@"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(ExtractionTestSupport.persons(text) == expected)
    }

    @Test("no bullet, one word, acronyms, or no title at the item's end: no person", arguments: [
        "Maria Lopez 유엔개발계획 부위원장이 발표했다",
        "▴Maria 유엔개발계획 부위원장",
        "▴WHO UNDP 부위원장",
        "▴Global Health Forum 개최, ▴Asia Pacific 협력 강화",
        "▴Maria Lopez 유엔개발계획, ▴원장 면담",
        "▲ Policy Changes of Heritage 발표 원장",
    ])
    func notFound(text: String) {
        #expect(ExtractionTestSupport.persons(text) == [])
    }
}
