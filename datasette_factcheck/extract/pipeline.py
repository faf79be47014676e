"""The extraction pipeline: sentences -> quotes, speakers, types, scores."""

from __future__ import annotations

import re

from . import claimtypes, quotes, sentences, speakers
from .model import Claim
from .scoring import score_sentence


def _mask(body: str, spans: list[tuple[int, int]]) -> str:
    """``body`` with the quoted words replaced by underscores (same length, same offsets)."""
    if not spans:
        return body
    parts = []
    pos = 0
    for s, e in spans:
        parts.append(body[pos:s])
        parts.append("_" * (e - s))
        pos = e
    parts.append(body[pos:])
    return "".join(parts)


# A run of whitespace this long is no part of how anyone writes an attribution, and the speaker
# patterns (written for sentences) backtrack in quadratic time over it: a sentence holding 20,000
# spaces took 80 s. In the copy the speaker rules read, such a run keeps its length (offsets stay
# valid) but only its first and last characters stay spaces.
_LONG_WHITESPACE = re.compile(r"\s{16,}")


def _calm(masked: str) -> str:
    return _LONG_WHITESPACE.sub(lambda m: " " + "\0" * (len(m.group()) - 2) + " ", masked)


def extract_claims(body: str) -> list[Claim]:
    """Every candidate claim in ``body``, in order, with offsets into ``body``."""
    qspans = quotes.find_quotes(body)
    qstarts = [s for s, _ in qspans]
    masked = _calm(_mask(body, qspans))
    resolver = speakers.Resolver(masked)
    rows = []  # [start, end, text, quote, speaker, role, subject]
    interviewee = None  # who answers in a Q&A: the first person named before the first question
    for span in sentences.split(body):
        if span.kind != sentences.SENTENCE:
            continue
        start, end = span.start, span.end
        text = body[start:end]
        quote = quotes.quoted_in(qspans, qstarts, body, start, end)
        if interviewee is None and _QUESTION.match(text) and resolver.people:
            first = next(iter(resolver.people.values()))
            interviewee = (first.name, first.role)
        speaker, role = resolver.resolve(text, masked[start:end])
        subject = resolver.subject() if speaker is None and not quote else None
        rows.append([start, end, text, quote, speaker, role, subject])
    _carry_quote_speakers(rows, qspans, body)
    _carry_list_sources(rows, body)
    _name_titles_forward(rows)
    if interviewee:
        _carry_answers(rows, body, interviewee)
    claims = []
    for start, end, text, quote, speaker, role, _ in rows:
        claims.append(
            Claim(
                text=text,
                start=start,
                end=end,
                speaker=speaker,
                speaker_role=role,
                quote=quote,
                claim_type=claimtypes.classify(text, quote, speaker),
                checkworthiness=score_sentence(text),
            )
        )
    return claims


def _carry_quote_speakers(rows, qspans, body: str) -> None:
    """Give a sentence of a quotation the speaker named elsewhere in the same quotation
    (``"We are far from it. It will take years," she said.``), and a quotation that opens a
    paragraph with no attribution of its own the speaker of the quotation just before it."""
    if not qspans:
        return
    # quote span index for each row that lies in a quote
    owner: dict[int, tuple[str, str | None]] = {}
    row_quotes: list[list[int]] = []
    qi = 0
    for row in rows:
        start, end = row[0], row[1]
        while qi < len(qspans) and qspans[qi][1] <= start:
            qi += 1
        hits = []
        j = qi
        while j < len(qspans) and qspans[j][0] < end:
            hits.append(j)
            j += 1
        row_quotes.append(hits)
        if row[4] and hits:
            for h in hits:
                owner.setdefault(h, (row[4], row[5]))
    previous_quoted = None  # (speaker, role) of the last quoted sentence with a speaker
    before = None  # the row just before
    for row, hits in zip(rows, row_quotes):
        if row[4] is None and hits and row[3]:
            for h in hits:
                if h in owner:
                    row[4], row[5] = owner[h]
                    break
            else:
                text = row[2].lstrip()
                starts_paragraph = row[0] == 0 or body[max(0, row[0] - 2):row[0]].endswith("\n")
                opens_quote = text[:1] in "\"“‘'«" or any(qspans[h][0] <= row[0] for h in hits)
                # A quotation that follows straight on from an attributed one, opening a
                # paragraph or a sentence of its own, is the same speaker's.
                if previous_quoted and opens_quote and (starts_paragraph or text[:1] in "\"“‘'«"):
                    row[4], row[5] = previous_quoted
                    for h in hits:
                        owner.setdefault(h, previous_quoted)
                elif (before is not None and before[6] and text[:1] in "\"“‘'«"
                        and _introduces(before, row, body)):
                    # 'Asked why she left, Mendes was blunt. "I was writing reports ..."': the
                    # person the short sentence before was about
                    row[4], row[5] = before[6]
                    for h in hits:
                        owner.setdefault(h, before[6])
                elif (before is not None and before[4] and before[4][:1].isupper()
                        and not before[3] and starts_paragraph and text[:1] in "\"“‘'«"
                        and body[before[1]:row[0]].count("\n") <= 2
                        and not body[before[1]:row[0]].strip()):
                    # 'In a statement, managing director Alan Fraser said the decision was hard.'
                    # and a quotation opening the next paragraph, attributed nowhere: his
                    row[4], row[5] = before[4], before[5]
                    for h in hits:
                        owner.setdefault(h, (before[4], before[5]))
        if row[4] and (row[3] or row[2].endswith(":")):
            # an attributed quote, or an attribution introducing what follows with a colon
            # ("Obama tweeted using his account:" and the tweet in the next paragraph)
            previous_quoted = (row[4], row[5])
        elif row[4] is None and not row[3]:
            # the article's own voice in between ends the chain
            previous_quoted = None
        before = row
    # Backwards: a quotation whose paragraph ends with it still open is continued by the next
    # paragraph's, whose attribution covers it too ('"He knew it was wrong.' / '"He regrets
    # it," Kaplan said.').
    for k in range(len(rows) - 2, -1, -1):
        row, after = rows[k], rows[k + 1]
        if row[4] is not None or not row[3] or after[4] is None or not after[3]:
            continue
        hits, after_hits = row_quotes[k], row_quotes[k + 1]
        if not hits or not after_hits:
            continue
        inside = row[2].lstrip()[:1] in "\"“‘'«" or qspans[hits[0]][0] <= row[0]
        if not inside:
            continue  # the sentence is more than the quotation: its own words say who spoke
        same_quote = hits[-1] == after_hits[0]
        gap = body[row[1]:after[0]]
        continued = (_left_open(qspans[hits[-1]], body) and "\n" in gap and not gap.strip()
                     and after[2].lstrip()[:1] in "\"“‘'«")
        if same_quote or continued:
            row[4], row[5] = after[4], after[5]


def _introduces(before, row, body: str) -> bool:
    """Whether ``before`` is a short sentence about a person that leads straight into the
    quotation in ``row``: no quotation of its own, at most a paragraph break between them."""
    gap = body[before[1]:row[0]]
    return (not before[3] and len(before[2].split()) <= 12 and before[2].rstrip().endswith(".")
            and not gap.strip() and gap.count("\n") <= 2)


def _carry_list_sources(rows, body: str) -> None:
    """Give the items of a list the source of the sentence that introduces it with a colon
    ("The report's key findings, according to the WHO:" and each "- ..." after it)."""
    source = None
    for row in rows:
        start = row[0]
        # (a list marker is a few characters: look no further back, so a long body without
        # line breaks is not scanned from its start for every sentence)
        line_start = body.rfind("\n", max(0, start - 8), start) + 1
        if (line_start or start <= 8) and sentences.ITEM_PREFIX.fullmatch(body, line_start, start):
            if source and row[4] is None:
                row[4], row[5] = source
            continue
        source = (row[4], row[5]) if row[4] and row[2].rstrip().endswith(":") else None


_RELATION_ONLY = re.compile(
    r"^(?:his|her|their)\s+(?:[a-z-]+\s+)?(mother|father|wife|husband|son|daughter|brother|"
    r"sister|partner|family|parents|owner|lawyer|grandmother|grandfather|aunt|uncle|"
    r"fiancée|fiance|fiancé|girlfriend|boyfriend)$")

_TITLE_ONLY = re.compile(r"^the ((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){0,3}[A-Z][\w'’-]*)$")


def _name_titles_forward(rows) -> None:
    """A speaker given only by title ("..., the Energy Secretary announced.") whom one of the
    next two sentences names with that title ("Energy Secretary Rachel Ashworth said ...")."""
    for i, row in enumerate(rows):
        relation = _RELATION_ONLY.match(row[4] or "")
        if relation:
            # "..., his heartbroken mother said." and later "His mother, Tracey Hollins, said":
            # her
            for later in rows[i + 1:i + 9]:
                if (later[4] and later[5] and not _RELATION_ONLY.match(later[4])
                        and later[5].lower().split()[-1] == relation.group(1)):
                    row[4], row[5] = later[4], later[5]
                    break
            continue
        m = _TITLE_ONLY.match(row[4] or "")
        if not m:
            continue
        title = m.group(1).lower()
        for later in rows[i + 1:i + 3]:
            if later[4] and later[5] and later[5].lower().endswith(title):
                row[4], row[5] = later[4], later[5]
                break
        else:
            nxt = rows[i + 1] if i == 0 and len(rows) > 1 else None
            if (nxt and nxt[4] and not nxt[5] and len(nxt[4].split()) >= 2
                    and nxt[2].startswith(nxt[4])):
                # a lede's "..., the Energy Secretary announced." and the next paragraph's
                # "Rachel Ashworth told the Commons ...": she is the Energy Secretary
                row[4], row[5] = nxt[4], m.group(1)


_QUESTION = re.compile(r"(?:Q|Question)\s*:\s")

_ANSWER = re.compile(r"(?:A|Answer)\s*:\s")


def _carry_answers(rows, body: str, interviewee) -> None:
    """In a question-and-answer interview, give each answer ("A: ...", and the rest of its
    paragraph) the person interviewed: the first person the article named before its first
    question ("Maria Chen, the city's housing commissioner, spoke to the Courier.")."""
    answering = False
    previous_end = 0
    for row in rows:
        if _ANSWER.match(row[2]):
            answering = True
        elif _QUESTION.match(row[2]) or "\n" in body[previous_end:row[0]]:
            answering = False  # (an answer ends with its paragraph)
        previous_end = row[1]
        if answering and (row[4] is None or row[4].startswith(("our ", "my ", "Our ", "My "))):
            # (and "our hydrologists" in an answer: the interviewee's side)
            row[4], row[5] = interviewee


def _left_open(span: tuple[int, int], body: str) -> bool:
    """Whether a quotation ends its paragraph without a closing mark (it goes on in the next)."""
    end = span[1]
    while end < len(body) and body[end] in " \t":
        end += 1
    return end >= len(body) or body[end] == "\n"
