/// Which side of the document date an expression points to, as its own words say.
///
/// `past` comes from 지난/지난해/작년/전날, `future` from 오는/내년/다음 달. A sentence cue
/// (예정, 계획, 할 것, 방침) also selects `future` when resolving a year-less date, but only the
/// expression's own words are reported in ``DateMention/tense``.
public enum DateTense: String, Sendable, Hashable, Codable {
    case past, future
}
