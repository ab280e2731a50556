/// The shape of a well-formed UTF-8 sequence from its lead byte (Unicode Table 3-7): its length and
/// the allowed range of its second byte, which rules out overlong forms, surrogates and code points
/// above U+10FFFF. Shared by the CSV and JSON readers so both reject exactly the same bytes.
enum UTF8LeadByte {
    struct Shape {
        var length: Int
        var secondLow: UInt8
        var secondHigh: UInt8
    }

    /// nil for bytes that cannot start a multi-byte sequence (continuations, 0xC0, 0xC1, 0xF5…).
    @inline(__always) static func shape(_ lead: UInt8) -> Shape? {
        switch lead {
        case 0xC2...0xDF: Shape(length: 2, secondLow: 0x80, secondHigh: 0xBF)
        case 0xE0: Shape(length: 3, secondLow: 0xA0, secondHigh: 0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: Shape(length: 3, secondLow: 0x80, secondHigh: 0xBF)
        case 0xED: Shape(length: 3, secondLow: 0x80, secondHigh: 0x9F)
        case 0xF0: Shape(length: 4, secondLow: 0x90, secondHigh: 0xBF)
        case 0xF1...0xF3: Shape(length: 4, secondLow: 0x80, secondHigh: 0xBF)
        case 0xF4: Shape(length: 4, secondLow: 0x80, secondHigh: 0x8F)
        default: nil
        }
    }
}
