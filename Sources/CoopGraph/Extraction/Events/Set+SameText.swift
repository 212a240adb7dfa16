extension Set<String> {
    /// Same result as `contains(_:)`, with ``Swift/String/isSameText(_:)`` instead of a hash of
    /// `s`: for the few aliases of a draft a walk is cheaper than a normalising hash.
    func containsSameText(_ s: String) -> Bool {
        contains { $0.isSameText(s) }
    }
}
