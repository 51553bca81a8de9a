#!/usr/bin/env python3
"""Writes schemas/report.schema.json, the JSON Schema of `accord score --format json` (schemaVersion 1.0).

The field list mirrors Sources/AccordKit/Reports/Report.swift; scripts/check-report-schema.py validates
real reports against it in CI. Run with --check to fail when the file on disk is stale.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "schemas" / "report.schema.json"


def obj(properties, required=None, description=None):
    schema = {"type": "object", "additionalProperties": False, "properties": properties,
              "required": sorted(required if required is not None else properties.keys())}
    if description:
        schema["description"] = description
    return schema


def string(description=None, enum=None):
    schema = {"type": "string"}
    if enum:
        schema["enum"] = enum
    if description:
        schema["description"] = description
    return schema


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


STRENGTH = ["binding", "hortatory", "mention", "none"]
SEVERITY = ["critical", "major", "minor"]
score = {"type": "number", "minimum": 0, "maximum": 100}

evidence = obj({
    "clause": string("The clause id as the agreement numbers it."),
    "line": nullable({"type": "integer", "minimum": 1}),
    "text": string("The matched words as they appear in the clause, or an annotation's justification."),
    "modality": string("Modality of the sentence part.", ["binding", "hortatory", "permissive", "mention"]),
    "polarity": string("Whether the matched statement is negated.", ["affirmed", "negated"]),
    "asserted": {"type": "boolean", "description": "True when an encoder annotation asserted it."},
    "strength": string("Strength it gives the criterion.", STRENGTH),
}, required=["clause", "text", "modality", "polarity", "asserted", "strength"])

criterion = obj({
    "id": string(), "statement": string(), "weight": {"type": "integer", "minimum": 1, "maximum": 10},
    "required": string(enum=STRENGTH[:3]), "applies": {"type": "boolean"}, "strength": string(enum=STRENGTH),
    "credit": {"type": "number", "minimum": 0, "maximum": 1},
    "codeParagraphs": {"type": "array", "items": string()}, "evidence": {"type": "array", "items": evidence},
})

red_flag = obj({
    "id": string(), "statement": string(), "severity": string(enum=SEVERITY), "applies": {"type": "boolean"},
    "raised": {"type": "boolean"}, "evidence": {"type": "array", "items": evidence},
})

principle = obj({
    "id": string(), "title": string(), "weight": {"type": "integer", "minimum": 1, "maximum": 10},
    "codeParagraphs": {"type": "array", "items": string()}, "score": nullable(score),
    "earned": {"type": "number", "minimum": 0}, "possible": {"type": "number", "minimum": 0},
    "penalty": {"type": "number", "minimum": 0},
    "criteria": {"type": "array", "items": criterion}, "redFlags": {"type": "array", "items": red_flag},
}, required=["id", "title", "weight", "codeParagraphs", "earned", "possible", "penalty", "criteria", "redFlags"])

gap = obj({
    "kind": string(enum=["missing", "weak", "contrary"]), "severity": string(enum=SEVERITY), "principle": string(),
    "criterion": string("For missing and weak gaps."), "redFlag": string("For contrary gaps."),
    "statement": string(), "clauses": {"type": "array", "items": string()},
    "lines": {"type": "array", "items": {"type": "integer", "minimum": 1}},
    "codeParagraphs": {"type": "array", "items": string()}, "recommendation": string(), "modelClause": string(),
}, required=["kind", "severity", "principle", "statement", "clauses", "lines", "codeParagraphs", "recommendation",
             "modelClause"])

party = obj({"name": string(), "role": string(enum=["origin", "destination", "both"]),
             "members": {"type": "array", "items": string()}}, required=["name", "role"])
source = obj({"id": string(), "title": string(), "publisher": string(), "year": {"type": "integer"}, "url": string(),
              "kind": string(enum=["primary", "secondary", "synthetic"]),
              "text": string(enum=["verbatim", "paraphrased", "mixed"])},
             required=["id", "title", "publisher", "year", "kind", "text"])

schema = obj({
    "schemaVersion": {"const": "1.0", "description": "Changes on any breaking change; fields are only ever added within 1.x."},
    "tool": obj({"name": {"const": "accord"}, "version": string()}),
    "agreement": obj({
        "id": string(), "title": string(), "shortTitle": string(), "file": string(),
        "clausesLine": {"type": "integer", "minimum": 1, "description": "Line of the clauses key, where a missing provision belongs."},
        "scope": string(),
        "instrument": string(), "status": string(), "signed": string(), "inForce": string(),
        "parties": {"type": "array", "items": party}, "sources": {"type": "array", "items": source},
    }, required=["id", "title", "file", "clausesLine", "scope", "instrument", "status", "parties", "sources"]),
    "rulePack": obj({"id": string(), "title": string(), "version": string()}),
    "scoringModel": string("Version of the scoring model (docs/scoring.md)."),
    "overall": obj({"score": score, "grade": string(enum=["A", "B", "C", "D", "E", "F"]),
                    "penalty": {"type": "number", "minimum": 0}}),
    "principles": {"type": "array", "items": principle},
    "gaps": {"type": "array", "items": gap},
    "context": {"type": "array", "items": obj({"id": string(), "holds": {"type": "boolean"}, "reason": string()})},
}, description="accord's JSON report of one agreement scored against a rule pack (docs/report-json.md).")
schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://accord.invalid/schemas/report.schema.json", "title": "accord report", **schema}

text = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
if "--check" in sys.argv:
    if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
        sys.exit("schemas/report.schema.json is out of date; run python3 scripts/generate-report-schema.py")
else:
    OUT.write_text(text, encoding="utf-8")
