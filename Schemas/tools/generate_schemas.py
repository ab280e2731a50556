#!/usr/bin/env python3
"""Generate every JSON file in Schemas/ (dev-time only; mcred never runs this).

    pip install -r Schemas/tools/requirements.txt     # pycountry, babel (pinned)
    python3 Schemas/tools/generate_schemas.py

Inputs:
  * the reference vocabulary CSV, shared/reference/elm/vocabularies/elm-controlled-vocabularies.csv
    (found at ../shared beside the repository, or at $MCRED_SHARED): every concept IRI and English label;
  * schema_data.py beside this script: the Annex I element set, the column-header synonyms and the
    hand-written synonyms of the small vocabularies;
  * pycountry (ISO 3166-1 / ISO 639 codes and names, with their gettext translations) and babel (CLDR
    territory and language names in English, Dutch, French, German and each country's official languages)
    for the country and language vocabularies.

Outputs (overwritten): Schemas/elements.json, Schemas/headers.json, Schemas/normalisation-examples.json,
Schemas/vocabularies/*.json. It prints what it wrote and every synonym it dropped as ambiguous.
"""

import gettext
import re
import sys

import babel
import pycountry
from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages

import schema_data as D
from schemalib import (SCHEMAS_DIR, concepts_by_scheme, load_reference_csv, normalise, reference_csv_path,
                       sort_key, write_json)

CSV_NAME = "shared/reference/elm/vocabularies/elm-controlled-vocabularies.csv"
NAME_LOCALES = ["en", "nl", "fr", "de"]
COUNTRY_SCHEME = "http://publications.europa.eu/resource/authority/country"
LANGUAGE_SCHEME = "http://publications.europa.eu/resource/authority/language"

DROPPED = []  # (vocabulary, synonym, [concept ids], reason)


class DataError(Exception):
    pass


# ------------------------------------------------------------------------------------------------
# Generic vocabulary assembly


def dedupe(texts, exclude_keys=()):
    """Keep the first spelling of each matching key; drop empty keys and excluded keys."""
    seen = set(exclude_keys)
    out = []
    for text in texts:
        text = text.strip()
        key = normalise(text)
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(text)
    return out


def with_eszett_variants(texts):
    out = []
    for text in texts:
        out.append(text)
        if "ß" in text:
            out.append(text.replace("ß", "ss"))
    return out


# Strength of a synonym's claim, used only for the generated vocabularies (country, language):
PRIMARY = 0    # codes, hand-written extras
NAME = 1       # ISO / CLDR names and their translations
DERIVED = 2    # a name with its parenthetical part cut off ("Norwegisch (Bokmål)" -> "Norwegisch")


def tiered(texts, tier):
    return [(t, tier) for t in texts]


def assemble(vocab_id, raw, strict):
    """raw: list of dicts with id, label and synonyms (in preference order; str or (str, tier)).

    Returns the concepts with synonyms deduplicated, sorted and free of cross-concept ambiguity:
    * a synonym whose key is another concept's label is dropped;
    * a synonym claimed by several concepts stays with the one whose claim is strongest (lowest tier) when
      exactly one concept has that claim, and is dropped from all of them otherwise.
    In strict mode (hand-written vocabularies) any such case is an error.
    """
    label_owner = {}
    for c in raw:
        key = normalise(c["label"]["en"])
        if key in label_owner:
            raise DataError(f"{vocab_id}: labels of {label_owner[key]} and {c['id']} match the same key '{key}'")
        label_owner[key] = c["id"]

    claims = {}  # key -> {concept id: best tier}
    for c in raw:
        best = {}
        for item in c["synonyms"]:
            text, tier = item if isinstance(item, tuple) else (item, PRIMARY)
            key = normalise(text.strip())
            if not key or key == normalise(c["label"]["en"]):
                continue
            if key not in best or tier < best[key][1]:
                best[key] = (best[key][0] if key in best else text.strip(), tier)
        c["synonyms"] = best
        for key, (_, tier) in best.items():
            claims.setdefault(key, {})[c["id"]] = tier

    problems = []
    for c in raw:
        kept = []
        for key, (text, tier) in c["synonyms"].items():
            if key in label_owner and label_owner[key] != c["id"]:
                problems.append((vocab_id, text, sorted([c["id"], label_owner[key]]), "is the label of another concept"))
                continue
            owners = claims[key]
            if len(owners) > 1:
                top = min(owners.values())
                winners = [cid for cid, t in owners.items() if t == top]
                if len(winners) == 1 and not strict:
                    if winners[0] == c["id"]:
                        kept.append(text)
                        problems.append((vocab_id, text, sorted(owners), f"kept for {winners[0].rsplit('/', 1)[1]} only (stronger claim)"))
                    continue
                problems.append((vocab_id, text, sorted(owners), "synonym of several concepts"))
                continue
            kept.append(text)
        c["synonyms"] = sorted(kept, key=sort_key)

    if problems and strict:
        lines = "\n".join(f"  {v}: '{s}' -> {', '.join(ids)} ({why})" for v, s, ids, why in problems)
        raise DataError(f"ambiguous synonyms in hand-written vocabulary:\n{lines}")
    seen = set()
    for v, s, ids, why in problems:
        k = (normalise(s), tuple(ids), why)
        if k not in seen:
            seen.add(k)
            DROPPED.append((v, s, ids, why))
    return sorted(raw, key=lambda c: c["id"])


def vocabulary(vocab_id, description, scheme, source, concepts, extra=None):
    out = {"id": vocab_id, "description": description, "scheme": scheme, "source": source}
    if extra:
        out.update(extra)
    out["concepts"] = concepts
    return out


def curated(vocab_id, description, scheme, table, csv_concepts, notes=None, extra=None):
    labels = csv_concepts.get(scheme)
    if labels is None:
        raise DataError(f"{vocab_id}: scheme {scheme} not in the reference CSV")
    raw = []
    for iri, synonyms in table.items():
        if iri not in labels:
            raise DataError(f"{vocab_id}: {iri} is not a concept of {scheme} in the reference CSV")
        concept = {"id": iri, "label": {"en": labels[iri]}}
        if notes and iri in notes:
            concept["note"] = notes[iri]
        concept["synonyms"] = with_eszett_variants(list(synonyms))
        raw.append(concept)
    return vocabulary(vocab_id, description, scheme, f"concept IRIs and labels: {CSV_NAME}; synonyms: hand-written "
                      "(Schemas/tools/schema_data.py)", assemble(vocab_id, raw, strict=True), extra)


# ------------------------------------------------------------------------------------------------
# Country and language


def translator(domain, lang):
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext


def cldr_locale(code):
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def strip_parenthetical(text):
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


def build_country(csv_concepts):
    labels = csv_concepts[COUNTRY_SCHEME]
    tr = {lang: translator("iso3166-1", lang) for lang in ["nl", "fr", "de"]}
    raw = []
    excluded = []
    for iri, label in labels.items():
        code = iri.rsplit("/", 1)[1]
        if code in D.COUNTRY_EXCLUDED:
            excluded.append(code)
            continue
        note = None
        iso = pycountry.countries.get(alpha_3=code)
        if iso is None and code == "FQ0":
            iso = pycountry.countries.get(alpha_3="ATF")
        if code in D.COUNTRY_ALPHA2_SPECIAL:
            alpha2, note = D.COUNTRY_ALPHA2_SPECIAL[code]
        elif iso is not None:
            alpha2 = iso.alpha_2
        else:
            raise DataError(f"country {code}: no ISO 3166-1 entry and no special alpha-2")

        codes = [alpha2, code] + ([iso.alpha_3] if iso is not None else [])
        names = []
        if iso is not None:
            english = [getattr(iso, attr) for attr in ("name", "official_name", "common_name") if hasattr(iso, attr)]
            names += english
            for lang in ["nl", "fr", "de"]:
                names += [tr[lang](n) for n in english]
        official = list(get_official_languages(alpha2, de_facto=True))
        for loc_code in NAME_LOCALES + official:
            loc = cldr_locale(loc_code)
            if loc is not None and loc.territories.get(alpha2):
                names.append(loc.territories[alpha2])
        extra = D.COUNTRY_EXTRA.get(code, [])
        derived = [strip_parenthetical(s) for s in names + extra if "(" in s]
        synonyms = (tiered(with_eszett_variants(codes + extra), PRIMARY) + tiered(with_eszett_variants(names), NAME)
                    + tiered(with_eszett_variants(derived), DERIVED))
        concept = {"id": iri, "label": {"en": label}, "alpha2": alpha2}
        if note:
            concept["note"] = note
        concept["synonyms"] = synonyms
        raw.append(concept)
    unknown = set(D.COUNTRY_EXTRA) - {c["id"].rsplit("/", 1)[1] for c in raw}
    if unknown:
        raise DataError(f"COUNTRY_EXTRA has codes that are not NAL concepts: {sorted(unknown)}")
    concepts = assemble("country", raw, strict=False)
    desc = (
        "Countries of the Publications Office country authority table (NAL), as listed in the reference CSV "
        f"({CSV_NAME}; {len(concepts)} concepts; excluded: "
        + ", ".join(f"{c} ({D.COUNTRY_EXCLUDED[c]})" for c in excluded)
        + "). Concept IRIs and label.en come from that CSV. 'alpha2' is the ISO 3166-1 alpha-2 code (or the "
        "reserved/user-assigned code CLDR uses, see 'note'). Synonyms: ISO alpha-2 and alpha-3 codes, the NAL "
        "code, ISO 3166-1 names from pycountry " + pycountry_version() + " with their Dutch, French and German "
        "translations, CLDR names (babel " + babel.__version__ + ") in English, Dutch, French, German and the "
        "country's official languages, and a few hand-written forms (schema_data.py COUNTRY_EXTRA, e.g. UK, EL). "
        "Synonyms that would match two concepts were dropped. Generated by Schemas/tools/generate_schemas.py."
    )
    return vocabulary("country", desc, COUNTRY_SCHEME, f"concept IRIs and labels: {CSV_NAME}; synonyms: pycountry, "
                      "CLDR via babel, schema_data.py", concepts)


def build_language(csv_concepts):
    labels = csv_concepts[LANGUAGE_SCHEME]
    tr = {lang: translator("iso639-3", lang) for lang in ["nl", "fr", "de"]}
    raw = []
    skipped = []
    for lang in pycountry.languages:
        a2 = getattr(lang, "alpha_2", None)
        if not a2:
            continue
        iri = f"{LANGUAGE_SCHEME}/{lang.alpha_3.upper()}"
        if iri not in labels:
            skipped.append(f"{a2} ({lang.name}): no {lang.alpha_3.upper()} in the NAL")
            continue
        label = labels[iri]
        note = None
        if not label:
            label = strip_parenthetical(lang.name)
            note = "label_en is empty in the reference CSV; label.en is the ISO 639-3 English name (pycountry)"
        codes = [a2, lang.alpha_3] + ([lang.bibliographic] if hasattr(lang, "bibliographic") else [])
        english = [getattr(lang, attr) for attr in ("name", "common_name") if hasattr(lang, attr)]
        names = list(english)
        for t in tr.values():
            names += [t(n) for n in english]
        for loc_code in NAME_LOCALES + [a2]:
            loc = cldr_locale(loc_code)
            if loc is not None and loc.languages.get(a2):
                names.append(loc.languages[a2])
        extra = D.LANGUAGE_EXTRA.get(a2, [])
        derived = [strip_parenthetical(s) for s in names + extra if "(" in s]
        synonyms = (tiered(with_eszett_variants(codes + extra), PRIMARY) + tiered(with_eszett_variants(names), NAME)
                    + tiered(with_eszett_variants(derived), DERIVED))
        concept = {"id": iri, "label": {"en": label}, "iso639_1": a2}
        if note:
            concept["note"] = note
        concept["synonyms"] = synonyms
        raw.append(concept)
    concepts = assemble("language", raw, strict=False)
    desc = (
        "Languages of the Publications Office language authority table (NAL) that have an ISO 639-1 two-letter "
        f"code ({len(concepts)} concepts). Concept IRIs (NAL code = ISO 639-2/T in upper case) and label.en come "
        f"from the reference CSV ({CSV_NAME}); where the CSV label is empty, label.en is the ISO 639 English "
        "name and 'note' says so. 'iso639_1' is the two-letter code (no -> NOR, nb -> NOB, nn -> NNO). "
        "Synonyms: ISO 639-1, 639-2/T and 639-2/B codes, the ISO English name, its Dutch, French and German "
        "translations (pycountry " + pycountry_version() + "), CLDR names (babel " + babel.__version__ + ") in "
        "English, Dutch, French, German and the language itself, and a few hand-written forms (schema_data.py "
        "LANGUAGE_EXTRA, e.g. Flemish). Not included: " + "; ".join(skipped) + ". Synonyms that would match two "
        "concepts were dropped. Generated by Schemas/tools/generate_schemas.py."
    )
    return vocabulary("language", desc, LANGUAGE_SCHEME, f"concept IRIs and labels: {CSV_NAME}; synonyms: "
                      "pycountry, CLDR via babel, schema_data.py", concepts)


def pycountry_version():
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # pragma: no cover
        return "(unknown version)"


# ------------------------------------------------------------------------------------------------
# Small vocabularies


def build_small(csv_concepts):
    out = []
    sup_ambiguous = {
        text: sorted(f"http://data.europa.eu/snb/supervision-verification/{c}" for c in D.SUPERVISION_AMBIGUOUS[text])
        for text in sorted(D.SUPERVISION_AMBIGUOUS, key=sort_key)
    }
    out.append(curated(
        "assessment-type",
        "Assessment types (EDC controlled list) for Annex I 'Type of assessment' (A.specifiedBy.dcType), "
        "with the ways registrars write them in English, Dutch, French and German.",
        "http://data.europa.eu/snb/assessment/25831c2", D.ASSESSMENT, csv_concepts))
    out.append(curated(
        "participation-form",
        "Modes of learning and assessment (EDC controlled list) for Annex I 'Form of participation in the "
        "learning activity' (Q.mode), with English, Dutch, French and German synonyms.",
        "http://data.europa.eu/snb/learning-assessment/25831c2", D.PARTICIPATION, csv_concepts))
    out.append(curated(
        "learning-setting",
        "Learning settings (EDC controlled list: formal / non-formal learning) for Q.learningSetting, with "
        "English, Dutch, French and German synonyms. 'Informal' has no concept and is not matched.",
        "http://data.europa.eu/snb/learning-setting/25831c2", D.LEARNING_SETTING, csv_concepts))
    out.append(curated(
        "supervision",
        "Methods of supervision and verification (EDC controlled list) for Annex I 'Supervision and identity "
        "verification during assessment' (A.idVerification). Only c598449d64 is verified (official ELM sample); "
        "the others carry a 'note' (UNVERIFIED, see shared/docs/elm-mapping.md O2); label.en is the CSV label "
        "even where it is a legacy one. Values that name supervision or identity verification alone are "
        "ambiguous and deliberately not matched: 'ambiguous' lists them with their candidate concepts.",
        "http://data.europa.eu/snb/supervision-verification/25831c2", D.SUPERVISION, csv_concepts,
        notes=D.SUPERVISION_NOTES, extra={"ambiguous": sup_ambiguous}))
    out.append(curated(
        "quality-assurance",
        "Accreditation (quality assurance) types (EDC controlled list) for Annex I 'Type of quality assurance' "
        "(Accreditation.dcType), with English, Dutch, French and German synonyms for institutional "
        "review/accreditation, programme accreditation and licences. A bare 'accreditation' is not matched.",
        "http://data.europa.eu/snb/accreditation/25831c2", D.QUALITY_ASSURANCE, csv_concepts))
    out.append(curated(
        "education-credit",
        "Credit systems (EDC controlled list: ECTS, ECVET) for Annex I 'Notional workload' "
        "(Q.creditPoint[].framework), with English, Dutch, French and German synonyms.",
        "http://data.europa.eu/snb/education-credit/25831c2", D.EDUCATION_CREDIT, csv_concepts))
    out.append(curated(
        "eqf",
        "European Qualifications Framework levels 1-8 for Annex I 'Level' (Q.eqfLevel). Synonyms: numbers, "
        "roman numerals and 'EQF/level/niveau/CEC/EQR n' forms; DQR (DE), NLQF (NL) and VKS (Flanders) levels, "
        "which are referenced 1:1 to the EQF; and the QF-EHEA cycles and degree names (short cycle 5, first "
        "cycle/bachelor 6, second cycle/master 7, third cycle/doctorate 8). The code also parses numbers itself.",
        "http://data.europa.eu/snb/eqf/25831c2", D.EQF, csv_concepts))
    out.append(curated(
        "credential-profile",
        "Credential profile (EDC credential types) for credentialProfiles: only Generic, the profile the "
        "official Annex I micro-credential sample uses.",
        "http://data.europa.eu/snb/credential/25831c2", D.CREDENTIAL_PROFILE, csv_concepts))
    out.append(curated(
        "encoding",
        "Content encoding (EDC controlled list) for MediaObject.contentEncoding: base64.",
        "http://data.europa.eu/snb/encoding/25831c2", D.ENCODING, csv_concepts))

    # file-type: the scheme is not in the reference CSV; IRIs as written in shared/docs.
    if D.FILE_TYPE_SCHEME in csv_concepts:
        raise DataError("file-type is now in the reference CSV: take it from there")
    raw = []
    for iri, (label, synonyms, where) in D.FILE_TYPE.items():
        raw.append({"id": iri, "label": {"en": label},
                    "note": f"not in the reference CSV; IRI and label as in {where}", "synonyms": list(synonyms)})
    out.append(vocabulary(
        "file-type",
        "File types (Publications Office file-type NAL) for MediaObject.contentType of the display image. The "
        "scheme is not in the reference CSV: PNG is written as in shared/docs/target-example.jsonld, JPEG and "
        "PDF as in shared/docs/elm-mapping.md (§3.2, §6). Synonyms: extensions and media types.",
        D.FILE_TYPE_SCHEME, "shared/docs/target-example.jsonld, shared/docs/elm-mapping.md",
        assemble("file-type", raw, strict=True)))
    return out


# ------------------------------------------------------------------------------------------------
# elements.json, headers.json


def part_keys():
    keys = []
    for el in D.ELEMENTS:
        for p in el["parts"]:
            keys.append(el["id"] if p["id"] == "value" else f"{el['id']}.{p['id']}")
    return keys


def build_elements():
    ids = [e["id"] for e in D.ELEMENTS]
    if ids != D.MANDATORY_IDS + D.OPTIONAL_IDS:
        raise DataError(f"element order differs from the brief: {ids}")
    for e in D.ELEMENTS:
        if e["mandatory"] != (e["id"] in D.MANDATORY_IDS):
            raise DataError(f"{e['id']}: wrong mandatory flag")
        if e["defaultPart"] not in [p["id"] for p in e["parts"]]:
            raise DataError(f"{e['id']}: defaultPart not among its parts")
    elements = []
    for e in D.ELEMENTS:
        parts = [dict(p, json=D.JSON_PATHS.get(f"{e['id']}.{p['id']}", [])) for p in e["parts"]]
        unknown = set(D.PRESENT_WHEN.get(e["id"], [])) - {p["id"] for p in parts}
        if unknown:
            raise DataError(f"{e['id']}: presentWhen names unknown parts {sorted(unknown)}")
        present = D.PRESENT_WHEN.get(e["id"], [e["defaultPart"]])
        if not any(p["json"] for p in parts if p["id"] in present):
            raise DataError(f"{e['id']}: no JSON path for the parts that make it present")
        elements.append(dict(e, presentWhen=present, parts=parts))
    known = {f"{e['id']}.{p['id']}" for e in D.ELEMENTS for p in e["parts"]}
    if set(D.JSON_PATHS) - known:
        raise DataError(f"JSON_PATHS names unknown parts {sorted(set(D.JSON_PATHS) - known)}")
    return {
        "description": (
            "The European standard elements to describe a micro-credential (Annex I of the Council "
            "Recommendation): 11 mandatory and 5 optional elements, in the Annex's order, each with its parts "
            "(what a column or `--set ELEMENT[.PART]=VALUE` can fill; defaultPart is filled by "
            "`--set ELEMENT=VALUE`), where it goes in ELM 3.2 / EDC JSON-LD ('elm', from "
            "shared/docs/elm-mapping.md §1 and shared/docs/target-example.md; abbreviations below) and the "
            "vocabulary (Schemas/vocabularies/<id>.json) its value is normalised against. 'whereApplicable' "
            "marks the element the Annex requires only 'if applicable' (level). Part datatypes: text, "
            "identifier, email, date, decimal, concept, url. 'json' lists where 'mcred validate' finds a part "
            "in a credential: alternative paths from the credential root; a step is a JSON key, arrays are "
            "looked through, 'key[path=value]' keeps the nodes whose path leads to the string value or to a "
            "node with that id, and a node that only references another by id is read merged with it. An "
            "element is present when one of its 'presentWhen' parts has a non-empty value. Generated by "
            "Schemas/tools/generate_schemas.py from schema_data.py."
        ),
        "source": D.ANNEX_SOURCE,
        "abbreviations": D.ABBREVIATIONS,
        "elements": elements,
    }


def build_headers():
    keys = part_keys()
    if set(D.HEADERS) != set(keys):
        raise DataError(f"headers.json keys differ from the element parts: missing {sorted(set(keys) - set(D.HEADERS))}, "
                        f"unknown {sorted(set(D.HEADERS) - set(keys))}")
    owner = {}
    headers = {}
    for key in keys:
        names = dedupe(with_eszett_variants(D.HEADERS[key]))
        for n in names:
            k = normalise(n)
            if k in owner:
                raise DataError(f"header '{n}' is listed under {owner[k]} and {key}")
            owner[k] = key
        headers[key] = sorted(names, key=sort_key)
    ambiguous = {}
    for text in sorted(D.AMBIGUOUS_HEADERS, key=sort_key):
        k = normalise(text)
        if k in owner:
            raise DataError(f"ambiguous header '{text}' is also mapped to {owner[k]}")
        cands = D.AMBIGUOUS_HEADERS[text]
        if len(set(cands)) < 2:
            raise DataError(f"ambiguous header '{text}' needs at least two candidate parts")
        for c in cands:
            if c not in keys:
                raise DataError(f"ambiguous header '{text}': unknown part {c}")
        ambiguous[text] = sorted(cands)
    return {
        "description": (
            "Column-header synonyms for zero-configuration mapping: for each element part (key 'ELEMENT' when "
            "the part is 'value', else 'ELEMENT.PART', as in Schemas/elements.json) the header names registrars "
            "use in English, Dutch, French and German. Headers are compared with the matching normalisation of "
            "Schemas/README.md (case, accents, spaces and punctuation ignored); no header belongs to two parts. "
            "'ambiguous' lists headers deliberately left unmapped, with the parts they could mean, so the tool "
            "can ask instead of guessing. Hand-written (Schemas/tools/schema_data.py), generated by "
            "Schemas/tools/generate_schemas.py."
        ),
        "headers": headers,
        "ambiguous": ambiguous,
    }


NORMALISATION_EXAMPLES = [
    "Examen écrit", "examen-ecrit", "EXAMEN ECRIT", "E-Mail-Adresse", "Côte d’Ivoire", "Numéro d'étudiant",
    "Crédits (ECTS)", "Straße", "Ελλάδα", "N/A", "ﬁnal", "EQF²", "  Vor- / Nachname ", "Łódź", "Ærø", "İzmir",
    "Nederland (NL)", "studiepunten\u00a0ECTS", "Matr.-Nr.", "हिन्दी", "日本", "ǅ", "ΚΎΠΡΟΣ", "Κύπρος", "",
]


def build_normalisation_examples():
    return {
        "description": (
            "Test vectors for the matching normalisation of Schemas/README.md (NFKD, per-scalar lowercase "
            "with final sigma folded to sigma, keep only Unicode letters L* and numbers N*): the Swift implementation must produce 'key' for each 'input'. "
            "Generated by Schemas/tools/generate_schemas.py with Python's unicodedata."
        ),
        "examples": [{"input": t, "key": normalise(t)} for t in NORMALISATION_EXAMPLES],
    }


# ------------------------------------------------------------------------------------------------


def main():
    csv_path = reference_csv_path()
    if not csv_path.exists():
        print(f"generate_schemas: reference CSV not found at {csv_path} (set MCRED_SHARED)", file=sys.stderr)
        return 2
    csv_concepts = concepts_by_scheme(load_reference_csv(csv_path))

    vocabs = build_small(csv_concepts) + [build_country(csv_concepts), build_language(csv_concepts)]
    outputs = {
        SCHEMAS_DIR / "elements.json": build_elements(),
        SCHEMAS_DIR / "headers.json": build_headers(),
        SCHEMAS_DIR / "normalisation-examples.json": build_normalisation_examples(),
    }
    for v in vocabs:
        outputs[SCHEMAS_DIR / "vocabularies" / f"{v['id']}.json"] = v

    for path, obj in outputs.items():
        write_json(path, obj)
        rel = path.relative_to(SCHEMAS_DIR.parent)
        if "concepts" in obj:
            n_syn = sum(len(c["synonyms"]) for c in obj["concepts"])
            print(f"wrote {rel}: {len(obj['concepts'])} concepts, {n_syn} synonyms")
        elif "headers" in obj:
            print(f"wrote {rel}: {len(obj['headers'])} parts, {sum(map(len, obj['headers'].values()))} headers")
        else:
            print(f"wrote {rel}")

    dropped = [d for d in DROPPED if not d[3].startswith("kept")]
    kept = [d for d in DROPPED if d[3].startswith("kept")]
    for title, rows in (("synonyms dropped as ambiguous", dropped),
                        ("ambiguous synonyms kept for the one concept with the stronger claim", kept)):
        print(f"{title}: {len(rows)}")
        for vocab_id, text, ids, why in sorted(rows, key=lambda d: (d[0], sort_key(d[1]))):
            short = ", ".join(i.rsplit("/", 1)[1] for i in ids)
            print(f"  {vocab_id}: '{text}' -> {short} ({why})")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except DataError as err:
        print(f"generate_schemas: {err}", file=sys.stderr)
        sys.exit(1)
