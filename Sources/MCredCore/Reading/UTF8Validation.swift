/// Incremental UTF-8 validation (Unicode 15, Table 3-7: no overlongs, surrogates or > U+10FFFF).
enum UTF8Validation {
    /// Validates `count` bytes. Returns the length of the prefix made of complete valid sequences
    /// and whether the sequence starting there is invalid. When it is not invalid but shorter than
    /// `count`, the remaining 1–3 bytes are the valid start of a sequence cut off by the end.
    static func validate(_ p: UnsafePointer<UInt8>, count n: Int) -> (valid: Int, invalid: Bool) {
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i < n {
            // Registrar exports are mostly ASCII: skip 16 bytes at a time while no high bit is set.
            while i + 16 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 16
            }
            if i >= n { break }
            let lead = p[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard let shape = UTF8LeadByte.shape(lead) else { return (i, true) }
            let length = shape.length, low = shape.secondLow, high = shape.secondHigh
            if i + 1 >= n { return (i, false) }
            let second = p[i + 1]
            if second < low || second > high { return (i, true) }
            if length >= 3 {
                if i + 2 >= n { return (i, false) }
                if p[i + 2] & 0xC0 != 0x80 { return (i, true) }
                if length == 4 {
                    if i + 3 >= n { return (i, false) }
                    if p[i + 3] & 0xC0 != 0x80 { return (i, true) }
                }
            }
            i += length
        }
        return (n, false)
    }
}
