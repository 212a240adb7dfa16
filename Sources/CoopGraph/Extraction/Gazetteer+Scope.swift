extension Gazetteer {
    /// True when `m` is a body of no one country: its gazetteer line says `scope=international`.
    ///
    /// A name before such a body and a title is as likely foreign as one before a foreign
    /// ministry (`알바로 라리오 국제농업개발기금(IFAD) 총재`); a Korean body says nothing of the kind.
    /// An international body's secretariat (``SecretariatRule``) is one too.
    public func isInternational(_ m: Mention) -> Bool {
        guard m.kind == .organization else { return false }
        if m.rule == "organization.secretariat" { return true }
        guard let i = entryByName[m.canonical] else { return false }
        return entries[i].properties["scope"] == "international"
    }
}
