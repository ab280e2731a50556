/// Ratios as the reports print them, computed in integers so every format rounds the same way
/// (half up) on every machine and locale.
public enum ReportNumbers {
    /// `n / d` with `places` decimals (`0.9512`); `d == 0` gives 0.
    public static func ratio(_ n: Int, of d: Int, places: Int = 4) -> String {
        guard d > 0 else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (n * scale * 2 + d) / (2 * d)
        let whole = scaled / scale, fraction = scaled % scale
        guard places > 0 else { return String(whole) }
        let digits = String(fraction)
        return "\(whole)." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// `95.1%`: a percentage with one decimal.
    public static func percent(_ n: Int, of d: Int) -> String {
        let tenths = ratio(n, of: d, places: 3)
        // 0.951 → 95.1
        let parts = tenths.split(separator: ".")
        let whole = Int(parts[0])! * 100 + Int(parts[1].prefix(2))!
        return "\(whole).\(parts[1].suffix(1))%"
    }

    /// Sorts ECTS values as numbers (`2` before `10`), ties by text.
    static func numericOrder(_ a: String, _ b: String) -> Bool {
        let x = Double(a) ?? .infinity, y = Double(b) ?? .infinity
        return x != y ? x < y : a < b
    }
}
