#!/usr/bin/env bash
# Batch throughput per language: the synthetic strong and weak drafts in English, French and
# Spanish, each copied N times (default 2,000) into a folder of its own and scored with
# `accord batch --format csv` on every core. The drafts are translations of each other, so the
# three corpora hold the same provisions and differ only in language: the figures compare how fast
# each grammar and the pack's patterns in that language read the same text.
#
# Usage: Benchmarks/languages.sh [N]        (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

swift build -c release --product accord >&2
accord="$(swift build -c release --show-bin-path)/accord"

for language in en fr es; do
    folder="$work/$language"
    mkdir -p "$folder"
    suffix=""
    [ "$language" = en ] || suffix="-$language"
    for draft in strong weak; do
        source="agreements/drafts/$draft-draft-bilateral-2026$suffix.yaml"
        for i in $(seq 1 $((n / 2))); do
            cp "$source" "$folder/$draft-$i.yaml"
        done
    done
    bytes=$(cat "$folder"/*.yaml | wc -c)
    start=$(date +%s.%N)
    "$accord" batch "$folder" --format csv >"$work/$language.csv"
    end=$(date +%s.%N)
    rows=$(($(wc -l <"$work/$language.csv") - 1))
    [ "$rows" -eq "$n" ] || { echo "error: $language: $rows rows, expected $n" >&2; exit 1; }
    awk -v l="$language" -v n="$n" -v b="$bytes" -v s="$start" -v e="$end" \
        'BEGIN { t = e - s; printf "%s: %d agreements, %.1f MB, %.2f s, %.0f agreements/s, %.1f MB/s\n", l, n, b / 1e6, t, n / t, b / 1e6 / t }'
done
