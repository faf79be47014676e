"""Pages benchmark: the plugin's pages beside Datasette's own comparable pages, in one run.

    python bench/bench_pages.py [--articles 100000] [--claims-per-article 20] [--requests 40]

Builds (once; cached under ``bench/out/pages/``) a database of N articles with 20 claims each in
the real schema (``schema.ensure_schema``), filled directly with SQL rather than through the
extractor: bodies are written from the corpus generator's sentences and every claim's
``start``/``end`` points at its sentence. Some claims carry a verdict with a history row, so the
claim pages show timelines and the facets have several values.

Then starts ``datasette serve`` on 127.0.0.1 (with the plugin and ``metadata.yml``) and a second
server on the same file with the plugin unregistered (Datasette alone), and measures, alternating
the two pages of each pair request by request so that both see the same machine load:

| Plugin page | Datasette's comparable page |
| --- | --- |
| dashboard ``/-/factcheck/<db>`` | table page ``/<db>/articles`` |
| article page ``/-/factcheck/<db>/articles/<id>`` | row page ``/<db>/articles/<id>`` |
| claim page ``/-/factcheck/<db>/claims/<id>`` | row page ``/<db>/claims/<id>`` |
| claims table filtered by status, with facets (plugin installed: badges) | the same URL on Datasette without the plugin |
| full-text search: dashboard ``?q=`` | table search ``/<db>/claims?_search=`` |

Writes ``bench/out/pages.json`` and ``bench/out/pages.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import measure  # noqa: E402

DB_VERSION = "1"
DB_NAME = "factcheck"  # metadata.yml's table settings (facets, sort) are written for this name
CLAIM_TYPES = ("quantity", "quote", "factual", "comparison", "prediction")
# (status, share of claims); the rest stay unchecked.
REVIEWED = (("in_progress", 0.02), ("true", 0.015), ("false", 0.015), ("mostly_true", 0.01),
            ("misleading", 0.01), ("mixed", 0.005), ("unproven", 0.005))
SEARCH_TERMS = ("budget", "petition", "hospital", "flood defences", "commuters", "pupils",
                "figure wrong", "investment")

# Runs Datasette with this plugin unregistered: Datasette alone, for the side-by-side baseline.
DATASETTE_ALONE = (
    "import sys, datasette.plugins as p\n"
    "for name, plugin in list(p.pm.list_name_plugin()):\n"
    "    if 'datasette_factcheck' in getattr(plugin, '__name__', ''):\n"
    "        p.pm.unregister(plugin)\n"
    "from datasette.cli import cli\n"
    "sys.argv[0] = 'datasette'\n"
    "cli()\n"
)


# -- the database ---------------------------------------------------------------------------------


def build_database(path: Path, n_articles: int, per_article: int, seed: int = 1) -> dict:
    """Fill ``path`` with n articles x per_article claims in the real schema, fast."""
    import sqlite_utils

    from datasette_factcheck import schema

    measure.remove_db(path)
    db = sqlite_utils.Database(path)
    schema.ensure_schema(db)
    conn = db.conn
    # A bulk load: no journal and a large page cache (the random-order indexes on status,
    # speaker and score otherwise thrash a small one); WAL, as the import sets it, at the end.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    # Bulk load without the full-text triggers, then rebuild the indexes once and put the
    # triggers back exactly as they were: the end state is the real schema.
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'"
    ).fetchall()
    r = random.Random(seed)
    now = "2026-01-01T00:00:00Z"
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    change_rows = []
    shares = []
    acc = 0.0
    for status, share in REVIEWED:
        acc += share
        shares.append((acc, status))
    for i in range(n_articles):
        rr = random.Random(f"{seed}:{i}")
        w = corpus._Writer(rr)
        article_id = f"a{i:07d}"
        parts, claims, offset = [], [], 0
        for k in range(per_article):
            sentence = w.sentence()
            sep = "" if k == 0 else ("\n\n" if k % 3 == 0 else " ")
            offset += len(sep)
            parts.append(sep + sentence)
            title, name = rr.choice(w.people)
            x = r.random()
            status = next((s for edge, s in shares if x < edge), "unchecked")
            claim_id = f"c{i:07d}{k:03d}"
            claims.append((
                claim_id, article_id, k, offset, offset + len(sentence), sentence, name, title,
                None, CLAIM_TYPES[(i + k) % len(CLAIM_TYPES)], round(r.random(), 4), status,
                1 if status != "unchecked" else 0, now,
            ))
            if status != "unchecked":
                change_rows.append((claim_id, "unchecked", status, "root", "Checked against the "
                                    "published figures.", "https://example.org/evidence", now))
            offset += len(sentence)
        body = "".join(parts)
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        conn.execute(
            "INSERT INTO articles (id, title, url, outlet, author, published, body, source, "
            "content_hash, extracted_with, imported_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, f"{w.topic[1].capitalize()} in {w.place}: story {i}",
             f"https://news.example.org/{w.topic[0]}/{i}", rr.choice(corpus.OUTLETS),
             f"{rr.choice(corpus.FIRST)} {rr.choice(corpus.LAST)}", day, body, "bench",
             f"{i:064x}", "bench", now, now),
        )
        conn.executemany(
            'INSERT INTO claims (id, article_id, position, start, "end", text, speaker, '
            "speaker_role, quote, claim_type, checkworthiness, status, version, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            claims,
        )
        if len(change_rows) > 10000:
            conn.executemany(
                "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, "
                "evidence_url, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", change_rows)
            change_rows = []
    conn.executemany(
        "INSERT INTO status_changes (claim_id, from_status, to_status, actor, note, "
        "evidence_url, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", change_rows)
    for table in ("articles", "claims"):
        conn.execute(f"INSERT INTO [{table}_fts]([{table}_fts]) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0]
              for t in ("articles", "claims", "status_changes")}
    db.close()
    return counts


def cached_database(root: Path, n_articles: int, per_article: int) -> tuple[Path, dict]:
    folder = root / f"pages-v{DB_VERSION}-c{corpus.CORPUS_VERSION}-n{n_articles}-k{per_article}"
    path = folder / f"{DB_NAME}.db"
    done = folder / "counts.json"
    if done.exists() and path.exists():
        return path, json.loads(done.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    counts = build_database(path, n_articles, per_article)
    counts["build_seconds"] = time.perf_counter() - started
    done.write_text(json.dumps(counts))
    return path, counts


# -- servers --------------------------------------------------------------------------------------


class Server(measure.Server):
    """The server with the plugin, or Datasette alone (the plugin unregistered) for comparison."""

    def __init__(self, db_path: Path, plugin: bool = True):
        command = [str(measure.BIN / "datasette")] if plugin else [sys.executable, "-c", DATASETTE_ALONE]
        super().__init__(command, db_path)
        plugins = json.loads(urllib.request.urlopen(self.url + "/-/plugins.json").read())
        has_plugin = any(p["name"] == "datasette-factcheck" for p in plugins)
        if has_plugin != plugin:
            self.stop()
            raise SystemExit(f"server plugin state is {has_plugin}, expected {plugin}")


# -- measuring ------------------------------------------------------------------------------------


def sample_ids(path: Path, k: int, seed: int = 7) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(path)
    try:
        n = conn.execute("SELECT MAX(rowid) FROM articles").fetchone()[0]
        m = conn.execute("SELECT MAX(rowid) FROM claims").fetchone()[0]
        r = random.Random(seed)
        articles = [conn.execute("SELECT id FROM articles WHERE rowid = ?",
                                 [r.randint(1, n)]).fetchone()[0] for _ in range(k)]
        # Reviewed claims have a history: half the claim pages show a timeline.
        reviewed = [row[0] for row in conn.execute(
            "SELECT claim_id FROM status_changes ORDER BY id LIMIT 5000").fetchall()]
        claims = []
        for j in range(k):
            if j % 2 and reviewed:
                claims.append(r.choice(reviewed))
            else:
                claims.append(conn.execute("SELECT id FROM claims WHERE rowid = ?",
                                           [r.randint(1, m)]).fetchone()[0])
        return articles, claims
    finally:
        conn.close()


def queue_tokens(path: Path, fractions: tuple[float, ...]) -> list[str]:
    """"_next" tokens of review queue pages that far into the open claims (0.5: half way), as
    the queue writes them (claims shown, score and rowid of the last one shown)."""
    conn = sqlite3.connect(path)
    try:
        open_claims = conn.execute(
            "SELECT COUNT(*) FROM claims WHERE in_article = 1 AND status IN "
            "(SELECT id FROM statuses WHERE is_final = 0)").fetchone()[0]
        tokens = []
        for fraction in fractions:
            depth = max(1, int(open_claims * fraction))
            score, rowid = conn.execute(
                "SELECT checkworthiness, rowid FROM claims WHERE in_article = 1 AND +status IN "
                "(SELECT id FROM statuses WHERE is_final = 0) "
                "ORDER BY checkworthiness DESC, rowid DESC LIMIT 1 OFFSET ?", [depth - 1]).fetchone()
            tokens.append(f"{depth},{score!r},{rowid}")
        return tokens
    finally:
        conn.close()


def pairs(db: str, articles: list[str], claims: list[str], deep: list[str] = ()):
    q = urllib.parse.quote
    statuses = ("unchecked", "false", "true", "in_progress")
    by_score = f"/{db}/claims?_sort_desc=checkworthiness"
    queue = [
        ("queue", "Review queue, first page", lambda i: f"/-/factcheck/{db}/queue",
         "claims table by check-worthiness", lambda i: by_score, "same", None),
    ] + [
        (f"queue_deep_{k}", f"Review queue, {int(token.split(',')[0]):,} open claims deep",
         lambda i, token=token: f"/-/factcheck/{db}/queue?_next={q(token)}",
         "claims table by check-worthiness", lambda i: by_score, "same", None)
        for k, token in enumerate(deep)
    ]
    return queue + [
        ("dashboard", "Dashboard", lambda i: f"/-/factcheck/{db}",
         "articles table page", lambda i: f"/{db}/articles", "same", 2.0),
        ("article", "Article page", lambda i: f"/-/factcheck/{db}/articles/{q(articles[i])}",
         "articles row page", lambda i: f"/{db}/articles/{q(articles[i])}", "same", 1.5),
        ("claim", "Claim page", lambda i: f"/-/factcheck/{db}/claims/{q(claims[i])}",
         "claims row page", lambda i: f"/{db}/claims/{q(claims[i])}", "same", 1.5),
        ("claims_filtered", "Claims table, status filter + facets (plugin installed)",
         lambda i: f"/{db}/claims?status={statuses[i % len(statuses)]}",
         "the same URL, Datasette without the plugin",
         lambda i: f"/{db}/claims?status={statuses[i % len(statuses)]}", "alone", None),
        ("search", "Full-text search (dashboard ?q=)",
         lambda i: f"/-/factcheck/{db}?q={q(SEARCH_TERMS[i % len(SEARCH_TERMS)])}",
         "claims table search ?_search=",
         lambda i: f"/{db}/claims?_search={q(SEARCH_TERMS[i % len(SEARCH_TERMS)])}", "same", None),
    ]


def measure_pair(plugin_server: Server, other: Server, page, baseline, requests: int,
                 warmup: int = 3) -> dict:
    a_times, b_times = [], []
    errors: dict[str, list] = {"page": [], "baseline": []}
    for i in range(warmup):
        plugin_server.get(page(i))
        other.get(baseline(i))
    for i in range(requests):
        # Alternate which goes first, so neither page always follows the other.
        order = [(plugin_server, page, a_times, "page"), (other, baseline, b_times, "baseline")]
        if i % 2:
            order.reverse()
        for server, url, times, which in order:
            seconds, status, _ = server.get(url(i))
            times.append(seconds * 1000)
            if status != 200:
                # e.g. 400 when a query runs past Datasette's time limit (sql_time_limit_ms)
                errors[which].append(f"{url(i)} -> {status}")
    return {
        "errors": errors["page"],
        "baseline_errors": errors["baseline"],
        "median_ms": measure.median(a_times),
        "p95_ms": measure.percentile(a_times, 95),
        "baseline_median_ms": measure.median(b_times),
        "baseline_p95_ms": measure.percentile(b_times, 95),
        "ratio": measure.median(a_times) / measure.median(b_times),
        "requests": requests,
    }


def markdown(results: dict) -> str:
    c = results["database"]
    lines = [
        f"Database: {c['articles']:,} articles, {c['claims']:,} claims, "
        f"{c['status_changes']:,} history rows, {results['db_mb']:,.0f} MB "
        f"(built directly with SQL in {c.get('build_seconds', 0):.0f} s). "
        f"{results['requests']} requests per page after 3 warm-up requests, the two pages of "
        "each pair alternating, over 127.0.0.1, one request at a time.",
        "",
        "| Page | Median | p95 | Datasette's comparable page | Median | p95 | Ratio of medians "
        "| Target |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |",
    ]
    notes = []
    for key, r in results["pages"].items():
        target = f"<= {r['target']}x" if r.get("target") else "-"
        met = "" if not r.get("target") else (" (met)" if r["ratio"] <= r["target"]
                                               else " (**missed**)")
        flag = {}
        for which in ("errors", "baseline_errors"):
            if r.get(which):
                notes.append(f"{len(r[which])} of {r['requests']} requests to the "
                             f"{'plugin' if which == 'errors' else 'comparable'} page of "
                             f"\"{r['label']}\" failed, e.g. `{r[which][0]}` (Datasette answers "
                             "400 when a query runs past its time limit, `sql_time_limit_ms`; the "
                             "time until that answer is included in the figures).")
                flag[which] = " *"
        lines.append(
            f"| {r['label']} | {r['median_ms']:.1f} ms{flag.get('errors', '')} "
            f"| {r['p95_ms']:.1f} ms | {r['baseline_label']} "
            f"| {r['baseline_median_ms']:.1f} ms{flag.get('baseline_errors', '')} "
            f"| {r['baseline_p95_ms']:.1f} ms | {r['ratio']:.2f}x | {target}{met} |"
        )
    lines += [""] + [f"\\* {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--claims-per-article", type=int, default=20)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--out", default=str(measure.OUT))
    args = parser.parse_args(argv)
    out = Path(args.out)
    print(f"[pages] database of {args.articles:,} articles", file=sys.stderr, flush=True)
    path, counts = cached_database(out / "pages", args.articles, args.claims_per_article)
    articles, claims = sample_ids(path, args.requests + 3)
    print("[pages] starting servers", file=sys.stderr, flush=True)
    with_plugin = Server(path, plugin=True)
    try:
        alone = Server(path, plugin=False)
        try:
            results = {"database": counts, "db_mb": measure.mb(path), "requests": args.requests,
                       "pages": {}}
            deep = queue_tokens(path, (0.01, 0.5))
            for key, label, page, base_label, baseline, where, target in pairs(
                    DB_NAME, articles, claims, deep):
                print(f"[pages] {label}", file=sys.stderr, flush=True)
                other = with_plugin if where == "same" else alone
                r = measure_pair(with_plugin, other, page, baseline, args.requests)
                r.update(label=label, baseline_label=base_label, target=target,
                         example=page(0), baseline_example=baseline(0))
                results["pages"][key] = r
        finally:
            alone.stop()
    finally:
        with_plugin.stop()
    (out / "pages.json").write_text(json.dumps(results, indent=2) + "\n")
    (out / "pages.md").write_text(markdown(results))
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
