import Foundation
import Testing
@testable import CoopGraph

@Suite("NameKey")
struct NameKeyTests {
    @Test("spaces, ·-_ and case are ignored; decomposed Hangul equals composed")
    func normalise() {
        #expect(NameKey.make("한·일") == "한일")
        #expect(NameKey.make("한-일 정상 회담") == "한일정상회담")
        #expect(NameKey.make("Minerals_Security Partnership") == "mineralssecuritypartnership")
        #expect(NameKey.make("MSP") == NameKey.make("msp"))
        let decomposed = "\u{1100}\u{1161}\u{11BC}"  // 강 as jamo
        #expect(NameKey.make(decomposed) == "강")
        #expect(NameKey.make(" \t") == "")
    }
}

extension NameKeyTests {
    static let gazetteers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/CoopGraph/Resources/gazetteers")

    @Test("the byte route keys ASCII and Hangul syllables only, exactly as the Unicode route does")
    func byteRoute() throws {
        #expect(NameKey.asciiOrHangulKey("Korea-Japan_MSP 회담\t") == "koreajapanmsp회담")
        #expect(NameKey.asciiOrHangulKey("\u{1100}\u{1161}\u{11BC}") == nil)
        #expect(NameKey.asciiOrHangulKey("한·일") == nil)
        #expect(NameKey.asciiOrHangulKey("café") == nil)
        #expect(NameKey.asciiOrHangulKey("가\u{11A8}") == nil)  // 가 + a final jamo composes to 각
        #expect(NameKey.make("가\u{11A8}") == "각")
        #expect(NameKey.asciiOrHangulKey("") == "")
        // Every canonical name and alias of the bundled gazetteers, plus the edge cases of ASCII.
        var names = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["힣", "가", "\u{D7A4}", "\u{ABFF}", "ÀB", "İ"]
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.gazetteers.path).filter { $0.hasSuffix(".tsv") }
        #expect(files.count >= 9)
        for file in files {
            let text = try String(contentsOf: Self.gazetteers.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                names.append(String(columns[0]))
                if columns.count > 1 { names += columns[1].split(separator: "|").map(String.init) }
            }
        }
        #expect(names.count > 1000)
        var fast = 0
        for name in names {
            if let key = NameKey.asciiOrHangulKey(name) {
                fast += 1
                #expect(Array(key.utf8) == Array(NameKey.unicodeKey(name).utf8), "\(name)")
            }
            #expect(Array(NameKey.make(name).utf8) == Array(NameKey.unicodeKey(name).utf8), "\(name)")
        }
        #expect(fast > names.count / 2)
    }
}
