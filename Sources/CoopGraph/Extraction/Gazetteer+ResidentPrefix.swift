extension Gazetteer {
    /// True when `word` is 주 + a country's name (`주프랑스`, `주미`, `주유엔`-like country forms):
    /// "resident in", the prefix of an embassy, a mission or its staff, never a person's name.
    ///
    /// `5개국 주프랑스 국제박람회기구 대표들`: the word before a body and a title reads like a
    /// foreign name, but 주 + country says where the representatives sit.
    public func isResidentPrefix(_ word: String) -> Bool {
        guard word.utf8.count > 3, word.hasPrefix("주") else { return false }
        guard let e = entry(named: String(word.dropFirst())) else { return false }
        return e.kind == .country
    }
}
