"""Sentence boundaries with character offsets, and the lines that are not sentences.

Boundaries come from ``sentencex`` (Wikimedia's maintained segmenter); this module maps them back
to offsets in the original text and labels headings, datelines and credits so they are never
stored as claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

SENTENCE = "sentence"
HEADING = "heading"
DATELINE = "dateline"
CREDIT = "credit"

_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*\Z)", re.S)
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$|[:;][\"'”’]*$|[\"”’]$")
_DATELINE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$"
)
_CREDIT = re.compile(r"^(?:Image|Photo|Picture|Credit|Video|Source)s?\s*:", re.I)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}$")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


def paragraphs(text: str):
    """Yield (start, end) of each paragraph: runs of text separated by blank lines."""
    for m in _PARAGRAPH.finditer(text):
        yield m.start(), m.end()


def _classify_line(line: str) -> str | None:
    if _DATELINE.match(line):
        return DATELINE
    if _BYLINE.match(line):
        return CREDIT
    if _CREDIT.match(line):
        return CREDIT
    if not _TERMINAL.search(line):
        return HEADING
    return None


def split(text: str) -> list[Span]:
    """Every sentence-like span of ``text`` in order, labelled with its kind."""
    spans: list[Span] = []
    for p_start, p_end in paragraphs(text):
        para = text[p_start:p_end]
        kind = _classify_line(para) if "\n" not in para else None
        if kind is not None:
            spans.append(Span(p_start, p_end, kind))
            continue
        pos = 0
        for sentence in sentencex.segment("en", para):
            piece = sentence.strip()
            if not piece:
                continue
            found = para.find(piece, pos)
            if found < 0:
                continue
            pos = found + len(piece)
            line_kind = _classify_line(piece)
            kind = line_kind if line_kind in (CREDIT, DATELINE) else SENTENCE
            spans.append(Span(p_start + found, p_start + pos, kind))
    return spans
