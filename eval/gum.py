"""Reading the GUM Wikinews gold annotations (``../shared/data/wikinews``).

The XML files hold one token a line (tab-separated, the token in the first column) and the
elements on lines of their own. We keep what the evaluation needs: each ``<s>`` sentence (with
whether it sits in a ``<head>`` or a figure ``<caption>``) and each ``<q>``/``<quote>`` span.
Gold tokens are separated by spaces while the text is not, so strings are compared with all
whitespace removed (``squash``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"^<(/?)([a-zA-Z]+)\b")
_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """``text`` without whitespace: the form gold and predicted strings are compared in."""
    return _WS.sub("", text)


@dataclass
class GoldSentence:
    tokens: list[str]
    in_head: bool = False
    in_caption: bool = False
    start: int = 0  # offsets into GoldDocument.stream
    end: int = 0

    @property
    def key(self) -> str:
        return "".join(self.tokens)


@dataclass
class GoldQuote:
    tokens: list[str]
    element: str  # "q" or "quote"
    start: int = 0  # offsets into GoldDocument.stream
    end: int = 0

    @property
    def key(self) -> str:
        return "".join(self.tokens)

    @property
    def words(self) -> int:
        return sum(1 for t in self.tokens if any(ch.isalnum() for ch in t))


@dataclass
class GoldDocument:
    name: str
    sentences: list[GoldSentence] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    stream: str = ""  # every token, concatenated without spaces (== squash(plain text))


def read_gold(path: Path) -> GoldDocument:
    doc = GoldDocument(path.stem)
    open_tags: list[str] = []
    sentence: GoldSentence | None = None
    quote_stack: list[GoldQuote] = []
    stream: list[str] = []
    pos = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        m = _TAG.match(line)
        if m and line.endswith(">") and "\t" not in line:
            closing, name = m.group(1) == "/", m.group(2)
            if not closing:
                open_tags.append(name)
                if name == "s":
                    sentence = GoldSentence([], "head" in open_tags, "caption" in open_tags,
                                            pos, pos)
                elif name in ("q", "quote"):
                    quote_stack.append(GoldQuote([], name, pos, pos))
            else:
                if open_tags and open_tags[-1] == name:
                    open_tags.pop()
                elif name in open_tags:
                    del open_tags[len(open_tags) - 1 - open_tags[::-1].index(name)]
                if name == "s" and sentence is not None:
                    sentence.end = pos
                    doc.sentences.append(sentence)
                    sentence = None
                elif name in ("q", "quote") and quote_stack:
                    quote = quote_stack.pop()
                    quote.end = pos
                    doc.quotes.append(quote)
            continue
        token = line.split("\t", 1)[0]
        stream.append(token)
        pos += len(token)
        if sentence is not None:
            sentence.tokens.append(token)
        for q in quote_stack:
            q.tokens.append(token)
    doc.stream = "".join(stream)
    return doc


def squash_map(text: str) -> list[int]:
    """For each character of ``squash(text)``, its offset in ``text``."""
    return [i for i, ch in enumerate(text) if not ch.isspace()]


def read_plaintext(path: Path) -> tuple[dict[str, str], str]:
    """(header fields, text after the ``# key: value`` header), the title line included."""
    meta: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines) and (lines[i].startswith("#") or not lines[i].strip()):
        if lines[i].startswith("#") and ":" in lines[i]:
            key, _, value = lines[i][1:].partition(":")
            meta[key.strip()] = value.strip()
        i += 1
    return meta, "\n".join(lines[i:])


def pairs(data: Path):
    """(name, gold document, plain text) for each article present in both forms."""
    xml_dir = data / "wikinews" / "xml"
    txt_dir = data / "wikinews" / "plaintext"
    for xml in sorted(xml_dir.glob("*.xml")):
        txt = txt_dir / (xml.stem + ".txt")
        if txt.exists():
            meta, text = read_plaintext(txt)
            yield xml.stem, read_gold(xml), text
