extension EventText {
    /// Calls `body` with each occurrence of `word` in the readable sentences that are not notes,
    /// with the index of its sentence.
    ///
    /// One search of the whole body comes first, because most releases hold none of a rare
    /// anchor word; occurrences never straddle a sentence's end, and each search goes on after
    /// the previous occurrence (so overlapping occurrences are not reported).
    func forEachOccurrence(of word: [UInt8], _ body: (_ offset: Int, _ sentence: Int) -> Void) {
        guard !word.isEmpty else { return }
        // An anchor word (``EventCues/anchors``) was found with the cue words by the one scan of
        // the body: its occurrences are read from there, sentence by sentence.
        if let p = EventCues.byteIndex[word] {
            guard cues.occurs(p) else { return }
            for si in readable where !sentences[si].isNote {
                let sr = sentences[si].range
                cues.forEachOccurrence(of: p, in: sr.lowerBound..<sr.upperBound) { body($0, si) }
            }
            return
        }
        // Vector searches (``ByteSearch``): the anchors' lead bytes are common Hangul lead bytes,
        // where a byte-by-byte walk stops at every other syllable.
        b.withUnsafeBufferPointer { all in
            guard ByteSearch.firstIndex(of: word, in: all) != nil else { return }
            for si in readable where !sentences[si].isNote {
                let sr = sentences[si].range
                var from = sr.lowerBound
                while from < sr.upperBound,
                      let k = ByteSearch.firstIndex(of: word, in: UnsafeBufferPointer(rebasing: all[from..<sr.upperBound])) {
                    body(from + k, si)
                    from += k + word.count
                }
            }
        }
    }
}
