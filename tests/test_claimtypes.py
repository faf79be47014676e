"""The short cuts of claimtypes against the computations they stand for."""

from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datasette_factcheck.extract import claimtypes, sentences


def _sentences_of(paths):
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for span in sentences.split(text):
            yield text[span.start:span.end]


@lru_cache(maxsize=None)
def _labelled_sentences() -> tuple[str, ...]:
    """Every sentence of the labelled articles in eval/data (split once for all the tests)."""
    return tuple(_sentences_of(sorted(Path(__file__).parents[1].glob("eval/data/**/*.txt"))))


def _assert_comparison_short_cuts_agree(texts) -> int:
    """The two short cuts before the comparison pattern against the pattern itself: the gate
    (_may_compare) lets the pattern run wherever it matches, and its groups of alternatives
    (_has_comparison_phrase) find what the whole pattern finds."""
    checked = 0
    for text in texts:
        found = bool(claimtypes._COMPARISON_PHRASES.search(text))
        if found:
            assert claimtypes._may_compare(text, _words_in_full(text.lower())[2]), text
        assert claimtypes._has_comparison_phrase(text) == found, text
        checked += 1
    return checked


def test_each_comparison_alternative_is_in_one_group():
    parts = claimtypes._COMPARISON_PARTS
    assert {group for group, _ in parts} == set(claimtypes._COMPARISON_CUES)
    assert sum(p.pattern.count("|") + 1 for _, p in claimtypes._COMPARISON_GROUPS) >= len(parts)


def test_the_comparison_short_cuts_agree_with_the_pattern_in_the_labelled_articles():
    assert _assert_comparison_short_cuts_agree(_labelled_sentences()) > 20_000


@pytest.mark.shared_data
def test_the_comparison_short_cuts_agree_with_the_pattern_in_the_shared_texts(shared_data):
    paths = sorted(shared_data.glob("**/*.txt"))
    assert _assert_comparison_short_cuts_agree(_sentences_of(paths)) > 500


@pytest.mark.parametrize("text", [
    "Sales fell to 3.1 million from 3.4 million.", "It was the second most visited site.",
    "Prices rose 4% year on year.", "They sit third, two points clear of the relegation zone.",
    "The club is top of the table.", "Inflation was unchanged from May.",
    "Profits were ABOVE EXPECTATIONS.", "It would EXCEED'd the cap.", "a club-record fee",
    "COMPARED WITH last year", "Sales rose to 19 minutes from 16", "It came 3rd.",
    "It was \u0130n comparison", "compar\u0131son", "in comparıson", "a record \u212a",
    "above the 2% target", "to below 100,000", "Exports were three times higher.",
    "It was up from 2019 levels", "It was, a new record.", "Fewer than 10 came.",
])
def test_the_comparison_groups_agree_with_the_pattern_on_tricky_text(text):
    assert claimtypes._has_comparison_phrase(text) == bool(
        claimtypes._COMPARISON_PHRASES.search(text))


@pytest.mark.parametrize("text", [
    "Sales fell to 3.1 million from 3.4 million.", "It was the second most visited site.",
    "Prices rose 4% year on year.", "They sit third, two points clear of the relegation zone.",
    "The club is top of the table.", "Inflation was unchanged from May.",
    "A dotted \u0130 in a sentence.",
])
def test_the_comparison_gate_lets_through_what_the_pattern_needs(text):
    assert claimtypes._may_compare(text, _words_in_full(text.lower())[2])


# Sentences made of the patterns' own words, in any case, with the characters that fold to
# ASCII letters under IGNORECASE among them.
_PIECES = ("compared", "with", "to", "in", "comparison", "relative", "record", "high", "low",
           "all-time", "twice", "as", "the", "double", "half", "many", "much", "3", "three",
           "times", "more", "first", "second", "largest", "most", "up", "down", "unchanged",
           "from", "$4", "1.8%", "2019", "a", "year", "earlier", "ago", "on", "over", "top",
           "bottom", "of", "table", "points", "ahead", "above", "below", "behind", "clear",
           "short", "expectations", "forecasts", "estimate", "target", "goal", "previous",
           "months", "remain", "lie", "sits", "stays", "3rd", "safety", "lead", "seat",
           "place", "places", "compares", "exceed", "club-record", "fee", "came", "rose",
           "fell", "spot", "fewer", "than", "at", "fraction", "triple", "halve", "levels", ",",
           "new", "missed", "its", "own", "\u0130", "\u0131", "\u017f", "\u212a", "'s", ".")


@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.randoms(use_true_random=False))
@settings(max_examples=1500, deadline=None)
def test_the_comparison_groups_agree_with_the_pattern_on_any_sentence(pieces, rnd):
    text = " ".join(p.upper() if rnd.random() < 0.2 else p.title() if rnd.random() < 0.2 else p
                    for p in pieces)
    assert claimtypes._has_comparison_phrase(text) == bool(
        claimtypes._COMPARISON_PHRASES.search(text)), text


def _assert_same_than_matches(text: str) -> None:
    assert [m.span(0) + m.span(1) + m.span(2) for m in claimtypes._than_matches(text)] == [
        m.span(0) + m.span(1) + m.span(2) for m in claimtypes._THAN.finditer(text)], text


def test_than_matches_are_those_of_the_whole_search_in_the_labelled_articles():
    for text in _labelled_sentences():
        _assert_same_than_matches(text)


_THAN_PIECES = ("than", "THAN", "Than", "thanks", "Jonathan", "more", "less", "rather", "a",
                "bigger,", "don't", "’s", "-", "x-y", "(", "\"", "5", "1,200", ".", "ſ", "İ")


@given(st.lists(st.tuples(st.sampled_from(_THAN_PIECES),
                          st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", " \n "])),
                max_size=30))
@settings(max_examples=1500, deadline=None)
def test_than_matches_are_those_of_the_whole_search_on_any_sentence(pieces):
    _assert_same_than_matches("".join(word + space for word, space in pieces))


def _words_in_full(lower: str):
    tokens = set(claimtypes._TOKEN.findall(lower))
    compounds = {t for t in tokens if "-" in t}
    return tokens, compounds, tokens | {part for t in compounds for part in t.split("-")}


@given(st.text(alphabet=st.sampled_from(list("ab -–'’.x2")), max_size=40))
@settings(max_examples=800, deadline=None)
def test_words_skip_the_hyphen_split_only_where_there_is_no_hyphen(text):
    assert claimtypes._words(text) == _words_in_full(text)


def test_words_are_those_of_the_full_split_in_the_labelled_articles():
    for text in _labelled_sentences():
        assert claimtypes._words(text.lower()) == _words_in_full(text.lower()), text
