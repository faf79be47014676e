"""Quotations: the quoted words inside a sentence."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“([^”]{2,})”?|\"([^\"]{2,})\"|(?<![\w])‘([^’]{2,})’(?![\w])")


def quoted_words(sentence: str) -> str | None:
    """The quoted words in ``sentence`` (several quotes joined by `` … ``), or None."""
    parts = []
    for m in _QUOTED.finditer(sentence):
        words = next(g for g in m.groups() if g is not None).strip()
        if words:
            parts.append(words)
    return " … ".join(parts) if parts else None
