/// `convert --explain` and `mapping init`: open exports exactly as `convert` does, but instead of
/// converting, say what the mapping makes of them.
public enum MappingInspector {
    /// One explanation per input, in order.
    public static func explain(
        _ options: ConversionOptions, diagnostics: any DiagnosticSink
    ) throws(MCredError) -> [MappingExplanation] {
        let baseMapping = try OpenedInput.baseMapping(for: options)
        var explanations: [MappingExplanation] = []
        for input in options.inputs {
            let opened = try open(input, options: options, baseMapping: baseMapping, diagnostics: diagnostics)
            explanations.append(MappingExplanation(opened, languageGiven: options.language != nil || baseMapping != nil))
        }
        return explanations
    }

    /// The mapping header recognition guesses for a CSV export, as an editable mapping file, and
    /// the explanation of that guess (what it leaves unfed, which columns it leaves unused).
    public static func initialMapping(
        for input: String, options: ConversionOptions, diagnostics: any DiagnosticSink
    ) throws(MCredError) -> (file: [UInt8], explanation: MappingExplanation) {
        let opened = try open(input, options: options, baseMapping: nil, diagnostics: diagnostics)
        guard opened.format == .csv else {
            throw MCredError(
                .badConfiguration,
                "\(opened.displayName): mapping init reads CSV headers; for ELMO XML start from --preset elmo, for other XML write the mapping by hand (Schemas/mapping.schema.json)")
        }
        var mapping = opened.mapping
        mapping.format = .csv
        let explanation = MappingExplanation(opened, languageGiven: options.language != nil)
        var description = "Guessed by 'mcred mapping init' from the header of \(opened.displayName); check every entry."
        if !explanation.unfedMandatory.isEmpty {
            description += " Nothing feeds the mandatory elements \(explanation.unfedMandatory.map(\.rawValue).joined(separator: ", ")): add a column name or {\"constant\": …} for each."
        }
        if !explanation.unusedColumns.isEmpty {
            description += " Unused columns: \(Converter.describe(explanation.unusedColumns))."
        }
        return (MappingFileRenderer.render(mapping, description: description), explanation)
    }

    private static func open(
        _ input: String, options: ConversionOptions, baseMapping: Mapping?, diagnostics: any DiagnosticSink
    ) throws(MCredError) -> OpenedInput {
        try OpenedInput(
            input, options: options, baseMapping: baseMapping,
            language: options.language ?? baseMapping?.defaultLanguage ?? "en", catalog: .builtIn,
            diagnostics: diagnostics)
    }
}
