/// The head of an internal unit of a ministry (`internal=1` in the gazetteer, e.g. 통상교섭본부 of
/// 산업통상자원부): the title keeps the unit (`통상교섭본부장`, not `본부장`) and the person belongs
/// to the ministry (`parent=`), as for any other office of a ministry (`산업정책실장`, `금속과장`).
///
/// Runs after the person rules, on persons of the sentence affiliated with such a unit.
public struct InternalUnitHeadRule: EntityRule {
    public let name = "person.internal-unit-head"

    public init() {}

    public func apply(_ context: inout ExtractionContext) {
        let g = context.gazetteer
        // By index: a `for p in` copied every mention out before testing its kind.
        for i in context.mentions.indices where context.mentions[i].kind == .person {
            let p = context.mentions[i]
            guard let unit = p.properties["affiliation"], g.internalUnitNames.contains(unit),
                  let e = g.entry(named: unit), e.properties["internal"] == "1",
                  let parentName = e.properties["parent"], let parent = g.entry(named: parentName),
                  let title = p.properties["title"], title.hasSuffix(PersonTitles.headSuffix) else { continue }
            var m = p
            // `본부장` is the unit's head: the unit's name plus 장.
            if !title.hasPrefix(e.canonical), e.canonical.hasSuffix(String(title.dropLast())) {
                m.properties["title"] = e.canonical + PersonTitles.headSuffix
            }
            m.affiliate(with: parent.canonical, kind: parent.kind)
            context.update(m)
        }
    }
}
