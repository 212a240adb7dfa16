import Foundation

/// A document body prepared for the event and agreement rules: bytes, sentences,
/// paragraphs, and the entity and date mentions sorted by position.
///
/// Sentences are cut here rather than taken from ``Document/sentences`` so that the rules
/// see the same units whatever the reader does: every line is cut, and a line is cut
/// again after `다.` followed by a space.
///
/// A class (all `let`s, so `Sendable`): every rule takes `let t = w.text`, and a copy of a
/// struct of this many arrays costs a retain and a release of each.
final class EventText: Sendable {
    let document: Document
    let b: [UInt8]
    let sentences: [EventSentence]
    let mentions: [Mention]
    let dates: [DateMention]
    let documentDate: DateValue?
    /// Indices of the sentences the rules read (listing rows left out).
    let readable: [Int]
    /// Where the cue words of ``EventCues`` occur outside mentions.
    let cues: CueHits
    /// Overlap questions about all mentions, person mentions, body mentions and dates.
    let mentionIndex: RangeIndex
    let personIndex: RangeIndex
    let bodyIndex: RangeIndex
    let dateIndex: RangeIndex

    init(document: Document, mentions: [Mention], dates: [DateMention]) {
        let b = Array(document.body.text.utf8)
        let order: (Mention, Mention) -> Bool = { ($0.range, $0.canonical) < ($1.range, $1.canonical) }
        // The entity stage hands its mentions over sorted by range already: a check of neighbours
        // instead of a sort that moves every mention (the sort is stable, so an ordered list is
        // its own result).
        let sorted = Self.isOrdered(mentions, by: order) ? mentions : mentions.sorted(by: order)
        self.document = document
        self.b = b
        self.mentions = sorted
        let sortedDates = dates.sorted { $0.range < $1.range }
        self.dates = sortedDates
        // Ranges gathered in one pass, not through filtered copies of the mentions (each copy
        // retains and releases every string of a mention).
        var all: [SourceRange] = [], persons: [SourceRange] = [], bodies: [SourceRange] = []
        all.reserveCapacity(sorted.count)
        for m in sorted {
            all.append(m.range)
            if m.kind == .person { persons.append(m.range) }
            if m.kind.isBody { bodies.append(m.range) }
        }
        self.mentionIndex = RangeIndex(all)
        self.personIndex = RangeIndex(persons)
        self.bodyIndex = RangeIndex(bodies)
        self.dateIndex = RangeIndex(sortedDates.map(\.range))
        self.documentDate = document.metadata.date
        // Cut here, not taken from the reader: lines wrapped inside a sentence are joined the
        // same way whatever reader produced the document.
        let split = Self.split(b)
        self.sentences = split
        self.readable = split.indices.filter { !split[$0].isListing }
        self.cues = CueHits(bytes: b, mentions: sorted)
    }

    /// No element is ordered before the one ahead of it.
    static func isOrdered<T>(_ a: [T], by areInIncreasingOrder: (T, T) -> Bool) -> Bool {
        var i = 1
        while i < a.count {
            if areInIncreasingOrder(a[i], a[i - 1]) { return false }
            i += 1
        }
        return true
    }

    private static func split(_ bytes: [UInt8]) -> [EventSentence] {
        bytes.withUnsafeBufferPointer { split(bytes, $0) }
    }

    /// `bytes` and `b` are the same text: the per-byte walk reads the buffer, the per-line tests the array.
    ///
    /// One pass per line finds its end, whether it is blank and where `다. ` cuts it (a cut
    /// needs no line end: its bytes hold no newline, and the space after it is inside the line).
    private static func split(_ bytes: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> [EventSentence] {
        var out: [EventSentence] = []
        var paragraph = 0
        var lineStart = 0
        var sawBlank = false
        var carry: Int?
        var cuts: [Int] = []
        let n = b.count
        guard let base = b.baseAddress else { return out }
        let raw = UnsafeRawPointer(base)
        while true {
            // The line's end and its `다. ` cuts by memchr (a vector scan in libc) for the newline
            // and for the full stop, rather than three tests at every byte.
            let i = memchr(raw + lineStart, 0x0A, n - lineStart).map { raw.distance(to: UnsafeRawPointer($0)) } ?? n
            var blank = true
            for k in lineStart..<i where b[k] != 0x20 && b[k] != 0x09 && b[k] != 0x0D { blank = false; break }
            cuts.removeAll(keepingCapacity: true)
            var from = lineStart
            while from < i, let dot = memchr(raw + from, 0x2E, i - from) {
                let j = raw.distance(to: UnsafeRawPointer(dot))
                // "다. ": 다 (EB 8B A4) inside the line before the stop, a space after it.
                if j - 3 >= lineStart, b[j - 3] == 0xEB, b[j - 2] == 0x8B, b[j - 1] == 0xA4, j + 1 < n, b[j + 1] == 0x20 { cuts.append(j + 1) }
                from = j + 1
            }
            if blank {
                if !sawBlank { paragraph += 1 }
                sawBlank = true
            } else {
                sawBlank = false
                var start = carry ?? lineStart
                carry = nil
                for cut in cuts {
                    emit(b, bytes, start, cut, paragraph: paragraph, into: &out); start = cut
                }
                if Self.isOpen(bytes, lineStart, i), Self.continues(bytes, i + 1) { carry = start } else { emit(b, bytes, start, i, paragraph: paragraph, into: &out) }
            }
            if i >= n { break }
            lineStart = i + 1
        }
        return out
    }

    /// Appends the sentence `lo..<hi` without its surrounding blanks, if anything is left.
    private static func emit(_ b: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], _ lo: Int, _ hi: Int, paragraph: Int, into out: inout [EventSentence]) {
        var s = lo, e = hi
        while s < e, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0D { s += 1 }
        while e > s, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
        guard e > s else { return }
        var k = s
        while k < e, b[k] == 0x2D || b[k] == 0x20 || b[k] == 0x2A || b[k] == 0x28 { k += 1 }   // "- ", "* "
        let note = (k < e && b[k] == 0x2A) || (s + 2 < e && b[s] == 0xE2 && b[s + 1] == 0x80 && b[s + 2] == 0xBB) // ※
            || (s < e && b[s] == 0x2A)
        out.append(EventSentence(range: SourceRange(s, e), paragraph: paragraph, isNote: note, isListing: isListing(bytes, s, e)))
    }

    /// A line that stops mid-sentence: it does not end in punctuation, a closing mark or a
    /// sentence-final syllable (다, 음, 함, 임).
    private static func isOpen(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        var e = hi
        while e > lo, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
        guard e > lo else { return false }
        let c = b[e - 1]
        // A weekday in parentheses (`11월 25일(목)`) closes a date, never a sentence.
        if c == 0x29, e - 5 >= lo, b[e - 5] == 0x28,
           case let w = (UInt32(b[e - 4] & 0x0F) << 12) | (UInt32(b[e - 3] & 0x3F) << 6) | UInt32(b[e - 2] & 0x3F),
           "월화수목금토일".unicodeScalars.contains(where: { $0.value == w }) { return true }
        if c < 0x80 { return !".!?:;)]>\"'-".utf8.contains(c) }
        guard e - 3 >= lo else { return false }
        let v = (UInt32(b[e - 3] & 0x0F) << 12) | (UInt32(b[e - 2] & 0x3F) << 6) | UInt32(b[e - 1] & 0x3F)
        if (0xAC00...0xD7A3).contains(v) { return !"다음함임요".unicodeScalars.contains { $0.value == v } }
        return false
    }

    /// The line starting at `i` goes on with the sentence: it is not blank and does not open
    /// with a bullet, a number or a bracket.
    private static func continues(_ b: [UInt8], _ i: Int) -> Bool {
        var k = i
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        guard k < b.count, b[k] != 0x0A, b[k] != 0x0D else { return false }
        let c = b[k]
        if c < 0x80 { return !("-*#<[(".utf8.contains(c) || (c >= 0x30 && c <= 0x39)) }
        guard k + 2 < b.count else { return false }
        let v = (UInt32(b[k] & 0x0F) << 12) | (UInt32(b[k + 1] & 0x3F) << 6) | UInt32(b[k + 2] & 0x3F)
        return (0xAC00...0xD7A3).contains(v) && v != 0x3147
    }

    /// A line that starts with a row number and ends with an ISO date and a counter, as the
    /// "related news" tables of korea.kr do.
    private static func isListing(_ b: [UInt8], _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
        guard i > s, i < e, b[i] == 0x20 || b[i] == 0x09 else { return false }
        var k = e
        while k > s, b[k - 1] >= 0x30, b[k - 1] <= 0x39 { k -= 1 }
        guard k < e, k > s + 11, b[k - 1] == 0x20 || b[k - 1] == 0x09 else { return false }
        let d = k - 11
        return b[d + 4] == 0x2D && b[d + 7] == 0x2D && (d..<(d + 4)).allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }

    // MARK: access

    func string(_ r: SourceRange) -> String {
        String(decoding: b[max(0, r.lowerBound)..<min(b.count, r.upperBound)], as: UTF8.self)
    }

    func matches(_ word: [UInt8], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= b.count else { return false }
        for k in 0..<word.count where b[i + k] != word[k] { return false }
        return true
    }

    /// First offset of `word` in `r`, or nil.
    func find(_ word: [UInt8], in r: SourceRange) -> Int? {
        guard !word.isEmpty, r.lowerBound >= 0, r.upperBound <= b.count, r.upperBound - word.count >= r.lowerBound else { return nil }
        // A vector search: a word's lead byte is often a common Hangul lead byte.
        return b.withUnsafeBufferPointer { all in
            ByteSearch.firstIndex(of: word, in: UnsafeBufferPointer(rebasing: all[r.lowerBound..<r.upperBound])).map { r.lowerBound + $0 }
        }
    }

    /// ``find(_:in:)`` for the word of a one-word list, mentions or not: a look-up in ``cues``.
    func find(_ cue: CueList, in r: SourceRange) -> Int? {
        if let p = cue.patterns.first { return cues.first(p, in: r) }
        return cue.unindexed.first.flatMap { find($0, in: r) }
    }

    /// Offsets of the word of a one-word list in `r`, mentions or not, each search going on
    /// after the previous occurrence (as repeated ``find(_:in:)`` calls would).
    func occurrences(_ cue: CueList, in r: SourceRange) -> [Int] {
        var out: [Int] = []
        guard let length = cue.words.first?.utf8.count, length > 0 else { return out }
        var i = r.lowerBound
        while let k = find(cue, in: SourceRange(i, r.upperBound)) {
            out.append(k)
            i = k + length
        }
        return out
    }

    /// The word occurs in `r` outside every entity mention (계획 in 유엔환경계획 is a name, not a plan).
    func contains(_ word: String, in r: SourceRange) -> Bool { contains(bytes: Array(word.utf8), in: r) }

    func contains(bytes w: [UInt8], in r: SourceRange) -> Bool {
        var from = r.lowerBound
        while let k = find(w, in: SourceRange(from, r.upperBound)) {
            let hit = SourceRange(k, k + w.count)
            if !mentionIndex.anyOverlaps(hit) { return true }
            from = k + 1
        }
        return false
    }

    func containsAny(_ words: [String], in r: SourceRange) -> Bool { words.contains { contains($0, in: r) } }

    /// Same as ``containsAny(_:in:)-([String],_)`` for a fixed list: a look-up in ``cues``.
    func containsAny(_ list: CueList, in r: SourceRange) -> Bool {
        cues.contains(list, in: r) || list.unindexed.contains { contains(bytes: $0, in: r) }
    }

    /// The mentions wholly inside `r`, in order; both lists are sorted by lower bound, so only
    /// those starting in `r` are looked at.
    func mentions(in r: SourceRange) -> [Mention] {
        // One pass into one array, not the indices and then their mentions.
        let lo = Self.firstIndex(mentions.count, atOrAfter: r.lowerBound) { mentions[$0].range.lowerBound }
        let hi = Self.firstIndex(mentions.count, atOrAfter: r.upperBound + 1) { mentions[$0].range.lowerBound }
        guard lo < hi else { return [] }
        var out: [Mention] = []
        out.reserveCapacity(hi - lo)
        for k in lo..<hi where r.contains(mentions[k].range) { out.append(mentions[k]) }
        return out
    }

    /// Indices in `mentions` of ``mentions(in:)``.
    func mentionIndices(in r: SourceRange) -> [Int] {
        let lo = Self.firstIndex(mentions.count, atOrAfter: r.lowerBound) { mentions[$0].range.lowerBound }
        let hi = Self.firstIndex(mentions.count, atOrAfter: r.upperBound + 1) { mentions[$0].range.lowerBound }
        guard lo < hi else { return [] }
        return (lo..<hi).filter { r.contains(mentions[$0].range) }
    }

    func dates(in r: SourceRange) -> [DateMention] {
        let lo = Self.firstIndex(dates.count, atOrAfter: r.lowerBound) { dates[$0].range.lowerBound }
        let hi = Self.firstIndex(dates.count, atOrAfter: r.upperBound + 1) { dates[$0].range.lowerBound }
        guard lo < hi else { return [] }
        return dates[lo..<hi].filter { r.contains($0.range) }
    }

    /// The last date of the nearest sentence before sentence `si`, in the same paragraph, that
    /// holds a date; nil when none does.
    ///
    /// Walks the dates backwards rather than the sentences, so a long paragraph without dates
    /// costs one binary search instead of a scan per trigger (which was quadratic).
    /// Sentences are in text order and a paragraph's sentences are consecutive.
    func lastDate(beforeSentence si: Int) -> DateMention? {
        let paragraph = sentences[si].paragraph
        var j = Self.firstIndex(dates.count, atOrAfter: sentences[si].range.lowerBound) { dates[$0].range.lowerBound } - 1
        while j >= 0 {
            let d = dates[j]
            let k = Self.firstIndex(sentences.count, atOrAfter: d.range.lowerBound + 1) { sentences[$0].range.lowerBound } - 1
            guard k >= 0, sentences[k].paragraph == paragraph else { return nil }
            if sentences[k].range.contains(d.range) { return d }
            j -= 1
        }
        return nil
    }

    /// The first index in `0..<count` whose key is at least `value` (keys ascending).
    private static func firstIndex(_ count: Int, atOrAfter value: Int, key: (Int) -> Int) -> Int {
        var lo = 0, hi = count
        while lo < hi { let mid = (lo + hi) >> 1; if key(mid) < value { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    func sentenceIndex(containing offset: Int) -> Int? {
        sentences.firstIndex { $0.range.lowerBound <= offset && offset < $0.range.upperBound }
    }

    /// The evidence for a fact read from `r` in sentence `s`.
    func evidence(_ r: SourceRange, sentence s: Int, rule: String) -> Evidence {
        Evidence(document: document.id, span: document.body.sourceRange(for: r), sentence: string(sentences[s].range), rule: rule)
    }

    // MARK: characters

    /// The Unicode scalar ending just before `i` and its start, or nil at the start.
    func scalar(before i: Int) -> (value: UInt32, start: Int)? {
        guard i > 0 else { return nil }
        var s = i - 1
        while s > 0, b[s] & 0xC0 == 0x80 { s -= 1 }
        return (decode(s), s)
    }

    /// The Unicode scalar starting at `i`.
    func scalar(at i: Int) -> (value: UInt32, end: Int)? {
        guard i < b.count else { return nil }
        var e = i + 1
        while e < b.count, b[e] & 0xC0 == 0x80 { e += 1 }
        return (decode(i), e)
    }

    func decode(_ i: Int) -> UInt32 {
        let c = b[i]
        if c < 0x80 { return UInt32(c) }
        if c < 0xE0, i + 1 < b.count { return (UInt32(c & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F) }
        if c < 0xF0, i + 2 < b.count { return (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F) }
        if i + 3 < b.count {
            return (UInt32(c & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6) | UInt32(b[i + 3] & 0x3F)
        }
        return 0xFFFD
    }

    static func isHangul(_ v: UInt32) -> Bool { v >= 0xAC00 && v <= 0xD7A3 }
    static func isLatinOrDigit(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    /// Characters that may be inside a name word: Hangul, Latin, digits, hanja, - · ㆍ & .
    static func isWordChar(_ v: UInt32) -> Bool {
        isHangul(v) || isLatinOrDigit(v) || v == 0x2D || v == 0xB7 || v == 0x318D || v == 0x26 || v == 0x2E || v == 0x2010 || v == 0x2013 || v == 0x2027 || v == 0x30FB || v == 0xFF65
            || (v >= 0x4E00 && v <= 0x9FFF)
    }
}
