/// What a release says about itself: title, publication date, issuing body, source URL.
///
/// Every field is optional: a blog repost may carry no date, and none is ever invented.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    public var title: String?
    /// Publication date at day precision when known.
    public var date: DateValue?
    /// The issuing ministry or department as written (`산업통상부`, `외교부`).
    public var department: String?
    public var url: String?

    public init(title: String? = nil, date: DateValue? = nil, department: String? = nil, url: String? = nil) {
        self.title = title
        self.date = date
        self.department = department
        self.url = url
    }
}
