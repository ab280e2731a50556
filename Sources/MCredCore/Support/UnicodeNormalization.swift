import Foundation

extension String {
    /// Unicode NFC, so the same text always gives the same bytes. ASCII text is returned as is.
    public var nfc: String {
        for byte in utf8 where byte >= 0x80 {
            return precomposedStringWithCanonicalMapping
        }
        return self
    }

    /// Unicode NFKD, used only to build match keys.
    var decomposedCompatibility: String { decomposedStringWithCompatibilityMapping }
}
