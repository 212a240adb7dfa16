/// One sentence of a body as the event rules see it: its range, paragraph and line kind.
struct EventSentence: Sendable, Hashable {
    var range: SourceRange
    /// Index of the paragraph (lines not separated by a blank line).
    var paragraph: Int
    /// The line starts with ※ or * : a note about something else, which never becomes the
    /// event that later quotes are attached to.
    var isNote: Bool
    /// A row of a list of other releases (`614 제목 … 2023-07-28 536`): site furniture, never read.
    var isListing: Bool = false
}
