import Foundation
import Testing
@testable import CoopGraph

/// Countries whose names are ordinary words count only in a country context; `short=` forms
/// only after their full name; stopwords block the names inside them.
@Suite("AmbiguousCountryContext")
struct AmbiguousCountryContextTests {
    static let gazetteer: Gazetteer = {
        let files = [
            ("countries.tsv", "#! kind=country\n한국\t대한민국\tcompound=한,韓\n인도\tIndia\tambiguous=1;compound=인,印\n수단\t\tambiguous=1\n파키스탄\n미국\t美\tcompound=미,美\n"),
            ("foreign.tsv", "#! kind=ministry\n미국 에너지부\tDOE\tcountry=미국;short=에너지부\n인도 상무부\t\tcountry=인도;short=상무부\n"),
            ("titles.tsv", "#! list=titles\n장관\n총리\n제1부총리\n"),
            ("generic-words.tsv", "#! list=stopwords\n결제수단\n인도태평양\n"),
        ].compactMap { try? GazetteerFile.parse($0.1, path: $0.0) }
        return Gazetteer(files: files)
    }()

    func summary(_ text: String) -> [String] {
        Extractor(gazetteer: Self.gazetteer, rules: [CountryCompoundRule(), GazetteerRule()])
            .mentions(in: ExtractionTestSupport.document(text)).map { "\($0.kind.rawValue):\($0.canonical)=\($0.surface)" }
    }

    @Test("an ambiguous country needs a country context", arguments: [
        ("물품 인도 조건을 협의하였다", [String]()),
        ("다양한 수단을 활용하여", []),
        ("인도 총리가 방한하였다", ["country:인도=인도"]),
        ("인도측은 협력을 제안하였다", ["country:인도=인도"]),
        ("파키스탄과 인도를 방문하였다", ["country:파키스탄=파키스탄", "country:인도=인도"]),
        ("인도, 파키스탄 대표가", ["country:인도=인도", "country:파키스탄=파키스탄"]),
        ("인도 상무부와 협의하였다", ["ministry:인도 상무부=인도 상무부"]),
        // An ordinal title after the name is one word.
        ("인도 제1부총리와 만났다", ["country:인도=인도"]),
    ])
    func ambiguous(text: String, expected: [String]) {
        #expect(summary(text) == expected)
    }

    @Test("a compound establishes the country for later bare mentions")
    func compoundFirst() {
        #expect(summary("한-인도 경제협력이 열렸다. 이번 회의에서 인도는 투자를 약속하였다") == [
            "country:한국=한", "country:인도=인도", "country:인도=인도",
        ])
    }

    @Test("a short form counts only after its full name")
    func shortForm() {
        #expect(summary("에너지부 관계자가 말했다") == [])
        #expect(summary("미국 에너지부와 회의를 열었다. 에너지부는 협력을 약속하였다") == [
            "ministry:미국 에너지부=미국 에너지부", "ministry:미국 에너지부=에너지부",
        ])
    }

    @Test("a stopword blocks the name inside it")
    func shadow() {
        #expect(summary("인도태평양 전략과 결제수단 다변화") == [])
    }
}
