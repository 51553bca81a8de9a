#!/usr/bin/env python3
"""Generate schemas/agreement.schema.json, the JSON Schema of the accord agreement format, version 1.

The format is specified in docs/agreement-format.md; this script is the only way the schema is
written. The country and language enums come from Debian's iso-codes JSON (the same data
`swift run generate-accord` turns into the loader's tables), never typed by hand.

Output is deterministic: object keys sorted, enum and list order fixed, 2-space indent, UTF-8,
trailing newline. Running it twice gives byte-identical files.

Usage:
    scripts/generate-agreement-schema.py [--iso-codes DIR] [--output FILE] [--check]

--check writes nothing and exits 1 when the schema on disk differs from what would be generated.
"""

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "schemas", "agreement.schema.json")
DEFAULT_ISO_CODES = "/usr/share/iso-codes/json"
SCHEMA_ID = "https://accord.invalid/schemas/agreement.schema.json"

# Kebab-case id, exactly as `Identifier.isValid` in the loader.
KEBAB_ID = r"^[a-z0-9]+(-[a-z0-9]+)*$"

# ASCII digits only: in Python's `re`, \d also matches non-ASCII digits, which the loader rejects.
D = "[0-9]"
_YEAR = f"{D}{{4}}"
_DAY_31_MONTHS = "(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
_DAY_30_MONTHS = "(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
_FEBRUARY = "02-(?:0[1-9]|1[0-9]|2[0-8])"
_LEAP_YEAR = f"(?:{D}{{2}}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
# YYYY, YYYY-MM or YYYY-MM-DD, and only real calendar dates (29 February only in leap years),
# year 0001 to 9999, as `PartialDate.init?(_:)` accepts. Valid in both ECMA-262 and Python regexes.
DATE_PATTERN = (
    f"^(?!0000)(?:{_YEAR}"
    f"|{_YEAR}-(?:0[1-9]|1[0-2])"
    f"|{_YEAR}-(?:{_DAY_31_MONTHS}|{_DAY_30_MONTHS}|{_FEBRUARY})"
    f"|{_LEAP_YEAR}-02-29)$"
)

# Not empty and not only whitespace: the loader trims text and rejects what is left empty.
NOT_BLANK = r"\S"


def vocabulary(*pairs):
    """(values, descriptions) of a closed vocabulary, in the order of docs/agreement-format.md."""
    return [value for value, _ in pairs], [description for _, description in pairs]


SCOPES = vocabulary(
    ("bilateral", "Exactly two parties, e.g. one origin and one destination country."),
    ("regional", "Members of a regional body (ASEAN, CARICOM, EU, AU, ...)."),
    ("multilateral", "Three or more parties, or a programme with several partner countries."),
)
INSTRUMENTS = vocabulary(
    ("treaty", "A treaty binding under international law."),
    ("agreement", "A bilateral or multilateral agreement."),
    ("memorandum-of-understanding", "A memorandum of understanding (MoU)."),
    ("framework-agreement", "A framework agreement, usually implemented by later arrangements."),
    ("placement-agreement", "An agreement on recruiting and placing workers."),
    ("economic-partnership-agreement", "An economic partnership or trade agreement with provisions on health workers."),
    ("mutual-recognition-arrangement", "A mutual recognition arrangement for qualifications."),
    ("exchange-of-notes", "An exchange of notes or letters."),
    ("programme", "A government programme or scheme rather than a signed instrument."),
    ("other", "Any other form; explain in `notes`."),
)
LEVELS = vocabulary(
    ("government-to-government", "Signed by governments (ministries, heads of state or government)."),
    ("agency-to-agency", "Signed by public agencies, e.g. employment or recruitment agencies, health services."),
    ("government-programme", "A programme run by a government, not signed with a counterpart."),
    ("mixed", "Signatories at different levels, e.g. a ministry and an agency."),
)
RECRUITMENT_COMPONENTS = vocabulary(
    ("present", "The instrument recruits, places or employs health workers across borders."),
    ("absent", "It does not: health cooperation, training or exchange of experts only."),
)
STATUSES = vocabulary(
    ("draft", "Not yet signed. A draft has no `signed` or `in-force` date."),
    ("signed", "Signed, not (yet) in force."),
    ("in-force", "In force."),
    ("expired", "Ended at the end of its term."),
    ("terminated", "Ended early by one or more parties."),
    ("superseded", "Replaced by a later instrument (which names this one in its `supersedes`)."),
)
PROFESSIONS = vocabulary(
    ("medical-doctors", "Medical doctors (physicians), generalists and specialists."),
    ("nurses", "Nurses, including nursing associates."),
    ("midwives", "Midwives."),
    ("dentists", "Dentists."),
    ("pharmacists", "Pharmacists."),
    ("allied-health-professionals", "Allied health professionals: physiotherapists, radiographers, laboratory scientists, ..."),
    ("care-workers", "Care workers, e.g. in long-term or elderly care."),
    ("community-health-workers", "Community health workers."),
    ("all-health-personnel", "All health personnel, without naming categories."),
    ("other-health-personnel", "Health personnel not in any category above; explain in `notes`."),
)
ROLES = vocabulary(
    ("origin", "Sends health workers."),
    ("destination", "Receives health workers."),
    ("both", "Both sends and receives health workers."),
)
SOURCE_KINDS = vocabulary(
    ("primary", "The instrument's own text, or an official summary of it."),
    ("secondary", "News, research or a case study reporting on the instrument."),
    ("synthetic", "Written for accord's demos and tests; not a real agreement."),
)
SOURCE_TEXTS = vocabulary(
    ("verbatim", "Clause texts from this source quote the instrument exactly."),
    ("paraphrased", "The wording is not public or was only reported; clause texts are the encoder's paraphrase."),
    ("mixed", "Some of each; every clause from this source then says which with `wording`."),
)
WORDINGS = vocabulary(
    ("verbatim", "This clause's text quotes the instrument exactly."),
    ("paraphrased", "This clause's text is the encoder's paraphrase."),
)
STRENGTHS = vocabulary(
    ("binding", "The clause commits the parties (\"shall\", \"will ensure\")."),
    ("hortatory", "The clause encourages without committing (\"should\", \"will endeavour\")."),
    ("mention", "The clause only mentions the principle."),
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


def load_countries(iso_codes):
    with open(os.path.join(iso_codes, "iso_3166-1.json"), encoding="utf-8") as handle:
        rows = json.load(handle)["3166-1"]
    countries = {}
    for row in rows:
        countries[row["alpha_3"]] = row.get("common_name", row["name"])
    return sorted(countries.items())


def load_languages(iso_codes):
    with open(os.path.join(iso_codes, "iso_639-2.json"), encoding="utf-8") as handle:
        rows = json.load(handle)["639-2"]
    languages = {}
    for row in rows:
        if "alpha_2" in row:
            languages[row["alpha_2"]] = row["name"]
    return sorted(languages.items())


def build_schema(countries, languages):
    date_description = (
        "Written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known "
        "(e.g. 2021-07-29, 2021-07, 2021). Must be a real calendar date."
    )

    defs = {
        "kebab-id": {
            "title": "Identifier",
            "description": "Lower-case letters and digits in groups joined by single hyphens, e.g. gbr-ken-2021.",
            "type": "string",
            "pattern": KEBAB_ID,
            "examples": ["gbr-ken-2021"],
        },
        "date": {
            "title": "Date",
            "description": date_description
            + " A bare year may be written unquoted (2021); editors read it as a number, and accord accepts it.",
            # YAML editors read an unquoted `2021` as a number; accord reads it as the date 2021.
            "type": ["string", "integer"],
            "pattern": DATE_PATTERN,
            "minimum": 1000,
            "maximum": 9999,
            "examples": ["2021-07-29", "2021-07", "2021"],
        },
        "country-code": {
            "title": "Country code",
            "description": (
                "ISO 3166-1 alpha-3 country code in upper case, e.g. GBR (United Kingdom), KEN (Kenya), "
                "PHL (Philippines), DEU (Germany). Not the two-letter code (GB) and not the name."
            ),
            "type": "string",
            "pattern": "^[A-Z]{3}$",
            "enum": [code for code, _ in countries],
            "enumDescriptions": [name for _, name in countries],
            "examples": ["GBR", "KEN", "PHL"],
        },
        "language-code": {
            "title": "Language code",
            "description": "ISO 639-1 two-letter language code in lower case, e.g. en (English), fr (French), es (Spanish), de (German), ar (Arabic).",
            "type": "string",
            "pattern": "^[a-z]{2}$",
            "enum": [code for code, _ in languages],
            "enumDescriptions": [name for _, name in languages],
            "examples": ["en", "fr", "es"],
        },
        "agreement": {
            "title": "Agreement",
            "description": "What the instrument is, who the parties are, and where its text comes from.",
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "instrument", "parties", "scope", "status", "title"],
            "properties": {
                "id": ref(
                    "kebab-id",
                    "Agreement id",
                    "Stable identifier of this agreement; reports, comparisons and diffs refer to it. "
                    "Lower-case letters, digits and single hyphens. Convention: the parties' country codes "
                    "in lower case, then the year of signature, e.g. gbr-ken-2021.",
                    examples=["gbr-ken-2021", "deu-phl-2013", "asean-mra-nursing-2006"],
                ),
                "title": text(
                    "Title",
                    "The instrument's formal title, as written on the instrument.",
                    examples=[
                        "Bilateral Agreement between the United Kingdom and Kenya for Collaboration on Healthcare Workforce"
                    ],
                ),
                "short-title": text(
                    "Short title",
                    "A short name for tables and charts. Optional; the title is used when it is absent.",
                    examples=["UK–Kenya healthcare workforce agreement"],
                ),
                "scope": enum(
                    SCOPES,
                    title="Scope",
                    description="How many parties the instrument binds: bilateral (exactly two parties), "
                    "regional (members of a regional body) or multilateral (three or more parties, "
                    "or a programme with several partner countries).",
                ),
                "instrument": enum(
                    INSTRUMENTS,
                    title="Instrument type",
                    description="The legal form of the instrument. A draft is not a type: give the form it will "
                    "take and set status: draft.",
                ),
                "level": enum(
                    LEVELS,
                    title="Signatory level",
                    description="Who the signatories are. The WHO Global Code of Practice treats "
                    "government-to-government arrangements differently for countries on the "
                    "Health Workforce Support and Safeguards List. Optional.",
                ),
                "recruitment-component": enum(
                    RECRUITMENT_COMPONENTS,
                    title="Recruitment component",
                    description="Whether the instrument recruits, places or employs health workers across "
                    "borders. Criteria that presuppose recruitment (equal pay, no fees, ...) are not "
                    "applicable to an instrument without one. Optional: when absent, accord reads it from "
                    "the clauses.",
                ),
                "status": enum(
                    STATUSES,
                    title="Status",
                    description="Where the instrument is in its life: draft, signed, in-force, expired, "
                    "terminated or superseded.",
                ),
                "signed": ref("date", "Date signed", "Date of signature. " + date_description + " Not given for a draft."),
                "in-force": ref(
                    "date",
                    "Date in force",
                    "Date of entry into force; not before the date signed. " + date_description + " Not given for a draft.",
                ),
                "ends": ref(
                    "date",
                    "End date",
                    "Date the instrument ends or ended; not before the dates signed and in force. " + date_description,
                ),
                "review": ref(
                    "date",
                    "Review date",
                    "Date of the next (or last) scheduled review; not before the date signed. " + date_description,
                ),
                "round": {
                    "title": "Round",
                    "description": "For a draft: the round of negotiation its text comes from (1, 2, ...). "
                    "Reports and diffs show it. Only with status: draft.",
                    "type": "integer",
                    "minimum": 1,
                    "examples": [3],
                },
                "date": ref(
                    "date",
                    "Draft date",
                    "For a draft: the date written on this version of its text. Only with status: draft; a signed "
                    "instrument has signed. " + date_description,
                ),
                "language": ref(
                    "language-code",
                    "Language",
                    "Language of the clause texts in this file, as an ISO 639-1 two-letter code. Default en.",
                    default="en",
                ),
                "professions": {
                    "title": "Professions covered",
                    "description": "The categories of health personnel the instrument covers, as WHO's national "
                    "reporting form asks for them. Use all-health-personnel when the instrument does not name categories.",
                    "type": "array",
                    "uniqueItems": True,
                    "items": enum(PROFESSIONS, title="Profession", description="A category of health personnel."),
                    "examples": [["nurses", "medical-doctors", "allied-health-professionals"]],
                },
                "parties": {
                    "title": "Parties",
                    "description": "The parties, each a country (country: KEN) or a regional body (body: ASEAN, "
                    "with name and members), with its role: origin, destination or both. Exactly two for "
                    "bilateral, at least two for multilateral, at least one regional body or member for regional. "
                    "For bilateral, one party must be origin or both and one destination or both, and the same "
                    "country may not appear twice (checked by accord validate).",
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/$defs/party"},
                },
                "sources": {
                    "title": "Sources",
                    "description": "Where the clause texts (or the descriptions they paraphrase) come from: the "
                    "instrument's published text, an official summary, news or research. At least one; only a "
                    "draft (status: draft) may leave it out, its clauses then being the draft's own words. Clauses "
                    "name their source by its id.",
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/$defs/source"},
                },
                "supersedes": ref(
                    "kebab-id",
                    "Supersedes",
                    "The id of an earlier instrument this one replaces, e.g. gbr-ken-2015. Mark that "
                    "agreement's status as superseded.",
                ),
                "notes": text(
                    "Notes",
                    "Encoder's notes on the whole agreement: what could not be verified, what is known to be absent, "
                    "which parts of the text are not public.",
                ),
            },
            "allOf": [
                {
                    "if": {"required": ["scope"], "properties": {"scope": {"const": "bilateral"}}},
                    "then": {"properties": {"parties": {"minItems": 2, "maxItems": 2}}},
                },
                {
                    "if": {"required": ["scope"], "properties": {"scope": {"const": "multilateral"}}},
                    "then": {"properties": {"parties": {"minItems": 2}}},
                },
                {
                    "if": {"required": ["status"], "properties": {"status": {"const": "draft"}}},
                    # `not: {}` rather than `false`: jsonschema reports a `false` property schema
                    # at the parent, and this way the error points at the offending key.
                    "then": {"properties": {"signed": {"not": {}}, "in-force": {"not": {}}}},
                    "else": {"required": ["sources"], "properties": {"round": {"not": {}}, "date": {"not": {}}}},
                },
            ],
        },
        "party": {
            "title": "Party",
            "description": "A party to the agreement: either a country (country) or a regional body "
            "(body, with name and members), never both, and its role.",
            "type": "object",
            "additionalProperties": False,
            "required": ["role"],
            "properties": {
                "country": ref(
                    "country-code",
                    "Country",
                    "The party's ISO 3166-1 alpha-3 country code in upper case, e.g. GBR, KEN, PHL. "
                    "Give either country or body, not both.",
                ),
                "body": text(
                    "Regional body",
                    "Short name of a regional body that is a party, e.g. ASEAN, CARICOM, EU, AU. "
                    "Give either country or body, not both; with body, also give name and members.",
                    examples=["ASEAN", "CARICOM", "EU", "AU"],
                ),
                "name": text(
                    "Body name",
                    "The regional body's full name. Only with body.",
                    examples=["Association of Southeast Asian Nations"],
                ),
                "members": {
                    "title": "Members",
                    "description": "The member states the instrument covers, as ISO 3166-1 alpha-3 codes. Only with body.",
                    "type": "array",
                    "minItems": 1,
                    "uniqueItems": True,
                    "items": {"$ref": "#/$defs/country-code"},
                    "examples": [["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
                },
                "role": enum(
                    ROLES,
                    title="Role",
                    description="Which way health workers move for this party: origin (sends them), "
                    "destination (receives them) or both.",
                ),
                "represented-by": text(
                    "Represented by",
                    "The ministry or agency that signed or implements for this party.",
                    examples=["Ministry of Health", "Department of Health and Social Care"],
                ),
            },
            "oneOf": [
                {"title": "A country party", "required": ["country"]},
                {"title": "A regional body party", "required": ["body"]},
            ],
            "dependentRequired": {"body": ["members", "name"], "members": ["body"], "name": ["body"]},
        },
        "source": {
            "title": "Source",
            "description": "A document the clause texts (or their descriptions) come from.",
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "publisher", "text", "title", "year"],
            "properties": {
                "id": ref(
                    "kebab-id",
                    "Source id",
                    "Identifier of this source, unique in the file; clauses refer to it in their source key. "
                    "Lower-case letters, digits and single hyphens.",
                    examples=["govuk-text", "the-star-2021"],
                ),
                "title": text("Source title", "Title of the document or web page."),
                "publisher": text(
                    "Publisher",
                    "Who published the document: a ministry, an international organisation, a newspaper, a journal.",
                    examples=["UK Department of Health and Social Care", "The Star (Kenya)"],
                ),
                "year": {
                    "title": "Year published",
                    "description": "Year the source was published, as a four-digit number, e.g. 2021.",
                    "type": "integer",
                    "minimum": 1000,
                    "maximum": 9999,
                    "examples": [2021],
                },
                "url": {
                    "title": "URL",
                    "description": "Where the source can be read; an http:// or https:// address.",
                    "type": "string",
                    "format": "uri",
                    # The scheme is case-insensitive, as in the loader; no whitespace anywhere.
                    "pattern": r"^[Hh][Tt][Tt][Pp][Ss]?://\S*$",
                    "examples": ["https://www.gov.uk/government/publications/..."],
                },
                "kind": enum(
                    SOURCE_KINDS,
                    title="Kind of source",
                    description="primary (the instrument's own text, or an official summary of it), secondary "
                    "(news, research or a case study reporting on it) or synthetic (written for accord's demos "
                    "and tests; not a real agreement). Default primary.",
                    default="primary",
                ),
                "text": enum(
                    SOURCE_TEXTS,
                    title="Text fidelity",
                    description="How the clause texts taken from this source relate to the instrument's wording: "
                    "verbatim (quoted exactly), paraphrased (the wording is not public or was only reported), "
                    "or mixed (some of each; each clause from this source then says which with wording).",
                ),
                "accessed": ref("date", "Date accessed", "When the encoder read the source. " + date_description),
            },
        },
        "clause": {
            "title": "Clause",
            "description": "A clause of the instrument as the instrument numbers it, with its text or its "
            "sub-clauses (or both).",
            "type": "object",
            "additionalProperties": False,
            "required": ["id"],
            "properties": {
                "id": {
                    "title": "Clause number",
                    "description": "The clause number as the instrument gives it, e.g. \"4.2\", \"Art. 7(1)\", "
                    "Preamble. Unique within the file, sub-clauses included. Quote numbers (\"4.10\"): unquoted, "
                    "editors read 4.10 as the number 4.1.",
                    "type": ["string", "number"],
                    "minLength": 1,
                    "pattern": NOT_BLANK,
                    "examples": ["Preamble", "4.2", "Art. 7(1)"],
                },
                "heading": text(
                    "Heading",
                    "The clause heading, if the instrument has one.",
                    examples=["Recruitment"],
                ),
                "text": text(
                    "Clause text",
                    "The clause wording: quoted exactly, or the encoder's paraphrase when the source's text is "
                    "paraphrased (see wording). Required unless the clause has sub-clauses. Not empty.",
                ),
                "source": ref(
                    "kebab-id",
                    "Source",
                    "The id of the source (in agreement.sources) this clause comes from. Required when there is "
                    "more than one source; with one source it defaults to that source.",
                ),
                "wording": enum(
                    WORDINGS,
                    title="Wording",
                    description="Whether this clause's text is verbatim or paraphrased; overrides the source's "
                    "text. Required when the source's text is mixed.",
                ),
                "clauses": {
                    "title": "Sub-clauses",
                    "description": "The clause's sub-clauses (paragraphs, points), in the order the instrument gives them.",
                    "type": "array",
                    "minItems": 1,
                    "items": {"$ref": "#/$defs/clause"},
                },
                "annotations": {
                    "title": "Annotations",
                    "description": "The encoder's assertions that this clause addresses principles of a rule pack, "
                    "each with a justification. accord reports them as asserted, not as read from the text.",
                    "type": "array",
                    "items": {"$ref": "#/$defs/annotation"},
                },
                "notes": text("Clause notes", "Encoder's notes on this clause."),
            },
            "anyOf": [
                {"title": "A clause with text", "required": ["text"]},
                {"title": "A clause with sub-clauses", "required": ["clauses"]},
            ],
        },
        "annotation": {
            "title": "Annotation",
            "description": "An assertion that the clause addresses a principle of a rule pack, with a justification.",
            "type": "object",
            "additionalProperties": False,
            "required": ["justification", "principle"],
            "properties": {
                "principle": ref(
                    "kebab-id",
                    "Principle",
                    "A principle id of the rule pack, e.g. ethical-recruitment, circular-migration.",
                    examples=["ethical-recruitment", "circular-migration"],
                ),
                "criterion": ref(
                    "kebab-id",
                    "Criterion",
                    "A criterion id within that principle, when the assertion is that specific.",
                ),
                "strength": enum(
                    STRENGTHS,
                    title="Strength",
                    description="How strongly the encoder judges the clause commits the parties: binding, "
                    "hortatory or mention. Without it, accord uses the modality it reads in the clause text.",
                ),
                "justification": text(
                    "Justification",
                    "Why the clause addresses the principle, in a sentence or two a reader can check against the text.",
                ),
            },
        },
    }

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "accord agreement, format version 1",
        "description": (
            "One bilateral, regional or multilateral instrument on health-worker migration: what it is, "
            "who the parties are, where its text comes from, and its clauses in order. Specified in "
            "docs/agreement-format.md. Generated by scripts/generate-agreement-schema.py; do not edit by hand. "
            "Some rules relate several parts of a file and cannot be written in JSON Schema; `accord validate` "
            "checks them as well as everything here: date order (in-force, ends and review not before signed), "
            "duplicate clause ids and source ids, that each clause names a source that exists (and names one "
            "when there are several), wording for clauses from a mixed source, that a bilateral agreement has "
            "an origin and a destination party, that no country is a party twice, that an agreement does not "
            "supersede itself, and the size limits (4 MiB, 32 levels of nesting, 5,000 clauses, 200,000 YAML nodes)."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["agreement", "clauses", "version"],
        "properties": {
            "version": {
                "title": "Format version",
                "description": "Version of the agreement format. Always 1 for files written to this schema.",
                "type": "integer",
                "const": 1,
            },
            "agreement": ref(
                "agreement",
                "Agreement",
                "Metadata about the instrument: id, title, scope, instrument type, status, dates, parties, sources.",
            ),
            "clauses": {
                "title": "Clauses",
                "description": "The clauses in the order the instrument gives them, from the preamble on. At least one.",
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/$defs/clause"},
            },
        },
        "$defs": defs,
    }


def render(schema):
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iso-codes", default=DEFAULT_ISO_CODES, help="directory of iso-codes JSON")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="schema file to write")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date")
    args = parser.parse_args()

    output = render(build_schema(load_countries(args.iso_codes), load_languages(args.iso_codes)))
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
