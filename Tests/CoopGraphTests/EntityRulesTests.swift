import Testing
@testable import CoopGraph

@Suite("EntityRules")
struct EntityRulesTests {
    @Test("the registry lists each rule once, in running order")
    func registry() {
        #expect(EntityRules.all.map { $0.name } == [
            "country.compound", "country.hanja", "gazetteer", "alias.local", "institute.abbreviation", "ministry.foreign", "ministry.foreign-namesake",
            "organization.parliament", "organization.financial-authority", "ministry.local-government", "organization.secretariat", "body.pattern", "body.diplomatic-mission", "body.university", "organization.company-mark",
            "organization.group-company", "organization.latin-company", "body.bracketed", "alias.definition", "ministry.spelled-official-body", "person.spelled-foreign-name", "person.spelled-name-list",
            "person.quoted-foreign-name", "person.quoted-name-title", "person.latin-name-title", "person", "person.parenthetical-head", "person.parenthesized-head-name", "person.concurrent-title", "person.preceding-body", "person.ambassador-country", "person.korean-head", "person.country-name-title", "person.foreign-ambassador",
            "person.internal-unit-head", "person.body-unit-title", "person.name-unit-title", "country.bilateral-reference", "person.foreign-short-name", "organization.cultural-centre", "person.marked-title", "ministry.foreign-side",
            "person.former-official", "person.parenthesized-member",
        ])
    }
}
