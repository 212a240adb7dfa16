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

    public init(minimumContentCharacters: Int = 60) {
        self.minimumContentCharacters = minimumContentCharacters
    }

    public func isStub(body: String, title: String?) -> Bool {
        let normalizedTitle = title.map(Self.squeeze) ?? ""
        var content = 0
        var text = body
        return text.withUTF8 { bytes -> Bool in
            for line in TextLine.split(bytes) {
                let t = line.trimmedString(bytes)
                if t.isEmpty || Self.isPointer(t) || Self.isFiller(t) { continue }
                let squeezed = Self.squeeze(t)
                if !normalizedTitle.isEmpty, squeezed == normalizedTitle || (normalizedTitle.hasPrefix(squeezed) && squeezed.count >= 8) { continue }
                content += squeezed.count
                if content >= minimumContentCharacters { return false }
            }
            return true
        }
    }

    static let attachmentWords = ["첨부", "붙임", "별첨", "첨 부"]
    static let lookWords = ["참조", "참고", "확인", "바랍니다", "클릭"]

    /// A line that sends the reader to an attachment.
    static func isPointer(_ t: String) -> Bool {
        if t.contains("관련 보도자료 내용입니다") { return true }
        guard t.utf8.count <= 400 else { return false }
        return attachmentWords.contains(where: { t.contains($0) }) && lookWords.contains(where: { t.contains($0) })
            || t.hasPrefix("<첨부") || t.hasPrefix("[첨부") || t.hasPrefix("※ 첨부")
    }

    /// Lines with no content of their own: empty-body notes, contacts, sign-offs.
    static func isFiller(_ t: String) -> Bool {
        let s = squeeze(t)
        if ["(본문없음)", "본문없음", "내용없음", "(내용없음)", "끝.", "끝", "감사합니다.", "감사합니다", "-끝-", "<끝>", "?", "??"].contains(s) { return true }
        for p in ["문의", "담당자", "*담당자", "※담당자", "문의처", "연락처", "☎", "작성", "*국조실", "영문보도자료"] where s.hasPrefix(p) { return true }
        return false
    }

    /// The line without blanks, for comparing a body line with the title.
    static func squeeze(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" }))
    }
}
