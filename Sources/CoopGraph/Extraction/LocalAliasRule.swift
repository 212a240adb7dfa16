/// Later mentions of a short name the document defined (`생기원` after `(이하 생기원)`).
public struct LocalAliasRule: EntityRule {
    public let name = "alias.local"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let b = context.bytes
        for (alias, needle, target) in context.document.localAliasList {
            guard !needle.isEmpty, needle.count <= context.sentence.count else { continue }
            var i = context.lower
            // From occurrence to occurrence (a vector search), not byte by byte.
            while i + needle.count <= context.upper,
                  let k = ByteSearch.firstIndex(of: needle, in: UnsafeBufferPointer(rebasing: b[i..<context.upper])) {
                i += k
                if GazetteerRule.isValid(start: i, end: i + needle.count, context: context) {
                    context.add(Mention(range: SourceRange(i, i + needle.count), kind: target.kind, canonical: target.canonical,
                                        surface: alias, aliases: [alias], properties: target.properties, rule: name))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
    }

    static func equal(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ needle: [UInt8]) -> Bool {
        for k in 0..<needle.count where b[i + k] != needle[k] { return false }
        return true
    }
}
