"""Hand-curated tables behind Schemas/*.json: the Annex I element set, the column-header synonyms and
the synonyms of the small controlled vocabularies. generate_schemas.py turns them into JSON.

Edit here, then run `python3 Schemas/tools/generate_schemas.py` and
`python3 Schemas/tools/check_vocabularies.py`.

Path abbreviations used in the "elm" strings (as in shared/docs/target-example.md):
LA = credentialSubject.hasClaim[0] (LearningAchievement), Q = LA.specifiedBy (Qualification),
A = LA.provenBy[0] (LearningAssessment), UG = LA.awardedBy.awardingBody[0] (Organisation, the same node as issuer).
"""

ANNEX_SOURCE = (
    "Council Recommendation of 16 June 2022 on a European approach to micro-credentials for lifelong "
    "learning and employability (2022/C 243/02), OJ C 243, 27.6.2022, p. 10, Annex I "
    "'European standard elements to describe a micro-credential' "
    "(https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex:32022H0627(02))"
)

ABBREVIATIONS = {
    "LA": "credentialSubject.hasClaim[0] (LearningAchievement)",
    "Q": "LA.specifiedBy (Qualification)",
    "A": "LA.provenBy[0] (LearningAssessment)",
    "UG": "LA.awardedBy.awardingBody[0] (Organisation; the same node as issuer)",
}


def part(pid, description, elm, datatype="text", multilingual=False, repeatable=False, vocabulary=None):
    return {
        "id": pid,
        "description": description,
        "datatype": datatype,
        "multilingual": multilingual,
        "repeatable": repeatable,
        "vocabulary": vocabulary,
        "elm": elm,
    }


# Order and ids are fixed by the brief: 11 mandatory elements, then 5 optional ones.
ELEMENTS = [
    {
        "id": "learner",
        "name": "Identification of the learner",
        "mandatory": True,
        "whereApplicable": False,
        "description": "Who earned the micro-credential: an identifier and/or the name of the learner.",
        "elm": "credentialSubject (Person): givenName, familyName, fullName, dateOfBirth, identifier, contactPoint.emailAddress",
        "vocabulary": None,
        "defaultPart": "id",
        "parts": [
            part("id", "learner identifier (student number)", "credentialSubject.identifier[].notation (Identifier)", "identifier"),
            part("id-scheme", "name of the identifier's scheme, e.g. 'Ghent University student number'", "credentialSubject.identifier[].schemeName"),
            part("given-name", "given name(s) of the learner", "credentialSubject.givenName (language map, one value)"),
            part("family-name", "family name of the learner", "credentialSubject.familyName (language map, one value)"),
            part("full-name", "full name of the learner as it should be displayed", "credentialSubject.fullName (language map, one value)"),
            part("email", "e-mail address of the learner", "credentialSubject.contactPoint[].emailAddress[].id (Mailbox, 'mailto:' IRI)", "email"),
            part("date-of-birth", "date of birth of the learner", "credentialSubject.dateOfBirth (xsd:dateTime, date + 'T00:00:00Z')", "date"),
        ],
    },
    {
        "id": "title",
        "name": "Title of the micro-credential",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The name of the micro-credential, in one or more languages.",
        "elm": "LA.title and Q.title (language maps, 1..*); displayParameter.title",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "title of the micro-credential (one value per language)", "LA.title, Q.title (language maps)", multilingual=True),
        ],
    },
    {
        "id": "issuer-country",
        "name": "Country(ies)/Region(s) of the issuer",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The country of the awarding body that issues the micro-credential.",
        "elm": "UG.location[].address[].countryCode (country NAL concept); also the spatial of UG's LegalIdentifiers",
        "vocabulary": "country",
        "defaultPart": "value",
        "parts": [
            part("value", "country of the awarding body (name or ISO code)", "UG.location[].address[].countryCode", "concept", vocabulary="country"),
        ],
    },
    {
        "id": "awarding-body",
        "name": "Awarding body(ies)",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The organisation that awards the micro-credential.",
        "elm": "LA.awardedBy.awardingBody[] (Organisation, = issuer): legalName, identifier, eIDASIdentifier, registration, homepage, location",
        "vocabulary": None,
        "defaultPart": "name",
        "parts": [
            part("name", "legal name of the awarding body (one value per language)", "UG.legalName (language map)", multilingual=True),
            part("id", "institution code such as an Erasmus code or SCHAC code", "UG.identifier[] (Identifier: notation, schemeName)", "identifier"),
            part("legal-id", "legal identifier such as a VAT or enterprise number", "UG.eIDASIdentifier and UG.registration (LegalIdentifier: notation, spatial = issuer country)", "identifier"),
            part("homepage", "web site of the awarding body", "UG.homepage[].contentURL (WebResource)", "url"),
        ],
    },
    {
        "id": "issue-date",
        "name": "Date of issuing",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The date on which the micro-credential was awarded and issued.",
        "elm": "issued, issuanceDate, validFrom (credential); LA.awardedBy.awardingDate",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "date of issuing (calendar date)", "issued, issuanceDate, validFrom; LA.awardedBy.awardingDate (xsd:dateTime, date + 'T00:00:00Z')", "date"),
        ],
    },
    {
        "id": "learning-outcomes",
        "name": "Learning outcomes",
        "mandatory": True,
        "whereApplicable": False,
        "description": "What the learner knows, understands and is able to do after the learning experience.",
        "elm": "Q.learningOutcome[] (LearningOutcome, one per outcome, title 1..*)",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "learning outcomes: one text or several; split into one outcome each", "Q.learningOutcome[].title (language map)", multilingual=True, repeatable=True),
        ],
    },
    {
        "id": "workload",
        "name": "Notional workload needed to achieve the learning outcomes (in European Credit Transfer and Accumulation System - ECTS, wherever possible)",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The notional workload, as ECTS credits where possible, else (or also) in hours.",
        "elm": "Q.creditPoint[] (CreditPoint: framework ECTS, point as a string); Q.volumeOfLearning (xsd:duration, e.g. PT100H)",
        "vocabulary": "education-credit",
        "defaultPart": "ects",
        "parts": [
            part("ects", "ECTS credits (decimal)", "Q.creditPoint[].point with framework education-credit ECTS", "decimal", vocabulary="education-credit"),
            part("hours", "notional learning hours (decimal)", "Q.volumeOfLearning (xsd:duration PTnH)", "decimal"),
        ],
    },
    {
        "id": "level",
        "name": "Level (and cycle, if applicable) of the learning experience leading to the micro-credential (European Qualifications Framework, Qualifications Frameworks in the European Higher Education Area), if applicable",
        "mandatory": True,
        "whereApplicable": True,
        "description": "The EQF level of the learning experience, where one applies.",
        "elm": "Q.eqfLevel (EQF concept; only on a Qualification); the QF-EHEA cycle has no ELM vocabulary",
        "vocabulary": "eqf",
        "defaultPart": "eqf",
        "parts": [
            part("eqf", "EQF level 1-8 (number, roman numeral or label)", "Q.eqfLevel", "concept", vocabulary="eqf"),
        ],
    },
    {
        "id": "assessment-type",
        "name": "Type of assessment",
        "mandatory": True,
        "whereApplicable": False,
        "description": "How the learning outcomes were assessed.",
        "elm": "A.specifiedBy.dcType (assessment-type concept); A also needs title, awardedBy and grade",
        "vocabulary": "assessment-type",
        "defaultPart": "value",
        "parts": [
            part("value", "type of assessment (e.g. written exam, project work)", "A.specifiedBy.dcType", "concept", vocabulary="assessment-type"),
        ],
    },
    {
        "id": "participation-form",
        "name": "Form of participation in the learning activity",
        "mandatory": True,
        "whereApplicable": False,
        "description": "How the learner took part: online, onsite, blended, work-based and so on.",
        "elm": "Q.mode[] (modes of learning and assessment concept); Q.learningSetting (formal/non-formal) is a separate dimension",
        "vocabulary": "participation-form",
        "defaultPart": "value",
        "parts": [
            part("value", "form of participation (e.g. online, on campus, blended)", "Q.mode[]", "concept", repeatable=True, vocabulary="participation-form"),
        ],
    },
    {
        "id": "quality-assurance",
        "name": "Type of quality assurance used to underpin the micro-credential",
        "mandatory": True,
        "whereApplicable": False,
        "description": "The external quality assurance behind the micro-credential, such as an institutional review or a programme accreditation.",
        "elm": "UG.accreditation[] for institutional QA, Q.accreditation[] for programme QA (Accreditation: dcType 1..1, title 1..*, accreditingAgent 1..1)",
        "vocabulary": "quality-assurance",
        "defaultPart": "title",
        "parts": [
            part("title", "free text such as 'institutional review by NVAO'; its type is recognised from the text", "UG.accreditation[].title (or Q.accreditation[].title)", multilingual=True, vocabulary="quality-assurance"),
            part("type", "type of quality assurance (institutional/programme quality assurance or licence)", "UG.accreditation[].dcType (or Q.accreditation[].dcType)", "concept", vocabulary="quality-assurance"),
            part("agent", "name of the quality assurance body", "UG.accreditation[].accreditingAgent.legalName (Organisation)", multilingual=True),
            part("agent-country", "country of the quality assurance body", "UG.accreditation[].accreditingAgent.location[].address[].countryCode", "concept", vocabulary="country"),
        ],
    },
    {
        "id": "prerequisites",
        "name": "Prerequisites needed to enrol in the learning activity",
        "mandatory": False,
        "whereApplicable": False,
        "description": "What a learner needs before enrolling.",
        "elm": "Q.entryRequirement (Note, noteLiteral)",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "prerequisites as free text", "Q.entryRequirement.noteLiteral", multilingual=True),
        ],
    },
    {
        "id": "supervision",
        "name": "Supervision and identity verification during assessment (unsupervised with no identity verification, supervised with no identity verification, supervised online or onsite with identity verification)",
        "mandatory": False,
        "whereApplicable": False,
        "description": "Whether the assessment was supervised and whether the learner's identity was verified.",
        "elm": "A.idVerification (supervision-verification concept; on the assessment, not its specification)",
        "vocabulary": "supervision",
        "defaultPart": "value",
        "parts": [
            part("value", "supervision and identity verification (e.g. supervised with ID verification)", "A.idVerification", "concept", vocabulary="supervision"),
        ],
    },
    {
        "id": "grade",
        "name": "Grade achieved",
        "mandatory": False,
        "whereApplicable": False,
        "description": "The result the learner obtained.",
        "elm": "A.grade (Note, noteLiteral; 1..1 on every LearningAssessment); A.specifiedBy.gradingScheme",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "grade as written by the registrar (e.g. 16/20, B, pass)", "A.grade.noteLiteral", multilingual=True),
            part("scheme", "grading scheme or scale (e.g. 0-20, A-F)", "A.specifiedBy.gradingScheme.title (GradingScheme)", multilingual=True),
        ],
    },
    {
        "id": "stackability",
        "name": "Integration/stackability options (stand-alone, independent micro-credential/integrated, stackable towards another credential)",
        "mandatory": False,
        "whereApplicable": False,
        "description": "Whether the micro-credential stands alone or stacks towards a larger credential.",
        "elm": "Q.additionalNote[] (Note with subject 'Integration/stackability options'); Q.isPartialQualification + Q.isPartOf[] (Qualification) when it stacks",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "stackability options as free text", "Q.additionalNote[].noteLiteral (subject 'Integration/stackability options')", multilingual=True),
            part("part-of", "title of the larger credential it stacks towards", "Q.isPartOf[].title (Qualification); sets Q.isPartialQualification true", multilingual=True),
        ],
    },
    {
        "id": "further-information",
        "name": "Further information",
        "mandatory": False,
        "whereApplicable": False,
        "description": "Anything else that describes the micro-credential.",
        "elm": "Q.additionalNote[] (Note with subject 'Further information'); Q.homepage[].contentURL",
        "vocabulary": None,
        "defaultPart": "value",
        "parts": [
            part("value", "further information as free text", "Q.additionalNote[].noteLiteral (subject 'Further information')", multilingual=True),
            part("url", "web page with more information", "Q.homepage[].contentURL (WebResource)", "url"),
        ],
    },
]

# Where each part is found in an ELM credential, for `mcred validate` and `mcred report`: alternative
# paths from the credential root, tried in order. A step is a JSON key; arrays are looked through (a
# single value and a one-element array read the same); a step may carry a filter `key[path=value]`
# that keeps the nodes whose `path` (itself dotted) leads to the string `value` or to a node with that
# `id`. A node that is a reference (same `id` as a node written elsewhere in the document) is read
# merged with it, as JSON-LD does. Parts absent here have no place in ELM that a reader can check.
LA = "credentialSubject.hasClaim"
Q = LA + ".specifiedBy"
A = LA + ".provenBy"
UG = LA + ".awardedBy.awardingBody"
ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af"
ACCREDITATIONS = [UG + ".accreditation", Q + ".accreditation", "evidence.accreditation", "issuer.accreditation"]
JSON_PATHS = {
    "learner.id": ["credentialSubject.identifier.notation", "credentialSubject.nationalID.notation"],
    "learner.id-scheme": ["credentialSubject.identifier.schemeName"],
    "learner.given-name": ["credentialSubject.givenName"],
    "learner.family-name": ["credentialSubject.familyName"],
    "learner.full-name": ["credentialSubject.fullName"],
    "learner.email": ["credentialSubject.contactPoint.emailAddress.id"],
    "learner.date-of-birth": ["credentialSubject.dateOfBirth"],
    "title.value": [LA + ".title", Q + ".title"],
    "issuer-country.value": [UG + ".location.address.countryCode", "issuer.location.address.countryCode"],
    "awarding-body.name": [UG + ".legalName"],
    "awarding-body.id": [UG + ".identifier.notation"],
    "awarding-body.legal-id": [UG + ".eIDASIdentifier.notation", UG + ".registration.notation"],
    "awarding-body.homepage": [UG + ".homepage.contentURL"],
    "issue-date.value": ["issued", "issuanceDate", LA + ".awardedBy.awardingDate"],
    "learning-outcomes.value": [Q + ".learningOutcome.title", Q + ".learningOutcomeSummary.noteLiteral"],
    "workload.ects": [Q + ".creditPoint[framework=" + ECTS + "].point"],
    "workload.hours": [Q + ".volumeOfLearning"],
    "level.eqf": [LA + ".specifiedBy[type=Qualification].eqfLevel"],
    "assessment-type.value": [A + ".specifiedBy.dcType", Q + ".provenBy.dcType"],
    "participation-form.value": [Q + ".mode", LA + ".influencedBy.specifiedBy.mode"],
    "quality-assurance.title": [a + ".title" for a in ACCREDITATIONS],
    "quality-assurance.type": [a + ".dcType" for a in ACCREDITATIONS],
    "quality-assurance.agent": [a + ".accreditingAgent.legalName" for a in ACCREDITATIONS],
    "quality-assurance.agent-country": [a + ".accreditingAgent.location.address.countryCode" for a in ACCREDITATIONS],
    "prerequisites.value": [Q + ".entryRequirement.noteLiteral"],
    "supervision.value": [A + ".idVerification"],
    "grade.value": [A + ".grade.noteLiteral"],
    "grade.scheme": [A + ".specifiedBy.gradingScheme.title"],
    "stackability.value": [Q + ".additionalNote[subject.prefLabel.en=Integration/stackability options].noteLiteral"],
    "stackability.part-of": [Q + ".isPartOf"],
    "further-information.value": [Q + ".additionalNote[subject.prefLabel.en=Further information].noteLiteral",
                                  LA + ".additionalNote.noteLiteral"],
    "further-information.url": [Q + ".homepage.contentURL", LA + ".supplementaryDocument.contentURL"],
}

# The parts whose presence makes an element present in a credential (any one of them), as `convert`
# decides for a record: the learner by an identifier or a name, the workload by ECTS or hours, quality
# assurance by its type or title; otherwise the default part.
PRESENT_WHEN = {
    "learner": ["id", "full-name", "given-name", "family-name"],
    "workload": ["ects", "hours"],
    "quality-assurance": ["type", "title"],
    "stackability": ["value", "part-of"],
    "further-information": ["value", "url"],
}

MANDATORY_IDS = [
    "learner", "title", "issuer-country", "awarding-body", "issue-date", "learning-outcomes",
    "workload", "level", "assessment-type", "participation-form", "quality-assurance",
]
OPTIONAL_IDS = ["prerequisites", "supervision", "grade", "stackability", "further-information"]


# ---------------------------------------------------------------------------------------------
# Column headers. Key: "element" when the part is "value", else "element.part".
# EN, NL, FR, DE; matching is by normalise() (case, accents, spaces, punctuation ignored).
HEADERS = {
    "learner.id": [
        "student id", "student ID number", "student number", "student no", "student nr", "studentid",
        "learner id", "learner identifier", "learner number", "participant id", "participant number",
        "recipient id", "ID", "identifier", "matriculation number", "matric number", "enrolment number",
        "enrollment number", "student registration number",
        "studentnummer", "studentennummer", "studentnr", "stamnummer", "leerlingnummer", "inschrijvingsnummer",
        "rolnummer", "deelnemersnummer", "cursistnummer", "studentnummer (ID)",
        "matricule", "numéro d'étudiant", "numéro étudiant", "n° étudiant", "numéro de matricule",
        "identifiant étudiant", "identifiant de l'étudiant", "NOMA", "INE", "numéro de l'apprenant",
        "Matrikelnummer", "Matrikel-Nr.", "Matr.-Nr.", "Matrikel", "Studierendennummer", "Studentennummer",
        "Teilnehmernummer", "Teilnehmer-ID", "Personenkennzeichen",
    ],
    "learner.id-scheme": [
        "id type", "identifier type", "id scheme", "identifier scheme", "type of identifier", "student id type",
        "type identificatie", "identificatietype", "soort nummer", "type nummer",
        "type d'identifiant", "type d'identification",
        "ID-Typ", "Kennungstyp", "Art der Kennung",
    ],
    "learner.given-name": [
        "first name", "firstname", "given name", "given names", "forename", "first names",
        "learner first name", "student first name",
        "voornaam", "voornamen", "roepnaam",
        "prénom", "prénoms",
        "Vorname", "Vornamen", "Rufname",
    ],
    "learner.family-name": [
        "last name", "lastname", "surname", "family name", "learner last name", "student last name",
        "achternaam", "familienaam", "geslachtsnaam",
        "nom", "nom de famille", "nom de naissance",
        "Nachname", "Familienname", "Zuname",
    ],
    "learner.full-name": [
        "full name", "name of learner", "learner name", "student name", "student", "learner", "participant",
        "participant name", "recipient", "recipient name", "holder", "name of the holder",
        "naam", "volledige naam", "naam student", "studentnaam", "naam cursist", "naam deelnemer",
        "deelnemer", "cursist", "naam en voornaam", "voornaam en naam",
        "nom complet", "nom et prénom", "prénom et nom", "nom prénom", "prénom nom", "nom de l'étudiant",
        "étudiant", "étudiante", "apprenant", "titulaire",
        "vollständiger Name", "Vor- und Nachname", "Vor- / Nachname", "Name, Vorname", "Vorname Nachname",
        "Nachname, Vorname", "Teilnehmer", "Teilnehmerin", "Teilnehmende", "Teilnehmername", "Studierende",
        "Studierender", "Lernende", "Lernender",
    ],
    "learner.email": [
        "email", "email address", "student email", "learner email", "recipient email", "mail", "mail address",
        "e-mailadres", "mailadres", "e-mail student",
        "adresse e-mail", "adresse mail", "courriel", "adresse électronique", "mél",
        "E-Mail-Adresse", "Mailadresse", "E-Mail-Adresse Teilnehmer",
    ],
    "learner.date-of-birth": [
        "date of birth", "birth date", "birthdate", "DOB", "born", "born on", "birthday",
        "geboortedatum", "geb. datum", "geboren op",
        "date de naissance", "né le", "née le", "né(e) le",
        "Geburtsdatum", "geboren am", "Geb.-Datum",
    ],
    "title": [
        "title", "credential title", "micro-credential title", "microcredential", "micro-credential name",
        "name of the micro-credential", "title of the micro-credential", "course", "course title", "course name",
        "module", "module title", "module name", "achievement", "achievement title", "badge", "badge name",
        "certificate title", "qualification title",
        "titel", "titel microcredential", "naam microcredential", "opleiding", "naam opleiding",
        "opleidingsonderdeel", "naam opleidingsonderdeel", "cursus", "cursusnaam", "naam cursus", "vak",
        "intitulé", "titre", "intitulé de la formation", "titre de la formation", "formation", "cours",
        "nom du cours", "titre du cours", "micro-certification", "titre de la micro-certification",
        "microcertificat", "unité d'enseignement", "intitulé du cours",
        "Kurs", "Kursname", "Kurstitel", "Modul", "Modulname", "Modultitel", "Modulbezeichnung",
        "Lehrveranstaltung", "Veranstaltung", "Veranstaltungstitel", "Bezeichnung", "Weiterbildung",
        "Titel des Microcredentials", "Zertifikatstitel",
    ],
    "issuer-country": [
        "country", "issuer country", "country of issuer", "country of the issuer", "country of the awarding body",
        "institution country", "awarding body country", "country code",
        "land", "land instelling", "land van de instelling", "landcode",
        "pays", "pays de l'établissement", "pays de l'émetteur", "code pays",
        "Staat", "Land der Einrichtung", "Land der Hochschule", "Ländercode", "Sitzland",
    ],
    "awarding-body.name": [
        "awarding body", "awarding institution", "institution", "institution name", "university", "school",
        "college", "provider", "issuer", "issuer name", "issuing institution", "issuing body", "organisation",
        "organization", "awarded by", "name of the awarding body",
        "instelling", "onderwijsinstelling", "naam instelling", "universiteit", "hogeschool", "aanbieder",
        "organisatie", "uitgereikt door",
        "établissement", "nom de l'établissement", "université", "école", "haute école", "organisme",
        "organisme de formation", "émetteur", "délivré par", "organisme certificateur",
        "Hochschule", "Universität", "Einrichtung", "Bildungseinrichtung", "Anbieter", "Bildungsanbieter",
        "Aussteller", "ausstellende Einrichtung", "Träger", "Name der Hochschule", "Name der Einrichtung",
    ],
    "awarding-body.id": [
        "institution code", "institution id", "institution identifier", "Erasmus code", "Erasmus ID",
        "SCHAC", "SCHAC code", "PIC", "provider id", "provider code", "issuer id", "awarding body id",
        "instellingscode", "instellingsnummer", "BRIN", "BRIN code", "brinnummer",
        "code établissement", "code de l'établissement", "identifiant de l'établissement", "UAI", "code UAI",
        "Hochschulkennung", "Hochschulnummer", "Einrichtungscode", "Einrichtungskennung",
    ],
    "awarding-body.legal-id": [
        "VAT number", "VAT", "VAT ID", "enterprise number", "company number", "legal identifier", "legal id",
        "company registration number", "business registration number", "eIDAS identifier", "EUID", "LEI",
        "KBO", "KBO-nummer", "ondernemingsnummer", "btw-nummer", "btw", "btw-nr", "KvK-nummer", "KvK", "RSIN",
        "numéro d'entreprise", "numéro BCE", "BCE", "numéro de TVA", "TVA", "SIREN", "SIRET",
        "USt-IdNr", "Umsatzsteuer-ID", "Umsatzsteuer-Identifikationsnummer", "Handelsregisternummer",
    ],
    "awarding-body.homepage": [
        "website", "homepage", "institution website", "institution url", "website of the institution",
        "issuer url", "issuer website",
        "website instelling", "webstek", "website van de instelling",
        "site web", "site internet", "site web de l'établissement",
        "Webseite", "Internetseite", "Internetadresse", "Webseite der Hochschule",
    ],
    "issue-date": [
        "issue date", "date of issue", "date of issuing", "issued", "issued on", "issuance date", "date issued",
        "award date", "date awarded", "awarding date", "date of award", "completion date", "date of completion",
        "date",
        "uitreikingsdatum", "datum uitreiking", "datum van uitreiking", "datum van uitgifte", "uitgiftedatum",
        "datum", "afgiftedatum", "datum behaald", "behaald op", "slaagdatum",
        "date de délivrance", "délivré le", "date d'émission", "date d'obtention", "date de réussite",
        "date d'attribution",
        "Ausstellungsdatum", "ausgestellt am", "Verleihungsdatum", "Abschlussdatum", "Datum der Ausstellung",
        "Ausgabedatum",
    ],
    "learning-outcomes": [
        "learning outcomes", "learning outcome", "outcomes", "LO", "competences", "competencies", "skills",
        "leerresultaten", "leerresultaat", "leeruitkomsten", "leerdoelen", "eindtermen", "competenties",
        "eindcompetenties",
        "acquis d'apprentissage", "acquis de l'apprentissage", "résultats d'apprentissage", "compétences",
        "objectifs d'apprentissage", "acquis",
        "Lernergebnisse", "Lernergebnis", "Lernziele", "Kompetenzen", "Qualifikationsziele",
    ],
    "workload.ects": [
        "ECTS", "ECTS credits", "credits", "credit", "ECTS points", "credit points", "CP", "EC", "ECTS-credits",
        "workload (ECTS)", "number of credits", "notional workload (ECTS)",
        "studiepunten", "SP", "studiepunt", "aantal studiepunten", "studiepunten (ECTS)", "studielast (EC)",
        "crédits ECTS", "crédits", "nombre de crédits", "crédits (ECTS)",
        "Leistungspunkte", "LP", "ECTS-Punkte", "Credits (ECTS)", "Kreditpunkte", "KP", "Leistungspunkte (ECTS)",
        "ECTS-Leistungspunkte", "Anzahl ECTS",
    ],
    "workload.hours": [
        "hours", "study hours", "workload hours", "workload (hours)", "notional hours", "notional learning hours",
        "learning hours", "total hours", "number of hours", "hours of study", "duration (hours)",
        "uren", "studie-uren", "studiebelasting (uren)", "aantal uren", "studielast (uren)",
        "heures", "nombre d'heures", "volume horaire", "charge de travail (heures)", "durée (heures)",
        "Stunden", "Arbeitsaufwand (Stunden)", "Zeitstunden", "Workload (Stunden)", "Stundenumfang",
        "Anzahl Stunden",
    ],
    "level.eqf": [
        "EQF", "EQF level", "level", "EQF-niveau", "niveau", "niveau EQF", "niveau CEC", "CEC",
        "EQR", "EQR-Niveau", "DQR-Niveau", "DQR", "NLQF-niveau", "VKS-niveau", "qualification level",
        "kwalificatieniveau", "niveau de qualification", "niveau du cadre européen des certifications",
        "Qualifikationsniveau", "EQF/DQR-Niveau", "Niveaustufe",
    ],
    "assessment-type": [
        "assessment", "assessment type", "type of assessment", "assessment method", "evaluation method",
        "examination type", "exam type", "method of assessment", "assessment form",
        "evaluatievorm", "evaluatiemethode", "toetsvorm", "toetsing", "examenvorm", "beoordelingsvorm",
        "wijze van evaluatie", "evaluatie", "toetsmethode",
        "mode d'évaluation", "type d'évaluation", "modalité d'évaluation", "modalités d'évaluation",
        "méthode d'évaluation", "évaluation", "type d'examen",
        "Prüfungsform", "Prüfungsart", "Art der Prüfung", "Prüfungsleistung", "Leistungsnachweis",
        "Bewertungsmethode", "Art der Leistungsüberprüfung",
    ],
    "participation-form": [
        "form of participation", "participation form", "mode", "delivery mode", "mode of delivery",
        "learning mode", "mode of study", "study mode", "format", "delivery", "modality", "delivery format",
        "onderwijsvorm", "werkvorm", "leervorm", "lesvorm", "modaliteit", "vorm van deelname",
        "mode d'enseignement", "modalité", "mode de formation", "modalité de formation",
        "forme de participation", "modalités de formation",
        "Lernform", "Veranstaltungsform", "Studienform", "Durchführungsform", "Lehrform", "Teilnahmeform",
        "Form der Teilnahme",
    ],
    "quality-assurance.title": [
        "quality assurance", "QA", "type of quality assurance", "accreditation", "quality assurance used",
        "kwaliteitszorg", "kwaliteitsborging", "accreditatie", "type kwaliteitszorg",
        "assurance qualité", "accréditation", "type d'assurance qualité",
        "Qualitätssicherung", "Akkreditierung", "Art der Qualitätssicherung",
    ],
    "quality-assurance.type": [
        "QA type", "quality assurance type", "accreditation type", "type of accreditation",
        "soort kwaliteitszorg", "type accreditatie", "accreditatietype",
        "type d'accréditation", "catégorie d'assurance qualité",
        "Akkreditierungsart", "Art der Akkreditierung", "Qualitätssicherungsart",
    ],
    "quality-assurance.agent": [
        "QA agency", "quality assurance agency", "accreditation agency", "accrediting body",
        "accreditation body", "accreditor", "accrediting agency", "quality assurance body",
        "accreditatieorganisatie", "kwaliteitszorgorganisatie", "accreditatieorgaan",
        "agence d'assurance qualité", "agence d'accréditation", "organisme d'accréditation",
        "Akkreditierungsagentur", "Qualitätssicherungsagentur", "Akkreditierungsstelle",
    ],
    "quality-assurance.agent-country": [
        "QA agency country", "quality assurance agency country", "accreditation agency country",
        "country of the QA agency", "country of accreditation",
        "land accreditatieorganisatie", "land van de accreditatieorganisatie",
        "pays de l'agence", "pays de l'agence d'accréditation",
        "Land der Akkreditierungsagentur", "Sitzland der Agentur",
    ],
    "prerequisites": [
        "prerequisites", "prerequisite", "entry requirements", "entry requirement", "admission requirements",
        "requirements", "prior knowledge", "prerequisites to enrol",
        "voorkennis", "toelatingsvoorwaarden", "toelatingsvereisten", "vereiste voorkennis",
        "instapvereisten", "voorwaarden", "startvereisten",
        "prérequis", "conditions d'admission", "conditions d'accès", "pré-requis", "préalables",
        "Voraussetzungen", "Zugangsvoraussetzungen", "Teilnahmevoraussetzungen", "Vorkenntnisse",
        "Zulassungsvoraussetzungen",
    ],
    "supervision": [
        "supervision", "supervision and identity verification", "identity verification", "ID verification",
        "proctoring", "invigilation", "supervision during assessment",
        "toezicht", "identiteitscontrole", "toezicht en identiteitscontrole", "toezicht bij evaluatie",
        "surveillance", "vérification d'identité", "surveillance et vérification d'identité",
        "Aufsicht", "Identitätsprüfung", "Aufsicht und Identitätsprüfung", "Beaufsichtigung",
        "Identitätsfeststellung",
    ],
    "grade": [
        "grade", "mark", "score", "result", "final grade", "grade achieved", "final mark", "final result",
        "cijfer", "resultaat", "eindcijfer", "punten", "eindresultaat", "behaald cijfer", "beoordeling",
        "note", "note finale", "résultat", "mention", "note obtenue",
        "Endnote", "Gesamtnote", "Ergebnis", "Bewertung", "Prüfungsergebnis", "Abschlussnote",
    ],
    "grade.scheme": [
        "grading scheme", "grading scale", "grade scale", "scale", "grading system", "marking scheme",
        "beoordelingsschaal", "cijferschaal", "schaal", "quoteringsschaal", "beoordelingssysteem",
        "échelle de notation", "barème", "système de notation", "échelle",
        "Notenskala", "Notensystem", "Bewertungsskala", "Bewertungssystem",
    ],
    "stackability": [
        "stackability", "integration/stackability options", "stackable", "stackability options", "integration",
        "integration options", "stand-alone or stackable",
        "stapelbaarheid", "stapelbaar", "integratie", "stapelbaarheidsopties",
        "cumulabilité", "empilabilité", "capitalisable", "intégration", "options d'intégration",
        "Stapelbarkeit", "Kombinierbarkeit", "Anrechenbarkeit", "Anrechnung", "Integrationsmöglichkeiten",
    ],
    "stackability.part-of": [
        "part of", "stackable towards", "stacks towards", "counts towards", "parent programme",
        "parent program", "parent qualification", "larger credential",
        "onderdeel van", "deel van", "stapelbaar naar", "stapelbaar tot",
        "fait partie de", "partie de", "cumulable vers", "capitalisable vers",
        "Teil von", "anrechenbar auf", "Bestandteil von", "stapelbar zu",
    ],
    "further-information": [
        "further information", "additional information", "more information", "info", "information",
        "remarks", "remark", "comments", "comment", "other information",
        "opmerkingen", "opmerking", "bijkomende informatie", "meer informatie", "extra informatie",
        "aanvullende informatie", "toelichting", "overige informatie",
        "informations complémentaires", "remarques", "remarque", "commentaire", "commentaires",
        "plus d'informations", "autres informations",
        "weitere Informationen", "zusätzliche Informationen", "Bemerkungen", "Anmerkungen", "Hinweise",
        "Kommentar", "Bemerkung", "sonstige Informationen",
    ],
    "further-information.url": [
        "url", "link", "more information url", "info url", "course url", "course page", "course website",
        "webpage", "web page", "info link", "more info link", "evidence", "evidence url",
        "meer informatie link", "cursuspagina", "webpagina", "link meer info",
        "lien", "page du cours", "lien plus d'informations", "page web",
        "Kursseite", "Weblink", "Link weitere Informationen", "Kurs-URL",
    ],
}

# Headers deliberately left out because they fit several parts; the code can name the candidates.
AMBIGUOUS_HEADERS = {
    "name": ["learner.full-name", "learner.family-name", "title", "awarding-body.name"],
    "workload": ["workload.ects", "workload.hours"],
    "studiebelasting": ["workload.ects", "workload.hours"],
    "studielast": ["workload.ects", "workload.hours"],
    "charge de travail": ["workload.ects", "workload.hours"],
    "Arbeitsaufwand": ["workload.ects", "workload.hours"],
    "notional workload": ["workload.ects", "workload.hours"],
    "UE": ["title", "workload.hours"],
    "notes": ["grade", "further-information"],
    "description": ["learning-outcomes", "further-information"],
    "beschrijving": ["learning-outcomes", "further-information"],
    "Beschreibung": ["learning-outcomes", "further-information"],
    "programme": ["title", "stackability.part-of"],
    "program": ["title", "stackability.part-of"],
    "Studiengang": ["title", "stackability.part-of"],
    "type": ["assessment-type", "participation-form", "quality-assurance.type", "learner.id-scheme"],
    "code": ["learner.id", "awarding-body.id"],
    "number": ["learner.id", "awarding-body.legal-id"],
    "registration number": ["learner.id", "awarding-body.legal-id"],
}


# ---------------------------------------------------------------------------------------------
# Small controlled vocabularies: concept IRI -> synonyms (EN, NL, FR, DE + short forms).
# The label comes from the reference CSV; it is matched too and need not be repeated here.

ASSESSMENT = {
    "http://data.europa.eu/snb/assessment/6e6cb2cc78": [  # written examination
        "written exam", "written test", "written", "exam", "examination", "final exam", "final examination",
        "paper exam", "closed book exam", "open book exam", "online exam", "digital exam", "test",
        "multiple choice exam", "e-exam", "computer-based exam",
        "schriftelijk examen", "schriftelijk", "schriftelijke toets", "schriftelijk tentamen", "tentamen",
        "toets", "examen", "eindexamen", "digitaal examen", "schriftelijke evaluatie", "schriftelijke proef",
        "examen écrit", "écrit", "épreuve écrite", "examen final", "contrôle écrit", "partiel",
        "examen en ligne", "évaluation écrite",
        "schriftliche Prüfung", "Klausur", "Prüfung", "Abschlussklausur", "schriftlich", "Online-Klausur",
        "E-Klausur", "Klausurarbeit",
    ],
    "http://data.europa.eu/snb/assessment/d30284d7df": [  # oral examination
        "oral exam", "oral", "oral test", "viva", "viva voce", "oral defence", "oral defense", "presentation",
        "oral presentation",
        "mondeling examen", "mondeling", "mondelinge toets", "mondeling tentamen", "mondelinge proef",
        "presentatie", "mondelinge evaluatie", "mondelinge verdediging",
        "examen oral", "épreuve orale", "soutenance", "soutenance orale", "présentation orale", "présentation",
        "évaluation orale",
        "mündliche Prüfung", "mündlich", "Kolloquium", "Referat", "Präsentation", "mündliche Präsentation",
    ],
    "http://data.europa.eu/snb/assessment/795dac4096": [  # project work
        "project", "project assignment", "capstone project", "final project", "capstone", "research project",
        "thesis", "project report",
        "projectwerk", "projectopdracht", "eindproject", "eindwerk", "scriptie", "masterproef", "bachelorproef",
        "projet", "travail de projet", "projet de fin d'études", "projet final", "mémoire", "travail de fin d'études",
        "Projektarbeit", "Projekt", "Abschlussprojekt", "Abschlussarbeit", "Bachelorarbeit", "Masterarbeit",
    ],
    "http://data.europa.eu/snb/assessment/4f03b91c0e": [  # portfolio
        "e-portfolio", "digital portfolio", "portfolio assessment", "portfolio review",
        "digitaal portfolio", "portfoliobeoordeling", "portfolio-evaluatie",
        "portfolio numérique", "portefeuille", "portfolio de compétences", "évaluation par portfolio",
        "Portfolioprüfung", "Lernportfolio", "Portfolio-Prüfung", "digitales Portfolio",
    ],
    "http://data.europa.eu/snb/assessment/6a4db9f11d": [  # practical assessment
        "practical", "practical exam", "practical examination", "practical test", "practicum", "skills test",
        "skills assessment", "lab exam", "laboratory exam", "skills demonstration", "practical demonstration",
        "praktijkexamen", "praktijktoets", "praktisch examen", "praktische toets", "vaardigheidstoets",
        "praktijkproef", "praktische proef", "praktijkopdracht", "labo-examen",
        "examen pratique", "épreuve pratique", "travaux pratiques", "TP", "évaluation pratique", "pratique",
        "mise en situation", "examen de laboratoire",
        "praktische Prüfung", "Praxisprüfung", "praktisch", "Laborprüfung", "praktische Übung",
        "Praktikumsprüfung", "Fertigkeitsprüfung",
    ],
    "http://data.europa.eu/snb/assessment/b1b68f6735": [  # quiz
        "quizzes", "online quiz", "online test", "multiple choice", "multiple choice test", "MCQ",
        "multiple-choice questions", "knowledge check",
        "online toets", "meerkeuzetoets", "meerkeuzevragen", "kennisquiz", "meerkeuze",
        "QCM", "questionnaire à choix multiples", "test en ligne", "questionnaire",
        "Multiple-Choice-Test", "Online-Test", "Wissenstest", "Multiple Choice Prüfung",
    ],
    "http://data.europa.eu/snb/assessment/3484bd7e51": [  # continuous evaluation
        "continuous assessment", "ongoing assessment", "permanent evaluation", "permanent assessment",
        "continuous evaluation during the course",
        "permanente evaluatie", "doorlopende evaluatie", "continue evaluatie", "niet-periodegebonden evaluatie",
        "NPE", "doorlopende toetsing",
        "contrôle continu", "évaluation continue", "évaluation permanente",
        "kontinuierliche Bewertung", "studienbegleitende Prüfung", "semesterbegleitende Prüfung",
        "laufende Leistungskontrolle", "kontinuierliche Leistungsüberprüfung",
    ],
    "http://data.europa.eu/snb/assessment/19a2e5e671": [  # peer assessment
        "peer evaluation", "peer grading", "peer marking",
        "peerassessment", "peerevaluatie", "beoordeling door medestudenten",
        "évaluation par les pairs", "co-évaluation", "évaluation entre pairs",
        "Peer-Bewertung", "Bewertung durch Peers", "Peer-Beurteilung",
    ],
    "http://data.europa.eu/snb/assessment/812e3b0ae1": [  # peer review
        "peer feedback", "peer reviewing",
        "peerfeedback", "peerreview", "collegiale toetsing", "intervisie",
        "revue par les pairs", "examen par les pairs", "relecture par les pairs",
        "Peer-Feedback", "Begutachtung durch Peers", "kollegiale Begutachtung",
    ],
    "http://data.europa.eu/snb/assessment/2939dae15f": [  # marked assignment
        "assignment", "assignments", "graded assignment", "homework", "coursework", "essay", "paper", "report",
        "written assignment", "take-home assignment", "take-home exam",
        "opdracht", "opdrachten", "taak", "taken", "werkstuk", "verslag", "huiswerk",
        "schrijfopdracht", "beoordeelde opdracht",
        "devoir", "devoirs", "travail écrit", "dissertation", "rapport", "devoir noté", "travail personnel",
        "Hausarbeit", "Hausaufgabe", "Seminararbeit", "Studienarbeit", "Bericht", "Einsendeaufgabe",
        "schriftliche Ausarbeitung", "benotete Aufgabe", "Aufgabe",
    ],
    "http://data.europa.eu/snb/assessment/56539a6507": [  # group performance
        "group work", "group assignment", "group project", "team work", "teamwork", "group presentation",
        "team project",
        "groepswerk", "groepsopdracht", "groepsproject", "teamopdracht", "groepspresentatie",
        "travail de groupe", "travail en groupe", "projet de groupe", "travail d'équipe",
        "Gruppenarbeit", "Gruppenleistung", "Gruppenprojekt", "Teamarbeit", "Gruppenpräsentation",
    ],
    "http://data.europa.eu/snb/assessment/c4256a2726": [  # problem based learning
        "PBL", "problem-based assessment", "case study", "case studies", "case-based assessment",
        "probleemgestuurd onderwijs", "PGO", "casus", "casusopdracht", "probleemgestuurd leren",
        "apprentissage par problèmes", "apprentissage par résolution de problèmes", "étude de cas",
        "problembasiertes Lernen", "Fallstudie", "problemorientiertes Lernen", "Fallarbeit",
    ],
    "http://data.europa.eu/snb/assessment/7331eb4762": [  # level of attendance
        "attendance", "participation", "presence", "active participation", "attendance-based",
        "aanwezigheid", "aanwezigheidsplicht", "deelname", "actieve deelname", "aanwezigheidsregistratie",
        "présence", "assiduité", "participation active",
        "Anwesenheit", "Teilnahme", "aktive Teilnahme", "Anwesenheitspflicht", "regelmäßige Teilnahme",
    ],
    "http://data.europa.eu/snb/assessment/de4d165a6c": [  # artefact assessment
        "artefact", "artifact", "artifact assessment", "product", "prototype", "product assessment",
        "artefact review", "creative work",
        "productbeoordeling", "beoordeling van een product", "artefactbeoordeling",
        "évaluation d'un artefact", "réalisation", "production", "évaluation de production",
        "Artefakt", "Werkstück", "Produktbewertung", "Prototyp", "Artefaktbewertung",
    ],
}

PARTICIPATION = {
    "http://data.europa.eu/snb/learning-assessment/920fbb3cbe": [  # Online
        "online learning", "e-learning", "distance learning", "distance education", "remote", "remote learning",
        "virtual", "digital", "fully online", "web-based", "MOOC", "online course", "synchronous online",
        "asynchronous online", "live online", "at a distance",
        "afstandsonderwijs", "afstandsleren", "online leren", "digitaal", "op afstand", "online onderwijs",
        "volledig online", "webinar",
        "à distance", "formation à distance", "enseignement à distance", "en ligne", "formation en ligne",
        "distanciel", "en distanciel", "100 % en ligne", "FOAD", "cours en ligne",
        "Fernstudium", "Fernunterricht", "Fernlehre", "virtuell", "Onlinestudium", "Online-Kurs",
        "Online-Lehre", "digitale Lehre", "Distanzunterricht",
    ],
    "http://data.europa.eu/snb/learning-assessment/e92d221e4d": [  # Blended
        "blended learning", "hybrid", "hybrid learning", "partly online", "mixed mode", "mixed",
        "hybride", "gemengd", "gemengd leren", "deels online", "hybride onderwijs", "blended leren",
        "mixte", "formation mixte", "apprentissage mixte", "comodal", "formation hybride", "partiellement à distance",
        "hybride Lehre", "integriertes Lernen", "gemischt", "teilweise online", "Blended-Learning-Format",
    ],
    "http://data.europa.eu/snb/learning-assessment/9191af2ed9": [  # Presential
        "on campus", "campus", "face-to-face", "f2f", "in person", "onsite", "in class", "classroom",
        "classroom-based", "residential", "contact teaching", "in presence", "presence-based",
        "contactonderwijs", "op de campus", "fysiek", "klassikaal", "ter plaatse", "op locatie",
        "fysiek onderwijs", "contactmomenten", "face-to-face onderwijs",
        "présentiel", "en présentiel", "sur site", "sur place", "sur le campus", "en classe",
        "formation en présentiel", "en salle",
        "Präsenz", "Präsenzveranstaltung", "Präsenzstudium", "Präsenzlehre", "vor Ort", "Präsenzunterricht",
        "Präsenzform", "Präsenzkurs",
    ],
    "http://data.europa.eu/snb/learning-assessment/729f3bed4b": [  # Workbased
        "work-based learning", "workplace learning", "on-the-job", "on the job training", "work-based",
        "workplace-based", "dual", "apprenticeship", "internship", "work placement", "placement",
        "werkplekleren", "werkplekgericht", "duaal leren", "duaal", "stage", "leren op de werkplek",
        "werkend leren", "BBL",
        "en alternance", "alternance", "formation en alternance", "en entreprise", "formation en entreprise",
        "apprentissage en milieu de travail", "formation sur le lieu de travail",
        "arbeitsplatzbasiert", "arbeitsplatzbasiertes Lernen", "Lernen am Arbeitsplatz", "duales Studium",
        "Praktikum", "betrieblich", "im Betrieb", "betriebliche Ausbildung",
    ],
    "http://data.europa.eu/snb/learning-assessment/7813801c77": [  # Project based
        "project-based learning", "project based", "project-based", "PjBL",
        "projectonderwijs", "projectgestuurd", "projectmatig", "projectgebaseerd", "projectgestuurd onderwijs",
        "par projet", "pédagogie par projet", "apprentissage par projet", "basé sur projet",
        "apprentissage par projets",
        "projektbasiert", "projektbasiertes Lernen", "Projektstudium", "Projektlernen", "projektorientiert",
    ],
    "http://data.europa.eu/snb/learning-assessment/ed4c557045": [  # Research-Lab based
        "research lab based", "research-based", "lab-based", "laboratory-based", "laboratory", "lab",
        "research lab", "research",
        "onderzoeksgebaseerd", "labo", "laboratorium", "onderzoek", "onderzoeksgestuurd", "labowerk",
        "en laboratoire", "laboratoire", "recherche", "basé sur la recherche", "par la recherche",
        "forschungsbasiert", "Labor", "laborbasiert", "Forschungslabor", "forschendes Lernen", "Laborarbeit",
    ],
}

LEARNING_SETTING = {
    "http://data.europa.eu/snb/learning-setting/6fd4685715": [  # formal learning
        "formal", "formal education", "formal setting",
        "formeel", "formeel leren", "formeel onderwijs", "regulier onderwijs",
        "formel", "apprentissage formel", "éducation formelle", "enseignement formel",
        "formales Lernen", "formale Bildung", "formelles Lernen",
    ],
    "http://data.europa.eu/snb/learning-setting/e207a81fc7": [  # non-formal learning
        "non-formal", "non formal education", "non-formal setting",
        "niet-formeel", "non-formeel", "niet-formeel leren", "non-formeel leren", "niet-formeel onderwijs",
        "non formel", "apprentissage non formel", "éducation non formelle", "enseignement non formel",
        "nicht-formal", "nicht formales Lernen", "non-formales Lernen", "nicht-formale Bildung",
    ],
}

SUPERVISION = {
    "http://data.europa.eu/snb/supervision-verification/c598449d64": [  # Unsupervised without ID Verification
        "unsupervised", "unsupervised with no identity verification", "unsupervised without identity verification",
        "no supervision", "not supervised", "no supervision and no ID verification", "none", "no ID verification",
        "no identity verification",
        "zonder toezicht", "zonder toezicht en zonder identiteitscontrole", "geen toezicht",
        "zonder toezicht zonder identiteitscontrole", "geen toezicht en geen identiteitscontrole",
        "sans surveillance", "non surveillé", "sans surveillance ni vérification d'identité",
        "non surveillé sans vérification d'identité", "aucune surveillance",
        "ohne Aufsicht", "unbeaufsichtigt", "ohne Aufsicht und ohne Identitätsprüfung",
        "unbeaufsichtigt ohne Identitätsprüfung", "keine Aufsicht",
    ],
    "http://data.europa.eu/snb/supervision-verification/70be69aaf9": [  # Supervised with ID Verification
        "supervised with identity verification", "supervised online or onsite with identity verification",
        "supervised onsite with identity verification", "supervised online with identity verification",
        "proctored", "proctored exam", "online proctoring", "proctored online", "invigilated",
        "invigilated exam", "supervised with ID check",
        "onder toezicht met identiteitscontrole", "met toezicht en identiteitscontrole",
        "gesurveilleerd met identiteitscontrole", "online proctoring met identiteitscontrole",
        "surveillé avec vérification d'identité", "sous surveillance avec vérification d'identité",
        "surveillance avec contrôle d'identité", "télésurveillance",
        "beaufsichtigt mit Identitätsprüfung", "unter Aufsicht mit Identitätsprüfung",
        "mit Aufsicht und Identitätsprüfung", "Online-Proctoring", "beaufsichtigt mit Identitätskontrolle",
    ],
    "http://data.europa.eu/snb/supervision-verification/44314532f9": [  # (UNVERIFIED) supervised without ID
        "supervised without ID verification", "supervised with no identity verification",
        "supervised without identity verification", "supervised, no ID check",
        "onder toezicht zonder identiteitscontrole", "met toezicht zonder identiteitscontrole",
        "surveillé sans vérification d'identité", "sous surveillance sans vérification d'identité",
        "beaufsichtigt ohne Identitätsprüfung", "unter Aufsicht ohne Identitätsprüfung",
        "mit Aufsicht ohne Identitätsprüfung",
    ],
    "http://data.europa.eu/snb/supervision-verification/df2880c5cb": [  # (UNVERIFIED) unsupervised with ID
        "unsupervised with identity verification", "not supervised with ID verification",
        "zonder toezicht met identiteitscontrole", "geen toezicht met identiteitscontrole",
        "non surveillé avec vérification d'identité", "sans surveillance avec vérification d'identité",
        "unbeaufsichtigt mit Identitätsprüfung", "ohne Aufsicht mit Identitätsprüfung",
    ],
}
SUPERVISION_NOTES = {
    "http://data.europa.eu/snb/supervision-verification/70be69aaf9": (
        "UNVERIFIED label: taken from EDC XML test fixtures (ELM v2 era); verify against EU Vocabularies."
    ),
    "http://data.europa.eu/snb/supervision-verification/44314532f9": (
        "UNVERIFIED: only seen with the legacy label 'ID Verification' in EDC XML fixtures; its current label is "
        "probably 'Supervised without ID verification' (elm-mapping.md O2), which is how it is matched here."
    ),
    "http://data.europa.eu/snb/supervision-verification/df2880c5cb": (
        "UNVERIFIED: seen only in a third-party Open edX plugin; verify against EU Vocabularies."
    ),
}
SUPERVISION_AMBIGUOUS = {
    "supervised": ["70be69aaf9", "44314532f9"],
    "onder toezicht": ["70be69aaf9", "44314532f9"],
    "surveillé": ["70be69aaf9", "44314532f9"],
    "beaufsichtigt": ["70be69aaf9", "44314532f9"],
    "unter Aufsicht": ["70be69aaf9", "44314532f9"],
    "ID verification": ["70be69aaf9", "df2880c5cb", "44314532f9"],
    "identiteitscontrole": ["70be69aaf9", "df2880c5cb"],
    "vérification d'identité": ["70be69aaf9", "df2880c5cb"],
    "Identitätsprüfung": ["70be69aaf9", "df2880c5cb"],
}

QUALITY_ASSURANCE = {
    "http://data.europa.eu/snb/accreditation/bb4618238e": [  # Institutional Quality Assurance
        "institutional review", "institutional audit", "institutional accreditation", "institutional QA",
        "institutional evaluation", "quality audit", "accredited institution", "institutional quality audit",
        "university accreditation", "institution review",
        "instellingsreview", "instellingsaccreditatie", "instellingstoets", "instellingstoets kwaliteitszorg",
        "ITK", "instellingsaudit", "institutionele kwaliteitszorg", "geaccrediteerde instelling",
        "institutionele review",
        "évaluation institutionnelle", "accréditation institutionnelle", "audit institutionnel",
        "établissement accrédité", "assurance qualité institutionnelle", "évaluation de l'établissement",
        "Systemakkreditierung", "institutionelle Akkreditierung", "Qualitätsaudit", "institutionelles Audit",
        "akkreditierte Hochschule", "institutionelle Qualitätssicherung", "Institutionelle Evaluation",
    ],
    "http://data.europa.eu/snb/accreditation/820101cba6": [  # Program Quality Assurance
        "programme accreditation", "program accreditation", "programme review", "program review",
        "programme evaluation", "program evaluation", "programme quality assurance", "accredited programme",
        "accredited program", "course accreditation", "programme QA",
        "opleidingsaccreditatie", "opleidingsbeoordeling", "opleidingsevaluatie", "visitatie",
        "geaccrediteerde opleiding", "opleidingsreview", "accreditatie van de opleiding",
        "accréditation de programme", "accréditation du programme", "évaluation de programme",
        "évaluation des programmes", "programme accrédité", "évaluation de la formation",
        "Programmakkreditierung", "Studiengangsakkreditierung", "akkreditierter Studiengang",
        "Programmevaluation", "Akkreditierung des Studiengangs",
    ],
    "http://data.europa.eu/snb/accreditation/003293d2ce": [  # Institutional License
        "institutional licence", "licensed institution", "institutional licensing", "operating licence",
        "operating license", "recognised institution", "recognized institution",
        "instellingslicentie", "erkenning van de instelling", "erkende instelling", "erkend door de overheid",
        "licence d'établissement", "établissement reconnu", "reconnaissance de l'établissement",
        "autorisation d'exploitation",
        "staatliche Anerkennung", "staatlich anerkannte Hochschule", "institutionelle Lizenz",
        "Betriebsbewilligung",
    ],
    "http://data.europa.eu/snb/accreditation/e57dddfcf3": [  # Program License
        "programme licence", "programme license", "program licence", "licensed programme", "licensed program",
        "programme licensing", "programme approval", "program approval", "programme recognition",
        "opleidingslicentie", "erkende opleiding", "erkenning van de opleiding", "licentie opleiding",
        "licence de programme", "habilitation", "habilitation à délivrer le diplôme", "reconnaissance du programme",
        "programme habilité",
        "Studiengangsgenehmigung", "Programmlizenz", "Genehmigung des Studiengangs", "staatlich anerkannter Studiengang",
    ],
}

EDUCATION_CREDIT = {
    "http://data.europa.eu/snb/education-credit/6fcec5c5af": [  # ECTS
        "ECTS", "ECTS credits", "ECTS credit", "European Credit Transfer and Accumulation System", "credits",
        "credit", "ECTS points", "credit points", "European credits", "CP", "EC",
        "studiepunten", "studiepunt", "SP",
        "crédits ECTS", "crédit ECTS", "crédit", "système européen de transfert et d'accumulation de crédits",
        "Leistungspunkte", "Leistungspunkt", "LP", "ECTS-Punkte", "ECTS-Punkt", "Kreditpunkte", "KP",
        "ECTS-Leistungspunkte", "Europäisches System zur Übertragung und Akkumulierung von Studienleistungen",
    ],
    "http://data.europa.eu/snb/education-credit/60b314e826": [  # ECVET
        "ECVET", "ECVET points", "ECVET credits", "European Credit system for Vocational Education and Training",
        "ECVET-punten", "points ECVET", "crédits ECVET", "ECVET-Punkte", "ECVET-Leistungspunkte",
    ],
}

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
# QF-EHEA cycles and degree names -> EQF level (the QF-EHEA is referenced to the EQF: short cycle 5,
# first cycle 6, second cycle 7, third cycle 8). DQR (DE), NLQF (NL) and VKS (Flanders) are referenced
# 1:1 to the EQF, so their level numbers are EQF levels.
EQF_EXTRA = {
    5: ["short cycle", "short-cycle higher education", "associate degree", "graduaat", "korte cyclus",
        "cycle court", "Kurzstudiengang"],
    6: ["first cycle", "bachelor", "bachelor's", "bachelor's degree", "bachelorniveau", "eerste cyclus",
        "premier cycle", "bachelier", "licence", "niveau licence", "Bachelorniveau", "erster Zyklus"],
    7: ["second cycle", "master", "master's", "master's degree", "masterniveau", "tweede cyclus",
        "deuxième cycle", "niveau master", "Masterniveau", "zweiter Zyklus"],
    8: ["third cycle", "doctorate", "doctoral", "PhD", "doctoraat", "derde cyclus", "troisième cycle",
        "doctorat", "Doktorat", "Promotion", "dritter Zyklus"],
}


def eqf_synonyms(n):
    r = ROMAN[n - 1]
    forms = []
    for x in (str(n), r):
        forms += [x, f"EQF {x}", f"EQF level {x}", f"Level {x}", f"level EQF {x}", f"niveau {x}", f"EQF-niveau {x}",
                  f"niveau EQF {x}", f"niveau CEC {x}", f"CEC {x}", f"EQR {x}", f"EQR-Niveau {x}"]
    forms += [f"Stufe {n}", f"DQR {n}", f"DQR-Niveau {n}", f"NLQF {n}", f"NLQF-niveau {n}", f"VKS {n}",
              f"VKS-niveau {n}"]
    return forms + EQF_EXTRA.get(n, [])


EQF = {f"http://data.europa.eu/snb/eqf/{n}": eqf_synonyms(n) for n in range(1, 9)}

CREDENTIAL_PROFILE = {
    "http://data.europa.eu/snb/credential/e34929035b": ["generic credential", "generiek", "générique", "generisch"],
}

ENCODING = {
    "http://data.europa.eu/snb/encoding/6146cde7dd": ["base-64", "b64", "base64 encoding"],
}

# Not in the reference CSV: the IRIs are those of shared/docs (target-example.jsonld for PNG; elm-mapping.md
# §3.2 and §6 for JPEG and PDF).
FILE_TYPE_SCHEME = "http://publications.europa.eu/resource/authority/file-type"
FILE_TYPE = {
    f"{FILE_TYPE_SCHEME}/JPEG": ("JPEG", ["jpg", "image/jpeg", "image/jpg", "jpe", "jfif"],
                                 "shared/docs/elm-mapping.md §3.2 and §6"),
    f"{FILE_TYPE_SCHEME}/PDF": ("PDF", ["application/pdf", "Portable Document Format"],
                                "shared/docs/elm-mapping.md §6"),
    f"{FILE_TYPE_SCHEME}/PNG": ("PNG", ["image/png", "Portable Network Graphics"],
                                "shared/docs/target-example.jsonld"),
}

# ---------------------------------------------------------------------------------------------
# Country and language additions that neither pycountry nor CLDR give (keyed by NAL code).
COUNTRY_EXTRA = {
    "GRC": ["EL", "Hellas", "Hellenic Republic"],
    "GBR": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland",
            "Groot-Brittannië", "Engeland", "Schotland", "Grande-Bretagne", "Angleterre", "Écosse",
            "Pays de Galles", "Großbritannien", "Schottland"],
    "NLD": ["Holland", "The Netherlands", "Kingdom of the Netherlands", "Koninkrijk der Nederlanden"],
    "USA": ["USA", "US", "United States of America", "Verenigde Staten van Amerika", "États-Unis d'Amérique",
            "Vereinigte Staaten von Amerika"],
    "CZE": ["Czech Republic", "Tsjechische Republiek", "République tchèque", "Tschechische Republik"],
    "MKD": ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia", "Macedonië", "Macédoine",
            "Mazedonien"],
    "TUR": ["Türkiye", "Turkije", "Turquie", "Türkei"],
    "SWZ": ["Swaziland", "Swaziland (Eswatini)"],
    "MMR": ["Burma", "Myanmar", "Birma", "Birmanie"],
    "CIV": ["Ivory Coast", "Ivoorkust", "Elfenbeinküste", "Côte d'Ivoire"],
    "CPV": ["Cape Verde", "Kaapverdië", "Cap-Vert", "Kap Verde"],
    "VAT": ["Holy See", "Vatican", "Vatican City", "Vaticaanstad", "Vatikan", "Vatikanstadt", "Saint-Siège",
            "Heiliger Stuhl", "Heilige Stoel"],
    "PSE": ["State of Palestine", "Palestinian Territories"],
    "RUS": ["Russian Federation"],
    "FRO": ["Faroe Islands", "Faeroe Islands", "Faeroes"],
    "TLS": ["East Timor", "Oost-Timor", "Timor oriental", "Osttimor"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "RD Congo", "DR Kongo"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
    "1A0": ["XK", "XKX", "Kosova", "Kosovë", "Republic of Kosovo"],
    "FQ0": ["ATF", "TF", "TAAF", "French Southern Territories"],
    "CPT": ["CP", "Clipperton Island", "Île de Clipperton"],
    "EUR": ["EU", "European Union", "Europese Unie", "Union européenne", "Europäische Union"],
    "DEU": ["BRD", "Federal Republic of Germany"],
    "KOR": ["Republic of Korea", "ROK"],
    "PRK": ["Democratic People's Republic of Korea", "DPRK"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "MAC": ["Macao"],
    "CHE": ["Confoederatio Helvetica", "Helvetia"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "ARE": ["UAE", "Emirates"],
    "VCT": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines"],
    "KNA": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "LCA": ["St Lucia", "St. Lucia"],
}
# Non-ISO alpha-2 codes given to NAL codes outside ISO 3166-1 (as CLDR uses them).
COUNTRY_ALPHA2_SPECIAL = {
    "1A0": ("XK", "Kosovo: XK is a user-assigned code (not ISO 3166-1), used by the EU and CLDR."),
    "FQ0": ("TF", "NAL code FQ0; ISO 3166-1 TF/ATF (French Southern Territories)."),
    "CPT": ("CP", "Clipperton: CP is exceptionally reserved in ISO 3166-1, not assigned."),
    "EUR": ("EU", "European Union: EU is exceptionally reserved in ISO 3166-1, not a country code."),
}
# NAL rows that are not countries and are left out.
COUNTRY_EXCLUDED = {"OP_DATPRO": "'Provisional data' is a placeholder of the NAL, not a country"}

LANGUAGE_EXTRA = {
    "nl": ["Flemish", "Vlaams", "flamand", "Flämisch", "Nederlands (België)"],
    "es": ["Castilian", "Castellano", "castillan", "Kastilisch"],
    "fa": ["Farsi"],
    "zh": ["Mandarin", "Mandarijn", "mandarin", "Mandarin-Chinesisch"],
    "el": ["Modern Greek", "Nieuwgrieks", "grec moderne", "Neugriechisch"],
    "nb": ["Bokmål", "Bokmal"],
    "nn": ["Nynorsk"],
    "ms": ["Malay", "Bahasa Melayu"],
    "id": ["Bahasa Indonesia"],
    "gd": ["Scottish Gaelic", "Gaelic"],
    "ga": ["Irish Gaelic"],
    "fy": ["Western Frisian", "West Frisian", "Fries", "Frysk"],
    "lb": ["Letzeburgesch"],
}
