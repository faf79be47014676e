"""Name variants across the database: how long the comparison of a database's surnames takes.

    .venv/bin/python bench/bench_names.py [SIZES]

``name_index.refresh`` compares the totals of every surname in the database, one first letter
at a time, with ``extract.names.find_cross_variants`` after each import that wrote anything.
This times that comparison alone for vocabularies of SIZES distinct surnames (default
5000,20000,60000: a desk with tens of thousands of real articles has tens of thousands of
surnames), made of seeded random syllables with accented letters among them, so a run is
repeatable. Prints the best of three passes for each size and the number of variants found.
"""

from __future__ import annotations

import pathlib
import random
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import names  # noqa: E402

SYLLABLES = ("ka lo mi ran tes vor en ash bel dor fin gar hol ish jen kov lin mar nov ost per "
             "quin ros sten tor ul ven wick yar zel é ü").split()


def vocabulary(size: int, seed: int = 1) -> tuple[dict[str, dict[str, int]], set[str]]:
    """``size`` distinct surnames with counts, grouped by first letter as ``refresh`` reads
    them, and the 2% seen only at a sentence start."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    while len(counts) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if len(word) >= names.MIN_LENGTH:
            counts[word] = rng.randint(1, 50)
    by_letter: dict[str, dict[str, int]] = {}
    for word, n in counts.items():
        by_letter.setdefault(word[0], {})[word] = n
    return by_letter, set(rng.sample(sorted(counts), size // 50))


def main() -> None:
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "5000,20000,60000").split(",")]
    for size in sizes:
        by_letter, variant_only = vocabulary(size)
        best = float("inf")
        found = 0
        for _ in range(3):
            started = time.perf_counter()
            found = sum(len(names.find_cross_variants(totals, variant_only & set(totals)))
                        for _, totals in sorted(by_letter.items()))
            best = min(best, time.perf_counter() - started)
        print(f"{size:,} distinct surnames: {best:.2f} s ({found:,} variants; best of 3)")


if __name__ == "__main__":
    main()
