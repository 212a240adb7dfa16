extension BoilerplateFilter {
    static let bodyHeading: [UInt8] = Array("## 본문".utf8)
    static let trailerHeadings: [[UInt8]] = [Array("## 출처".utf8), Array("## 첨부/링크".utf8), Array("## 첨부".utf8)]

    /// Line beginnings that some line class looks for: chrome prefixes, header labels (also
    /// after `- `, `* `, `□ `, `○ `), embargo labels, bullets that ``stripBullet(_:)`` removes
    /// (`•`, `·` and U+0387, which is canonically `·`), URLs, citations `(`.
    static let gateStarts: [[UInt8]] = {
        var starts = prefixes + ["담당과장", "담당자", "보도일시", "보도시점", "•", "\u{0387}", "http://", "https://", "www.",
                                 "정책브리핑 게시물 운영원칙"]
        starts += MetadataExtractor.labels
        starts += ["- ", "* ", "□ ", "○ "].flatMap { p in MetadataExtractor.labels.map { p + $0 } }
        return starts.map { Array($0.utf8) }
    }()

    /// ``gateStarts`` by first byte.
    static let gateStartsByByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for s in gateStarts { table[Int(s[0])].append(s) }
        return table
    }()

    /// Byte strings whose presence anywhere in a line lets a line class match it.
    static let gateFragments: [[UInt8]] = ["번호", "게시물 운영원칙", "전재", "재배포", "바로가기", "보도"].map { Array($0.utf8) }

    /// The exact chrome lines as bytes, indexed by byte length.
    static let exactLinesByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 61)
        for line in exactLines where line.utf8.count <= 60 { table[line.utf8.count].append(Array(line.utf8)) }
        return table
    }()

    /// Whether `bytes` at `offset` hold `needle` (the caller checked that it fits).
    @inline(__always)
    static func equal(_ needle: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        needle.withUnsafeBufferPointer { n in
            var k = 0
            while k < n.count {
                if n[k] != bytes[offset + k] { return false }
                k += 1
            }
            return true
        }
    }

    /// `exactLines.contains(t)`, by bytes when `t` is plain (``CanonicalBytes``): hashing a
    /// non-ASCII `String` normalises it, which cost more than the rest of the line checks.
    static func isExactLine(_ t: String) -> Bool {
        var copy = t
        let byBytes: Bool? = copy.withUTF8 { b in
            guard b.count <= 60, CanonicalBytes.isPlain(b, 0..<b.count) else { return nil }
            return exactLinesByLength[b.count].contains { $0.elementsEqual(b) }
        }
        return byBytes ?? exactLines.contains(t)
    }

    static let bannerEnd: [UInt8] = Array("배너 영역".utf8)

    /// Whether a line opening with a digit could be a dateline (``isDateline(_:)``): at most
    /// 80 bytes, a year 1900–2100 followed by `.`, `-`, `/` or a non-ASCII character (`년`),
    /// and, when plain, a last character that names a body (`부처청원실회단소국과`). A line that is
    /// not plain passes the gate anyway.
    static func mayBeDateline(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let n = r.count, f = r.lowerBound
        guard n >= 8, n <= 80 else { return false }
        var year = 0
        for k in f..<(f + 4) {
            let d = bytes[k]
            guard d >= 0x30 && d <= 0x39 else { return false }
            year = year * 10 + Int(d - 0x30)
        }
        guard year >= 1900, year <= 2100 else { return false }
        let sep = bytes[f + 4]
        guard sep >= 0x80 || sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") else { return false }
        // A plain line ends with one of those syllables; a last scalar of another length
        // is not one (and a line that is not plain is passed by the plainness scan).
        let e = r.upperBound
        let lead = bytes[e - 3]
        guard lead >= 0xE0, lead < 0xF0 else { return false }
        let v = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[e - 2] & 0x3F) << 6) | UInt32(bytes[e - 1] & 0x3F)
        return datelineEnds.contains(v)
    }

    /// The scalars a dateline may end with (see ``isDateline(_:)``).
    static let datelineEnds: Set<UInt32> = Set("부처청원실회단소국과".unicodeScalars.map(\.value))

    /// Whether a line opening with `(` could be a closing citation (``isClosingCitation(_:)``):
    /// it ends with `)` and holds a `,`.
    static func mayBeCitation(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard r.count >= 4, bytes[r.upperBound - 1] == UInt8(ascii: ")") else { return false }
        for k in r where bytes[k] == UInt8(ascii: ",") { return true }
        return false
    }

    /// A cheap byte test that is true for every trimmed line (at most 300 bytes) that any line
    /// class of the filter (chrome, release header, citation, related news, comment policy,
    /// bullet) could match; false means the line is body text and needs no `String`.
    ///
    /// It must never say false for a line some class matches, or output would change: each
    /// class's own test is byte-based at heart (a prefix, a fragment, a first digit), and the
    /// one `String`-equality test, `exactLines`, is decided by bytes only for lines that
    /// ``CanonicalBytes`` calls plain (others always pass the gate).
    static func mayBeBoilerplate(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let f = r.first else { return false }
        let first = bytes[f]
        // Lines opening with a digit, `(` or `·` are common in body text (table cells, asides,
        // list items); each opening serves one line class, tested here on bytes.
        if first >= 0x30 && first <= 0x39 {
            if mayBeDateline(bytes, r) { return true }
        } else if first == UInt8(ascii: "(") {
            if mayBeCitation(bytes, r) { return true }
        } else if first == 0xC2, r.count >= 2, bytes[f + 1] == 0xB7 {
            // `· …`: ``isChrome(_:)`` judges the line after ``stripBullet(_:)``; release
            // headers never open with `·`.
            var s = f
            while s < r.upperBound {
                if bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1; continue }
                if s + 1 < r.upperBound, bytes[s] == 0xC2, bytes[s + 1] == 0xB7 || bytes[s + 1] == 0xA0 { s += 2; continue }
                if s + 2 < r.upperBound, bytes[s] == 0xE2, bytes[s + 1] == 0x80, bytes[s + 2] == 0xA2 { s += 3; continue }
                break
            }
            if s == r.upperBound { return false }
            return mayBeBoilerplate(bytes, s..<r.upperBound)
        }
        let n = r.count
        for s in gateStartsByByte[Int(first)] where s.count <= n {
            if Self.equal(s, bytes, at: r.lowerBound) { return true }
        }
        if n >= bannerEnd.count, Self.equal(bannerEnd, bytes, at: r.upperBound - bannerEnd.count) { return true }
        if n <= 60 {
            for line in exactLinesByLength[n] where Self.equal(line, bytes, at: r.lowerBound) { return true }
        }
        // One pass: the fragments, and plainness (a line that is not plain, with combining
        // marks or jamo, could match by canonical equivalence or by Character steps that
        // bytes do not mirror, so it takes the String path).
        var i = r.lowerBound
        let end = r.upperBound
        while i < end {
            if i + 18 <= end, isPlainHangulBlock(bytes, at: i) {
                // Sixteen bytes of ASCII and Hangul syllables that open no fragment: step
                // over them and over the tail of the last syllable.
                i += 16
                while i < end, bytes[i] & 0xC0 == 0x80 { i += 1 }
                continue
            }
            let stop = min(end, i + 16)
            while i < stop {
                let c = bytes[i]
                if c < 0x80 { i += 1; continue }
                if c == 0xC2, i + 1 < end, bytes[i + 1] >= 0xA0 { i += 2; continue }
                guard c >= 0xE0, c < 0xF0, i + 2 < end else { return true }
                let v = (UInt32(c & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                switch v {
                case 0xBC88, 0xAC8C, 0xC804, 0xC7AC, 0xBC14, 0xBCF4:  // 번 게 전 재 바 보: a fragment's first syllable
                    for frag in gateFragments where i + frag.count <= end {
                        if Self.equal(frag, bytes, at: i) { return true }
                    }
                case 0xAC00...0xD7A3:
                    break
                default:
                    if !CanonicalBytes.isPlainScalar(v) { return true }
                }
                i += 3
            }
        }
        return false
    }

    /// Whether every character that starts in `bytes[i..<i+16]` is ASCII or a Hangul syllable
    /// other than the first syllables of ``gateFragments`` (번 게 전 재 바 보); the caller
    /// guarantees 18 readable bytes. False is always safe (the byte loop then decides).
    ///
    /// Lead bytes EA (second byte ≥ B0), EB, EC and ED (second byte < 9E) open syllables
    /// U+AC00–U+D77F; any other lead byte makes the block not plain Hangul.
    @inline(__always)
    static func isPlainHangulBlock(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let lead = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
        let second = raw.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
        let third = raw.loadUnaligned(fromByteOffset: i + 2, as: SIMD16<UInt8>.self)
        // Only `.==`, `&` and mask logic: they compile to vector instructions, where
        // ordered comparisons with a scalar were lowered lane by lane.
        func splat(_ x: UInt8) -> SIMD16<UInt8> { SIMD16<UInt8>(repeating: x) }
        let hangul = (lead .== splat(0xEA)) .| (lead .== splat(0xEB)) .| (lead .== splat(0xEC)) .| (lead .== splat(0xED))
        let high = (lead & splat(0xC0)) .== splat(0xC0)
        let other = high .^ hangul  // lead bytes other than EA–ED (hangul lanes are all high)
        let secondTop = second & splat(0xF0)
        let eaLow = (lead .== splat(0xEA)) .& ((secondTop .== splat(0x80)) .| (secondTop .== splat(0x90)) .| (secondTop .== splat(0xA0)))
        let edHigh = (lead .== splat(0xED)) .& ((second .== splat(0x9E)) .| (second .== splat(0x9F)) .| ((second & splat(0xE0)) .== splat(0xA0)))
        let outside = eaLow .| edHigh
        // 번 EB B2 88, 게 EA B2 8C, 전 EC A0 84, 재 EC 9E AC, 바 EB B0 94, 보 EB B3 B4 (pairs
        // of second and third bytes matched loosely: a false alarm only costs the byte loop).
        let secondHit = (second .== splat(0xB2)) .| (second .== splat(0xA0)) .| (second .== splat(0x9E)) .| (second .== splat(0xB0)) .| (second .== splat(0xB3))
        let thirdHit = (third .== splat(0x88)) .| (third .== splat(0x8C)) .| (third .== splat(0x84)) .| (third .== splat(0xAC)) .| (third .== splat(0x94)) .| (third .== splat(0xB4))
        let fragment = hangul .& secondHit .& thirdHit
        return !ByteSearch.anyLane(other .| outside .| fragment)
    }
}
