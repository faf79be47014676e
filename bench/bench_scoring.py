"""Check-worthiness scoring speed: sentences per second of score_sentence on one core.

    .venv/bin/python bench/bench_scoring.py [N]

Scores N sentences (default 50,000: ClaimBuster sentences from ../shared/data when present, else
generated news-like sentences) through a freshly loaded model, so the per-word cache starts cold, and
prints the best of three passes. Target: >= 20,000 sentences/s.
"""

from __future__ import annotations

import csv
import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import scoring  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"


def sentences(n: int) -> list[str]:
    path = SHARED / "claimbuster" / "crowdsourced.csv"
    if path.exists():
        with open(path, newline="", encoding="utf-8") as f:
            texts = [r["Text"] for r in csv.DictReader(f)]
    else:
        rng = random.Random(1)
        words = ("the minister said spending rose by 4.2 percent to $3 billion in 2023 while "
                 "critics warned that I think we should not trust Reuters reported figures").split()
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 35))) + "." for _ in range(5000)]
    return (texts * (n // len(texts) + 1))[:n]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    texts = sentences(n)
    t = time.perf_counter()
    scoring.load_model()
    load = time.perf_counter() - t
    best = 0.0
    for _ in range(3):
        model = scoring.load_model()
        score = model.score
        t = time.perf_counter()
        for text in texts:
            score(text)
        best = max(best, n / (time.perf_counter() - t))
    print(f"model load: {load * 1000:.0f} ms")
    print(f"check-worthiness scoring: {best:,.0f} sentences/s on one core ({n:,} sentences, best of 3)")


if __name__ == "__main__":
    main()
