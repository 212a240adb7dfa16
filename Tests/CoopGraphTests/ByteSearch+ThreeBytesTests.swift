@testable import CoopGraph
import Testing

@Suite("ByteSearch+ThreeBytes")
struct ByteSearchThreeBytesTests {
    private func find(_ needle: String, in hay: String) -> (filtered: Int?, plain: Int?) {
        let n = Array(needle.utf8), h = Array(hay.utf8)
        return h.withUnsafeBufferPointer { b in
            (ByteSearch.firstIndexFiltered(of: n, in: b), ByteSearch.firstIndex(of: n, in: b))
        }
    }

    @Test("the first occurrence, at the exact byte offset, in short and long haystacks", arguments: [
        ("주한", "이날 주한 미국대사는", 7 as Int?),
        ("주한", "주한", 0),
        ("주한", "주요 한국 주한", 14),
        ("정부", String(repeating: "정책 부처 ", count: 8) + "미국 정부는", 119),
        ("주식회사 ", String(repeating: "주식 회사 ", count: 6) + "주식회사 가나", 84),
        ("대학", "서울대 학생", nil),
        ("abc", "xxabxabcabc", 5),
        ("ab", "xxxab", 3),
        ("x", "", nil),
    ])
    func firstOccurrence(needle: String, hay: String, expected: Int?) {
        let found = find(needle, in: hay)
        #expect(found.filtered == expected)
        #expect(found.filtered == found.plain)
    }

    @Test("agrees with the plain search at every start of a long text")
    func agreesEverywhere() {
        let text = Array(String(repeating: "주한 중국 대사와 정부 주식회사 대학교 ", count: 5).utf8)
        let needles = ["주한", "정부", "주식회사 ", "대학", "학교 ", "중국 대"].map { Array($0.utf8) }
        text.withUnsafeBufferPointer { b in
            for start in 0..<b.count {
                let hay = UnsafeBufferPointer(rebasing: b[start...])
                for n in needles {
                    #expect(ByteSearch.firstIndexFiltered(of: n, in: hay) == ByteSearch.firstIndex(of: n, in: hay))
                }
            }
        }
    }
}
