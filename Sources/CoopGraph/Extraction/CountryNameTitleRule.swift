/// A foreign leader or minister written between their country and their post, in the forms
/// `PersonRule` leaves: one name word (`스웨덴 뢰벤 총리`, `캐나다 트뤼도 총리`, `러시아 라브로프
/// 외교장관`), or a name whose last word reads as a Korean name and was taken alone, without
/// the country (`프랑스 에마뉘엘 마크롱 대통령`: 마크롱 opens with the surname 마).
///
/// One word needs a head's post after it (`대통령`, `총리`, `국왕`, … or a portfolio minister, `외교장관`), where the
/// words Korean texts put between a country and a post are rare; it must look like a transcribed
/// name (two to six syllables, no particle, verb or body ending, no title, no grammar word:
/// `신임`, `양국`, `글로벌부`, `부총리겸` are not). The person belongs to the country.
/// Runs after the person rules.
public struct CountryNameTitleRule: EntityRule {
    public let name = "person.country-name-title"

    /// Posts of heads of state and government that follow a foreign name of one word.
    static let headTitles: Set<String> = ["대통령", "부통령", "총리", "국무총리", "국왕", "여왕", "국가주석", "주석", "총통", "왕세자", "총독", "외무상"]
    static let ministerEnd = "장관"
    /// Last syllables of words that are not names before a post (`부총리겸`, `공주이자`, `외교부가`, `국무원`).
    static let notNameEnds: Set<Character> = ["겸", "자", "가", "원", "이"]

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        var i = 0
        while i < context.mentions.count {
            if context.mentions[i].kind == .country, !context.mentions[i].canonical.isKorea { apply(country: i, &context) }
            i += 1
        }
    }

    /// A head's post, or a minister named by portfolio in one word (`외교장관`, `국방장관`): a bare
    /// `장관` or `부총리` comes after portfolio words too often (`보건의료 장관`, `디지털화 부총리`).
    func isHeadTitle(_ t: String) -> Bool {
        Self.headTitles.contains(t) || (t.hasSuffix(Self.ministerEnd) && t.count > 2 && t != "부장관")
    }

    /// A word that may be one word of a transcribed name: see the type's description.
    func isNameWord(_ lo: Int, _ hi: Int, context: ExtractionContext) -> Bool {
        let titles = context.gazetteer.personTitles
        guard hi - lo >= 6, hi - lo <= 18, !context.isCovered(lo), titles.title(lo, hi, in: context.bytes) == nil else { return false }
        let w = context.text(lo, hi)
        guard let last = w.last, !titles.stopwordSet.contains(w), !PersonTitles.functionWordSet.contains(w),
              !PersonTitles.particleEnds.contains(last), !PersonTitles.nonNameEnds.contains(last),
              !PersonRule.koreanWordEnds.contains(last), !Self.notNameEnds.contains(last),
              PersonTitles.mayBeForeignNameWord(w) else { return false }
        return true
    }

    func apply(country index: Int, _ context: inout ExtractionContext) {
        let b = context.bytes
        let country = context.mentions[index]
        let lo = country.range.upperBound
        guard lo < context.upper, b[lo] == 0x20 else { return }
        // First word after the country.
        let w1 = HangulBytes.skipBlanks(from: lo, upper: context.upper, in: b)
        let e1 = HangulBytes.hangulRunEnd(from: w1, upper: context.upper, in: b)
        guard e1 > w1, e1 < context.upper, b[e1] == 0x20 else { return }
        let w2 = e1 + 1
        let e2 = HangulBytes.hangulRunEnd(from: w2, upper: context.upper, in: b)
        guard e2 > w2 else { return }
        // `프랑스 에마뉘엘 마크롱 대통령`: a person found on the second word alone, without a body.
        if let pi = context.mentionIndex(startingAt: w2), context.mentions[pi].kind == .person,
           context.mentions[pi].properties["affiliation"] == nil, context.mentions[pi].properties["country"] == nil,
           let title = context.mentions[pi].properties["title"], isHeadTitle(title), isNameWord(w1, e1, context: context) {
            var p = context.mentions[pi]
            let whole = SourceRange(w1, p.range.upperBound)
            p.range = whole
            p.canonical = context.text(whole.lowerBound, whole.upperBound)
            p.surface = p.canonical
            p.rule = self.name
            p.affiliate(with: country.canonical, kind: .country, isCountry: true)
            context.add(p)
            return
        }
        // `스웨덴 뢰벤 총리`: one name word, then a head's post.
        guard let t = context.gazetteer.personTitles.title(w2, e2, in: b), isHeadTitle(t.title), !context.isCovered(w2) else { return }
        if let pi = context.mentionIndex(startingAt: w1) {
            // Found as a Korean name without a body (`프랑스 마크롱 대통령`): it is the country's.
            guard context.mentions[pi].kind == .person, context.mentions[pi].range.upperBound == e1,
                  context.mentions[pi].properties["affiliation"] == nil, context.mentions[pi].properties["country"] == nil else { return }
            var p = context.mentions[pi]
            p.affiliate(with: country.canonical, kind: .country, isCountry: true)
            context.update(p)
            return
        }
        guard isNameWord(w1, e1, context: context) else { return }
        let name = context.text(w1, e1)
        var p = Mention(range: SourceRange(w1, e1), kind: .person, canonical: name, surface: name, properties: ["title": t.title], rule: self.name)
        p.affiliate(with: country.canonical, kind: .country, isCountry: true)
        context.add(p)
    }
}
