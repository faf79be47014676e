"""The extraction pipeline: sentences -> quotes, speakers, types, scores."""

from __future__ import annotations

from . import claimtypes, quotes, sentences, speakers
from .model import Claim
from .scoring import score_sentence

# Bump when the extractor's output changes, so that re-imports re-extract unchanged articles.
EXTRACTOR_VERSION = "1"


def extract_claims(body: str) -> list[Claim]:
    """Every candidate claim in ``body``, in order, with offsets into ``body``."""
    claims = []
    last_person = None
    for span in sentences.split(body):
        if span.kind != sentences.SENTENCE:
            continue
        text = body[span.start:span.end]
        quote = quotes.quoted_words(text)
        speaker, role, is_pronoun = speakers.find_speaker(text)
        if is_pronoun:
            speaker, role = last_person, None
        elif speaker:
            last_person = speaker
        claims.append(
            Claim(
                text=text,
                start=span.start,
                end=span.end,
                speaker=speaker,
                speaker_role=role,
                quote=quote,
                claim_type=claimtypes.classify(text, quote, speaker),
                checkworthiness=score_sentence(text),
            )
        )
    return claims
