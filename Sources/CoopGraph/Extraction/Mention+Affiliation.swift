extension Mention {
    /// Makes a person mention belong to `body` (its canonical name) of `kind`: the
    /// `affiliation` and `affiliation_kind` properties, and `country` too when `isCountry` says the
    /// body is the person's country (`스웨덴 뢰벤 총리`, `주한인도대사`).
    ///
    /// One write of the properties: each write of a `Mention` field builds a new payload.
    public mutating func affiliate(with body: String, kind: NodeKind, isCountry: Bool = false) {
        var p = properties
        p["affiliation"] = body
        p["affiliation_kind"] = kind.rawValue
        if isCountry { p["country"] = body }
        properties = p
    }
}
