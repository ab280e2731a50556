/// Help texts, in argument-parser's layout (OVERVIEW, USAGE, ARGUMENTS, OPTIONS). Pinned by CommandLineTests.
enum Usage {
    static let version = "0.1.0"

    static let exitStatuses = """
        EXIT STATUS:
          0   every record was written
          1   the run finished, but some records were rejected
          2   fatal: unreadable input, bad mapping or profile, unwritable output
          64  usage error
        """

    static let main = """
        OVERVIEW: Turn registrar exports into EU micro-credentials (ELM v3 / EDC JSON-LD) and keep them honest.

        USAGE: mcred <subcommand> [options]

        SUBCOMMANDS:
          convert                 Convert a CSV or XML export into credential documents
          elements                List the EU micro-credential elements (Annex I) and their ids
          mapping init            Guess a mapping file from a CSV export's header, to edit
          report                  Compliance reports (HTML, Markdown, CSV, JSON) of an export
          validate                Check credential files against Annex I and ELM, linter-style, for CI
          state show|history      Inspect the state file of incremental runs (convert --state)

        OPTIONS:
          -h, --help              Show help for mcred or a subcommand (mcred convert --help)
          --version               Show the version

        \(exitStatuses)

        See 'mcred <subcommand> --help' for details.
        """

    static let convertUsage = "USAGE: mcred convert [options] <input>..."

    static let convert = """
        OVERVIEW: Convert registrar exports into EU micro-credential JSON-LD documents.

        Streams each export record by record, maps it onto the EU element set, reports every record
        that lacks a mandatory element (file:line), and writes one ELM v3 / EDC credential per valid record.

        \(convertUsage)

        ARGUMENTS:
          <input>                 A CSV or XML export; '-' reads standard input

        OPTIONS:
          --mapping <file>        JSON mapping file (see Schemas/mapping.schema.json)
          --preset <name>         Built-in mapping: elmo (EMREX/ELMO transcripts)
          --profile <name|file>   Rules beyond Annex I: eu (default), ugent, or a profile file
          --set <element=value>   Value for an element (or element.part) when the data has none;
                                  repeatable, e.g. --set quality-assurance="institutional review by NVAO"
          --out <dir>             Write one <uuid>.jsonld per credential into <dir>
          --ndjson <file>         Write one credential per line to <file> ('-' = standard output;
                                  the default when neither --out nor --ndjson is given)
          --report <file>         Write the JSON report ('-' = standard output)
          --format <csv|xml>      Input format (default: from the mapping, else the file extension)
          --delimiter <char>      CSV delimiter (default: sniffed among , ; TAB |)
          --encoding <name>       utf-8 (default; BOM-detected UTF-16), latin1, windows-1252
          --max-field-bytes <n>   Longest CSV field read (default: 16M); a longer one skips its row
          --max-record-bytes <n>  Longest CSV row read (default: 64M); a longer one is skipped
          --language <tag>        Language of untagged text (default: the mapping's, else en)
          --explain               Print which column or path feeds each element, which elements
                                  nothing feeds and which columns are unused; convert nothing
                                  (exit 0 when every mandatory element has a source, else 1)
          --strict                Treat warnings as errors: a record with a warning is not written
          --dry-run               Read, map and validate, but write no credentials
          --today <yyyy-mm-dd>    Date used for the 'issue date in the future' check (default: today, UTC)
          -j, --jobs <n>          Threads that map, validate and render records (default: the number
                                  of cores); output and diagnostics are the same for any number
          --state <file>          Incremental run: an SQLite state file remembers each credential's
                                  content; only new and changed credentials are written, and those
                                  of the run's scopes no longer in the export are withdrawn
          --all                   With --state: write unchanged credentials too
          --withdrawn <file>      With --state: write the ids withdrawn in this run, one a line ('-' = stdout)
          --scope <value>         With --state: what this export covers (default: each credential's
                                  awarding body); only credentials of this scope can be withdrawn
          --state-wait <seconds>  How long to wait while another run holds the state file (default: 10)
          -q, --quiet             No progress line and no summary line
          --no-color              No colour in diagnostics (default: colour when stderr is a terminal)
          -h, --help              Show this help

        \(exitStatuses)

        DIAGNOSTICS (stderr):
          export.csv:17:5: error: [missing-mandatory-element] record 16 (learner 0123): awarding-body is empty
        """

    static let reportUsage = "USAGE: mcred report [options] <input>..."

    static let report = """
        OVERVIEW: Report how far an export meets the EU micro-credential standard, for people and for CI.

        Reads exports exactly as 'mcred convert' does (same mapping, preset, profile and --set), writes
        no credential, and reports per EU element how complete the records are, compliance per
        awarding body, workload and EQF levels, learners and credentials per academic year
        (September to August) and per title, the most frequent problems and the rejected records.

        \(reportUsage)

        ARGUMENTS:
          <input>                 A CSV or XML export; '-' reads standard input

        OUTPUTS (at least one):
          --html <file>           One self-contained page with charts (no script or external resource)
          --md <file>             Headline, completeness per element, top problems ('-' = standard
                                  output; short enough for a CI job summary)
          --csv <file>            One row per record: file, line, learner, title, status, missing elements
          --json <file>           The aggregated figures ('-' = standard output)

        OPTIONS:
          --mapping <file>        JSON mapping file (see Schemas/mapping.schema.json)
          --preset <name>         Built-in mapping: elmo (EMREX/ELMO transcripts)
          --profile <name|file>   Rules beyond Annex I: eu (default), ugent, or a profile file
          --set <element=value>   Value for an element (or element.part) when the data has none; repeatable
          --format <csv|xml>      Input format (default: from the mapping, else the file extension)
          --delimiter <char>      CSV delimiter (default: sniffed among , ; TAB |)
          --encoding <name>       utf-8 (default; BOM-detected UTF-16), latin1, windows-1252
          --max-field-bytes <n>   Longest CSV field read (default: 16M); a longer one skips its row
          --max-record-bytes <n>  Longest CSV row read (default: 64M); a longer one is skipped
          --language <tag>        Language of untagged text (default: the mapping's, else en)
          --strict                A record with a warning is not compliant either
          --today <yyyy-mm-dd>    Date for the 'issue date in the future' check, shown in the reports
                                  (default: today, UTC, not shown)
          -v, --verbose           Print every diagnostic on stderr (default: only those about a whole file)
          -q, --quiet             No progress line and no summary line
          --no-color              No colour in diagnostics
          -h, --help              Show this help

        EXIT STATUS:
          0   every record complies
          1   the reports were written, but some records do not comply
          2   fatal: unreadable input, bad mapping or profile, unwritable output
          64  usage error

        EXAMPLE:
          mcred report --mapping mapping.json --html report.html --md - export.csv >> "$GITHUB_STEP_SUMMARY"
        """

    static let mappingUsage = "USAGE: mcred mapping init [options] <input>"

    static let mapping = """
        OVERVIEW: Guess a mapping file from the header of a CSV export, to check and edit.

        Recognises column headers as registrars write them in English, Dutch, French and German
        (case, accents, spacing and punctuation ignored; 'Titel (NL)' feeds the Dutch title) and
        writes the result as a mapping file for 'mcred convert --mapping'. A summary on stderr names
        the mandatory elements nothing feeds and the columns left unused.

        \(mappingUsage)

        ARGUMENTS:
          <input>                 A CSV export; '-' reads standard input

        OPTIONS:
          -o, --out <file>        Write the mapping to <file> (default: standard output)
          --set <element=value>   Add a constant for an element the export lacks (repeatable)
          --delimiter <char>      CSV delimiter (default: sniffed among , ; TAB |)
          --encoding <name>       utf-8 (default; BOM-detected UTF-16), latin1, windows-1252
          --language <tag>        Language of untagged text, written into the mapping (default: en)
          -q, --quiet             No summary line
          -h, --help              Show this help

        EXAMPLE:
          mcred mapping init export.csv > mapping.json
          mcred convert --mapping mapping.json --out credentials export.csv

        \(exitStatuses)
        """

    static let stateUsage = "USAGE: mcred state show <file> | mcred state history <file> <credential-id>"

    static let state = """
        OVERVIEW: Inspect the state file of incremental runs (mcred convert --state FILE).

        \(stateUsage)

        SUBCOMMANDS:
          show <file>             Credentials by status and scope, and the latest runs with their
                                  new, changed, unchanged, withdrawn and rejected counts
          history <file> <id>     What each run did to one credential (urn:uuid:… or the bare UUID)

        OPTIONS:
          -h, --help              Show this help

        EXIT STATUS:
          0   shown
          1   history: the state file has no such credential
          2   fatal: the file cannot be read or is not a state file
          64  usage error
        """

    static let elements = """
        OVERVIEW: List the elements of an EU micro-credential (Council Recommendation 2022/C 243/02, Annex I).

        USAGE: mcred elements [--json]

        OPTIONS:
          --json                  Print the element set as JSON (Schemas/elements.json)
          -h, --help              Show this help
        """

    static let validateUsage = "USAGE: mcred validate [options] <path>..."

    static let validate = """
        OVERVIEW: Check ELM v3 / EDC credential files against the EU micro-credential standard, like a linter.

        Reads each credential, reports every Annex I mandatory element it lacks (the same element ids
        as convert) and what an ELM consumer would silently lose or misread, each finding with its
        file, line, JSON path, rule id and raw value. Meant for CI and pre-commit hooks.

        \(validateUsage)

        ARGUMENTS:
          <path>                  A credential file, a folder (searched recursively, in name order, for
                                  .json, .jsonld and .ndjson files) or '-' for standard input.
                                  A .json/.jsonld file holds one credential or an array of them; an
                                  .ndjson file one credential a line; standard input either.
                                  Accepted forms: a plain credential; a JAdES-sealed one
                                  {"payload": "<credential>", "signatures": [...]} (the payload is
                                  checked, findings point at the payload's line); the EDC upload
                                  wrapper {"credential": {...}}.

        OPTIONS:
          -f, --format <format>   text (default): file:line:col: severity: [rule-id] message (field '$.path')
                                  json: the report shape of 'convert --report'
                                  junit: JUnit XML, one testcase per credential
                                  sarif: SARIF 2.1.0 (code scanning)
                                  github: GitHub Actions annotations (::error file=…,line=…::…)
          --profile <name|file>   Rules beyond Annex I: eu (default: below 60 ECTS), ugent (also at
                                  least 3 ECTS), or a profile file (see Schemas/profiles/)
          --strict                A warning fails the credential too
          -o, --output <file>     Write the findings to <file>, atomically (default: standard output)
          --no-notes              Leave out notes (absent optional elements)
          -q, --quiet             No summary line on standard error
          --no-color              No colour in text output (default: colour when stdout is a terminal)
          -h, --help              Show this help

        CHECKS (rule ids):
          missing-mandatory-element  error    an Annex I mandatory element is missing (learner, title,
                                              issuer-country, awarding-body, issue-date, learning-outcomes,
                                              workload, level, assessment-type, participation-form,
                                              quality-assurance; see 'mcred elements')
          missing-optional-element   note     an optional element is absent
          unknown-term               error    a key the declared @context does not define: JSON-LD drops it
          unknown-context            warning  a context mcred has no pinned copy of (its keys are not checked)
          missing-context            error    no @context at all
          context-conflict           error    a context redefines a protected term (expansion fails)
          concept-without-scheme     error/warning  a concept without inScheme
          concept-scheme-mismatch    error/warning  a concept outside the EU list for its property
                                              (error where the EDC SHACL shapes enforce the list)
          misplaced-eqf-level        error    eqfLevel on anything but a Qualification
          invalid-date               error    a date that is not an ISO 8601 date-time
          date-without-offset        warning  a date-time without a time zone
          invalid-duration           error    a duration (volumeOfLearning) that is not ISO 8601
          invalid-number             error    a credit point that is not a number
          unknown-concept            error/warning  a concept its EU list does not hold (eqf/9: error;
                                      other closed lists: warning)
          number-not-string          warning  a credit point written as a JSON number
          out-of-range, missing-profile-element  a credit point ≤ 0; profile rules (--profile)
          invalid-json, invalid-payload, not-a-credential, unreadable-input  unreadable input

        EXIT STATUS:
          0   every credential passed
          1   some credential failed (an error; with --strict also a warning), or none was found
          2   a file, line or payload cannot be read as JSON (the others are still checked), or the
              output cannot be written
          64  usage error

        EXAMPLES:
          mcred validate credentials/
          mcred validate --format github --strict credentials/
          mcred validate --format junit -o validate.xml credentials/
          mcred convert --mapping m.json export.csv | mcred validate -
        """
}

