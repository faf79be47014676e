"""XSS: every payload in ``xss_payloads.PAYLOADS`` pushed through every imported field (id, title,
url, outlet, author, body and so the claim text and quotes, unknown fields kept in ``extra``) and
through the fields reviewers and the extractor fill (speaker, role, note, assignee, history notes
and evidence URLs), then rendered by every page: the plugin's dashboard (and its search), article,
claim and queue pages, signed in as a reviewer so the review forms render too, and Datasette's own
table and row pages.

Two checks: the HTML of every page holds no payload unescaped and no dangerous URL in a link
attribute (fast, both Datasette versions, no browser); and in chromium, loading every page opens
no dialog, sets no ``window.__xss`` and leaves no injected element or event handler.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import urllib.parse

import pytest
from datasette.utils import tilde_encode

from conftest import run_import
from xss_payloads import PAYLOADS

from datasette_factcheck.compat import actor_cookie

DB = "factcheck"
SECRET = "xss-test-secret"
ROOT = {"id": "root"}
N = len(PAYLOADS)
# Link-like attributes whose value must never be a script URL.
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "background",
                  "poster", "srcdoc")
PAYLOAD_SCRIPT = re.compile(r"alert|__xss|xss|msgbox|prompt\(|confirm\(", re.I)
DANGEROUS_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.I)
ATTRIBUTE = re.compile(r"""([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""")
TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")


def payload(i: int) -> str:
    return PAYLOADS[i % N]


def article_records() -> list[dict]:
    records = []
    for i in range(N):
        records.append({
            # Every fifth article's id is itself a payload (ids appear in links and forms).
            "id": payload(i) if i % 5 == 0 else f"xss-{i:03d}",
            "title": f"{payload(i)} budget row",
            "url": payload(i + 1) if i % 2 else f"https://example.org/{payload(i + 1)}",
            "outlet": payload(i + 2),
            "author": payload(i + 3),
            "published": "2026-03-09",
            "body": (
                f"Mayor Ann Lee said the council spent 4.2 million on {payload(i + 4)} last year.\n\n"
                f"\"We cut waiting lists by 12 per cent, {payload(i + 5)}\" Health Minister "
                f"Jo Park told reporters on Monday.\n\n"
                f"According to {payload(i + 6)}, 3,400 jobs were lost in 2025, up from 2,100."
            ),
            "section": payload(i + 7),
            payload(i + 8)[:40]: "key as payload",
        })
    return records


@pytest.fixture(scope="module")
def xss_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("xss") / f"{DB}.db"
    feed = path.with_name("feed.json")
    feed.write_text(json.dumps(article_records(), ensure_ascii=False))
    result = run_import(path, feed, "--silent", "--min-score", "0")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(path)
    with conn:
        n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert n_articles == N
        claims = [r[0] for r in conn.execute("SELECT id FROM claims ORDER BY article_id, position")]
        assert len(claims) >= 2 * N
        statuses = ("false", "in_progress", "true", "unchecked")
        for j, claim_id in enumerate(claims):
            status = statuses[j % len(statuses)]
            conn.execute(
                "UPDATE claims SET speaker = ?, speaker_role = ?, quote = COALESCE(quote, ?), "
                "note = ?, assignee = ?, status = ?, version = version + 1 WHERE id = ?",
                [payload(j), payload(j + 1), payload(j + 2), payload(j + 3), payload(j + 4),
                 status, claim_id],
            )
            if status != "unchecked":
                conn.execute(
                    "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, "
                    "evidence_url, changed_at) VALUES (?, 'unchecked', ?, ?, ?, ?, ?)",
                    [claim_id, status, payload(j + 5), payload(j + 6),
                     payload(j + 7) if j % 2 else f"https://example.org/?q={payload(j + 7)}",
                     "2026-03-10T10:00:00Z"],
                )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def page_paths(path, browser: bool = False) -> list[str]:
    """Every page to check. The claims are those whose fields carry each payload at least once
    (claim j holds payloads j..j+7); the browser visits every third of them."""
    conn = sqlite3.connect(path)
    try:
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        ordered = [r[0] for r in conn.execute(
            "SELECT id FROM claims ORDER BY article_id, position")][: N + 8]
    finally:
        conn.close()
    claims = ordered[::3] if browser else ordered
    q = urllib.parse.quote
    paths = [
        f"/-/factcheck/{DB}",
        f"/-/factcheck/{DB}?q=script",
        f"/-/factcheck/{DB}?q=alert",
        f"/-/factcheck/{DB}?q={q(PAYLOADS[0])}",
        f"/-/factcheck/{DB}/queue",
        f"/-/factcheck/{DB}/queue?speaker={q(PAYLOADS[1])}",
        f"/{DB}",
        f"/{DB}/articles",
        f"/{DB}/claims",
        f"/{DB}/claims?_search=alert",
        f"/{DB}/article_claims",
        f"/{DB}/article_summary",
        f"/{DB}/status_changes",
        f"/{DB}/name_variants",
    ]
    paths += [f"/-/factcheck/{DB}/articles/{tilde_encode(a)}" for a in articles]
    paths += [f"/-/factcheck/{DB}/claims/{tilde_encode(c)}" for c in claims]
    paths += [f"/{DB}/articles/{tilde_encode(a)}" for a in articles[::7]]
    paths += [f"/{DB}/claims/{tilde_encode(c)}" for c in claims[::9]]
    return paths


JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def unsafe_markup(page: str) -> list[str]:
    """Payloads present unescaped, JSON-LD that could close its script element, and link
    attributes holding script URLs."""
    problems = []
    for block in JSON_LD.findall(page):
        json.loads(block)
        if re.search(r"[<>]", block):
            problems.append(f"'<' or '>' unescaped inside JSON-LD: {block[:200]}")
    page = JSON_LD.sub("", page)
    for p in PAYLOADS:
        if any(c in p for c in "<>\"'") and p in page:
            problems.append(f"unescaped payload: {p}")
    for tag, attrs in TAG.findall(page):
        for name, *values in ATTRIBUTE.findall(attrs):
            value = html.unescape("".join(values))
            name = name.lower()
            # Datasette's own markup has a few handlers (1.0's table page: a button's onclick);
            # a payload's handler is the one that calls alert or sets __xss.
            if name.startswith("on") and PAYLOAD_SCRIPT.search(value):
                problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and DANGEROUS_URL.match(value.replace("\t", "")):
                problems.append(f"<{tag} {name}={value!r}>")
        if tag.lower() in ("iframe", "object", "embed", "base"):
            problems.append(f"<{tag}>")
    return problems


@pytest.mark.asyncio
async def test_every_page_escapes_every_payload(xss_db, make_datasette):
    ds = await make_datasette(xss_db, secret=SECRET)
    cookies = {"ds_actor": actor_cookie(ds, ROOT)}
    paths = page_paths(xss_db)
    assert len(paths) > 2 * N
    checked = 0
    for path in paths:
        for signed_in in (False, True):
            response = await ds.client.get(path, cookies=cookies if signed_in else {})
            if path.endswith("/queue") and not signed_in and response.status_code in (403, 404):
                continue
            assert response.status_code == 200, (path, response.status_code)
            assert not unsafe_markup(response.text), (path, unsafe_markup(response.text)[:5])
            checked += 1
    assert checked > 4 * N
    # Signed in as root, the review forms rendered the reviewer-written values too (the note
    # and the assignee are form values there), and they stayed escaped.
    claim_page = next(p for p in paths if "/-/factcheck/" in p and "/claims/" in p)
    response = await ds.client.get(claim_page, cookies=cookies)
    assert "<form" in response.text and 'name="note"' in response.text
    assert not unsafe_markup(response.text)


CHECK_PAGE = r"""
() => {
  const bad = [];
  if (window.__xss) bad.push('window.__xss = ' + window.__xss);
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const a of Array.from(el.attributes)) {
      const n = a.name.toLowerCase(), v = a.value;
      if (n.startsWith('on') && /alert|__xss|xss|msgbox|prompt\(|confirm\(/i.test(v)) {
        bad.push(`<${tag} ${n}="${v}">`);
      }
      if (/xss/i.test(n) || ((n === 'id' || n === 'class') && /xss/i.test(v))) {
        bad.push(`<${tag} ${n}="${v}">`);
      }
      if (%s.includes(n) && /^\\s*(javascript|vbscript|data)\\s*:/i.test(v.replace(/\\t/g, ''))) {
        bad.push(`<${tag} ${n}="${v}">`);
      }
    }
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(tag)) bad.push(`<${tag}>`);
    if (tag === 'meta' && el.httpEquiv) bad.push('<meta http-equiv>');
  }
  return bad;
}
""" % json.dumps(list(URL_ATTRIBUTES))


@pytest.mark.browser
def test_no_payload_runs_in_the_browser(xss_db, browser, start_server, make_datasette):
    from datasette.app import Datasette

    server = start_server(xss_db, "--secret", SECRET)
    cookie = actor_cookie(Datasette([], secret=SECRET), ROOT)
    context = browser.new_context()
    context.add_cookies([{"name": "ds_actor", "value": cookie, "url": server.url}])
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    # Loopback only: anything a payload tries to fetch elsewhere is refused.
    page.route(re.compile(r"^(?!http://127\.0\.0\.1:).*"), lambda route: route.abort())
    problems = {}
    visited = 0
    page.set_default_timeout(120_000)
    # The checks can see an attack: the payloads written raw into a page trip both of them.
    page.set_content("<!doctype html><body>" + "".join(PAYLOADS) + "</body>")
    page.wait_for_timeout(200)
    assert dialogs and len(page.evaluate(CHECK_PAGE)) > 10
    dialogs.clear()
    for path in page_paths(xss_db, browser=True):
        response = page.goto(server.url + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        # Autofocus, onerror and onload handlers would have fired by now; give timers a moment.
        page.wait_for_timeout(20)
        found = page.evaluate(CHECK_PAGE)
        if found:
            problems[path] = found[:5]
        visited += 1
    context.close()
    assert visited > N + 20
    assert not dialogs, dialogs[:10]
    assert not problems, dict(list(problems.items())[:5])
