/// Joining IDs on their UTF-8 bytes.
extension String {
    /// `a`, the ASCII byte `separator`, then `b`, copied into one buffer of the final size.
    ///
    /// Node and edge IDs are built per mention and per edge added: appending with `+=` checks
    /// and grows the buffer at each step and costs about two thousand instructions for a
    /// Korean edge ID, a copy of the bytes a few hundred. The result has the bytes of
    /// `a + String(separator) + b`.
    static func joining(_ a: String, _ separator: UInt8, _ b: String) -> String {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                String(unsafeUninitializedCapacity: x.count + 1 + y.count) { out in
                    var i = copy(x, into: out, at: 0)
                    out[i] = separator
                    i += 1
                    return copy(y, into: out, at: i)
                }
            }
        }
    }

    /// `a`, `separator`, `b`, `separator`, `c` in one buffer (an edge's `source|relation|target`).
    static func joining(_ a: String, _ b: String, _ c: String, separator: UInt8) -> String {
        var a = a, b = b, c = c
        return a.withUTF8 { x in
            b.withUTF8 { y in
                c.withUTF8 { z in
                    String(unsafeUninitializedCapacity: x.count + y.count + z.count + 2) { out in
                        var i = copy(x, into: out, at: 0)
                        out[i] = separator
                        i = copy(y, into: out, at: i + 1)
                        out[i] = separator
                        return copy(z, into: out, at: i + 1)
                    }
                }
            }
        }
    }

    /// Copies `bytes` to `out` from `start`; returns the offset after them.
    @inline(__always)
    private static func copy(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        guard bytes.count > 0, let src = bytes.baseAddress, let dst = out.baseAddress else { return start }
        (dst + start).update(from: src, count: bytes.count)
        return start + bytes.count
    }
}
