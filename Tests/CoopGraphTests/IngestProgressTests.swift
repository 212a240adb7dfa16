import Testing
@testable import CoopGraph

@Suite("IngestProgress")
struct IngestProgressTests {
    @Test("rate in MB/s and time left at the rate so far")
    func rate() {
        let p = IngestProgress(filesDone: 25, filesTotal: 100, bytesDone: 5_000_000, elapsed: 2)
        #expect(p.megabytesPerSecond == 2.5)
        #expect(p.secondsLeft == 6)
        #expect(IngestProgress(filesDone: 0, filesTotal: 10, bytesDone: 0, elapsed: 0).secondsLeft == nil)
        #expect(IngestProgress(filesDone: 0, filesTotal: 10, bytesDone: 0, elapsed: 0).megabytesPerSecond == 0)
    }
}
