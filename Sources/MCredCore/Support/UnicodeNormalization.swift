import Foundation

extension String {
    /// Unicode NFC, so the same text always gives the same bytes. Text below U+0300 (ASCII, Latin-1,
    /// Latin Extended: most names in registrar exports) is NFC already and returned as is; only
    /// text with combining marks or other scripts pays for Foundation's normalisation.
    public var nfc: String {
        isBelowCombiningMarks ? self : precomposedStringWithCanonicalMapping
    }

    /// Whether every scalar is below U+0300. Every such scalar is NFC-stable (NFC_Quick_Check=Yes,
    /// no canonical composition with what precedes it), so such text is its own NFC.
    var isBelowCombiningMarks: Bool {
        if isASCII { return true }
        for scalar in unicodeScalars where scalar.value >= 0x300 { return false }
        return true
    }

    /// Whether every byte is below 0x80, read eight bytes at a time from the contiguous UTF-8.
    var isASCII: Bool {
        let scanned = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var i = 0
            while count - i >= 8 {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < count {
                if base[i] >= 0x80 { return false }
                i += 1
            }
            return true
        }
        if let scanned { return scanned }
        return utf8.allSatisfy { $0 < 0x80 }
    }

    /// Unicode NFKD, used only to build match keys.
    var decomposedCompatibility: String { decomposedStringWithCompatibilityMapping }
}
