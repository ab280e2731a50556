#!/usr/bin/env bash
# Fuzzes mcred's readers of hostile input with libFuzzer, or replays the corpus.
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]   fuzz one target (csv, xml, mapping, credential)
#   scripts/fuzz.sh --build                             only build the four fuzzer binaries
#   scripts/fuzz.sh --merge TARGET                      minimise the found corpus into Fuzz/corpus/TARGET
#   scripts/fuzz.sh --replay                            run every corpus and regression file once, no fuzzing
#
# The binaries are built with -sanitize=fuzzer,address into .build/fuzz/bin (MCredCore itself is
# built instrumented into .build/fuzz; the normal .build is untouched). One fuzzing process (no -jobs):
# the machine is shared. New inputs go to .build/fuzz/corpus/TARGET. Seeds: Fuzz/corpus/TARGET
# (committed; --merge refreshes it), Fuzz/regressions/TARGET (every crash, hang or blow-up found, kept as a fixture), and
# the project's real inputs in Fixtures/ and ../shared/inputs (read only). Crashes are written to
# .build/fuzz/artifacts/TARGET/; move each into Fuzz/regressions/TARGET once fixed.
# CI does not fuzz: Tests/MCredCoreTests/Fuzzing/FuzzCorpusReplayTests.swift replays the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
B=$ROOT/.build/fuzz
TARGETS=(csv xml mapping credential)

build() {
    swift build -c release --build-path "$B" --target MCredCore \
        -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address >&2
    mkdir -p "$B/bin"
    local rel=$B/release name
    for t in "${TARGETS[@]}"; do
        name=Fuzz$(case $t in csv) echo CSV;; xml) echo XML;; mapping) echo Mapping;; credential) echo Credential;; esac)
        swiftc -O -sanitize=fuzzer,address -parse-as-library -I "$rel/Modules" \
            -I Sources/CLibXML2 -I Sources/CSQLite -I "$rel/CSHA1.build" $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') \
            "Fuzz/targets/$name.swift" "$rel"/MCredCore.build/*.o "$rel"/XMLStreaming.build/*.o \
            "$rel"/SQLiteDatabase.build/*.o "$rel"/CSHA1.build/*.o -lxml2 -lsqlite3 -o "$B/bin/$t" 2> >(grep -v 'Cannot export local symbol' >&2)
    done
}

seeds() {  # the real inputs that seed TARGET (read-only corpus folders)
    local dir=$B/seeds/$1
    rm -rf "$dir"; mkdir -p "$dir"
    local shared=$ROOT/../shared/inputs
    case $1 in
        csv) find Fixtures "$shared" -type f \( -name '*.csv' -o -name '*.tsv' -o -name '*.txt' \) -not -path '*/expected/*' ;;
        xml) find Fixtures "$shared" -type f -name '*.xml' ;;
        mapping) { find Fixtures -type f -name '*mapping*.json'; find Schemas/presets -type f -name '*.json'; } ;;
        credential) find Fixtures -type f \( -name '*.json' -o -name '*.jsonld' -o -name '*.ndjson' \) -path '*credential*' ;;
    esac 2>/dev/null | while read -r f; do cp "$f" "$dir/$(printf '%s' "$f" | md5sum | cut -c1-16)"; done
    echo "$dir"
}

case "${1:-}" in
    --build) build ;;
    --merge)  # minimise what the fuzzer found into the committed corpus (inputs up to 8 KiB)
        target=${2:?give the target}; tmp=$B/merged/$target; rm -rf "$tmp"; mkdir -p "$tmp"
        "$B/bin/$target" -merge=1 -rss_limit_mb=2048 -max_len=65536 -timeout=10 "$tmp" "Fuzz/corpus/$target" "$B/corpus/$target"
        # Hand-written seeds keep their names; found inputs are named by their SHA-1 and replaced.
        find "Fuzz/corpus/$target" -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
        find "$tmp" -type f -size -8k -exec cp {} "Fuzz/corpus/$target"/ \;
        echo "Fuzz/corpus/$target: $(ls "Fuzz/corpus/$target" | wc -l) files" >&2 ;;
    --replay)
        swift test --filter FuzzCorpusReplayTests ;;
    csv|xml|mapping|credential)
        target=$1; seconds=${2:?give the number of seconds}; shift 2
        case $target in csv) dict=csv;; xml) dict=xml;; *) dict=json;; esac
        build
        seeddir=$(seeds "$target")
        mkdir -p "$B/artifacts/$target" "$B/logs" "$B/corpus/$target"
        echo "fuzzing $target for ${seconds}s; log: $B/logs/$target.log" >&2
        ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 "$B/bin/$target" \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
            -max_len=65536 -print_final_stats=1 -dict="Fuzz/dict/$dict.dict" -artifact_prefix="$B/artifacts/$target/" "$@" \
            "$B/corpus/$target" "Fuzz/corpus/$target" "Fuzz/regressions/$target" "$seeddir" 2>&1 | tee -a "$B/logs/$target.log"
        ;;
    *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
