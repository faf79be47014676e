"""Claim extraction: text in, claims out. No database, no Datasette, no I/O.

    >>> from datasette_factcheck.extract import extract_claims
    >>> claims = extract_claims('The city spent $4.2 million on roads, Mayor Ann Lee said.')
    >>> claims[0].speaker, claims[0].claim_type
    ('Ann Lee', 'quantity')

``extract_claims`` returns every sentence of the body that could be a claim (headings, datelines
and credits are left out), each with character offsets into the body, its speaker, quoted words,
claim type and a check-worthiness score in 0..1. Callers decide which scores to keep;
``DEFAULT_THRESHOLD`` is the model's decision threshold. ``find_name_variants`` finds the
spellings of one name within a text, ``find_cross_variants`` does the same over name counts
summed across many articles (``name_index`` uses it for the whole database).
"""

from __future__ import annotations

from .model import Claim, NameVariant
from .pipeline import EXTRACTOR_VERSION, extract_claims
from .names import find_cross_variants, find_name_variants
from .scoring import DEFAULT_THRESHOLD, score_sentence

__all__ = [
    "Claim",
    "NameVariant",
    "extract_claims",
    "find_name_variants",
    "find_cross_variants",
    "score_sentence",
    "DEFAULT_THRESHOLD",
    "EXTRACTOR_VERSION",
]
