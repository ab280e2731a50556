"""Helpers shared by generate_schemas.py and check_vocabularies.py.

Dev-time only: nothing here is used by mcred at run time.
"""

import csv
import json
import os
import unicodedata
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
SCHEMAS_DIR = TOOLS_DIR.parent
REPO_DIR = SCHEMAS_DIR.parent


def shared_dir():
    """The read-only reference folder: $MCRED_SHARED, else ../shared beside the repository."""
    env = os.environ.get("MCRED_SHARED")
    return Path(env) if env else REPO_DIR.parent / "shared"


def reference_csv_path():
    return shared_dir() / "reference" / "elm" / "vocabularies" / "elm-controlled-vocabularies.csv"


FINAL_SIGMA = "\u03c2"  # ς
SIGMA = "\u03c3"        # σ


def normalise(text):
    """The matching key used for vocabulary synonyms and column headers.

    1. Unicode NFKD (compatibility decomposition: "é" -> "e" + U+0301, "ﬁ" -> "fi", "²" -> "2");
    2. lowercase each scalar on its own (Unicode full lowercase mapping, no context rules: Python's
       str.lower() would turn a word-final "Σ" into "ς", Swift's per-scalar lowercaseMapping does not),
       then fold the final sigma "ς" into "σ";
    3. keep only scalars whose general category is a letter (L*) or a number (N*):
       combining marks (M*), spaces, punctuation and symbols all go.
    So "Examen écrit" == "examen-ecrit" == "EXAMEN ECRIT" == "examenecrit".
    """
    out = []
    for ch in unicodedata.normalize("NFKD", text):
        for low in ch.lower():
            if low == FINAL_SIGMA:
                low = SIGMA
            if unicodedata.category(low)[0] in "LN":
                out.append(low)
    return "".join(out)


def load_reference_csv(path=None):
    """Rows of the reference vocabulary CSV as dicts (scheme_iri, concept_iri, label_en, source_file, note)."""
    path = Path(path) if path else reference_csv_path()
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def concepts_by_scheme(rows):
    """{scheme_iri: {concept_iri: label_en}}; duplicate rows collapse (the first non-empty label wins)."""
    out = {}
    for row in rows:
        scheme = out.setdefault(row["scheme_iri"], {})
        iri = row["concept_iri"]
        if not scheme.get(iri):
            scheme[iri] = row["label_en"]
    return out


def dump_json(obj):
    """UTF-8 JSON text, 2-space indent, key order as built, final newline."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_json(path, obj):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_json(obj), encoding="utf-8")


def sort_key(text):
    """Stable order for synonym and header lists: by matching key, then by the text itself."""
    return (normalise(text), text)
