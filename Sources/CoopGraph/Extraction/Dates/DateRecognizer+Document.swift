extension DateRecognizer {
    /// The date mentions of a document's clean body, resolved against its publication date.
    ///
    /// Ranges are UTF-8 byte ranges of `document.body.text`, like ``Mention/range``.
    public func recognize(document: Document) -> [DateMention] {
        recognize(in: document.body.text, documentDate: document.metadata.date)
    }
}
