import Testing
@testable import CoopGraph

@Suite("PersonTitles")
struct PersonTitlesTests {
    let t = ExtractionTestSupport.gazetteer.personTitles

    @Test("titles, compound titles and particles", arguments: [
        ("장관은", "장관"), ("철강세라믹과장", "철강세라믹과장"), ("금속과장과", "금속과장"), ("2차관", "2차관"),
        ("지구환경정책위원장", "지구환경정책위원장"), ("카리콤정부대표는", "카리콤정부대표"),
    ])
    func titles(word: String, expected: String) {
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { b in #expect(t.title(0, b.count, in: b)?.title == expected) }
    }

    @Test("the last-two-scalars filter keeps one-syllable titles and compound titles", arguments: [
        ("장은", "장"), ("부장", nil), ("외교장관", "외교장관"), ("장관님", nil), ("1장관", "1장관"),
    ] as [(String, String?)])
    func pairFilter(word: String, expected: String?) {
        let small = PersonTitles(titles: ["장", "장관"], surnames: [], stopwords: [])
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { b in #expect(small.title(0, b.count, in: b)?.title == expected) }
    }

    @Test("the syllable walk answers as the general one on Hangul words", arguments: [
        "장관은", "철강세라믹과장", "금속과장과", "지구환경정책위원장", "카리콤정부대표는", "현장", "성장은", "정부", "입장",
        "장", "관계자", "장관님", "외교부장관에게서는", "협력했다", "사무총장과의", "위원장이었으며",
    ])
    func syllableWalk(word: String) {
        let small = PersonTitles(titles: ["장", "장관"], surnames: [], stopwords: [])
        let bytes = Array("가 \(word) 나".utf8)
        bytes.withUnsafeBufferPointer { b in
            let lo = 4, hi = b.count - 4
            #expect(t.title(syllables: lo, hi, in: b)?.title == t.title(lo, hi, in: b)?.title)
            #expect(t.title(syllables: lo, hi, in: b)?.end == t.title(lo, hi, in: b)?.end)
            #expect(small.title(syllables: lo, hi, in: b)?.end == small.title(lo, hi, in: b)?.end)
        }
    }

    @Test("words that are not titles", arguments: ["현장", "성장은", "정부", "입장", "장", "관계자"])
    func notTitles(word: String) {
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { b in #expect(t.title(0, b.count, in: b) == nil) }
    }

    @Test("Korean names need a surname and are not common words", arguments: [
        ("방문규", true), ("강인선", true), ("이즈미야마", false), ("이번", false), ("정부", false), ("국방부", false), ("홍길동", false),
    ])
    func names(word: String, expected: Bool) {
        #expect(t.isKoreanName(word) == expected)
    }

    @Test("장 after a body names its head")
    func headSuffix() {
        #expect(t.isTitleRemainder("장"))
        #expect(t.isTitleRemainder("장관"))
        #expect(!t.isTitleRemainder("님"))
    }

    @Test("a two-syllable name needs a body before an everyday title")
    func everyday() {
        let t = ExtractionTestSupport.gazetteer.personTitles
        #expect(!t.acceptsWithoutBody(name: "기업", title: "대표"))
        #expect(t.acceptsWithoutBody(name: "박진", title: "장관"))
        #expect(t.acceptsWithoutBody(name: "김성훈", title: "대표"))
    }

    @Test("markets and venues are not titles without a body; rare surnames need a body")
    func phrasesAndRareSurnames() {
        let t = PersonTitles(titles: ["시장", "사장", "국장", "장관"], surnames: ["김", "조", "가", "최"], stopwords: [], rareSurnames: ["가"])
        #expect(!t.acceptsWithoutBody(name: "조선업", title: "노동시장"))
        #expect(!t.acceptsWithoutBody(name: "최대한", title: "행사장"))
        #expect(t.acceptsWithoutBody(name: "김철수", title: "부산시장"))
        #expect(t.acceptsWithoutBody(name: "김철수", title: "통일협력국장"))
        #expect(!t.acceptsWithoutBody(name: "가운데", title: "장관"))
        #expect(!t.acceptsWithoutBody(name: "지방", title: "상의회장"))
        #expect(t.acceptsWithoutBody(name: "이욱", title: "기후정책과장"))
        #expect(PersonTitles.mayBeForeignNameWord("압둘아지즈"))
        #expect(!PersonTitles.mayBeForeignNameWord("워킹홀리데이에서"))
    }

    @Test("the byte test for Korean names answers as the String test", arguments: [
        "방문규", "남궁민수", "이번", "정부", "김과", "김", "방문규는", "장관", "김A", "\u{1100}\u{1161}문규", "이날은요",
    ])
    func koreanNameBytes(word: String) {
        let plain = Array(word.utf8).withUnsafeBufferPointer { t.isKoreanName($0, 0, $0.count) }
        let allSyllables = word.unicodeScalars.allSatisfy { HangulBytes.isHangulSyllable($0.value) }
        #expect((plain != nil) == allSyllables)
        if let plain {
            let n = word.count
            let expected = n >= 2 && n <= 4 && !t.stopwords.contains(word) && !PersonTitles.functionWords.contains(word)
                && !t.titles.contains(word) && !PersonTitles.nonNameEnds.contains(word.last ?? " ")
                && !PersonTitles.particleEnds.contains(word.last ?? " ")
                && (n == 4 ? t.surnames.contains(String(word.prefix(2)))
                    : t.surnames.contains(String(word.prefix(1))) || (n == 3 && t.surnames.contains(String(word.prefix(2)))))
            #expect(plain == expected)
        }
    }

    @Test("foreign name words: at most six syllables, no particle end, also outside Hangul", arguments: [
        ("압둘아지즈", true), ("가나다라마바", true), ("가나다라마바사", false), ("서울에서", false), ("John", true),
        ("워킹홀리데이", true), ("\u{1100}\u{1161}에서", false),
    ])
    func foreignWords(word: String, expected: Bool) {
        #expect(PersonTitles.mayBeForeignNameWord(word) == expected)
    }
}
