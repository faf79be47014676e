"""Extraction speed, from ``bench/bench_extract.py``.

How it is measured: the benchmark pins the process to one CPU, reads the Wikinews plain texts,
the seed article, the bundled samples and the test articles as the import command does, and runs
``extract_claims`` (sentences, quotes, speakers, claim types and check-worthiness scoring) over
them repeatedly; the best of three rounds is reported in sentences per second. It also traces the
extractor's peak memory for the corpus once and ten times over. The database side of import
memory is measured by the import benchmark in ``bench/``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def evaluate(shared_data: Path) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import bench_extract
    finally:
        sys.path.pop(0)
    out = io.StringIO()
    r = bench_extract.run(seconds=3.0, rounds=3, out=out)
    grows = r["peak_tenfold"] > r["peak_once"] * 1.2 + 100_000
    return "\n".join([
        "## Speed",
        "",
        f"Target: >= {bench_extract.TARGET:,} sentences per second on one core for the full "
        "extraction.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| full extraction, per CPU second of the process (one core's rate) | "
        f"**{r['full_cpu']:,.0f} sentences/s** |",
        f"| full extraction, wall clock | {r['full']:,.0f} sentences/s |",
        f"| sentence splitting alone | {r['split_only']:,.0f} sentences/s |",
        f"| check-worthiness scoring alone | {r['scoring_only']:,.0f} sentences/s |",
        f"| corpus | {r['articles']} articles, {r['sentences']} sentences, "
        f"{r['characters']:,} characters |",
        f"| extractor peak memory, corpus once / ten times | {r['peak_once'] / 1e6:.2f} MB / "
        f"{r['peak_tenfold'] / 1e6:.2f} MB ({'grows' if grows else 'does not grow'}) |",
        "",
        f"Run: `python bench/bench_extract.py` ({r['pinned']}"
        + (f", load average {r['load']:.1f} while measuring" if r.get("load") is not None else "")
        + "). The two agree on an idle machine; when other work shares the core, the wall "
        "clock also counts the time this process waited for it, so the CPU-time figure is the "
        "rate of one core running the extractor. "
        + (f"Target met: **{'yes' if r['full_cpu'] >= bench_extract.TARGET else 'no'}**"
           f" (wall clock: {'yes' if r['full'] >= bench_extract.TARGET else 'no'})."),
        "",
        "How: " + " ".join(__doc__.split("How it is measured: ", 1)[1].split()),
        "",
    ])


if __name__ == "__main__":
    print(evaluate(ROOT.parent / "shared" / "data"))
