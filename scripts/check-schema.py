#!/usr/bin/env python3
"""Validate agreement files against schemas/agreement.schema.json.

Checks every *.yaml and *.yml file under agreements/ (recursively), or the files and directories
given as arguments, and prints one `FILE: error` line per problem (with the path inside the file,
e.g. `agreement.parties[1].country`). Exits 1 if any file fails, 2 on a usage error.

This checks only what the schema expresses; `accord validate` checks more (date order, duplicate
clause ids, source references, party roles, limits).

YAML is loaded without the timestamp resolver so that dates stay strings, as the loader and the
editors see them. Requires the `jsonschema` and `yaml` (PyYAML) packages.
"""

import json
import os
import sys

import jsonschema
import yaml

from yaml_support import NoDatesLoader, location, yaml_files

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.path.join(ROOT, "schemas", "agreement.schema.json")
DEFAULT_DIR = os.path.join(ROOT, "agreements")


def describe(error):
    """A one-line message: jsonschema's own, shortened where it would dump a long list or regex."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    title = schema.get("title", "value")
    instance = error.instance
    if error.validator == "not" and error.validator_value == {}:
        # Only the draft rule forbids a key this way: `signed` and `in-force` under status: draft.
        return f"not allowed with status: draft (a draft has no '{error.path[-1] if error.path else '?'}' date)"
    if error.validator in ("minItems", "maxItems"):
        count = len(instance) if isinstance(instance, list) else "?"
        bound = "at least" if error.validator == "minItems" else "at most"
        return f"has {count} item(s); expected {bound} {error.validator_value}"
    if error.validator == "oneOf" and "is valid under each of" in error.message:
        return "must have exactly one of country or body, not both"
    if error.validator in ("oneOf", "anyOf"):
        alternatives = [sub.schema.get("title") for sub in error.context if isinstance(sub.schema, dict)]
        alternatives = list(dict.fromkeys(alt for alt in alternatives if alt)) or ["one of the allowed forms"]
        details = "; ".join(sorted({sub.message for sub in error.context}))
        return f"must be {' or '.join(alternatives).lower()} ({details})"
    if error.validator == "enum" and len(error.validator_value) > 12:
        return f"{instance!r} is not a known {title.lower()} (one of {len(error.validator_value)} codes)"
    if error.validator == "pattern" and title == "Date":
        return f"{instance!r} is not a valid date; expected a real calendar date written YYYY-MM-DD (or YYYY-MM, or YYYY)"
    if error.validator == "pattern":
        if error.validator_value == r"\S":
            return "is blank; expected text"
        if len(error.validator_value) > 40:
            return f"{instance!r} is not a valid {title.lower()}: {schema.get('description', '')}".rstrip(": ")
    return error.message


def check_file(path, validator):
    """Every schema error of one file, as `where: what` strings."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=NoDatesLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as problem:
        return [f"cannot read: {' '.join(str(problem).split())}"]
    errors = sorted(validator.iter_errors(document), key=lambda e: ([str(p) for p in e.absolute_path], e.message))
    return list(dict.fromkeys(f"{location(error)}: {describe(error)}" for error in errors))


def main(argv):
    if any(arg in ("-h", "--help") for arg in argv):
        print(__doc__.strip())
        return 0
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    paths = argv or [DEFAULT_DIR]
    for path in paths:
        if not os.path.exists(path):
            print(f"{path}: error: no such file or directory", file=sys.stderr)
            return 2
    files = list(yaml_files(paths))
    failed = 0
    for path in files:
        shown = os.path.relpath(path)
        if shown.startswith(".."):
            shown = path
        messages = check_file(path, validator)
        if messages:
            failed += 1
            for message in messages:
                print(f"{shown}: {message}")
    print(f"{len(files)} file(s) checked, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
