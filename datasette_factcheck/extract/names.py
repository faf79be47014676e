"""Name variants: spellings that probably name the same person but differ.

The seed article spells one envoy ``Witkoff``, ``Witkopf`` and ``Witkov``. We compare the *name
words* of a text (capitalised words that are used as names: not only at the start of a sentence,
not titles, months or days), one word at a time, so that different people who share a surname
(``Joe Biden`` / ``Hunter Biden``) are never merged: their shared word is spelt the same, and
their first names differ completely.

Two name words are variants when all of these hold:

- both have at least ``MIN_LENGTH`` letters (short names are too easily alike: ``Lee``/``Li``);
- they start with the same letter and neither is the other plus a derivational suffix
  (``Russia`` / ``Russian``, ``Kenya`` / ``Kenyans``; ``Zelensky`` / ``Zelenskyy`` are variants);
- their edit distance is at most 2, and either their normalised Indel similarity (rapidfuzz
  ``fuzz.ratio``) is at least 75 and their Jaro-Winkler similarity at least 0.9 (a shared
  beginning, as in misspelt surnames), or they differ only in their vowels and doubled letters
  (transliterations: ``Mohammed`` / ``Muhammad``, ``Rashidi`` / ``Rasheedi``).

A final letter doubled (``Zimmerman`` / ``Zimmermann``) or a ``-sky`` written ``-skyi`` or
``-ski`` (``Zhuravsky`` / ``Zhuravskyi``) is a spelling, not a derived form; so are accents
(``José`` / ``Jose``, at any length) and a transliterated ``Ye`` (``Yevgeny`` / ``Evgeny``).
Countries never pair with one another (``Austria`` / ``Australia``), nor does a word a person's
surname closes with one used twice without a first name (``Sam Parris`` / ``Paris``). Within one text, two
spellings each used with its own first names and never the same one (``Pieter Jansen`` and
``Marloes Janssen``), or each with its own surnames (``Dmitri Kovalenko``, ``Dmytro Kuleba``), are
two people, not a variant. The vowel rule needs four consonants (not ``Karen`` / ``Kiran``).

Words also written in lower case in the same text (``Change`` / ``change``) are common words,
not names. The preferred form (``name``) is the most frequent spelling, the earliest on a tie.
``find_name_variants`` works within one text; ``find_cross_variants`` takes name counts summed
over many articles (the database) and applies the same rules. Across a database far more unrelated
words look alike (``Robert`` / ``Roberto``, ``Arena`` / ``Armenia``), so ``name_index`` only
gives it the words an article uses to close a person's name (``Steve Witkov``): surnames.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler, Levenshtein

from .model import NameVariant
from .phrases import _HONORIFICS
from .phrases import ORG_WORDS as _ORG_WORDS

MIN_LENGTH = 5
MIN_RATIO = 75.0
MIN_JARO_WINKLER = 0.90
MAX_EDITS = 2

_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-’'][A-ZÀ-ÖØ-Þa-zà-öø-ÿ]+)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|[\"“‘(]\s*|\n\s*)$")
_HYPHEN = re.compile(r"-(?=[A-ZÀ-ÖØ-Þ])")
_NEXT_CAPITAL = re.compile(r" [A-ZÀ-ÖØ-Þ]")
_LOWER_WORD = re.compile(r"\b[a-zà-öø-ÿ]{5,}\b")
_SUFFIXES = ("s", "es", "n", "an", "ian", "ns", "ans", "ians", "ese", "ish", "i", "is", "ite",
             "ites", "er", "ers", "ern", "ly", "ic", "ia", "y", "e", "a")
# Countries (and the adjectives of the ones that look alike) are never one another's misspelling:
# Austria / Australia, Austrian / Australian, Gambia / Zambia.
_COUNTRIES = frozenset(
    "Austria Australia Austrian Australian Gambia Zambia Gambian Zambian Niger Nigeria Nigerien "
    "Nigerian Iran Iraq Iranian Iraqi Slovakia Slovenia Slovak Slovene Slovakian Slovenian "
    "Mali Malawi Malian Malawian Guinea Guyana Guinean Guyanese Sweden Swede Swiss Switzerland "
    "Dominica Dominican Mauritania Mauritius Colombia Columbia Paraguay Uruguay Paraguayan "
    "Uruguayan Latvia Lithuania Latvian Lithuanian Armenia Albania Armenian Albanian Georgia "
    "Jordan Oman Yemen Korea Congo Chad Sudan Serbia Syria Serbian Syrian Libya Liberia Libyan "
    "Liberian India Indiana Indian Benin Bhutan Brunei Bahrain Belize Bolivia Botswana "
    "Burundi Cameroon Canada Chile China Croatia Cuba Cyprus Denmark Egypt Eritrea Estonia "
    "Ethiopia Finland France Gabon Germany Ghana Greece Haiti Honduras Hungary Iceland "
    "Indonesia Ireland Israel Italy Jamaica Japan Kenya Kosovo Kuwait Laos Lebanon Lesotho "
    "Malaysia Malta Mexico Moldova Monaco Mongolia Morocco Namibia Nepal Nicaragua Norway "
    "Pakistan Panama Peru Poland Portugal Qatar Romania Russia Rwanda Senegal Somalia Spain "
    "Taiwan Tanzania Thailand Togo Tunisia Turkey Uganda Ukraine Venezuela Vietnam "
    "Zimbabwe".split())
_SLAVIC_ENDS = ("ski", "sky", "skiy", "skyi", "skij", "skii")
_ACCENTS = re.compile(r"[\u0300-\u036f]")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
_STOP = frozenset(
    "The This That These Those There Their They Then When While Where Which What Who Whom Why "
    "How After Before Aboard According Although Because Since Until Unless Despite During "
    "Under Over About Above Below Between Among Against Without Within Across Along Around "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December President Minister Secretary "
    "Senator Governor Mayor Ambassador Chancellor Director Professor Doctor General Deputy "
    "Foreign Prime Minister Chief Executive Spokesperson Spokesman Spokeswoman Council "
    "Committee Ministry Department Office Government Party Union States Nations Kingdom "
    "Republic North South East West Northern Southern Eastern Western Central National "
    "International Global World News Image Photo Picture Source Credit Video Reuters "
    "Associated Press Agency Image".split()
)


# A preposition before a place name: "in Paris", "from Ashford".
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|near|at|outside|around|across|into|of)\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


# The last two letters of each word of _PLACE_BEFORE ("in", "to", "from" ...).
_PLACE_WORD_ENDS = frozenset(("in", "to", "om", "ar", "at", "de", "nd", "ss", "of"))


def _may_start_sentence(start: int, c1: str, c2: str) -> bool:
    """False where _SENTENCE_START cannot match before ``start`` (its two characters before,
    ``c1`` the nearer, are "" before the text): every way it matches ends in an opening
    quote or bracket, a line break, or whitespace after a full stop, a colon, a quote or more
    whitespace."""
    return start < 2 or c1 in "\"“‘(\n" or (c1.isspace() and (c2.isspace() or c2 in ".!?…:\"“‘("))


def _may_follow_place_word(text: str, start: int, c2: str) -> bool:
    """False where _PLACE_BEFORE cannot match before ``start`` (called only when whitespace
    comes just before it, as the pattern needs): after one space, one of its words must end
    just before, and so in one of their last two letters."""
    return start < 3 or c2.isspace() or text[start - 3:start - 1] in _PLACE_WORD_ENDS


_LOWER_LETTERS = re.compile(r"[a-zà-öø-ÿ]{5,}")


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` is in ``set(_LOWER_WORD.findall(text))``, without listing every
    lower-case word of the text (that took a third of name_counts): a match of _LOWER_WORD is
    a whole word (\\w on neither side) of five of its letters or more, so ``word`` is one
    where it is made of them and is found in the text as a whole word."""
    # (the length first: a short name need not be searched for in the whole text)
    if len(word) < 5 or word not in text or not _LOWER_LETTERS.fullmatch(word):
        return False
    end = len(word)
    at = text.find(word)
    while at >= 0:
        if ((at == 0 or not _is_word_char(text[at - 1]))
                and (at + end == len(text) or not _is_word_char(text[at + end]))):
            return True
        at = text.find(word, at + 1)
    return False


def _is_word_char(c: str) -> bool:
    """Whether the pattern's \\w matches ``c`` (a test checks every code point)."""
    return c.isalnum() or c == "_"


class NameCounts(NamedTuple):
    """What ``name_counts`` finds in a text."""

    counts: Counter  # name word -> times used
    first: dict  # name word -> offset of its first use
    initial_only: set  # seen only at the start of a sentence
    surname_like: set  # seen at least once closing a name of two or three words ("Steve Witkov")
    common: set  # also written in lower case in the text ("Change" / "change"): not a name
    given: dict  # surname -> the first names written just before it ("Witkoff": {"Steve"})
    family: dict  # first name -> the surnames written just after it ("Steve": {"Witkoff"})
    placed: frozenset = frozenset()  # seen after "in", "to", "from", ...: a place ("in Paris")


def name_counts(text: str) -> NameCounts:
    """The name words of ``text`` with what is known about each.

    Words seen only at the start of a sentence (``Critics said``, but also ``Witkopf is
    expected``) may be common words, so they can only be a variant of a name used mid-sentence,
    never the preferred form. Possessive ``'s`` is dropped; the parts of a hyphenated pair
    (``Witkoff-Ushakov``) count separately."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    initial_only: set[str] = set()
    mid: set[str] = set()
    surname_like: set[str] = set()
    given: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    placed: set[str] = set()
    prev_end = -2
    prev_word = ""
    for m in _WORD.finditer(text):
        word = m.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        parts = [p for p in _HYPHEN.split(word) if p] if "-" in word else [word]
        start = m.start()
        # The two characters before the word decide most of what the patterns before it would
        # find (see _may_start_sentence, _may_follow_place_word): they run only where they can.
        c1 = text[start - 1] if start else ""
        c2 = text[start - 2] if start > 1 else ""
        at_start = _may_start_sentence(start, c1, c2) and bool(
            _SENTENCE_START.search(text, max(0, start - 3), start))
        for part in parts:
            if part in _STOP or len(part) < 2:
                continue
            counts[part] += 1
            first.setdefault(part, start)
            (initial_only if at_start else mid).add(part)
        if c1.isspace() and (
                _may_follow_place_word(text, start, c2)
                and _PLACE_BEFORE.search(text, max(0, start - 8), start)
                # (_THE_BEFORE needs "the" and one space: an "e" two characters before)
                or c2 == "e" and _THE_BEFORE.search(text, max(0, start - 4), start)
                and _LOWER_AFTER.match(text, m.end())):
            placed.update(parts)  # ("in Paris", "The Paris summit")
        # closing a name: right after another capitalised word, not followed by one
        if (start == prev_end + 1 and text[prev_end] == " " and len(parts) == 1
                and prev_word not in _STOP and parts[0] not in _STOP
                and parts[0] not in _ORG_WORDS and not _NEXT_CAPITAL.match(text, m.end())):
            surname_like.add(parts[0])
            if prev_word not in _HONORIFICS:
                given.setdefault(parts[0], set()).add(prev_word)
                family.setdefault(prev_word, set()).add(parts[0])
        prev_end, prev_word = m.end(), word
    common = {w for w in counts if _written_in_lower_case(text, w.lower())}
    return NameCounts(counts, first, initial_only - mid, surname_like, common, given, family,
                      frozenset(placed))


def _suffix_related(a: str, b: str) -> bool:
    if a.lower().endswith(_SLAVIC_ENDS) and b.lower().endswith(_SLAVIC_ENDS):
        return False  # Ostrowski / Ostrowsky, Zhuravsky / Zhuravskyi: spellings of one name
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_.lower().startswith(short.lower()):
        # Russia / Russian, Kenya / Kenyas; but Zelensky / Zelenskyy, Zhuravsky / Zhuravskyi
        # and Zimmerman / Zimmermann are spelling variants
        extra = long_[len(short):].lower()
        if extra == short[-1].lower() or (extra == "i" and short[-1].lower() == "y"):
            return False
        return extra in _SUFFIXES
    # Ukraine / Ukrainian, Kenya / Kenyan: drop a final vowel and compare again
    stem = short[:-1] if short[-1:] in "aeiouy" else short
    return len(stem) >= 4 and long_.lower().startswith(stem.lower()) and (
        long_[len(stem):].lower() in _SUFFIXES
    )


def _initial(word: str) -> str:
    """The first letter a word is filed under: without accents, and "Ye" as "E" (Yevgeny)."""
    return _initial_of_folded(_fold(word))


def _initial_of_folded(folded: str) -> str:
    """``_initial`` of a word already folded by ``_fold``."""
    return "e" if folded.startswith("ye") else folded[:1]


def _fold(word: str) -> str:
    """A word without its accents: "José" -> "jose", "Müller" -> "muller"."""
    return _ACCENTS.sub("", unicodedata.normalize("NFKD", word)).lower()


def similar(a: str, b: str) -> bool:
    """Whether two name words are probably spellings of the same name (see module doc)."""
    if a.lower() == b.lower() or (a in _COUNTRIES and b in _COUNTRIES):
        return False
    if _fold(a) == _fold(b):
        return True  # only accents differ: José / Jose, Müller / Muller
    if len(a) < MIN_LENGTH or len(b) < MIN_LENGTH:
        return False
    # a transliterated initial "Ye" is an "E": Yevgeny / Evgeny, Yelena / Elena
    if a[:2].lower() == "ye" and b[:1].lower() == "e":
        a = a[1:]
    elif b[:2].lower() == "ye" and a[:1].lower() == "e":
        b = b[1:]
    if a[0].lower() != b[0].lower():
        return False
    if abs(len(a) - len(b)) > MAX_EDITS or _suffix_related(a, b):
        return False
    if Levenshtein.distance(a.lower(), b.lower(), score_cutoff=MAX_EDITS) > MAX_EDITS:
        return False
    if _skeleton(a) == _skeleton(b) and len(_skeleton(a)) >= 4:
        return True  # only vowels and doubled letters differ: Mohammed / Muhammad
    if fuzz.ratio(a, b) < MIN_RATIO:
        return False
    return JaroWinkler.normalized_similarity(a.lower(), b.lower()) >= MIN_JARO_WINKLER


def _skeleton(word: str) -> str:
    """A word's consonants with doubled letters written once: "Rasheedi" -> "rshd"."""
    low = _DOUBLED.sub(r"\1", word.lower())
    return low[0] + _VOWELS.sub("", low[1:])


def _two_people(a: str, b: str, found: NameCounts | None) -> bool:
    """Whether the text shows two name words to be two people's: each written with its own
    first names ("Pieter Jansen", "Marloes Janssen") or its own surnames ("Dmitri Kovalenko",
    "Dmytro Kuleba"), never the same one."""
    if found is None:
        return False
    for known in (found.given, found.family):
        if known.get(a) and known.get(b) and not (known[a] & known[b]):
            return True
    # "Craig Dunnachie" and "Lorna Craigie": one word a first name, the other a surname
    for given_name, surname in ((a, b), (b, a)):
        if (found.family.get(given_name) and found.given.get(surname)
                and not found.given.get(given_name)):
            return True
    # "Sam Parris" and Paris, used twice without a first name: a person and a place
    for person, other in ((a, b), (b, a)):
        if (found.given.get(person) and not found.given.get(other)
                and other not in found.surname_like and found.counts.get(other, 0) >= 2
                and other in found.placed):  # ("offer Belkassem a contract": a person still)
            return True
    return False


def _cluster(counts: dict[str, int], order: dict[str, int],
             variant_only: set[str] = frozenset(),
             found: NameCounts | None = None) -> list[NameVariant]:
    """Greedy grouping: the most frequent spelling claims the similar ones not yet taken."""
    # (short words too, for accents only: José / Jose)
    words = sorted((w for w in counts if len(w) >= 3),
                   key=lambda w: (-counts[w], order.get(w, 0), w))
    rank = {w: i for i, w in enumerate(words)}
    # Only words with the same first letter and a length within MAX_EDITS can be variants, so
    # candidates come from those blocks, and the edit distance is computed in C by rapidfuzz:
    # large inputs (every name in a database) stay cheap.
    folded = {w: _fold(w) for w in words}
    initial = {w: _initial_of_folded(f) for w, f in folded.items()}
    blocks: dict[tuple[str, int], list[str]] = {}
    for w in words:
        blocks.setdefault((initial[w], len(w)), []).append(w)
    # The words within MAX_EDITS of a length, and their folded forms, built once for each first
    # letter and length (every name of that letter and length shares them): a database's whole
    # vocabulary costs one pass in C per name, not a Python list per name.
    pools: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
    taken: set[str] = set()
    out: list[NameVariant] = []
    for name in words:
        if name in taken or name in variant_only:
            continue
        taken.add(name)
        key = (initial[name], len(name))
        if key not in pools:
            pool_words = [w for length in range(len(name) - MAX_EDITS, len(name) + MAX_EDITS + 1)
                          for w in blocks.get((key[0], length), ())]
            pools[key] = (pool_words, [folded[w] for w in pool_words])
        pool, pool_folded = pools[key]
        if len(pool) <= 1:
            continue
        close = process.extract(folded[name], pool_folded, scorer=Levenshtein.distance,
                                score_cutoff=MAX_EDITS, limit=None)
        for _, _, index in sorted(close, key=lambda c: rank[pool[c[2]]]):
            other = pool[index]
            if other in taken or (rank[other] < rank[name] and other not in variant_only):
                continue
            if _two_people(name, other, found):
                continue
            if similar(name, other):
                out.append(NameVariant(name=name, variant=other, count=counts[other]))
                taken.add(other)
    out.sort(key=lambda v: (order.get(v.name, 0), order.get(v.variant, 0)))
    return out


def find_name_variants(text: str, found: NameCounts | None = None) -> list[NameVariant]:
    """Spellings in ``text`` that probably name the same person but differ; ``name`` is the
    preferred (most frequent, then earliest) form, ``count`` how often the variant is used.
    ``found`` is ``name_counts(text)`` when the caller has it already."""
    if found is None:
        found = name_counts(text)
    counts = {w: n for w, n in found.counts.items() if w not in found.common}
    return _cluster(counts, found.first, found.initial_only, found)


def find_cross_variants(counts: dict[str, int],
                        variant_only: set[str] = frozenset()) -> list[NameVariant]:
    """The same across many articles: ``counts`` maps each name word to its total count in
    the database; ``variant_only`` holds the words never seen except at a sentence start.
    Returns one NameVariant per variant spelling, ``count`` its total count."""
    order = {w: i for i, w in enumerate(sorted(counts, key=lambda w: (-counts[w], w)))}
    return _cluster(dict(counts), order, set(variant_only))
