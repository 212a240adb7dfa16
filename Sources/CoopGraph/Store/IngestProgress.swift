/// How far an ingest has got, reported after each committed batch.
public struct IngestProgress: Sendable, Hashable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    /// Seconds since the ingest started.
    public var elapsed: Double

    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / 1_000_000 / elapsed : 0 }

    /// Seconds left at the rate so far; nil before the first file.
    public var secondsLeft: Double? {
        guard filesDone > 0 else { return nil }
        return elapsed / Double(filesDone) * Double(filesTotal - filesDone)
    }
}
