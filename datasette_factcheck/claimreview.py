"""schema.org ClaimReview for claims with a final verdict: pure functions, no I/O.

``claim_review()`` builds one ClaimReview object from plain dicts (a claim row, its article, its
status row); ``json_ld_script()`` serialises it for a ``<script type="application/ld+json">``
element; ``CLAIMREVIEW_JSON_SCHEMA`` states what Google's fact-check markup requires and
recommends, and is what the tests validate the pages and the feed against.

See https://developers.google.com/search/docs/appearance/structured-data/factcheck
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from markupsafe import Markup

SCHEMA_ORG = "https://schema.org"
BEST_RATING = 5
WORST_RATING = 1

# Words that mark a speaker as an organisation rather than a person ("City Council",
# "Ministry of Health", "Acme Ltd"). Anything else with a name is taken to be a Person.
_ORGANISATION_WORDS = re.compile(
    r"\b(?:council|ministry|department|agency|association|union|inc|ltd|llc|plc|corp|"
    r"corporation|company|party|committee|office|bank|board|trust|authority|commission|"
    r"institute|university|college|school|hospital|service|services|government|federation|"
    r"foundation|group|organisation|organization|society|court|police|army|navy|parliament|"
    r"senate|congress|assembly|club|fund|network|centre|center|nhs|un|who|eu)\b",
    re.IGNORECASE,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def http_url(value) -> str | None:
    """``value`` if it is an absolute http(s) URL with a host, else None.

    Imported urls are untrusted: ``javascript:``, ``data:`` and relative values never become
    links or ClaimReview urls.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or any(ch in value for ch in "\x00\r\n\t "):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def iso_date(value) -> str | None:
    """An ISO 8601 date or datetime string as stored, or None if it does not look like one."""
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return value.strip()
    return None


def looks_like_organisation(name: str) -> bool:
    return bool(_ORGANISATION_WORDS.search(name))


def entity(name, *, role=None, kind=None) -> dict | None:
    """A schema.org Person or Organization for a name; ``kind`` forces the type."""
    if not isinstance(name, str) or not name.strip():
        return None
    name = " ".join(name.split())
    kind = kind or ("Organization" if looks_like_organisation(name) else "Person")
    result = {"@type": kind, "name": name}
    if kind == "Person" and isinstance(role, str) and role.strip():
        result["jobTitle"] = " ".join(role.split())
    return result


def claim_author(claim: dict, article: dict) -> dict | None:
    """Who made the claim: its speaker; for a claim in the article's own voice, the article's
    author, else its outlet."""
    speaker = entity(claim.get("speaker"), role=claim.get("speaker_role"))
    if speaker:
        return speaker
    return entity(article.get("author"), kind="Person") or entity(
        article.get("outlet"), kind="Organization"
    )


def publisher_entity(publisher: dict | None, fallback_name: str | None = None) -> dict | None:
    """The organisation publishing the reviews, from the plugin's ``publisher`` setting."""
    publisher = publisher or {}
    name = publisher.get("name") or fallback_name
    org = entity(name, kind="Organization")
    if org is None:
        return None
    url = http_url(publisher.get("url"))
    if url:
        org["url"] = url
    return org


def review_rating(status: dict) -> dict:
    """The Rating for a status: always ``alternateName`` (the label); a numeric rating on the
    1 (worst) to 5 (best) scale when the status has one."""
    rating = {"@type": "Rating", "alternateName": status.get("label") or status.get("id")}
    value = status.get("rating")
    if isinstance(value, int) and not isinstance(value, bool) and WORST_RATING <= value <= BEST_RATING:
        rating["ratingValue"] = value
        rating["bestRating"] = BEST_RATING
        rating["worstRating"] = WORST_RATING
    return rating


def claim_review(
    claim: dict,
    article: dict,
    status: dict | None,
    *,
    url: str,
    publisher: dict | None,
    date_published: str | None,
) -> dict | None:
    """The ClaimReview for ``claim``, or None when its status is not a final verdict.

    ``url`` is the absolute URL of the claim's page; ``publisher`` is the output of
    ``publisher_entity()``; ``date_published`` is when the verdict was given.
    """
    if not status or not status.get("is_final"):
        return None
    item = {"@type": "Claim"}
    author = claim_author(claim, article)
    if author:
        item["author"] = author
    appeared = iso_date(article.get("published"))
    if appeared:
        item["datePublished"] = appeared
    article_url = http_url(article.get("url"))
    if article_url:
        appearance = {"@type": "CreativeWork", "url": article_url}
        if article.get("title"):
            appearance["headline"] = article["title"]
        if article.get("outlet"):
            appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
        item["appearance"] = [appearance]
    review = {
        "@context": SCHEMA_ORG,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim.get("text") or "",
    }
    if publisher:
        review["author"] = publisher
    published = iso_date(date_published)
    if published:
        review["datePublished"] = published
    review["reviewRating"] = review_rating(status)
    review["itemReviewed"] = item
    return review


_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")


def json_for_script(obj) -> str:
    """JSON that is safe inside a ``<script>`` element: ``</script>``, ``<!--`` and ``&`` cannot
    appear literally (they are written as \\u escapes, which JSON parsers read back unchanged)."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


def json_ld_script(obj) -> Markup:
    """The whole ``<script type="application/ld+json">`` element for ``obj``."""
    return Markup('<script type="application/ld+json">\n{}\n</script>').format(
        Markup(json_for_script(obj))
    )


_ABSOLUTE_HTTP = {"type": "string", "pattern": "^https?://[^\\s/]+"}
_ISO_8601 = {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"}
_NAMED = {
    "type": "object",
    "required": ["@type", "name"],
    "properties": {
        "@type": {"enum": ["Person", "Organization"]},
        "name": {"type": "string", "minLength": 1},
        "url": _ABSOLUTE_HTTP,
        "jobTitle": {"type": "string"},
    },
}

# What Google's fact-check markup requires (claimReviewed, reviewRating with alternateName, url,
# author) and recommends (datePublished, numeric ratings with their scale, itemReviewed as a Claim
# with author, datePublished and appearance), written as a JSON Schema.
CLAIMREVIEW_JSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "ClaimReview as published by datasette-factcheck",
    "type": "object",
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "author",
        "datePublished",
        "reviewRating",
        "itemReviewed",
    ],
    "properties": {
        "@context": {"const": SCHEMA_ORG},
        "@type": {"const": "ClaimReview"},
        "url": _ABSOLUTE_HTTP,
        "claimReviewed": {"type": "string", "minLength": 1},
        "author": {**_NAMED, "properties": {**_NAMED["properties"], "@type": {"const": "Organization"}}},
        "datePublished": _ISO_8601,
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"type": "string", "minLength": 1},
                "ratingValue": {"type": "integer", "minimum": WORST_RATING, "maximum": BEST_RATING},
                "bestRating": {"const": BEST_RATING},
                "worstRating": {"const": WORST_RATING},
            },
            "dependentRequired": {
                "ratingValue": ["bestRating", "worstRating"],
                "bestRating": ["ratingValue"],
                "worstRating": ["ratingValue"],
            },
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type"],
            "properties": {
                "@type": {"const": "Claim"},
                "author": _NAMED,
                "datePublished": _ISO_8601,
                "appearance": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["@type", "url"],
                        "properties": {
                            "@type": {"const": "CreativeWork"},
                            "url": _ABSOLUTE_HTTP,
                            "headline": {"type": "string"},
                        },
                    },
                },
            },
        },
    },
}
