extension BodyPatternRule {
    /// Heads that also name a recurring meeting: `한미일 외교차관협의회`, `제12차 한-미 과학기술공동위원회`.
    static let meetingHeads: [[UInt8]] = ["협의회", "위원회"].map { Array($0.utf8) }
    static let round: [UInt8] = Array("차".utf8)

    /// True when a `협의회`/`위원회` word found at `lo..<hi` is a session of talks between
    /// countries, not a standing body: the word before it (one blank between) is a country
    /// compound (`한미일`, `한-미`) or a round (`제15차`, `2차`). Such sessions are events; as
    /// entities they were only ever extra.
    static func isMeetingSeries(_ m: Mention, context: ExtractionContext) -> Bool {
        let b = context.bytes
        let lo = m.range.lowerBound, hi = m.range.upperBound
        guard meetingHeads.contains(where: { h in hi - lo > h.count && (0..<(hi - lo - h.count + 1)).contains { k in
            h.indices.allSatisfy { b[lo + k + $0] == h[$0] }
        } }) else { return false }
        let end = HangulBytes.skipBlanksBackward(from: lo, lower: context.lower, in: b)
        guard end < lo, end > context.lower else { return false }
        if let c = context.mention(endingAt: end), c.kind == .country, c.rule == "country.compound" { return true }
        // `제15차`, `2차`: digits right before 차.
        guard end - 3 > context.lower, round.indices.allSatisfy({ b[end - 3 + $0] == round[$0] }),
              b[end - 4] >= 0x30, b[end - 4] <= 0x39 else { return false }
        return true
    }
}
