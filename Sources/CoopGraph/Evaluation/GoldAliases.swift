/// Reads the `aliases` of a gold item, which the scorer accepts as a list or as one `|`-joined string.
enum GoldAliases {
    static func decode<K: CodingKey>(_ c: KeyedDecodingContainer<K>, forKey key: K) throws -> [String] {
        if let list = try? c.decodeIfPresent([String].self, forKey: key) { return list }
        if let joined = try c.decodeIfPresent(String.self, forKey: key) {
            return joined.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        }
        return []
    }
}
