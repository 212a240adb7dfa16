/// One rule of the event and agreement stage: reads the workspace and adds to it.
///
/// Rules run in the order of ``EventRules/all``; a new rule is one file plus one line there.
protocol EventRule: Sendable {
    /// The rule's name, recorded in evidence (`event.trigger`, `agreement.membership`).
    var name: String { get }
    func apply(to workspace: inout EventWorkspace)
}
