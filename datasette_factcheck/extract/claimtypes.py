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

_NUMBER = re.compile(
    r"\d|[$€£¥%]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
    r"percent|per cent|half|third|quarter|dozens?|twice|double|triple|tripled|doubled|halved)\b",
    re.I,
)
_SUPERLATIVES = (
    r"most|least|best|worst|biggest|largest|smallest|highest|lowest|greatest|fastest|slowest|"
    r"longest|shortest|deadliest|bloodiest|oldest|youngest|richest|poorest|strongest|weakest|"
    r"hottest|coldest|warmest|wettest|driest|busiest|cheapest|latest|earliest|heaviest|"
    r"safest|closest|newest|tallest|deepest|widest|top"
)
_COMPARISON = re.compile(
    rf"\b(?:{_SUPERLATIVES})\b(?!\s+of\s+all\b)"
    r"|\b(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|better|worse|faster|"
    r"slower|cheaper|older|younger|stronger|weaker|longer|shorter|"
    r"(?!(?:rather|other|whether|either|neither|ever|never|however|over|under|after|order|"
    r"number|member|sooner)\b)\w{3,}er)\s+(?:\w+\s+){0,3}?than\b"
    r"|\b(?:compared (?:with|to)|in comparison|relative to|outnumber\w*|outpac\w*|surpass\w*|"
    r"exceed\w*|overtak\w*|ranked|ranks|ranking|record high|record low|all-time|"
    r"twice as|half as|as many as|as much as|more than (?:double|triple|twice)|"
    r"(?:first|second|third) (?:largest|biggest|highest|most))\b"
    r"|\b\w+est\s+since\b",
    re.I,
)
_PREDICTION = re.compile(
    r"\b(?:will|won['’]t|shall|is expected to|are expected to|was expected to|were expected to|"
    r"expects? to|is set to|are set to|is due to|are due to|going to|forecasts?|forecasted|"
    r"predicts?|predicted|projected|projects? that|plans? to|planned to|intends? to|aims? to|"
    r"next (?:week|month|year|season)|by (?:19|20)\d\d|would)\b|\w['’]ll\b",
    re.I,
)
_CAUSAL = re.compile(
    r"\b(?:because|due to|caused?|causes|causing|led to|leads? to|leading to|result(?:ed|s)? in|"
    r"as a result|a result of|blamed (?:it |them |this )?on|blames?|thanks to|owing to|driven by|"
    r"responsible for|contributed to|triggered|so that|therefore|consequently|which means)\b",
    re.I,
)


def classify(text: str, quote: str | None, speaker: str | None) -> str:
    if quote and (speaker or len(quote.split()) >= 3):
        return QUOTE
    if _COMPARISON.search(text):
        return COMPARISON
    if _NUMBER.search(text):
        return QUANTITY
    if _CAUSAL.search(text):
        return CAUSAL
    if _PREDICTION.search(text):
        return PREDICTION
    if speaker:
        return ATTRIBUTION
    return FACTUAL
