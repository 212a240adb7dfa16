import Testing
@testable import CoopGraph

@Suite("StubDetector")
struct StubDetectorTests {
    @Test("corpus samples: the attachment stubs and an empty body are stubs, real releases are not", arguments: [
        ("091_", true), ("048_", true), ("013_", true), ("083_", true),
        ("007_", false), ("065_", false), ("076_", false), ("005_", false), ("025_", false),
    ])
    func samples(prefix: String, stub: Bool) throws {
        let doc = try DocumentsFixtures.corpusSample(prefix)
        #expect(doc.isStub == stub, "\(prefix): \(doc.body.text.prefix(80))")
    }

    @Test("pointer lines, title echoes and contacts are not content", arguments: [
        ("", nil, true),
        ("   \n\u{200B}\n", nil, true),
        ("(본문 없음)", nil, true),
        ("붙임 참조", nil, true),
        ("상세 내용 별첨 참조. 끝.", nil, true),
        ("공항 혼잡도 선제적 관리… 24일 점검회의 관련 보도자료 내용입니다. 자세한 내용은 첨부파일을 참고하시기 바랍니다.", "공항 혼잡도 선제적 관리… 24일 점검회의", true),
        ("마스크 생산 등 수급 동향", "마스크 생산 등 수급 동향", true),
        ("자세한 내용은 첨부를 확인하시기 바랍니다.\n\n* 담당 : 산업교통재난대응과 홍길동(044-205-0000)", nil, true),
        ("여성가족부(장관 김현숙)는 3월 23일(목) 고위기 청소년 마음건강을 위한 관계기관 협력체계 구축을 위해 5개 기관과 업무협약을 체결했다.", nil, false),
    ] as [(String, String?, Bool)])
    func synthetic(body: String, title: String?, stub: Bool) {
        #expect(StubDetector().isStub(body: body, title: title) == stub)
    }

    @Test("the seeds are not stubs")
    func seeds() throws {
        for i in 0..<5 { #expect(try DocumentsFixtures.seed(i).isStub == false, "seed \(i)") }
    }

    @Test("the byte tests agree with the String tests", arguments: [
        "붙임 참조", "자세한 내용은 첨부파일을 참고하시기 바랍니다.", "관련 보도자료 내용입니다", "[첨부] 설명자료", "※ 첨부 1부",
        "별첨 확인", "첨 부 : 참조", "관련 보도자료", "본문 첫 문장이다.", "문의 : 외교부", " 끝. ", "감사합니다", "☎ 044-000",
        String("감사합니다".decomposedStringWithCanonicalMapping), "붙임 클릭",
        "가나다라마바사아자차카타파하 가나다라마바사아자차카타파하 관련 보도자료 내용입니다",
        "가나다라마바사아자차카타파하 가나다라마바사아자차카타파하 별첨 자료를 참고", "가나다라마바사아자차카타파하 가나다라마바사아자차카",
    ])
    func bytesAgree(_ line: String) {
        let bytes = Array(line.utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(StubDetector.isPointer(b, 0..<b.count) == StubDetector.isPointer(line))
            var squeezed: [UInt8] = []
            StubDetector.squeeze(b, 0..<b.count, into: &squeezed)
            #expect(squeezed == Array(StubDetector.squeeze(line).utf8))
            #expect(StubDetector.isFiller(squeezed: squeezed) == StubDetector.isFiller(line))
        }
    }
}
