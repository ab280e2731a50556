extension CSVScanner {
    // MARK: - Skipping a row with an oversized field

    /// Reports the oversized field and switches to skipping its row. The skip restarts at the
    /// row's first byte (still at `pos`) so quotes and line breaks are tracked from a known state;
    /// from then on consumed bytes are dropped, so memory stays bounded.
    mutating func beginSkipping(column: Int, line fieldLine: Int, fieldStart: Int) {
        for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
        pendingDiagnostics.removeAll(keepingCapacity: true)
        // Only the first maxFieldBytes + 1 bytes are sure to be in the buffer whatever the
        // chunking, so the excerpt never goes further (the report is then deterministic).
        var count = min(Self.excerptBytes, maxFieldBytes + 1, end - fieldStart)
        while count > 0 && count < end - fieldStart && storage[fieldStart + count] & 0xC0 == 0x80 { count -= 1 }
        let excerpt = String(decoding: UnsafeBufferPointer(start: storage + fieldStart, count: count), as: UTF8.self)
        diagnostics.emit(.error(
            "csv-field-too-large",
            "field \(column) is longer than \(maxFieldBytes) bytes (raise the limit with --max-field-bytes); the row is skipped",
            at: location(fieldLine, column), value: excerpt + "…"))
        skipping = SkipState()
    }

    /// Reports a row whose partial bytes in the buffer (from `pos`) already pass `maxRecordBytes`
    /// and switches to skipping it, like an oversized field.
    mutating func beginSkippingRecord() {
        for diagnostic in pendingDiagnostics { diagnostics.emit(diagnostic) }
        pendingDiagnostics.removeAll(keepingCapacity: true)
        reportRecordTooLarge(line: line, start: pos)
        skipping = SkipState()
    }

    /// `csv-record-too-large` for the row whose first byte is `storage[start]`, quoting its first
    /// bytes. A row counts with its line break, so whether it passes the limit, and what is quoted
    /// (the limit is at least 1 byte, so the excerpt never passes the row), does not depend on chunking.
    func reportRecordTooLarge(line: Int, start: Int) {
        var count = min(Self.excerptBytes, maxRecordBytes, end - start)
        while count > 0 && count < end - start && storage[start + count] & 0xC0 == 0x80 { count -= 1 }
        let excerpt = String(decoding: UnsafeBufferPointer(start: storage + start, count: count), as: UTF8.self)
        diagnostics.emit(.error(
            "csv-record-too-large",
            "the row is longer than \(maxRecordBytes) bytes (raise the limit with --max-record-bytes); the row is skipped",
            at: location(line, 1), value: excerpt + "…"))
    }

    /// Consumes bytes of the skipped row. Returns true when the row (or the input) has ended.
    mutating func skipRow() -> Bool {
        guard var state = skipping else { return true }
        let base = storage
        let e = end
        var p = pos
        while p < e {
            let c = base[p]
            p += 1
            if state.inQuotes {
                if !state.quotePending {
                    if c == quote {
                        state.quotePending = true
                    } else if c == Self.lf {
                        if !state.previousCR { line += 1 }
                    } else if c == Self.cr {
                        line += 1
                    }
                    state.previousCR = c == Self.cr
                    continue
                }
                state.quotePending = false
                state.previousCR = false
                if c == quote { continue } // a doubled quote
                state.inQuotes = false // c is the first byte after the closing quote
            }
            if c == delimiter {
                state.atFieldStart = true
                state.column += 1
            } else if c == Self.lf || c == Self.cr {
                line += 1
                if c == Self.cr {
                    if p == e { skipLF = true } else if base[p] == Self.lf { p += 1 }
                }
                pos = p
                skipping = nil
                return true
            } else if c == quote && state.atFieldStart {
                state.inQuotes = true
                state.atFieldStart = false
                state.quoteLine = line
            } else {
                state.atFieldStart = false
            }
        }
        pos = p
        guard atEnd else {
            skipping = state
            return false
        }
        if state.inQuotes && !state.quotePending {
            diagnostics.emit(.error(
                "csv-unterminated-quote", "quoted field opened here is not closed before the end of the file",
                at: location(state.quoteLine, state.column)))
        }
        skipping = nil
        return true
    }
}

extension CSVScanner {
    /// How much of a long value a diagnostic quotes.
    static let excerptBytes = 200

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: sourceName, line: line, column: column)
    }

    /// At most ``excerptBytes`` of a long value (cut at a character), so reports stay readable.
    static func excerpt(_ value: String) -> String {
        let utf8 = value.utf8
        guard utf8.count > excerptBytes else { return value }
        let bytes = Array(utf8.prefix(excerptBytes + 1))
        var count = excerptBytes
        while count > 0 && bytes[count] & 0xC0 == 0x80 { count -= 1 }
        return String(decoding: bytes[..<count], as: UTF8.self) + "…"
    }
}
