extension String {
    /// The string without leading and trailing white space (including NBSP, U+200B, U+3000, U+FEFF).
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, Self.isBlank(f) { s = s.dropFirst() }
        while let l = s.last, Self.isBlank(l) { s = s.dropLast() }
        return String(s)
    }

    static func isBlank(_ c: Character) -> Bool {
        c.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
    }
}
