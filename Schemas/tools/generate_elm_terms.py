#!/usr/bin/env python3
"""Generate Schemas/elm-terms.json from the pinned official JSON-LD contexts and EDC SHACL shapes.

    python3 Schemas/tools/generate_elm_terms.py     # needs rdflib (installed with pyshacl)

`mcred validate` uses the file to find what a JSON-LD consumer of an ELM credential would silently lose
or reject, without running a JSON-LD processor:

* contexts[]: for each context IRI a credential may declare, every term it defines (scoped contexts
  included, flattened), the terms it protects, the terms typed xsd:dateTime / xsd:date /
  xsd:duration, and the map terms (`@container` `@language`, `@index`, `@id`, `@type`) whose object keys
  are language tags or indexes rather than terms. A key that is no term of the declared contexts, no keyword and no (compact) IRI is
  dropped by JSON-LD expansion.
* conflicts[]: protected terms of one context that another redefines differently; a strict JSON-LD 1.1
  processor refuses to expand a document that declares both, in that order.
* conceptSchemes[]: for a JSON key on a node of a given type, the concept scheme its concepts must be
  in. Rows from EDC-generic-full.ttl (the shapes enforce them) have severity "error"; the Annex I
  vocabularies the shapes leave open (assessment type, mode, supervision, credit framework) have
  severity "warning" and take their scheme from Schemas/vocabularies/.

Inputs: shared/reference/elm/context/* and shared/reference/elm/shacl/elm-3.2/EDC-generic-full.ttl
($MCRED_SHARED or ../shared beside the repository). Output: Schemas/elm-terms.json (overwritten).
"""

import json
import sys

import rdflib
from rdflib.namespace import RDF, SH, SKOS

from schemalib import SCHEMAS_DIR, shared_dir, write_json

# (context IRI as credentials declare it, file below shared/reference/elm/context/)
CONTEXTS = [
    ("https://www.w3.org/2018/credentials/v1", "w3c/credentials/v1"),
    ("https://www.w3.org/ns/credentials/v2", "w3c/credentials/v2"),
    ("http://data.europa.eu/snb/model/context/edc-ap", "elm-3.2/edc-ap-context.jsonld"),
]
SHACL = "shacl/elm-3.2/EDC-generic-full.ttl"

# Annex I concept properties the SHACL "full" shapes do not restrict: (types, key, vocabulary id).
ANNEX_SCHEMES = [
    (["LearningAssessmentSpecification"], "dcType", "assessment-type"),
    (["Qualification", "LearningAchievementSpecification", "LearningActivitySpecification",
      "LearningAssessmentSpecification"], "mode", "participation-form"),
    (["LearningAssessment"], "idVerification", "supervision"),
    (["CreditPoint"], "framework", "education-credit"),
]

# Containers whose object keys are language tags, indexes, ids or types, not terms.
MAP_CONTAINERS = {"@language", "@index", "@id", "@type"}

DATATYPES = {"xsd:dateTime": "dateTime", "xsd:date": "date", "xsd:duration": "duration"}


def read_context(path):
    """Terms, protected terms and typed terms of one context file, scoped contexts flattened."""
    with open(path, encoding="utf-8") as handle:
        root = json.load(handle)["@context"]
    terms, protected, typed, top = set(), set(), {}, {}

    def walk(context, inherited, depth):
        for ctx in context if isinstance(context, list) else [context]:
            if not isinstance(ctx, dict):
                continue
            is_protected = ctx.get("@protected", inherited)
            for key, definition in ctx.items():
                if key.startswith("@"):
                    continue
                terms.add(key)
                if depth == 0:
                    top[key] = definition
                if isinstance(definition, dict):
                    if is_protected and definition.get("@protected", True) and depth == 0:
                        protected.add(key)
                    container = definition.get("@container", [])
                    container = container if isinstance(container, list) else [container]
                    if set(container) & MAP_CONTAINERS:
                        typed.setdefault("map", set()).add(key)
                    kind = DATATYPES.get(definition.get("@type"))
                    if kind:
                        typed.setdefault(kind, set()).add(key)
                    if "@context" in definition:
                        walk(definition["@context"], is_protected, depth + 1)
                elif is_protected and depth == 0:
                    protected.add(key)

    walk(root, False, 0)
    return terms, protected, typed, top, root


def expand_iri(value, prefixes):
    if ":" in value:
        prefix, rest = value.split(":", 1)
        if prefix in prefixes and not rest.startswith("//"):
            return prefixes[prefix] + rest
    return value


def iri_to_keys(root):
    """Expanded IRI -> JSON keys of the edc-ap context (a property may have several keys)."""
    prefixes = {k: v for k, v in root.items() if isinstance(v, str) and v.endswith(("/", "#"))}
    out = {}
    for key, definition in root.items():
        if key.startswith("@"):
            continue
        iri = definition.get("@id") if isinstance(definition, dict) else definition
        if isinstance(iri, str):
            out.setdefault(expand_iri(iri, prefixes), []).append(key)
    return out


def shacl_schemes(path, keys_of):
    graph = rdflib.Graph()
    graph.parse(path)
    restriction = {}
    for node in graph.subjects(RDF.type, SH.NodeShape):
        for prop in graph.objects(node, SH.property):
            if graph.value(prop, SH.path) == SKOS.inScheme and graph.value(prop, SH.hasValue) is not None:
                restriction[node] = str(graph.value(prop, SH.hasValue))
    rows = []
    for shape, cls in graph.subject_objects(SH.targetClass):
        for prop in graph.objects(shape, SH.property):
            scheme = restriction.get(graph.value(prop, SH.node))
            if scheme is None:
                continue
            path = str(graph.value(prop, SH.path))
            for key in keys_of.get(path, []):
                rows.append({"type": str(cls).rsplit("/", 1)[1], "key": key, "scheme": scheme,
                             "severity": "error", "source": "EDC-generic-full.ttl 1.2.0"})
    return rows


def main():
    base = shared_dir() / "reference" / "elm"
    contexts, tops = [], {}
    edc_root = None
    for iri, rel in CONTEXTS:
        terms, protected, typed, top, root = read_context(base / "context" / rel)
        tops[iri] = top
        if rel.startswith("elm-"):
            edc_root = root
        contexts.append({
            "iri": iri,
            "file": f"shared/reference/elm/context/{rel}",
            "terms": sorted(terms),
            "protected": sorted(protected),
            "dateTimeTerms": sorted(typed.get("dateTime", [])),
            "dateTerms": sorted(typed.get("date", [])),
            "durationTerms": sorted(typed.get("duration", [])),
            "mapTerms": sorted(typed.get("map", [])),
        })
    conflicts = []
    for first in contexts:
        for second in contexts:
            if first is second:
                continue
            clash = sorted(t for t in first["protected"]
                           if t in tops[second["iri"]] and tops[second["iri"]][t] != tops[first["iri"]][t])
            if clash:
                conflicts.append({"protectedBy": first["iri"], "redefinedBy": second["iri"], "terms": clash})

    rows = shacl_schemes(base / SHACL, iri_to_keys(edc_root))
    for types, key, vocabulary in ANNEX_SCHEMES:
        with open(SCHEMAS_DIR / "vocabularies" / f"{vocabulary}.json", encoding="utf-8") as handle:
            scheme = json.load(handle)["scheme"]
        for node_type in types:
            rows.append({"type": node_type, "key": key, "scheme": scheme, "severity": "warning",
                         "source": f"Annex I vocabulary Schemas/vocabularies/{vocabulary}.json"})
    unique = {(r["type"], r["key"]): r for r in rows}
    schemes = [unique[k] for k in sorted(unique)]

    write_json(SCHEMAS_DIR / "elm-terms.json", {
        "description": (
            "What a JSON-LD consumer of an ELM credential keeps, for 'mcred validate': the terms of each pinned "
            "context a credential may declare (scoped contexts flattened), its protected terms, the terms it "
            "types as xsd:dateTime, xsd:date or xsd:duration and its map terms (language maps and other "
            "containers, whose keys are not terms); protected terms that another context redefines "
            "(strict JSON-LD 1.1 expansion fails on them); and the concept scheme required for a key on a node "
            "type (severity error: enforced by the EDC SHACL 'full' shapes; warning: the Annex I vocabulary the "
            "shapes leave open). Generated by Schemas/tools/generate_elm_terms.py from shared/reference/elm."),
        "contexts": contexts,
        "conflicts": conflicts,
        "conceptSchemes": schemes,
    })
    print(f"wrote Schemas/elm-terms.json: {len(contexts)} contexts, {len(conflicts)} conflicts, "
          f"{len(schemes)} concept-scheme rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
