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

import importlib

# Bump when the extractor's output changes, so that re-imports re-extract unchanged articles.
EXTRACTOR_VERSION = "35"

# The public names, loaded from their modules on first use: a command that finds every article
# unchanged (or only asks for --help) never pays for compiling the extractor's patterns.
_EXPORTS = {
    "Claim": "model",
    "NameVariant": "model",
    "extract_claims": "pipeline",
    "find_name_variants": "names",
    "find_cross_variants": "names",
    "score_sentence": "scoring",
    "DEFAULT_THRESHOLD": "scoring",
}

__all__ = [*_EXPORTS, "EXTRACTOR_VERSION"]


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)
