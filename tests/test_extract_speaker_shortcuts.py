"""The short cuts of speakers (gates before patterns, patterns rewritten to run faster) against
the computations they stand for, on real text: the labelled articles in eval/data, the test
articles and the benchmark corpus."""

import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import article_sentences, masked_articles

from datasette_factcheck.extract import speakers

_TRICKY = st.text(alphabet=st.sampled_from(list(
    "ainedstopmrhl ISAHT,.'’(\n\t\u00a0\u0130\u0131_1")), max_size=60)


# _IN_A_STATEMENT: its word boundary tested after the first letter -------------------------------

_IN_A_STATEMENT_AS_WRITTEN = re.compile(speakers._IN_A_STATEMENT.pattern.replace(
    r"[Ii](?<!\w[Ii])(?:n|ssued)", r"\b(?:[Ii]n|[Ii]ssued)"))


def _same_statement_match(text: str) -> bool:
    a, b = speakers._IN_A_STATEMENT.search(text), _IN_A_STATEMENT_AS_WRITTEN.search(text)
    return (a and (a.span(), a.group("doc"))) == (b and (b.span(), b.group("doc")))


def test_the_statement_pattern_is_the_one_written_with_a_word_boundary():
    assert _IN_A_STATEMENT_AS_WRITTEN.pattern != speakers._IN_A_STATEMENT.pattern
    found = 0
    for text in article_sentences():
        assert _same_statement_match(text), text
        found += bool(_IN_A_STATEMENT_AS_WRITTEN.search(text))
    assert found > 50


@pytest.mark.parametrize("text", [
    "In a statement, it said", "Within a statement", "in a letter", "Mr Kin a letter",
    "(in a statement)", "_in a memo", "1in a memo", "\u0130n a note", "he issued a release",
    "reissued a release", "in  an\temail", "in a statementary", "in a", "i",
])
def test_the_statement_pattern_agrees_on_tricky_text(text):
    assert _same_statement_match(text)


@settings(max_examples=400, deadline=None)
@given(_TRICKY)
def test_the_statement_pattern_agrees_on_any_text(text):
    assert _same_statement_match(text + " in a statement") and _same_statement_match(text)


def _assert_gate_lets_every_match_through(pattern, gate) -> int:
    """That ``gate`` is true of every sentence of the articles that ``pattern`` matches in;
    returns how many those are (a gate no sentence needed would prove nothing)."""
    found = 0
    for text in article_sentences():
        if pattern.search(text):
            assert gate(text), text
            found += 1
    return found


def test_the_statement_gate_lets_every_match_through():
    assert _assert_gate_lets_every_match_through(
        speakers._IN_A_STATEMENT, speakers._may_say_in_a_document) > 50


@pytest.mark.parametrize("text", [
    "In a statement, it said", "in  a letter", "in\ta memo", "in\u00a0a note", "in\na post",
    "it issued an email", "Issued a release", "in an open letter", "in\u2009a filing",
])
def test_the_statement_gate_on_tricky_text(text):
    assert speakers._IN_A_STATEMENT.search(text) and speakers._may_say_in_a_document(text)


@settings(max_examples=400, deadline=None)
@given(_TRICKY, st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u3000", "\x85"]))
def test_the_statement_gate_on_any_text(text, space):
    for doc in ("In{0}a{0}statement", "issued{0}an{0}email", text):
        text = text + " " + doc.format(space)
        if speakers._IN_A_STATEMENT.search(text):
            assert speakers._may_say_in_a_document(text), text


# _HE_VERB: what every match of _SAID_PRONOUN ends with ------------------------------------------

def _assert_said_pronoun_gate_hides_nothing(text: str) -> bool:
    found = False
    for pos in range(0, len(text), 7):
        if speakers._SAID_PRONOUN.search(text, pos):
            assert speakers._HE_VERB.search(text, pos), (pos, text)
            found = True
    return found


def test_the_said_pronoun_gate_lets_every_match_through():
    assert sum(_assert_said_pronoun_gate_hides_nothing(text) for text in article_sentences()) > 20


@settings(max_examples=400, deadline=None)
@given(_TRICKY, st.sampled_from(["she was", "he\thad", "she  wanted", "he is"]))
def test_the_said_pronoun_gate_on_any_text(text, tail):
    _assert_said_pronoun_gate_hides_nothing(text + " said " + tail)


# _may_describe_before: a noun of _DESCRIBED_BEFORE before a comma --------------------------------

def test_the_described_before_gate_lets_every_match_through():
    assert _assert_gate_lets_every_match_through(
        speakers._DESCRIBED_BEFORE, speakers._may_describe_before) > 5


@pytest.mark.parametrize("text", [
    "Chile's grid operator, the Coordinador Eléctrico Nacional, curtailed output.",
    "Britain's energy regulator,  Ofgem, said", "(the charity,\nShelter,",
])
def test_the_described_before_gate_on_tricky_text(text):
    assert speakers._DESCRIBED_BEFORE.search(text) and speakers._may_describe_before(text)


# _cleaned_phrase: _clean_phrase remembered ----------------------------------------------------

def test_the_remembered_clean_phrases_are_the_clean_phrases():
    from datasette_factcheck.extract.attribution import find_attribution
    from datasette_factcheck.extract.phrases import _clean_phrase

    phrases = [att.phrase for att in map(find_attribution, article_sentences()) if att]
    assert len(phrases) > 5000
    for _ in range(2):  # (the second time from the cache)
        for phrase in phrases:
            assert speakers._cleaned_phrase(phrase) == _clean_phrase(phrase), phrase


# _role_heads and _gender_of remembered -----------------------------------------------------------

@lru_cache(maxsize=None)
def _resolved() -> tuple[frozenset[str], frozenset[str]]:
    """The roles, and the speakers, names and attribution phrases, that the resolver meets in
    the articles."""
    from datasette_factcheck.extract.attribution import find_attribution

    roles, phrases = set(), set()
    for body, masked, spans in masked_articles():
        resolver = speakers.Resolver(masked)
        for span in spans:
            text, sentence = body[span.start:span.end], masked[span.start:span.end]
            speaker, role = resolver.resolve(text, sentence)
            att = find_attribution(sentence)
            phrases.update((speaker, att and att.phrase, att and att.role,
                            att and speakers._cleaned_phrase(att.phrase)))
            roles.add(role)
        roles.update(p.role for p in resolver.people.values())
        phrases.update(resolver.people)
    phrases.update(roles)
    return frozenset(r for r in roles if r), frozenset(p for p in phrases if p)


def _roles() -> tuple[str, ...]:
    return tuple(sorted(_resolved()[0]))


def test_the_remembered_role_heads_and_genders_are_the_computed_ones():
    assert len(_roles()) > 1000
    for _ in range(2):  # (the second time from the cache)
        for role in _roles():
            assert speakers._role_heads(role) == speakers._role_heads.__wrapped__(role), role
            assert speakers._gender_of(role) == speakers._gender_of.__wrapped__(role), role


# _business_cues: the alternatives of _BUSINESS_CUES that an article can match ------------------

def _cue_matches(matches):
    return [(m.span(), m.lastgroup, m.group(m.lastgroup)) for m in matches]


def _assert_business_cues_agree(text: str) -> int:
    """The short cut finds what the whole pattern finds, and no alternative matches in a text
    that fails its test."""
    for name, (_, test) in speakers._CUE_ALTERNATIVES.items():
        if test is not None and speakers._cue_pattern((name,)).search(text):
            assert test(text), (name, text)
    found = _cue_matches(speakers._BUSINESS_CUES.finditer(text))
    assert _cue_matches(speakers._business_cues(text)) == found, text
    return len(found)


def test_the_business_cue_short_cut_agrees_with_the_pattern_in_the_articles():
    found = 0
    for body, masked, _ in masked_articles():
        found += _assert_business_cues_agree(body)
        found += _assert_business_cues_agree(masked)
    assert found > 500


@pytest.mark.parametrize("text", [
    "Lumora's chief executive said", "Lumora’s  revenue rose", "Lumora shares fell",
    "Shares in Santiago-listed generator Energía Pacífico rose", "Lumora's share price",
    "a contract with Crestline Correctional Dining", "PT Riau Serat Lestari said",
    "Stock of Nimbus Data", "the chipmaker Quillon said", "a Coastal Skies jet",
    "Lumora's\tfactories", "Lumora'sales", "sharesLumora", "Mr Lumora's CEO", "",
    "PT\tRiau Serat", "An Lumora's plant",  # (two alternatives match at "An": the first wins)
])
def test_the_business_cue_short_cut_on_tricky_text(text):
    _assert_business_cues_agree(text)
    _assert_business_cues_agree("(" + text + ")")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Lumora", "Coastal Skies", "'s", "’s", " ", "\n", "shares", "stock", "share price", "CEO",
    "chief executive", "revenue", "PT", "contract", "with", "a", "jet", "in", "of", ",",
    "company", "Pendle & Crane"]), max_size=14))
def test_the_business_cue_short_cut_on_any_text(words):
    _assert_business_cues_agree(" ".join(words))
    _assert_business_cues_agree("".join(words))


# _RememberedPattern: match and search remembered per phrase -----------------------------------

def _found(m):
    return m and (m.span(), m.groups(), m.groupdict())


def test_the_remembered_patterns_find_what_the_patterns_find():
    remembered = [(name, value) for name, value in vars(speakers).items()
                  if isinstance(value, speakers._RememberedPattern)]
    phrases = sorted(_resolved()[1])
    assert len(remembered) >= 20 and len(phrases) > 5000
    found = 0
    for _ in range(2):  # (the second time from the cache)
        for name, pattern in remembered:
            for phrase in phrases:
                for tried, done in ((pattern.match, pattern.compiled.match),
                                    (pattern.search, pattern.compiled.search)):
                    assert _found(tried(phrase)) == _found(done(phrase)), (name, phrase)
                    found += tried(phrase) is not None
    assert found > 1000


def test_the_remembered_surnames_and_product_names_are_the_computed_ones():
    names = sorted(p for p in _resolved()[1] if p.strip())
    assert len(names) > 5000
    for _ in range(2):  # (the second time from the cache)
        for name in names:
            assert speakers._other_surnames(name) == speakers._other_surnames.__wrapped__(name)
            assert speakers._names_a_product(name) == speakers._names_a_product.__wrapped__(name)
    assert sum(bool(speakers._other_surnames(name)) for name in names) > 20
