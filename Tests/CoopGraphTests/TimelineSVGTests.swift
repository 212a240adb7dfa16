@testable import CoopGraph
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("TimelineSVG")
struct TimelineSVGTests {
    static let msp: [TimelineEntry] = [
        TimelineEntry(date: "2022-06", what: "launch", subject: "핵심광물안보파트너십 출범", subjectID: "event:2022-06:출범", detail: "-", document: "002.txt"),
        TimelineEntry(date: "2024-07", what: "chair", subject: "한국", subjectID: "country:한국", detail: "2024-07 → 2025-07", document: "002.txt"),
        TimelineEntry(date: nil, what: "member", subject: "미국", subjectID: "country:미국", detail: "", document: "002.txt"),
        TimelineEntry(date: nil, what: "member", subject: "EU & <co>", subjectID: "organization:EU", detail: "", document: "002.txt"),
    ]

    @Test("dates map to fractional years; terms parse from the detail")
    func positions() {
        #expect(TimelineSVG.position("2024-07") == 2024.5)
        #expect(TimelineSVG.position("2022") == 2022)
        #expect(TimelineSVG.position("someday") == nil)
        #expect(TimelineSVG.term("2024-07 → 2025-07")?.end == "2025-07")
        #expect(TimelineSVG.term("서울") == nil)
    }

    @Test("a dot per dated step, a bar per term, undated steps listed, well-formed and escaped")
    func render() {
        let svg = TimelineSVG.render(title: "핵심광물안보파트너십 (agreement)", entries: Self.msp)
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 1)
        #expect(svg.components(separatedBy: "<rect x=").count - 1 == 1)
        #expect(svg.contains(">2022<") && svg.contains(">2025<"))
        #expect(svg.contains(">member: 미국, EU &amp; &lt;co&gt;</text>"))
        #expect(svg == TimelineSVG.render(title: "핵심광물안보파트너십 (agreement)", entries: Self.msp), "deterministic")
    }
}
