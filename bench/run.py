"""``make bench``: run every benchmark and write ``bench/RESULTS.md``.

    python bench/run.py [--sizes 1000,10000] [--pages-articles 100000] [--only import,pages,...]

Parts: ``import`` (bench_import.py), ``pages`` (bench_pages.py), and the benchmarks other parts of
the project keep here, run when present: ``extract`` (bench_extract.py), ``scoring``
(bench_scoring.py), ``review`` (bench_review.py), ``names`` (bench_names.py). Each part's output is
kept under ``bench/out/``; with ``--only``, the other parts' last results are reused and RESULTS.md
says when each part was measured.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure  # noqa: E402

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "RESULTS.md"
STATE = measure.OUT / "run-state.json"
OTHERS = (
    ("extract", "bench_extract.py", "Extraction alone"),
    ("scoring", "bench_scoring.py", "Check-worthiness scoring"),
    ("review", "bench_review.py", "Concurrent reviewers"),
    ("names", "bench_names.py", "Name variants across the database"),
)
PART_TIMEOUT = 3 * 3600


def run_part(name: str, cmd: list[str], state: dict) -> None:
    print(f"== {name}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=measure.REPO, stdout=subprocess.PIPE, text=True,
                          timeout=PART_TIMEOUT)
    (measure.OUT / f"{name}.stdout.txt").write_text(proc.stdout)
    state[name] = {
        "command": " ".join(["python", *[str(c) for c in cmd[1:]]]).replace(str(measure.REPO) + "/", ""),
        "returncode": proc.returncode,
        "seconds": time.perf_counter() - started,
        "machine": measure.machine(),
    }
    if proc.returncode != 0:
        print(f"== {name} FAILED with status {proc.returncode}", file=sys.stderr, flush=True)


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}x"


def targets(state: dict) -> list[tuple[str, str, str, str]]:
    """(target, goal, measured, met?) rows from the parts' JSON results."""
    rows = []

    def met(ok: bool) -> str:
        return "met" if ok else "**missed**"

    imp_path = measure.OUT / "import.json"
    if "import" in state and imp_path.exists():
        imp = json.loads(imp_path.read_text())
        w = imp["workers"]
        # Judged per CPU second, as the extraction benchmark is: what one process gets done on
        # one core. The wall-time figure beside it also counts the moments the shared machine
        # gave that core to other work.
        rows.append(("Extraction speed per process", ">= 200 articles/s",
                     f"{w['extract_articles_per_cpu_second']:.0f} articles per CPU second "
                     f"({w['extract_articles_per_second_per_process']:.0f} per second of wall time)",
                     met(w["extract_articles_per_cpu_second"] >= 200)))
        rows.append(("Extraction speed per process (sentences)", ">= 5,000 sentences/s",
                     f"{w['extract_sentences_per_cpu_second']:,.0f} sentences per CPU second "
                     f"({w['extract_sentences_per_second_per_process']:,.0f} per second of wall "
                     f"time)",
                     met(w["extract_sentences_per_cpu_second"] >= 5000)))
        rows.append(("2 workers vs 1", ">= 1.7x",
                     f"{w['speedup']:.2f}x ({w['extract_share'] * 100:.0f}% extracting / "
                     f"{w['write_share'] * 100:.0f}% writing; bound {w['speedup_bound']:.2f}x)",
                     met(w["speedup"] >= 1.7)))
        for s in imp["sizes"]:
            rows.append((f"Unchanged re-import, {s['articles']:,} articles", ">= 10x faster",
                         f"{s['reimport_speedup']:.0f}x ({s['import_seconds']:.1f} s -> "
                         f"{s['reimport_seconds']:.2f} s)", met(s["reimport_speedup"] >= 10)))
        by_n = {s["articles"]: s for s in imp["sizes"]}
        if 10000 in by_n and 100000 in by_n:
            a, b = by_n[10000], by_n[100000]
            growth = b["import_maxrss_mb"] / a["import_maxrss_mb"] - 1
            tree = b["import_tree_rss_mb"] / a["import_tree_rss_mb"] - 1
            rows.append(("Peak memory 10,000 -> 100,000 articles", "within 20%",
                         f"{growth * 100:+.0f}% largest process ({a['import_maxrss_mb']:.0f} -> "
                         f"{b['import_maxrss_mb']:.0f} MB); {tree * 100:+.0f}% all processes",
                         met(abs(growth) <= 0.2 and abs(tree) <= 0.2)))
        else:
            rows.append(("Peak memory 10,000 -> 100,000 articles", "within 20%",
                         "not run (needs BENCH_SIZES with 10000 and 100000)", "not run"))
        sizes = imp["sizes"]
        for a, b in zip(sizes, sizes[1:]):
            pa = a["import_seconds"] / a["articles"]
            pb = b["import_seconds"] / b["articles"]
            rows.append((f"Time growth {a['articles']:,} -> {b['articles']:,} articles",
                         "no worse than linear (time per article not growing; 10% noise allowed)",
                         f"{pa * 1000:.1f} -> {pb * 1000:.1f} ms per article ({pb / pa:.2f}x)",
                         met(pb / pa <= 1.10)))
    pages_path = measure.OUT / "pages.json"
    if "pages" in state and pages_path.exists():
        pages = json.loads(pages_path.read_text())
        for key, r in pages["pages"].items():
            if r.get("target"):
                rows.append((f"{r['label']} vs {r['baseline_label']}", f"<= {r['target']}x",
                             f"{r['ratio']:.2f}x ({r['median_ms']:.1f} vs "
                             f"{r['baseline_median_ms']:.1f} ms median)",
                             met(r["ratio"] <= r["target"])))
    return rows


def write_results(state: dict, args) -> None:
    m = measure.machine()
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python bench/run.py`); every figure below comes from the run(s) "
        "named in its section. The machine is shared, so absolute times move from run to run; the "
        "ratios are measured side by side in the same run.",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
    ]
    for k in ("date", "cpu", "cores", "memory_gb", "os", "python", "sqlite", "datasette",
              "sqlite-utils", "datasette-factcheck", "commit", "load_average"):
        label = {"memory_gb": "memory (GB)", "load_average": "load average at the end",
                 "date": "written"}.get(k, k)
        lines.append(f"| {label} | {m.get(k)} |")
    lines.append("")
    lines.append("## Targets")
    lines.append("")
    lines.append("| Target | Goal | Measured | |")
    lines.append("| --- | --- | --- | --- |")
    for row in targets(state):
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")

    def section(title: str, name: str, body: str) -> None:
        info = state.get(name)
        lines.append(f"## {title}")
        lines.append("")
        if not info:
            lines.append("Not run.")
            lines.append("")
            return
        mi = info["machine"]
        lines.append(f"`{info['command']}` — finished {mi['date']}, {info['seconds'] / 60:.1f} "
                     f"min, datasette {mi['datasette']}, commit {mi['commit']}, load average "
                     f"{mi['load_average']}"
                     + ("" if info["returncode"] == 0 else
                        f" — **exited with status {info['returncode']}**"))
        lines.append("")
        lines.append(body)
        lines.append("")

    imp_md = measure.OUT / "import.md"
    imp_sizes = ""
    if "import" in state and imp_md.exists():
        imp = json.loads((measure.OUT / "import.json").read_text())
        imp_sizes = ("Sizes run: " + ", ".join(f"{s['articles']:,}" for s in imp["sizes"])
                     + " articles (JSON Lines from `bench/corpus.py`, seed 1, ~25 sentences "
                     "each). `make bench BENCH_SIZES=1000,10000,100000` runs the 100,000 size too."
                     "\n\n")
    section("Import", "import", imp_sizes + (imp_md.read_text() if imp_md.exists() else ""))
    pages_md = measure.OUT / "pages.md"
    section("Pages", "pages", pages_md.read_text() if pages_md.exists() else "")
    for name, script, title in OTHERS:
        out = measure.OUT / f"{name}.stdout.txt"
        text = out.read_text().strip() if out.exists() else ""
        section(f"{title} (`bench/{script}`)", name, text)
    RESULTS.write_text("\n".join(lines).rstrip() + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--pages-articles", type=int, default=100_000)
    parser.add_argument("--only", default="", help="comma-separated parts to run")
    args = parser.parse_args(argv)
    measure.OUT.mkdir(parents=True, exist_ok=True)
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    state = json.loads(STATE.read_text()) if STATE.exists() else {}
    py = sys.executable
    failed = []
    plan = [
        ("import", [py, str(BENCH / "bench_import.py"), "--sizes", args.sizes]),
        ("pages", [py, str(BENCH / "bench_pages.py"), "--articles", str(args.pages_articles)]),
    ]
    for name, script, _ in OTHERS:
        if (BENCH / script).exists():
            plan.append((name, [py, str(BENCH / script)]))
    for name, cmd in plan:
        if only and name not in only:
            continue
        run_part(name, cmd, state)
        STATE.write_text(json.dumps(state, indent=2))
        if state[name]["returncode"] != 0:
            failed.append(name)
    write_results(state, args)
    print(f"wrote {RESULTS.relative_to(measure.REPO)}", file=sys.stderr)
    if failed:
        print(f"failed parts: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
