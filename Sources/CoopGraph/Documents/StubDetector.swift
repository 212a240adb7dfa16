/// Tells whether a cleaned body only points elsewhere (an attachment stub) instead of saying something.
///
/// About a quarter of korea.kr releases carry their text only in an attached HWP/PDF:
/// the body is "붙임 참조", "(본문 없음)", or the title followed by
/// "…관련 보도자료 내용입니다. 자세한 내용은 첨부파일을 참고하시기 바랍니다." Such a body
/// is a stub when, after setting aside the lines that point to attachments, repeat the
/// title, give a contact or say "끝."/"감사합니다.", fewer than ``minimumContentCharacters``
/// non-blank characters remain.
public struct StubDetector: Sendable {
    /// Below this many non-blank characters of real content, a body is a stub.
    public var minimumContentCharacters: Int

    /// When a line points to an attachment, below this many characters the body is a stub.
    public var pointerContentCharacters: Int

    public init(minimumContentCharacters: Int = 60, pointerContentCharacters: Int = 150) {
        self.minimumContentCharacters = minimumContentCharacters
        self.pointerContentCharacters = pointerContentCharacters
    }

    public func isStub(body: String, title: String?) -> Bool {
        let m = measure(body: body, title: title, limit: max(minimumContentCharacters, pointerContentCharacters))
        return m.content < (m.hasPointer ? pointerContentCharacters : minimumContentCharacters)
    }

    /// Non-blank characters of real content (counting stops at `limit`), and whether a line points to an attachment.
    func measure(body: String, title: String?, limit: Int) -> (content: Int, hasPointer: Bool) {
        let normalizedTitle = title.map(Self.squeeze) ?? ""
        var content = 0
        var pointer = false
        var text = body
        text.withUTF8 { bytes in
            for line in TextLine.split(bytes) {
                let t = line.trimmedString(bytes)
                if t.isEmpty || Self.isFiller(t) { continue }
                if Self.isPointer(t) { pointer = true; continue }
                let squeezed = Self.squeeze(t)
                if !normalizedTitle.isEmpty, squeezed == normalizedTitle || (squeezed.utf8.count >= 24 && normalizedTitle.startsWithBytes(squeezed)) { continue }
                content += Self.scalarCount(squeezed)
                if content >= limit { return }
            }
        }
        return (content, pointer)
    }

    static let attachmentWords = ["첨부", "붙임", "별첨", "첨 부"]
    static let lookWords = ["참조", "참고", "확인", "바랍니다", "클릭"]

    /// A line that sends the reader to an attachment.
    static func isPointer(_ t: String) -> Bool {
        if t.containsBytes("관련 보도자료 내용입니다") { return true }
        guard t.utf8.count <= 400 else { return false }
        return attachmentWords.contains(where: { t.containsBytes($0) }) && lookWords.contains(where: { t.containsBytes($0) })
            || t.startsWithBytes("<첨부") || t.startsWithBytes("[첨부") || t.startsWithBytes("※ 첨부")
    }

    /// Lines with no content of their own: empty-body notes, contacts, sign-offs.
    static func isFiller(_ t: String) -> Bool {
        guard t.utf8.count <= 160 else { return false }
        let s = squeeze(t)
        if ["(본문없음)", "본문없음", "내용없음", "(내용없음)", "끝.", "끝", "감사합니다.", "감사합니다", "-끝-", "<끝>", "?", "??"].contains(s) { return true }
        for p in ["문의", "담당자", "*담당자", "※담당자", "문의처", "연락처", "☎", "작성", "*국조실", "영문보도자료"] where s.startsWithBytes(p) { return true }
        return false
    }

    /// The line without blanks, for comparing a body line with the title.
    static func squeeze(_ s: String) -> String {
        var bytes: [UInt8] = []
        var text = s
        text.withUTF8 { b in
            bytes.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                if let n = TextLine.blankLength(b, at: i, limit: b.count) { i += n; continue }
                if b[i] == 0x0A { i += 1; continue }
                bytes.append(b[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Characters (Unicode scalars) in a squeezed line: counting UTF-8 lead bytes is enough.
    static func scalarCount(_ s: String) -> Int {
        var n = 0
        for b in s.utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
