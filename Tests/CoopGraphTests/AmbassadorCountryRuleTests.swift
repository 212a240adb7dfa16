import Testing
@testable import CoopGraph

@Suite("AmbassadorCountryRule")
struct AmbassadorCountryRuleTests {
    @Test("the sending country ends the middle of 주…대사", arguments: [
        ("주한인도대사", "인도"), ("주유엔멕시코대사", "멕시코"), ("주한미국대사", "미국"), ("주한베트남대사대리", "베트남"),
    ])
    func sending(title: String, country: String) {
        #expect(AmbassadorCountryRule.sendingCountry(title: title, gazetteer: Extractor.bundled) == country)
    }

    @Test("Korea's own ambassadors and plain titles give nothing", arguments: ["주미대사", "주중대사", "대사", "홍보대사", "주한대사"])
    func none(title: String) {
        #expect(AmbassadorCountryRule.sendingCountry(title: title, gazetteer: Extractor.bundled) == nil)
    }

    @Test("an ambassador with a spelled name is affiliated with the sending country")
    func affiliation() {
        let text = "여한구 통상교섭본부장은 고랑랄 다스(Gourangalal Das) 신임 주한인도대사와 접견하였다."
        let p = Extractor().mentions(in: ExtractionTestSupport.document(text)).first { $0.canonical == "고랑랄 다스" }
        #expect(p?.properties["affiliation"] == "인도")
        #expect(p?.properties["affiliation_kind"] == "country")
    }
}
