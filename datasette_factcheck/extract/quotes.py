"""Quotations: where the quoted words are in a body, and which of them fall in a sentence.

``find_quotes(text)`` scans each paragraph once and returns the character spans of the quoted
words (quotation marks excluded) at the outermost level: a quote nested inside another
(``"He called it ‘a disgrace’," she said``) belongs to the outer one. It handles

- curly double quotes ``“…”`` and straight double quotes ``"…"`` (paired in order);
- single quotes used as quotation marks, curly ``‘…’`` or straight ``'…'``, told apart from
  apostrophes (``don’t``, ``the teams’ robots``, ``’90s``);
- guillemets ``«…»``;
- quotes running over several sentences, and the news convention for a quote running over several
  paragraphs (no closing mark at the end of a paragraph, a new opening mark on the next): the
  quote runs to the end of the paragraph and starts again on the next.

``quoted_words(sentence)`` keeps the old per-sentence helper for callers that only have one
sentence; ``quoted_in(spans, text, start, end)`` gives a sentence's share of the body's quotes.
"""

from __future__ import annotations

import bisect
import re

_MARKS = re.compile(r"[\"“”‘’'«»„]")
_ALNUM = re.compile(r"[^\W_]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_ELISIONS = re.compile(r"(?:tis|twas|em|n|s|cause|til|till|bout|round|\d0s|\d\d)\b", re.I)
_YEAR_ELISION = re.compile(r"\d\d(?:s|\b)")  # '70s, '79: never a quotation
_INCH_MARK = re.compile(r"\d['’′] ?\d{1,2}$")  # 6'2", 16' 09": the " is inches or seconds
# Words after a plural possessive's apostrophe that show it closed a quotation instead:
# "... the Council of Representatives' and would ..."
_NOT_POSSESSED = frozenset(
    "and or but nor would will could should said says told to of in on at for with by from as "
    "that which who he she they it we is was were are has had have when while after before "
    "than then so if "
    # (nor a count or a time: "had 'moved the goalposts' three times", "'... goalposts' again")
    "two three four five six seven eight nine ten twice again last this every once".split())


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _word_at(text: str, i: int) -> str:
    m = _LOWER_WORD.match(text, i)
    return m.group() if m else ""


_LOWER_WORD = re.compile(r"[a-z]+")


def _paragraph_quotes(text: str, start: int, end: int, out: list[tuple[int, int]],
                      carried: bool = False, next_reopens: bool = False) -> bool:
    """Append the outermost quote spans of ``text[start:end]`` to ``out``; ``carried`` says a
    double quote is open from the paragraph before. Returns whether a double quote opened in
    this paragraph is left open at its end."""
    # A stack of (kind, content start): kind "d" double, "s" single, "g" guillemet.
    stack: list[tuple[str, int]] = [("d", start)] if carried else []
    # Where the last mark that could close a single quote is (computed once, when first needed:
    # asking "does one come later?" for every apostrophe would be quadratic in the paragraph).
    last_closer: dict[bool, int] = {}

    def closes_later(i: int, strict: bool = False) -> bool:
        if strict not in last_closer:
            last_closer[strict] = _last_closer(text, start, end, strict)
        return last_closer[strict] > i
    for m in _MARKS.finditer(text, start, end):
        ch = m.group()
        i = m.start()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        top = stack[-1][0] if stack else None
        if ch == "„":
            stack.append(("D", i + 1))  # German style: „ ... “
        elif ch == "“":
            if any(k == "D" for k, _ in stack):
                _close(stack, "D", i, out)
            else:
                stack.append(("d", i + 1))
        elif ch == "”":
            if any(k == "d" for k, _ in stack):
                _close(stack, "d", i, out)
            elif any(k == "D" for k, _ in stack):
                _close(stack, "D", i, out)
        elif ch == '"':
            if _INCH_MARK.search(text, max(start, i - 6), i):
                continue  # 6'2": a height, not a quotation mark
            # Straight double quotes pair in order: one open closes, else it opens.
            if (stack and stack[-1][0] == "d" and prev.isspace() and _is_word(nxt)
                    and text[max(start, i - 2)] in ".!?"):
                # 'said: "This is prime land. "We have been told ...': a house style that opens
                # every sentence of a quotation anew and closes only the last; the quotation
                # goes on
                continue
            if any(k == "d" for k, _ in stack):
                _close(stack, "d", i, out)
            else:
                stack.append(("d", i + 1))
        elif ch == "«":
            stack.append(("g", i + 1))
        elif ch == "»":
            if any(k == "g" for k, _ in stack):
                _close(stack, "g", i, out)
        else:  # ‘ ’ or '
            opening_context = not _is_word(prev) and prev not in ".,;:!?"
            if _is_word(prev) and _is_word(nxt):
                continue  # an apostrophe inside a word: don't, O'Brien
            if prev in "nN" and i >= 2 and text[i - 2] in "'’" and text[i - 3:i - 2].isspace():
                continue  # rock 'n' roll, Rock ’n’ Roll: the second mark of 'n'
            dropped_g = text[i - 2:i] == "in"
            if (top == "s" and dropped_g and nxt == " " and i + 2 < end and text[i + 2].islower()
                    and _is_dropped_g(text, i)):
                # "was hoppin' every Saturday", "'Dancin' at the Crossroads'": a dropped g
                # before the sentence goes on; a quotation does not close on a bare "-in"
                continue
            if (top == "s" and nxt == " " and i + 2 < end
                    and ((prev == "s" and text[i + 2].islower()
                          and _word_at(text, i + 2) not in _NOT_POSSESSED)
                         or (dropped_g and _is_word(text[i + 2])))
                    and (closes_later(i + 1, strict=True)
                         or (stack[0][1] == start + 1 and text[start] in "'‘"))):
                # "the residents' interests", "Drivin' Home": an apostrophe inside the single
                # quote, which closes further on (or runs to the paragraph's end)
                continue
            if top == "s" and not prev.isspace() and not _is_word(nxt):
                # "the 'anti-christ' of": closes the single quote. A plural possessive
                # ("the teams' robots") inside a single quote is rare in news text.
                _close(stack, "s", i, out)
                continue
            if ch != "’" and opening_context and text.startswith(("n'", "n’"), i + 1) and (
                    i + 3 >= end or not _is_word(text[i + 3])):
                continue  # the first mark of rock 'n' roll
            if ch != "’" and opening_context and (
                    _is_word(nxt) or nxt in "“\"." or (
                        nxt in "'’" and _YEAR_ELISION.match(text, i + 2, end))):
                # (''90s Pemberton was skint,': a quotation that opens with an elision)
                if ch == "‘" and _YEAR_ELISION.match(text, i + 1, end):
                    continue  # ‘90s: an autocorrected elision
                if ch == "'" and (_YEAR_ELISION.match(text, i + 1, end) or (
                        _ELISIONS.match(text, i + 1, end) and not closes_later(i + 1))):
                    continue  # 'em, '90s, '79, rock 'n' roll
                stack.append(("s", i + 1))
            # otherwise: an apostrophe ('s possessive, dropped letters) or a stray mark
    # Quotes still open at the end of the paragraph run to its end.
    # (An unclosed single quote is more likely a misread apostrophe: dropped.)
    if stack and stack[0][0] != "s":
        out.append((stack[0][1], end))
        # Open, and opened here (not the quote carried in from the paragraph before)?
        return stack[0][0] == "d" and not (carried and stack[0][1] == start)
    if stack and ((stack[0][1] == start + 1 and text[start] in "'‘") or (
            next_reopens and (
                (text[stack[0][1] - 1] == "‘"
                 and text[max(start, stack[0][1] - 3):stack[0][1] - 1].strip() in (".", "?", "!"))
                # a straight one after a colon: "... said in a tribute: 'Callum was ..."
                or text[max(start, stack[0][1] - 3):stack[0][1] - 1].strip() == ":"))):
        # a single quote that opens the paragraph (or a sentence in it, curly) and runs over
        # into the next, which opens again (the British style for a quotation of several
        # paragraphs): to the end of the paragraph
        out.append((stack[0][1], end))
    return False


def _last_closer(text: str, start: int, end: int, strict: bool = False) -> int:
    """The offset of the last straight single quote in ``text[start:end]`` that could close a
    quote (no word character after it), or -1; with ``strict``, of either kind of mark, and
    only one that follows or precedes punctuation or ends the paragraph ("... first.'",
    "... car'.")."""
    marks = "'’" if strict else "'"
    j = end
    while True:
        j = max(text.rfind(m, start, j) for m in marks)
        if j < 0:
            return -1
        after = text[j + 1] if j + 1 < end else " "
        before = text[j - 1] if j > 0 else " "
        if not _is_word(after) and (not strict or before in ".,!?;:" or after in ".,;:!?"
                                    or j + 1 >= end):
            return j


def _close(stack, kind, i, out) -> None:
    while stack:
        k, content_start = stack.pop()
        if k == kind:
            if not stack:
                out.append((content_start, i))
            return


# Words in "-in" that are words, not a dropped g ("we will win' and left").
_IN_WORDS = frozenset(
    "begin within again cabin basin margin origin robin cousin violin protein toxin vitamin "
    "insulin penguin muffin coffin raisin satin napkin pumpkin admin bulletin dolphin goblin "
    "herein therein akin".split())


def _is_dropped_g(text: str, i: int) -> bool:
    """Whether the word ending just before ``text[i]`` ("hoppin", "Dancin") is a gerund with its
    g dropped: five letters or more, a consonant before the "in", not a word of its own."""
    start = i
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:i]
    return (len(word) >= 5 and word[-3].lower() not in "aeiou" and word.lower() not in _IN_WORDS
            and (word.islower() or word[1:].islower()))


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost quotation in ``text``, marks excluded, trimmed of
    surrounding whitespace; in order, never overlapping."""
    spans: list[tuple[int, int]] = []
    pos = 0
    carried = False
    for brk in _PARAGRAPH_BREAK.finditer(text):
        nxt = text[brk.end():brk.end() + 1]
        still_open = _paragraph_quotes(text, pos, brk.start(), spans, carried,
                                       next_reopens=nxt in ("‘", "'"))
        # A quote left open at the end of a paragraph goes on in the next one, unless that one
        # opens a quote of its own (the usual style for a quote over several paragraphs). It is
        # carried over one paragraph at most, so a stray mark cannot run on through an article.
        carried = still_open and nxt not in ("\"", "“", "‘", "'", "«", "„")
        pos = brk.end()
    _paragraph_quotes(text, pos, len(text), spans, carried)
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # A single letter in quotes ("rock 'n' roll", "plan 'B'") is no quotation.
        first = _ALNUM.search(text, s, e) if e > s else None
        if first and _ALNUM.search(text, first.end(), e):
            out.append((s, e))
    return out


def quoted_in(spans: list[tuple[int, int]], starts: list[int], text: str, start: int,
              end: int) -> str | None:
    """The quoted words of ``text[start:end]`` (several joined by `` … ``), or None. ``spans``
    come from ``find_quotes(text)`` and ``starts`` is the list of their start offsets."""
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        i = 0
    parts = []
    n = len(spans)
    while i < n:
        s, e = spans[i]
        if s >= end:
            break
        if e > start:
            s, e = max(s, start), min(e, end)
            piece = text[s:e].strip().rstrip("\"”’'»").strip()
            piece = piece.lstrip("\"“‘'«").strip()
            if piece and any(c.isalnum() for c in piece):
                parts.append(piece)
        i += 1
    # (a hard wrap inside the quotation is a space in the quoted words)
    return " … ".join(" ".join(part.split()) for part in parts) if parts else None


def quoted_words(sentence: str) -> str | None:
    """The quoted words in one ``sentence`` (several quotes joined by `` … ``), or None."""
    spans = find_quotes(sentence)
    return quoted_in(spans, [s for s, _ in spans], sentence, 0, len(sentence))
