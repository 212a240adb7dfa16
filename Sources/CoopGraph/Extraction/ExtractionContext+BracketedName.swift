extension ExtractionContext {
    /// The Hangul words of a name written in brackets (`「아운 폰모니엇」`), as half-open UTF-8
    /// byte ranges, with the offset of the closing bracket; nil when the brackets hold something
    /// else.
    ///
    /// The words run from `open + openLength` to the first scalar `close` in the sentence, separated
    /// by spaces. Each must be a Hangul run that is not a stopword or function word, does not end
    /// like a particle, is no title and is not inside a mention already found, and `accept` (given
    /// the word and its range) must take it; more than four words, or no closing bracket, is no name.
    func bracketedNameWords(open: Int, openLength: Int, close: UInt32,
                            accept: (_ word: String, _ lo: Int, _ hi: Int) -> Bool) -> (words: [(lo: Int, hi: Int)], close: Int)? {
        let b = bytes
        let titles = gazetteer.personTitles
        var words: [(lo: Int, hi: Int)] = []
        var j = open + openLength
        while j < upper {
            let c = HangulBytes.scalar(at: j, in: b)
            if c.value == close { break }
            if c.value == 0x20 { j += 1; continue }
            let hi = HangulBytes.hangulRunEnd(from: j, upper: upper, in: b)
            guard hi > j, words.count < 4 else { return nil }
            let w = text(j, hi)
            guard !titles.stopwordSet.contains(w), !PersonTitles.functionWordSet.contains(w),
                  let last = w.last, !PersonTitles.particleEnds.contains(last),
                  accept(w, j, hi), titles.title(j, hi, in: b) == nil, !isCovered(j) else { return nil }
            words.append((j, hi))
            j = hi
        }
        guard j < upper, !words.isEmpty else { return nil }
        return (words, j)
    }
}
