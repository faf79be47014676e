"""The claim type a reader can facet on.

One type per claim, the first that applies in this order:

1. ``quote``: the sentence carries a direct quotation (three words or more, or any quotation
   with a named speaker); a one- or two-word scare quote in the article's own voice does not count;
2. ``comparison``: comparatives, superlatives and rankings ("more than double", "the bloodiest
   since", "ranked third", "compared with");
3. ``quantity``: numbers, amounts, percentages, dates given as facts;
4. ``causal``: one thing said to cause another ("because", "due to", "led to", "blamed on");
5. ``prediction``: future events ("will", "is expected to", "plans to", "forecast");
6. ``attribution``: reported speech without a direct quote;
7. ``factual``: any other checkable statement.
"""

from __future__ import annotations

import re

QUANTITY = "quantity"
QUOTE = "quote"
ATTRIBUTION = "attribution"
COMPARISON = "comparison"
PREDICTION = "prediction"
CAUSAL = "causal"
FACTUAL = "factual"
CLAIM_TYPES = (QUANTITY, QUOTE, ATTRIBUTION, COMPARISON, PREDICTION, CAUSAL, FACTUAL)

# Cheap checks first: the words of a sentence as a set, then a regular expression only when one
# of its key words is there (the extractor must run at thousands of sentences per second).
_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_DIGIT = re.compile(r"[\d$€£¥%]")
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "percent half third quarter dozen dozens twice double triple tripled doubled halved".split()
)
_SUPERLATIVES = frozenset(
    "most least best worst biggest largest smallest highest lowest greatest fastest slowest "
    "longest shortest deadliest bloodiest oldest youngest richest poorest strongest weakest "
    "hottest coldest warmest wettest driest busiest cheapest earliest heaviest safest closest "
    "newest tallest deepest widest outnumber outnumbered outnumbers outpaced outpaces "
    "surpassed surpasses exceeded exceeds exceeding overtook overtaken ranked ranks ranking "
    "outperformed".split()
)
_COMPARATIVES = frozenset(
    "more less fewer greater higher lower larger smaller bigger better worse faster slower "
    "cheaper older younger stronger weaker longer shorter".split()
)
_NOT_COMPARATIVE = frozenset(
    "rather other whether either neither ever never however over under after order number "
    "member sooner".split()
)
_THAN = re.compile(r"\b(\w{3,})\s+(?:\w+\s+){0,3}?than\b", re.I)
_EST_SINCE = re.compile(r"\b\w+est\s+since\b", re.I)
_COMPARISON_KEYS = frozenset("compared comparison relative record time twice half many much "
                             "first second third".split())
_COMPARISON_PHRASES = re.compile(
    r"\b(?:compared (?:with|to)|in comparison|relative to|record high|record low|all-time|"
    r"twice as|half as|as many as|as much as|(?:first|second|third) (?:largest|biggest|highest|"
    r"most))\b",
    re.I,
)
_CAUSAL_WORDS = frozenset(
    "because cause caused causes causing therefore consequently triggered blamed blames".split()
)
_CAUSAL_KEYS = frozenset(
    "due led leads leading result resulted results thanks owing driven responsible "
    "contributed so which".split()
)
_CAUSAL_PHRASES = re.compile(
    r"\b(?:due to|led to|leads? to|leading to|result(?:ed|s)? in|as a result|a result of|"
    r"thanks to|owing to|driven by|responsible for|contributed to|so that|which means)\b",
    re.I,
)
_PREDICTION_WORDS = frozenset(
    "will won't won’t shall forecast forecasts forecasted predict predicts predicted projected "
    "would".split()
)
_PREDICTION_KEYS = frozenset("expected expect expects set due going plan plans planned intend "
                             "intends aim aims project projects next by".split())
_PREDICTION_PHRASES = re.compile(
    r"\b(?:(?:is|are|was|were) expected to|expects? to|(?:is|are) set to|(?:is|are) due to|"
    r"going to|projects? that|plans? to|planned to|intends? to|aims? to|"
    r"next (?:week|month|year|season)|by (?:19|20)\d\d)\b|\w['’]ll\b",
    re.I,
)


def _is_comparison(text: str, words: set[str]) -> bool:
    if words & _SUPERLATIVES:
        return True
    if "than" in words:
        for m in _THAN.finditer(text):
            word = m.group(1).lower()
            if word in _COMPARATIVES or (word.endswith("er") and word not in _NOT_COMPARATIVE):
                return True
    if "since" in words and _EST_SINCE.search(text):
        return True
    return bool(words & _COMPARISON_KEYS) and bool(_COMPARISON_PHRASES.search(text))


def classify(text: str, quote: str | None, speaker: str | None) -> str:
    if quote and (speaker or len(quote.split()) >= 3):
        return QUOTE
    lower = text.lower()
    words = set(_TOKEN.findall(lower))
    if _is_comparison(text, words):
        return COMPARISON
    if _DIGIT.search(text) or words & _NUMBER_WORDS or "per cent" in lower:
        return QUANTITY
    if words & _CAUSAL_WORDS or (words & _CAUSAL_KEYS and _CAUSAL_PHRASES.search(text)):
        return CAUSAL
    if words & _PREDICTION_WORDS or "’ll" in text or "'ll" in text or (
            words & _PREDICTION_KEYS and _PREDICTION_PHRASES.search(text)):
        return PREDICTION
    if speaker:
        return ATTRIBUTION
    return FACTUAL
