import Foundation
import Testing
@testable import CoopGraph

@Suite("Extractor")
struct ExtractorTests {
    static let text = """
    산업통상자원부(장관 방문규, 이하 산업부)와 함께 협의회를 개최한다.
    일본 경제산업성 마츠노 다이스케 금속과장과 한국철강협회 변영만 부회장은 만났다.
    방문규 장관은 강조했다.
    """

    var graph: Graph {
        var doc = ExtractionTestSupport.document(Self.text)
        doc.metadata.date = .day(2023, 9, 21, surface: "2023.09.21")
        return Extractor(gazetteer: ExtractionTestSupport.gazetteer).extract(doc)
    }

    @Test("one node per distinct entity, with aliases")
    func nodes() {
        let g = graph
        #expect(g.nodes.map { $0.id } == [
            "country:일본", "ministry:산업통상자원부", "ministry:일본_경제산업성", "organization:한국철강협회",
            "person:마츠노_다이스케", "person:방문규", "person:변영만",
        ])
        #expect(g.node("ministry:산업통상자원부")?.sortedAliases == ["산업부", "산업통상부"])
        #expect(g.node("ministry:일본_경제산업성")?.sortedAliases == ["경제산업성", "일본 경제산업성"] || g.node("ministry:일본_경제산업성")?.sortedAliases == ["경제산업성"])
        #expect(g.node("person:방문규")?.properties["title"] == "장관")
        #expect(g.node("person:방문규")?.evidence.count == 2)
    }

    @Test("affiliated_with edges carry title and document date; foreign ministries are part_of their country")
    func edges() {
        let g = graph
        #expect(g.edges.map { $0.id } == [
            "ministry:일본_경제산업성|part_of|country:일본",
            "person:마츠노_다이스케|affiliated_with|ministry:일본_경제산업성",
            "person:방문규|affiliated_with|ministry:산업통상자원부",
            "person:변영만|affiliated_with|organization:한국철강협회",
        ])
        let e = g.edges.first { $0.source == "person:변영만" }
        #expect(e?.properties == ["title": "부회장", "date": "2023-09-21"])
    }

    @Test("evidence points to source bytes, sentence and rule")
    func evidence() {
        let ev = graph.node("organization:한국철강협회")?.evidence.first
        #expect(ev?.document == "test.txt")
        #expect(ev?.span == ExtractionTestSupport.range(of: "한국철강협회", in: Self.text))
        #expect(ev?.sentence == "일본 경제산업성 마츠노 다이스케 금속과장과 한국철강협회 변영만 부회장은 만났다.")
        #expect(ev?.rule == "gazetteer.organization")
    }

    @Test("output is deterministic and every person has a title")
    func deterministic() {
        #expect(graph == graph)
        #expect(graph.nodes.filter { $0.kind == .person }.allSatisfy { $0.properties["title"] != nil })
    }

    @Test("Extractor() uses the bundled gazetteers, loaded once")
    func bundled() {
        let doc = ExtractionTestSupport.document("한국생산기술연구원(이하 생기원)은 미국, 일본과 외교부, 서울대와 협력한다.")
        let names = Extractor().mentions(in: doc).map { $0.canonical }
        #expect(names == ["한국생산기술연구원", "한국생산기술연구원", "미국", "일본", "외교부", "서울대학교"])
    }

    @Test("a sentence range outside the body is clamped, never a crash")
    func clamped() {
        var doc = ExtractionTestSupport.document("외교부")
        doc.sentences = [Sentence(range: SourceRange(0, 999), text: "외교부"), Sentence(range: SourceRange(500, 600), text: "")]
        #expect(Extractor(gazetteer: ExtractionTestSupport.gazetteer).mentions(in: doc).map { $0.canonical } == ["외교부"])
    }

    @Test("odd input never crashes: brackets, particles and names cut anywhere")
    func oddInput() {
        let pieces = ["(", ")", "「", "」", "이하 ", "한", "·", "-", "美", "研", "외교부", "장관", "김", " ", "\n", "(KR", "양국",
                      "일본 ", "경제산업성", "은", "(장관 ", ",", "센터", "A", "1", "\u{FFFD}", "﻿", "\t"]
        var state: UInt64 = 42
        let extractor = Extractor(gazetteer: ExtractionTestSupport.gazetteer)
        var total = 0
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let doc = ExtractionTestSupport.document(text)
            let mentions = extractor.mentions(in: doc)
            total += mentions.count
            #expect(mentions.allSatisfy { $0.range.upperBound <= doc.body.utf8Count && !$0.range.isEmpty })
        }
        #expect(total > 0)
    }
}

/// Proposes the sentence's first two syllables as an organisation, whatever they are.
private struct FirstWordRule: EntityRule {
    let name = "test.first-word"
    func apply(_ context: inout ExtractionContext) {
        let end = context.lower + 6
        guard end <= context.upper else { return }
        let text = context.text(context.lower, end)
        context.add(Mention(range: SourceRange(context.lower, end), kind: .organization, canonical: text, surface: text, rule: name))
    }
}

extension ExtractorTests {
    @Test("a generic word is dropped even when a rule proposes it")
    func stopwordsDropped() {
        let doc = ExtractionTestSupport.document("정부는 발표했다.\n포스코는 발표했다.")
        let found = Extractor(gazetteer: ExtractionTestSupport.gazetteer, rules: [FirstWordRule()]).mentions(in: doc)
        #expect(found.map { $0.canonical } == ["포스"])
    }
}
