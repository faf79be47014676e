"""The value objects the extractor returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Claim:
    """One candidate claim: ``body[start:end] == text``."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_role: str | None = None
    quote: str | None = None
    claim_type: str = "factual"
    checkworthiness: float = 0.0


@dataclass(frozen=True, slots=True)
class NameVariant:
    """``variant`` is probably a misspelling of ``name`` (the preferred form), seen ``count`` times."""

    name: str
    variant: str
    count: int
