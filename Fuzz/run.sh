#!/usr/bin/env bash
# Builds a libFuzzer target of accord and runs it for SECONDS, seeded from the corpus and fixtures.
#
#   Fuzz/run.sh agreement SECONDS    agreement bytes → loader, evaluator, every renderer
#   Fuzz/run.sh rule-pack SECONDS    pack files → pack loader, term compiler, examples
#   Fuzz/run.sh draft SECONDS        draft documents (.docx, .odt, text) → importer, evaluator, reports
#
# A finding is a crash (a trap or a sanitizer report), an input that runs over 5 s, or a process
# over 500 MB (libFuzzer's -timeout=5 -rss_limit_mb=500); libFuzzer writes it to
# Fuzz/findings/TARGET/ and exits non-zero, and so does this script. New inputs that reach new code
# are kept in Fuzz/corpus/TARGET/ for the next run. Extra arguments go to libFuzzer, e.g.
# `Fuzz/run.sh agreement 0 Fuzz/findings/agreement/crash-...` to replay one finding.
set -euo pipefail
cd "$(dirname "$0")"
target="${1:?usage: Fuzz/run.sh agreement|rule-pack|draft SECONDS [LIBFUZZER ARGS...]}"
seconds="${2:?usage: Fuzz/run.sh agreement|rule-pack|draft SECONDS [LIBFUZZER ARGS...]}"
shift 2
case "$target" in
    agreement) product=FuzzAgreement ;;
    rule-pack) product=FuzzRulePack ;;
    draft) product=FuzzDraft ;;
    *) echo "unknown target '$target'; expected agreement, rule-pack or draft" >&2; exit 2 ;;
esac

# Release for speed, with AddressSanitizer; libyaml (C) instrumented too, so the fuzzer sees its
# branches. lld: gold crashes formatting a location while linking the sanitized objects.
swift build -c release --product "$product" -Xswiftc -sanitize=fuzzer,address \
    -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld 2>&1 | grep -v "warning: Cannot export" || true
binary="$(swift build -c release --show-bin-path)/$product"
[ -x "$binary" ] || { echo "build of $product failed" >&2; exit 1; }

# Seeds are rebuilt each run from the repository, so they follow the formats.
seeds=".build/seeds/$target"
rm -rf "$seeds"
mkdir -p "$seeds" "corpus/$target" "findings/$target"
if [ "$target" = draft ]; then
    for file in ../Tests/Fixtures/drafts/*.docx ../Tests/Fixtures/drafts/*.odt ../Tests/Fixtures/drafts/*.txt \
        ../Tests/Fixtures/drafts/*.md; do
        cp "$file" "$seeds/$(basename "$file")"
    done
elif [ "$target" = agreement ]; then
    find ../agreements ../Tests/Fixtures -name '*.yaml' -not -path '*/packs/*' | while read -r file; do
        cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"
    done
else
    # The mini pack itself (the input is pack.yaml), each of its principle files, and each WHO Code
    # principle file under a pack.yaml that lists it alone (see FuzzRulePack.swift for the format).
    mini=../Tests/Fixtures/packs/mini
    cp "$mini/pack.yaml" "$seeds/mini-pack.yaml"
    for file in "$mini"/principles/*.yaml "$mini/list.yaml"; do
        relative="${file#"$mini"/}"
        { echo "#### $relative"; cat "$file"; } >"$seeds/mini-$(basename "$file")"
    done
    for file in ../rules/who-code-2010/principles/*.yaml; do
        id="$(basename "$file" .yaml)"
        {
            echo "#### pack.yaml"
            sed "s/principles: \[recruitment, return\]/principles: [$id]/" "$mini/pack.yaml"
            echo "#### principles/$id.yaml"
            cat "$file"
        } >"$seeds/who-$id.yaml"
    done
    cp ../rules/who-code-2010/pack.yaml "$seeds/who-pack.yaml"
fi

# The Swift backtracer would hold a crashing process for many seconds; libFuzzer reports crashes.
export SWIFT_BACKTRACE=enable=no
# A smaller quarantine than ASan's 256 MB, so the 500 MB bound measures accord more than ASan. No leak
# check at exit: Foundation's XML parser keeps error strings for the process's life, which is no finding.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=32:detect_leaks=0}"
set +e
"$binary" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=500 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="findings/$target/" "$@" "corpus/$target" "$seeds" 2>"findings/$target.log"
status=$?
set -e
grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done |==[0-9]+==ERROR|SUMMARY|ALARM|INFO: (Running|Seed|Loaded))" \
    "findings/$target.log" || true
if [ "$status" -ne 0 ]; then
    tail -n 40 "findings/$target.log"
    echo "fuzz $target: a finding (exit $status); the input is in Fuzz/findings/$target/" >&2
    exit 1
fi
echo "fuzz $target: no finding in ${seconds} s"
