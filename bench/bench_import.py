"""Import benchmark: ``sqlite-utils import-articles`` beside ``sqlite-utils insert`` of the same
articles as plain rows, at several corpus sizes, in one run.

    python bench/bench_import.py --sizes 1000,10000 [--workers-size 10000] [--formats-size 1000]

For every size N (a corpus from ``bench/corpus.py``, JSON Lines):

- baseline: ``sqlite-utils insert base.db articles corpus.jsonl --nl --pk id``;
- import: ``sqlite-utils import-articles fc.db corpus.jsonl --silent`` (default workers: all cores);
- re-import of the unchanged corpus into the same database (the fastest of three runs);

each timed, with the peak memory of the command (the largest process, from ``wait4``, and the
largest sampled sum over the process and its workers) and the database size.

Then, at one size, the same import through the library (``Importer(...).run``, exactly what the
command runs) with ``workers=1`` and ``workers=2``, for the speed-up and the time spent extracting
vs writing vs building the indexes a bulk load deferred (``Stats.extract_seconds`` /
``write_seconds`` / ``index_seconds``), and the extraction's speed per process both per second
of wall time and per CPU second (``Stats.extract_cpu_seconds``: what one core does, apart from
the moments the shared machine gave it to other work); and, at one size, the command on
each input format.

Writes ``bench/out/import.json`` and ``bench/out/import.md``.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import measure  # noqa: E402

SQLITE_UTILS = str(measure.BIN / "sqlite-utils")


def child_import(db_path: str, paths: list[str], workers: int) -> None:
    """Run what ``import-articles`` runs, and print its Stats as JSON (for the workers figures)."""
    import sqlite_utils

    from datasette_factcheck.extract import DEFAULT_THRESHOLD
    from datasette_factcheck.importer import Importer, iter_records
    from datasette_factcheck.readers import collect_inputs

    inputs, errors = collect_inputs(paths)
    assert not errors, errors
    db = sqlite_utils.Database(db_path)
    db.enable_wal()
    started = time.perf_counter()
    stats = Importer(db, DEFAULT_THRESHOLD, workers=workers).run(iter_records(inputs, "auto"))
    seconds = time.perf_counter() - started
    print(json.dumps({
        "seconds": seconds,
        "articles": stats.articles,
        "imported": stats.imported,
        "failed": stats.failed,
        "claims": stats.claims,
        "extract_seconds": stats.extract_seconds,
        "extract_cpu_seconds": stats.extract_cpu_seconds,
        "write_seconds": stats.write_seconds,
        "index_seconds": stats.index_seconds,
    }))


def counts(db_path) -> tuple[int, int]:
    conn = sqlite3.connect(db_path)
    try:
        return (conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0])
    finally:
        conn.close()


def check(run: measure.Run, what: str) -> None:
    if run.returncode != 0:
        raise SystemExit(f"{what} failed ({run.returncode}):\n{run.stderr[-2000:]}")


def numpy_installed() -> bool:
    """Whether sqlite-utils pays for numpy at start: it imports numpy when it is installed (the
    training extra installs it)."""
    return measure.run([sys.executable, "-c", "import numpy"]).returncode == 0


def bench_size(n: int, work: Path, seed: int) -> dict:
    manifest = corpus.cached_corpus(work, n, seed, formats=("jsonl",))
    path = manifest["files"]["jsonl"]
    base_db, fc_db = work / f"baseline-{n}.db", work / f"import-{n}.db"
    measure.remove_db(base_db)
    measure.remove_db(fc_db)
    print(f"[import] {n} articles: baseline insert", file=sys.stderr, flush=True)
    base = measure.run([SQLITE_UTILS, "insert", base_db, "articles", path, "--nl", "--pk", "id"])
    check(base, "sqlite-utils insert")
    print(f"[import] {n} articles: import-articles", file=sys.stderr, flush=True)
    first = measure.run([SQLITE_UTILS, "import-articles", fc_db, path, "--silent"])
    check(first, "import-articles")
    articles, claims = counts(fc_db)
    assert articles == n, (articles, n)
    size = measure.mb(fc_db)
    print(f"[import] {n} articles: unchanged re-import (fastest of 3)", file=sys.stderr,
          flush=True)
    # A short command: one run is mostly the machine's scheduling noise, so the fastest of three;
    # beside each, sqlite-utils' own start-up (``--version``), which every run pays first.
    agains, starts = [], []
    for _ in range(3):
        again = measure.run([SQLITE_UTILS, "import-articles", fc_db, path, "--silent"])
        check(again, "re-import")
        assert f"{n} unchanged" in again.stderr, again.stderr
        agains.append(again)
        start = measure.run([SQLITE_UTILS, "--version"])
        check(start, "sqlite-utils --version")
        starts.append(start.seconds)
    again = min(agains, key=lambda r: r.seconds)
    result = {
        "articles": n,
        "sentences": manifest["sentences"],
        "claims": claims,
        "baseline_seconds": base.seconds,
        "baseline_maxrss_mb": base.maxrss_mb,
        "baseline_db_mb": measure.mb(base_db),
        "import_seconds": first.seconds,
        "import_maxrss_mb": first.maxrss_mb,
        "import_tree_rss_mb": first.tree_rss_mb,
        "import_db_mb": size,
        "articles_per_second": n / first.seconds,
        "sentences_per_second": manifest["sentences"] / first.seconds,
        "claims_per_second": claims / first.seconds,
        "baseline_articles_per_second": n / base.seconds,
        "ratio_to_baseline": first.seconds / base.seconds,
        "reimport_seconds": again.seconds,
        "reimport_speedup": first.seconds / again.seconds,
        "startup_seconds": min(starts),
        "summary": first.stderr.strip().splitlines()[-1],
    }
    measure.remove_db(base_db)
    measure.remove_db(fc_db)
    return result


def bench_workers(n: int, work: Path, seed: int) -> dict:
    manifest = corpus.cached_corpus(work, n, seed, formats=("jsonl",))
    out = {"articles": n, "sentences": manifest["sentences"]}
    for workers in (1, 2):
        db = work / f"workers-{workers}.db"
        measure.remove_db(db)
        print(f"[import] {n} articles: library import, workers={workers}", file=sys.stderr,
              flush=True)
        r = measure.run([sys.executable, __file__, "--child-import", db,
                         manifest["files"]["jsonl"], "--workers", str(workers)])
        check(r, f"library import with {workers} workers")
        stats = json.loads(r.stdout)
        stats["wall_seconds"] = r.seconds
        stats["maxrss_mb"] = r.maxrss_mb
        stats["tree_rss_mb"] = r.tree_rss_mb
        out[f"workers_{workers}"] = stats
        measure.remove_db(db)
    one, two = out["workers_1"], out["workers_2"]
    out["speedup"] = one["seconds"] / two["seconds"]
    # With one worker, extraction and writing alternate in one process, and the indexes a bulk
    # load deferred are built at the end: their shares of its time.
    index = one.get("index_seconds", 0.0)
    busy = one["extract_seconds"] + one["write_seconds"] + index
    out["extract_share"] = one["extract_seconds"] / busy
    out["write_share"] = one["write_seconds"] / busy
    out["index_share"] = index / busy
    out["extract_articles_per_second_per_process"] = n / one["extract_seconds"]
    out["extract_sentences_per_second_per_process"] = manifest["sentences"] / one["extract_seconds"]
    out["extract_articles_per_cpu_second"] = n / one["extract_cpu_seconds"]
    out["extract_sentences_per_cpu_second"] = manifest["sentences"] / one["extract_cpu_seconds"]
    out["write_articles_per_second"] = n / one["write_seconds"]
    # The best 2 workers can do while one writer stores everything and then builds the indexes
    # (Amdahl: the writer and the index build are serial).
    streamed = one["extract_seconds"] + one["write_seconds"]
    out["speedup_bound"] = busy / (max(one["write_seconds"], streamed / 2) + index)
    return out


def bench_formats(n: int, work: Path, seed: int) -> dict:
    manifest = corpus.cached_corpus(work, n, seed, formats=corpus.FORMATS)
    out = {}
    for fmt in corpus.FORMATS:
        db = work / f"format-{fmt}.db"
        measure.remove_db(db)
        print(f"[import] {n} articles: format {fmt}", file=sys.stderr, flush=True)
        r = measure.run([SQLITE_UTILS, "import-articles", db, manifest["files"][fmt], "--silent"])
        check(r, f"import of {fmt}")
        articles, claims = counts(db)
        assert articles == n, (fmt, articles)
        out[fmt] = {"seconds": r.seconds, "articles_per_second": n / r.seconds, "claims": claims}
        measure.remove_db(db)
    return out


def markdown(results: dict) -> str:
    lines = []
    sizes = results["sizes"]
    lines.append("| Articles | Sentences | Claims stored | `insert` (baseline) | `import-articles` "
                 "| Articles/s | Claims/s | Ratio to baseline | Peak memory (largest process / "
                 "all processes) | Baseline peak | DB size (baseline) | Unchanged re-import (fastest of 3) "
                 "| Re-import speed-up |")
    lines.append("|" + " ---: |" * 13)

    for r in sizes:
        lines.append(
            f"| {r['articles']:,} | {r['sentences']:,} | {r['claims']:,} "
            f"| {r['baseline_seconds']:.2f} s | {r['import_seconds']:.1f} s "
            f"| {r['articles_per_second']:.0f} | {r['claims_per_second']:,.0f} "
            f"| {r['ratio_to_baseline']:.1f}x | {r['import_maxrss_mb']:.0f} MB / "
            f"{r['import_tree_rss_mb']:.0f} MB | {r['baseline_maxrss_mb']:.0f} MB "
            f"| {r['import_db_mb']:.0f} MB ({r['baseline_db_mb']:.0f} MB) "
            f"| {r['reimport_seconds']:.2f} s | {r['reimport_speedup']:.0f}x |"
        )
    lines.append("")
    if all("startup_seconds" in r for r in sizes):
        each = ", ".join(
            f"{r['startup_seconds']:.2f} s beside the {r['articles']:,}-article re-import "
            f"(which leaves {max(r['reimport_seconds'] - r['startup_seconds'], 0):.2f} s for the "
            "plugin's own work)"
            for r in sizes
        )
        lines.append(
            "sqlite-utils' own start-up (`sqlite-utils --version`, fastest of 3), paid by every "
            f"run{' (numpy is installed here, and sqlite-utils imports it at start)' if results.get('numpy') else ''}: "
            f"{each}."
        )
        lines.append("")
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        per_a = a["import_seconds"] / a["articles"]
        per_b = b["import_seconds"] / b["articles"]
        lines.append(
            f"Growth from {a['articles']:,} to {b['articles']:,} articles: time per article "
            f"{per_a * 1000:.2f} ms -> {per_b * 1000:.2f} ms ({per_b / per_a:.2f}x; 1.00x is "
            f"linear); peak memory of the largest process {a['import_maxrss_mb']:.0f} MB -> "
            f"{b['import_maxrss_mb']:.0f} MB ({(b['import_maxrss_mb'] / a['import_maxrss_mb'] - 1) * 100:+.0f}%), "
            f"of all processes {a['import_tree_rss_mb']:.0f} MB -> {b['import_tree_rss_mb']:.0f} MB "
            f"({(b['import_tree_rss_mb'] / a['import_tree_rss_mb'] - 1) * 100:+.0f}%)."
        )
        lines.append("")
    w = results.get("workers")
    if w:
        one, two = w["workers_1"], w["workers_2"]
        lines.append(f"Workers ({w['articles']:,} articles, library `Importer.run`, the code the "
                     "command runs):")
        lines.append("")
        lines.append("| Workers | Time | Articles/s | Extracting (summed over workers) | Writing "
                     "| Building indexes |")
        lines.append("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for k, s in (("1", one), ("2", two)):
            lines.append(f"| {k} | {s['seconds']:.1f} s | {w['articles'] / s['seconds']:.0f} "
                         f"| {s['extract_seconds']:.1f} s | {s['write_seconds']:.1f} s "
                         f"| {s.get('index_seconds', 0.0):.1f} s |")
        lines.append("")
        lines.append(
            f"Speed-up with 2 workers: **{w['speedup']:.2f}x**. With one worker the time splits "
            f"{w['extract_share'] * 100:.0f}% extracting / {w['write_share'] * 100:.0f}% writing / "
            f"{w.get('index_share', 0.0) * 100:.0f}% building the indexes deferred by the bulk "
            f"load; since one writer stores every article and then builds them, 2 workers can "
            f"reach at most "
            f"{w['speedup_bound']:.2f}x on this split. Extraction per process: "
            f"**{w['extract_articles_per_cpu_second']:.0f} articles** "
            f"({w['extract_sentences_per_cpu_second']:,.0f} sentences) **per CPU second**, "
            f"{w['extract_articles_per_second_per_process']:.0f} articles "
            f"({w['extract_sentences_per_second_per_process']:,.0f} sentences) per second of "
            f"wall time; the writer: {w['write_articles_per_second']:.0f} articles/s."
        )
        lines.append("")
    f = results.get("formats")
    if f:
        n = results["formats_articles"]
        lines.append(f"Each input format ({n:,} articles, `import-articles`, default workers):")
        lines.append("")
        lines.append("| Format | Time | Articles/s |")
        lines.append("| --- | ---: | ---: |")
        for fmt, s in f.items():
            lines.append(f"| {fmt} | {s['seconds']:.1f} s | {s['articles_per_second']:.0f} |")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--workers-size", type=int, default=None,
                        help="corpus size for the workers comparison [default: 10000 if run, "
                        "else the largest size]")
    parser.add_argument("--formats-size", type=int, default=1000,
                        help="corpus size for the per-format figures (0 to skip)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(measure.OUT))
    parser.add_argument("--child-import", nargs=2, metavar=("DB", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_import:
        child_import(args.child_import[0], [args.child_import[1]], args.workers)
        return 0
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    out = Path(args.out)
    work = out / "import"
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"sizes": [], "numpy": numpy_installed()}
    for n in sizes:
        results["sizes"].append(bench_size(n, work, args.seed))
    workers_size = args.workers_size or (10000 if 10000 in sizes else max(sizes))
    results["workers"] = bench_workers(workers_size, work, args.seed)
    if args.formats_size:
        results["formats_articles"] = args.formats_size
        results["formats"] = bench_formats(args.formats_size, work, args.seed)
    (out / "import.json").write_text(json.dumps(results, indent=2) + "\n")
    (out / "import.md").write_text(markdown(results) + "\n")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
