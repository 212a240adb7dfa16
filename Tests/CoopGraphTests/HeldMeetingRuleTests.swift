@testable import CoopGraph
import Testing

@Suite("HeldMeetingRule")
struct HeldMeetingRuleTests {
    static let table: EventRecognizerTests.Table = [
        ("최민호", .person, "최민호"), ("외교부", .ministry, "외교부"), ("아시아재단", .organization, "아시아재단"),
        ("린드크비스트", .person, "린드크비스트"), ("스웨덴", .country, "스웨덴"), ("오티에노", .person, "오티에노"),
        ("케냐", .country, "케냐"),
    ]

    @Test("A는 (day) B를 접견하고: a meeting of that day named by A and B, everyone before it takes part")
    func receivedBy() {
        let text = "최민호 외교부 차관은 3.14.(화) 서울에서 아시아재단 대표단을 접견하고, 양국 협력 방안을 논의하였다."
        let r = EventRecognizerTests.run(text: text, date: "2023-03-14", Self.table)
        let id = "event:2023-03-14:최민호-아시아재단_접견"
        #expect(EventRecognizerTests.ids(r, .event) == [id])
        #expect(EventRecognizerTests.sources(r, .participatedIn, id) == ["ministry:외교부", "organization:아시아재단", "person:최민호"])
    }

    @Test("면담하고 after a person, and 화상회의를 가졌다 with a counterpart 와")
    func verbAndMode() {
        let a = EventRecognizerTests.run(text: "최민호 차관보는 5.9.(화) 방한한 오티에노 케냐 외교부 국장을 면담하고 의견을 나눴다.", date: "2023-05-09", Self.table)
        #expect(EventRecognizerTests.ids(a, .event) == ["event:2023-05-09:최민호-오티에노_면담"])
        let b = EventRecognizerTests.run(text: "최민호 차관보는 7.6.(목) 오후 린드크비스트 스웨덴 외교부 차관보와 화상회의를 가졌다.", date: "2023-07-06", Self.table)
        let id = "event:2023-07-06:최민호-린드크비스트_화상회의"
        #expect(EventRecognizerTests.ids(b, .event) == [id])
        #expect(EventRecognizerTests.sources(b, .participatedIn, id) == ["country:스웨덴", "ministry:외교부", "person:린드크비스트", "person:최민호"])
    }

    @Test("no day before the word, a meeting held by video (화상회의로), or no meeting word: no event", arguments: [
        "최민호 외교부 차관은 아시아재단 대표단을 접견하고 의견을 교환하였다.",
        "최민호 차관보는 7.6.(목) 화상회의로 스웨덴 측과 의견을 교환했다.",
        "최민호 차관은 3.14.(화) 아시아재단의 활동을 평가하고 협력을 당부했다.",
    ])
    func none(text: String) {
        let r = EventRecognizerTests.run(text: text, date: "2023-03-14", Self.table)
        #expect(EventRecognizerTests.ids(r, .event) == [])
    }

    @Test("a body far from the word (its official no entity) or the subject's own body names no counterpart")
    func bodyNotTheObject() {
        let far = "최민호 차관은 3.14.(화) 아시아재단 로버트 제임스 스미스 회장을 접견하고 의견을 나눴다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: far, date: "2023-03-14", Self.table), .event) == ["event:2023-03-14:최민호_접견"])
        let near = "최민호 차관은 3.14.(화) 아시아재단 부회장을 접견하고 의견을 나눴다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: near, date: "2023-03-14", Self.table), .event) == ["event:2023-03-14:최민호-아시아재단_접견"])
    }

    @Test("isObject: at most two words, the last ending in 을/를/와/과, no comma between")
    func isObjectBytes() {
        let ok = "최민호 차관은 3.14.(화) 아시아재단 부회장 대행을 접견하고 의견을 나눴다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: ok, date: "2023-03-14", Self.table), .event) == ["event:2023-03-14:최민호-아시아재단_접견"])
        let comma = "최민호 차관은 3.14.(화) 아시아재단, 협력 인사들을 접견하고 의견을 나눴다."
        #expect(EventRecognizerTests.ids(EventRecognizerTests.run(text: comma, date: "2023-03-14", Self.table), .event) == ["event:2023-03-14:최민호_접견"])
    }

    @Test("the meeting words are event triggers, so sentences without a trigger are refused on that alone")
    func wordsAreTriggers() {
        #expect(HeldMeetingRule.wordsAreTriggers)
    }
}
