import Foundation
@testable import CoopGraph

/// A small inline gazetteer for rule tests, independent of the bundled data files.
enum ExtractionTestSupport {
    static let files: [(String, String)] = [
        ("countries.tsv", """
        #! kind=country
        한국\t대한민국|우리나라|韓\tcompound=한|韓;en=Korea
        일본\t日\tcompound=일|日
        미국\t美\tcompound=미|美
        중국\t中\tcompound=중|中
        캐나다
        브라질
        이탈리아
        인도
        인도네시아\t인니
        칠레
        호주
        우즈베키스탄\t우즈벡
        러시아\t\tcompound=러
        북한\t\tcompound=북
        """),
        ("korean-government.tsv", """
        #! kind=ministry
        산업통상자원부\t산업부|산업통상부
        외교부
        """),
        ("institutes.tsv", """
        #! kind=institute
        한국생산기술연구원\t생산기술연구원
        한국화학연구원\t화학연구원
        한국전자통신연구원\t전자통신연구원
        """),
        ("international-organizations.tsv", """
        #! kind=organization
        유엔개발계획	UNDP	scope=international
        국제농업개발기금	IFAD	scope=international
        """),
        ("organizations.tsv", """
        #! kind=organization
        서울대학교\t서울대
        한국가스공사\t가스공사
        아세안\tASEAN
        EU\t유럽연합
        한국철강협회
        """),
        ("titles.tsv", """
        #! list=titles
        장관
        차관
        부회장
        교수
        원장
        과장
        실장
        위원장
        조정관
        대표
        사무관
        부원장
        사장
        수석대표
        부위원장
        원내대표
        홍보대사
        대통령
        시장
        부총리
        외무대신
        국무장관
        방위대신
        """),
        ("surnames.tsv", """
        #! list=surnames
        김
        이
        박
        강
        안
        오
        방
        임
        최
        문
        변
        하
        노
        기
        신
        송
        """),
        ("generic-words.tsv", """
        #! list=stopwords
        정부
        업계
        양국
        """),
    ]

    static let gazetteer: Gazetteer = {
        let parsed = files.compactMap { try? GazetteerFile.parse($0.1, path: $0.0) }
        return Gazetteer(files: parsed)
    }()

    /// The text read as a plain-text file. Test texts are one or two sentences, which the
    /// reader's stub detector would empty, so a stub keeps its sentences here.
    static func document(_ text: String) -> Document {
        guard var doc = try? DocumentReader().read(data: Data(text.utf8), path: "test.txt") else {
            return fallback(text)
        }
        if doc.isStub {
            doc.isStub = false
            doc.sentences = SentenceSplitter().split(doc.body.text)
        }
        return doc
    }

    static func fallback(_ text: String) -> Document {
        Document(id: "test.txt", path: "test.txt", contentHash: "", encoding: .utf8, format: .plainText, source: text,
                        metadata: DocumentMetadata(), body: CleanText(identity: text), sentences: [], isStub: false)
    }

    /// Mentions of `text` found by `rules` over the inline gazetteer.
    static func mentions(_ text: String, rules: [any EntityRule] = EntityRules.all) -> [Mention] {
        Extractor(gazetteer: gazetteer, rules: rules).mentions(in: document(text))
    }

    /// `kind:canonical=surface` for each mention, the form tests compare.
    static func summary(_ text: String, rules: [any EntityRule] = EntityRules.all) -> [String] {
        mentions(text, rules: rules).map { "\($0.kind.rawValue):\($0.canonical)=\($0.surface)" }
    }

    /// `name/title@affiliation` for each person.
    static func persons(_ text: String) -> [String] {
        mentions(text).filter { $0.kind == .person }.map {
            "\($0.canonical)/\($0.properties["title"] ?? "")@\($0.properties["affiliation"] ?? "")"
        }
    }

    /// Byte range of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) -> SourceRange? {
        guard let r = text.range(of: needle) else { return nil }
        let lo = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        return SourceRange(lo, lo + needle.utf8.count)
    }
}
