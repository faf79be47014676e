"""Real text for the tests that check the extractor's short cuts (gates, caches, rewritten
patterns) against the computations they stand for: every article of the labelled sets in
eval/data, the test articles, and 300 articles of the benchmark corpus. Read once per run."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from datasette_factcheck.extract import sentences

REPO = Path(__file__).parents[1]


def _read(paths) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8") for path in paths)


@lru_cache(maxsize=None)
def labelled_texts() -> tuple[str, ...]:
    """The articles of the labelled sets in eval/data, in path order."""
    return _read(sorted(REPO.glob("eval/data/**/*.txt")))


@lru_cache(maxsize=None)
def test_articles() -> tuple[str, ...]:
    """The test articles in tests/articles."""
    return _read(sorted((REPO / "tests" / "articles").iterdir()))


@lru_cache(maxsize=None)
def articles() -> tuple[str, ...]:
    """``labelled_texts()``, ``test_articles()`` and 300 benchmark articles."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    return (labelled_texts() + test_articles()
            + tuple(article["body"] for article in corpus.generate(300, 1)))


@lru_cache(maxsize=None)
def article_sentences() -> tuple[str, ...]:
    """Every span ``sentences.split`` finds in ``articles()``, of any kind."""
    return tuple(text[s.start:s.end] for text in articles() for s in sentences.split(text))


def masked_articles():
    """Each of ``articles()`` as the pipeline gives it to the speaker rules: (body, the body with
    its quoted words masked, the spans of its sentences)."""
    from datasette_factcheck.extract import pipeline, quotes

    for body in articles():
        masked = pipeline._calm(pipeline._mask(body, quotes.find_quotes(body)))
        yield body, masked, [s for s in sentences.split(body) if s.kind == sentences.SENTENCE]
