#!/usr/bin/env bash
# Throughput of `accord batch` on a generated corpus, next to the libyaml parse floor.
# Usage: Benchmarks/run.sh [N ...]          (default: 1000 10000 100000)
# Environment: SEED (default 42), REPEAT (rounds per N, default 3), ACCORD_BENCH_CACHE (corpus
# cache, default $TMPDIR/accord-bench).
# Builds accord in release and Benchmarks/libyaml-floor.c (needs libyaml-dev), generates each
# corpus once per N, seed and generator version, then measures with /usr/bin/time, whole process,
# REPEAT rounds of, interleaved, keeping the fastest of each:
#   accord batch DIR --format csv            (all cores)
#   libyaml-floor < list of the same files   (one core, event parser only)
#   accord batch DIR --jobs 1 --format csv   (one core)
# and prints a Markdown table. Fails if any accord run exits non-zero or scores the wrong count.
set -euo pipefail
cd "$(dirname "$0")/.."
seed="${SEED:-42}"
repeats="${REPEAT:-3}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000 100000)
cache="${ACCORD_BENCH_CACHE:-${TMPDIR:-/tmp}/accord-bench}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building accord (release) ..." >&2
swift build -c release --product accord >&2
accord="$(swift build -c release --show-bin-path)/accord"

if [ ! -e /usr/include/yaml.h ]; then
    echo "libyaml-dev is missing; trying apt-get install -y libyaml-dev ..." >&2
    apt-get install -y libyaml-dev >&2 || { echo "error: install libyaml-dev (yaml.h, -lyaml)" >&2; exit 1; }
fi
mkdir -p "$cache"
floor="$cache/libyaml-floor"
cc -O2 -Wall -o "$floor" Benchmarks/libyaml-floor.c -lyaml
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time (GNU time) is needed" >&2; exit 1; }

# A corpus is reused only if the generator is unchanged.
generator_hash="$(sha256sum Benchmarks/generate-corpus.py | cut -c1-12)"

# run NAME CMD... : runs CMD under /usr/bin/time, stdout to /dev/null; sets seconds and kilobytes.
run() {
    local name="$1"; shift
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    if [ "$status" -ne 0 ]; then
        echo "error: $name exited $status: $*" >&2
        tail -n 20 "$work/$name.err" >&2
        exit 1
    fi
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
}

# check_batch NAME N : the CSV has a header and N rows, and stderr says "N scored, 0 failed".
# The smaller of two times; the first argument may be empty (no run yet).
fastest() {
    awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a ? b : a) }'
}

check_batch() {
    local rows
    rows=$(($(wc -l <"$work/$1.out") - 1))
    if [ "$rows" -ne "$2" ] || ! grep -q "$2 scored, 0 failed" "$work/$1.err"; then
        echo "error: $1 scored $rows of $2 agreements: $(tail -n 1 "$work/$1.err")" >&2
        exit 1
    fi
}

rows=()
for n in "${counts[@]}"; do
    corpus="$cache/seed$seed-n$n-$generator_hash"
    if [ ! -d "$corpus" ]; then
        echo "generating $n agreements (seed $seed) into $corpus ..." >&2
        rm -rf "$corpus.partial"
        python3 Benchmarks/generate-corpus.py --seed "$seed" --count "$n" --out "$corpus.partial"
        mv "$corpus.partial" "$corpus"
    fi
    find "$corpus" -name '*.yaml' | sort >"$work/list"
    bytes=$(xargs -a "$work/list" cat | wc -c)       # also warms the page cache for every run

    # Each measurement is repeated, interleaved with the others, and the fastest run is kept: on a
    # shared machine a run can take 10-30 % longer than the next, and both accord and the floor are
    # treated alike. The floor's first pass at N = 100,000 may also still be reading from disk.
    wall=""; wall1=""; floor_wall=""; peak_kb=0
    for round in $(seq "$repeats"); do
        echo "N=$n, round $round of $repeats: accord batch (all cores), libyaml floor, accord batch --jobs 1 ..." >&2
        run batch "$accord" batch "$corpus" --format csv
        check_batch batch "$n"
        wall=$(fastest "$wall" "$seconds"); peak_kb=$((kilobytes > peak_kb ? kilobytes : peak_kb))
        run floor "$floor" <"$work/list"
        floor_wall=$(fastest "$floor_wall" "$seconds")
        run batch1 "$accord" batch "$corpus" --jobs 1 --format csv
        check_batch batch1 "$n"
        wall1=$(fastest "$wall1" "$seconds")
    done

    rows+=("$(awk -v n="$n" -v b="$bytes" -v w="$wall" -v k="$peak_kb" -v w1="$wall1" -v f="$floor_wall" 'BEGIN {
        mb = b / 1e6; ws = (w > 0 ? w : 0.01); fs = (f > 0 ? f : 0.01)
        printf "| %d | %.1f | %.2f | %.0f | %.1f | %.0f | %.2f | %.2f | %.1f× |", n, mb, w, n / ws, mb / ws, k / 1024, w1, f, w / fs }')")
done

cores=$(nproc)
echo
echo "accord batch on $cores cores, release build; seed $seed; MB = 10^6 bytes; peak = max RSS of the all-core run"
echo
echo "| N | MB | accord s | agreements/s | MB/s | peak MB | accord s (1 core) | libyaml floor s (1 core) | accord ($cores cores) / floor |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
