"""Quotations: spans over a body and the quoted words of each claim (pure functions)."""

from __future__ import annotations

import pytest

from datasette_factcheck.extract import extract_claims
from datasette_factcheck.extract.quotes import find_quotes, quoted_words


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("He said “we will win” and left.", ["we will win"]),
        ("He said ‘we will win’ and left.", ["we will win"]),
        ("He said 'we will win' and left.", ["we will win"]),
        ("Elle a dit «nous gagnerons» hier.", ["nous gagnerons"]),
        # several quotes in one sentence
        ('It was "what a negotiator does" and "a very common form of negotiation."',
         ["what a negotiator does", "a very common form of negotiation."]),
        # nested: the outer quote only
        ("“He called it ‘a disgrace’ twice,” she said.", ["He called it ‘a disgrace’ twice,"]),
        ('"He called it \'a disgrace\' twice," she said.', ["He called it 'a disgrace' twice,"]),
        # apostrophes are not quotation marks
        ("The teams’ robots don’t work and O'Brien's didn't either.", []),
        ("It's the '90s all over again, isn't it?", []),
        ("Rock 'n' roll never died.", []),
        # a quote over several sentences
        ('"It opens in May. It will cost less," she said.', ["It opens in May. It will cost less,"]),
        # a quote that is never closed runs to the end of its paragraph
        ('He said: "We will not stop.\n\n"Next," she said.', ["We will not stop.", "Next,"]),
        # (a blind probe set) apostrophes inside a single-quoted quotation
        ("'We must balance the books, and the residents' interests come first,' he said.",
         ["We must balance the books, and the residents' interests come first,"]),
        ("Lorna Kessler, singer behind 'Drivin' Home Late,' dies at 79",
         ["Drivin' Home Late,"]),
        ("He has followed the club since the '70s and its rock 'n' roll years under Keane, and "
         "called the protest 'about the owners, not the lads on the pitch'.",
         ["about the owners, not the lads on the pitch"]),
        ("He remembers the walkout of '79, and called the strike 'a nightmare for anyone'.",
         ["a nightmare for anyone"]),
        ("''90s Pemberton was skint, and we still had a team,' he said.",
         ["'90s Pemberton was skint, and we still had a team,"]),
        ("Their 1987 hit ‘Rock ’n’ Roll Heartache’ spent six weeks at number one.",
         ["Rock ’n’ Roll Heartache"]),
        ("The critic called it ‘too safe by half’ and the booking ‘dull beyond belief’.",
         ["too safe by half", "dull beyond belief"]),
        # (a second blind set) a closing mark before "and"; German quotes inside British ones;
        # an autocorrected ‘90s; seconds of arc
        ("It 'respected the will of the Council of Representatives' and would 'continue to "
         "work'.", ["respected the will of the Council of Representatives", "continue to work"]),
        ("‘My grandmother used to say „Wer tanzt, hat keine Zeit“ – and that is all,’ she said.",
         ["My grandmother used to say „Wer tanzt, hat keine Zeit“ – and that is all,"]),
        ("A ‘90s revival, billed as “Boots & Bandannas: A ’90s Country Night.”",
         ["Boots & Bandannas: A ’90s Country Night."]),
        ('Its position was +41° 16\' 09", moving 2\' per hour, Osei said. "It is a comet," '
         "she said.", ["It is a comet,"]),
        # feet and inches are no quotation marks
        ('The 6\'2" guard scored 24 points. "We had our chances," he said.',
         ["We had our chances,"]),
        # a single-quoted quotation over several paragraphs, each reopened
        ("'Look, I grew up on this. My dad had The Dovetails' records on every Sunday.\n\n"
         "'If people call that nostalgia, fine,' she said.",
         ["Look, I grew up on this. My dad had The Dovetails' records on every Sunday.",
          "If people call that nostalgia, fine,"]),
    ],
)
def test_find_quotes(text, expected):
    assert quoted(text) == expected


def test_quote_over_paragraphs_news_style():
    # each paragraph of a long quotation opens with a quotation mark, only the last closes
    text = ('Hale said: "The money was there.\n\n"It was spent on consultants.\n\n'
            '"I will ask why." Others agreed.')
    assert quoted(text) == ["The money was there.", "It was spent on consultants.",
                            "I will ask why."]


def test_quote_continuing_into_an_unmarked_paragraph():
    # a paragraph break inside a quotation, the next paragraph without an opening mark
    text = 'He said, "In the first half it felt good.\n\nWe could have scored early." Then he left.'
    assert quoted(text) == ["In the first half it felt good.", "We could have scored early."]


def test_a_stray_mark_does_not_run_through_the_article():
    text = 'He said "yes.\n\nThe vote is on Monday.\n\nThe count is on Tuesday.'
    spans = quoted(text)
    assert "The count is on Tuesday." not in " ".join(spans)


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ('"We stand by our reporting," a spokesperson said.', "We stand by our reporting,"),
        ("No quotes here.", None),
        ('It was "what a negotiator does" and "a very common form."',
         "what a negotiator does … a very common form."),
    ],
)
def test_quoted_words(sentence, expected):
    assert quoted_words(sentence) == expected


def test_claim_quote_holds_only_its_own_share_of_a_long_quote():
    body = '"Nobody checked the seals. Nobody checked the pumps," she said.'
    first, second = extract_claims(body)
    assert first.quote == "Nobody checked the seals."
    assert second.quote == "Nobody checked the pumps,"
    assert first.claim_type == second.claim_type == "quote"


def test_a_hard_wrap_inside_a_quotation_is_a_space_in_its_words():
    from datasette_factcheck.extract import extract_claims

    (claim,) = extract_claims('"We are not\nyet at our 2% goal," he said.')
    assert claim.quote == "We are not yet at our 2% goal,"


def test_blind_probe_set_keeps_its_figures():
    # eval/data/quotes*: articles with apostrophe traps, labelled blind (see EVALUATION.md)
    from eval.quotes import PROBES, measure_probe

    for directory, _, _ in PROBES:
        r = measure_probe(directory)
        assert r["found"] / r["gold"] >= 0.97, r["missed"]
        assert r["right"] / r["predicted"] >= 0.97, r["extra"]


@pytest.mark.parametrize("text", [
    "'" + "the players' union " * 20000,
    "'" + "runnin' fast " * 20000,
    "rock 'n' roll " * 20000,
])
def test_many_apostrophes_in_one_paragraph(text):
    # Whether a single quote closes later is looked up once per paragraph: asked for every
    # apostrophe, these took three minutes each (the suite would show it).
    spans = find_quotes(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)


@pytest.mark.parametrize("text,quote", [
    # (a fourth blind set) a dropped g inside a single-quoted quotation goes on
    ("Their 1979 single 'Dancin' at the Crossroads' reached number four.",
     "Dancin' at the Crossroads"),
    ("D'Arcy said: 'The place was hoppin' every Saturday night.'",
     "The place was hoppin' every Saturday night."),
])
def test_a_dropped_g_does_not_close_a_single_quote(text, quote):
    from datasette_factcheck.extract.quotes import find_quotes

    assert [text[s:e] for s, e in find_quotes(text)] == [quote]


@pytest.mark.parametrize("text,quotes", [
    # (a fifth blind set) a plural before a count or a time is the quote's end, not a
    # possessive, even when a later single quote could close
    ("Rao said ministers had 'moved the goalposts' three times. Critics questioned the "
     "scheme's definition of 'affordable', which allows 80 per cent rents.",
     ["moved the goalposts", "affordable"]),
    # ... and a plural possessive inside a single quote still is one
    ("'It's the players' livelihoods we're talking about,' he said.",
     ["It's the players' livelihoods we're talking about,"]),
])
def test_a_plural_before_a_count_closes_a_single_quote(text, quotes):
    from datasette_factcheck.extract.quotes import find_quotes

    assert [text[s:e] for s, e in find_quotes(text)] == quotes


@pytest.mark.parametrize("text,quotes", [
    # a house style that opens every sentence of a quotation anew and closes only the last
    ('Clive Marsden said: "This is prime land. "We have been told it is rare.\n\n"Once it is '
     'built, it will be full."',
     ['This is prime land. "We have been told it is rare.', "Once it is built, it will be full."]),
    # ... but two quotations in one sentence, and one after a full stop, stay apart
    ('She called it "a disgrace" and "a farce". "Fine," he said.',
     ["a disgrace", "a farce", "Fine,"]),
])
def test_a_quotation_that_opens_each_sentence_anew(text, quotes):
    from datasette_factcheck.extract.quotes import find_quotes

    assert [text[s:e] for s, e in find_quotes(text)] == quotes
