"""The claim type a reader can facet on."""

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
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|"
    r"percent|half|third|quarter|dozen)\b",
    re.I,
)
_COMPARISON = re.compile(r"\b(?:more|less|fewer|than|most|least|\w+est|largest|bloodiest)\b", re.I)
_PREDICTION = re.compile(r"\b(?:will|would|expected to|going to|forecast|predict\w*|plans? to)\b", re.I)
_CAUSAL = re.compile(r"\b(?:because|due to|caused?|led to|leads to|result(?:ed)? in|as a result)\b", re.I)


def classify(text: str, quote: str | None, speaker: str | None) -> str:
    if quote:
        return QUOTE
    if _NUMBER.search(text):
        return QUANTITY
    if _COMPARISON.search(text):
        return COMPARISON
    if _CAUSAL.search(text):
        return CAUSAL
    if _PREDICTION.search(text):
        return PREDICTION
    if speaker:
        return ATTRIBUTION
    return FACTUAL
