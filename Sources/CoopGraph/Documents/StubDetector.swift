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
    ///
    /// Works on the body's bytes: only lines short enough to be filler (at most 160 bytes)
    /// become `String`s; the comparison with the title is by bytes unless either side holds
    /// text that is not ``CanonicalBytes`` plain, where `String ==` decides as before.
    func measure(body: String, title: String?, limit: Int) -> (content: Int, hasPointer: Bool) {
        let normalizedTitle = title.map(Self.squeeze) ?? ""
        let titleBytes = Array(normalizedTitle.utf8)
        let titlePlain = CanonicalBytes.isPlain(normalizedTitle)
        var content = 0
        var pointer = false
        var text = body
        text.withUTF8 { bytes in
            var squeezed: [UInt8] = []
            // Lines one at a time: counting usually stops within the first few.
            var next = 0
            while next < bytes.count {
                let e = ByteSearch.firstIndex(ofAny: 0x0A, 0x0A, 0x0A, 0x0A, in: bytes, from: next, to: bytes.count)
                let line = TextLine(start: next, end: e > next && bytes[e - 1] == 0x0D && e < bytes.count ? e - 1 : e, next: e < bytes.count ? e + 1 : e)
                next = line.next
                let r = line.trimmedRange(bytes)
                if r.isEmpty { continue }
                // Squeezed once: the filler test and the title comparison both read it.
                Self.squeeze(bytes, r, into: &squeezed)
                if r.count <= 160, Self.isFiller(squeezed: squeezed) { continue }
                if Self.isPointer(bytes, r) { pointer = true; continue }
                if !titleBytes.isEmpty, Self.sameText(squeezed, titleBytes, titlePlain: titlePlain)
                    || (squeezed.count >= 24 && titleBytes.starts(with: squeezed)) { continue }
                for b in squeezed where b & 0xC0 != 0x80 { content += 1 }
                if content >= limit { return }
            }
        }
        return (content, pointer)
    }

    /// `String ==` on two squeezed lines, by bytes when both are plain.
    private static func sameText(_ a: [UInt8], _ b: [UInt8], titlePlain: Bool) -> Bool {
        if a == b { return true }
        // Canonical decomposition at most triples UTF-8 bytes (UAX #15; a Hangul syllable
        // becomes jamo) and keeps at least a third of them (U+212A KELVIN SIGN becomes K):
        // texts whose lengths differ ninefold cannot be canonically equivalent (16 for margin).
        if a.count > 16 * b.count || b.count > 16 * a.count { return false }
        if titlePlain, a.withUnsafeBufferPointer({ CanonicalBytes.isPlain($0, 0..<$0.count) }) { return false }
        return String(decoding: a, as: UTF8.self) == String(decoding: b, as: UTF8.self)
    }

    /// ``isPointer(_:)`` on a line's bytes (its tests are byte tests).
    ///
    /// One pass finds both the pointer sentence and the attachment words: each of them
    /// opens with one of four syllables (관 첨 붙 별), and the full word is compared only
    /// where one of those stands (most lines hold none).
    static func isPointer(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let line = UnsafeBufferPointer(rebasing: bytes[r])
        let short = r.count <= 400
        var attachment = false
        let n = line.count
        var i = 0
        while i + 2 < n {
            if i + 18 <= n, !Self.mayHoldPointerSyllable(line, at: i) { i += 16; continue }
            let stop = i + 16
            while i < stop, i + 2 < n {
                let b0 = line[i]
                // 관 EA B4 80, 첨 EC B2 A8, 붙 EB B6 99, 별 EB B3 84.
                if b0 == 0xEA || b0 == 0xEB || b0 == 0xEC {
                    let b1 = line[i + 1], b2 = line[i + 2]
                    if b0 == 0xEA, b1 == 0xB4, b2 == 0x80 {
                        if Self.has(pointerSentence, line, at: i) { return true }
                    } else if short, !attachment, (b0 == 0xEC && b1 == 0xB2 && b2 == 0xA8) || (b0 == 0xEB && ((b1 == 0xB6 && b2 == 0x99) || (b1 == 0xB3 && b2 == 0x84))) {
                        for w in attachmentWordBytes where Self.has(w, line, at: i) { attachment = true; break }
                    }
                    i += 3
                    continue
                }
                i += 1
            }
        }
        guard short else { return false }
        return attachment && lookWordBytes.contains(where: { ByteSearch.contains(line, $0) })
            || pointerStarts.contains(where: { line.starts(with: $0) })
    }

    /// Whether one of 관 첨 붙 별 (EA B4 80, EC B2 A8, EB B6 99, EB B3 84) may start in
    /// `line[i..<i+16]`; the caller guarantees 18 readable bytes. Vector compares: most
    /// blocks hold none, and true only sends the block to the byte loop.
    @inline(__always)
    static func mayHoldPointerSyllable(_ line: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let base = line.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let a = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        let b = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
        let c = raw.loadUnaligned(fromByteOffset: i + 2, as: SIMD16<UInt8>.self)
        func splat(_ x: UInt8) -> SIMD16<UInt8> { SIMD16<UInt8>(repeating: x) }
        let gwan = (a .== splat(0xEA)) .& (b .== splat(0xB4)) .& (c .== splat(0x80))
        let cheom = (a .== splat(0xEC)) .& (b .== splat(0xB2)) .& (c .== splat(0xA8))
        let eb = a .== splat(0xEB)
        let but = eb .& (b .== splat(0xB6)) .& (c .== splat(0x99))
        let byeol = eb .& (b .== splat(0xB3)) .& (c .== splat(0x84))
        return ByteSearch.anyLane(gwan .| cheom .| but .| byeol)
    }

    /// Whether `line` holds `word` at `i`.
    @inline(__always)
    private static func has(_ word: [UInt8], _ line: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + word.count <= line.count else { return false }
        return word.withUnsafeBufferPointer { w in
            var k = 0
            while k < w.count, w[k] == line[i + k] { k += 1 }
            return k == w.count
        }
    }

    private static let pointerSentence = Array("관련 보도자료 내용입니다".utf8)
    private static let attachmentWordBytes = attachmentWords.map { Array($0.utf8) }
    private static let lookWordBytes = lookWords.map { Array($0.utf8) }
    private static let pointerStarts = ["<첨부", "[첨부", "※ 첨부"].map { Array($0.utf8) }

    /// ``squeeze(_:)`` of `bytes[r]` into a reused buffer.
    static func squeeze(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        if out.capacity < r.count { out.reserveCapacity(r.count) }
        // Runs between blanks are copied whole.
        var i = r.lowerBound
        var run = i
        let end = r.upperBound
        while i < end {
            let c = b[i]
            // Only these bytes can open a blank or a line break (see TextLine.blankLength).
            if c <= 0x20 || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF {
                let n = c == 0x0A ? 1 : TextLine.blankLength(b, at: i, limit: end) ?? 0
                if n > 0 {
                    if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
                    i += n
                    run = i
                    continue
                }
            }
            i += 1
        }
        if run < end { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<end])) }
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

    static let fillerLines = ["(본문없음)", "본문없음", "내용없음", "(내용없음)", "끝.", "끝", "감사합니다.", "감사합니다", "-끝-", "<끝>", "?", "??"]
    static let fillerLineBytes = fillerLines.map { Array($0.utf8) }

    static let fillerPrefixes = ["문의", "담당자", "*담당자", "※담당자", "문의처", "연락처", "☎", "작성", "*국조실", "영문보도자료"]
    static let fillerPrefixBytes = fillerPrefixes.map { Array($0.utf8) }

    /// ``isFiller(_:)`` of a line (at most 160 bytes) given its ``squeeze(_:)``d bytes:
    /// byte comparisons when they are plain, the `String` test otherwise.
    static func isFiller(squeezed s: [UInt8]) -> Bool {
        let plain = s.withUnsafeBufferPointer { CanonicalBytes.isPlain($0, 0..<$0.count) }
        if plain {
            if fillerLineBytes.contains(where: { $0 == s }) { return true }
        } else if fillerLines.contains(String(decoding: s, as: UTF8.self)) {
            return true
        }
        return fillerPrefixBytes.contains { s.starts(with: $0) }
    }

    /// Lines with no content of their own: empty-body notes, contacts, sign-offs.
    static func isFiller(_ t: String) -> Bool {
        guard t.utf8.count <= 160 else { return false }
        let s = squeeze(t)
        if CanonicalBytes.isPlain(s) {
            // The list is plain too: `String ==` is byte equality here, without normalising.
            if fillerLineBytes.contains(where: { $0.elementsEqual(s.utf8) }) { return true }
        } else if fillerLines.contains(s) {
            return true
        }
        for p in fillerPrefixes where s.startsWithBytes(p) { return true }
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
