import Foundation

/// Draws a timeline as a self-contained SVG: a year axis, a dot per dated step, a bar per term.
///
/// Rows follow the entries' order (by date); a step with a term in its detail
/// (`2024-07 → 2025-07`) is a bar from start to end. Undated steps are listed under the chart,
/// grouped by what they are, so nothing the store knows is hidden. Deterministic, no fonts
/// embedded: text uses a Hangul-capable family list.
public enum TimelineSVG {
    static let rowHeight = 22.0
    static let left = 340.0
    static let width = 960.0
    static let top = 56.0

    public static func render(title: String, entries: [TimelineEntry]) -> String {
        let dated = entries.filter { $0.date.flatMap(position) != nil }
        let undated = entries.filter { $0.date.flatMap(position) == nil }
        var points: [Double] = dated.compactMap { $0.date.flatMap(position) }
        points += dated.compactMap { term($0.detail)?.end }.compactMap(position)
        let lo = (points.min() ?? 2020).rounded(.down)
        let hi = max(lo + 1, (points.max() ?? lo + 1).rounded(.up))
        func x(_ p: Double) -> Double { left + (p - lo) / (hi - lo) * (width - left - 30) }
        let undatedGroups = Dictionary(grouping: undated, by: \.what).sorted { $0.key < $1.key }
        let height = top + Double(dated.count) * rowHeight + 40 + Double(undatedGroups.count) * rowHeight + 20
        var s = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(fmt(width))" height="\(fmt(height))" viewBox="0 0 \(fmt(width)) \(fmt(height))" font-family="NanumGothic, 'Noto Sans CJK KR', 'Apple SD Gothic Neo', sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="#ffffff"/>
        <text x="16" y="26" font-size="16" font-weight="bold">\(XMLEscaping.escape(title))</text>

        """
        let axisY = top - 8
        s += "<line x1=\"\(fmt(x(lo)))\" y1=\"\(fmt(axisY))\" x2=\"\(fmt(x(hi)))\" y2=\"\(fmt(axisY))\" stroke=\"#444\"/>\n"
        for year in Int(lo)...Int(hi) {
            let px = x(Double(year))
            s += "<line x1=\"\(fmt(px))\" y1=\"\(fmt(axisY - 4))\" x2=\"\(fmt(px))\" y2=\"\(fmt(top + Double(dated.count) * rowHeight))\" stroke=\"#ddd\"/>\n"
            s += "<text x=\"\(fmt(px))\" y=\"\(fmt(axisY - 8))\" text-anchor=\"middle\" fill=\"#444\">\(year)</text>\n"
        }
        for (i, e) in dated.enumerated() {
            let y = top + Double(i) * rowHeight + rowHeight / 2
            let label = "\(e.date ?? "") \(e.what): \(e.subject)"
            s += "<text x=\"\(fmt(left - 10))\" y=\"\(fmt(y + 4))\" text-anchor=\"end\">\(XMLEscaping.escape(clip(label)))</text>\n"
            guard let start = e.date.flatMap(position) else { continue }
            if let t = term(e.detail), let end = position(t.end) {
                s += "<rect x=\"\(fmt(x(start)))\" y=\"\(fmt(y - 6))\" width=\"\(fmt(max(2, x(end) - x(start))))\" height=\"12\" rx=\"3\" fill=\"#E8A33D\"><title>\(XMLEscaping.escape(e.detail))</title></rect>\n"
            } else {
                s += "<circle cx=\"\(fmt(x(start)))\" cy=\"\(fmt(y))\" r=\"5\" fill=\"\(color(e.what))\"><title>\(XMLEscaping.escape(e.document ?? ""))</title></circle>\n"
            }
        }
        var y = top + Double(dated.count) * rowHeight + 30
        if !undatedGroups.isEmpty {
            s += "<text x=\"16\" y=\"\(fmt(y))\" font-weight=\"bold\">undated</text>\n"
            for (what, group) in undatedGroups {
                y += rowHeight
                let names = group.map(\.subject).joined(separator: ", ")
                s += "<text x=\"16\" y=\"\(fmt(y))\">\(XMLEscaping.escape(clip("\(what): \(names)", limit: 140)))</text>\n"
            }
        }
        s += "</svg>\n"
        return s
    }

    /// A date as a fractional year: `2024-07` → 2024.5, `2022` → 2022.0; nil when not ISO.
    static func position(_ iso: String) -> Double? {
        guard let d = ISODate.parse(iso) else { return nil }
        return Double(d.year) + Double((d.month ?? 1) - 1) / 12 + Double((d.day ?? 1) - 1) / 365
    }

    /// A term written `from → to` in a detail.
    static func term(_ detail: String) -> (start: String, end: String)? {
        let parts = detail.components(separatedBy: " → ")
        guard parts.count == 2, ISODate.parse(parts[1]) != nil else { return nil }
        return (parts[0], parts[1])
    }

    static func color(_ what: String) -> String {
        switch what {
        case "launch", "signing", "signed", "in_force": return "#C0392B"
        case "meeting", "seminar", "visit": return "#2E6DB4"
        default: return "#5A8F29"
        }
    }

    static func clip(_ s: String, limit: Int = 30) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
