/// Recognises binary files (images, PDF, HWP, ZIP, executables) from their first bytes.
///
/// Attachments often sit next to press releases; they must be refused with a clear
/// message instead of being read as garbled text. Call it after byte-order marks have
/// been ruled out, since UTF-16 text is full of NUL bytes.
public enum BinarySniffer {
    private static let signatures: [(magic: [UInt8], format: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG"),
        (Array("%PDF".utf8), "PDF"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "HWP/OLE (HWP, DOC, XLS)"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP (HWPX, DOCX, XLSX)"),
        ([0x50, 0x4B, 0x05, 0x06], "ZIP (HWPX, DOCX, XLSX)"),
        ([0x7F, 0x45, 0x4C, 0x46], "Linux (ELF) executable"),
        (Array("GIF87a".utf8), "GIF"),
        (Array("GIF89a".utf8), "GIF"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        (Array("HWP Document File".utf8), "HWP 3"),
        ([0x1F, 0x8B], "gzip"),
        ([0x4D, 0x5A], "Windows executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        (Array("SQLite format 3".utf8), "SQLite"),
    ]

    /// The binary format's name, or nil when the bytes may be text.
    ///
    /// Besides magic numbers, a file whose first 4 KiB hold NUL bytes (more than one
    /// in a hundred, or any two in a row) is taken as binary data.
    public static func format(of bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for (magic, format) in signatures where bytes.count >= magic.count && bytes[0] == magic[0] {
            var match = true
            for (i, m) in magic.enumerated() where bytes[i] != m { match = false; break }
            if match {
                // "MZ" alone is too weak a signature for a text file that starts with "MZ…".
                if magic.count == 2 && magic[0] == 0x4D && !hasNUL(bytes) { continue }
                return format
            }
        }
        return hasNUL(bytes) ? "binary (NUL bytes)" : nil
    }

    private static func hasNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = min(bytes.count, 4096)
        // Text files hold no NUL byte at all: one vector scan settles them.
        guard ByteSearch.firstIndex(ofAny: 0, 0, 0, 0, in: bytes, from: 0, to: n) < n else { return false }
        var nuls = 0
        var previousNUL = false
        for i in 0..<n {
            if bytes[i] == 0 {
                if previousNUL { return true }
                nuls += 1
                previousNUL = true
            } else {
                previousNUL = false
            }
        }
        return nuls > 0 && nuls * 100 > n
    }
}
