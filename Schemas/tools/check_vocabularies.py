#!/usr/bin/env python3
"""Check the data in Schemas/ (standard library only; needs the reference CSV in ../shared or $MCRED_SHARED).

    python3 Schemas/tools/check_vocabularies.py

Checks: every JSON file parses, is in canonical form (2-space indent, UTF-8) and has a description; every
vocabulary concept IRI exists in the reference CSV under the file's scheme, with the CSV's label; no
normalised synonym (or label) maps to two concepts of one vocabulary; no header belongs to two element parts;
elements.json has the Annex I elements in order; the normalisation test vectors hold; and the spot checks of
the brief (België -> BEL, UK -> GBR, EL -> GRC, ...). Ends with 'check_vocabularies: N passed, M failed'
and exits 1 on any failure.
"""

import json
import sys
import traceback

from schemalib import SCHEMAS_DIR, concepts_by_scheme, dump_json, load_reference_csv, normalise, reference_csv_path, \
    shared_dir, sort_key

VOCAB_DIR = SCHEMAS_DIR / "vocabularies"
EXPECTED_VOCABULARIES = {
    "assessment-type": 14, "participation-form": 6, "learning-setting": 2, "supervision": 4,
    "quality-assurance": 4, "education-credit": 2, "eqf": 8, "credential-profile": 1, "file-type": 3,
    "encoding": 1, "country": None, "language": None,
}
ELEMENT_IDS = [
    "learner", "title", "issuer-country", "awarding-body", "issue-date", "learning-outcomes", "workload", "level",
    "assessment-type", "participation-form", "quality-assurance",
    "prerequisites", "supervision", "grade", "stackability", "further-information",
]
MANDATORY = set(ELEMENT_IDS[:11])
ELEMENT_VOCABULARY = {
    "issuer-country": "country", "level": "eqf", "assessment-type": "assessment-type",
    "participation-form": "participation-form", "quality-assurance": "quality-assurance",
    "supervision": "supervision", "workload": "education-credit",
}
SPOT_CHECKS = {
    "country": {
        "BEL": ["België", "Belgique", "Belgien", "BE", "BEL", "belgium"],
        "GBR": ["UK", "GB", "United Kingdom"],
        "GRC": ["EL", "GR", "Greece", "Griekenland"],
        "NAM": ["NA", "NAM", "Namibia"],
        "NLD": ["Nederland", "Pays-Bas", "Niederlande", "NL"],
        "DEU": ["Deutschland", "Allemagne", "Duitsland", "DE"],
        "COG": ["Congo"], "COD": ["DR Congo"], "NER": ["Niger"], "NGA": ["Nigeria"],
        "GIN": ["Guinea"], "KOR": ["South Korea"], "PRK": ["North Korea"],
    },
    "language": {
        "ENG": ["en", "eng", "English", "Engels", "anglais", "Englisch"],
        "NLD": ["nl", "dut", "nld", "Dutch", "Nederlands", "Flemish"],
        "ELL": ["el", "gre", "ell", "Greek"],
        "NOR": ["no", "Norwegian"], "NOB": ["nb", "Bokmål"], "NNO": ["nn", "Nynorsk"],
        "DEU": ["de", "ger", "deu", "German", "Deutsch"], "FRA": ["fr", "fre", "fra", "French", "français"],
    },
    "assessment-type": {
        "6e6cb2cc78": ["written exam", "Examen écrit", "examen-ecrit", "schriftelijk examen", "Klausur"],
        "795dac4096": ["project work", "Projektarbeit"], "d30284d7df": ["oral exam", "mondeling"],
    },
    "participation-form": {
        "920fbb3cbe": ["online", "afstandsonderwijs", "à distance", "en ligne", "Fernstudium", "e-learning"],
        "e92d221e4d": ["blended", "hybride", "gemengd", "mixte"],
        "9191af2ed9": ["on campus", "op de campus", "face-to-face", "en présentiel", "Präsenz", "contactonderwijs"],
        "729f3bed4b": ["work-based", "werkplekleren", "en alternance"],
    },
    "quality-assurance": {
        "bb4618238e": ["institutional review", "instellingsreview", "Systemakkreditierung"],
        "820101cba6": ["programme accreditation", "opleidingsaccreditatie", "Programmakkreditierung"],
    },
    "supervision": {
        "70be69aaf9": ["supervised with ID verification", "onder toezicht met identiteitscontrole",
                       "surveillé avec vérification d'identité", "beaufsichtigt mit Identitätsprüfung"],
        "c598449d64": ["unsupervised"],
    },
    "education-credit": {"6fcec5c5af": ["ECTS", "studiepunten", "crédits ECTS", "Leistungspunkte", "ECTS-Punkte"]},
    "eqf": {"6": ["6", "VI", "EQF 6", "Level 6", "niveau 6", "EQF-niveau 6", "niveau CEC 6"], "1": ["1", "I"]},
}
HEADER_SPOT_CHECKS = {
    "workload.ects": ["ECTS", "studiepunten", "crédits ECTS", "Leistungspunkte", "Credits (ECTS)"],
    "awarding-body.name": ["Instelling", "université", "Hochschule"],
    "level.eqf": ["EQF level", "niveau CEC", "DQR-Niveau"],
    "learner.id": ["student number", "stamnummer", "matricule", "numéro d'étudiant", "Matrikelnummer"],
    "learner.email": ["E-Mail-Adresse"], "learner.full-name": ["Vor- / Nachname"],
}

results = []


def check(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except AssertionError as err:
            results.append((name, str(err) or "assertion failed"))
        except Exception:  # an unexpected error is a failure too
            results.append((name, traceback.format_exc(limit=2)))
        return fn
    return wrap


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def all_json_files():
    return sorted(p for p in SCHEMAS_DIR.rglob("*.json") if "tools" not in p.parts)


def vocab(vocab_id):
    return load(VOCAB_DIR / f"{vocab_id}.json")


def lookup_table(v):
    """normalised key -> set of concept ids (labels and synonyms)."""
    table = {}
    for c in v["concepts"]:
        for text in [c["label"]["en"]] + c["synonyms"]:
            table.setdefault(normalise(text), set()).add(c["id"])
    return table


# ----------------------------------------------------------------------------------------------------------

GENERATED = ["elements.json", "headers.json", "normalisation-examples.json"]


@check("every JSON file in Schemas/ parses and has a top-level description")
def _():
    files = all_json_files()
    assert files, "no JSON files in Schemas/"
    bad = []
    for p in files:
        obj = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(obj, dict) or not isinstance(obj.get("description"), str) or not obj["description"]:
            bad.append(f"{p.relative_to(SCHEMAS_DIR)}: no top-level description")
    assert not bad, "; ".join(bad)


@check("the generated files are canonical (UTF-8, 2-space indent, final newline)")
def _():
    paths = [SCHEMAS_DIR / name for name in GENERATED] + sorted(VOCAB_DIR.glob("*.json"))
    bad = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        if text != dump_json(json.loads(text)):
            bad.append(f"{p.relative_to(SCHEMAS_DIR)}: not canonical; regenerate with tools/generate_schemas.py")
    assert not bad, "; ".join(bad)


@check("the expected vocabulary files exist, and no others")
def _():
    found = {p.stem for p in VOCAB_DIR.glob("*.json")}
    assert found == set(EXPECTED_VOCABULARIES), f"missing {set(EXPECTED_VOCABULARIES) - found}, extra {found - set(EXPECTED_VOCABULARIES)}"


@check("the reference CSV is readable")
def _():
    assert reference_csv_path().exists(), f"not found: {reference_csv_path()} (set MCRED_SHARED)"


def csv_concepts():
    return concepts_by_scheme(load_reference_csv())


def docs_text():
    docs = shared_dir() / "docs"
    return (docs / "target-example.jsonld").read_text(encoding="utf-8") + (docs / "elm-mapping.md").read_text(encoding="utf-8")


for _vid, _count in EXPECTED_VOCABULARIES.items():
    @check(f"{_vid}: concept IRIs and labels come from the reference CSV")
    def _(vid=_vid, count=_count):
        v = vocab(vid)
        assert v["id"] == vid, f"id {v['id']} != file name"
        concepts = v["concepts"]
        if count is not None:
            assert len(concepts) == count, f"{len(concepts)} concepts, expected {count}"
        ids = [c["id"] for c in concepts]
        assert len(ids) == len(set(ids)), "duplicate concept ids"
        assert ids == sorted(ids), "concepts not sorted by id"
        table = csv_concepts().get(v["scheme"])
        problems = []
        if table is None:
            # Only file-type may be outside the CSV: its IRIs must be written in shared/docs.
            assert vid == "file-type", f"scheme {v['scheme']} not in the reference CSV"
            text = docs_text()
            for c in concepts:
                code = c["id"].rsplit("/", 1)[1]
                if c["id"] not in text and f"…/{code}`" not in text:
                    problems.append(f"{c['id']} not found in shared/docs")
                if not c.get("note"):
                    problems.append(f"{c['id']}: no note on its provenance")
        else:
            for c in concepts:
                if c["id"] not in table:
                    problems.append(f"{c['id']} is not in the CSV under {v['scheme']}")
                elif table[c["id"]] and c["label"]["en"] != table[c["id"]]:
                    problems.append(f"{c['id']}: label {c['label']['en']!r} != CSV {table[c['id']]!r}")
                elif not table[c["id"]] and not c.get("note"):
                    problems.append(f"{c['id']}: CSV label is empty but the concept has no note")
        assert not problems, "; ".join(problems[:10])

    @check(f"{_vid}: no normalised synonym maps to two concepts; synonyms sorted, unique, non-empty")
    def _(vid=_vid):
        v = vocab(vid)
        table = lookup_table(v)
        clashes = {k: sorted(ids) for k, ids in table.items() if len(ids) > 1}
        assert not clashes, f"ambiguous: {dict(list(clashes.items())[:10])}"
        problems = []
        for c in v["concepts"]:
            keys = [normalise(s) for s in c["synonyms"]]
            if "" in keys:
                problems.append(f"{c['id']}: a synonym normalises to nothing")
            if len(keys) != len(set(keys)) or normalise(c["label"]["en"]) in keys:
                problems.append(f"{c['id']}: duplicate synonyms after normalisation")
            if c["synonyms"] != sorted(c["synonyms"], key=sort_key):
                problems.append(f"{c['id']}: synonyms not sorted")
        for text, candidates in v.get("ambiguous", {}).items():
            if normalise(text) in table:
                problems.append(f"ambiguous value {text!r} is also a synonym")
            if not set(candidates) <= {c["id"] for c in v["concepts"]}:
                problems.append(f"ambiguous value {text!r} names unknown concepts")
        assert not problems, "; ".join(problems[:10])


@check("country: one concept per NAL row (duplicates collapse), each with an alpha2 code")
def _():
    v = vocab("country")
    nal = csv_concepts()[v["scheme"]]
    ours = {c["id"] for c in v["concepts"]}
    missing = set(nal) - ours - {v["scheme"] + "/OP_DATPRO"}
    assert not missing, f"NAL countries missing: {sorted(missing)}"
    alpha2 = [c.get("alpha2") for c in v["concepts"]]
    assert all(isinstance(a, str) and len(a) == 2 and a.isupper() for a in alpha2), "bad alpha2"
    assert len(alpha2) == len(set(alpha2)), "alpha2 codes not unique"


@check("language: every concept has its ISO 639-1 code, unique")
def _():
    v = vocab("language")
    codes = [c.get("iso639_1") for c in v["concepts"]]
    assert all(isinstance(a, str) and len(a) == 2 and a.islower() for a in codes), "bad iso639_1"
    assert len(codes) == len(set(codes)), "iso639_1 codes not unique"
    for c in v["concepts"]:
        assert c["iso639_1"] in c["synonyms"], f"{c['id']}: its 639-1 code is not a synonym"


@check("supervision: the unverified concepts carry a note")
def _():
    v = vocab("supervision")
    for c in v["concepts"]:
        if not c["id"].endswith("c598449d64"):
            assert "UNVERIFIED" in c.get("note", ""), f"{c['id']}: no UNVERIFIED note"


for _vid, _cases in SPOT_CHECKS.items():
    @check(f"{_vid}: spot checks of the brief")
    def _(vid=_vid, cases=_cases):
        v = vocab(vid)
        table = lookup_table(v)
        wrong = []
        for suffix, texts in cases.items():
            for text in texts:
                got = table.get(normalise(text), set())
                if {i.rsplit("/", 1)[1] for i in got} != {suffix}:
                    wrong.append(f"{text!r} -> {sorted(i.rsplit('/', 1)[1] for i in got) or 'nothing'}, expected {suffix}")
        assert not wrong, "; ".join(wrong)


@check("elements.json: the 16 Annex I elements in order, mandatory flags, parts, vocabularies")
def _():
    e = load(SCHEMAS_DIR / "elements.json")
    assert "Annex I" in e["source"] and "2022" in e["source"], "source does not name the Recommendation"
    ids = [x["id"] for x in e["elements"]]
    assert ids == ELEMENT_IDS, f"element ids/order: {ids}"
    problems = []
    for x in e["elements"]:
        parts = [p["id"] for p in x["parts"]]
        if x["mandatory"] != (x["id"] in MANDATORY):
            problems.append(f"{x['id']}: mandatory flag")
        if x["defaultPart"] not in parts or len(parts) != len(set(parts)):
            problems.append(f"{x['id']}: defaultPart/parts")
        if x.get("vocabulary") != ELEMENT_VOCABULARY.get(x["id"]):
            problems.append(f"{x['id']}: vocabulary {x.get('vocabulary')}")
        if x["whereApplicable"] != (x["id"] == "level"):
            problems.append(f"{x['id']}: whereApplicable")
        for key in ("name", "description", "elm"):
            if not x.get(key):
                problems.append(f"{x['id']}: no {key}")
        for p in x["parts"]:
            if not p.get("description") or not p.get("elm"):
                problems.append(f"{x['id']}.{p['id']}: no description/elm")
            if p.get("vocabulary") and not (VOCAB_DIR / f"{p['vocabulary']}.json").exists():
                problems.append(f"{x['id']}.{p['id']}: unknown vocabulary")
    assert not problems, "; ".join(problems)


@check("headers.json: keys are the element parts; no header under two parts; sorted")
def _():
    e = load(SCHEMAS_DIR / "elements.json")
    h = load(SCHEMAS_DIR / "headers.json")
    keys = [x["id"] if p["id"] == "value" else f"{x['id']}.{p['id']}" for x in e["elements"] for p in x["parts"]]
    assert list(h["headers"]) == keys, "headers keys differ from the element parts (or their order)"
    owner = {}
    problems = []
    for key, names in h["headers"].items():
        if not names:
            problems.append(f"{key}: no headers")
        if names != sorted(names, key=sort_key):
            problems.append(f"{key}: not sorted")
        for n in names:
            k = normalise(n)
            if not k:
                problems.append(f"{key}: {n!r} normalises to nothing")
            elif k in owner:
                problems.append(f"{n!r} under {owner[k]} and {key}")
            owner[k] = key
    for text, candidates in h.get("ambiguous", {}).items():
        if normalise(text) in owner:
            problems.append(f"ambiguous {text!r} is mapped to {owner[normalise(text)]}")
        if not set(candidates) <= set(keys):
            problems.append(f"ambiguous {text!r}: unknown parts")
    # mcred also recognises a part's own name as a header ("learner.id", "title", "title.value").
    for x in e["elements"]:
        for p in x["parts"]:
            key = x["id"] if p["id"] == "value" else f"{x['id']}.{p['id']}"
            for own in {key, f"{x['id']}.{p['id']}"}:
                if owner.get(normalise(own), key) != key:
                    problems.append(f"part name {own!r} is a header of {owner[normalise(own)]}")
    for key, texts in HEADER_SPOT_CHECKS.items():
        for t in texts:
            if owner.get(normalise(t)) != key:
                problems.append(f"header {t!r} -> {owner.get(normalise(t))}, expected {key}")
    assert not problems, "; ".join(problems[:15])


@check("normalisation-examples.json: the test vectors hold")
def _():
    ex = load(SCHEMAS_DIR / "normalisation-examples.json")["examples"]
    wrong = [f"{x['input']!r} -> {normalise(x['input'])!r} != {x['key']!r}" for x in ex if normalise(x["input"]) != x["key"]]
    assert not wrong, "; ".join(wrong)
    assert normalise("Examen écrit") == normalise("examen-ecrit") == normalise("EXAMEN ECRIT") == "examenecrit"


def main():
    failed = [(n, msg) for n, msg in results if msg]
    for name, msg in results:
        print(f"{'FAIL' if msg else 'ok  '} {name}")
        if msg:
            for line in msg.rstrip().splitlines():
                print(f"     {line}")
    print(f"check_vocabularies: {len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
