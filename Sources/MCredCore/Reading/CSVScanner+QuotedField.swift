#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Quoted fields and line-break counting, the less common paths of the tokenizer.
extension CSVScanner {
    /// Counts LF, CR LF and lone CR as one break each.
    static func lineBreaks(_ p: UnsafePointer<UInt8>, count: Int) -> Int {
        guard count > 0 else { return 0 }
        var breaks = 0
        if memchr(p, Int32(cr), count) == nil {
            // The usual case (no CR): let memchr find the LFs.
            var from = p
            var left = count
            while left > 0, let hit = memchr(from, Int32(lf), left) {
                let next = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
                left -= from.distance(to: next)
                from = next
                breaks += 1
            }
            return breaks
        }
        var i = 0
        while i < count {
            let c = p[i]
            i += 1
            if c > cr { continue }
            if c == lf {
                breaks += 1
            } else if c == cr {
                breaks += 1
                if i < count && p[i] == lf { i += 1 }
            }
        }
        return breaks
    }

    enum QuotedField {
        /// Parsed and appended; `next` is the position after it.
        case field(next: Int, lineBreaks: Int)
        case needMore
        case oversized
    }

    /// Parses a quoted field starting at the quote at `start` and appends it to `fields`.
    ///
    /// A field's size is its raw length in the file, quotes included, so the limit check gives
    /// the same answer however the input was chunked (the raw length only grows as more arrives).
    mutating func quotedField(from start: Int, column: Int, line fieldLine: Int) -> QuotedField {
        let base = storage
        let e = end
        let contentStart = start + 1
        var q = contentStart
        var segment = contentStart
        var escaped = false
        var close = e
        while true {
            guard q < e, let hit = memchr(base + q, Int32(quote), e - q) else {
                if !atEnd { return e - start > maxFieldBytes ? .oversized : .needMore }
                break // unterminated at end of input: close = e
            }
            let at = hit.assumingMemoryBound(to: UInt8.self) - base
            if at + 1 == e && !atEnd { // cannot tell `"` from `""` yet
                return e - start > maxFieldBytes ? .oversized : .needMore
            }
            if at + 1 < e && base[at + 1] == quote {
                if !escaped {
                    scratch.removeAll(keepingCapacity: true)
                    escaped = true
                }
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: at + 1 - segment))
                q = at + 2
                segment = q
                continue
            }
            close = at
            break
        }
        let terminated = close < e
        var p = terminated ? close + 1 : e
        // Text glued to the closing quote (`"ab"cd`) is kept as data, as other readers do.
        let trailingStart = p
        while p < e {
            let c = base[p]
            if c == delimiter || c == Self.lf || c == Self.cr { break }
            p += 1
        }
        if p - start > maxFieldBytes { return .oversized }
        if p == e && !atEnd { return .needMore }
        let field: String
        if escaped || p > trailingStart {
            if !escaped { scratch.removeAll(keepingCapacity: true) }
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + segment, count: close - segment))
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + trailingStart, count: p - trailingStart))
            field = String(decoding: scratch, as: UTF8.self)
        } else {
            field = String(decoding: UnsafeBufferPointer(start: base + contentStart, count: close - contentStart), as: UTF8.self)
        }
        if p > trailingStart {
            pendingDiagnostics.append(.warning(
                "csv-stray-quote", "text after the closing quote of a quoted field; kept as data",
                at: location(fieldLine, column), value: field))
        }
        if !terminated {
            pendingDiagnostics.append(.error(
                "csv-unterminated-quote", "quoted field opened here is not closed before the end of the file",
                at: location(fieldLine, column), value: Self.excerpt(field)))
        }
        fields.append(field)
        return .field(next: p, lineBreaks: Self.lineBreaks(base + contentStart, count: close - contentStart))
    }
}
