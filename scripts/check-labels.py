#!/usr/bin/env python3
"""Checks labelled clause files (docs/labelling-guide.md) and prints their counts.

Usage: scripts/check-labels.py [FILE.csv ...]   (default: every eval/*/*.csv)
Exit status 1 when a row breaks the guide's format.
"""
import csv
import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["id", "split", "register", "section", "parties", "text", "provides", "contrary", "kind", "note"]
REGISTERS = {"mou", "treaty", "programme", "regional", "law", "contract", "joint-statement", "guideline"}
SECTIONS = {"operative", "preamble"}
KINDS = {"cost-bearer", "restriction", "comparison", "bond", "non-commitment", "party-names", "modality", "plain"}
STRENGTHS = {"binding", "hortatory", "mention"}


def principles():
    pack = yaml.safe_load(open(os.path.join(ROOT, "rules/who-code-2010/pack.yaml")))
    return set(pack["pack"]["principles"])


def check(paths):
    known = principles()
    problems = []
    seen = {}
    counts = {}
    for path in paths:
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header not in (COLUMNS, COLUMNS + ["language"]):
                problems.append(f"{path}:1: header must be {','.join(COLUMNS)}[,language], found {header}")
                continue
            for line, row in enumerate(reader, start=2):
                where = f"{path}:{line}"
                if len(row) != len(header):
                    problems.append(f"{where}: {len(row)} fields, expected {len(header)}")
                    continue
                rec = dict(zip(header, row))
                # Files in another language prefix their ids with it: fr-dev-a-001.
                prefix = rec["language"] + "-" if rec.get("language", "en") not in ("", "en") else ""
                if not re.fullmatch(re.escape(prefix + stem) + r"-\d{3,4}", rec["id"]):
                    problems.append(f"{where}: id '{rec['id']}' should be '{prefix}{stem}-NNN'")
                if rec["id"] in seen:
                    problems.append(f"{where}: id '{rec['id']}' repeats {seen[rec['id']]}")
                seen[rec["id"]] = where
                expected_split = "held-out" if stem.startswith("held-out") else "dev"
                if rec["split"] != expected_split:
                    problems.append(f"{where}: split '{rec['split']}' in a file whose split is '{expected_split}'")
                if rec["register"] not in REGISTERS:
                    problems.append(f"{where}: register '{rec['register']}' is not one of {sorted(REGISTERS)}")
                if rec["section"] not in SECTIONS:
                    problems.append(f"{where}: section '{rec['section']}' is not one of {sorted(SECTIONS)}")
                if rec["kind"] not in KINDS:
                    problems.append(f"{where}: kind '{rec['kind']}' is not one of {sorted(KINDS)}")
                if not rec["text"].strip():
                    problems.append(f"{where}: empty text")
                for party in rec["parties"].split():
                    if not re.fullmatch(r"(origin|destination|both):[A-Z]{3}", party):
                        problems.append(f"{where}: party '{party}' should be origin:XXX, destination:XXX or both:XXX")
                provided = set()
                for item in rec["provides"].split():
                    principle, _, strength = item.partition(":")
                    if principle not in known:
                        problems.append(f"{where}: unknown principle '{principle}' in provides")
                    if strength not in STRENGTHS:
                        problems.append(f"{where}: provides '{item}' needs a strength: {sorted(STRENGTHS)}")
                    if principle in provided:
                        problems.append(f"{where}: principle '{principle}' provided twice")
                    provided.add(principle)
                for principle in rec["contrary"].split():
                    if principle not in known:
                        problems.append(f"{where}: unknown principle '{principle}' in contrary")
                key = rec["split"]
                tally = counts.setdefault(key, {"clauses": 0, "contrary": 0, "none": 0, "provides": 0})
                tally["clauses"] += 1
                if rec["contrary"].split():
                    tally["contrary"] += 1
                if not rec["contrary"].split() and not rec["provides"].split():
                    tally["none"] += 1
                if rec["provides"].split():
                    tally["provides"] += 1
    return problems, counts


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "eval/*/*.csv")))
    problems, counts = check(paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    for split, tally in sorted(counts.items()):
        print(f"{split}: {tally['clauses']} clauses, {tally['provides']} provide, {tally['contrary']} contrary, {tally['none']} none")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
