#!/usr/bin/env bash
# Instructions executed by a one-core `accord batch` (callgrind), for comparing two builds on a
# machine whose timings drift: the count is the same from run to run, where wall time moves 10-30 %.
# Usage: Benchmarks/instructions.sh [ACCORD ...]   (default: the release build, built if needed)
# Environment: N (corpus size, default 200), SEED (default 42), ACCORD_BENCH_CACHE (as run.sh).
# Needs valgrind (it runs `apt-get install -y valgrind` if missing). Prints, per binary, the total
# and the count per agreement; `callgrind_annotate $work/BINARY.out` lists the functions (the
# output files are kept in the folder it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${N:-200}"
seed="${SEED:-42}"
cache="${ACCORD_BENCH_CACHE:-${TMPDIR:-/tmp}/accord-bench}"
work="$(mktemp -d)"

if ! command -v valgrind >/dev/null; then
    echo "valgrind is missing; trying apt-get install -y valgrind ..." >&2
    apt-get install -y valgrind >&2 || { echo "error: install valgrind" >&2; exit 1; }
fi
binaries=("$@")
if [ ${#binaries[@]} -eq 0 ]; then
    swift build -c release --product accord >&2
    binaries=("$(swift build -c release --show-bin-path)/accord")
fi

generator_hash="$(sha256sum Benchmarks/generate-corpus.py | cut -c1-12)"
corpus="$cache/seed$seed-n$n-$generator_hash"
if [ ! -d "$corpus" ]; then
    echo "generating $n agreements (seed $seed) into $corpus ..." >&2
    rm -rf "$corpus.partial"
    python3 Benchmarks/generate-corpus.py --seed "$seed" --count "$n" --out "$corpus.partial" >&2
    mv "$corpus.partial" "$corpus"
fi

for binary in "${binaries[@]}"; do
    name="$(basename "$binary")"
    # Valgrind cannot read the DWARF that swiftc writes ("possibly corrupted debuginfo"), so it
    # runs a copy without it; function names survive in the symbol table.
    strip -g -o "$work/$name" "$binary"
    count="$(valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" \
        "$work/$name" batch --jobs 1 "$corpus" --format csv 2>&1 >/dev/null | awk '/Collected/ {print $4}')"
    [ -n "$count" ] || { echo "error: callgrind gave no count for $binary" >&2; exit 1; }
    awk -v b="$binary" -v c="$count" -v n="$n" 'BEGIN { printf "%s: %.1f M instructions, %.2f M per agreement\n", b, c / 1e6, c / n / 1e6 }'
done
echo "callgrind output: $work" >&2
