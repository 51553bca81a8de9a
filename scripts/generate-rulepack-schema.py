#!/usr/bin/env python3
"""Generate schemas/rulepack.schema.json, the JSON Schema of accord's rule-pack files, format version 1.

The format is specified in docs/rule-format.md, and `RulePackFormat` in
Sources/AccordKit/Loading/RulePackLoader.swift lists exactly the keys of each mapping; the loader
is the source of truth and this schema follows it. Before writing (or checking), the script reads
those key enums, and the value enums the loader reads with `choice` (contexts, severities,
polarities, cost burdens, restriction stances, comparison directions), from the Swift sources and
stops when the schema lists other keys or values. This script is the only way the schema is
written. The country enum comes from Debian's iso-codes JSON (the same data `swift run
generate-accord` turns into the loader's table), never typed by hand.

A pack has four kinds of file, so the schema is one `oneOf` of four document shapes, told apart
by their top-level key: `pack` (pack.yaml), `principle` (principles/<id>.yaml), `safeguards-list`
as a mapping (the Safeguards List file; in pack.yaml the same key is a file name) and `language`
(languages/<code>.yaml).

Output is deterministic: object keys sorted, enum and list order fixed, 2-space indent, UTF-8,
trailing newline. Running it twice gives byte-identical files.

Usage:
    scripts/generate-rulepack-schema.py [--iso-codes DIR] [--output FILE] [--check]

--check writes nothing and exits 1 when the schema on disk differs from what would be generated.
"""

import argparse
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "schemas", "rulepack.schema.json")
DEFAULT_ISO_CODES = "/usr/share/iso-codes/json"
SCHEMA_ID = "https://accord.invalid/schemas/rulepack.schema.json"

# Kebab-case id, exactly as `Identifier.isValid` in the loader.
KEBAB_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"

# Not empty and not only whitespace: the loader trims text and rejects what is left empty.
NOT_BLANK = r"\S"

# A term, as `TermSyntax.alternatives(of:)` reads it: alternatives separated by |, each (trimmed)
# @name, $origin, $destination, or words separated by spaces or hyphens, each of letters, digits,
# ' and . with an optional final *. Any non-ASCII character is let through as a letter (the loader
# takes alphabetic ones), so the schema never rejects a term the loader accepts; whether @name
# names a list is checked by `accord validate`.
_TERM_CHAR = r"(?:[A-Za-z0-9'.]|[^\x00-\x7F])"
_TERM_WORD = _TERM_CHAR + r"+\*?"
_TERM_WORDS = r"[ -]*" + _TERM_WORD + r"(?:[ -]+" + _TERM_WORD + r")*[ -]*"
_TERM_ALTERNATIVE = r"\s*(?:@[a-z0-9]+(?:-[a-z0-9]+)*|\$origin|\$destination|" + _TERM_WORDS + r")\s*"
TERM = "^" + _TERM_ALTERNATIVE + r"(?:\|" + _TERM_ALTERNATIVE + ")*$"


def vocabulary(*pairs):
    """(values, descriptions) of a closed vocabulary, in the order of docs/rule-format.md."""
    return [value for value, _ in pairs], [description for _, description in pairs]


# `Severity` in Sources/AccordKit/Rules/RulePack.swift.
SEVERITIES = vocabulary(
    ("critical", "The most serious gap: the agreement fails a core protection of the instrument."),
    ("major", "A serious gap."),
    ("minor", "A lesser gap. A weak minor gap stays minor."),
)
# `Strength` without `none`, which the loader rejects for `required` and `permissive`.
STRENGTHS = vocabulary(
    ("binding", "A commitment: shall, must, will, undertake to, agree to, ensure, guarantee, is entitled to."),
    ("hortatory", "An encouragement: should, endeavour, strive, seek to, aim to, best efforts, where appropriate."),
    ("mention", "A mere mention: no modal marker, or a recital (recognising, noting, considering, Preamble)."),
)
# `Strength`, all of it: what a criterion's example must earn.
EXPECTED_STRENGTHS = vocabulary(
    ("binding", "The example satisfies the criterion: binding evidence."),
    ("hortatory", "The example earns hortatory strength (weak if the criterion requires binding)."),
    ("mention", "The example only mentions what the criterion asks."),
    ("none", "The example gives no evidence for the criterion."),
)
# `readExpectation(_:_:isRedFlag: true)`.
RED_FLAG_EXPECTATIONS = vocabulary(
    ("flagged", "The example raises the red flag."),
    ("clear", "The example does not raise the red flag (e.g. it is negated, or a mere mention)."),
)
# `EvidencePattern.PolarityRequirement`.
POLARITIES = vocabulary(
    ("affirmed", "Only an affirmed match counts (the default)."),
    ("negated", "Only a negated match counts: a negation cue (no, not, never, without, prohibit*, ...) in or just before the match."),
    ("any", "Either polarity counts."),
)
# `ContextCondition`.
CONTEXTS = vocabulary(
    ("origin-on-safeguards-list", "An origin (or both) party, or a member of one, is on the pack's Safeguards List."),
    ("not-origin-on-safeguards-list", "No origin party is on the pack's Safeguards List."),
    ("regional", "The agreement's scope is regional or multilateral."),
    ("bilateral", "The agreement's scope is bilateral."),
    ("government-to-government", "The agreement's level is government-to-government."),
    ("not-government-to-government", "The agreement's level is given and is not government-to-government."),
    (
        "recruitment",
        "The agreement recruits, places or employs health workers across borders: as its encoder states in "
        "agreement.recruitment-component, else read from its operative clauses with the pack's recruitment-evidence "
        "(taken to hold when the pack has none).",
    ),
)
# `CostFrame.Burden` in Sources/AccordText/Meaning/Frames.swift.
BURDENS = vocabulary(
    ("bears", "The party pays: \"borne by the employer\", \"deducted from the nurse's salary\", \"at the worker's expense\"."),
    ("relieved", "The party is spared the cost: \"no fee shall be charged to nurses\", \"shall reimburse the nurse\", \"free of charge\"."),
)
# `RestrictionFrame.Stance`.
STANCES = vocabulary(
    ("restricted", "The actor is forbidden the action or needs someone's permission for it: \"shall not change employer "
     "without the consent of\"."),
    ("free", "The actor is explicitly free to act: \"may return home at any time\", \"nothing shall prevent nurses from leaving\"."),
)
# `ComparisonFrame.Direction`.
DIRECTIONS = vocabulary(
    ("equal", "Treated alike: \"no less favourable than nationals\", \"on the same scale as\"."),
    ("less", "Treated worse: \"85 per cent of the national scale\", \"excluded from the premium local staff receive\"."),
)


def enum(pairs, **schema):
    values, descriptions = pairs
    # `enumDescriptions` is not JSON Schema vocabulary; validators ignore it, and editors (VS Code,
    # yaml-language-server) show it next to each value in completion and hover.
    return {"type": "string", "enum": values, "enumDescriptions": descriptions, **schema}


def text(title, description, **schema):
    return {"type": "string", "minLength": 1, "pattern": NOT_BLANK, "title": title, "description": description, **schema}


def ref(name, title, description, **schema):
    return {"$ref": f"#/$defs/{name}", "title": title, "description": description, **schema}


def version(what):
    return {
        "title": "Format version",
        "description": f"Version of the rule-pack format. Always 1 for {what} written to this schema.",
        "type": "integer",
        "const": 1,
    }


def load_countries(iso_codes):
    with open(os.path.join(iso_codes, "iso_3166-1.json"), encoding="utf-8") as handle:
        rows = json.load(handle)["3166-1"]
    countries = {}
    for row in rows:
        countries[row["alpha_3"]] = row.get("common_name", row["name"])
    return sorted(countries.items())


def rule_properties(kind):
    """The keys a criterion and a red flag share, described for `kind` ("criterion" or "red flag")."""
    is_red_flag = kind == "red flag"
    return {
        "id": ref(
            "kebab-id",
            "Red-flag id" if is_red_flag else "Criterion id",
            f"The {kind}'s id: kebab-case, unique among all criteria and red flags of the pack "
            "(checked by accord validate). Reports and recommendations refer to it.",
            examples=["fees-charged-to-workers"] if is_red_flag else ["no-recruitment-fees"],
        ),
        "statement": text(
            "Statement",
            (
                "The clause content contrary to the principle, in plain language."
                if is_red_flag
                else "What an agreement must provide, in plain language."
            ),
            examples=(
                ["Recruitment fees or related costs are charged to, or borne by, health workers."]
                if is_red_flag
                else ["Health workers pay no recruitment fees or related costs."]
            ),
        ),
        "code-paragraphs": ref(
            "code-paragraphs",
            "Code paragraphs",
            f"The paragraph(s) of the instrument behind the {kind}, as text: \"4.2\", \"Art. 7\". At least one.",
        ),
        "severity": ref(
            "severity",
            "Severity",
            (
                "The severity of the contrary gap when a clause raises the red flag: critical, major or minor."
                if is_red_flag
                else "The severity of the gap when the criterion is missing: critical, major or minor. "
                "A weak gap (evidence below the required strength) is one level lower."
            ),
        ),
        "applies-when": {
            "title": "Applies when",
            "description": f"Context ids that must all hold for the {kind} to apply. One that does not apply "
            "is reported, with the reason, and not scored. Its examples are evaluated with these contexts holding.",
            "type": "array",
            "items": ref("context", "Context", "A context about the agreement being scored."),
            "examples": [["origin-on-safeguards-list"]],
        },
        "evidence": {
            "title": "Evidence",
            "description": (
                "Patterns that raise the red flag: any match in a sentence part whose modality is binding, "
                "hortatory or permissive raises it; a mere mention does not. At least one."
                if is_red_flag
                else "Patterns that show a clause provides what the criterion asks; any match is evidence, "
                "with the strength of the sentence part's modality. At least one."
            ),
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/pattern"},
        },
        "recommendation": text(
            "Recommendation",
            (
                "What to change when a clause raises the red flag, for a negotiator."
                if is_red_flag
                else "What to change when the criterion is missing or weak, for a negotiator."
            ),
        ),
        "model-clause": text(
            "Model clause",
            (
                "Wording to use instead of the contrary provision."
                if is_red_flag
                else "Wording that would satisfy the criterion, ready to paste into a draft."
            ),
        ),
        "notes": text(
            "Notes",
            "The author's caveats: why a term is in or out, uncertain paragraph numbers in the sources used.",
        ),
        "examples": {
            "title": "Examples",
            "description": (
                "Clauses with whether they must raise the red flag: flagged or clear. At least 3. "
                "accord rules test runs them."
                if is_red_flag
                else "Clauses with the strength they must earn: binding, hortatory, mention or none. At least 3: "
                "one that satisfies the criterion, one that does so only weakly, and one that does not. "
                "accord rules test runs them."
            ),
            "type": "array",
            "minItems": 3,
            "items": {"$ref": "#/$defs/red-flag-example" if is_red_flag else "#/$defs/criterion-example"},
        },
    }


def build_schema(countries):
    source = {
        "title": "Source",
        "description": "A document the pack (or the Safeguards List) is read from.",
        "type": "object",
        "additionalProperties": False,
        "required": ["publisher", "title", "year"],
        "properties": {
            "title": text(
                "Title",
                "The document's title.",
                examples=["WHO Global Code of Practice on the International Recruitment of Health Personnel"],
            ),
            "publisher": text("Publisher", "Who published it.", examples=["World Health Organization"]),
            "year": {
                "title": "Year",
                "description": "The year of publication, as a whole number.",
                "type": "integer",
                "examples": [2010],
            },
            "url": text(
                "URL",
                "Where to read it. Optional.",
                examples=["https://www.who.int/publications/i/item/wha68.32"],
            ),
        },
    }

    criterion_properties = rule_properties("criterion")
    criterion_properties.update(
        {
            "weight": ref("weight", "Weight", "1–10: the criterion's weight within its principle."),
            "required": ref(
                "strength",
                "Required strength",
                "The strength that satisfies the criterion: binding, hortatory or mention (not none). "
                "Evidence below it makes the gap weak; no evidence makes it missing.",
            ),
            "permissive": ref(
                "strength",
                "Permissive strength",
                "The strength a permissive sentence (\"workers may change employer\") earns: binding for "
                "criteria about rights a clause grants. Default hortatory.",
                default="hortatory",
            ),
        }
    )

    defs = {
        "kebab-id": {
            "title": "Identifier",
            "description": "Lower-case letters and digits in groups joined by single hyphens, e.g. no-recruitment-fees.",
            "type": "string",
            "pattern": KEBAB_ID,
            "examples": ["ethical-recruitment"],
        },
        "weight": {
            "title": "Weight",
            "description": "A whole number from 1 to 10.",
            "type": "integer",
            "minimum": 1,
            "maximum": 10,
        },
        "severity": enum(SEVERITIES, title="Severity", description="critical, major or minor."),
        "strength": enum(STRENGTHS, title="Strength", description="binding, hortatory or mention."),
        "context": enum(
            CONTEXTS,
            title="Context",
            description="A fact about the agreement being scored; the report says whether it held and why.",
        ),
        "code-paragraphs": {
            "title": "Code paragraphs",
            "description": "Paragraphs of the instrument, as text. At least one.",
            "type": "array",
            "minItems": 1,
            "items": {
                "title": "Code paragraph",
                "description": "A paragraph of the instrument, e.g. \"3.8\", \"5.2\", \"Art. 7\". Quote numbers "
                "(\"4.10\"): unquoted, editors read 4.10 as the number 4.1, while accord keeps the text as written.",
                # The loader takes any scalar as text, so an unquoted 4.2 is accepted.
                "type": ["string", "number"],
                "minLength": 1,
                "pattern": NOT_BLANK,
                "examples": ["4.2", "Art. 8"],
            },
            "examples": [["3.5", "4.2"]],
        },
        "term": text(
            "Term",
            "One or more alternatives separated by |. Each alternative is a word or a phrase of consecutive "
            "words, of letters and digits; a word ending in * matches any word starting with it; @name stands "
            "for every entry of vocabulary list name in pack.yaml; $origin and $destination stand for the "
            "agreement's origin and destination parties by name (grammars/<language>/countries.yaml). British "
            "and American spellings match both.",
            examples=["@fee", "free of charge|at no cost", "return*|reintegrat*", "@destination|$destination"],
            pattern=TERM,
        ),
        "cost-frame": {
            "title": "Cost frame",
            "description": "A cost the clause places on someone or spares them, read from its verbs (paid by, "
            "charged to, deducted from, reimburse, free of charge, at the expense of). Each slot given must be "
            "filled: party by the words naming who bears or is spared the cost (or a pronoun standing for them, "
            "per pronouns in pack.yaml), item by the words naming the thing paid. A clause that names no item "
            "(free of charge, at the worker's expense) meets any item.",
            "type": "object",
            "additionalProperties": False,
            "required": ["burden"],
            "properties": {
                "party": ref("term", "Party", "Who bears or is spared the cost. Without it, anyone.", examples=["@worker"]),
                "burden": enum(
                    BURDENS, title="Burden", description="bears (the party pays) or relieved (the party is spared)."
                ),
                "item": ref("term", "Item", "What is paid. Without it, anything.", examples=["@fee|@related-cost"]),
                "party-not": ref(
                    "term",
                    "Party not",
                    "The party named may not match this term: a cost the destination bears is not one the origin bears.",
                    examples=["@origin|@worker"],
                ),
            },
            "examples": [{"party": "@worker", "burden": "relieved", "item": "@fee|@related-cost"}],
        },
        "restriction-frame": {
            "title": "Restriction frame",
            "description": "An actor the clause forbids an action, or makes it depend on someone's permission "
            "(shall not, may not, without the consent of, requires the approval of), or explicitly leaves free to "
            "act (may, is free to, nothing shall prevent). Each slot given must be filled by the clause's words "
            "(or, for actor, a pronoun standing for them).",
            "type": "object",
            "additionalProperties": False,
            "required": ["stance"],
            "properties": {
                "actor": ref("term", "Actor", "Who is restricted or left free. Without it, anyone.", examples=["@worker"]),
                "action": ref(
                    "term", "Action", "What they may or may not do. Without it, any action.", examples=["@change-employer"]
                ),
                "stance": enum(STANCES, title="Stance", description="restricted or free."),
            },
            "examples": [{"actor": "@worker", "action": "@change-employer", "stance": "restricted"}],
        },
        "comparison-frame": {
            "title": "Comparison frame",
            "description": "A comparison the clause draws with others (no less favourable than, the same as, 85 "
            "per cent of, excluded from, unlike). Name whom with all: [\"@comparator\"].",
            "type": "object",
            "additionalProperties": False,
            "required": ["direction"],
            "properties": {
                "direction": enum(DIRECTIONS, title="Direction", description="equal or less."),
            },
            "examples": [{"direction": "equal"}],
        },
        "pattern": {
            "title": "Evidence pattern",
            "description": "Terms that must all occur in the same sentence part, optionally within a span of "
            "words, with a required polarity; or a frame (cost, restriction or comparison: a role the clause "
            "gives someone), with any terms of all in the frame's clause. A pattern has all, a frame, or both, "
            "and at most one frame. Terms under not may not occur there.",
            "type": "object",
            "additionalProperties": False,
            # The loader requires `all` only when the pattern has no frame, and rejects two frames.
            "anyOf": [
                {"required": ["all"]},
                {"required": ["cost"]},
                {"required": ["restriction"]},
                {"required": ["comparison"]},
            ],
            "not": {
                "anyOf": [
                    {"required": ["cost", "restriction"]},
                    {"required": ["cost", "comparison"]},
                    {"required": ["restriction", "comparison"]},
                ]
            },
            "properties": {
                "all": {
                    "title": "All terms",
                    "description": "Terms that must all occur in the sentence part (with a frame: in the frame's "
                    "clause), in any order. At least one. Required unless the pattern has a frame.",
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/$defs/term"},
                    "examples": [["@fee", "borne|paid", "@worker"]],
                },
                "within": {
                    "title": "Within",
                    "description": "All terms within a span of this many words (at least 1). Without it, anywhere "
                    "in the sentence part (with a frame: in the frame's clause).",
                    "type": "integer",
                    "minimum": 1,
                    "examples": [12],
                },
                "polarity": enum(
                    POLARITIES,
                    title="Polarity",
                    description="Which matches count: affirmed (default), negated or any. Not checked for a pattern "
                    "with a frame, whose burden or stance already says which way the clause goes.",
                    default="affirmed",
                ),
                "not": {
                    "title": "Not",
                    "description": "Terms none of which may occur in the sentence part (with a frame: in the frame's "
                    "clause): the costs of experts' missions are no worker's cost.",
                    "type": "array",
                    "items": {"$ref": "#/$defs/term"},
                    "examples": [["@state-business"]],
                },
                "cost": ref("cost-frame", "Cost", "A cost the clause places on, or spares, a party."),
                "restriction": ref(
                    "restriction-frame", "Restriction", "An actor the clause restricts in, or leaves free to do, an action."
                ),
                "comparison": ref("comparison-frame", "Comparison", "A comparison with others, and its direction."),
            },
        },
        "evidence": {
            "title": "Evidence",
            "description": "One or more patterns; any match is evidence.",
            "type": "array",
            "minItems": 1,
            "items": {"$ref": "#/$defs/pattern"},
        },
        "criterion-example": {
            "title": "Criterion example",
            "description": "A clause and the strength it must earn for the criterion.",
            "type": "object",
            "additionalProperties": False,
            "required": ["expect", "text"],
            "properties": {
                "text": text("Example text", "The clause text.", examples=["No recruitment fees shall be charged to health workers."]),
                "expect": enum(
                    EXPECTED_STRENGTHS,
                    title="Expected strength",
                    description="The strength the clause must earn: binding, hortatory, mention or none.",
                ),
            },
        },
        "red-flag-example": {
            "title": "Red-flag example",
            "description": "A clause and whether it must raise the red flag.",
            "type": "object",
            "additionalProperties": False,
            "required": ["expect", "text"],
            "properties": {
                "text": text("Example text", "The clause text.", examples=["Recruitment costs shall be borne by the health worker."]),
                "expect": enum(
                    RED_FLAG_EXPECTATIONS,
                    title="Red-flag expectation",
                    description="flagged (the clause raises the red flag) or clear (it does not).",
                ),
            },
        },
        "criterion": {
            "title": "Criterion",
            "description": "Something an agreement should provide, with the evidence that shows a clause provides it.",
            "type": "object",
            "additionalProperties": False,
            "required": [
                "code-paragraphs",
                "evidence",
                "examples",
                "id",
                "model-clause",
                "recommendation",
                "required",
                "severity",
                "statement",
                "weight",
            ],
            "properties": criterion_properties,
        },
        "red-flag": {
            "title": "Red flag",
            "description": "Clause content contrary to the principle. Raised by a matching sentence part whose "
            "modality is binding, hortatory or permissive; a mere mention does not raise it.",
            "type": "object",
            "additionalProperties": False,
            "required": [
                "code-paragraphs",
                "evidence",
                "examples",
                "id",
                "model-clause",
                "recommendation",
                "severity",
                "statement",
            ],
            "properties": rule_properties("red flag"),
        },
        "source": source,
        "country-code": {
            "title": "Country code",
            "description": (
                "ISO 3166-1 alpha-3 country code in upper case, e.g. NPL (Nepal), GHA (Ghana). "
                "Not the two-letter code (NP) and not the name."
            ),
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "enum": [code for code, _ in countries],
            "enumDescriptions": [name for _, name in countries],
            "examples": ["NPL", "GHA"],
        },
        "pack": {
            "title": "Pack",
            "description": "The pack's identity, sources and principle order.",
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "instrument", "pack-version", "principles", "sources", "title"],
            "properties": {
                "id": ref(
                    "kebab-id",
                    "Pack id",
                    "The pack's kebab-case id, used in reports (rulePack.id).",
                    examples=["who-code-2010"],
                ),
                "title": text(
                    "Title",
                    "The instrument the pack encodes, as reports name it.",
                    examples=["WHO Global Code of Practice on the International Recruitment of Health Personnel"],
                ),
                "instrument": text(
                    "Instrument",
                    "The instrument's formal reference and date.",
                    examples=["WHA63.16 (21 May 2010)"],
                ),
                "pack-version": {
                    "title": "Pack version",
                    "description": "Semantic version of the pack's content; reports carry it so scores stay "
                    "reproducible. Change the minor version when criteria or evidence change, the major version "
                    "when principle ids change. Quote it if it has only one dot: unquoted, editors read 1.10 as "
                    "the number 1.1, while accord keeps the text as written.",
                    # The loader takes any scalar as text, so an unquoted 1.0 is accepted.
                    "type": ["string", "number"],
                    "minLength": 1,
                    "pattern": NOT_BLANK,
                    "examples": ["1.0.0"],
                },
                "sources": {
                    "title": "Sources",
                    "description": "The documents the pack is read from: the instrument itself, and any guidance "
                    "used where it speaks only in general terms.",
                    "type": "array",
                    "items": {"$ref": "#/$defs/source"},
                },
                "languages": {
                    "title": "Languages",
                    "description": "ISO 639-1 codes of the languages the pack reads clauses in, each once; the "
                    "principle files are written in the first, and each other has languages/<code>.yaml (checked by "
                    "accord validate). Optional; default [en].",
                    "type": "array",
                    "minItems": 1,
                    "uniqueItems": True,
                    "items": {"title": "Language", "description": "An ISO 639-1 code.", "type": "string",
                              "pattern": "^[a-z]{2}$"},
                    "examples": [["en", "fr", "es"]],
                },
                "principles": {
                    "title": "Principles",
                    "description": "Principle ids in report order. Each must have a file principles/<id>.yaml "
                    "(checked by accord validate).",
                    "type": "array",
                    "items": ref("kebab-id", "Principle id", "A principle id; its file is principles/<id>.yaml."),
                    "examples": [["circular-migration", "ethical-recruitment"]],
                },
            },
        },
        "principle": {
            "title": "Principle",
            "description": "What the principle asks of an agreement, and its weight in the overall score.",
            "type": "object",
            "additionalProperties": False,
            "required": ["code-paragraphs", "description", "id", "title", "weight"],
            "properties": {
                "id": ref(
                    "kebab-id",
                    "Principle id",
                    "Kebab-case; must be listed in pack.principles and match the file name principles/<id>.yaml "
                    "(checked by accord validate).",
                    examples=["ethical-recruitment"],
                ),
                "title": text("Title", "Shown in reports.", examples=["Ethical and transparent recruitment"]),
                "code-paragraphs": ref(
                    "code-paragraphs",
                    "Code paragraphs",
                    "The paragraphs of the instrument the principle rests on, as text: \"3.8\", \"5.2\", \"Art. 7\". "
                    "At least one.",
                ),
                "weight": ref("weight", "Weight", "1–10: the principle's weight in the overall score."),
                "description": text(
                    "Description",
                    "One paragraph for reports: what the principle asks of an agreement.",
                ),
                "notes": text(
                    "Notes",
                    "The author's caveats, such as uncertain paragraph numbering in the sources used.",
                ),
            },
        },
        "safeguards-list": {
            "title": "Safeguards List",
            "description": "The WHO Health Workforce Support and Safeguards List, used by the "
            "origin-on-safeguards-list and not-origin-on-safeguards-list contexts.",
            "type": "object",
            "additionalProperties": False,
            "required": ["countries", "edition", "source", "title"],
            "properties": {
                "edition": {
                    "title": "Edition",
                    "description": "The list's edition, as a year.",
                    "type": "integer",
                    "examples": [2023],
                },
                "title": text(
                    "Title",
                    "The list's title, as reports name it.",
                    examples=["WHO Health Workforce Support and Safeguards List 2023"],
                ),
                "source": ref("source", "Source", "Where the list is published."),
                "countries": {
                    "title": "Countries",
                    "description": "The listed countries, as ISO 3166-1 alpha-3 codes, each once.",
                    "type": "array",
                    # The loader reads the codes into a set and rejects the list when that loses an item.
                    "uniqueItems": True,
                    "items": {"$ref": "#/$defs/country-code"},
                    "examples": [["AFG", "AGO", "BDI"]],
                },
            },
        },
        "pack-file": {
            "title": "Pack file (pack.yaml)",
            "description": "The pack's identity, sources, principle order, vocabulary and context data.",
            "type": "object",
            "additionalProperties": False,
            "required": ["pack", "version"],
            "properties": {
                "version": version("pack files"),
                "pack": ref("pack", "Pack", "The pack's id, title, instrument, version, sources and principle order."),
                "vocabulary": {
                    "title": "Vocabulary",
                    "description": "Named lists of terms, so evidence says @worker instead of repeating twenty "
                    "words. Each name is kebab-case; each entry is a word or phrase, a word ending in * matching "
                    "any word starting with it; an entry @name brings in every entry of list name (a list may not "
                    "name itself, directly or through others); an entry $origin or $destination stands for the "
                    "agreement's parties by name. Entries cannot use |.",
                    "type": "object",
                    "propertyNames": {
                        "title": "Vocabulary name",
                        "description": "Lower-case letters, digits and single hyphens, e.g. related-cost; evidence "
                        "refers to the list as @related-cost.",
                        "pattern": KEBAB_ID,
                    },
                    "additionalProperties": {
                        "title": "Vocabulary list",
                        "description": "The list's entries; evidence uses them all as @name.",
                        "type": "array",
                        "items": text(
                            "Vocabulary entry",
                            "A word or phrase (a word ending in * matches any word starting with it), @name for every "
                            "entry of another list, or $origin / $destination.",
                            examples=["health personnel", "nurse*", "@national", "$origin"],
                        ),
                    },
                    "examples": [{"fee": ["fee*", "cost*", "charge*"], "worker": ["worker*", "health personnel", "nurse*"]}],
                },
                "pronouns": {
                    "title": "Pronouns",
                    "description": "Whom pronouns in a frame's slots stand for: she, their, own (person) for the "
                    "nearest mention of the person term before them; it, its (body) for the nearest mention of the "
                    "body term. Without it, a pronoun fills no slot. Optional.",
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "person": ref("term", "Person", "What person pronouns (he, she, they, their, own) can stand for."),
                        "body": ref("term", "Body", "What thing pronouns (it, its) can stand for."),
                    },
                    "examples": [{"person": "@worker", "body": "@payer"}],
                },
                "recruitment-evidence": ref(
                    "evidence",
                    "Recruitment evidence",
                    "Patterns, any one of which, matched in an operative clause part that is not a mere mention, shows "
                    "the agreement recruits, places or employs health workers (the recruitment context). Without it, "
                    "that context is taken to hold. Optional.",
                ),
                "out-of-scope": {
                    "title": "Out of scope",
                    "description": "Sentence parts the pack does not read: those naming the when term and not the "
                    "unless term give no evidence for any rule, nor for the recruitment context. Optional.",
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["when"],
                    "properties": {
                        "when": ref("term", "When", "Parts naming this term are left out.", examples=["@other-sector"]),
                        "unless": ref(
                            "term", "Unless", "Unless they also name this term. Optional.", examples=["@health-cadre"]
                        ),
                    },
                },
                "safeguards-list": text(
                    "Safeguards List file",
                    "The file, relative to the pack folder, holding the WHO Health Workforce Support and "
                    "Safeguards List used by the origin-on-safeguards-list context. Optional.",
                    examples=["safeguards-list-2023.yaml"],
                ),
            },
        },
        "principle-file": {
            "title": "Principle file (principles/<id>.yaml)",
            "description": "One principle: its criteria and red flags.",
            "type": "object",
            "additionalProperties": False,
            "required": ["criteria", "principle", "version"],
            "properties": {
                "version": version("principle files"),
                "principle": ref("principle", "Principle", "The principle's id, title, Code paragraphs, weight and description."),
                "criteria": {
                    "title": "Criteria",
                    "description": "What an agreement should provide under this principle.",
                    "type": "array",
                    "items": {"$ref": "#/$defs/criterion"},
                },
                "red-flags": {
                    "title": "Red flags",
                    "description": "Clause content contrary to the principle, which an agreement should not contain. Optional.",
                    "type": "array",
                    "items": {"$ref": "#/$defs/red-flag"},
                },
            },
        },
        "language-file": {
            "title": "Language file (languages/<code>.yaml)",
            "description": "The pack in one more language: its word lists, and every rule's evidence and examples "
            "written for clauses in that language.",
            "type": "object",
            "additionalProperties": False,
            "required": ["language", "rules", "version"],
            "properties": {
                "version": version("language files"),
                "language": {"title": "Language", "description": "The ISO 639-1 code; must match the file name.",
                             "type": "string", "pattern": "^[a-z]{2}$"},
                "vocabulary": "PACK-VOCABULARY",
                "pronouns": "PACK-PRONOUNS",
                "recruitment-evidence": "PACK-RECRUITMENT",
                "out-of-scope": "PACK-OUT-OF-SCOPE",
                "principles": {
                    "title": "Principles",
                    "description": "Principle titles in this language, by principle id, for reports written in it "
                    "(accord score --report-language). Optional; a principle left out keeps the pack's title.",
                    "type": "object",
                    "propertyNames": {"pattern": KEBAB_ID},
                    "additionalProperties": {"$ref": "#/$defs/language-principle"},
                },
                "rules": {
                    "title": "Rules",
                    "description": "Every criterion and red flag of the pack, by id, with its evidence and examples in "
                    "this language (that every rule is here is checked by accord validate).",
                    "type": "object",
                    "propertyNames": {"pattern": KEBAB_ID},
                    "additionalProperties": {"$ref": "#/$defs/language-rule"},
                },
            },
        },
        "language-principle": {
            "title": "Principle in a language",
            "description": "One principle as a language file writes it.",
            "type": "object",
            "additionalProperties": False,
            "required": ["title"],
            "properties": {
                "title": text("Title", "The principle's title in the language, for reports."),
            },
        },
        "language-rule": {
            "title": "Rule in a language",
            "description": "One criterion or red flag as a language file writes it.",
            "type": "object",
            "additionalProperties": False,
            "required": ["evidence", "examples"],
            "properties": {
                "statement": text("Statement", "The rule's statement in the language, for reports. Optional."),
                "recommendation": text("Recommendation", "The recommendation in the language. Optional."),
                "model-clause": text("Model clause", "The model clause in the language. Optional."),
                "notes": text("Notes", "The author's caveats. Optional."),
                "evidence": ref("evidence", "Evidence", "Patterns in the language; any match is evidence."),
                "examples": {
                    "title": "Examples",
                    "description": "At least 3 clauses in the language with what they must earn, run by accord rules test.",
                    "type": "array",
                    "minItems": 3,
                    "items": {"anyOf": [{"$ref": "#/$defs/criterion-example"}, {"$ref": "#/$defs/red-flag-example"}]},
                },
            },
        },
        "safeguards-file": {
            "title": "Safeguards List file",
            "description": "Data used by the Safeguards List contexts, with its source. pack.yaml names this file.",
            "type": "object",
            "additionalProperties": False,
            "required": ["safeguards-list", "version"],
            "properties": {
                "version": version("Safeguards List files"),
                "safeguards-list": ref(
                    "safeguards-list", "Safeguards List", "The list's edition, title, source and countries."
                ),
            },
        },
    }

    pack_properties = defs["pack-file"]["properties"]
    language_properties = defs["language-file"]["properties"]
    for key, placeholder in [("vocabulary", "PACK-VOCABULARY"), ("pronouns", "PACK-PRONOUNS"),
                             ("recruitment-evidence", "PACK-RECRUITMENT"), ("out-of-scope", "PACK-OUT-OF-SCOPE")]:
        assert language_properties[key] == placeholder
        language_properties[key] = pack_properties[key]

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "accord rule-pack file, format version 1",
        "description": (
            "A file of an accord rule pack: pack.yaml (top-level key pack), a principle file "
            "principles/<id>.yaml (top-level key principle) or the Safeguards List file (top-level key "
            "safeguards-list, a mapping) or a language file languages/<code>.yaml (top-level key language). Specified in docs/rule-format.md. Generated by "
            "scripts/generate-rulepack-schema.py; do not edit by hand. Some rules relate several files of a "
            "pack and cannot be written in JSON Schema; `accord validate` checks them as well as everything "
            "here: that each listed principle has its file and its id matches the file name, that criterion "
            "and red-flag ids are unique in the pack, that @name in a term names a vocabulary list, that the entries of "
            "a list a term uses are well formed and that no list names itself (directly or through others), and that "
            "the Safeguards List file named in pack.yaml exists."
        ),
        "type": "object",
        "oneOf": [
            {"$ref": "#/$defs/pack-file"},
            {"$ref": "#/$defs/principle-file"},
            {"$ref": "#/$defs/safeguards-file"},
            {"$ref": "#/$defs/language-file"},
        ],
        "$defs": defs,
    }


# Where each key enum of `RulePackFormat` (Sources/AccordKit/Loading/RulePackLoader.swift) is
# written in the schema, as paths of `properties` mappings, and where each value enum the loader
# reads with `choice` is; `check_loader` compares them so that the schema cannot drift from the loader.
LOADER_FILE = os.path.join(ROOT, "Sources", "AccordKit", "Loading", "RulePackLoader.swift")
KEY_ENUMS = {
    "PackFileKey": [("pack-file",)],
    "PackKey": [("pack",)],
    "SourceKey": [("source",)],
    "PrincipleFileKey": [("principle-file",)],
    "PrincipleKey": [("principle",)],
    "CriterionKey": [("criterion",)],
    "RedFlagKey": [("red-flag",)],
    "PatternKey": [("pattern",)],
    "OutOfScopeKey": [("pack-file", "out-of-scope")],
    "CostFrameKey": [("cost-frame",)],
    "RestrictionFrameKey": [("restriction-frame",)],
    "ComparisonFrameKey": [("comparison-frame",)],
    "PronounsKey": [("pack-file", "pronouns")],
    "ExampleKey": [("criterion-example",), ("red-flag-example",)],
    "SafeguardsFileKey": [("safeguards-file",)],
    "SafeguardsKey": [("safeguards-list",)],
    "LanguageFileKey": [("language-file",)],
    "LanguagePrincipleKey": [("language-principle",)],
    "LanguageRuleKey": [("language-rule",)],
}
VALUE_ENUMS = [
    (os.path.join("Rules", "RulePack.swift"), "ContextCondition", "context"),
    (os.path.join("Rules", "RulePack.swift"), "Severity", "severity"),
    (os.path.join("Rules", "EvidencePattern.swift"), "PolarityRequirement", ("pattern", "polarity")),
]
FRAME_FILE = os.path.join(ROOT, "Sources", "AccordText", "Meaning", "Frames.swift")
FRAME_ENUMS = [("Burden", ("cost-frame", "burden")), ("Stance", ("restriction-frame", "stance")),
               ("Direction", ("comparison-frame", "direction"))]


def swift_enum_values(path, name):
    """The raw values of `enum name` in a Swift file: `case a, b` and `case c = "c-d"`."""
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    match = re.search(r"enum " + name + r"\b[^{]*\{", source)
    if not match:
        raise SystemExit(f"{path}: no enum {name}; update scripts/generate-rulepack-schema.py")
    depth, index = 1, match.end()
    while depth:
        depth += {"{": 1, "}": -1}.get(source[index], 0)
        index += 1
    body = re.sub(r"//[^\n]*", "", source[match.end() : index - 1])
    body = re.sub(r"\{[^{}]*\}", "", re.sub(r"\{[^{}]*\}", "", body))  # nested bodies (funcs, switches)
    values = []
    for line in re.findall(r"^\s*case ([^\n]+)", body, re.MULTILINE):
        for item in line.split(","):
            item = item.strip()
            raw = re.fullmatch(r'(\w+)\s*=\s*"([^"]*)"', item)
            values.append(raw.group(2) if raw else item)
    return values


def check_loader(schema):
    """Exits with a message when the schema's keys or values differ from the loader's."""
    defs = schema["$defs"]
    problems = []

    def at(path):
        node = defs[path[0]]
        for key in path[1:]:
            node = node["properties"][key]
        return node

    for name, paths in KEY_ENUMS.items():
        keys = set(swift_enum_values(LOADER_FILE, name))
        for path in paths:
            if set(at(path)["properties"]) != keys:
                problems.append(f"{'.'.join(path)}: schema keys {sorted(at(path)['properties'])}, loader {name} {sorted(keys)}")
    values = [(os.path.join(ROOT, "Sources", "AccordKit", f), n, p) for f, n, p in VALUE_ENUMS]
    values += [(FRAME_FILE, n, p) for n, p in FRAME_ENUMS]
    for path, name, where in values:
        where = (where,) if isinstance(where, str) else where
        expected = set(swift_enum_values(path, name))
        if set(at(where)["enum"]) != expected:
            problems.append(f"{'.'.join(where)}: schema values {sorted(at(where)['enum'])}, {name} {sorted(expected)}")
    if problems:
        raise SystemExit("the schema does not match the loader:\n  " + "\n  ".join(problems))


def render(schema):
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iso-codes", default=DEFAULT_ISO_CODES, help="directory of iso-codes JSON")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="schema file to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date")
    args = parser.parse_args()

    schema = build_schema(load_countries(args.iso_codes))
    check_loader(schema)
    output = render(schema)
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as handle:
                current = handle.read()
        except FileNotFoundError:
            current = None
        if current != output:
            print(f"{args.output} is out of date; run {sys.argv[0]}", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
