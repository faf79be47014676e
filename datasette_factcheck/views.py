"""The pages: dashboard, article, claim and the ClaimReview feed. One async function per page.

Every view checks the actor may see the database (and the tables it reads) before it reads
anything, resolves ids to 404 when they are unknown or malformed, and renders the same context
as HTML or, for ``.json`` / ``?_format=json``, as JSON. The SQL is in ``queries``.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sqlite3
import urllib.parse

from datasette import Forbidden, NotFound, Response
from datasette.utils import escape_fts, tilde_decode, tilde_encode
from datasette.utils.asgi import BadRequest
from markupsafe import Markup, escape

from . import queries, schema
from .claimreview import (
    claim_review,
    http_url,
    json_ld_script,
    publisher_entity,
)
from .compat import can_view_database, can_view_table, instance_title
from .config import get_config
from .permissions import can_review
from .statuses import UNCHECKED

DEFAULT_COLOR = "#6b7280"
ARTICLES_PAGE_SIZE = 50
ARTICLES_MAX_PAGE_SIZE = 200
FEED_PAGE_SIZE = 100
FEED_MAX_PAGE_SIZE = 1000
SEARCH_LIMIT = 20
SEARCH_CANDIDATES = 500
MAX_ID_LENGTH = 1000

# Tables that databases made by older versions may lack; the pages work without them.
OPTIONAL_TABLES = {"name_variants", "claim_status_totals", "articles_fts", "claims_fts"}

_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")

_DB = r"(?P<database>[^/]+?)"
_JSON = r"(?:\.(?P<format>json))?"


def routes():
    return [
        (rf"^/-/factcheck/{_DB}/claimreview\.json$", claimreview_feed_view),
        (rf"^/-/factcheck/{_DB}/articles/(?P<article_id>[^/]+?){_JSON}$", article_view),
        (rf"^/-/factcheck/{_DB}/claims/(?P<claim_id>[^/]+?){_JSON}$", claim_view),
        (rf"^/-/factcheck/{_DB}{_JSON}$", dashboard_view),
    ]


# -- helpers shared by the views ------------------------------------------------------------------


def decode_id(raw: str) -> str:
    """An id from a URL segment, tilde-encoded like Datasette's own (Datasette redirects
    percent-encoded paths that 404 to their tilde form). Odd ids simply match no row: 404."""
    return tilde_decode(raw)


def wants_json(request) -> bool:
    return request.url_vars.get("format") == "json" or request.args.get("_format") == "json"


def safe_color(value) -> str:
    """Colours are written into style attributes: only #rgb / #rrggbb get through."""
    return value if isinstance(value, str) and _COLOR.match(value) else DEFAULT_COLOR


async def resolve_database(datasette, request, *tables):
    """The fact-check database named in the URL and its table names, once the actor is known
    to see it and ``tables``. A table check covers its database and the instance too (it falls
    back to them as Datasette's own table pages do), so each permission is asked once."""
    route = decode_id(request.url_vars["database"])
    db = None
    try:
        db = datasette.get_database(route=route)
    except KeyError:
        db = datasette.databases.get(route)
    if db is None or db.name.startswith("_"):
        raise NotFound("Database not found")
    if not tables and not await can_view_database(datasette, request.actor, db.name):
        raise Forbidden("You do not have permission to view this database")
    for table in tables:
        if not await can_view_table(datasette, request.actor, db.name, table):
            raise Forbidden(f"You do not have permission to view {table}")
    names = await table_names(datasette, db)
    if not schema.has_factcheck_tables(names):
        raise NotFound(f"{db.name} is not a fact-check database")
    return db, names


async def table_names(datasette, db) -> set:
    """The database's tables. Tables are only ever added (by migrations), so a set that already
    holds every table the pages can use is kept for the next request."""
    cache = datasette.__dict__.setdefault("_factcheck_table_names", {})
    names = cache.get(db.name)
    if names is None:
        names = set(await db.table_names())
        if OPTIONAL_TABLES <= names:
            cache[db.name] = names
    return names


class PageUrls:
    """URLs of the plugin's pages for one database (relative to the instance, base_url aware)."""

    def __init__(self, datasette, db):
        self.datasette = datasette
        self.db = db
        self.prefix = f"/-/factcheck/{tilde_encode(db.route)}"

    def _path(self, path):
        return self.datasette.urls.path(self.prefix + path)

    def dashboard(self, format=None):
        return self._path(".json" if format == "json" else "")

    def article(self, article_id, format=None):
        return self._path(f"/articles/{tilde_encode(article_id)}" + (".json" if format else ""))

    def claim(self, claim_id, format=None):
        return self._path(f"/claims/{tilde_encode(claim_id)}" + (".json" if format else ""))

    def feed(self):
        return self._path("/claimreview.json")

    def table(self, table, **filters):
        url = self.datasette.urls.table(self.db.name, table)
        return url + ("?" + urllib.parse.urlencode(filters) if filters else "")

    def row(self, table, pk):
        return self.datasette.urls.row(self.db.name, table, tilde_encode(pk))


async def load_statuses(db) -> dict:
    """The statuses table as {id: row dict}, in sort order."""
    rows = (await db.execute(queries.STATUSES)).rows
    return {row["id"]: status_dict(dict(row)) for row in rows}


def status_dict(row: dict) -> dict:
    return {
        "id": row["id"],
        "label": row.get("label") or row["id"],
        "description": row.get("description") or "",
        "color": safe_color(row.get("color")),
        "sort_order": row.get("sort_order"),
        "is_final": bool(row.get("is_final")),
        "rating": row.get("rating"),
    }


def status_of(statuses: dict, status_id) -> dict:
    """The status row for ``status_id``; a status missing from the table still gets a label."""
    found = statuses.get(status_id)
    if found:
        return found
    return status_dict({"id": str(status_id), "label": str(status_id)})


def claim_dict(row, statuses: dict, urls: PageUrls, number=None) -> dict:
    claim = {key: row[key] for key in row.keys() if not key.startswith("article_") or key == "article_id"}
    status = status_of(statuses, claim["status"])
    claim.update(
        {
            "number": number,
            "status_label": status["label"],
            "status_color": status["color"],
            "status_is_final": status["is_final"],
            "in_article": bool(claim.get("in_article")),
            "anchor": "claim-" + tilde_encode(claim["id"]),
            "url": urls.claim(claim["id"]),
            "json_url": urls.claim(claim["id"], format="json"),
        }
    )
    return claim


def article_dict(row, urls: PageUrls, prefix="") -> dict:
    """An article from a row; ``prefix`` reads ``article_title`` etc. from a joined claim row."""
    keys = row.keys()

    def get(name):
        key = prefix + name
        return row[key] if key in keys else None

    article_id = row["article_id"] if prefix else row["id"]
    return {
        "id": article_id,
        "title": get("title"),
        "url": get("url"),
        "href": http_url(get("url")),
        "outlet": get("outlet"),
        "author": get("author"),
        "published": get("published"),
        "imported_at": get("imported_at"),
        "page_url": urls.article(article_id),
    }


def status_breakdown(counts: dict, statuses: dict) -> list[dict]:
    """[{id, label, color, n}] in the statuses' order, statuses with no claims left out."""
    order = list(statuses) + sorted(s for s in counts if s not in statuses)
    return [
        {**status_of(statuses, s), "n": counts[s]} for s in order if counts.get(s)
    ]


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``body`` (split at blank lines)."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(body):
        spans.append((pos, len(body)))
    return spans


def valid_offsets(claim: dict, body: str) -> bool:
    start, end = claim.get("start"), claim.get("end")
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(body)
    )


def body_segments(body: str, claims: list[dict], spans=None) -> list[list[dict]]:
    """The body as paragraphs of segments ``{"text", "claim"}``: the text of every claim with valid,
    non-overlapping offsets is a segment carrying that claim; the rest carries None.

    A claim across a paragraph break is split into one segment per paragraph.
    """
    marks = sorted(
        (c for c in claims if valid_offsets(c, body)), key=lambda c: (c["start"], c["end"])
    )
    kept = []
    last_end = 0
    for claim in marks:
        if claim["start"] >= last_end:
            kept.append(claim)
            last_end = claim["end"]
    result = []
    for p_start, p_end in spans if spans is not None else paragraphs(body):
        segments = []
        pos = p_start
        for claim in kept:
            start, end = max(claim["start"], p_start), min(claim["end"], p_end)
            if start >= end:
                continue
            if start > pos:
                segments.append({"text": body[pos:start], "claim": None})
            segments.append({"text": body[start:end], "claim": claim})
            pos = end
        if pos < p_end:
            segments.append({"text": body[pos:p_end], "claim": None})
        result.append(segments)
    return result


def claim_paragraph(body: str, claim: dict) -> list[dict] | None:
    """The segments of the paragraph(s) holding ``claim``, with the claim marked."""
    if not body or not valid_offsets(claim, body):
        return None
    spans = [
        (s, e) for s, e in paragraphs(body) if s < claim["end"] and e > claim["start"]
    ]
    segments = []
    for paragraph in body_segments(body, [claim], spans):
        if segments:
            segments.append({"text": "\n\n", "claim": None})
        segments.extend(paragraph)
    return segments


def evidence_urls(value) -> list[str]:
    """Evidence stored with a change: one URL, several separated by whitespace, or a JSON list."""
    if not value:
        return []
    if isinstance(value, str) and value.lstrip().startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list):
            return [str(item) for item in items if item]
    return str(value).split()


def evidence_links(value) -> list[dict]:
    """[{url, href}]: ``href`` is None for anything that is not http(s), shown as text only."""
    return [{"url": url, "href": http_url(url)} for url in evidence_urls(value)]


def highlight_snippet(snippet) -> Markup:
    """An FTS snippet (matches between char(2) and char(3)) as escaped HTML with <mark>s."""
    text = str(escape(snippet or ""))
    return Markup(text.replace("\x02", "<mark>").replace("\x03", "</mark>"))


def json_safe(context: dict, keys) -> dict:
    return {key: context[key] for key in keys}


async def render(datasette, request, template, context, json_keys, status=200):
    if wants_json(request):
        return Response.json(json_safe(context, json_keys), status=status)
    return Response.html(
        await datasette.render_template(template, context, request=request), status=status
    )


def encode_cursor(values) -> str:
    raw = json.dumps(values, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str, length: int) -> list:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        values = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise BadRequest("Invalid _next cursor")
    if (
        not isinstance(values, list)
        or len(values) != length
        or not all(v is None or isinstance(v, str) for v in values)
    ):
        raise BadRequest("Invalid _next cursor")
    return values


def page_size(request, default, maximum) -> int:
    raw = request.args.get("_size")
    if raw is None or raw == "":
        return default
    try:
        size = int(raw)
    except ValueError:
        raise BadRequest("_size must be an integer")
    if size < 1:
        raise BadRequest("_size must be at least 1")
    return min(size, maximum)


def with_query(path: str, **params) -> str:
    params = {k: v for k, v in params.items() if v is not None}
    return path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")


# -- dashboard ------------------------------------------------------------------------------------


async def dashboard_view(datasette, request):
    db, tables = await resolve_database(datasette, request, "articles", "claims")
    urls = PageUrls(datasette, db)
    statuses = await load_statuses(db)

    totals_sql = (
        queries.STATUS_TOTALS
        if "claim_status_totals" in tables
        else queries.STATUS_TOTALS_COUNTED
    )
    totals_rows = (await db.execute(totals_sql)).rows
    counts = {row["status"]: row["n"] for row in totals_rows}
    totals = []
    for status_id in list(statuses) + sorted(s for s in counts if s not in statuses):
        status = status_of(statuses, status_id)
        totals.append(
            {**status, "n": counts.get(status_id, 0), "url": urls.table("claims", status=status_id)}
        )
    total_claims = sum(counts.values())
    article_count = (await db.execute(queries.ARTICLE_COUNT)).single_value()

    size = page_size(request, ARTICLES_PAGE_SIZE, ARTICLES_MAX_PAGE_SIZE)
    cursor = decode_cursor(request.args["_next"], 2) if request.args.get("_next") else None
    rows = await article_page(db, cursor, size)
    next_token = None
    if len(rows) > size:
        rows = rows[:size]
        next_token = encode_cursor([rows[-1]["published"], rows[-1]["id"]])
    articles = [article_dict(row, urls) for row in rows]
    if articles:
        params = {f"a{i}": a["id"] for i, a in enumerate(articles)}
        count_rows = (
            await db.execute(queries.article_status_counts(len(articles)), params)
        ).rows
        per_article: dict = {}
        for row in count_rows:
            per_article.setdefault(row["article_id"], {})[row["status"]] = row["n"]
        for article in articles:
            article_counts = per_article.get(article["id"], {})
            article["claims"] = sum(article_counts.values())
            article["status_counts"] = status_breakdown(article_counts, statuses)

    variant_count = (
        (await db.execute(queries.NAME_VARIANT_COUNT)).single_value()
        if "name_variants" in tables
        else 0
    )
    search = await run_search(db, request.args.get("q"), tables, statuses, urls)

    base = urls.dashboard(format="json" if wants_json(request) else None)
    context = {
        "database": db.name,
        "is_mutable": db.is_mutable,
        "totals": totals,
        "total_claims": total_claims,
        "article_count": article_count,
        "articles": articles,
        "page_size": size,
        "next": next_token,
        "next_url": with_query(base, _next=next_token, _size=request.args.get("_size"))
        if next_token
        else None,
        "first_page_url": base if cursor else None,
        "name_variant_count": variant_count,
        "search": search,
        "warnings": list(getattr(datasette, "_factcheck_warnings", {}).get(db.name) or []),
        "statuses": list(statuses.values()),
        "can_review": await can_review(datasette, request.actor, db.name),
        "links": {
            "json": urls.dashboard(format="json"),
            "claimreview": urls.feed(),
            "articles_table": urls.table("articles"),
            "claims_table": urls.table("claims"),
            "name_variants": urls.table("name_variants"),
        },
    }
    return await render(
        datasette,
        request,
        "factcheck/dashboard.html",
        context,
        [
            "database",
            "totals",
            "total_claims",
            "article_count",
            "articles",
            "next",
            "next_url",
            "name_variant_count",
            "search",
            "warnings",
            "links",
        ],
    )


async def article_page(db, cursor, size):
    """Newest articles first, ``size + 1`` of them from ``cursor`` (keyset: published, id)."""
    limit = size + 1
    rows = []
    if cursor is None:
        rows = list((await db.execute(queries.ARTICLES_DATED_FIRST_PAGE, {"limit": limit})).rows)
    elif cursor[0] is not None:
        rows = list(
            (
                await db.execute(
                    queries.ARTICLES_DATED_AFTER,
                    {"published": cursor[0], "article_id": cursor[1], "limit": limit},
                )
            ).rows
        )
    if len(rows) < limit:
        remaining = limit - len(rows)
        if cursor is not None and cursor[0] is None:
            undated = await db.execute(
                queries.ARTICLES_UNDATED_AFTER, {"article_id": cursor[1], "limit": remaining}
            )
        else:
            undated = await db.execute(queries.ARTICLES_UNDATED_FIRST_PAGE, {"limit": remaining})
        rows.extend(undated.rows)
    return rows


async def run_search(db, q, tables, statuses, urls):
    """Full-text search over articles (title, body) and claims (text); None without a query."""
    q = (q or "").strip()
    if not q:
        return None
    result = {"q": q, "articles": [], "claims": [], "error": None}
    params = {"query": escape_fts(q), "limit": SEARCH_LIMIT, "candidates": SEARCH_CANDIDATES}
    try:
        if "articles_fts" in tables:
            for row in (await db.execute(queries.SEARCH_ARTICLES, params)).rows:
                article = article_dict(row, urls)
                article["snippet"] = highlight_snippet(row["snippet"])
                result["articles"].append(article)
        if "claims_fts" in tables:
            for row in (await db.execute(queries.SEARCH_CLAIMS, params)).rows:
                claim = claim_dict(row, statuses, urls)
                claim["article_title"] = row["article_title"]
                claim["article_url"] = urls.article(row["article_id"])
                result["claims"].append(claim)
    except sqlite3.DatabaseError as e:
        result["error"] = f"Search failed: {e}"
    return result


# -- article page ---------------------------------------------------------------------------------


async def article_view(datasette, request):
    db, tables = await resolve_database(datasette, request, "articles", "claims")
    article_id = decode_id(request.url_vars["article_id"])
    if len(article_id) > MAX_ID_LENGTH:
        raise NotFound("Article not found")
    row = (await db.execute(queries.ARTICLE, {"article_id": article_id})).first()
    if row is None:
        raise NotFound("Article not found")
    urls = PageUrls(datasette, db)
    statuses = await load_statuses(db)
    article = article_dict(row, urls)
    body = row["body"] or ""
    article["body"] = body

    claim_rows = (await db.execute(queries.ARTICLE_CLAIMS, {"article_id": article_id})).rows
    all_claims = []
    number = 0
    for claim_row in claim_rows:
        claim = claim_dict(claim_row, statuses, urls)
        if claim["in_article"]:
            number += 1
            claim["number"] = number
        all_claims.append(claim)

    selected = [s for s in request.args.getlist("status") if s]
    shown = [c for c in all_claims if not selected or c["status"] in selected]
    counts: dict = {}
    for claim in all_claims:
        if claim["in_article"]:
            counts[claim["status"]] = counts.get(claim["status"], 0) + 1
    breakdown = status_breakdown(counts, statuses)
    for item in breakdown:
        item["filter_url"] = with_query(urls.article(article_id), status=item["id"])
        item["active"] = item["id"] in selected

    variants = []
    if "name_variants" in tables:
        variants = [
            dict(r)
            for r in (await db.execute(queries.ARTICLE_NAME_VARIANTS, {"article_id": article_id})).rows
        ]

    context = {
        "database": db.name,
        "is_mutable": db.is_mutable,
        "article": article,
        "paragraphs": body_segments(body, [c for c in shown if c["in_article"]]),
        "claims": [c for c in shown if c["in_article"]],
        "removed_claims": [c for c in shown if not c["in_article"]],
        "claim_count": number,
        "status_counts": breakdown,
        "filter": selected,
        "statuses": list(statuses.values()),
        "name_variants": variants,
        "can_review": await can_review(datasette, request.actor, db.name),
        "links": {
            "dashboard": urls.dashboard(),
            "json": with_query(urls.article(article_id, format="json"), status=selected or None),
            "all_claims": urls.article(article_id),
            "claims_table": urls.table("claims", article_id=article_id),
            "article_row": urls.row("articles", article_id),
        },
    }
    return await render(
        datasette,
        request,
        "factcheck/article.html",
        context,
        [
            "database",
            "article",
            "claims",
            "removed_claims",
            "claim_count",
            "status_counts",
            "filter",
            "statuses",
            "name_variants",
            "links",
        ],
    )


# -- claim page -----------------------------------------------------------------------------------


async def claim_view(datasette, request):
    db, tables = await resolve_database(datasette, request, "articles", "claims")
    claim_id = decode_id(request.url_vars["claim_id"])
    if len(claim_id) > MAX_ID_LENGTH:
        raise NotFound("Claim not found")
    row = (await db.execute(queries.CLAIM, {"claim_id": claim_id})).first()
    if row is None:
        raise NotFound("Claim not found")
    urls = PageUrls(datasette, db)
    statuses = await load_statuses(db)
    claim = claim_dict(row, statuses, urls)
    article = article_dict(row, urls, prefix="article_")
    status = status_of(statuses, claim["status"])

    history = []
    changes = (await db.execute(queries.CLAIM_HISTORY, {"claim_id": claim_id})).rows
    # Most claims have no history: the permission is only asked when there is some to show.
    history_hidden = bool(changes) and not await can_view_table(
        datasette, request.actor, db.name, "status_changes"
    )
    if not history_hidden:
        for change in changes:
            change = dict(change)
            change["from"] = status_of(statuses, change["from_status"]) if change["from_status"] else None
            change["to"] = status_of(statuses, change["to_status"]) if change["to_status"] else None
            change["evidence"] = evidence_links(change["evidence_url"])
            history.append(change)
    evidence = [link for change in history for link in change["evidence"]]

    neighbours = {"previous": None, "next": None}
    if claim["in_article"] and isinstance(claim.get("position"), int):
        where = {"article_id": claim["article_id"], "position": claim["position"]}
        for found in (await db.execute(queries.CLAIM_NEIGHBOURS, where)).rows:
            neighbours[found["side"]] = urls.claim(found["id"])

    review = None
    if status["is_final"]:
        verdict_dates = [
            c["changed_at"] for c in history if c["to_status"] == claim["status"]
        ]
        config = get_config(datasette)
        review = claim_review(
            claim,
            {**article, "author": row["article_author"], "outlet": row["article_outlet"]},
            status,
            url=absolute_url(datasette, request, config, claim["url"]),
            publisher=publisher_entity(config.publisher, await instance_title(datasette)),
            date_published=(verdict_dates[-1] if verdict_dates else None)
            or claim.get("updated_at")
            or article.get("imported_at"),
        )

    context = {
        "database": db.name,
        "is_mutable": db.is_mutable,
        "claim": claim,
        "article": article,
        "status": status,
        "paragraph": claim_paragraph(row["article_body"] or "", claim) if claim["in_article"] else None,
        "history": history,
        "history_hidden": history_hidden,
        "evidence": evidence,
        "claimreview": review,
        "claimreview_script": json_ld_script(review) if review else None,
        "statuses": list(statuses.values()),
        "can_review": await can_review(datasette, request.actor, db.name),
        "links": {
            "dashboard": urls.dashboard(),
            "article": article["page_url"] + "#" + claim["anchor"],
            "json": urls.claim(claim_id, format="json"),
            "claim_row": urls.row("claims", claim_id),
            "history_table": urls.table("status_changes", claim_id=claim_id),
            "previous_claim": neighbours["previous"],
            "next_claim": neighbours["next"],
        },
    }
    return await render(
        datasette,
        request,
        "factcheck/claim.html",
        context,
        [
            "database",
            "claim",
            "article",
            "status",
            "history",
            "history_hidden",
            "evidence",
            "claimreview",
            "links",
        ],
    )


def absolute_url(datasette, request, config, path: str) -> str:
    """An absolute URL for ``path``: the configured ``base_url`` if set, else this request's."""
    if config.base_url:
        return config.base_url + path
    return datasette.absolute_url(request, path)


# -- ClaimReview feed -----------------------------------------------------------------------------


async def claimreview_feed_view(datasette, request):
    db, tables = await resolve_database(datasette, request, "articles", "claims")
    urls = PageUrls(datasette, db)
    statuses = await load_statuses(db)
    # A claim nobody has checked has no verdict, even if a configuration marks it final.
    final = [s for s in statuses.values() if s["is_final"] and s["id"] != UNCHECKED]
    size = page_size(request, FEED_PAGE_SIZE, FEED_MAX_PAGE_SIZE)
    cursor = decode_cursor(request.args["_next"], 2) if request.args.get("_next") else None
    order = [s["id"] for s in final]
    if cursor and (cursor[0] not in order or cursor[1] is None):
        raise BadRequest("Invalid _next cursor")

    # Walk the final statuses in order, each in claim id order, until the page is full.
    rows = []
    start = order.index(cursor[0]) if cursor else 0
    for i, status_id in enumerate(order[start:]):
        after = cursor[1] if cursor and i == 0 else ""
        need = size + 1 - len(rows)
        rows.extend(
            (
                await db.execute(
                    queries.FEED_CLAIMS, {"status": status_id, "after": after, "limit": need}
                )
            ).rows
        )
        if len(rows) > size:
            break
    next_token = None
    if len(rows) > size:
        rows = rows[:size]
        next_token = encode_cursor([rows[-1]["status"], rows[-1]["id"]])

    dates = {}
    can_see_history = await can_view_table(datasette, request.actor, db.name, "status_changes")
    if rows and can_see_history:
        params = {f"c{i}": row["id"] for i, row in enumerate(rows)}
        for r in (await db.execute(queries.verdict_dates(len(rows)), params)).rows:
            dates[(r["claim_id"], r["to_status"])] = r["changed_at"]

    config = get_config(datasette)
    publisher = publisher_entity(config.publisher, await instance_title(datasette))
    reviews = []
    for row in rows:
        claim = claim_dict(row, statuses, urls)
        article = {
            "title": row["article_title"],
            "url": row["article_url"],
            "outlet": row["article_outlet"],
            "author": row["article_author"],
            "published": row["article_published"],
        }
        reviews.append(
            claim_review(
                claim,
                article,
                status_of(statuses, claim["status"]),
                url=absolute_url(datasette, request, config, claim["url"]),
                publisher=publisher,
                date_published=dates.get((claim["id"], claim["status"]))
                or claim.get("updated_at")
                or row["article_imported_at"],
            )
        )
    next_url = None
    if next_token:
        next_url = absolute_url(
            datasette,
            request,
            config,
            with_query(urls.feed(), _next=next_token, _size=request.args.get("_size")),
        )
    return Response.json(
        {
            "database": db.name,
            "claim_reviews": reviews,
            "count": len(reviews),
            "next": next_token,
            "next_url": next_url,
        }
    )


# -- links from Datasette's own pages (used by the hooks in __init__) -----------------------------

# Cells of Datasette's table and row pages that link to our pages: (table, column) -> (page, key
# column whose value is the id). The key column is read from the same row.
LINKED_CELLS = {
    ("articles", "title"): ("article", "id"),
    ("claims", "text"): ("claim", "id"),
    ("article_claims", "text"): ("claim", "claim_id"),
    ("article_claims", "article_title"): ("article", "article_id"),
    ("article_summary", "title"): ("article", "article_id"),
}


async def is_factcheck_database(datasette, name: str) -> bool:
    """Does database ``name`` hold the fact-check tables? Cached once it does."""
    known = datasette.__dict__.setdefault("_factcheck_databases", set())
    if name in known:
        return True
    db = datasette.databases.get(name)
    if db is None or name.startswith("_"):
        return False
    if schema.has_factcheck_tables(await db.table_names()):
        known.add(name)
        return True
    return False


async def visible_factcheck_databases(datasette, actor) -> list:
    result = []
    for name, db in list(datasette.databases.items()):
        if await is_factcheck_database(datasette, name) and await can_view_database(
            datasette, actor, name
        ):
            result.append(db)
    return result


async def linked_cell(datasette, database: str, table: str, column: str, row, value):
    """The cell's value as a link to the article or claim page, or None to leave it alone."""
    page, key = LINKED_CELLS[(table, column)]
    if not isinstance(value, str) or not await is_factcheck_database(datasette, database):
        return None
    try:
        target = row[key]
    except (IndexError, KeyError, TypeError):
        return None
    if isinstance(target, dict):  # an expanded foreign key
        target = target.get("value")
    if not isinstance(target, str):
        return None
    urls = PageUrls(datasette, datasette.databases[database])
    href = urls.article(target) if page == "article" else urls.claim(target)
    return Markup('<a href="{}">{}</a>').format(href, value)
