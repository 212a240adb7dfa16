import Foundation

/// Finds a release's title, publication date, issuing department and source URL.
///
/// Sources, in priority order (the first that gives a value wins, per field):
/// 1. front matter: `title`; `approve_date` (`MM/DD/YYYY hh:mm:ss`) or `date`;
///    `ministry` / `department`; `original_url` / `url`;
/// 2. header lines: `- 부처:`, `- 배포일:`, `- 게시 시각:`, `- 원문:`, `배포일시 2021. 11. 24.(수)`,
///    `담당부서 : 산업통상부` (the department is taken as written: a division such as
///    `산업기술개발과` stays a division, it is not mapped to its ministry);
/// 3. a dateline, a line that is only a date and a body name: `2024.09.20 외교부`;
/// 4. the closing citation of reposts `(산업통상자원부, 2023.09.21)`, and the repost
///    notice `이 자료는 외교부의 보도자료를 전재하여…` for the department;
/// 5. for the title only: the first line of the cleaned body that is not a header,
///    embargo note, dateline or date (at most 150 characters), then HTML `<title>`.
/// Embargo lines (`2021년 11월 25일(목) 조간부터 보도`) are never the publication date, and
/// nothing is invented: a release with no date keeps `date == nil`.
public struct MetadataExtractor: Sendable {
    public init() {}

    /// - Parameters:
    ///   - headerText: text whose lines are searched for header fields (the decoded
    ///     source after any front matter; for HTML, the stripped text).
    ///   - body: the cleaned body, for the fallback title.
    public func extract(frontMatter: FrontMatter?, headerText: String, body: String, htmlTitle: String? = nil) -> DocumentMetadata {
        var meta = DocumentMetadata()
        if let fm = frontMatter {
            meta.title = nonEmpty(fm["title"])
            if let raw = nonEmpty(fm["approve_date"]), let d = DateScanner.monthDayYear(raw) {
                meta.date = .day(d.year, d.month, d.day, surface: raw)
            } else if let raw = nonEmpty(fm["date"]) ?? nonEmpty(fm["published"]), let d = DateScanner.firstDate(in: raw) {
                meta.date = .day(d.year, d.month, d.day, surface: String(raw[d.range]))
            }
            meta.department = nonEmpty(fm["ministry"]) ?? nonEmpty(fm["department"]) ?? nonEmpty(fm["부처"])
            meta.url = nonEmpty(fm["original_url"]) ?? nonEmpty(fm["url"]) ?? nonEmpty(fm["link"])
        }

        // Front matter that already says everything (the corpus case) needs no line scan.
        if meta.title != nil, meta.date != nil, meta.department != nil, meta.url != nil { return meta }

        var headerDate: DateValue?, datelineDate: DateValue?, citationDate: DateValue?
        var headerDept: String?, datelineDept: String?, citationDept: String?, noticeDept: String?
        var headerURL: String?, bareURL: String?
        var header = headerText
        header.withUTF8 { bytes in
            for line in TextLine.split(bytes) {
                // Header fields, datelines and citations are short lines.
                let r = line.trimmedRange(bytes)
                if r.isEmpty || r.count > 300 { continue }
                let t = String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
                if let (label, value) = Self.headerField(t) {
                    switch label {
                    case "부처", "담당부서", "부서", "담당 부서":
                        if headerDept == nil { headerDept = Self.firstCell(value) }
                    case "배포일", "배포일시", "게시 시각", "게시일", "등록일", "작성일", "배포 일시":
                        if headerDate == nil { headerDate = Self.date(in: value) }
                    case "원문", "URL", "출처 URL":
                        if headerURL == nil, value.startsWithBytes("http") { headerURL = Self.firstCell(value) }
                    default: break
                    }
                    // `배포일시 … 담당부서 …` share one table row: look for the second label too.
                    if headerDept == nil, let r = t.range(of: "담당부서") {
                        let rest = String(t[r.upperBound...]).trimmingBlanks()
                        let v = rest.startsWithBytes(":") ? String(rest.dropFirst()).trimmingBlanks() : rest
                        if let cell = Self.firstCell(v) { headerDept = cell }
                    }
                    continue
                }
                if let f = t.utf8.first, f >= 0x30, f <= 0x39, let d = DateScanner.firstDate(in: t), d.range.lowerBound == t.startIndex {
                    let rest = String(t[d.range.upperBound...]).trimmingBlanks()
                    if datelineDate == nil, BoilerplateFilter.isDateline(t) {
                        datelineDate = .day(d.year, d.month, d.day, surface: String(t[d.range]))
                        datelineDept = rest
                    }
                    continue
                }
                if citationDate == nil, t.startsWithBytes("("), BoilerplateFilter.isClosingCitation(t), let comma = t.lastIndex(of: ",") {
                    let inner = String(t[t.index(after: comma)...].dropLast()).trimmingBlanks()
                    if let d = DateScanner.firstDate(in: inner) {
                        citationDate = .day(d.year, d.month, d.day, surface: String(inner[d.range]))
                        citationDept = String(t[t.index(after: t.startIndex)..<comma]).trimmingBlanks()
                    }
                    continue
                }
                if noticeDept == nil, t.containsBytes("전재하여"), let r = t.range(of: "이 자료는 "), let e = t.range(of: "의 보도자료", range: r.upperBound..<t.endIndex) {
                    noticeDept = nonEmpty(String(t[r.upperBound..<e.lowerBound]).trimmingBlanks())
                    continue
                }
                if bareURL == nil, BoilerplateFilter.isURLOnly(t), t.startsWithBytes("http") { bareURL = t }
            }
        }
        if meta.date == nil { meta.date = headerDate ?? datelineDate ?? citationDate }
        if meta.department == nil { meta.department = headerDept ?? datelineDept ?? citationDept ?? noticeDept }
        if meta.url == nil { meta.url = headerURL ?? bareURL }
        if meta.title == nil { meta.title = Self.firstTitleLine(body) ?? htmlTitle.flatMap { Self.titleFromHTML($0) } }
        return meta
    }

    private func nonEmpty(_ s: String?) -> String? {
        guard let s = s?.trimmingBlanks(), !s.isEmpty else { return nil }
        return s
    }

    static let labels = ["배포일시", "배포 일시", "배포일", "담당부서", "담당 부서", "부처", "게시 시각", "게시일", "등록일", "작성일", "원문", "URL"]

    /// `- 부처: 외교부`, `담당부서 : 산업통상부`, `배포일시\t2021. 11. 24.(수)\t…` → (label, value).
    ///
    /// The label must be followed by `:` or a tab (or, for the date labels, a digit), so
    /// that a sentence starting with `부처 간 협력…` is not a header.
    static func headerField(_ t: String) -> (String, String)? {
        var s = Substring(t)
        if s.startsWithBytes("- ") || s.startsWithBytes("* ") || s.startsWithBytes("□ ") || s.startsWithBytes("○ ") { s = s.dropFirst(2) }
        for label in labels where s.startsWithBytes(label) {
            var rest = s.dropFirst(label.count)
            var sawSeparator = false
            while let c = rest.first, c == " " || c == "\t" || c == ":" || c == "：" || c == "\u{00A0}" {
                if c != " " && c != "\u{00A0}" { sawSeparator = true }
                rest = rest.dropFirst()
            }
            let dateLabel = label.startsWithBytes("배포") || label.endsWithBytes("일") || label == "게시 시각"
            guard sawSeparator || (dateLabel && rest.first.map { $0.isASCII && $0.isNumber } == true) else { continue }
            // A header value is a name or a date, not a list: `부처 : 김용범 기획재정부 제1차관,` is body.
            if !dateLabel, label != "원문", label != "URL", rest.utf8.contains(UInt8(ascii: ",")) || rest.utf8.count > 120 { continue }
            return (label, String(rest))
        }
        return nil
    }

    /// The first cell of a tab- or wide-space-separated row.
    static func firstCell(_ value: String) -> String? {
        var cell = value
        if let tab = cell.firstIndex(of: "\t") { cell = String(cell[..<tab]) }
        if let gap = cell.range(of: "  ") { cell = String(cell[..<gap.lowerBound]) }
        let t = cell.trimmingBlanks()
        return t.isEmpty ? nil : t
    }

    static func date(in value: String) -> DateValue? {
        if let d = DateScanner.monthDayYear(value) { return .day(d.year, d.month, d.day, surface: value.trimmingBlanks()) }
        guard let d = DateScanner.firstDate(in: value) else { return nil }
        return .day(d.year, d.month, d.day, surface: String(value[d.range]))
    }

    static func isHeaderOrNote(_ t: String) -> Bool {
        if headerField(t) != nil { return true }
        if BoilerplateFilter.isEmbargoNote(t) { return true }
        for marker in ["보도일시", "담당과장", "담당자", "문의", "연락처", "보도시점"] where t.containsBytes(marker) {
            return true
        }
        if t.startsWithBytes("(") && t.endsWithBytes(")") { return true }
        if let d = DateScanner.firstDate(in: t), d.range.lowerBound == t.startIndex, t[d.range.upperBound...].count <= 20 { return true }
        if BoilerplateFilter.isCounter(t) || t == "보도자료" || t == "보도참고자료" { return true }
        return false
    }

    static func firstTitleLine(_ body: String) -> String? {
        var text = body
        return text.withUTF8 { bytes -> String? in
            for line in TextLine.split(bytes) {
                var t = line.trimmedString(bytes)
                if t.isEmpty || isHeaderOrNote(t) { continue }
                if t.startsWithBytes("# ") { t = String(t.dropFirst(2)).trimmingBlanks() }
                return t.count <= 150 ? t : nil
            }
            return nil
        }
    }

    static func titleFromHTML(_ title: String) -> String? {
        let first = title.components(separatedBy: " | ").first ?? title
        let t = first.trimmingBlanks()
        return t.isEmpty ? nil : t
    }
}
