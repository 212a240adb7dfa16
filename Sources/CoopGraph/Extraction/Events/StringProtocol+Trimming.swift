/// Trimming of spaces, tabs and no-break spaces without Foundation's character sets.
extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\u{A0}" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\u{A0}" { s.removeLast() }
        return String(s)
    }
}
