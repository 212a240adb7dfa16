/// A fixed list of cue words (speech verbs, planned cues …) as pattern numbers of
/// ``EventCues/scanner``, so that asking whether a range holds one of them is a look-up in
/// the document's ``CueHits`` rather than a substring search per word.
///
/// Build lists once, as static lets of ``EventCues``: the words are looked up in the table
/// when the list is made. A word missing from the table is still found (byte by byte), only slower.
struct CueList: Sendable {
    let words: [String]
    /// Pattern numbers of the words found in ``EventCues/index``, in list order.
    let patterns: [Int]
    /// UTF-8 of the words the table does not hold.
    let unindexed: [[UInt8]]
    /// Index in ``EventCues/slotted`` (whose occurrences ``CueHits`` keeps merged, so asking
    /// about the list is one binary search, not one per word), or -1.
    let slot: Int

    init(_ words: [String], slot: Int = -1) {
        self.words = words
        self.slot = slot
        var patterns: [Int] = []
        var unindexed: [[UInt8]] = []
        for w in words {
            if let p = EventCues.index[w] { patterns.append(p) } else { unindexed.append(Array(w.utf8)) }
        }
        self.patterns = patterns
        self.unindexed = unindexed
    }
}
