"""The review pages and endpoints.

- ``GET /-/factcheck/<database>/queue`` (and ``.json``): open claims, most check-worthy first,
  filterable by assignee ("assigned to me", unassigned), article, speaker, claim type and status.
- ``POST /-/factcheck/<database>/claims/<claim_id>/review``: one claim's review, as a JSON body
  (automation) or an HTML form (the claim, article and queue pages).
- ``POST /-/factcheck/<database>/review``: the same change for several claims at once (the article
  page's bulk form, or JSON ``{"claims": [{"id", "expected_version"}, ...], ...}``).

Every write follows one path: refuse cross-site posts, read-only databases and actors who may not
review (403); parse and validate the body (400); then, on Datasette's single write thread, check
the version, update the claim and append its history row in one transaction (404, 409). A form
post then redirects back (303) with a message; JSON gets the claim's new state.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.parse

from datasette import Forbidden, NotFound, Response
from datasette.utils import tilde_decode, tilde_encode

from . import schema, workflow
from .compat import write_fn
from .permissions import can_review
from .transaction import atomic
from .views import resolve_database

QUEUE_PAGE_SIZE = 50
QUEUE_MAX_PAGE_SIZE = 200
OPTION_LIST_LIMIT = 200
OPTION_TIME_LIMIT_MS = 250
MAX_BODY_BYTES = 1_000_000
DEFAULT_COLOR = "#6b7280"

_DB = r"(?P<database>[^/]+?)"
_JSON = r"(?:\.(?P<format>json))?"

# -- SQL ------------------------------------------------------------------------------------------

SELECT_STATUSES = """
SELECT id, label, description, color, sort_order, is_final, rating FROM statuses
ORDER BY sort_order, id
"""
SELECT_STATUS_LABEL = "SELECT label FROM statuses WHERE id = ?"
OPEN_CLAIMS = """
FROM claims JOIN articles ON articles.id = claims.article_id
WHERE claims.in_article = 1
  AND claims.status IN (SELECT id FROM statuses WHERE is_final = 0)
"""
QUEUE_FILTERS = {
    "assignee": "AND claims.assignee = :assignee",
    "unassigned": "AND claims.assignee IS NULL",
    "article": "AND claims.article_id = :article",
    "speaker": "AND claims.speaker = :speaker",
    "claim_type": "AND claims.claim_type = :claim_type",
    "status": "AND claims.status = :status",
}
# The queue walks the index on checkworthiness from the top (its ORDER BY is that index's order,
# ties by rowid) and stops at the page's end: the first page of a queue of two million claims
# costs what a page of a small one does, where sorting every open claim took seconds. (The
# unary + keeps SQLite off the status index, which would mean that sort: nearly every claim is
# open.) It pages by keyset, "_next" naming the last claim shown, not by OFFSET.
QUEUE_ROWS = """
SELECT claims.id, claims.article_id, articles.title AS article_title, claims.text,
    claims.speaker, claims.speaker_role, claims.claim_type, claims.checkworthiness,
    claims.status, claims.assignee, claims.note, claims.version, claims.updated_at,
    claims.rowid AS queue_rowid
FROM claims JOIN articles ON articles.id = claims.article_id
WHERE claims.in_article = 1
  AND +claims.status IN (SELECT id FROM statuses WHERE is_final = 0)
  {filters}
ORDER BY claims.checkworthiness DESC, claims.rowid DESC
LIMIT :limit OFFSET :offset
"""
QUEUE_AFTER = "AND (claims.checkworthiness, claims.rowid) < (:after_score, :after_rowid)"
# Claims without a score come after all the others, by the same rule.
QUEUE_UNSCORED = "AND claims.checkworthiness IS NULL AND claims.rowid < :after_rowid"
QUEUE_COUNT = "SELECT COUNT(*) {open_claims} {filters}"
QUEUE_ASSIGNEES = """
SELECT claims.assignee, COUNT(*) AS n {open_claims} AND claims.assignee IS NOT NULL
GROUP BY claims.assignee ORDER BY claims.assignee LIMIT :limit
"""
QUEUE_SPEAKERS = """
SELECT claims.speaker, COUNT(*) AS n {open_claims} AND claims.speaker IS NOT NULL
GROUP BY claims.speaker ORDER BY n DESC, claims.speaker LIMIT :limit
"""
QUEUE_ARTICLES = """
SELECT articles.id, articles.title FROM articles
ORDER BY articles.published DESC, articles.id LIMIT :limit
"""
SELECT_ARTICLE_TITLE = "SELECT title FROM articles WHERE id = ?"


def routes():
    return [
        (rf"^/-/factcheck/{_DB}/queue{_JSON}$", queue_view),
        (rf"^/-/factcheck/{_DB}/claims/(?P<claim_id>[^/]+)/review$", review_claim_view),
        (rf"^/-/factcheck/{_DB}/review$", bulk_review_view),
    ]


# -- URLs and template helpers --------------------------------------------------------------------


class ReviewUrls:
    """The plugin's URLs for one database, base_url aware, ids tilde-encoded like Datasette's."""

    def __init__(self, datasette, database: str):
        self.datasette = datasette
        db = datasette.databases.get(database)
        route = getattr(db, "route", None) or database
        self.prefix = f"/-/factcheck/{tilde_encode(route)}"

    def _path(self, path: str) -> str:
        return self.datasette.urls.path(self.prefix + path)

    def dashboard(self) -> str:
        return self._path("")

    def queue(self, format=None, **params) -> str:
        query = {k: v for k, v in params.items() if v not in (None, "")}
        return self._path("/queue" + (".json" if format == "json" else "")) + (
            "?" + urllib.parse.urlencode(query) if query else ""
        )

    def article(self, article_id: str) -> str:
        return self._path(f"/articles/{tilde_encode(article_id)}")

    def claim(self, claim_id: str) -> str:
        return self._path(f"/claims/{tilde_encode(claim_id)}")

    def review(self, claim_id: str) -> str:
        return self._path(f"/claims/{tilde_encode(claim_id)}/review")

    def bulk_review(self) -> str:
        return self._path("/review")


def template_vars(datasette, template, database):
    """Variables for the review partials, whichever page includes them (``extra_template_vars``)."""
    if not template or not template.startswith("factcheck/"):
        return {}

    def review_url(db_name, claim_id):
        return ReviewUrls(datasette, db_name).review(claim_id)

    def bulk_review_url(db_name):
        return ReviewUrls(datasette, db_name).bulk_review()

    return {"factcheck_review_url": review_url, "factcheck_bulk_review_url": bulk_review_url}


def queue_menu_links(datasette, actor):
    """Menu entries for the queues of the databases ``actor`` may review (none for readers)."""
    if not actor:
        return None

    async def inner():
        links = []
        for name, db in list(datasette.databases.items()):
            if not db.is_mutable or name.startswith("_"):
                continue
            if not await can_review(datasette, actor, name):
                continue
            if not schema.has_factcheck_tables(await db.table_names()):
                continue
            links.append({"href": ReviewUrls(datasette, name).queue(), "label": f"Review queue: {name}"})
        return links

    return inner


# -- request helpers ------------------------------------------------------------------------------


def is_json_request(request) -> bool:
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return content_type == "application/json"


def is_form_request(request) -> bool:
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return content_type == "application/x-www-form-urlencoded"


def cross_site(request) -> bool:
    """Did a browser send this from another site? (``Sec-Fetch-Site``, else ``Origin`` vs host.)

    Datasette 1.0 refuses such posts itself and 0.65 needs a CSRF token for forms; this check
    holds on both, and also covers the JSON endpoint."""
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if not origin:
        return False
    if origin == "null":
        return True
    parts = urllib.parse.urlsplit(origin)
    return (parts.netloc or "").lower() != request.host.lower()


def safe_next(value, fallback: str) -> str:
    """A redirect target on this site only: a path, never another host."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//"):
        return fallback
    if "\\" in value or any(ord(ch) < 32 for ch in value):
        return fallback
    return value


async def read_body(request) -> bytes:
    body = await request.post_body()
    if len(body) > MAX_BODY_BYTES:
        raise workflow.InvalidReview(f"the body is larger than {MAX_BODY_BYTES} bytes")
    return body


def parse_json_body(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise workflow.InvalidReview("the body is not valid JSON") from None


def parse_form_body(body: bytes) -> dict[str, list[str]]:
    try:
        return urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        raise workflow.InvalidReview("the form is not valid UTF-8") from None


def first(form: dict, name: str):
    values = form.get(name)
    return values[0] if values else None


def single_review_from_form(form: dict, actor_id: str) -> dict:
    """The JSON-shaped request a review form stands for (the actor never comes from the form)."""
    data = {}
    for name in ("status", "note", "assignee", "expected_version"):
        if name in form:
            data[name] = first(form, name)
    evidence = "\n".join(form.get("evidence_urls", []))
    if evidence.strip():
        data["evidence_urls"] = evidence
    if first(form, "assign_to_me"):
        data["assignee"] = actor_id
    return data


def bulk_review_from_form(form: dict, actor_id: str) -> dict:
    if not form.get("claim_id"):
        raise workflow.InvalidReview("select at least one claim")
    versions = {}
    for item in form.get("expected", []):
        claim_id, _, version = item.rpartition("@")
        if claim_id:
            versions[claim_id] = version
    data = {
        "claims": [
            {"id": claim_id, "expected_version": versions.get(claim_id)}
            for claim_id in dict.fromkeys(form.get("claim_id", []))
        ]
    }
    status = (first(form, "status") or "").strip()
    if status:
        data["status"] = status
    assignee = (first(form, "assignee") or "").strip()
    if first(form, "assign_to_me"):
        data["assignee"] = actor_id
    elif first(form, "unassign"):
        data["assignee"] = ""
    elif assignee:
        data["assignee"] = assignee
    note = (first(form, "note") or "").strip()
    if note:
        data["note"] = note
    evidence = "\n".join(form.get("evidence_urls", []))
    if evidence.strip():
        data["evidence_urls"] = evidence
    return data


async def status_rows(db) -> list[dict]:
    rows = (await db.execute(SELECT_STATUSES)).rows
    return [
        {
            "id": row["id"],
            "label": row["label"] or row["id"],
            "description": row["description"] or "",
            "color": safe_color(row["color"]),
            "sort_order": row["sort_order"],
            "is_final": bool(row["is_final"]),
            "rating": row["rating"],
        }
        for row in rows
    ]


def safe_color(value) -> str:
    """Colours go into style attributes: only #rgb / #rrggbb get through."""
    if isinstance(value, str) and len(value) in (4, 7) and value.startswith("#"):
        if all(ch in "0123456789abcdefABCDEF" for ch in value[1:]):
            return value
    return DEFAULT_COLOR


class GroupCommit:
    """Review writes for one database, committed in groups.

    Every review is applied by its own function on Datasette's single write thread, inside its
    own savepoint (``atomic``), so each review is still all-or-nothing and a failing one leaves the
    others alone. While one group is being written, the reviews that arrive wait and then go
    together, in one ``execute_write_fn`` call and one ``COMMIT``: one disk sync for the group
    rather than one per review. A review's answer is sent only after its group has committed.
    """

    MAX_GROUP = 64

    def __init__(self, db):
        self.db = db
        self.pending: list = []
        self.loop = None
        self.busy = False

    async def submit(self, fn):
        loop = asyncio.get_running_loop()
        if self.loop is not loop:  # a new event loop (tests): nothing carries over
            self.loop, self.pending, self.busy = loop, [], False
        future = loop.create_future()
        self.pending.append((fn, future))
        if not self.busy:
            self.busy = True
            loop.create_task(self._drain())
        return await future

    async def _drain(self):
        try:
            while self.pending:
                group, self.pending = self.pending[: self.MAX_GROUP], self.pending[self.MAX_GROUP :]
                fns = [fn for fn, _ in group]
                try:
                    results = await write_fn(self.db, lambda conn: apply_group(conn, fns))
                except Exception as e:  # the group did not commit: every review in it failed
                    results = [e] * len(group)
                for (_, future), result in zip(group, results):
                    if future.done():
                        continue
                    if isinstance(result, BaseException):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self.busy = False


def apply_group(conn, fns) -> list:
    """Run each function in its own savepoint inside one transaction; a function's exception
    becomes its result (and undoes only its own writes)."""
    results = []
    with atomic(conn):
        for fn in fns:
            try:
                with atomic(conn):
                    results.append(fn(conn))
            except Exception as e:  # noqa: BLE001 - handed to the request that sent it
                results.append(e)
    return results


def group_commit(datasette, db) -> GroupCommit:
    writers = datasette.__dict__.setdefault("_factcheck_group_commit", {})
    writer = writers.get(db.name)
    if writer is None or writer.db is not db:
        writer = writers[db.name] = GroupCommit(db)
    return writer


async def run_write(datasette, db, fn):
    """Apply a review function on the write thread (grouped with concurrent ones, see
    ``GroupCommit``); review errors are raised here, in the request that caused them."""
    try:
        return await group_commit(datasette, db).submit(fn)
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            raise NotFound(f"{db.name} is not a fact-check database") from None
        if "readonly" in str(e) or "read-only" in str(e):
            raise workflow.ReadOnlyDatabase(
                "this database is read-only: reviews cannot be saved here"
            ) from None
        if "locked" in str(e) or "busy" in str(e):
            raise DatabaseBusy(
                "the database is busy (another process is writing to it, an import perhaps): "
                "nothing was saved, try again"
            ) from None
        raise


async def precheck(db, claim_id: str, expected_version: int) -> None:
    """404 / 409 from a read connection when the answer is already certain: a stale reviewer
    hears at once and does not hold up the writer's next group."""
    await _read_check(db, lambda conn: workflow.precheck_review(conn, claim_id, expected_version))


async def precheck_bulk(db, claims: list[tuple[str, int]]) -> None:
    """``precheck`` for every claim of a bulk review, in one read."""
    await _read_check(db, lambda conn: workflow.precheck_bulk_review(conn, claims))


async def _read_check(db, check) -> None:
    def run(conn):
        try:
            check(conn)
        except workflow.ReviewError as e:
            return e
        return None

    try:
        error = await db.execute_fn(run)
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            raise NotFound(f"{db.name} is not a fact-check database") from None
        raise
    if error is not None:
        raise error


class DatabaseBusy(workflow.ReviewError):
    http_status = 503


class ReviewForbidden(workflow.ReviewError):
    http_status = 403


async def check_may_write(datasette, request, db):
    """403 for cross-site posts, read-only databases and actors who may not review."""
    if cross_site(request):
        raise ReviewForbidden("cross-site review posts are refused")
    if not db.is_mutable:
        raise workflow.ReadOnlyDatabase(
            f"{db.name} is read-only (immutable): reviews cannot be saved here"
        )
    if not await can_review(datasette, request.actor, db.name):
        who = "sign in as a reviewer to" if not request.actor else "you may not"
        raise ReviewForbidden(f"{who} review claims in {db.name}")


def method_not_allowed() -> Response:
    return Response.text("Send a POST request", status=405, headers={"Allow": "POST"})


# -- POST .../claims/<claim_id>/review ------------------------------------------------------------


async def read_review_request(datasette, request, db, as_json, as_form, form: dict, from_form):
    """Check that the actor may write, then read the request: returns (actor id, review data).
    A form's fields are put into ``form`` first, so the caller can still send the reviewer back
    to the page they came from when the review is refused."""
    await check_may_write(datasette, request, db)
    actor_id = str(request.actor["id"])
    body = await read_body(request)
    if as_json:
        return actor_id, parse_json_body(body)
    if as_form:
        form.update(parse_form_body(body))
        return actor_id, from_form(form, actor_id)
    raise workflow.InvalidReview(
        "send a JSON object (Content-Type: application/json) or an HTML form"
    )


async def review_claim_view(datasette, request):
    if request.method != "POST":
        return method_not_allowed()
    db, _ = await resolve_database(datasette, request)
    claim_id = tilde_decode(request.url_vars["claim_id"])
    urls = ReviewUrls(datasette, db.name)
    as_json = is_json_request(request)
    as_form = not as_json and is_form_request(request)
    form: dict = {}
    try:
        actor_id, data = await read_review_request(
            datasette, request, db, as_json, as_form, form, single_review_from_form
        )
        review = workflow.validate_review(data)
        await precheck(db, claim_id, review.expected_version)
        result = await run_write(
            datasette,
            db,
            lambda conn: workflow.apply_review(
                conn, claim_id, actor_id, review.change, review.expected_version
            ),
        )
    except workflow.ReviewError as error:
        if not as_form:
            return Response.json(error.to_json(), status=error.http_status)
        return await form_problem(datasette, request, db, urls, error, claim_id, form)
    if as_json:
        return Response.json({"ok": True, **result})
    label = await status_label(db, result["claim"]["status"])
    datasette.add_message(
        request,
        f"Saved: the claim is now “{label}” (version {result['claim']['version']}).",
        datasette.INFO,
    )
    return Response.redirect(safe_next(first(form, "next"), urls.claim(claim_id)), status=303)


async def status_label(db, status_id: str) -> str:
    row = (await db.execute(SELECT_STATUS_LABEL, [status_id])).first()
    return row[0] if row and row[0] else status_id


async def form_problem(datasette, request, db, urls, error, claim_id, form) -> Response:
    """A form post that was not saved: 403/404 as Datasette's error page; 400 and 409 show the
    problem (for 409: who changed the claim, and how) with the reviewer's input kept in the form."""
    if error.http_status == 403:
        raise Forbidden(error.message)
    if error.http_status == 404:
        raise NotFound(error.message)
    statuses = await status_rows(db)
    labels = {s["id"]: s for s in statuses}
    conflicts = getattr(error, "conflicts", [])
    current = conflicts[0]["claim"] if conflicts else None
    if current is None:
        row = (await db.execute(workflow.SELECT_CLAIM_STATE, [claim_id])).first()
        current = workflow.claim_state(row) if row else None
    # The form again: the reviewer's input, the claim's current version.
    attempted = dict(current or {"id": claim_id, "version": first(form, "expected_version")})
    for name in ("status", "note", "assignee"):
        if name in form:
            attempted[name] = first(form, name)
    attempted["url"] = urls.claim(claim_id)
    next_url = safe_next(first(form, "next"), urls.claim(claim_id))
    context = {
        "database": db.name,
        "error": error,
        "errors": getattr(error, "errors", [error.message]),
        "conflicts": [
            {**c, "last_change": describe_change(c["last_change"], labels)} for c in conflicts
        ],
        "current": current,
        "current_status": labels.get(current["status"]) if current else None,
        "claim": attempted,
        "statuses": statuses,
        "can_review": True,
        "review_evidence": "\n".join(form.get("evidence_urls", [])),
        "review_next": next_url,
        "review_form_open": True,
        "links": {"claim": urls.claim(claim_id), "back": next_url, "queue": urls.queue()},
    }
    html = await datasette.render_template(
        "factcheck/review_problem.html", context, request=request
    )
    return Response.html(html, status=error.http_status)


def describe_change(change: dict | None, labels: dict) -> dict | None:
    if not change:
        return None

    def status(status_id):
        return labels.get(status_id) or {"id": status_id, "label": status_id, "color": DEFAULT_COLOR}

    return {
        **change,
        "from": status(change["from_status"]) if change.get("from_status") else None,
        "to": status(change["to_status"]) if change.get("to_status") else None,
    }


# -- POST .../review (bulk) -----------------------------------------------------------------------


async def bulk_review_view(datasette, request):
    if request.method != "POST":
        return method_not_allowed()
    db, _ = await resolve_database(datasette, request)
    urls = ReviewUrls(datasette, db.name)
    as_json = is_json_request(request)
    as_form = not as_json and is_form_request(request)
    form: dict = {}
    try:
        actor_id, data = await read_review_request(
            datasette, request, db, as_json, as_form, form, bulk_review_from_form
        )
        review = workflow.validate_bulk_review(data)
        await precheck_bulk(db, list(review.claims))
        result = await run_write(
            datasette,
            db,
            lambda conn: workflow.apply_bulk_review(conn, review.claims, actor_id, review.change),
        )
    except workflow.ReviewError as error:
        if not as_form:
            return Response.json(error.to_json(), status=error.http_status)
        if error.http_status == 403:
            raise Forbidden(error.message)
        if error.http_status == 404:
            raise NotFound(error.message)
        next_url = safe_next(first(form, "next"), urls.dashboard())
        if error.http_status == 409:
            statuses = {s["id"]: s for s in await status_rows(db)}
            context = {
                "database": db.name,
                "error": error,
                "errors": [error.message],
                "conflicts": [
                    {**c, "last_change": describe_change(c["last_change"], statuses),
                     "url": urls.claim(c["claim"]["id"])}
                    for c in error.conflicts
                ],
                "bulk": True,
                "links": {"back": next_url, "queue": urls.queue()},
            }
            html = await datasette.render_template(
                "factcheck/review_problem.html", context, request=request
            )
            return Response.html(html, status=409)
        datasette.add_message(request, "Not saved: " + error.message, datasette.ERROR)
        return Response.redirect(next_url, status=303)
    if as_json:
        return Response.json({"ok": True, **result})
    changed = len(result["changed"])
    message = f"Saved: {changed} claim{'s' if changed != 1 else ''} changed"
    if result["unchanged"]:
        message += f", {len(result['unchanged'])} already had these values"
    datasette.add_message(request, message + ".", datasette.INFO)
    return Response.redirect(safe_next(first(form, "next"), urls.dashboard()), status=303)


# -- GET .../queue --------------------------------------------------------------------------------


def queue_filters(request, actor) -> tuple[dict, list[str], dict]:
    """The queue's filters from the query string: (shown filters, SQL fragments, parameters)."""
    args = request.args
    shown, where, params = {}, [], {}
    assignee = (args.get("assignee") or "").strip()
    if assignee == "_me":
        shown["assignee"] = "_me"
        me = actor.get("id") if actor else None
        where.append(QUEUE_FILTERS["assignee"])
        params["assignee"] = str(me) if me is not None else "\x00nobody"
    elif assignee == "_none":
        shown["assignee"] = "_none"
        where.append(QUEUE_FILTERS["unassigned"])
    elif assignee:
        shown["assignee"] = assignee
        where.append(QUEUE_FILTERS["assignee"])
        params["assignee"] = assignee
    for name in ("article", "speaker", "claim_type", "status"):
        value = (args.get(name) or "").strip()
        if value:
            shown[name] = value
            where.append(QUEUE_FILTERS[name])
            params[name] = value
    return shown, where, params


def next_token(number: int, score, rowid: int) -> str:
    """The "_next" of the page after a claim: how many claims were shown up to it, its score and
    its rowid."""
    return f"{number},{'none' if score is None else repr(float(score))},{rowid}"


def parse_next(value) -> tuple[int, float | None, int] | None:
    """(claims shown before, score, rowid) from a "_next" token, or None if there is none or it
    is not one (a hand-edited URL starts the queue over rather than failing)."""
    parts = (value or "").split(",")
    if len(parts) != 3:
        return None
    try:
        number = max(0, min(int(parts[0]), 10_000_000))
        score = None if parts[1] == "none" else float(parts[1])
        rowid = int(parts[2])
    except ValueError:
        return None
    if score is not None and score != score:  # NaN
        return None
    return number, score, max(-(2**63), min(rowid, 2**63 - 1))


async def queue_page(db, filters_sql: str, params: dict, limit: int, offset: int, after) -> list:
    """Up to ``limit`` rows of the queue after the keyset ``after`` (or from ``offset``, for the
    links of older versions): the scored claims, then those without a score."""
    base = {**params, "limit": limit, "offset": 0}
    if after and after[1] is None:
        return (await db.execute(QUEUE_ROWS.format(filters=f"{filters_sql} {QUEUE_UNSCORED}"),
                                 {**base, "after_rowid": after[2]})).rows
    if after:
        sql, values = f"{filters_sql} {QUEUE_AFTER}", {**base, "after_score": after[1],
                                                  "after_rowid": after[2]}
    else:
        sql, values = filters_sql, {**base, "offset": offset}
    rows = list((await db.execute(QUEUE_ROWS.format(filters=sql), values)).rows)
    if after and len(rows) < limit:
        # past the last scored claim: the unscored ones follow (the plain query has them at its
        # end already)
        rows += (await db.execute(QUEUE_ROWS.format(filters=f"{filters_sql} {QUEUE_UNSCORED}"),
                                  {**base, "limit": limit - len(rows),
                                   "after_rowid": 2**63 - 1})).rows
    return rows


def page_number(value, default: int, maximum: int) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        return default
    return max(0, min(n, maximum))


async def optional_rows(db, sql: str, params: dict) -> list:
    """Rows for a helper list (filter choices, counts); on a huge database these may time out,
    and the page is still served without them."""
    from datasette.database import QueryInterrupted

    try:
        return (await db.execute(sql, params, custom_time_limit=OPTION_TIME_LIMIT_MS)).rows
    except (QueryInterrupted, sqlite3.OperationalError):
        return []


async def queue_view(datasette, request):
    db, _ = await resolve_database(datasette, request, "claims", "articles")
    from .extract.claimtypes import CLAIM_TYPES

    urls = ReviewUrls(datasette, db.name)
    actor = request.actor
    shown, where, params = queue_filters(request, actor)
    limit = page_number(request.args.get("_size"), QUEUE_PAGE_SIZE, QUEUE_MAX_PAGE_SIZE) or QUEUE_PAGE_SIZE
    after = parse_next(request.args.get("_next"))
    # (the "_offset" links of older versions still work)
    offset = after[0] if after else page_number(request.args.get("_offset"), 0, 10_000_000)
    filters_sql = " ".join(where)
    rows = await queue_page(db, filters_sql, params, limit + 1, offset, after)
    has_more = len(rows) > limit
    statuses = await status_rows(db)
    by_id = {s["id"]: s for s in statuses}
    claims = []
    for i, row in enumerate(rows[:limit]):
        status = by_id.get(row["status"]) or {"label": row["status"], "color": DEFAULT_COLOR}
        claims.append(
            {
                **dict(row),
                "number": offset + i + 1,
                "status_label": status["label"],
                "status_color": status["color"],
                "url": urls.claim(row["id"]),
                "article_url": urls.article(row["article_id"]),
                "anchor": "claim-" + tilde_encode(row["id"]),
            }
        )
    as_json = request.url_vars.get("format") == "json" or request.args.get("_format") == "json"
    # the count and the filter choices, at once: on a huge database each may run to its time
    # limit, and one after another they would add up
    helpers = [optional_rows(db, QUEUE_COUNT.format(open_claims=OPEN_CLAIMS, filters=filters_sql),
                             params)]
    if not as_json:
        helpers += [
            optional_rows(db, QUEUE_ASSIGNEES.format(open_claims=OPEN_CLAIMS),
                          {"limit": OPTION_LIST_LIMIT}),
            optional_rows(db, QUEUE_SPEAKERS.format(open_claims=OPEN_CLAIMS),
                          {"limit": OPTION_LIST_LIMIT}),
            optional_rows(db, QUEUE_ARTICLES, {"limit": OPTION_LIST_LIMIT}),
        ]
    count_rows, *choices = await asyncio.gather(*helpers)
    count = count_rows[0][0] if count_rows else None
    article_title = None
    if "article" in shown:
        row = (await db.execute(SELECT_ARTICLE_TITLE, [shown["article"]])).first()
        article_title = row[0] if row else None
    query = dict(shown, _size=limit if limit != QUEUE_PAGE_SIZE else None)
    last = rows[limit - 1] if has_more else None
    token = next_token(offset + limit, last["checkworthiness"], last["queue_rowid"]) if last else None
    next_url = urls.queue(**query, _next=token) if token else None
    here = {"_next": request.args.get("_next")} if after else {"_offset": offset or None}
    # a keyset page knows the one after it, not the one before: it links to the first
    prev_url = (
        urls.queue(**query, _offset=(offset - limit) if offset > limit else None)
        if offset and not after else None
    )
    first_url = urls.queue(**query) if after and offset else None
    me = actor.get("id") if actor else None
    context = {
        "database": db.name,
        "claims": claims,
        "count": count,
        "filters": shown,
        "article_title": article_title,
        "me": me,
        "statuses": statuses,
        "open_statuses": [s for s in statuses if not s["is_final"]],
        "can_review": await can_review(datasette, actor, db.name),
        "is_mutable": db.is_mutable,
        "offset": offset,
        "next_url": next_url,
        "prev_url": prev_url,
        "first_url": first_url,
        "links": {
            "dashboard": urls.dashboard(),
            "queue": urls.queue(),
            "json": urls.queue(format="json", **query, **here),
            "self": urls.queue(**query, **here),
            "mine": urls.queue(**dict(shown, assignee="_me")),
        },
    }
    if as_json:
        return Response.json(
            {
                "database": db.name,
                "filters": shown,
                "count": count,
                "offset": offset,
                "claims": [
                    {k: v for k, v in c.items() if k not in ("anchor", "number", "queue_rowid")}
                    for c in claims
                ],
                "next": urls.queue(format="json", **query, _next=token) if token else None,
            }
        )
    assignee_rows, speaker_rows, article_rows = choices
    context.update(
        {
            "assignees": [{"name": r[0], "n": r[1]} for r in assignee_rows],
            "speakers": [{"name": r[0], "n": r[1]} for r in speaker_rows],
            "articles": [{"id": r[0], "title": r[1]} for r in article_rows],
            "claim_types": list(CLAIM_TYPES),
            # is the filtered value among the choices, or must it be added as one?
            "assignee_listed": any(r[0] == shown.get("assignee") for r in assignee_rows),
            "article_listed": any(r[0] == shown.get("article") for r in article_rows),
            "review_next": context["links"]["self"],
            "review_form_open": False,
        }
    )
    html = await datasette.render_template("factcheck/queue.html", context, request=request)
    return Response.html(html)


def skip_csrf(scope) -> bool:
    """Datasette 0.65's token check is for forms: a JSON body to a review endpoint skips it.

    A browser cannot send ``Content-Type: application/json`` across sites without a CORS
    preflight that Datasette never grants, and ``cross_site`` refuses what a browser marks as
    cross-site anyway. Forms keep needing the token."""
    if scope.get("type") != "http" or scope.get("method") != "POST":
        return False
    path = scope.get("path") or ""
    if "/-/factcheck/" not in path or not path.endswith("/review"):
        return False
    headers = dict(scope.get("headers") or [])
    content_type = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
    return content_type == b"application/json"
