extension ExtractionContext {
    /// Calls `body` with each offset of `byte` in the sentence, from `start` (the sentence's
    /// start when nil) up to its end, in order.
    ///
    /// Rules anchored on one ASCII byte that is rare in Korean text (`(`, a blank) jump between
    /// its occurrences with `memchr` instead of testing every byte. `body` gets the context back
    /// to add mentions to; it must not change the sentence's bounds.
    static func forEachOffset(of byte: UInt8, from start: Int? = nil, in context: inout ExtractionContext,
                              _ body: (Int, inout ExtractionContext) -> Void) {
        let b = context.bytes
        let upper = context.upper
        var i = HangulBytes.next(byte, from: start ?? context.lower, upper: upper, in: b)
        while i < upper {
            body(i, &context)
            i = HangulBytes.next(byte, from: i + 1, upper: upper, in: b)
        }
    }
}
