/// A `*`/`※` note that says who attended the event of the sentence it annotates: everyone it
/// names takes part in that event.
///
/// Two forms: the note itself ends in an attendance word (`* 韓 과학기술정보통신부, 외교부 - 美
/// 백악관 과학기술정책실, 국무부 참석`, `※ 삼성전자·LG전자 등 진출기업 및 … 지원기관 참여`), or its
/// marker stands in the annotated sentence right after such a word (`초청국*의 장관급 인사 …
/// 참석하며` → `* 스페인, 네덜란드, …`). The annotated sentence is the nearest sentence before
/// the note that is not a note; its current event (``EventWorkspace/currentEvent(at:)``) gets
/// the participants. A note that names or refers to an event itself is left to the other rules.
struct NoteAttendanceRule: EventRule {
    let name = "event.note-attendance"

    /// Words a note ends in when it lists attendees (then optionally 예정, 함, 등).
    static let endWords: [[UInt8]] = ["참석", "참여", "참가"].map { Array($0.utf8) }
    /// Words a footnote marker follows in the annotated sentence when its note lists attendees.
    static let markedWords: [[UInt8]] = ["참석", "참여", "참가", "초청국", "참가국", "참석국", "참여국", "초청", "참석자", "대표단", "개최"]
        .map { Array($0.utf8) }
    /// What may follow the attendance word at the end of a note.
    /// (Not 중: `14개국 참여 중` describes a membership, not who came.)
    static let tails: [[UInt8]] = ["", "예정", "함", "했음", "하였음", "합니다", "했습니다", "하였습니다", "할 예정"].map { Array($0.utf8) }
    /// `… 등 52개국 참여`: a count of member countries before the word describes a grouping.
    static let countedCountries = Array("개국".utf8)
    static let star: UInt8 = 0x2A

    func apply(to w: inout EventWorkspace) {
        let t = w.text
        var named: Set<Int>?
        var anchor: Int?
        for si in t.readable {
            let s = t.sentences[si]
            guard s.isNote else { anchor = si; continue }
            guard let a = anchor else { continue }
            let attendsAtEnd = endsInAttendance(s.range, t)
            guard attendsAtEnd || isMarkedAttendance(note: s.range, anchor: t.sentences[a].range, t) else { continue }
            if named == nil { named = Set(w.references.map(\.sentence)) }
            guard named?.contains(si) == false, let e = w.currentEvent(at: a) else { continue }
            let ms = t.mentions(in: s.range).filter { !($0.kind == .person && t.isAppositive($0)) }
            guard !ms.isEmpty else { continue }
            for m in ms { w.addParticipant(m, to: e) }
            w.events[e].evidence.append(t.evidence(s.range, sentence: si, rule: name))
        }
    }

    /// The note's last word is an attendance word (`… 국무부 참석`, `… 지원기관 참여 예정`).
    private func endsInAttendance(_ r: SourceRange, _ t: EventText) -> Bool {
        var e = r.upperBound
        // A closing parenthesis is not stripped: `(현재 48개국 참여)` is an aside about a body.
        while e > r.lowerBound, t.b[e - 1] == 0x20 || t.b[e - 1] == 0x2E { e -= 1 }
        for word in Self.endWords {
            for tail in Self.tails {
                for gap in [0, 1] where !(tail.isEmpty && gap == 1) {
                    let start = e - tail.count - gap - word.count
                    guard start >= r.lowerBound, t.matches(word, at: start), t.matches(tail, at: start + word.count + gap) else { continue }
                    if gap == 1, t.b[start + word.count] != 0x20 { continue }
                    // A word of its own: a space or a middle mark before it (`… 등 참석`, not `비참석`).
                    guard start == r.lowerBound || t.b[start - 1] == 0x20 else { continue }
                    let c = Self.countedCountries
                    return !(start - 1 - c.count >= r.lowerBound && t.matches(c, at: start - 1 - c.count))
                }
            }
        }
        return false
    }

    /// The note opens with n stars and the annotated sentence holds exactly n stars right after an
    /// attendance word (`초청국*의`, `개최*하고`).
    private func isMarkedAttendance(note: SourceRange, anchor: SourceRange, _ t: EventText) -> Bool {
        var k = note.lowerBound
        while k < note.upperBound, t.b[k] == 0x20 || t.b[k] == 0x2D { k += 1 }
        var stars = 0
        while k < note.upperBound, t.b[k] == Self.star { stars += 1; k += 1 }
        guard stars > 0 else { return false }
        var i = anchor.lowerBound
        while i < anchor.upperBound {
            guard t.b[i] == Self.star else { i += 1; continue }
            var j = i
            while j < anchor.upperBound, t.b[j] == Self.star { j += 1 }
            if j - i == stars, Self.markedWords.contains(where: { i - $0.count >= anchor.lowerBound && t.matches($0, at: i - $0.count) }) {
                return true
            }
            i = j
        }
        return false
    }
}
