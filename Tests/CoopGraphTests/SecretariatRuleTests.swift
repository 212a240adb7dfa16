import Testing
@testable import CoopGraph

@Suite("SecretariatRule")
struct SecretariatRuleTests {
    /// `canonical[aliases]` for each secretariat of the rule, over the bundled gazetteers.
    static func secretariats(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.rule == "organization.secretariat" }.map {
            "\($0.canonical)[\($0.aliases.sorted().joined(separator: ","))]"
        }
    }

    @Test("an international body and 사무국, with a blank or none", arguments: [
        ("GCC측은 GCC 사무국 소속 대표단이 참여한다", ["걸프협력회의 사무국[GCC 사무국,걸프협력회의사무국]"]),
        ("협정문은 WTO사무국에 통보되었다", ["세계무역기구 사무국[WTO 사무국,WTO사무국,세계무역기구사무국]"]),
        ("유네스코 사무국과 협의하였다", ["유네스코 사무국[유네스코사무국]"]),
    ])
    func found(text: String, expected: [String]) {
        #expect(Self.secretariats(text) == expected)
    }

    @Test("a Korean body's unit, a longer word or no international body: none", arguments: [
        "대검찰청 사무국은 예산을 편성했다",
        "WTO 사무국장이 방한했다",
        "한미일 사무국이 출범했다",
    ])
    func notFound(text: String) {
        #expect(Self.secretariats(text) == [])
    }
}
