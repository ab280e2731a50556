import SQLiteDatabase

/// `mcred state show` and `mcred state history`: what a state file holds, as text for a person.
/// Opens the file read-only, so it can run beside a conversion (WAL: it sees the last commit).
public struct StateInspector {
    public let path: String
    private let database: Database
    /// The file exists but no run was ever committed to it.
    private let isEmpty: Bool
    /// Runs listed by ``summary()``; older ones are counted, not listed.
    public static let listedRuns = 20

    public init(path: String) throws(MCredError) {
        self.path = path
        do {
            database = try Database(path: path, mode: .readOnly)
            let application = try database.scalar("PRAGMA application_id")?.integer ?? 0
            let tables = try database.scalar("SELECT count(*) FROM sqlite_master")?.integer ?? 0
            // A state file whose only runs were dry runs or failed is empty: nothing to show yet.
            isEmpty = application == 0 && tables == 0
            guard application == StateSchema.applicationID || isEmpty else {
                throw MCredError(.stateStore, "'\(path)' is not an mcred state file (made by convert --state)")
            }
        } catch {
            throw StateStore.failure(error, path: path)
        }
    }

    /// Runs, credentials by status and scope, and the latest runs with their counts.
    public func summary() throws(MCredError) -> String {
        guard !isEmpty else { return "state file: \(path)\ncredentials: 0 (0 active, 0 withdrawn)\nruns: 0\n" }
        do {
            let runCount = try database.scalar("SELECT count(*) FROM runs")?.integer ?? 0
            var text = "state file: \(path)\n"
            let byStatus = try database.prepare("SELECT status, count(*) FROM credentials GROUP BY status").rows()
            let count = { (status: String) in byStatus.first { $0[0].text == status }?[1].integer ?? 0 }
            text += "credentials: \(count("active") + count("withdrawn")) (\(count("active")) active, \(count("withdrawn")) withdrawn)\n"
            let scopes = try database.prepare("""
                SELECT scope, sum(status = 'active'), sum(status = 'withdrawn') FROM credentials GROUP BY scope ORDER BY scope
                """).rows()
            for scope in scopes {
                text += "  scope \(scope[0].text ?? ""): \(scope[1].integer ?? 0) active, \(scope[2].integer ?? 0) withdrawn\n"
            }
            text += "runs: \(runCount)"
            let runs = try database.prepare("""
                SELECT id, time, records, written, new, changed, unchanged, withdrawn, rejected, inputs, coalesce(scope, '')
                FROM runs ORDER BY id DESC LIMIT ?1
                """).rows(.integer(Int64(Self.listedRuns)))
            if let last = runs.first {
                text += ", the last \(last[1].text ?? "") (run \(last[0].integer ?? 0))"
            }
            text += "\n"
            guard !runs.isEmpty else { return text }
            if runCount > Int64(runs.count) { text += "(the \(runCount - Int64(runs.count)) earlier runs are not listed)\n" }
            var table = [["run", "time", "records", "written", "new", "changed", "unchanged", "withdrawn", "rejected", "inputs"]]
            for run in runs.reversed() {
                var inputs = (run[9].text ?? "").split(separator: "\n").joined(separator: ", ")
                if let scope = run[10].text, !scope.isEmpty { inputs += " (scope \(scope))" }
                table.append((0..<9).map { column in run[column].integer.map(String.init) ?? run[column].text ?? "" } + [inputs])
            }
            return text + "\n" + Self.layout(table, numeric: Set(2...8))
        } catch {
            throw StateStore.failure(error, path: path)
        }
    }

    /// One credential's row and its events over the runs; nil when the state has no such id.
    /// `id` may be the `urn:uuid:` form or the bare UUID.
    public func history(of id: String) throws(MCredError) -> String? {
        let urn = (id.hasPrefix("urn:uuid:") ? id : "urn:uuid:" + id).lowercased()
        guard !isEmpty else { return nil }
        do {
            let rows = try database.prepare("""
                SELECT c.status, c.scope, c.hash, c.first_seen, f.time, c.last_seen, l.time, c.written_by, w.time
                FROM credentials c JOIN runs f ON f.id = c.first_seen JOIN runs l ON l.id = c.last_seen
                LEFT JOIN runs w ON w.id = c.written_by WHERE c.id = ?1
                """).rows(.text(urn))
            guard let row = rows.first else { return nil }
            func run(_ number: Int, _ time: Int) -> String {
                guard let id = row[number].integer else { return "never" }
                return "run \(id) (\(row[time].text ?? ""))"
            }
            var text = "\(urn): \(row[0].text ?? ""), scope \(row[1].text ?? ""), content sha1 \(row[2].text ?? "")\n"
            text += "first seen \(run(3, 4)), last seen \(run(5, 6)), last written \(run(7, 8))\n\n"
            let events = try database.prepare("""
                SELECT e.run, r.time, e.event, coalesce(e.source, '') FROM events e JOIN runs r ON r.id = e.run
                WHERE e.credential = ?1 ORDER BY e.run, e.event
                """).rows(.text(urn))
            var table = [["run", "time", "event", "source"]]
            for event in events {
                table.append([String(event[0].integer ?? 0), event[1].text ?? "", event[2].text ?? "", event[3].text ?? ""])
            }
            return text + Self.layout(table, numeric: [])
        } catch {
            throw StateStore.failure(error, path: path)
        }
    }

    /// Columns padded to their widest cell, numbers right-aligned, two spaces apart.
    static func layout(_ rows: [[String]], numeric: Set<Int>) -> String {
        var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if column > 0 { line += "  " }
                line += numeric.contains(column) ? padding + cell : (column == row.count - 1 ? cell : cell + padding)
            }
            return line + "\n"
        }.joined()
    }
}
