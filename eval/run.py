"""Run every evaluation and write EVALUATION.md at the repository root.

    python -m eval.run        # or: python eval/run.py, or: make eval

Each module in ``SECTIONS`` exposes ``evaluate(shared_data: Path) -> str``, returning a Markdown
section that starts with ``## `` and says how its figures were made. The shared data lives beside
the repository in ``../shared/data``; every section skips cleanly when it is absent.
"""

from __future__ import annotations

import importlib
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECTIONS = ["sentences", "quotes", "speakers", "claimtypes", "checkworthiness", "speed"]


def shared_data_dir() -> Path:
    return ROOT.parent / "shared" / "data"


def run(out: Path | None = None, data: Path | None = None) -> str:
    data = data or shared_data_dir()
    from datasette_factcheck.extract import EXTRACTOR_VERSION

    parts = [
        "# Evaluation",
        "",
        "Written by `make eval` (`python -m eval.run`); every figure below is recomputed on each run.",
        "",
        f"- extractor version: {EXTRACTOR_VERSION}",
        f"- data: `../shared/data` ({'present' if data.is_dir() else 'ABSENT: sections skipped'})",
        f"- machine: {platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()}",
        f"- run at: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
    ]
    for name in SECTIONS:
        try:
            module = importlib.import_module(f"eval.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"eval.{name}":
                raise
            parts.append(f"## {name}\n\nNot measured: `eval/{name}.py` is absent.\n")
            continue
        started = time.perf_counter()
        section = module.evaluate(data).rstrip() + "\n"
        if not section.startswith("## "):
            raise ValueError(f"eval/{name}.py returned a section not starting with '## '")
        parts.append(section)
        print(f"{name}: done in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    text = "\n".join(parts)
    out = out or ROOT / "EVALUATION.md"
    out.write_text(text, encoding="utf-8")
    return text


if __name__ == "__main__":
    run()
    print(f"wrote {ROOT / 'EVALUATION.md'}", file=sys.stderr)
