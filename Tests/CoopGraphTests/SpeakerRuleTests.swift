import CoopGraph
import Testing

@Suite("SpeakerRule")
struct SpeakerRuleTests {
    static let table: EventRecognizerTests.Table = [("산업부", .ministry, "산업통상자원부"), ("방문규", .person, "방문규"), ("이상준", .person, "이상준")]

    @Test("a person quoted after the event (강조했다, 밝혔다) took part in it")
    func quoted() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다.\n\n방문규 장관은 축사에서 양국 협력이 중요하다고 강조했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-21", Self.table)
        let id = "event:2023-09-21:제1회_한-일_그린_철강_공동토론회"
        #expect(EventRecognizerTests.sources(r, .participatedIn, id).contains("person:방문규"))
    }

    @Test("a person quoted after a note is attached to the event before the note, not to the note's event")
    func afterNote() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다.\n\n※ 제3차 한-일 철강협의회는 지난 5월 도쿄에서 개최\n\n이상준 교수는 기술 협력이 필요하다고 밝혔다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-21", Self.table)
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-09-21:제1회_한-일_그린_철강_공동토론회").contains("person:이상준"))
        #expect(!EventRecognizerTests.sources(r, .participatedIn, "event:2023-05:제3차_한-일_철강협의회").contains("person:이상준"))
    }

    @Test("speech reported with 다고/라고 하였 (no verb of saying) took part")
    func reported() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다.\n\n이상준 교수는 이번 토론회를 통해 협력이 넓어지기를 기대한다고 하였습니다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-21", Self.table)
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-09-21:제1회_한-일_그린_철강_공동토론회").contains("person:이상준"))
    }

    @Test("a sentence without a speech verb adds nobody")
    func noSpeech() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다.\n\n이상준 교수의 연구실은 올해 확장되었다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-21", Self.table)
        #expect(!EventRecognizerTests.sources(r, .participatedIn, "event:2023-09-21:제1회_한-일_그린_철강_공동토론회").contains("person:이상준"))
    }

    @Test("a person presenting (소개하고, 의견을 교환) after the event takes part in it")
    func presenting() {
        let text = "산업부는 9월 21일 서울에서 「제1회 한-일 그린 철강 공동토론회」를 개최했다.\n\n이상준 교수가 탄소중립 기술을 소개하고 전문가들과 의견을 교환했다."
        let r = EventRecognizerTests.run(text: text, date: "2023-09-21", Self.table)
        #expect(EventRecognizerTests.sources(r, .participatedIn, "event:2023-09-21:제1회_한-일_그린_철강_공동토론회").contains("person:이상준"))
    }

    @Test("the body written with a speaker as theirs takes part too; another body in the sentence does not")
    func speakersBody() {
        let text = "외교부는 9월 7일 서울에서 「제17회 서울 ODA 국제회의」를 개최했다.\n\n토마스 베르크 OECD 개발원조위원회(DAC) 의장은 기조연설을 통해 유엔개발계획과의 협력이 중요하다고 강조했다."
        // Real entity rules (the speaker's affiliation), over the text read with its sentences.
        var doc = ExtractionTestSupport.document(text)
        doc.metadata.date = DateValue(value: "2023-09-07", precision: .day, surface: "2023-09-07")
        let r = EventRecognizer().recognize(document: doc, mentions: Extractor().mentions(in: doc))
        let parts = EventRecognizerTests.sources(r, .participatedIn, "event:2023-09-07:제17회_서울_ODA_국제회의")
        #expect(parts.contains("person:토마스_베르크"))
        #expect(parts.contains("organization:OECD_개발원조위원회"))
        #expect(!parts.contains("organization:유엔개발계획"))
    }
}
