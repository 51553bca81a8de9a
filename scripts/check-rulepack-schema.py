#!/usr/bin/env python3
"""Validate rule-pack files against schemas/rulepack.schema.json.

Checks every *.yaml and *.yml file under rules/ and Tests/Fixtures/packs/ (recursively), or the
pack folders and files given as arguments, and prints one `FILE: where: error` line per problem
(with the path inside the file, e.g. `criteria[2].examples[0].expect`). Prints
`N file(s) checked, M failed` and exits 1 if any file fails, 2 on a usage error.

Each file is checked as the kind its top-level key says: `pack` (pack.yaml), `principle` (a
principle file) or `safeguards-list` (the Safeguards List file) or `language` (a language file), so errors are those of that kind
rather than of all three alternatives.

This checks only what the schema expresses; `accord validate` checks more (principle files exist
and match their ids, rule ids are unique in the pack, @name terms name a vocabulary list, term syntax).

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
SCHEMA = os.path.join(ROOT, "schemas", "rulepack.schema.json")
DEFAULT_DIRS = [os.path.join(ROOT, "rules"), os.path.join(ROOT, "Tests", "Fixtures", "packs")]

# The top-level key that tells each document shape apart, in the order of the schema's `oneOf`.
# pack.yaml also has a `safeguards-list` key (a file name), so `pack` is looked for first.
KINDS = [("pack", "a pack file"), ("principle", "a principle file"), ("safeguards-list", "a Safeguards List file"),
         ("language", "a language file")]


def describe(error):
    """A one-line message: jsonschema's own, shortened where it would dump a long list or regex."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    title = schema.get("title", "value")
    instance = error.instance
    if error.validator in ("minItems", "maxItems"):
        count = len(instance) if isinstance(instance, list) else "?"
        bound = "at least" if error.validator == "minItems" else "at most"
        return f"has {count} item(s); expected {bound} {error.validator_value}"
    if error.validator == "enum" and len(error.validator_value) > 12:
        return f"{instance!r} is not a known {title.lower()} (one of {len(error.validator_value)} codes)"
    if error.validator == "enum":
        return f"{instance!r} is not a valid {title.lower()}; expected one of: {', '.join(error.validator_value)}"
    if error.validator == "additionalProperties" and isinstance(schema.get("properties"), dict):
        unknown = sorted(set(instance) - set(schema["properties"])) if isinstance(instance, dict) else []
        allowed = ", ".join(sorted(schema["properties"]))
        return f"unknown key(s) {', '.join(repr(k) for k in unknown)} in {title.lower()}; expected one of: {allowed}"
    if error.validator == "pattern":
        if error.validator_value == r"\S":
            return "is blank; expected text"
        return f"{instance!r} is not a valid {title.lower()}: {schema.get('description', '')}".rstrip(": ")
    return error.message


def kind_errors(document, error):
    """The errors of the one document shape the top-level key selects, or None if none is selected."""
    if not isinstance(document, dict):
        return None
    for index, (key, _) in enumerate(KINDS):
        if key == "safeguards-list" and not isinstance(document.get(key), dict):
            continue
        if key in document:
            return [sub for sub in error.context if sub.schema_path and sub.schema_path[0] == index]
    return None


def flatten(document, errors):
    """Schema errors with the root `oneOf` replaced by the errors of the selected document shape."""
    for error in errors:
        if error.validator == "oneOf" and not error.absolute_path:
            selected = kind_errors(document, error)
            if selected is None:
                names = ", ".join(key for key, _ in KINDS)
                yield None, f"(document): expected a rule-pack file with one of the top-level keys: {names}"
                continue
            yield from ((sub, None) for sub in selected)
        else:
            yield error, None


def check_file(path, validator):
    """Every schema error of one file, as `where: what` strings."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = yaml.load(handle, Loader=NoDatesLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as problem:
        return [f"cannot read: {' '.join(str(problem).split())}"]
    messages = []
    for error, message in flatten(document, validator.iter_errors(document)):
        if error is not None and error.validator == "pattern" and "enum" in error.schema:
            continue  # the enum's message (a country code) says it already
        if message is not None:
            messages.append(([], message))
        else:
            messages.append(([str(p) for p in error.absolute_path], f"{location(error)}: {describe(error)}"))
    messages.sort()
    return list(dict.fromkeys(message for _, message in messages))


def main(argv):
    if any(arg in ("-h", "--help") for arg in argv):
        print(__doc__.strip())
        return 0
    with open(SCHEMA, encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    paths = argv or DEFAULT_DIRS
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
