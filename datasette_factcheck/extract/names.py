"""Name variants: spellings that probably name the same person but differ."""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from .model import NameVariant

_CAP = re.compile(r"\b[A-Z][a-z]{3,}(?:[-’'][A-Z]?[a-z]+)?\b")
_STOP = {"The", "This", "That", "There", "They", "When", "While", "After", "Before", "Monday",
         "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
         "February", "March", "April", "June", "July", "August", "September", "October",
         "November", "December", "But", "And", "Aboard", "According"}


def find_name_variants(text: str, min_ratio: float = 80.0) -> list[NameVariant]:
    """Pairs of capitalised words in ``text`` that are near-identical spellings of each other."""
    counts = Counter(w for w in _CAP.findall(text) if w not in _STOP)
    words = sorted(counts, key=lambda w: (-counts[w], w))
    out = []
    taken = set()
    for i, name in enumerate(words):
        if name in taken:
            continue
        for other in words[i + 1:]:
            if other in taken or len(other) < 5 or len(name) < 5:
                continue
            if other[0] != name[0] or other.lower() == name.lower():
                continue
            if fuzz.ratio(name, other) >= min_ratio:
                out.append(NameVariant(name=name, variant=other, count=counts[other]))
                taken.add(other)
    return out
