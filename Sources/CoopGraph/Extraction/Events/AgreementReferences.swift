/// Finding which agreement a sentence is about: one it names (by name or alias), else the
/// one named last within a few sentences before it.
enum AgreementReferences {
    /// Agreements named in the sentence, with the offset just after the name.
    static func named(in si: Int, _ w: EventWorkspace) -> [(index: Int, end: Int)] {
        let t = w.text
        let sr = t.sentences[si].range
        var out: [(Int, Int)] = []
        // The name, then the aliases in sorted order, the first found counting: read in place (no
        // copy of each draft), and the aliases sorted only when the name is not found.
        for a in w.agreements.indices {
            let name = w.agreements[a].name
            if name.utf8.count >= 3, let k = t.find(Array(name.utf8), in: sr) { out.append((a, k + name.utf8.count)); continue }
            guard !w.agreements[a].aliases.isEmpty else { continue }
            for n in w.agreements[a].aliases.sorted() where n.utf8.count >= 3 {
                if let k = t.find(Array(n.utf8), in: sr) { out.append((a, k + n.utf8.count)); break }
            }
        }
        return out.sorted { $0.1 < $1.1 }
    }

    static func current(at si: Int, _ w: EventWorkspace, within: Int = 6) -> Int? {
        if let n = named(in: si, w).first { return n.index }
        func last(_ a: Int) -> Int? { w.agreements[a].sentences.last { $0 <= si && si - $0 <= within } }
        return w.agreements.indices.filter { last($0) != nil }.max { (last($0) ?? 0, $1) < (last($1) ?? 0, $0) }
    }
}
