"""The short cuts of find_attribution against the computations they stand for, on the sentences
find_attribution reads: every sentence of the labelled articles in eval/data, of tests/articles
and of the benchmark corpus, masked as the pipeline masks it."""

from __future__ import annotations

import re
from functools import lru_cache

try:  # (the parser of the re module, which the comma counts below are read from)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import masked_articles

from datasette_factcheck.extract import attribution, phrases


@lru_cache(maxsize=None)
def _corpus() -> tuple[str, ...]:
    """Each masked sentence as find_attribution is given it, and as it reads it (its asides
    blanked), once."""
    given_ = [masked[s.start:s.end] for _, masked, spans in masked_articles() for s in spans]
    read = [attribution._blank_asides(text) for text in given_]
    return tuple(dict.fromkeys(given_ + read))


def test_the_corpus_is_large():
    assert len(_corpus()) > 30_000


def _asked_in_full(text: str) -> list[tuple[int, str]]:
    """The words of _ASKED_WORDS as a scan of every word of the sentence finds them."""
    return [(m.start(), m.group()) for m in attribution._WORDS.finditer(text)
            if m.group() in attribution._ASKED_WORDS]


def _asked(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in attribution._ASKED.finditer(text)]


def test_the_asked_words_are_found_where_every_word_is_read():
    for text in _corpus():
        assert _asked(text) == _asked_in_full(text), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(sorted(attribution._ASKED_WORDS) + [
    " ", "-", "'", "’", "_", ",", "s", "un", "A", "1", "é"]), max_size=12).map("".join))
def test_the_asked_words_are_found_where_every_word_is_read_in_any_text(text):
    assert _asked(text) == _asked_in_full(text)


def test_every_word_find_attribution_asks_tokens_about_is_an_asked_word():
    # ``tokens`` holds only the _ASKED_WORDS of the sentence: a word asked about outside them
    # would never be found
    import inspect
    import re

    source = inspect.getsource(attribution.find_attribution)
    asked = set(re.findall(r'"(\w+)" in tokens', source))
    for group in re.findall(r"tokens\.isdisjoint\(\(([^)]*)\)\)", source):
        asked |= set(re.findall(r'"(\w+)"', group))
    for name in re.findall(r"tokens\.isdisjoint\((_[A-Z_]+)\)", source):
        asked |= getattr(attribution, name)
    assert len(asked) > 30
    assert asked <= attribution._ASKED_WORDS, asked - attribution._ASKED_WORDS


def _span(match):
    return match.span() if match else None


def test_the_look_backs_find_from_two_words_before_what_they_find_from_the_start():
    # before every word find_attribution asks about (where the reporting verbs are)
    checked = 0
    for text in _corpus():
        for word in attribution._ASKED.finditer(text):
            end = word.start()
            near = attribution._words_before(text, end, 2)
            for pattern in attribution._TWO_WORD_LOOK_BACKS:
                assert _span(pattern.search(text, near, end)) == _span(
                    pattern.search(text, 0, end)), (pattern.pattern, text, end)
            checked += 1
    assert checked > 30_000


# Words the look-backs look for, and what may stand between them.
_LOOK_BACK_WORDS = st.sampled_from([
    "did", "not", "has", "been", "the", "a", "An", "Nguyen", "what", "they", "in", "of", "report",
    "could", "12", "3,400", "50%", "newly", "x", "-", "_"])
_SPACES = st.sampled_from([" ", " ", "  ", "\t", " \t ", "\xa0", "\n", ", ", "-", ""])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(_LOOK_BACK_WORDS, _SPACES), max_size=6).map(
    lambda pairs: "".join(word + space for word, space in pairs)))
def test_the_look_backs_find_from_two_words_before_what_they_find_from_the_start_in_any_text(text):
    for end in range(len(text) + 1):
        near = attribution._words_before(text, end, 2)
        for pattern in attribution._TWO_WORD_LOOK_BACKS:
            assert _span(pattern.search(text, near, end)) == _span(pattern.search(text, 0, end))


def _assert_gates_pass_every_match(text: str, end: int) -> None:
    """Where the gates before _WHEN_AFTER_COMMA and _TAILS_AFTER_ROLE say no, the patterns
    find nothing."""
    if not attribution._may_end_in_when(text, end):
        assert not attribution._WHEN_AFTER_COMMA.search(text, max(0, end - 30), end), (text, end)
    if not attribution._may_end_in_tail(text, end):
        for tail in attribution._TAILS_AFTER_ROLE:
            assert not tail.search(text, max(0, end - 160), end), (tail.pattern, text, end)


def test_the_gates_before_the_subjects_tails_pass_every_match():
    # before every word find_attribution asks about, and before the auxiliaries in front of it
    checked = 0
    for text in _corpus():
        for word in attribution._ASKED.finditer(text):
            for end in {word.start(), attribution._strip_aux(text, word.start())}:
                _assert_gates_pass_every_match(text, end)
                checked += 1
    assert checked > 30_000


@pytest.mark.parametrize("text", [
    "Ms Rose Kyomuhendo, last week told", "Ms Rose Kyomuhendo, last week \n told",
    "Olumide Adeyemi-Johnson, chairman of the Real Estate Developers Forum, Lagos chapter, said",
    "Sutarmo, a smallholder in Kampar regency, Riau, said",
    "Sutarmo, a smallholder in Kampar regency, Riau,\nsaid",
    "Shahana Begum, executive director of the Nouyatri Safety Forum, a passenger rights group,\n",
    "Mr Ade, on Monday\t\x85 said", "Kim Lee, yesterday said", "Kim Lee, also  said",
    "Kim Lee, today said", "Kim Lee, earlier said", "Kim Lee, recently said",
    "Kim Lee, previously said", "Kim Lee, this weekend said", "Kim Lee, last month said",
    "Kim Lee, this year said", "Kim Lee, last night said",
])
def test_the_gates_before_the_subjects_tails_pass_every_match_in_tricky_text(text):
    for end in range(len(text) + 1):
        _assert_gates_pass_every_match(text, end)


@pytest.mark.parametrize("text", [
    "Among them was Walter Pruitt, a 78-year-old retired machinist, who said",
    "The news has angered local councillors, who say they were given 48 hours' notice",
    "the opposition Civic Alternative party, which says the fee is too low",
    "Walter Pruitt,\twho\ttold", "Walter Pruitt,\nwhich\xa0said",
])
def test_the_gate_before_who_said_passes_it(text):
    assert attribution._WHO_SAID.search(text)
    assert attribution._RELATIVE_AFTER_COMMA.search(text)


def test_the_gate_before_who_said_passes_every_match():
    matched = 0
    for text in _corpus():
        if attribution._WHO_SAID.search(text):
            assert attribution._RELATIVE_AFTER_COMMA.search(text), text
            matched += 1
    assert matched > 10


def _agent_in_full(last: str, bare: str):
    return (attribution._BY_AGENT.match(last)
            or attribution._DOCUMENT_FROM.match(bare[:1].lower() + bare[1:])
            or attribution._OWNED_DOCUMENT.match(bare))


def _subjects(text: str):
    """The last clause of the words before each verb, as find_attribution reads them, and the
    sentence itself."""
    yield text
    for word in attribution._ASKED.finditer(text):
        phrase, _ = attribution._subject_before(text, attribution._strip_aux(text, word.start()))
        yield attribution._CONJUNCTIONS.split(phrase)[-1]


def _same_match(a, b) -> bool:
    return (a is None and b is None) or (
        a is not None and b is not None and a.re is b.re and a.span() == b.span())


def test_the_agent_and_pronoun_gates_pass_every_match():
    checked = found = 0
    for text in _corpus():
        for last in _subjects(text):
            bare = last.strip()
            if not bare:
                continue
            full = _agent_in_full(last, bare)
            assert _same_match(attribution._agent_of(last, bare), full), last
            if not bare.endswith(attribution._PRONOUN_ENDS):
                assert not attribution._PHRASE_ENDS_IN_PRONOUN.search(bare), bare
            checked += 1
            found += full is not None
    assert checked > 50_000 and found > 1_000


@pytest.mark.parametrize("last", [
    "Residents interviewed by the Riverton Herald", "A statement from the airline",
    "PC World's recent analysis of its own traffic", "Figures published in The Lancet",
    "Data from the bureau", "the agency’s annual report", "a report\tby\tthe council",
    "Residents interviewed\tby\tthe Herald",
])
def test_the_agent_gates_pass_it(last):
    assert attribution._agent_of(last, last.strip()) is not None


@pytest.mark.parametrize("bare", [
    "In his homily he", "On Monday she", "At the meeting they", "During the debate\tthey",
])
def test_the_pronoun_gate_passes_it(bare):
    assert attribution._PHRASE_ENDS_IN_PRONOUN.search(bare)
    assert bare.endswith(attribution._PRONOUN_ENDS)


def _blank_asides_in_full(masked: str) -> str:
    """Every aside of _ASIDES tried, as _blank_asides does when the sentence holds a comma."""
    for cues, pattern, replace in attribution._ASIDES:
        if any(cue in masked for cue in cues):
            masked = pattern.sub(replace, masked)
    return masked


def test_asides_with_few_commas_are_blanked_as_by_every_aside():
    # each sentence, and the same with only its first comma and with none
    changed = 0
    for text in _corpus():
        first = text.find(",") + 1
        for variant in (text, text[:first] + text[first:].replace(",", " "),
                        text.replace(",", " ")):
            full = _blank_asides_in_full(variant)
            assert attribution._blank_asides(variant) == full, variant
            assert full.count(",") <= variant.count(","), variant  # (no aside adds a comma)
            changed += full != variant
    assert changed > 300


@pytest.mark.parametrize("text", [
    "The Delmont, Illinois-based company said", "The firm, which employs 9,000 people, said",
    "The settlement, announced Tuesday, also requires", "The National Weather Service, known as "
    "the NWS, said", "Dana Whitcomb, PharmD, RPh, said", "The court, however, noted",
    "Sen. Mark Hollis, R-Texas, told", "Acme Robotics, Inc. (NYSE: ACMR), a provider, said",
])
def test_each_aside_that_needs_a_comma_is_blanked(text):
    assert attribution._blank_asides(text) != text
    assert attribution._blank_asides(text) == _blank_asides_in_full(text)


_ASIDE_WORDS = st.sampled_from([
    "The", "the", "Delmont", "Illinois-based", "which", "employs", "9", "000", "announced",
    "known", "as", "NWS", "PharmD", "RPh", "however", "said", "told", "R-Texas", "Inc.", "(WHO)",
    "who", "asked", "not", "to", "be", "named", "is", "calling", "for", "a", "company", "Kim"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(_ASIDE_WORDS, st.sampled_from([" ", " ", "\t", ""])), max_size=12).map(
    lambda pairs: "".join(word + space for word, space in pairs)))
def test_no_aside_that_needs_commas_matches_with_fewer(text):
    for pattern, needed in attribution._COMMAS_NEEDED.items():
        assert not pattern.search(text)
        # and with one comma between any two words, where two are needed
        if needed == 2:
            for at in range(len(text) + 1):
                assert not pattern.search(text[:at] + "," + text[at:])
    assert "," not in _blank_asides_in_full(text)


def _fewest_commas(parsed) -> tuple[int, int]:
    """(the fewest commas a match of ``parsed`` consumes, the fewest the text must hold from where
    the match starts), read from the parsed pattern: a lookahead's commas count in the second
    figure only, on top of the commas consumed before it, since it may look at commas consumed
    after it. Lookbehinds, and anything this does not know, count as none (a lower bound)."""
    consumed = required = 0
    for op, av in parsed:
        if op is _sre.LITERAL:
            here = (1, 1) if av == ord(",") else (0, 0)
        elif op is _sre.IN:
            only_comma = all(o is _sre.LITERAL and a == ord(",") for o, a in av)
            here = (1, 1) if only_comma else (0, 0)
        elif op is _sre.SUBPATTERN:
            here = _fewest_commas(av[-1])
        elif op is _sre.BRANCH:
            branches = [_fewest_commas(branch) for branch in av[1]]
            here = (min(c for c, _ in branches), min(r for _, r in branches))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            least, _, sub = av
            c, r = _fewest_commas(sub)
            here = (least * c, (least - 1) * c + r) if least else (0, 0)
        elif op is _sre.ASSERT and av[0] == 1:  # (a lookahead)
            here = (0, _fewest_commas(av[1])[1])
        else:
            here = (0, 0)
        required = max(required, consumed + here[1])
        consumed += here[0]
    return consumed, max(required, consumed)


@pytest.mark.parametrize("pattern, commas", [
    (r",", 1), (r"[,]", 1), (r"[,;]", 0), (r",\s+\w+,", 2), (r"(?:,|;)\s", 0), (r"(?:,\s){2,}", 2),
    (r"a(?=,)", 1), (r",(?=\s,)", 2), (r",(?=,)", 2), (r"(?:x(?=,),?)+", 1), (r",(?:x(?=,),?)+", 2),
    (r"(?<=,)x", 0), (r",?x", 0),
])
def test_the_comma_count_read_from_a_pattern(pattern, commas):
    assert _fewest_commas(_sre_parse.parse(pattern))[1] == commas


def test_each_aside_needs_the_commas_it_is_skipped_without():
    # _COMMAS_NEEDED is kept by hand; each count must follow from its pattern, so that an edit to
    # a pattern that lets it match with fewer commas fails here (and not only on the corpora)
    for pattern, needed in attribution._COMMAS_NEEDED.items():
        assert _fewest_commas(_sre_parse.parse(pattern.pattern))[1] >= needed, pattern.pattern
    # and the asides left without a count do match with fewer (or could only be given one by hand)
    uncounted = [pattern for _, pattern, _ in attribution._ASIDES
                 if pattern not in attribution._COMMAS_NEEDED]
    assert uncounted and all(_fewest_commas(_sre_parse.parse(p.pattern))[1] == 0 for p in uncounted)


def _clean_phrase_in_full(phrase: str) -> str:
    phrase = phrase.strip().strip("_ ").strip()
    phrase = phrases._LEADING_JUNK.sub("", phrase)
    phrase = phrases._TRAILING_TIME.sub("", phrase)
    return phrase.strip(" ,.;:")


def test_clean_phrase_agrees_with_both_patterns_tried():
    checked = changed = 0
    for text in _corpus():
        for phrase in (*text.split(","), *_subjects(text)):
            full = _clean_phrase_in_full(phrase)
            assert phrases._clean_phrase(phrase) == full, phrase
            checked += 1
            changed += full != phrase.strip().strip("_ ").strip().strip(" ,.;:")
    assert checked > 100_000 and changed > 1_000


@pytest.mark.parametrize("phrase", [
    "But Kim Lee", "and the council", "So Kim", "Yet Kim", "However Kim", "Meanwhile Kim",
    "Also Kim", "Now Kim", "Still Kim", "Then Kim", "Instead Kim", "Earlier Kim", "Later Kim",
    "Today Kim", "On Monday Kim", "In 2023 Kim", "As Kim", "While Kim", "When Kim", "If Kim",
    "Although Kim", "Though Kim", "Since Kim", "Because Kim", "Neighbouring Kim", "Nearby Kim",
    "Kim Lee on Monday", "Kim Lee last week", "Kim Lee this weekend", "Kim Lee in 2023",
    "Kim Lee last month", "Kim Lee this year", "Kim Lee on Tuesday morning", "Kim Lee yesterday",
    "Kim Lee today", "Kim Lee tonight", "Kim Lee recently", "Kim Lee in May", "Kim Lee in June",
    "Kim Lee in January", "Kim Lee in February", "Kim Lee in March", "Kim Lee in April",
    "Kim Lee in July", "Kim Lee in August", "Kim Lee in September", "Kim Lee in October",
    "Kim Lee in November", "Kim Lee in December", "Kim Lee late on Friday night",
    "Kim Lee during the afternoon", "Kim Lee early this evening",
])
def test_clean_phrase_cuts_what_both_patterns_cut(phrase):
    assert phrases._clean_phrase(phrase) == _clean_phrase_in_full(phrase) != phrase


def test_the_junk_initials_are_those_of_the_leading_junk_words():
    """_JUNK_INITIALS is kept by hand beside _LEADING_JUNK: each alternative of the pattern
    starts with a [Xx] pair, and the pairs' letters are the set, no more and no fewer."""
    pattern = phrases._LEADING_JUNK.pattern
    assert pattern.startswith("^(?:(?:") and pattern.endswith(r")\s+)+")
    initials = set()
    for alternative in pattern[len("^(?:(?:"):-len(r")\s+)+")].split("|"):
        pair = re.match(r"\[([A-Za-z])([A-Za-z])\]", alternative)
        assert pair, alternative
        initials.update(pair.groups())
    assert initials == set(phrases._JUNK_INITIALS)


def test_the_time_ends_are_those_of_the_trailing_time_words():
    """_TIME_ENDS is kept by hand beside _TRAILING_TIME: every word a match can end with (all
    the pattern's words but the prepositions that open a time) ends with one of them."""
    pattern = phrases._TRAILING_TIME.pattern
    opening = re.search(r"\(\?:(on\|[a-z|]+)\)", pattern).group(1).split("|")
    assert "during" in opening and "the" not in opening
    words = set(re.findall(r"[A-Za-z]{2,}", pattern)) - set(opening) - {"the"}
    assert {"Monday", "yesterday", "December", "night"} <= words
    assert [w for w in words if not w.endswith(phrases._TIME_ENDS)] == []


def test_no_leading_junk_begins_with_another_letter():
    tails = ["ut", "nd", "o", "et", "owever", "eanwhile", "lso", "ow", "till", "hen", "nstead",
             "arlier", "ater", "oday", "n Monday", "s", "hile", "f", "lthough", "hough", "ince",
             "ecause", "eighbouring", "earby"]
    for code in range(0x3000):
        if chr(code) not in phrases._JUNK_INITIALS:
            for tail in tails:
                assert not phrases._LEADING_JUNK.match(chr(code) + tail + " Kim"), chr(code) + tail


def test_the_gate_before_a_relative_that_passes_every_match():
    # before every word, as if a subject began there
    checked = matched = 0
    for text in _corpus():
        for word in attribution._WORDS.finditer(text):
            start = word.start()
            found = attribution._RELATIVE_THAT.search(text, 0, start)
            if found:
                assert attribution._may_end_in_relative(text, start), (text, start)
                matched += 1
            checked += 1
    assert checked > 500_000 and matched > 100


@pytest.mark.parametrize("text", [
    "a gap that advocates", "a gap which\tadvocates", "a gap that\n", "an issue that",
])
def test_the_gate_before_a_relative_that_passes_it(text):
    end = text.index("that" if "that" in text else "which") + 5
    end = min(end, len(text))
    assert attribution._RELATIVE_THAT.search(text, 0, end)
    assert attribution._may_end_in_relative(text, end)
