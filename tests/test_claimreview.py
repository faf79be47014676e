"""ClaimReview: the pure builder, its JSON Schema (Google's fact-check requirements), the
<script> escaping, and the paginated feed at /-/factcheck/<db>/claimreview.json."""

from __future__ import annotations

import copy
import json
import re
import sqlite3

import jsonschema
import pytest

from datasette_factcheck.claimreview import (
    CLAIMREVIEW_JSON_SCHEMA,
    claim_review,
    entity,
    http_url,
    json_for_script,
    json_ld_script,
    publisher_entity,
)
from datasette_factcheck.statuses import DEFAULT_STATUSES

from conftest import load_metadata

VALIDATOR = jsonschema.Draft202012Validator(CLAIMREVIEW_JSON_SCHEMA)
STATUS = {s["id"]: s for s in DEFAULT_STATUSES}
CLAIM = {
    "id": "c1",
    "text": "Repairs will cost $48.6 million, more than double the estimate.",
    "speaker": "Dana Whitfield",
    "speaker_role": "finance director",
}
ARTICLE = {
    "title": "Harbour bridge repairs to cost twice the estimate",
    "url": "https://example.org/news/bridge",
    "outlet": "The Northport Ledger",
    "author": "Maya Okafor",
    "published": "2026-03-14",
}
PUBLISHER = publisher_entity({"name": "Example Desk", "url": "https://desk.example.org/"})
URL = "https://factcheck.example.org/-/factcheck/demo/claims/c1"


def build(status="false", claim=CLAIM, article=ARTICLE, **kwargs):
    options = {"url": URL, "publisher": PUBLISHER, "date_published": "2026-03-15T10:30:00Z"}
    options.update(kwargs)
    return claim_review(claim, article, STATUS.get(status, status), **options)


def errors(document) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(document)]


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(CLAIMREVIEW_JSON_SCHEMA)


def test_a_rated_verdict_has_every_required_and_recommended_field():
    review = build("false")
    assert errors(review) == []
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == CLAIM["text"]
    assert review["url"] == URL
    assert review["author"] == {"@type": "Organization", "name": "Example Desk", "url": "https://desk.example.org/"}
    assert review["datePublished"] == "2026-03-15T10:30:00Z"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "Dana Whitfield", "jobTitle": "finance director"}
    assert item["datePublished"] == "2026-03-14"
    assert item["appearance"][0]["url"] == ARTICLE["url"]
    assert item["appearance"][0]["@type"] == "CreativeWork"


@pytest.mark.parametrize("status", ["true", "mostly_true", "mixed", "misleading", "false"])
def test_rated_statuses_map_onto_one_to_five(status):
    review = build(status)
    assert errors(review) == []
    assert review["reviewRating"]["ratingValue"] == STATUS[status]["rating"]
    assert review["reviewRating"]["alternateName"] == STATUS[status]["label"]


@pytest.mark.parametrize("status", ["unproven", "not_checkable"])
def test_statuses_without_a_rating_still_get_alternate_name(status):
    review = build(status)
    assert errors(review) == []
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": STATUS[status]["label"]}


@pytest.mark.parametrize("status", ["unchecked", "in_progress"])
def test_open_statuses_have_no_claimreview(status):
    assert build(status) is None
    assert claim_review(CLAIM, ARTICLE, None, url=URL, publisher=PUBLISHER, date_published=None) is None


def test_organisations_and_the_articles_own_voice():
    council = build(claim={**CLAIM, "speaker": "Northport City Council", "speaker_role": "x"})
    assert council["itemReviewed"]["author"] == {"@type": "Organization", "name": "Northport City Council"}
    own_voice = build(claim={**CLAIM, "speaker": None})
    assert own_voice["itemReviewed"]["author"] == {"@type": "Person", "name": "Maya Okafor"}
    no_byline = build(claim={**CLAIM, "speaker": None}, article={**ARTICLE, "author": None})
    assert no_byline["itemReviewed"]["author"] == {"@type": "Organization", "name": "The Northport Ledger"}
    for review in (council, own_voice, no_byline):
        assert errors(review) == []


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "ftp://x/y", "http://", None, 12]
)
def test_only_http_urls_become_appearances(url):
    review = build(article={**ARTICLE, "url": url})
    assert "appearance" not in review["itemReviewed"]
    assert errors(review) == []
    assert http_url(url) is None


def test_http_url_accepts_http_and_https():
    assert http_url("https://example.org/a?b=c") == "https://example.org/a?b=c"
    assert http_url("  http://example.org  ") == "http://example.org"
    assert http_url("https://exa mple.org") is None


def test_the_schema_rejects_what_google_would_reject():
    good = build("false")
    for broken, path in [
        ("claimReviewed", None),
        ("url", "javascript:alert(1)"),
        ("url", "/relative/path"),
        ("datePublished", "yesterday"),
    ]:
        document = copy.deepcopy(good)
        if path is None:
            del document[broken]
        else:
            document[broken] = path
        assert errors(document), broken
    no_label = copy.deepcopy(good)
    del no_label["reviewRating"]["alternateName"]
    assert errors(no_label)
    unscaled = copy.deepcopy(good)
    del unscaled["reviewRating"]["bestRating"]
    assert errors(unscaled)
    wrong_item = copy.deepcopy(good)
    wrong_item["itemReviewed"]["@type"] = "Article"
    assert errors(wrong_item)


def test_entity_needs_a_name():
    assert entity("") is None and entity(None) is None and entity("   ") is None
    assert entity("  Ana   Duarte ") == {"@type": "Person", "name": "Ana Duarte"}
    assert publisher_entity({}, None) is None
    assert publisher_entity({}, "Desk") == {"@type": "Organization", "name": "Desk"}
    assert publisher_entity({"name": "Desk", "url": "javascript:x"}) == {"@type": "Organization", "name": "Desk"}


HOSTILE = 'Ends </script><script>alert(1)</script> and <!-- a comment & "quotes" \u2028'


def test_json_for_script_cannot_close_the_script_element():
    review = build(claim={**CLAIM, "text": HOSTILE, "speaker": "</SCRIPT>"})
    text = json_for_script(review)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == review
    element = str(json_ld_script(review))
    assert element.startswith('<script type="application/ld+json">')
    assert element.count("</script>") == 1 and element.endswith("</script>")


# -- the feed and the claim page ------------------------------------------------------------------


def set_statuses(path, statuses: dict):
    conn = sqlite3.connect(path)
    with conn:
        for claim_id, status in statuses.items():
            conn.execute("UPDATE claims SET status = ?, updated_at = '2026-03-20T08:00:00Z' WHERE id = ?", [status, claim_id])
    conn.close()


@pytest.fixture
def verdicts(samples_db):
    conn = sqlite3.connect(samples_db)
    ids = [r[0] for r in conn.execute("SELECT id FROM claims ORDER BY id")]
    conn.close()
    assert len(ids) >= 8
    picks = ["true", "false", "false", "unproven", "mixed", "not_checkable", "mostly_true"]
    step = len(ids) // len(picks)
    chosen = {ids[1 + i * step]: status for i, status in enumerate(picks)}
    chosen[ids[0]] = "in_progress"
    set_statuses(samples_db, chosen)
    return {k: v for k, v in chosen.items() if STATUS[v]["is_final"]}


@pytest.mark.asyncio
async def test_feed_pages_through_every_final_verdict_once(samples_db, verdicts, make_datasette):
    ds = await make_datasette(samples_db)
    seen, url, pages = [], "/-/factcheck/factcheck/claimreview.json?_size=2", 0
    while url:
        response = await ds.client.get(url)
        assert response.status_code == 200
        data = response.json()
        assert data["count"] == len(data["claim_reviews"]) <= 2
        for review in data["claim_reviews"]:
            assert errors(review) == [], review
            seen.append(review["url"].rsplit("/", 1)[-1])
        url = data["next_url"]
        if url:
            assert url.startswith("http://localhost/-/factcheck/factcheck/claimreview.json?_next=")
            url = url[len("http://localhost"):]
        pages += 1
        assert pages < 10
    assert sorted(seen) == sorted(verdicts) and len(seen) == len(set(seen))
    assert pages == 4


@pytest.mark.asyncio
async def test_feed_uses_the_configured_base_url_and_publisher(samples_db, verdicts, make_datasette):
    metadata = load_metadata()
    metadata["plugins"]["datasette-factcheck"]["base_url"] = "https://checks.example.net/"
    ds = await make_datasette(samples_db, metadata=metadata)
    data = (await ds.client.get("/-/factcheck/factcheck/claimreview.json?_size=3")).json()
    for review in data["claim_reviews"]:
        assert review["url"].startswith("https://checks.example.net/-/factcheck/factcheck/claims/")
        assert review["author"]["name"] == "Fact-check desk (demo)"
        assert review["datePublished"] == "2026-03-20T08:00:00Z"
    assert data["next_url"].startswith("https://checks.example.net/-/factcheck/factcheck/claimreview.json?_next=")
    unrated = [r for r in (await ds.client.get("/-/factcheck/factcheck/claimreview.json")).json()["claim_reviews"]
               if "ratingValue" not in r["reviewRating"]]
    assert sorted(r["reviewRating"]["alternateName"] for r in unrated) == ["Not checkable", "Unproven"]


@pytest.mark.asyncio
async def test_feed_without_publisher_falls_back_to_the_instance_title(samples_db, verdicts, make_datasette):
    metadata = load_metadata()
    del metadata["plugins"]["datasette-factcheck"]["publisher"]
    ds = await make_datasette(samples_db, metadata=metadata)
    data = (await ds.client.get("/-/factcheck/factcheck/claimreview.json")).json()
    assert {r["author"]["name"] for r in data["claim_reviews"]} == {"Fact-check desk"}
    assert all(errors(r) == [] for r in data["claim_reviews"])


@pytest.mark.asyncio
async def test_feed_rejects_bad_cursors_and_sizes(samples_db, verdicts, make_datasette):
    ds = await make_datasette(samples_db)
    for query in ["_next=zzz", "_next=WyJ1bmNoZWNrZWQiLCJ4Il0", "_size=0", "_size=many"]:
        response = await ds.client.get(f"/-/factcheck/factcheck/claimreview.json?{query}")
        assert response.status_code == 400, query


@pytest.mark.asyncio
async def test_claim_page_json_ld_validates_and_matches_the_feed(samples_db, verdicts, make_datasette):
    ds = await make_datasette(samples_db)
    feed = {
        r["url"]: r
        for r in (await ds.client.get("/-/factcheck/factcheck/claimreview.json")).json()["claim_reviews"]
    }
    for claim_id in verdicts:
        page = (await ds.client.get(f"/-/factcheck/factcheck/claims/{claim_id}")).text
        (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        review = json.loads(script)
        assert errors(review) == []
        assert feed[review["url"]] == review
