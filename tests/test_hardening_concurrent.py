"""Importing into the file a running Datasette server serves: the server keeps answering every
request while the import writes (WAL mode: readers never wait for the writer), it sees the new
articles arrive, and its pages show them afterwards."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from conftest import REPO

SQLITE_UTILS = str(Path(sys.executable).with_name("sqlite-utils"))
NEW_ARTICLES = 300
SAMPLE_ARTICLE = "free-school-meals-expansion"
COUNT_URL = "/factcheck.json?sql=select+count(*)+as+n+from+articles&_shape=array"


def load_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_server_keeps_answering_while_an_import_writes_the_same_file(
    samples_db, start_server, tmp_path
):
    manifest = load_corpus().write_corpus(tmp_path / "corpus", NEW_ARTICLES, seed=11,
                                          formats=("jsonl",))
    conn = sqlite3.connect(samples_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    before = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    conn.close()

    server = start_server(samples_db)
    pages = [
        "/-/factcheck/factcheck",
        f"/-/factcheck/factcheck/articles/{SAMPLE_ARTICLE}",
        "/factcheck/claims?_size=20",
        "/factcheck/articles",
        f"/factcheck/articles/{SAMPLE_ARTICLE}",
    ]
    answers: list[tuple[str, int]] = []
    counts: list[int] = []
    stop = threading.Event()

    def poll():
        while not stop.is_set():
            for page in pages:
                status, _ = get(server.url + page)
                answers.append((page, status))
            status, body = get(server.url + COUNT_URL)
            answers.append((COUNT_URL, status))
            if status == 200:
                counts.append(json.loads(body)[0]["n"])

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        result = subprocess.run(
            [SQLITE_UTILS, "import-articles", str(samples_db), manifest["files"]["jsonl"],
             "--silent", "--workers", "2"],
            capture_output=True, text=True, timeout=600,
        )
        during = len(answers)
        time.sleep(0.5)
    finally:
        stop.set()
        poller.join(60)
    assert result.returncode == 0, result.stderr
    assert f"{NEW_ARTICLES} articles: {NEW_ARTICLES} imported" in result.stderr

    failures = [(page, status) for page, status in answers if status != 200]
    assert not failures, failures[:10]
    assert during >= 2 * len(pages), "the server was hardly asked anything during the import"
    # Counts only ever grow, and the server saw the articles arrive while the import ran.
    assert counts == sorted(counts)
    assert counts[0] >= before and counts[-1] == before + NEW_ARTICLES
    assert len(set(counts)) > 2, counts

    # Afterwards every kind of page shows the new articles.
    new_id = "bench-0000123"
    conn = sqlite3.connect(samples_db)
    title, claim_id = conn.execute(
        "SELECT articles.title, claims.id FROM articles JOIN claims ON claims.article_id = "
        "articles.id WHERE articles.id = ? ORDER BY claims.position LIMIT 1", [new_id]
    ).fetchone()
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    escaped_title = title.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")
    for page in (f"/-/factcheck/factcheck/articles/{new_id}", f"/factcheck/articles/{new_id}"):
        status, body = get(server.url + page)
        assert status == 200, page
        assert escaped_title in body.decode() or title in body.decode(), page
    status, body = get(server.url + f"/-/factcheck/factcheck/claims/{claim_id}.json")
    assert status == 200
    assert json.loads(body)["claim"]["article_id"] == new_id
    status, body = get(server.url + "/-/factcheck/factcheck.json")
    assert status == 200
    assert str(before + NEW_ARTICLES) in body.decode()
