#!/usr/bin/env python3
"""Validates SARIF logs (files given as arguments) against the OASIS SARIF 2.1.0 JSON schema.

Usage: scripts/check-sarif.py LOG.sarif [...]   (needs `pip install jsonschema`)
The schema is vendored at schemas/vendor/sarif-schema-2.1.0.json (OASIS, errata01). Beyond the
schema, checks what it cannot express: each result's ruleIndex names the rule with its ruleId, rule
ids are unique, location ids are unique within a result, and artifact URIs are URI references.
Prints one `FILE: where: error` line per problem; exits 0 when every file is valid, 1 when one is
not, 2 on a usage error.
"""
import json
import pathlib
import re
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA_PATH = ROOT / "schemas" / "vendor" / "sarif-schema-2.1.0.json"
# RFC 3986 URI-reference characters, with every `%` starting an escape; jsonschema checks the
# schema's `uri-reference` format only when rfc3987 is installed, so this always runs.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#\[\]]|%[0-9A-Fa-f]{2})*")


def uri_errors(value, where=""):
    """Every artifactLocation.uri that is not a URI reference."""
    errors = []
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{where}/{key}" if where else key
            if key == "artifactLocation" and isinstance(item, dict) and isinstance(item.get("uri"), str):
                if not URI_REFERENCE.fullmatch(item["uri"]):
                    errors.append((f"{path}/uri", f"{item['uri']!r} is not a URI reference"))
            errors += uri_errors(item, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            errors += uri_errors(item, f"{where}/{index}")
    return errors


def consistency_errors(log):
    """Errors the schema cannot see: rule references and location ids."""
    errors = []
    for run_index, run in enumerate(log.get("runs", [])):
        rules = run.get("tool", {}).get("driver", {}).get("rules", [])
        ids = [rule.get("id") for rule in rules]
        if len(ids) != len(set(ids)):
            errors.append((f"runs/{run_index}/tool/driver/rules", "rule ids are not unique"))
        for result_index, result in enumerate(run.get("results") or []):
            where = f"runs/{run_index}/results/{result_index}"
            index = result.get("ruleIndex")
            if index is not None:
                if not 0 <= index < len(rules):
                    errors.append((where, f"ruleIndex {index} is outside the {len(rules)} rules"))
                elif "ruleId" in result and rules[index].get("id") != result["ruleId"]:
                    errors.append((where, f"ruleIndex {index} is {rules[index].get('id')!r}, not {result['ruleId']!r}"))
            elif "ruleId" in result and result["ruleId"] not in ids:
                errors.append((where, f"ruleId {result['ruleId']!r} is not a rule of the driver"))
            location_ids = [
                location["id"]
                for location in result.get("locations", []) + result.get("relatedLocations", [])
                if "id" in location
            ]
            if len(location_ids) != len(set(location_ids)):
                errors.append((where, "location ids are not unique"))
    return errors


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = 0
    for path in paths:
        try:
            log = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{path}: {error}")
            failed += 1
            continue
        problems = [
            ("/".join(map(str, error.absolute_path)) or "(root)", error.message)
            for error in sorted(validator.iter_errors(log), key=lambda error: list(map(str, error.absolute_path)))
        ]
        problems += consistency_errors(log) + uri_errors(log)
        for where, message in problems:
            print(f"{path}: {where}: {message}")
        failed += bool(problems)
    print(f"{len(paths)} SARIF log(s) checked, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
