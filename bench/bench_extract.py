"""Extraction speed: sentences per second on one core for the full extraction (sentences,
quotes, speakers, claim types and check-worthiness scoring), and a check that the extractor's
memory does not grow with the amount of text it has processed.

    python bench/bench_extract.py            # or: make bench-extract
    python bench/bench_extract.py --seconds 5

Corpus: the Wikinews plain texts and the seed article from ../shared/data (when present), the
bundled sample articles and the test articles, each read as the import command reads it. The
corpus is run repeatedly until ``--seconds`` have passed; the best of ``--rounds`` rounds is
reported. Import memory (the database side) is measured by the import benchmark.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import extract_claims  # noqa: E402
from datasette_factcheck.extract import sentences as seg  # noqa: E402
from datasette_factcheck.extract.scoring import score_sentence  # noqa: E402
from datasette_factcheck.readers import collect_inputs, read_input  # noqa: E402

TARGET = 5000


def corpus_paths() -> list[Path]:
    shared = ROOT.parent / "shared" / "data"
    paths = []
    if shared.is_dir():
        paths += sorted((shared / "wikinews" / "plaintext").glob("*.txt"))
        paths += sorted((shared / "seed").glob("*.txt"))
    paths += sorted((ROOT / "datasette_factcheck" / "samples").iterdir())
    paths += sorted((ROOT / "tests" / "articles").iterdir())
    return [p for p in paths if p.is_file()]


def load_bodies(paths: list[Path]) -> list[str]:
    bodies = []
    inputs, _ = collect_inputs([str(p) for p in paths])
    for item in inputs:
        for article in read_input(item, "auto"):
            if hasattr(article, "body"):
                bodies.append(article.body)
    return bodies


def _idlest_cpu(cpus: set[int], seconds: float = 0.5) -> int:
    """The CPU with the most idle time over ``seconds`` (from /proc/stat), else the first."""
    def idle() -> dict[int, int]:
        out = {}
        try:
            with open("/proc/stat") as f:
                for line in f:
                    if line.startswith("cpu") and line[3:4].isdigit():
                        fields = line.split()
                        out[int(fields[0][3:])] = int(fields[4]) + int(fields[5])
        except OSError:
            pass
        return out

    before = idle()
    time.sleep(seconds)
    after = idle()
    scored = [(after.get(c, 0) - before.get(c, 0), -c) for c in cpus]
    return -max(scored)[1] if scored else min(cpus)


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = _idlest_cpu(set(os.sched_getaffinity(0)))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}, the idlest when the run started"
    return "not pinned (no sched_setaffinity on this platform)"


def rate(fn, bodies: list[str], seconds: float, rounds: int) -> tuple[float, float]:
    """Best rate of ``fn`` over ``bodies`` (units counted by ``fn``), per wall-clock second and
    per CPU second of this process. On a busy machine the first undercounts what a dedicated
    core does (the process waits for the CPU); the second does not."""
    best_wall = best_cpu = 0.0
    for _ in range(rounds):
        units = 0
        started, cpu_started = time.perf_counter(), time.process_time()
        while True:
            for body in bodies:
                units += fn(body)
            elapsed = time.perf_counter() - started
            if elapsed >= seconds / rounds:
                break
        cpu = max(time.process_time() - cpu_started, 1e-9)
        best_wall = max(best_wall, units / elapsed)
        best_cpu = max(best_cpu, units / cpu)
    return best_wall, best_cpu


def memory_growth(bodies: list[str]) -> tuple[int, int]:
    """Peak traced memory (bytes) while extracting the corpus once, and while extracting it ten
    times over: equal peaks mean nothing is kept from one article to the next."""
    peaks = []
    for repeat in (1, 10):
        gc.collect()
        tracemalloc.start()
        for _ in range(repeat):
            for body in bodies:
                extract_claims(body)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return peaks[0], peaks[1]


def run(seconds: float = 3.0, rounds: int = 3, out=sys.stdout) -> dict:
    pinned = pin_to_one_core()
    paths = corpus_paths()
    bodies = load_bodies(paths)
    n_sentences = sum(len(extract_claims(b)) for b in bodies)
    n_chars = sum(len(b) for b in bodies)
    full, full_cpu = rate(lambda b: len(extract_claims(b)), bodies, seconds, rounds)
    split_only, _ = rate(
        lambda b: sum(1 for s in seg.split(b) if s.kind == seg.SENTENCE), bodies, seconds / 2, rounds)
    texts = [c.text for b in bodies for c in extract_claims(b)]

    def score_all(_body, texts=texts):
        for t in texts:
            score_sentence(t)
        return len(texts)

    scoring, _ = rate(score_all, [""], seconds / 2, rounds)
    once, tenfold = memory_growth(bodies)
    result = {
        "articles": len(bodies),
        "sentences": n_sentences,
        "characters": n_chars,
        "full": full,
        "full_cpu": full_cpu,
        "load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
        "split_only": split_only,
        "scoring_only": scoring,
        "peak_once": once,
        "peak_tenfold": tenfold,
        "pinned": pinned,
    }
    print(f"corpus: {len(bodies)} articles, {n_sentences} sentences, {n_chars} characters "
          f"({len(paths)} files); {pinned}", file=out)
    load = result["load"]
    print(f"full extraction: {full_cpu:,.0f} sentences per CPU second on one core "
          f"(target {TARGET:,}: {'met' if full_cpu >= TARGET else 'NOT met'})", file=out)
    print(f"  wall clock: {full:,.0f} sentences/s"
          + (f" (load average {load:.1f} while measuring; equal to the above on an idle machine)"
             if load is not None else ""), file=out)
    print(f"  sentence splitting alone: {split_only:,.0f} sentences/s", file=out)
    print(f"  check-worthiness scoring alone: {scoring:,.0f} sentences/s", file=out)
    print(f"extractor peak memory: {once / 1e6:.2f} MB for the corpus once, "
          f"{tenfold / 1e6:.2f} MB for it ten times over "
          f"({'does not grow' if tenfold <= once * 1.2 + 100_000 else 'GROWS'})", file=out)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    run(args.seconds, args.rounds)
