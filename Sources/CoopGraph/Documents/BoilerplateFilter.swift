/// Removes site chrome and trailers from a clean body, line by line, keeping the byte map.
///
/// What goes is a class of lines, not one file's lines:
/// - the Markdown corpus layout: everything up to `## 본문`, and `## 출처` / `## 첨부/링크`
///   with everything after them;
/// - navigation and page chrome (`본문 바로가기`, `브리핑룸`, `글자크기 설정`, `목록`,
///   `이전다음기사`, `다음기사…`, banner and "most read" headings …);
/// - bullet blocks that are view counters (`• 0`, `• 307`, `• 09-25`, `• Print`,
///   `• 상태: 노출`), with the poster's name among them (bare numbers outside bullets are
///   table cells and stay);
/// - the "related news" table (`번호 제목 글쓴이 날짜 조회수` and its rows) and its heading;
/// - the comment policy (`정책브리핑 게시물 운영원칙…` and its numbered items);
/// - repost notices (`이 자료는 …보도자료를 전재하여 제공함`), attachment lines (`붙임:`),
///   lines that are only a URL, and blog footers;
/// - the closing citation of korea.kr reposts, `(산업통상자원부, 2023.09.21)`, which ends
///   the release: it and everything after it go.
/// Runs of blank lines shrink to one; blank lines at both ends go.
public struct BoilerplateFilter: Sendable {
    public init() {}

    static let exactLines: Set<String> = [
        "브리핑룸", "콘텐츠 영역", "글자크기 설정", "목록", "이전다음기사", "이전 다음 기사", "히단 배너 영역", "하단 배너 영역",
        "추천 뉴스", "국민과 함께하는 민생토론회", "정부정책 사실은 이렇습니다", "Print", "인쇄", "공유하기", "맨위로", "맨 위로",
        "닫기", "프린트", "스크랩", "좋아요", "페이스북", "트위터", "카카오톡", "카카오스토리", "URL 복사", "URL복사",
        "본문 내용", "정책브리핑", "보도자료", "ESG 정책뉴스", "이전글", "다음글", "이전기사", "다음기사",
        // End marks on their own line.
        "끝", "끝.", "< 끝 >", "<끝>", "- 끝 -", "-끝-", "【끝】", "<끝.>", "(끝)",
    ]
    static let prefixes: [String] = [
        "전자정부이 누리집은", "이 누리집은 대한민국 공식 전자정부", "다음기사", "이전기사", "이전글", "다음글", "많이 본",
        "상태:", "상태 :", "정책브리핑 게시물 운영원칙", "유용한 생활 정보가 필요하시다면", "## rentn", "글자크기",
        "히단 배너", "하단 배너", "붙임:", "붙임 :", "【붙임】", "[붙임]", "Copyright", "COPYRIGHT", "ⓒ", "©",
    ]
    /// The bytes of each prefix's first character: a cheap gate before the prefix checks.
    static let prefixHeads: Set<[UInt8]> = Set(prefixes.map(head))

    /// The UTF-8 bytes of the first character of `t`.
    static func head(_ t: String) -> [UInt8] {
        guard let f = t.utf8.first else { return [] }
        let n = f < 0x80 ? 1 : f < 0xE0 ? 2 : f < 0xF0 ? 3 : 4
        return Array(t.utf8.prefix(n))
    }

    static let fragments: [String] = ["보도자료를 전재하여 제공함", "전재하여 제공함을 알려드립니다", "무단전재 및 재배포 금지", "무단 전재 및 재배포 금지"]

    public func filter(_ clean: CleanText) -> CleanText {
        var text = clean.text
        return text.withUTF8 { bytes in filter(clean, bytes: bytes) }
    }

    private enum Verdict { case keep, drop, dropRest }

    private func filter(_ clean: CleanText, bytes: UnsafeBufferPointer<UInt8>) -> CleanText {
        let lines = TextLine.split(bytes)
        // Only short lines can be chrome: long ones are body text and read as "". A line's
        // String is made only when the byte gate says some line class might match it.
        var texts = LineTexts(bytes: bytes, lines: lines)
        let blank = texts.ranges.map { $0.isEmpty }
        var keep = [Bool](repeating: true, count: lines.count)
        var first = 0
        var last = lines.count  // exclusive

        // The corpus layout: header before `## 본문`, trailers from `## 출처` / `## 첨부/링크`.
        if let body = texts.firstLine(equalTo: [Self.bodyHeading], from: 0) { first = body + 1 }
        if let trailer = texts.firstLine(equalTo: Self.trailerHeadings, from: first) { last = trailer }
        var seenContent = false
        var i = first
        while i < last {
            if blank[i] { i += 1; continue }
            let r = texts.ranges[i]
            if r.count > 300 || !Self.mayBeBoilerplate(bytes, r) { seenContent = true; i += 1; continue }
            let t = texts.text(i)
            if Self.isClosingCitation(t) && seenContent { last = i; break }
            if Self.isRelatedNewsHeader(t) {
                keep[i] = false
                dropPrecedingHeading(before: i, from: first, texts: &texts, blank: blank, keep: &keep)
                var j = i + 1
                while j < last, blank[j] || Self.isRelatedNewsRow(texts.text(j)) { keep[j] = false; j += 1 }
                i = j
                continue
            }
            if t.startsWithBytes("정책브리핑 게시물 운영원칙") || t.containsBytes("게시물 운영원칙에 따라") {
                keep[i] = false
                var j = i + 1
                while j < last, blank[j] || Self.isListItem(texts.text(j)) { keep[j] = false; j += 1 }
                i = j
                continue
            }
            if Self.isBullet(t) {
                // A block of bullet lines: chrome when at least half of it is counters and buttons.
                var j = i
                var chrome = 0
                while j < last, Self.isBullet(texts.text(j)) {
                    let item = Self.stripBullet(texts.text(j))
                    if Self.isChrome(item) || Self.isCounter(item) { chrome += 1 }
                    j += 1
                }
                if chrome > 0 && chrome * 2 >= j - i {
                    for k in i..<j { keep[k] = false }
                } else {
                    for k in i..<j where Self.isChrome(Self.stripBullet(texts.text(k))) { keep[k] = false }
                    seenContent = true
                }
                i = j
                continue
            }
            if Self.isChrome(t) || Self.isChrome(Self.stripBullet(t)) || Self.isReleaseHeader(t) {
                keep[i] = false
            } else {
                seenContent = true
            }
            i += 1
        }

        var out = CleanTextBuilder()
        // Kept lines, consecutive ones merged: the output text is made of these slices.
        var pieces: [Range<Int>] = []
        func append(_ line: TextLine) {
            out.appendSlice(of: clean, bytes: bytes, range: SourceRange(line.start, line.next))
            if let p = pieces.last, p.upperBound == line.start {
                pieces[pieces.count - 1] = p.lowerBound..<line.next
            } else if line.next > line.start {
                pieces.append(line.start..<line.next)
            }
        }
        var previousBlank = true
        var pendingBlank: TextLine?
        for k in first..<last where keep[k] {
            let line = lines[k]
            if blank[k] {
                if !previousBlank { pendingBlank = line }
                previousBlank = true
                continue
            }
            if let blank = pendingBlank {
                append(blank)
                pendingBlank = nil
            }
            append(line)
            previousBlank = false
        }
        out.trimTrailingNewlines()
        return out.build(slicesOf: clean.text, pieces: pieces)
    }

    private func dropPrecedingHeading(before index: Int, from first: Int, texts: inout LineTexts, blank: [Bool], keep: inout [Bool]) {
        var k = index - 1
        while k >= first, blank[k] { k -= 1 }
        guard k >= first else { return }
        let t = texts.text(k)
        if !t.isEmpty, t.count <= 20, !t.endsWithBytes("."), !t.endsWithBytes("다") { keep[k] = false }
    }

    // MARK: - Line classes

    static func isChrome(_ t: String) -> Bool {
        // Chrome lines are short; long lines are body text (and skipping them keeps this fast).
        if t.isEmpty || t.utf8.count > 300 { return false }
        if t.utf8.count <= 60, isExactLine(t) { return true }
        if prefixHeads.contains(Self.head(t)) {
            for p in prefixes where t.startsWithBytes(p) { return true }
        }
        if t.containsBytes("전재") || t.containsBytes("재배포") {
            for f in fragments where t.containsBytes(f) { return true }
        }
        if isURLOnly(t) { return true }
        if t.utf8.count <= 90, t.endsWithBytes("바로가기") || t.containsBytes("바로가기(") || t.endsWithBytes("바로가기)") { return true }
        if t.endsWithBytes("배너 영역") && t.count <= 20 { return true }
        return false
    }

    /// Header lines of a release: embargo notes, `배포일시 …`/`담당부서 : …` fields, contact
    /// rows of the header table, and datelines such as `2024.09.20 외교부`. Their facts are
    /// metadata (see ``MetadataExtractor``), not body text.
    static func isReleaseHeader(_ t: String) -> Bool {
        if t.utf8.count > 300 { return false }
        if MetadataExtractor.headerField(t) != nil { return true }
        if isEmbargoNote(t) { return true }
        for label in ["담당과장", "담당자", "보도일시", "보도시점"] where t.startsWithBytes(label) {
            let rest = t.dropFirst(label.count).first
            if rest == "\t" || rest == ":" || rest == " " && t.containsBytes("\t") { return true }
        }
        return isDateline(t)
    }

    /// `2021년 11월 25일(목) 조간부터 보도하여 주시기 바랍니다.`, `14:00 이후 보도 가능`:
    /// when the press may publish. Not the publication date, and not body text. Lines that
    /// ask for care in reporting (`보도에 유의`) or give press contacts (`취재를 원하시면`) are body.
    static func isEmbargoNote(_ t: String) -> Bool {
        guard t.utf8.count <= 150, t.containsBytes("보도") else { return false }
        let markers = ["이후 보도", "보도 가능", "부터 보도", "즉시 보도", "보도해 주시기", "보도하여 주시기", "엠바고"]
        guard markers.contains(where: { t.containsBytes($0) }) else { return false }
        return !["보도자료", "유의", "취재", "기사"].contains(where: { t.containsBytes($0) })
    }

    /// `2024.09.20 외교부`: a date followed by a short name of the issuing body, alone on a line.
    static func isDateline(_ t: String) -> Bool {
        guard t.utf8.count <= 80, let f = t.utf8.first, f >= 0x30, f <= 0x39, let d = DateScanner.firstDate(in: t), d.range.lowerBound == t.startIndex else { return false }
        let rest = String(t[d.range.upperBound...]).trimmingBlanks()
        return !rest.isEmpty && rest.count <= 20 && !rest.containsBytes(" ") && rest.last.map({ "부처청원실회단소국과".contains($0) }) == true
    }

    /// A bullet item that is only a number or a bare date (view counters, `• 09-25`). Only
    /// bullet items are judged so: a bare number on its own line is a flattened table cell.
    ///
    /// `0`, `307`, `09-25`, `2023-07-28`, `1,234`: a view count or a bare date.
    static func isCounter(_ t: String) -> Bool {
        var digits = 0
        for b in t.utf8 {
            if b >= 0x30 && b <= 0x39 { digits += 1; continue }
            if b == UInt8(ascii: "-") || b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":") || b == 0x20 { continue }
            return false
        }
        return digits > 0 && t.utf8.count <= 19
    }

    static func isURLOnly(_ t: String) -> Bool {
        (t.startsWithBytes("http://") || t.startsWithBytes("https://") || t.startsWithBytes("www.")) && !t.containsBytes(" ")
    }

    static func isBullet(_ t: String) -> Bool { t.startsWithBytes("•") }

    static func stripBullet(_ t: String) -> String {
        var s = Substring(t)
        while let f = s.first, f == "•" || f == "·" || f == " " || f == "\t" || f == "\u{00A0}" { s = s.dropFirst() }
        return String(s)
    }

    /// `• 1. …`, `1. …`, `- …`: an item of a list.
    static func isListItem(_ t: String) -> Bool {
        let s = stripBullet(t)
        if s.count < t.count { return true }
        var sawDigit = false
        for c in s {
            if c.isASCII, c.isNumber { sawDigit = true; continue }
            return sawDigit && (c == "." || c == ")")
        }
        return false
    }

    /// `(산업통상자원부, 2023.09.21)`: the closing citation of a korea.kr repost.
    static func isClosingCitation(_ t: String) -> Bool {
        guard t.startsWithBytes("("), t.endsWithBytes(")"), t.count <= 60, let comma = t.lastIndex(of: ",") else { return false }
        let date = String(t[t.index(after: comma)..<t.index(before: t.endIndex)]).trimmingBlanks()
        guard let found = DateScanner.firstDate(in: date) else { return false }
        return found.range == date.startIndex..<date.endIndex
    }

    static func isRelatedNewsHeader(_ t: String) -> Bool {
        guard t.utf8.count <= 80, t.containsBytes("번호") else { return false }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        return words.count >= 4 && words.count <= 7 && words.contains("번호") && words.contains("제목") && (words.contains("조회수") || words.contains("조회") || words.contains("날짜"))
    }

    /// `614 제목 … 글쓴이 2023-07-28 536`: starts with a number, ends with a date and a count.
    static func isRelatedNewsRow(_ t: String) -> Bool {
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 3, let f = words.first, f.allSatisfy({ $0.isASCII && $0.isNumber }),
              let l = words.last, l.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ",") }) else { return false }
        return true
    }
}
