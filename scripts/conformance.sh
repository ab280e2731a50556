#!/usr/bin/env bash
# Independent conformance check: converts the bundled sample and the real ELMO transcripts, then runs
# ../shared/tools/elm-check (JSON-LD expansion with nothing dropped + the official ELM 3.2 SHACL shapes)
# on every written credential. Needs: swift build done, pip install pyld pyshacl.
#
# Usage: scripts/conformance.sh [path/to/mcred]
set -euo pipefail
cd "$(dirname "$0")/.."
MCRED=${1:-.build/debug/mcred}
# elm-check is the workplace's independent checker (../shared/tools beside the clone); ELM_CHECK
# overrides where it is looked for.
ELM_CHECK=${ELM_CHECK:-}
if [ -z "$ELM_CHECK" ]; then
    for candidate in ../shared/tools/elm-check /work/shared/tools/elm-check; do
        if [ -f "$candidate" ]; then ELM_CHECK=$candidate; break; fi
    done
fi
if [ -z "$ELM_CHECK" ]; then
    echo "conformance: WARNING: elm-check not found (set ELM_CHECK=path/to/elm-check); conformance NOT checked" >&2
    exit 0
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# The sample carries a complete issuer (legal identifier): it must pass strictly.
"$MCRED" convert -q --today 2026-01-01 --mapping Fixtures/sample/ugent-mapping.json \
    --out "$OUT/sample" Fixtures/sample/ugent-microcredentials.csv || [ $? -eq 1 ]
python3 "$ELM_CHECK" "$OUT/sample"

# ELMO files carry no issuer legal identifier: they must pass with --allow-unsealed.
SETS=(--set "quality-assurance=institutional review by the national accreditation agency"
      --set "assessment-type=written examination" --set "participation-form=on campus"
      --set "learning-outcomes=As described in the course catalogue of the issuing institution.")
for f in Fixtures/inputs/elmo-*.xml; do
    name=$(basename "$f" .xml)
    extra=()
    case "$name" in
        *finland*) extra=(--set issuer-country=FI) ;;
        *denmark*) extra=(--set issuer-country=DK --set "awarding-body=Technical University of Denmark" --set level=6) ;;
    esac
    "$MCRED" convert -q --today 2026-01-01 --preset elmo "${SETS[@]}" "${extra[@]}" \
        --ndjson "$OUT/$name.ndjson" "$f" || [ $? -eq 1 ]
done
python3 "$ELM_CHECK" --allow-unsealed "$OUT"/elmo-*.ndjson

# The golden fixtures' expected credentials: the Flemish and French exports name the issuer's legal
# identifier, so they pass strictly; every other case at least unsealed.
python3 "$ELM_CHECK" Fixtures/cases/flemish-zero-config/expected/credentials \
    Fixtures/cases/french-latin1-zero-config/expected/credentials
python3 "$ELM_CHECK" --allow-unsealed Fixtures/cases/*/expected/credentials
