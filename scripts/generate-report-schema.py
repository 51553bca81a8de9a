#!/usr/bin/env python3
"""Writes schemas/report.schema.json, the JSON Schema of `accord score --format json` (schemaVersion 1.2).

The field list mirrors Sources/AccordKit/Reports/Report.swift; scripts/check-report-schema.py validates
real reports against it in CI. Run with --check to fail when the file on disk is stale.

Swift's synthesized encoding omits an optional field that has no value, so optional fields are
left out of `required`; non-optional arrays are always written, so they are required even when empty.

1.1 only adds fields to 1.0: evidence `explanation` (optional), principle `annotations` and gap
`findings` (always written). The schema also lists the context ids (`ContextCondition`, with
`recruitment`), which 1.0 left as any string.
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
# `ContextCondition` in Sources/AccordKit/Rules/RulePack.swift.
CONTEXTS = ["origin-on-safeguards-list", "not-origin-on-safeguards-list", "regional", "bilateral",
            "government-to-government", "not-government-to-government", "recruitment"]
SEVERITY = ["critical", "major", "minor"]
score = {"type": "number", "minimum": 0, "maximum": 100}

evidence = obj({
    "clause": string("The clause id as the agreement numbers it."),
    "line": nullable({"type": "integer", "minimum": 1}),
    "text": string("The matched words as they appear in the clause, or an annotation's justification."),
    "modality": string("Modality of the sentence part.", ["binding", "hortatory", "permissive", "mention"]),
    "polarity": string("Whether the matched statement is negated.", ["affirmed", "negated"]),
    "asserted": {"type": "boolean", "description": "True when an encoder annotation asserted it."},
    "strength": string("Strength it gives the criterion. For a principle-level annotation, the encoder's stated "
                       "strength, or none; it is not scored.", STRENGTH),
    "explanation": string("What the clause does, in its own words, when the engine read a role in it (who bears "
                          "or is spared a cost, who is restricted or left free, how a comparison runs). Absent "
                          "otherwise. Added in 1.1."),
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
    "annotations": {"type": "array", "items": evidence,
                    "description": "The encoder's annotations about the principle as a whole (naming no criterion), "
                                   "as asserted evidence; reported, not scored. Added in 1.1."},
}, required=["id", "title", "weight", "codeParagraphs", "earned", "possible", "penalty", "criteria", "redFlags",
             "annotations"])

gap = obj({
    "kind": string(enum=["missing", "weak", "contrary"]), "severity": string(enum=SEVERITY), "principle": string(),
    "criterion": string("For missing and weak gaps."), "redFlag": string("For contrary gaps."),
    "statement": string(), "clauses": {"type": "array", "items": string()},
    "lines": {"type": "array", "items": {"type": "integer", "minimum": 1}},
    "codeParagraphs": {"type": "array", "items": string()}, "recommendation": string(), "modelClause": string(),
    "findings": {"type": "array", "items": string(),
                 "description": "What each clause behind the gap does, one sentence per clause (\"Clause 7 places "
                                "... on ...\"); empty for a missing provision. Added in 1.1."},
}, required=["kind", "severity", "principle", "statement", "clauses", "lines", "codeParagraphs", "recommendation",
             "modelClause", "findings"])

party = obj({"name": string(), "role": string(enum=["origin", "destination", "both"]),
             "members": {"type": "array", "items": string()}}, required=["name", "role"])
source = obj({"id": string(), "title": string(), "publisher": string(), "year": {"type": "integer"}, "url": string(),
              "kind": string(enum=["primary", "secondary", "synthetic"]),
              "text": string(enum=["verbatim", "paraphrased", "mixed"])},
             required=["id", "title", "publisher", "year", "kind", "text"])

schema = obj({
    "schemaVersion": {"const": "1.2", "description": "Changes on any breaking change; fields are only ever added within 1.x."},
    "tool": obj({"name": {"const": "accord"}, "version": string()}),
    "agreement": obj({
        "id": string(), "title": string(), "shortTitle": string(), "file": string(),
        "clausesLine": {"type": "integer", "minimum": 1, "description": "Line of the clauses key, where a missing provision belongs."},
        "language": {"type": "string", "pattern": "^[a-z]{2}$", "description": "ISO 639-1 code of the language the clauses were read in: the file's, or the one --language gave. Added in 1.2."},
        "scope": string(),
        "instrument": string(), "status": string(), "signed": string(), "inForce": string(),
        "parties": {"type": "array", "items": party}, "sources": {"type": "array", "items": source},
    }, required=["id", "title", "file", "clausesLine", "language", "scope", "instrument", "status", "parties", "sources"]),
    "rulePack": obj({"id": string(), "title": string(), "version": string()}),
    "scoringModel": string("Version of the scoring model (docs/scoring.md)."),
    "overall": obj({"score": score, "grade": string(enum=["A", "B", "C", "D", "E", "F"]),
                    "penalty": {"type": "number", "minimum": 0}}),
    "principles": {"type": "array", "items": principle},
    "gaps": {"type": "array", "items": gap},
    "context": {"type": "array", "items": obj({
        "id": string("A context some rule of the pack depends on (docs/rule-format.md, Contexts).", CONTEXTS),
        "holds": {"type": "boolean"}, "reason": string("Why it holds or not, e.g. the clause that decided."),
    })},
}, description="accord's JSON report of one agreement scored against a rule pack (docs/report-json.md).")
schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://accord.invalid/schemas/report.schema.json", "title": "accord report", **schema}

text = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
if "--check" in sys.argv:
    if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
        sys.exit("schemas/report.schema.json is out of date; run python3 scripts/generate-report-schema.py")
else:
    OUT.write_text(text, encoding="utf-8")
