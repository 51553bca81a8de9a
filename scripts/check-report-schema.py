#!/usr/bin/env python3
"""Validates JSON reports (files given as arguments) against schemas/report.schema.json."""
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[1:]:
    errors = sorted(validator.iter_errors(json.loads(pathlib.Path(path).read_text(encoding="utf-8"))), key=str)
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    failed += bool(errors)
print(f"{len(sys.argv) - 1} report(s) checked, {failed} failed")
sys.exit(1 if failed else 0)
