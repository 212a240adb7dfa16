import Testing
@testable import CoopGraph

@Suite("KoreanParticles")
struct KoreanParticlesTests {
    static let particles = ["은", "는", "이", "가", "을", "를", "와", "과", "의", "에", "에서", "으로", "로", "도", "와의", "과의",
                            "께서", "에게", "까지", "부터", "만", "이다", "측", "간", "내"]

    @Test("each particle after a name is stripped", arguments: particles)
    func stripped(particle: String) {
        let text = "외교부\(particle) 발표"
        #expect(ExtractionTestSupport.summary(text) == ["ministry:외교부=외교부"])
        #expect(ExtractionTestSupport.mentions(text).first?.range == SourceRange(0, 9))
    }

    @Test("sequences of particles are accepted: 에서는, 측은")
    func sequences() {
        #expect(ExtractionTestSupport.summary("외교부에서는 미국측은") == ["ministry:외교부=외교부", "country:미국=미국"])
    }

    @Test("a non-particle continuation rejects the name: 외교부처 is not 외교부")
    func rejected() {
        #expect(ExtractionTestSupport.summary("미국산 소고기, 외교부처 협의") == [])
    }

    @Test("names ending in particle-like syllables stay whole: 브라질, 캐나다, 이탈리아, 한국가스공사")
    func longestWins() {
        #expect(ExtractionTestSupport.summary("브라질과 캐나다가 이탈리아, 한국가스공사는") == [
            "country:브라질=브라질", "country:캐나다=캐나다", "country:이탈리아=이탈리아", "organization:한국가스공사=한국가스공사",
        ])
    }

    @Test("stripTail finds the shortest name before particles; splits lists every cut")
    func stripTail() {
        let bytes = Array("방문규는".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(KoreanParticles.stripTail(0, b.count, minSyllables: 3, in: b) == 9)
            #expect(KoreanParticles.isParticleTail(9, 12, in: b))
            #expect(!KoreanParticles.isParticleTail(0, 12, in: b))
            #expect(KoreanParticles.splits(0, b.count, in: b) == [12, 9])
        }
    }

    @Test("a body followed by a title in one word is still the body: 외교부장관은")
    func bodyTitleWord() {
        #expect(ExtractionTestSupport.summary("외교부장관은 말했다") == ["ministry:외교부=외교부"])
    }
}
