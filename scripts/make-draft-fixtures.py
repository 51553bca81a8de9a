#!/usr/bin/env python3
"""Regenerate the word-processor fixtures of `accord import` (Tests/Fixtures/drafts/).

Every fixture is SYNTHETIC: written for accord's tests, not a real or proposed agreement.

What it makes (see Tests/Fixtures/drafts/README.md for what each file tests):

  weak-draft.docx                 python-docx; numbers and (a)/(1) labels written in the text
  weak-draft-autonumbered.docx    python-docx + a numbering part written here; numbers and
                                  labels come from Word automatic numbering (w:numPr)
  weak-draft.odt                  LibreOffice: weak-draft-autonumbered.docx -> odt (its own lists)
  weak-draft-literal.odt          LibreOffice: weak-draft.docx -> odt
  weak-draft.txt                  LibreOffice: weak-draft.docx -> plain text (UTF-8)
  weak-draft.md                   written here: Markdown as a negotiator might paste it
  article-draft.docx              python-docx: a new synthetic Kenya-Ireland treaty-style draft
                                  ("Article 1" + heading line, 1./4.1/(a) literal labels, a table,
                                  a footnote, a date line, signatures, an annex)
  article-draft.expected.md       the clause ids and first words a careful encoder would produce
  track-changes.docx              python-docx + w:ins/w:del written here: the weak draft with one
                                  tracked deletion and one tracked insertion in Paragraph 3(4)

The clause texts of the weak draft are read from agreements/drafts/weak-draft-bilateral-2026.yaml,
so the fixtures always carry exactly the YAML's `text` values.

How to run (from anywhere; paths are relative to this file):

    pip install python-docx pyyaml                                   # python-docx >= 1.1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui
    python3 scripts/make-draft-fixtures.py            # writes Tests/Fixtures/drafts/
    python3 scripts/make-draft-fixtures.py --check    # regenerate into a temp dir, verify only

`SOFFICE=/path/to/soffice` chooses the LibreOffice binary (default: `soffice` on PATH). The script
uses a private LibreOffice profile in a temporary directory, so it does not disturb (or wait for)
another LibreOffice running on the machine.

The script is idempotent. Outputs are as deterministic as reasonably possible: fixed core
properties (author "accord fixtures", fixed dates), fixed zip timestamps and member order, and the
ODT's meta.xml dates normalised. LibreOffice still writes a few generated ids (list ids, rsids) that
can differ between runs, so a regenerated .odt may differ byte-wise while its text is identical.
The generated .docx/.odt are committed as binary fixtures; CI does not regenerate them.

After writing, every .docx/.odt is converted to text with LibreOffice and checked (numbers visible,
clause texts exact); a failed check stops the script with an AssertionError.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("make-draft-fixtures: needs PyYAML (pip install pyyaml)")
try:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt, Inches
except ImportError:  # pragma: no cover
    sys.exit("make-draft-fixtures: needs python-docx (pip install python-docx)")

ROOT = Path(__file__).resolve().parent.parent
WEAK_YAML = ROOT / "agreements" / "drafts" / "weak-draft-bilateral-2026.yaml"
OUT_DIR = ROOT / "Tests" / "Fixtures" / "drafts"

AUTHOR = "accord fixtures"
FIXED_DATETIME = dt.datetime(2026, 10, 14, 9, 0, 0)
ZIP_DATE = (2026, 10, 14, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SYNTHETIC_NOTE = "Synthetic draft written for accord's tests; not a real agreement"

# --------------------------------------------------------------------------------------------
# The weak draft, read from its YAML
# --------------------------------------------------------------------------------------------


class WeakDraft:
    """The weak draft's title, preamble and numbered paragraphs, from the YAML."""

    def __init__(self, path: Path):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        title = data["agreement"]["title"]
        prefix, suffix = "SYNTHETIC DRAFT – ", " (not a real agreement)"
        assert title.startswith(prefix) and title.endswith(suffix), title
        self.title = title[len(prefix) : -len(suffix)]
        assert self.title == (
            "Memorandum of Understanding between the Government of the Republic of Zambia and "
            "the Government of Canada on Cooperation in the Field of Health Workforce Mobility"
        ), self.title
        clauses = data["clauses"]
        assert clauses[0]["id"] == "Preamble"
        self.preamble = clauses[0]["text"]
        # paragraphs: (number, heading, text or None, [(label, text)], [ids])
        self.paragraphs = []
        for c in clauses[1:]:
            m = re.fullmatch(r"Paragraph (\d+)", c["id"])
            assert m, c["id"]
            items = []
            for sub in c.get("clauses", []):
                sm = re.fullmatch(r"Paragraph (\d+)\((\w+)\)", sub["id"])
                assert sm and sm.group(1) == m.group(1), sub["id"]
                items.append((f"({sm.group(2)})", sub["text"]))
            self.paragraphs.append((int(m.group(1)), c["heading"], c.get("text"), items))
        for text in self.all_texts():
            assert "\n" not in text and "  " not in text and text == text.strip(), text

    def all_texts(self):
        yield self.preamble
        for _, _, text, items in self.paragraphs:
            if text:
                yield text
            for _, t in items:
                yield t

    def clause_ids(self):
        ids = ["Preamble"]
        for n, _, _, items in self.paragraphs:
            ids.append(f"Paragraph {n}")
            ids.extend(f"Paragraph {n}{label}" for label, _ in items)
        return ids


DRAFT_LINE = "DRAFT — Round 2 — 14 October 2026"
SIGNED_LINE = "Signed at Lusaka on ____________ 2026 in two originals in the English language."
SIGNATORIES = ["For the Government of the Republic of Zambia", "For the Government of Canada"]

# --------------------------------------------------------------------------------------------
# Helpers for python-docx documents
# --------------------------------------------------------------------------------------------


def new_document(title: str, subject: str) -> "docx.document.Document":
    document = docx.Document()
    cp = document.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.created = FIXED_DATETIME
    cp.modified = FIXED_DATETIME
    cp.last_printed = FIXED_DATETIME
    cp.revision = 1
    cp.title = title
    cp.subject = subject
    cp.comments = "SYNTHETIC. Written for accord's tests; not a real or proposed agreement."
    cp.keywords = "synthetic; accord; test fixture"
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    return document


def set_header(document, text: str) -> None:
    header = document.sections[0].header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.text = text
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in p.runs:
        run.italic = True
        run.font.size = Pt(9)


def para(document, text: str = "", style: str | None = None, *, bold=False, italic=False,
         align=None, indent: float | None = None, space_after: int | None = 6):
    p = document.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Inches(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_numpr(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    # w:numPr comes right after w:pStyle, w:keepNext, w:keepLines, w:pageBreakBefore, ...
    # (CT_PPrBase order); inserting after pStyle (or first) keeps the schema order here,
    # as the paragraphs carry nothing else before it.
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def save_docx(document, path: Path) -> None:
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes, *, odf=False, rewrite=None) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes, keeping member order.

    For ODF the `mimetype` member stays first and stored. `rewrite(name, bytes) -> bytes` may
    change members."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if rewrite is not None:
                blob = rewrite(info.filename, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            stored = odf and info.filename == "mimetype"
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            dst.writestr(zi, blob, compresslevel=None if stored else 9)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# weak-draft.docx (literal numbers) and track-changes.docx
# --------------------------------------------------------------------------------------------


def front_matter(document, draft: WeakDraft) -> None:
    set_header(document, SYNTHETIC_NOTE)
    para(document, DRAFT_LINE, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(document, SYNTHETIC_NOTE + ".", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(document, draft.title, "Title", space_after=12)
    para(document, draft.preamble, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def signature_block(document) -> None:
    para(document, SIGNED_LINE, space_after=24)
    for who in SIGNATORIES:
        para(document, who, bold=True, space_after=36)


def build_weak_literal(draft: WeakDraft, path: Path, *, tracked_change=False) -> None:
    document = new_document(draft.title, "Synthetic weak draft (ZMB–CAN), literal numbering")
    front_matter(document, draft)
    for n, heading, text, items in draft.paragraphs:
        para(document, f"Paragraph {n} – {heading}", "Heading 2")
        if text:
            para(document, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        for label, item in items:
            if tracked_change and n == 3 and label == "(4)":
                p = para(document, indent=0.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                write_tracked_change(p, f"{label} ", item)
            else:
                para(document, f"{label} {item}", indent=0.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    signature_block(document)
    if tracked_change:
        settings = document.settings.element
        settings.insert(0, parse_xml(f'<w:trackRevisions xmlns:w="{W_NS}"/>'))
    save_docx(document, path)


TRACK_DELETED = "should endeavour to ensure, to the extent possible,"
TRACK_INSERTED = "shall ensure"
TRACK_DATE = "2026-10-20T10:00:00Z"


def tracked_readings(original: str) -> tuple[str, str]:
    """(accepted, rejected) readings of Paragraph 3(4) in track-changes.docx."""
    assert original.count(TRACK_DELETED) == 1, original
    return original.replace(TRACK_DELETED, TRACK_INSERTED), original


def write_tracked_change(p, label: str, original: str) -> None:
    before, after = original.split(TRACK_DELETED)
    p.add_run(label + before)
    p._p.append(parse_xml(
        f'<w:del xmlns:w="{W_NS}" w:id="101" w:author="{AUTHOR}" w:date="{TRACK_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{TRACK_DELETED}</w:delText></w:r></w:del>'
    ))
    p._p.append(parse_xml(
        f'<w:ins xmlns:w="{W_NS}" w:id="102" w:author="{AUTHOR}" w:date="{TRACK_DATE}">'
        f'<w:r><w:t xml:space="preserve">{TRACK_INSERTED}</w:t></w:r></w:ins>'
    ))
    p.add_run(after)


# --------------------------------------------------------------------------------------------
# weak-draft-autonumbered.docx
# --------------------------------------------------------------------------------------------

# numId 10 -> abstractNum 10 (multilevel): level 0 "Paragraph %1" (decimal, tab after it) on the
#             Heading 2 paragraphs; level 1 "(%2)" lowerLetter for Paragraph 2's items.
# numId 11 -> abstractNum 11: level 0 "(%1)" decimal, for Paragraph 3's items.
# numId 12 -> abstractNum 11 again with <w:lvlOverride><w:startOverride w:val="1"/> (restart),
#             for Paragraph 5's items.
NUM_PARAGRAPHS, NUM_ITEMS_P3, NUM_ITEMS_P5 = 10, 11, 12


def lvl(ilvl: int, fmt: str, text: str, left: int, hanging: int, *, bold=False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="tab"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
        f'<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>'
    )


def add_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    main_levels = [lvl(0, "decimal", "Paragraph %1", 1800, 1800, bold=True),
                   lvl(1, "lowerLetter", "(%2)", 1080, 540)]
    deeper = ["lowerRoman", "decimal", "lowerLetter", "lowerRoman", "decimal", "lowerLetter",
              "lowerRoman"]
    for i, fmt in enumerate(deeper, start=2):
        main_levels.append(lvl(i, fmt, f"(%{i + 1})", 1080 + 540 * (i - 1), 540))
    item_levels = [lvl(0, "decimal", "(%1)", 1080, 540)]
    for i in range(1, 9):
        item_levels.append(lvl(i, "lowerLetter", f"(%{i + 1})", 1080 + 540 * i, 540))
    abstract_main = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="10"><w:nsid w:val="5A4C0010"/>'
        f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C4A0010"/>'
        f'<w:name w:val="MoU paragraphs"/>{"".join(main_levels)}</w:abstractNum>'
    )
    abstract_items = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="11"><w:nsid w:val="5A4C0011"/>'
        f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0C4A0011"/>'
        f'{"".join(item_levels)}</w:abstractNum>'
    )
    abstracts = numbering.findall(qn("w:abstractNum"))
    assert not any(a.get(qn("w:abstractNumId")) in ("10", "11") for a in abstracts)
    assert not any(n.get(qn("w:numId")) in ("10", "11", "12")
                   for n in numbering.findall(qn("w:num")))
    abstracts[-1].addnext(abstract_main)
    abstract_main.addnext(abstract_items)
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{NUM_PARAGRAPHS}"><w:abstractNumId w:val="10"/></w:num>'
    ))
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{NUM_ITEMS_P3}"><w:abstractNumId w:val="11"/></w:num>'
    ))
    numbering.append(parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{NUM_ITEMS_P5}"><w:abstractNumId w:val="11"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    ))


def build_weak_autonumbered(draft: WeakDraft, path: Path) -> None:
    document = new_document(draft.title, "Synthetic weak draft (ZMB–CAN), automatic numbering")
    add_numbering(document)
    front_matter(document, draft)
    item_num = {2: (NUM_PARAGRAPHS, 1), 3: (NUM_ITEMS_P3, 0), 5: (NUM_ITEMS_P5, 0)}
    for n, heading, text, items in draft.paragraphs:
        h = para(document, heading, "Heading 2")
        add_numpr(h, NUM_PARAGRAPHS, 0)
        if text:
            para(document, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        for _label, item in items:
            p = para(document, item, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            add_numpr(p, *item_num[n])
    signature_block(document)
    save_docx(document, path)


# --------------------------------------------------------------------------------------------
# weak-draft.md
# --------------------------------------------------------------------------------------------

MD_BOLD = {4: "subject to national law"}   # paragraph -> phrase set in **bold** in its text
MD_SOFT_WRAP = {8: "and may consider"}      # paragraph -> text is broken before this phrase


def build_weak_markdown(draft: WeakDraft, path: Path) -> None:
    lines = [f"**{DRAFT_LINE}**", "", f"*{SYNTHETIC_NOTE}.*", "", f"# {draft.title}", "",
             draft.preamble, ""]
    for n, heading, text, items in draft.paragraphs:
        lines += [f"## Paragraph {n} – {heading}", ""]
        if text:
            if n in MD_BOLD:
                phrase = MD_BOLD[n]
                assert text.count(phrase) == 1
                text = text.replace(phrase, f"**{phrase}**")
            if n in MD_SOFT_WRAP:
                phrase = MD_SOFT_WRAP[n]
                head, tail = text.split(" " + phrase)
                lines += [head, phrase + tail]
            else:
                lines.append(text)
            lines.append("")
        if n == 3:
            # pasted items on consecutive lines, no blank line between them
            lines += [f"{label} {item}" for label, item in items] + [""]
        else:
            for label, item in items:
                lines += [f"{label} {item}", ""]
    lines += [SIGNED_LINE, "", SIGNATORIES[0], "", SIGNATORIES[1], ""]
    path.write_text("\n".join(lines), encoding="utf-8")


# --------------------------------------------------------------------------------------------
# article-draft.docx: a new synthetic treaty-style draft (Kenya–Ireland, nurses)
# --------------------------------------------------------------------------------------------

ART_FRONT = "SYNTHETIC DRAFT — written for accord’s tests; not a real or proposed agreement"
ART_TITLE = ("Agreement between the Republic of Kenya and Ireland on the Recruitment and "
             "Employment of Nurses")
ART_RECITALS = [
    "The Republic of Kenya and Ireland (hereinafter referred to as “the Parties”),",
    "Recognising the WHO Global Code of Practice on the International Recruitment of Health "
    "Personnel and the responsibility of the Parties to apply its principles;",
    "Bearing in mind the shortage of nurses in the health system of the Republic of Kenya and "
    "the need to strengthen that system;",
    "Desiring to establish a framework for the fair and ethical recruitment of nurses from the "
    "Republic of Kenya for employment in Ireland;",
    "Have agreed as follows:",
]
FOOTNOTE_MARK = "[^1]"
FOOTNOTE_TEXT = ("Adopted by the Sixty-third World Health Assembly on 21 May 2010 in resolution "
                 "WHA63.16.")
ART_TABLE = [("Assessment of nursing qualifications", "EUR 450"),
             ("English language assessment", "EUR 200")]
TAB = "\t"

# Each article: (number, heading, entries). An entry is
#   ("para", clause id, literal label written before the text ("" for none), text)
#   ("item", clause id, label, text)          -- an indented (a)/(b) item paragraph
#   ("table", rows)                           -- a table belonging to the clause before it
# A clause id equal to "Article N" means the text is the article's own (no paragraph number).
ARTICLES = [
    (1, "Definitions", [
        ("para", "Article 1", "", "For the purposes of this Agreement:"),
        ("item", "1(a)", "(a)", "“nurse” means a person who is registered, or is eligible for "
         "registration, as a nurse in the Republic of Kenya;"),
        ("item", "1(b)", "(b)", "“employer” means a public or private provider of health services "
         "in Ireland that employs a nurse under this Agreement;"),
        ("item", "1(c)", "(c)", "“competent authority” means an authority listed in Annex I."),
    ]),
    (2, "Objective", [
        ("para", "Article 2", "", "The objective of this Agreement is to establish the principles "
         "and procedures for the recruitment of nurses from the Republic of Kenya for employment "
         "in Ireland in a manner that is fair to the nurses and does not harm the health system "
         "of the Republic of Kenya."),
    ]),
    (3, "Ethical recruitment", [
        ("para", "3.1", "1. ", "The Parties shall apply the principles of the WHO Global Code of "
         "Practice on the International Recruitment of Health Personnel" + FOOTNOTE_MARK +
         " to all recruitment under this Agreement."),
        ("para", "3.2", "2. ", "Ireland shall not actively recruit nurses from the Republic of "
         "Kenya outside the framework of this Agreement."),
        ("para", "3.3", "3. ", "The Parties agree as follows: recruitment under this Agreement "
         "shall be carried out only by the competent authorities, and no private recruitment "
         "agency shall take part in it."),
    ]),
    (4, "Recruitment procedure", [
        ("para", "4.1", "4.1" + TAB, "Ireland shall communicate to the Republic of Kenya, before "
         "31 January of each year, the number of nursing posts that employers intend to fill "
         "under this Agreement."),
        ("para", "4.2", "4.2" + TAB, "The competent authority of the Republic of Kenya shall:"),
        ("item", "4.2(a)", "(a)", "publish each vacancy communicated under paragraph 4.1;"),
        ("item", "4.2(b)", "(b)", "pre-select candidates who meet the requirements for "
         "registration as a nurse in Ireland; and"),
        ("item", "4.2(c)", "(c)", "send the files of the pre-selected candidates to the "
         "employer."),
        ("para", "4.3", "4.3" + TAB, "The employer shall select the nurses from among the "
         "candidates referred to in paragraph 4.2(b) and shall offer each of them a written "
         "contract of employment."),
    ]),
    (5, "Conditions of employment", [
        ("para", "5.1", "1. ", "Nurses recruited under this Agreement shall enjoy the same "
         "conditions of employment, including pay, working hours, leave and social security, "
         "as nurses who are nationals of Ireland in comparable posts."),
        ("para", "5.2", "2. ", "The employer shall give each nurse, before departure from the "
         "Republic of Kenya, a written contract of employment in English which sets out:"),
        ("item", "5.2(a)", "(a)", "the salary, the allowances and any deductions from the "
         "salary;"),
        ("item", "5.2(b)", "(b)", "the hours of work and the annual leave; and"),
        ("item", "5.2(c)", "(c)", "the duration of the contract and the conditions for its "
         "termination."),
        ("para", "5.3", "3. ", "The nurse shall bear the cost of the entry visa and of the "
         "employment permit, and the employer may deduct that cost from the nurse’s first "
         "three months’ salary."),
    ]),
    (6, "Fees and costs", [
        ("para", "6.1", "1. ", "The employer shall pay the following fees to the competent "
         "authority of Ireland for each nurse recruited under this Agreement:"),
        ("table", ART_TABLE),
        ("para", "6.2", "2. ", "Apart from the costs referred to in Article 5, paragraph 3, no "
         "fee or cost of recruitment shall be charged to a nurse, directly or indirectly."),
    ]),
    (7, "Joint Committee", [
        ("para", "7.1", "1. ", "The Parties shall establish a Joint Committee composed of "
         "representatives of the ministries responsible for health and for labour of each "
         "Party."),
        ("para", "7.2", "2. ", "The Joint Committee shall meet at least once a year, alternately "
         "in Nairobi and in Dublin, to review the implementation of this Agreement, including "
         "its effects on the health system of the Republic of Kenya, and shall report to the "
         "Parties."),
    ]),
    (8, "Entry into force, duration and termination", [
        ("para", "Article 8", "", "This Agreement shall enter into force on the date of the later "
         "of the notifications by which the Parties inform each other that their internal "
         "procedures have been completed. It shall remain in force for five years and may be "
         "terminated by either Party by written notice of six months."),
    ]),
]
ART_DONE = "Done at Nairobi on 3 March 2027, in two originals in the English language."
ART_SIGNATORIES = ["For the Republic of Kenya", "For Ireland"]
ANNEX = ("Annex I", "Competent authorities", [
    ("para", "Annex I.1", "1. ", "For the Republic of Kenya: the public employment service "
     "designated by the ministry responsible for labour."),
    ("para", "Annex I.2", "2. ", "For Ireland: the public employment service designated by the "
     "department responsible for health."),
])


def add_footnote(document, paragraph, footnote_text: str) -> None:
    """Add word/footnotes.xml (separators + footnote 1) and a reference run in `paragraph`."""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">'
        f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        f'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        f'</w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {footnote_text}'
        f'</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"),
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="1"/></w:r>'
    ))


def article_entries():
    """Every (clause id, text) of the article draft in document order, text without labels."""
    yield "Preamble", " ".join(ART_RECITALS)
    for n, heading, entries in ARTICLES:
        if not any(e[0] != "table" and e[1] == f"Article {n}" for e in entries):
            yield f"Article {n}", None
        yield from clause_entries(entries)
    yield ANNEX[0], None
    yield from clause_entries(ANNEX[2])


def clause_entries(entries):
    for e in entries:
        if e[0] == "table":
            continue
        text = e[3].replace(FOOTNOTE_MARK, "")
        yield e[1], text


def article_headings():
    h = {f"Article {n}": heading for n, heading, _ in ARTICLES}
    h[ANNEX[0]] = ANNEX[1]
    return h


def write_entries(document, entries) -> None:
    for e in entries:
        if e[0] == "table":
            table = document.add_table(rows=len(e[1]), cols=2)
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(e[1]):
                for c, cell_text in enumerate(row):
                    table.cell(r, c).text = cell_text
            continue
        kind, _id, label, text = e
        indent = 0.5 if kind == "item" else None
        if kind == "item":
            label = label + TAB
        p = para(document, indent=indent, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if kind == "item":
            p.paragraph_format.first_line_indent = Inches(-0.5)
            p.paragraph_format.left_indent = Inches(1.0)
        if FOOTNOTE_MARK in text:
            head, tail = text.split(FOOTNOTE_MARK)
            p.add_run(label + head)
            add_footnote(document, p, FOOTNOTE_TEXT)
            p.add_run(tail)
        else:
            p.add_run(label + text)


def centred_bold(document, text: str, *, size=None, space_after=0):
    p = para(document, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=space_after)
    if size:
        p.runs[0].font.size = Pt(size)
    p.paragraph_format.keep_with_next = True
    return p


def build_article_draft(path: Path) -> None:
    document = new_document(ART_TITLE, "Synthetic treaty-style draft (KEN–IRL)")
    set_header(document, "SYNTHETIC — not a real agreement")
    para(document, ART_FRONT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)
    centred_bold(document, ART_TITLE, size=14, space_after=18)
    for recital in ART_RECITALS:
        para(document, recital, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for n, heading, entries in ARTICLES:
        centred_bold(document, f"Article {n}").paragraph_format.space_before = Pt(12)
        centred_bold(document, heading, space_after=6)
        write_entries(document, entries)
    para(document, ART_DONE).paragraph_format.space_before = Pt(18)
    for who in ART_SIGNATORIES:
        para(document, who, bold=True, space_after=36)
    brk = para(document, space_after=0)
    brk.add_run().add_break(WD_BREAK.PAGE)
    centred_bold(document, ANNEX[0])
    centred_bold(document, ANNEX[1], space_after=6)
    write_entries(document, ANNEX[2])
    save_docx(document, path)


def build_article_expected(path: Path) -> None:
    headings = article_headings()
    rows = []
    for cid, text in article_entries():
        words = " ".join(text.split()[:8]) if text else "— (heading only; no text of its own)"
        rows.append(f"| `{cid}` | {headings.get(cid, '')} | {words} |")
    body = f"""# article-draft.docx — what a careful encoder would produce

SYNTHETIC: `article-draft.docx` is a draft written for accord's tests, not a real or proposed
agreement. This file is generated by `scripts/make-draft-fixtures.py` from the same data as the
document, so the two cannot drift apart.

## Agreement

- title: `{ART_TITLE}`
  (the first line, "{ART_FRONT}", is front matter, not the title)
- parties: `KEN` (Republic of Kenya, role `origin`), `IRL` (Ireland, role `destination`)
- scope `bilateral`, instrument `agreement`, status `draft` (the document says SYNTHETIC DRAFT)
- date: the line "{ART_DONE}" gives place Nairobi and date `2027-03-03`. A draft may not carry
  `signed`, so an importer reports the date (for example in `notes`) rather than writing
  `signed: 2027-03-03`; if the user says the text is signed, it is `signed: 2027-03-03`.
- professions: `nurses`

## Clauses, in order

Ids follow accord's convention: `Article N` for an article, `N.M` for its numbered paragraphs
(literal "1." in Article 3 -> `3.1`; decimal "4.1" -> `4.1`), `N.M(x)` for lettered items under a
paragraph, `N(x)` for items directly under an article, `Annex I.M` for the annex's paragraphs.
An article whose only text is unnumbered (Articles 2 and 8) carries that text itself; Article 1's
chapeau "For the purposes of this Agreement:" is Article 1's own text with items `1(a)`–`1(c)`.
Nesting: `N.M` and `N(x)` are sub-clauses of `Article N`; `N.M(x)` are sub-clauses of `N.M`.

| id | heading | first 8 words of the text |
|---|---|---|
""" + "\n".join(rows) + f"""

## Things the importer must get right

- The preamble is five paragraphs (the parties line, "Recognising …", "Bearing in mind …",
  "Desiring …", "Have agreed as follows:"); the `Preamble` clause text is the five joined with
  single spaces.
- Labels are not part of the text: "1. ", "4.1<TAB>", "(a)<TAB>" are removed. Article 4 separates
  its numbers from the text with a tab; Articles 3, 5, 6, 7 and the annex with a space; the
  lettered items with a tab (hanging indent).
- Cross-references are not labels: "paragraph 4.2(b)" inside `4.3`, "Article 5, paragraph 3"
  inside `6.2`, and "paragraph 4.1" inside `4.2(a)` stay in the text.
- `3.3` has a colon in the middle ("The Parties agree as follows: recruitment …"): it is one
  clause, not a chapeau with items.
- `3.1` carries footnote 1 ("{FOOTNOTE_TEXT}") after "Health Personnel". The footnote
  text is not part of the clause text (the reference mark is dropped); an importer may keep it in
  the clause's `notes`.
- The 2x2 table after `6.1` belongs to `6.1`: its cells ("{ART_TABLE[0][0]}", "{ART_TABLE[0][1]}",
  "{ART_TABLE[1][0]}", "{ART_TABLE[1][1]}") must appear in `6.1`'s text after its own
  text (how cells and rows are joined is the importer's choice).
- `5.3` is contrary to the Code on purpose (the nurse bears the cost of the visa and permit,
  deducted from salary). Typographic characters are kept: “ ” in `1(a)`–`1(c)` and ’ in
  "nurse’s" and "months’" in `5.3`.
- Not clauses: the header "SYNTHETIC — not a real agreement", the front line, the title, the
  "Done at Nairobi …" line and the two "For …" signature lines. The annex after the signatures
  (and after a page break) is a clause `Annex I` with heading "{ANNEX[1]}".

## Full clause texts

One line per clause with text, in order: the id, a tab, the exact text (labels removed, footnote
mark dropped; `6.1` without the table cells).

```text
""" + "\n".join(f"{cid}\t{text}" for cid, text in article_entries() if text) + """
```
"""
    path.write_text(body, encoding="utf-8")


# --------------------------------------------------------------------------------------------
# LibreOffice
# --------------------------------------------------------------------------------------------

TXT_FILTER = "txt:Text (encoded):UTF8,LF,,,"


class LibreOffice:
    def __init__(self, workdir: Path):
        self.binary = os.environ.get("SOFFICE") or shutil.which("soffice")
        if not self.binary:
            sys.exit("make-draft-fixtures: LibreOffice not found (apt-get install "
                     "libreoffice-writer-nogui, or set SOFFICE)")
        self.profile = workdir / "lo-profile"
        self.workdir = workdir

    def convert(self, src: Path, fmt: str, dest: Path) -> Path:
        """Convert `src` with filter `fmt` (e.g. "odt", TXT_FILTER) and move the result to dest."""
        outdir = Path(tempfile.mkdtemp(dir=self.workdir))
        cmd = [self.binary, f"-env:UserInstallation={self.profile.as_uri()}", "--headless",
               "--norestore", "--convert-to", fmt, "--outdir", str(outdir), str(src)]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        produced = list(outdir.iterdir())
        if run.returncode != 0 or len(produced) != 1:
            raise RuntimeError(f"soffice failed on {src.name} -> {fmt}:\n{run.stdout}\n"
                               f"{run.stderr}")
        shutil.move(str(produced[0]), dest)
        shutil.rmtree(outdir)
        return dest

    def text_of(self, src: Path) -> str:
        dest = self.workdir / (src.name + ".txt")
        self.convert(src, TXT_FILTER, dest)
        text = dest.read_text(encoding="utf-8-sig")
        dest.unlink()
        return text


FIXED_ISO = FIXED_DATETIME.strftime("%Y-%m-%dT%H:%M:%S")


def normalise_odt(path: Path) -> None:
    """Fix the dates in meta.xml, the rsids in settings.xml, and renumber the list and change
    ids LibreOffice generates at random (list933678345, ct94099300151776) in order of first
    appearance, so that a regenerated ODT differs from the committed one only if its content
    does."""
    ids: dict[str, str] = {}

    def renumber(m: re.Match) -> str:
        token = m.group(0)
        if token not in ids:
            prefix = m.group(1)
            ids[token] = f"{prefix}{sum(1 for k in ids if k.startswith(prefix)) + 1}"
        return ids[token]

    def rewrite(name: str, blob: bytes) -> bytes:
        if name in ("content.xml", "styles.xml"):
            s = blob.decode("utf-8")
            s = re.sub(r'(?<=")(list|ct)\d{6,}(?=")', renumber, s)
            return s.encode("utf-8")
        if name == "settings.xml":
            s = blob.decode("utf-8")
            s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+<', r"\g<1>1<", s)
            return s.encode("utf-8")
        if name != "meta.xml":
            return blob
        s = blob.decode("utf-8")
        s = re.sub(r"<meta:creation-date>[^<]*</meta:creation-date>",
                   f"<meta:creation-date>{FIXED_ISO}</meta:creation-date>", s)
        s = re.sub(r"<dc:date>[^<]*</dc:date>", f"<dc:date>{FIXED_ISO}</dc:date>", s)
        s = re.sub(r"<meta:print-date>[^<]*</meta:print-date>",
                   f"<meta:print-date>{FIXED_ISO}</meta:print-date>", s)
        s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>",
                   "<meta:editing-duration>PT0S</meta:editing-duration>", s)
        return s.encode("utf-8")

    path.write_bytes(normalise_zip(path.read_bytes(), odf=True, rewrite=rewrite))


# --------------------------------------------------------------------------------------------
# Checks (LibreOffice's own reading of every document)
# --------------------------------------------------------------------------------------------


def lines_of(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def weak_literal_lines(draft: WeakDraft) -> list[str]:
    lines = [DRAFT_LINE, SYNTHETIC_NOTE + ".", draft.title, draft.preamble]
    for n, heading, text, items in draft.paragraphs:
        lines.append(f"Paragraph {n} – {heading}")
        if text:
            lines.append(text)
        lines += [f"{label} {item}" for label, item in items]
    return lines + [SIGNED_LINE] + SIGNATORIES


def check_weak_literal(draft: WeakDraft, txt: str, what: str) -> None:
    got, want = lines_of(txt), weak_literal_lines(draft)
    assert got == want, f"{what}: LibreOffice text differs:\n" + "\n".join(
        f"  got  {g!r}\n  want {w!r}" for g, w in zip(got, want) if g != w)


def check_weak_autonumbered(draft: WeakDraft, txt: str, what: str) -> None:
    """LibreOffice writes list labels into its text export: 'Paragraph 3 Recruitment', '(a) …'."""
    got = [line.strip() for line in lines_of(txt)]
    want = []
    for line in weak_literal_lines(draft):
        m = re.fullmatch(r"Paragraph (\d+) – (.*)", line)
        want.append(f"Paragraph {m.group(1)} {m.group(2)}" if m else line)
    got = [re.sub(r"^(Paragraph \d+|\(\w+\))\s+", r"\1 ", line) for line in got]
    assert got == want, f"{what}: LibreOffice text differs:\n" + "\n".join(
        f"  got  {g!r}\n  want {w!r}" for g, w in zip(got, want) if g != w)


def check_track_changes(draft: WeakDraft, odt: Path) -> None:
    content = zipfile.ZipFile(odt).read("content.xml").decode("utf-8")
    assert "<text:tracked-changes>" in content, "track-changes: LibreOffice saw no changes"
    deletion = re.search(r"<text:deletion>.*?</text:deletion>", content, re.S)
    assert deletion and TRACK_DELETED in deletion.group(0), "track-changes: deletion missing"
    assert re.search(r'<text:change-start text:change-id="[^"]+"/>' + re.escape(TRACK_INSERTED)
                     + r'<text:change-end', content), "track-changes: insertion missing"
    assert content.count("<text:changed-region") == 2, "track-changes: expected 2 changes"


def article_lines() -> list[str]:
    lines = [ART_FRONT, ART_TITLE] + ART_RECITALS

    def entries_lines(entries):
        out = []
        for e in entries:
            if e[0] == "table":
                out += [cell for row in e[1] for cell in row]
                continue
            kind, _id, label, text = e
            if kind == "item":
                label += TAB
            out.append(label + text.replace(FOOTNOTE_MARK, "1"))
        return out

    for n, heading, entries in ARTICLES:
        lines += [f"Article {n}", heading] + entries_lines(entries)
    lines += [ART_DONE] + ART_SIGNATORIES + [ANNEX[0], ANNEX[1]] + entries_lines(ANNEX[2])
    return lines


def check_article(txt: str, docx_path: Path) -> None:
    got, want = lines_of(txt), article_lines()
    assert got == want, "article-draft: LibreOffice text differs:\n" + "\n".join(
        f"  got  {g!r}\n  want {w!r}" for g, w in zip(got, want) if g != w)
    with zipfile.ZipFile(docx_path) as z:
        footnotes = z.read("word/footnotes.xml").decode("utf-8")
        assert FOOTNOTE_TEXT in footnotes
        assert 'w:footnoteReference w:id="1"' in z.read("word/document.xml").decode("utf-8")


def check_markdown(draft: WeakDraft, md: str) -> None:
    joined = " ".join(line.strip() for line in md.replace("**", "").split("\n") if line.strip())
    for text in draft.all_texts():
        assert text in joined, f"weak-draft.md: text not recoverable: {text[:60]}"


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

FIXTURES = ["weak-draft.docx", "weak-draft-autonumbered.docx", "weak-draft.odt",
            "weak-draft-literal.odt", "weak-draft.txt", "weak-draft.md", "article-draft.docx",
            "article-draft.expected.md", "track-changes.docx"]


def build_all(stage: Path, lo: LibreOffice) -> None:
    draft = WeakDraft(WEAK_YAML)
    build_weak_literal(draft, stage / "weak-draft.docx")
    build_weak_autonumbered(draft, stage / "weak-draft-autonumbered.docx")
    build_weak_markdown(draft, stage / "weak-draft.md")
    build_article_draft(stage / "article-draft.docx")
    build_article_expected(stage / "article-draft.expected.md")
    build_weak_literal(draft, stage / "track-changes.docx", tracked_change=True)

    lo.convert(stage / "weak-draft-autonumbered.docx", "odt", stage / "weak-draft.odt")
    lo.convert(stage / "weak-draft.docx", "odt", stage / "weak-draft-literal.odt")
    for odt in ("weak-draft.odt", "weak-draft-literal.odt"):
        normalise_odt(stage / odt)
    lo.convert(stage / "weak-draft.docx", TXT_FILTER, stage / "weak-draft.txt")

    # checks: what LibreOffice reads in each document
    check_weak_literal(draft, (stage / "weak-draft.txt").read_text(encoding="utf-8-sig"),
                       "weak-draft.txt")
    check_weak_literal(draft, lo.text_of(stage / "weak-draft.docx"), "weak-draft.docx")
    check_weak_literal(draft, lo.text_of(stage / "weak-draft-literal.odt"),
                       "weak-draft-literal.odt")
    check_weak_autonumbered(draft, lo.text_of(stage / "weak-draft-autonumbered.docx"),
                            "weak-draft-autonumbered.docx")
    check_weak_autonumbered(draft, lo.text_of(stage / "weak-draft.odt"), "weak-draft.odt")
    odt_content = zipfile.ZipFile(stage / "weak-draft.odt").read("content.xml").decode()
    assert "<text:list " in odt_content and "<text:list-item" in odt_content
    assert not re.search(r">Paragraph \d", odt_content), "weak-draft.odt: numbers in the text"
    check_markdown(draft, (stage / "weak-draft.md").read_text(encoding="utf-8"))
    check_article(lo.text_of(stage / "article-draft.docx"), stage / "article-draft.docx")
    tc_odt = stage / "track-changes.odt"
    lo.convert(stage / "track-changes.docx", "odt", tc_odt)
    check_track_changes(draft, tc_odt)
    tc_odt.unlink()
    accepted, _original = tracked_readings(dict(draft.paragraphs[2][3])["(4)"])
    print(f"track-changes.docx Paragraph 3(4) accepted: {accepted}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="build and verify in a temporary directory; write nothing")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output directory")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-draft-fixtures-") as tmp:
        work = Path(tmp)
        stage = work / "stage"
        stage.mkdir()
        build_all(stage, LibreOffice(work))
        if args.check:
            print("make-draft-fixtures: all checks passed (nothing written)")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        for name in FIXTURES:
            shutil.copyfile(stage / name, args.out / name)
            print(f"{args.out / name}  {(args.out / name).stat().st_size} bytes")
    print("make-draft-fixtures: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
