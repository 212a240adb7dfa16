/// Trimming of spaces, tabs and no-break spaces without Foundation's character sets.
extension StringProtocol {
    var trimmingSpaces: String {
        // A first character that is one of the four starts with 20, 09, 0A or C2 (no-break
        // space), a last one ends with 20, 09, 0A or A0: other strings have nothing to trim.
        let whole = String(self)
        let u = whole.utf8
        guard let f = u.first, let l = u.last else { return whole }
        if f != 0x20, f != 0x09, f != 0x0A, f != 0xC2, l != 0x20, l != 0x09, l != 0x0A, l != 0xA0 { return whole }
        var s = Substring(whole)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\u{A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\u{A0}" { s.removeLast() }
        return String(s)
    }
}
