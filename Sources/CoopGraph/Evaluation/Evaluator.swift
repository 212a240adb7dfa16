import Foundation

/// Runs the pipeline on the documents of a folder of gold answers and scores each graph.
///
/// Each gold answer names its document (`doc`); the document is looked for in the given
/// documents folder, or by default in ``defaultDocumentFolders(forGold:)``. Documents are read
/// with ``DocumentReader`` and extracted with ``Extractor`` in-process, one at a time.
public struct Evaluator: Sendable {
    public var reader: DocumentReader
    public var extractor: Extractor
    public var scorer: Scorer

    public init(reader: DocumentReader = DocumentReader(), extractor: Extractor = Extractor(), scorer: Scorer = Scorer()) {
        self.reader = reader
        self.extractor = extractor
        self.scorer = scorer
    }

    /// Where a gold folder's documents are by convention, in the order they are tried:
    /// the sibling `press-releases<suffix>` of a folder named `gold<suffix>` (`Fixtures/gold` →
    /// `Fixtures/press-releases`, `gold-extra` → `press-releases-extra`), the sibling `seeds`
    /// (the layout of `../shared`), then the gold folder itself.
    public static func defaultDocumentFolders(forGold goldDirectory: String) -> [String] {
        let trimmed = goldDirectory.count > 1 && goldDirectory.hasSuffix("/") ? String(goldDirectory.dropLast()) : goldDirectory
        let ns = trimmed as NSString
        let parent = ns.deletingLastPathComponent
        let last = ns.lastPathComponent
        var out: [String] = []
        if last.hasPrefix("gold") {
            out.append((parent as NSString).appendingPathComponent("press-releases" + last.dropFirst(4)))
        }
        out.append((parent as NSString).appendingPathComponent("seeds"))
        out.append(trimmed)
        return out
    }

    /// Scores every `*.json` gold answer of `goldDirectory` (in name order).
    ///
    /// Throws ``CoopGraphError/usage(_:)`` when the folder holds no gold answer, and
    /// ``CoopGraphError/unreadable(path:reason:)`` for an unreadable answer or a document that
    /// is in none of the folders searched.
    public func evaluate(goldDirectory: String, documentsDirectory: String? = nil) throws -> ScoreReport {
        let files = try GoldAnswer.files(in: goldDirectory)
        guard !files.isEmpty else {
            throw CoopGraphError.usage("no gold answers (*.json) in \(goldDirectory)")
        }
        let folders = documentsDirectory.map { [$0] } ?? Self.defaultDocumentFolders(forGold: goldDirectory)
        var scores: [DocumentScore] = []
        for file in files {
            let gold = try GoldAnswer.load(path: file)
            let candidates = folders.map { ($0 as NSString).appendingPathComponent(gold.doc) }
            guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
                throw CoopGraphError.unreadable(
                    path: file,
                    reason: "its document \"\(gold.doc)\" is not in " + folders.joined(separator: ", ") + "; pass the folder with --docs")
            }
            let graph = extractor.extract(try reader.read(path: path))
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            scores.append(scorer.score(gold, graph: graph, name: name))
        }
        return ScoreReport(documents: scores)
    }
}
