#!/usr/bin/env bash
# Measures how accord rejects hostile input: an alias bomb (as values and as mapping keys), a 50 MB
# file, 10,000-level nesting, a 4 MiB file of one long line and a file of 20,000 repeated keys; and
# how it scores a valid agreement
# hostile to the matcher: one clause of 5,000 sentence parts that all match the same rules. Prints
# wall time and peak memory for each, and fails if a hostile file is accepted, the valid one is not
# scored, or any takes over 2 s or peaks over 100 MB.
# Usage: Benchmarks/hostile-input.sh [PATH_TO_ACCORD]   (default: .build/release/accord)
set -euo pipefail
accord="${1:-.build/release/accord}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PYTHON'
import sys, os
work = sys.argv[1]
lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
for level in range(1, 9):
    lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
open(f"{work}/alias-bomb.yaml", "w").write("\n".join(lines) + "\nbomb: *a8\n")
open(f"{work}/alias-bomb-keys.yaml", "w").write("\n".join(lines) + "\nbomb: {? *a8 : 1, ? *a7 : 2}\n")
with open(f"{work}/huge-50mb.yaml", "wb") as f:
    f.truncate(50 * 1024 * 1024)
open(f"{work}/deep-flow.yaml", "w").write("[" * 10_000 + "]" * 10_000 + "\n")
open(f"{work}/deep-block.yaml", "w").write("- " * 10_000 + "x\n")
open(f"{work}/long-line.yaml", "w").write("key: " + "x" * (4 * 1024 * 1024 - 16) + "\n")
# 20,000 problems in one file: each duplicate key once copied every node and rescanned the
# mapping, and each message walked the file from its start to quote its line (79 s in debug).
open(f"{work}/repeated-keys.yaml", "w").write("".join(f"k: {i}\n" for i in range(20_001)))
# Every part matches the fee rules with identical evidence text on one line: writing out the
# evidence once per match used to walk the clause text each time (48 s for 30,000 parts).
text = " ".join(["No recruitment fees shall be charged to health workers;"] * 5_000)
open(f"{work}/many-parts.yaml", "w").write(f"""version: 1
agreement:
  id: many-parts
  title: Many parts
  scope: bilateral
  instrument: agreement
  status: signed
  signed: 2021-07-29
  parties:
    - country: GBR
      role: destination
    - country: KEN
      role: origin
  sources:
    - id: test
      title: Test source
      publisher: accord benchmarks
      year: 2026
      text: verbatim
clauses:
  - id: "1"
    text: "{text}"
""")
PYTHON

printf '%-22s %8s %10s %6s  %s\n' "input" "bytes" "seconds" "MB" "message"
status=0
for file in alias-bomb alias-bomb-keys huge-50mb deep-flow deep-block long-line repeated-keys many-parts; do
    path="$work/$file.yaml"
    bytes=$(stat -c %s "$path")
    set +e
    if [ "$file" = many-parts ]; then
        command=(score --format csv)
        expected=0
    else
        command=(validate --quiet)
        expected=1
    fi
    /usr/bin/time -f '%e %M' -o "$work/time" "$accord" "${command[@]}" "$path" 2>"$work/stderr" >/dev/null
    exit_code=$?
    set -e
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
    megabytes=$((kilobytes / 1024))
    message=$(head -c 110 "$work/stderr" | head -n 1 | sed "s|$work/||")
    printf '%-22s %8s %10s %6s  %s\n' "$file" "$bytes" "$seconds" "$megabytes" "$message"
    # The long line is valid YAML but not an agreement; every other file but many-parts must be
    # refused as hostile, and many-parts must be scored.
    if [ "$exit_code" -ne "$expected" ]; then echo "FAIL: $file exited $exit_code, expected $expected"; status=1; fi
    if awk "BEGIN { exit !($seconds > 2.0) }"; then echo "FAIL: $file took ${seconds}s"; status=1; fi
    if [ "$megabytes" -gt 100 ]; then echo "FAIL: $file peaked at ${megabytes} MB"; status=1; fi
done
exit $status
