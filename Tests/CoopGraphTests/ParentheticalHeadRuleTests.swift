import Testing
@testable import CoopGraph

@Suite("ParentheticalHeadRule")
struct ParentheticalHeadRuleTests {
    static func persons(_ text: String) -> [String] {
        Extractor().mentions(in: ExtractionTestSupport.document(text)).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")#\($0.rule)"
        }
    }

    @Test("body(title: name), body(A 겸 B name), body(bodytitle name)", arguments: [
        ("□ 산업통상자원부(장관: 이창양) 안덕근 통상교섭본부장은 회의에 참석한다.", "이창양/장관@산업통상자원부#person.parenthetical-head.colon"),
        ("교육부(부총리 겸 교육부장관 유은혜)는 포럼을 개최한다.", "유은혜/장관@교육부#person.parenthetical-head.concurrent"),
        ("교육부(부총리 겸 교육부 장관 유은혜)는 포럼을 개최한다.", "유은혜/장관@교육부#person.parenthetical-head.concurrent"),
        ("통일부(통일부장관 이인영)는 포럼을 개최한다.", "이인영/장관@통일부#person.parenthetical-head.body-title"),
    ])
    func forms(text: String, person: String) {
        #expect(Self.persons(text).contains(person))
    }

    @Test("not a name after the title: nothing", arguments: [
        "산업통상자원부(장관: 4명)는 회의를 연다.",
        "교육부(부총리 겸 교육부장관)는 포럼을 개최한다.",
    ])
    func none(text: String) {
        #expect(!Self.persons(text).contains { $0.contains("parenthetical-head") })
    }
}
