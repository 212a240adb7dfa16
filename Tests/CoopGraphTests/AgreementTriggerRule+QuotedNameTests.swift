import CoopGraph
import Testing

@Suite("AgreementTriggerRule+QuotedName")
struct AgreementTriggerRuleQuotedNameTests {
    static let table: EventRecognizerTests.Table = [
        ("산림청", .ministry, "산림청"), ("라오스", .country, "라오스"), ("환경부", .ministry, "환경부"),
        ("인사혁신처", .ministry, "인사혁신처"), ("몽골", .country, "몽골"), ("유엔사막화방지협약 사무국", .organization, "UNCCD 사무국"),
    ]

    @Test("'X 사업' 실시협약: the quoted subject and the kind word together are the name")
    func quotedSubjectBeforeKind() {
        let text = "산림청은 4월 2일 라오스와 '메콩강 유역 산림 복원 사업' 실시협약을 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-04-01", Self.table)
        let id = "agreement:메콩강_유역_산림_복원_사업_실시협약"
        #expect(EventRecognizerTests.ids(r, .agreement) == [id])
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:라오스", "ministry:산림청"])
        #expect(r.nodes.first { $0.id == id }?.properties["date"] == "2025-04-02")
    }

    @Test("협력 각서(MOC) in quotes: 각서 and MOC are agreement words")
    func memorandumOfCooperation() {
        let text = "인사혁신처는 3일 몽골과 '공무원 교육 분야 협력 각서(MOC)'를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2024-12-03", Self.table)
        let id = "agreement:공무원_교육_분야_협력_각서"
        #expect(EventRecognizerTests.ids(r, .agreement) == [id])
        #expect(r.nodes.first { $0.id == id }?.aliases == ["공무원 교육 분야 협력 MOC"])
        #expect(EventRecognizerTests.sources(r, .partyTo, id) == ["country:몽골", "ministry:인사혁신처"])
    }

    @Test("a quoted event title that goes on past the word names no agreement of that title")
    func quoteGoesOn() {
        let text = "환경부는 11월 30일 '제28차 유엔기후변화협약 당사국총회' 대표단과 협정 이행을 협의했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-11-30", Self.table)
        #expect(!EventRecognizerTests.ids(r, .agreement).contains { $0.contains("당사국총회") })
    }

    @Test("quoted words ending as speech are not an agreement's name")
    func speechIsNoName() {
        let text = "산림청은 4월 2일 라오스와 산림협력 업무협약을 체결했다.\n\n산림청장은 \"이번 업무협약이 실질적인 협력으로 이어지도록 하겠다\"라고 말했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-04-02", Self.table)
        #expect(EventRecognizerTests.ids(r, .agreement) == ["agreement:산림협력_업무협약"])
    }

    @Test("a connective verb form before the name (인정받아) is cut off")
    func clauseEndingCut() {
        let text = "산림청은 6월 3일 그간의 성과를 인정받아 몽골 녹색협력 양해각서를 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-06-03", Self.table)
        #expect(EventRecognizerTests.ids(r, .agreement) == ["agreement:몽골_녹색협력_양해각서"])
    }

    @Test("선언 counts under a quoted title only: 「X 선언」 is an agreement, 선언하였다 is not")
    func declarationQuotedOnly() {
        let quoted = "지난 4월 한국과 몽골 정상이 발표한 「울란바토르 선언」의 이행을 점검했다."
        let q = EventRecognizerTests.run(text: quoted, date: "2025-06-03", Self.table)
        #expect(EventRecognizerTests.ids(q, .agreement) == ["agreement:울란바토르_선언"])
        #expect(q.nodes.first { $0.kind == .agreement }?.properties["agreement_kind"] == "declaration")
        let verb = "산림청은 6월 3일 몽골과 산림 협력 강화를 선언하였다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: verb, date: "2025-06-03", Self.table), .agreement) == [])
    }

    @Test("isOwnTitle and endsAsSpeech on bytes")
    func helpers() {
        #expect(AgreementTriggerRuleQuotedNameTests.quoteCheck("'한-몽골 산림협약(MOU)'", word: "협약") == true)
        #expect(AgreementTriggerRuleQuotedNameTests.quoteCheck("'유엔기후변화협약 당사국총회'", word: "협약") == false)
        #expect(AgreementTriggerRuleQuotedNameTests.quoteCheck("\"협약이 잘 되기를 바란다\"", word: "협약") == false)
    }

    /// Whether the quote in `s` counts as the title of the agreement word `word` inside it,
    /// as the rule decides (read through the recognizer: one agreement named by the quote).
    static func quoteCheck(_ s: String, word: String) -> Bool {
        let text = "환경부는 5월 1일 몽골과 \(s)을 체결했다."
        let r = EventRecognizerTests.run(text: text, date: "2025-05-01", table)
        let inner = String(s.dropFirst().dropLast())
        return r.nodes.contains { $0.kind == .agreement && $0.name == EventTextName.clean(inner) }
    }
}

/// The name an agreement quote gives, the way the rule cleans it (parenthesised glosses dropped).
enum EventTextName {
    static func clean(_ s: String) -> String {
        var out = ""
        var depth = 0
        for c in s { if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if depth == 0 { out.append(c) } }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
