import MCredCore

/// Records shared by the stage tests.
enum TestRecords {
    /// A record with every mandatory element present.
    static func complete() -> MappedRecord {
        var r = MappedRecord(number: 1, file: "x.csv", line: 2)
        let catalog = SchemaCatalog.builtIn
        r[.learnerID] = .text("0123")
        r[.title] = .texts([LanguageText(language: "en", text: "Knowledge Graphs")])
        r[.issuerCountry] = .concept(catalog.vocabulary(.country).concept(for: "BE")!)
        r[.awardingBodyName] = .texts([LanguageText(language: "en", text: "Ghent University")])
        r[.issueDate] = .date(ISODate(year: 2025, month: 6, day: 30)!)
        r[.learningOutcomes] = .texts([LanguageText(language: "en", text: "Model a domain.")])
        r[.workloadECTS] = .decimal("4")
        r[.levelEQF] = .level(7)
        r[.assessmentType] = .concept(catalog.vocabulary(.assessmentType).concept(for: "project work")!)
        r[.participationForm] = .concept(catalog.vocabulary(.participationForm).concept(for: "online")!)
        r[.qualityAssuranceType] = .concept(catalog.vocabulary(.qualityAssurance).concept(for: "institutional review")!)
        return r
    }

}
