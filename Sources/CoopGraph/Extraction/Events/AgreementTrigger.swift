/// A word that names an agreement of one kind (업무협약, MOU, 파트너십 …), as UTF-8 bytes.
public struct AgreementTrigger: Sendable, Hashable {
    public var word: String
    public var kind: AgreementKind
    let bytes: [UInt8]
    /// Latin abbreviations (MOU, FTA) must stand alone, not inside a longer Latin word.
    var isLatin: Bool { bytes.first.map { $0 < 0x80 } ?? false }

    public init(_ word: String, _ kind: AgreementKind) {
        self.word = word
        self.kind = kind
        self.bytes = Array(word.utf8)
    }

    /// Every trigger, longest first.
    public static let all: [AgreementTrigger] = {
        let table: [(String, AgreementKind)] = [
            ("업무협약", .mou), ("업무 협약", .mou), ("양해각서", .mou), ("MOU", .mou), ("MOA", .mou), ("협력의향서", .mou), ("LOI", .mou),
            ("각서", .mou), ("MOC", .mou), ("의향서", .mou), ("협약", .agreement), ("합의서", .agreement), ("의정서", .agreement),
            ("선언", .declaration), ("선언문", .declaration),
            ("공급계약", .contract), ("구매계약", .contract), ("수출계약", .contract), ("계약", .contract),
            ("파트너십", .partnership), ("프레임워크", .partnership),
            ("협정", .agreement), ("MRA", .agreement), ("약정", .arrangement),
            ("조약", .treaty), ("FTA", .fta), ("CEPA", .fta), ("EPA", .fta),
            ("공동성명서", .jointStatement), ("공동성명", .jointStatement), ("공동선언문", .jointStatement), ("공동선언", .jointStatement),
            ("행동계획", .arrangement),
        ]
        return table.map { AgreementTrigger($0.0, $0.1) }.sorted { ($0.bytes.count, $0.word) > ($1.bytes.count, $1.word) }
    }()
}
