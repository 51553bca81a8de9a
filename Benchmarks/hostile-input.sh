#!/usr/bin/env bash
# Measures how accord rejects hostile input: an alias bomb (as values and as mapping keys), a 50 MB
# file, 10,000-level nesting, a 4 MiB file of one long line and a file of 20,000 repeated keys; the
# amplifications the node limit did not count (one long text named by alias in every clause, a
# batch of files of one 4 MiB clause each, a rule pack whose vocabulary lists name each other); and
# how it handles valid input built to be costly: one clause of 5,000 sentence parts that all match
# the same rules, a diff of two drafts of 5,000 similar clauses, a rule pack at its vocabulary
# limits whose 49,000 phrases share a first word. Prints wall time and peak memory for each, and
# fails if a hostile input is accepted, a valid one is refused, or any takes longer or peaks higher
# than its bounds (2 s, 5 s for the pack at its limits; 100 MB, 200 MB for the batch, the diff and
# that pack).
#
# Valid inputs run the whole engine, which the debug build runs 5 to 70 times slower than release:
# VALID_SECONDS (default 2) is their time bound; CI, on the debug build, sets it to 40.
# Usage: Benchmarks/hostile-input.sh [PATH_TO_ACCORD]   (default: .build/release/accord)
set -euo pipefail
accord="${1:-.build/release/accord}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$(cd "$(dirname "$0")/.." && pwd)" <<'PYTHON'
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

# The amplifications of issue 15. A 27 KB text anchored once and named by alias in 4,000 clauses:
# 110 MB of clause text from a 130 KB file (4.5 GB and 9.5 s to score before the text limits).
head = open(f"{work}/many-parts.yaml").read().split("clauses:\n")[0] + "clauses:\n"
sentence = "No recruitment fees shall be charged to health workers; employers shall pay the cost of travel. "
clauses = f'  - id: "0"\n    text: &t "{sentence * 280}"\n' + "".join(f'  - id: "{i}"\n    text: *t\n' for i in range(1, 4000))
open(f"{work}/alias-text.yaml", "w").write(head + clauses)
# One clause of 4 MiB in each of four files, scored two at a time: 250 MB and 14 s a file before.
big = (sentence * (4 * 1024 * 1024 // len(sentence)))[: 4 * 1024 * 1024 - 2_000]
os.mkdir(f"{work}/big-clauses")
for number in range(4):
    open(f"{work}/big-clauses/{number}.yaml", "w").write(head + f'  - id: "1"\n    text: "{big}"\n')
# Two drafts of 5,000 clauses drawn from ten words: every pair is similar (1.2 GB before).
import random
rng = random.Random(7)
words = "recruitment fees health workers employers shall pay cost travel training".split()
for name, shift in (("diff-old", 0), ("diff-new", 1)):
    body = "".join(
        f'  - id: "{i}"\n    text: "{" ".join(rng.choice(words) for _ in range(12))} w{(i + shift) % 5000}."\n'
        for i in range(5000))
    open(f"{work}/{name}.yaml", "w").write(head.replace("many-parts", name) + body)
# Rule packs: from the test fixture, with vocabulary lists added and named by terms of a criterion.
fixture = os.path.join(sys.argv[2], "Tests/Fixtures/packs/mini")
def pack(name, lists, terms):
    import shutil
    shutil.copytree(fixture, f"{work}/{name}")
    path = f"{work}/{name}/pack.yaml"
    text = open(path).read()
    open(path, "w").write(text.replace("vocabulary:\n", "vocabulary:\n" + lists))
    path = f"{work}/{name}/principles/return.yaml"
    pattern = '      - all: ["return*|reintegrat*", "@worker"]\n'
    text = open(path).read()
    assert pattern in text
    open(path, "w").write(text.replace(pattern, pattern + "".join(f'      - all: ["{term}"]\n' for term in terms)))
# 6,000 phrases, a list naming it ten times, and 20 terms naming that: 1.2 million alternatives.
pack("vocabulary-bomb",
     "  big: [" + ", ".join(f'"health w{i}"' for i in range(6000)) + "]\n  nested: [" + ", ".join(["'@big'"] * 10) + "]\n",
     [f"@nested|x{i}" for i in range(20)])
# At the limits: 49 lists of 1,000 phrases, all starting with 'health' (quadratic to compile before).
pack("vocabulary-limit",
     "".join("  v%d: [%s]\n" % (k, ", ".join(f'"health w{k}x{i}"' for i in range(1000))) for k in range(49)),
     [f"@v{k}" for k in range(49)])
PYTHON

printf '%-22s %8s %10s %6s  %s\n' "input" "bytes" "seconds" "MB" "message"
status=0
valid_seconds="${VALID_SECONDS:-2}"
# name | accord arguments (FILE is the input) | expected exit status | seconds allowed (V:
# VALID_SECONDS) | peak MB allowed. The pack at its limits compiles in 1.4 s on the debug build
# (was quadratic: 2.5 s in release, far more in debug), so it keeps a fixed 5 s.
cases=(
    "alias-bomb|validate --quiet FILE|1|2|100"
    "alias-bomb-keys|validate --quiet FILE|1|2|100"
    "huge-50mb|validate --quiet FILE|1|2|100"
    "deep-flow|validate --quiet FILE|1|2|100"
    "deep-block|validate --quiet FILE|1|2|100"
    "long-line|validate --quiet FILE|1|2|100"
    "repeated-keys|validate --quiet FILE|1|2|100"
    "many-parts|score --format csv FILE|0|V|100"
    "alias-text|score --format csv FILE|1|2|100"
    "big-clauses|batch --jobs 2 --format csv FILE|1|2|200"
    "diff-old|diff FILE $work/diff-new.yaml|0|V|200"
    "vocabulary-bomb|rules test FILE|1|2|100"
    "vocabulary-limit|rules test FILE|0|5|200"
)
for entry in "${cases[@]}"; do
    IFS='|' read -r file arguments expected limit megabytes_allowed <<<"$entry"
    [ "$limit" = V ] && limit="$valid_seconds"
    path="$work/$file"
    [ -e "$path" ] || path="$path.yaml"
    bytes=$(du -sb "$path" | cut -f1)
    read -r -a command <<<"${arguments//FILE/$path}"
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time" "$accord" "${command[@]}" 2>"$work/stderr" >/dev/null
    exit_code=$?
    set -e
    read -r seconds kilobytes < <(tail -n 1 "$work/time")
    megabytes=$((kilobytes / 1024))
    message=$(head -c 110 "$work/stderr" | head -n 1 | sed "s|$work/||")
    printf '%-22s %8s %10s %6s  %s\n' "$file" "$bytes" "$seconds" "$megabytes" "$message"
    # The long line is valid YAML but not an agreement; every hostile input must be refused, and
    # many-parts, the diff and the pack at its limits must be handled.
    if [ "$exit_code" -ne "$expected" ]; then echo "FAIL: $file exited $exit_code, expected $expected"; status=1; fi
    if awk "BEGIN { exit !($seconds > $limit) }"; then echo "FAIL: $file took ${seconds}s (bound ${limit}s)"; status=1; fi
    if [ "$megabytes" -gt "$megabytes_allowed" ]; then
        echo "FAIL: $file peaked at ${megabytes} MB (bound ${megabytes_allowed} MB)"
        status=1
    fi
done
exit $status
