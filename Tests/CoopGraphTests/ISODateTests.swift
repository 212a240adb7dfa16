@testable import CoopGraph
import Testing

@Suite("ISODate")
struct ISODateTests {
    @Test("the byte reading gives what splitting gives, malformed and out-of-range forms included")
    func sameAsParse() {
        let inputs = ["2023", "2023-07", "2023-07-28", "2024-02-29", "2023-02-29", "2023-13", "2023-00", "2023-04-31", "2023-04-00",
                      "0000", "+123", "2023-+7", "2023-7", "2023-07-8", "20230728", "2023/07/28", "abcd", "", "2023-07-28-01", "٢٠٢٣"]
        for s in inputs {
            let a = ISODate.parse(s), b = ISODate.parseSplitting(s)
            #expect(a?.year == b?.year && a?.month == b?.month && a?.day == b?.day && (a == nil) == (b == nil), "\(s)")
        }
        let d = ISODate.parse("2024-02-29")
        #expect(d?.year == 2024 && d?.month == 2 && d?.day == 29)
        #expect(ISODate.parse("2023-02-29") == nil)
    }

    @Test("the byte writing gives what padding gives, padding and out-of-range fields included")
    func sameAsFormat() {
        let cases: [(Int, Int?, Int?)] = [(2023, nil, nil), (2023, 7, nil), (2023, 7, 28), (5, 1, 2), (0, 0, 0), (2023, 0, 5), (9999, 99, 99),
                                          (10000, 1, 1), (-5, nil, nil), (2023, 123, nil), (2023, 7, 100), (2023, -1, 3), (2023, nil, 5)]
        for c in cases { #expect(ISODate.format(c.0, c.1, c.2) == ISODate.formatPadding(c.0, c.1, c.2), "\(c)") }
        #expect(ISODate.format(2023, 7, 8) == "2023-07-08")
    }
}
