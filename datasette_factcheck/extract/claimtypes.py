"""The claim type a reader can facet on.

One type per claim, the first that applies in this order:

1. ``quote``: the sentence carries a direct quotation (three words or more, or any quotation
   with a named speaker); a one- or two-word scare quote in the article's own voice does not count;
2. ``comparison``: comparatives, superlatives and rankings ("more than double", "the bloodiest
   since", "ranked third", "compared with"), a change between two figures ("down from 3.8%",
   "from 1.80 to 2.20"), margins ("three points above", "ahead of expectations"); a figure only
   hedged ("more than 380,000", "at least 20") and quantifiers ("most economists") are not;
3. ``quantity``: numbers, amounts, percentages, dates given as facts ("one of the ..." is not);
4. ``causal``: one thing said to cause another ("because", "due to", "led to", "blamed on"; not
   "is due to publish", a schedule);
5. ``prediction``: future events ("will", "is expected to", "plans to", "promised to",
   "forecast"; not "the will of", "would have", "would not say");
6. ``attribution``: reported speech without a direct quote;
7. ``factual``: any other checkable statement.
"""

from __future__ import annotations

import re

QUANTITY = "quantity"
QUOTE = "quote"
ATTRIBUTION = "attribution"
COMPARISON = "comparison"
PREDICTION = "prediction"
CAUSAL = "causal"
FACTUAL = "factual"
CLAIM_TYPES = (QUANTITY, QUOTE, ATTRIBUTION, COMPARISON, PREDICTION, CAUSAL, FACTUAL)

# Cheap checks first: the words of a sentence as a set, then a regular expression only when one
# of its key words is there (the extractor must run at thousands of sentences per second).
# (a hyphenated word is one token: "half-term" and "fourth-quarter" are no figures)
_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?(?:-[a-z]+)*")
_DIGIT = re.compile(r"[\d$€£¥%]")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion trillions "
    "percent half third quarter dozen dozens twice double triple tripled doubled halved".split()
)
_SUPERLATIVES = frozenset(
    "best worst biggest largest smallest highest lowest greatest fastest slowest "
    "longest shortest deadliest bloodiest oldest youngest richest poorest strongest weakest "
    "hottest coldest warmest wettest driest busiest cheapest earliest heaviest safest closest "
    "newest tallest deepest widest outnumber outnumbered outnumbers outpaced outpaces "
    "surpassed surpasses exceeded exceeds exceeding overtook overtaken ranked ranks ranking "
    "outperformed sharpest steepest toughest hardest harshest brightest lightest finest "
    "quickest smoothest tightest loudest wealthiest healthiest costliest riskiest outperform "
    "outperforms outperforming underperformed underperforming underperform".split()
)
# "most" and "least" compare after "the" ("the most expensive"), not as quantifiers ("most
# economists", "at least 20 people")
_THE_MOST = re.compile(r"\bthe\s+(?:most|least)\b", re.I)
_COMPARATIVES = frozenset(
    "more less fewer greater higher lower larger smaller bigger better worse faster slower "
    "cheaper older younger stronger weaker longer shorter".split()
)
_NOT_COMPARATIVE = frozenset(
    "rather other whether either neither ever never however over under after order number "
    "member sooner".split()
)
# up to six words before "than": "less likely to read for pleasure than"
_THAN = re.compile(r"((?:\b[\w'’,-]+\s+){1,8})than\b(\s+\S+)?", re.I)
_THAN_WORD = re.compile(r"than", re.I)


def _than_matches(text: str):
    """``_THAN.finditer(text)``, the search started eight words before the first "than": a
    match is at most eight words, each ending in whitespace, then its "than" (none before the
    first), so none starts further back; tried from the start, the pattern took up to eight
    words at every word before it."""
    first = _THAN_WORD.search(text)
    if first is None:
        return ()
    head = text[:first.start()].rsplit(None, 8)
    # (with nine pieces or more, the first is all before the last eight words)
    start = text.index(head[1], len(head[0])) if len(head) == 9 else 0
    return _THAN.finditer(text, start)


# what follows "more than" when it only hedges a figure ("more than 380,000 crowns")
_FIGURE_AFTER = re.compile(
    r"^\s+(?:[$€£]?\d|a\b|an\b|half|two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"thirty|forty|fifty|hundred|dozen|doubled?|tripled?|twice)", re.I)
_EST_SINCE = re.compile(r"\b\w+est\s+since\b", re.I)
_COMPARISON_KEYS = frozenset(
    "compared comparison relative record time times twice half many much first second third up "
    "down unchanged changed from year top bottom ahead above below behind clear short double "
    "fewer to came finished placed ranked ranks places spot unchanged fraction triple treble "
    "quadruple halve levels record target goal average estimate targets against lead place "
    "compares exceed limit miss club-record previous remain remains lie lies sit sits stay "
    "stays points".split()
)
_SMALL_NUMBER = r"(?:\d[\d.,]*%?|two|three|four|five|six|seven|eight|nine|ten|one)"
# The alternatives of the comparison pattern, each with the group it is searched in. A group is
# searched only when its sentence holds one of the group's cues (lower-case strings every one
# of its alternatives spells out letter for letter, _COMPARISON_CUES): the whole pattern,
# which tries every alternative at every word of a sentence, cost a third of the
# classification; searched only for its groups that can match, a tenth of that.
_COMPARISON_PARTS = (
    ("compare", r"compared (?:with|to)"), ("compare", r"in comparison"),
    ("relative", r"relative to"), ("record", r"record high"), ("record", r"record low"),
    ("all-time", r"all-time"),
    ("multiple", r"twice (?:as|the)"), ("multiple", r"double the"), ("multiple", r"half (?:as|the)"),
    ("multiple", r"as many as"), ("multiple", r"as much as"),
    ("multiple", rf"{_SMALL_NUMBER} times (?:as|the|more|higher|larger|bigger|greater|faster)"),
    ("rank", r"(?:first|second|third) (?:largest|biggest|highest|most)"),
    # a change between two figures: "down from 3.8%", "from 1.80 to 2.20 crowns"
    ("from", r"(?:up|down|unchanged|little changed) from"),
    ("from", r"from [$€£]?\d[\d.,]*\S*(?: [a-z]+)?(?: in (?:19|20)\d\d)? to [$€£]?\d[\d.,]*"),
    ("period", r"(?:from|on|than|over|since) (?:a|the) (?:year|month|week|quarter) "
               r"(?:earlier|before|ago)"),
    ("period", r"year[- ](?:on|over)[- ]year"),
    # rankings and margins: "the top of the table", "three points above the relegation zone"
    ("standing", r"(?:top|bottom) of the (?:\w+ ){0,2}?(?:table|league|division|standings|"
                 r"rankings|charts|list|poll|polls|group|ladder)"),
    ("margin", rf"{_SMALL_NUMBER} (?:[a-z]+ )?(?:ahead of|above|below|behind|clear of|short of)"),
    ("target", r"(?:ahead of|above|below|short of|in line with) "
               r"(?:expectations|forecasts|estimates)"),
    # a change to a figure from another, a place in a ranking
    ("from", r"to [$€£]?\d[\d.,]*\S* (?:(?:in|last|this|a) [\w-]+ (?:[\w-]+ )?)?from [$€£]?\d+"),
    # ("revised up to a 0.4% gain from an initial estimate of 0.1%", "rose to an estimated 3.9
    # million from 3.4 million", "rose to 19 minutes from 16")
    ("from", r"to (?:an? (?:estimated )?)?[$€£]?\d[\d.,]*\S*(?: [\w%-]+){0,4} from "
             r"(?:an? (?:initial |earlier |previous )?(?:estimate|figure|level|reading) of )?"
             r"[$€£]?\d+"),
    ("period", r"on the previous (?:year|quarter|month|week|(?:\w+ )?(?:months|weeks|years|"
               r"quarters))"),
    # a place, a gap to a mark, a figure against another, a record figure
    ("standing", r"(?:remain|remains|lie|lies|sit|sits|stay|stays) \d+(?:st|nd|rd|th)"),
    ("lead", r"points? (?:from|off|clear of|adrift of) (?:safety|the top|the lead|"
             r"the relegation)"),
    # (not a level aimed at: "to reduce net migration to below 100,000")
    ("margin", r"(?<!to )(?:above|below) (?:the )?[$€£]?\d[\d.,]*%?"),
    ("record", r"a record (?:high |low )?(?:of )?[$€£]?\d+"),
    # ("a six-point lead over", "into fourth place behind", "That compares with 61")
    ("lead", r"(?:point|seat|vote|goal|stroke|run|length) lead\b"), ("lead", r"\blead over"),
    ("place", r"(?:into|in|to) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
              r"seventh|eighth|ninth|tenth|last) place"),
    ("compare", r"compares? (?:with|to)"), ("exceed", r"\bexceed\b"),
    ("record", r"club-record"), ("record", r"record (?:fee|level|number|sum|total)"),
    ("moved", r"(?:came|finished|placed|ranked|ranks|rose|fell|climbed|slipped|dropped|moved) "
              r"(?:up |down |to )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
              r"seventh|eighth|ninth|tenth|last|bottom|top)"),
    ("place", r"(?:rose|fell|climbed|dropped|slipped|jumped|moved|up|down) \d+ places"),
    ("standing", r"top spot"),
    ("fewer", r"fewer(?! than [\d$€£])"), ("fewer", r"unchanged(?! at [\d$€£])"),
    ("multiple", r"a fraction of"), ("multiple", r"(?:triple|treble|quadruple|halve) the"),
    ("from", r"from (?:19|20)\d\d levels"), ("record", r", a (?:new )?record\b"),
    ("target", r"(?:above|below|short of|ahead of|behind|exceeded|missed|miss|against) "
               r"(?:(?:the|its|their|a) )?(?:[\w’']+['’]s )?"
               r"(?:own )?(?:[\w%.,$€£-]+ ){0,2}?(?:target|goal|forecast|average|estimate|limit)s?"),
)
# For each group, strings one of which each of its alternatives spells out: with IGNORECASE a
# letter matches only itself and its capital (but for the characters of _FOLDS_TO_ASCII), so
# where an alternative matches, the lower-cased sentence holds its string at the same place.
_COMPARISON_CUES = {
    "compare": ("compar",), "relative": ("relative to",), "record": ("record",),
    "all-time": ("all-time",),
    "multiple": ("twice ", "double the", "half ", "as many as", "as much as", " times ",
                 "a fraction of", "triple the", "treble the", "quadruple the", "halve the"),
    "rank": (" largest", " biggest", " highest", " most"),
    "from": ("from",),
    "period": ("earlier", "before", "ago", "year", "on the previous"),
    "standing": ("top of the", "bottom of the", "remain", "lie", "sit", "stay", "top spot"),
    "margin": ("ahead of", "above", "below", "behind", "clear of", "short of"),
    "target": ("expectations", "forecast", "estimate", "target", "goal", "average", "limit"),
    "lead": ("point", "lead"), "place": ("place",), "exceed": ("exceed",),
    "moved": ("came ", "finished ", "placed ", "ranked ", "ranks ", "rose ", "fell ",
              "climbed ", "slipped ", "dropped ", "moved "),
    "fewer": ("fewer", "unchanged"),
}
# (the lookahead lets the scan skip, at once, every position no alternative can start at: a
# third of the extractor's time on the sentences that reach this pattern)
_COMPARISON_PHRASES = re.compile(
    r"(?=[a-z0-9$€£,])\b(?:" + "|".join(p for _, p in _COMPARISON_PARTS) + r")\b", re.I)
_COMPARISON_GROUPS = tuple(
    (cues, re.compile(r"(?=[a-z0-9$€£,])\b(?:"
                      + "|".join(p for g, p in _COMPARISON_PARTS if g == group) + r")\b", re.I))
    for group, cues in _COMPARISON_CUES.items())
# Characters that IGNORECASE matches to an ASCII letter other than its capital (the dotted and
# dotless i, the long s, the Kelvin sign): with any of them the whole pattern is searched.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _has_comparison_phrase(text: str) -> bool:
    """``bool(_COMPARISON_PHRASES.search(text))``, searching only the groups of alternatives
    whose cues the sentence holds."""
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return bool(_COMPARISON_PHRASES.search(text))
    lower = text.lower()
    for cues, pattern in _COMPARISON_GROUPS:
        for cue in cues:
            if cue in lower:
                if pattern.search(text):
                    return True
                break
    return False
# The words each phrase above cannot match without: a sentence with none of them (and none of
# the pairs in _may_compare) cannot match, so the pattern, which costs as much as the rest of
# the classification, is not run on it. Kept beside the pattern; a test runs both over every
# sentence of the labelled sets and the Wikinews texts.
_COMPARISON_ANCHORS = frozenset(
    "compared comparison compare compares relative record all-time twice double half many much "
    "times largest biggest highest earlier before ago ahead above below behind clear short "
    "expectations forecasts estimates previous remain remains lie lies sit sits stay stays lead "
    "place places exceed came finished placed ranked ranks rose fell climbed slipped dropped "
    "moved spot fewer unchanged fraction triple treble quadruple halve levels target targets "
    "goal goals forecast average averages estimate limit limits".split())
# Letters that re.IGNORECASE matches to an ASCII one but str.lower() does not turn into it (the
# dotted capital I, the long s, the Kelvin sign): with any of them the pattern is always run.
_ODD_CASE = frozenset("\u0130\u017f\u212a")


def _may_compare(text: str, words: set[str]) -> bool:
    """Whether ``_COMPARISON_PHRASES`` can match ``text`` at all, from its words."""
    return bool(
        words & _COMPARISON_ANCHORS
        or "from" in words and (_DIGIT.search(text) or words & {"up", "down", "changed"})
        or "most" in words and words & {"first", "second", "third"}
        or "year" in words and words & {"on", "over"}
        or "of" in words and words & {"top", "bottom"}
        or words & {"point", "points"} and words & {"safety", "top", "lead", "relegation"}
        or not _ODD_CASE.isdisjoint(text))


_CAUSAL_WORDS = frozenset(
    "because cause caused causes causing therefore consequently triggered blamed blames blame "
    "reflected reflects".split()
)
_CAUSAL_KEYS = frozenset(
    "due led leads leading result resulted results thanks owing driven responsible "
    "contributed so which attributed attributes credited credits boosted fuelled fueled "
    "hampered held".split()
)
_CAUSAL_PHRASES = re.compile(
    r"\b(?:due to(?! (?:be|begin|start|open|close|publish|visit|meet|take|make|arrive|leave|"
    r"return|end|finish|announce|report|launch|hold|resume|appear|face|give|sign|vote|decide|rule|"
    r"receive|complete|expire|attend|deliver|speak|testify|release|present|travel|retire|submit|"
    r"become|reopen|unveil|hear|sit|stand|go|come|set|outline|hold|give|make|take|hand|"
    r"meet)\b)|"
    r"led to|leads? to|leading to|resulted in|as a result|a result of|"
    # ("its results in January", "exam results in May": the noun)
    r"(?<!its )(?<!the )(?<!their )(?<!quarter )(?<!annual )(?<!year )(?<!exam )(?<!election )"
    r"(?<!test )(?<!poll )results? in|"
    r"thanks to|owing to|(?:driven|boosted|fuelled|fueled|hampered|held back) (?:\w+ly )?by|responsible for|contributed(?= to\b|\.)|so that|"
    r"which means|(?:attributed|attributes|credited|credits) (?:\S+ ){1,6}?(?:to|with|for))\b",
    re.I,
)
_PREDICTION_WORDS = frozenset(
    "will won't won’t shall forecast forecasts forecasted predict predicts predicted projected "
    "would expect expects".split()
)
# "will" and "would" that say nothing of the future: "the will of residents", "would have
# protected", "would not say"
_NOT_FUTURE = re.compile(
    r"\b(?:(?:the|a|his|her|their|its|our|your|free|political|good|ill)\s+will\b|"
    r"would(?:\s+not|n['’]t)?\s+(?:have|say|comment|confirm|disclose|reveal|elaborate|discuss|"
    r"give|name|specify|rather)\b)",
    re.I,
)
_PREDICTION_KEYS = frozenset("expected likely unlikely set due going plan plans planned intend "
                             "intends aim "
                             "aims project projects next by promised pledged vowed promises "
                             "pledges vows".split())
_PREDICTION_PHRASES = re.compile(
    r"\b(?:expected to|expects? to|(?:un)?likely to|(?:is|are) expected (?:before|by|in|within|"
    r"next|later|soon|this)|(?:is|are) set to|(?:is|are) due to|"
    r"going to|projects? that|plans? to|planned to|intends? to|aims? to|"
    r"next (?:week|month|year|season)|by (?:19|20)\d\d|"
    r"(?:promised|pledged|vowed|promises|pledges|vows) to)\b|\w['’]ll\b",
    re.I,
)


def _is_comparison(text: str, words: set[str]) -> bool:
    if words & _SUPERLATIVES:
        return True
    if ("most" in words or "least" in words) and _THE_MOST.search(text):
        return True
    if "than" in words:
        for m in _than_matches(text):
            before = m.group(1).lower().split()
            last = before[-1]
            if last in ("rather", "other"):
                continue  # "more detectives rather than new equipment": a choice
            if last in ("more", "less", "fewer") and m.group(2) and _FIGURE_AFTER.match(
                    m.group(2)):
                continue  # a figure hedged, not compared: "more than 380,000 crowns"
            if last.endswith("er") and len(last) >= 5 and last not in _NOT_COMPARATIVE:
                return True  # "cheaper than", "wetter than"
            if any(w in _COMPARATIVES for w in before):
                return True
    if "since" in words and _EST_SINCE.search(text):
        return True
    return bool(words & _COMPARISON_KEYS) and _may_compare(text, words) and (
        _has_comparison_phrase(text))


# A name in quotation marks after "so-called": a term, not someone's words.
_SO_CALLED = re.compile(r"\bso-called\s+[\"“‘']")


def _words(lower: str) -> tuple[set[str], set[str], set[str]]:
    """The tokens of a lower-cased sentence, those of them that are hyphenated, and every word:
    the tokens and each part of a hyphenated one ("second-largest")."""
    tokens = set(_TOKEN.findall(lower))
    if "-" not in lower:
        return tokens, set(), tokens  # (no hyphen, no hyphenated token: most sentences)
    compounds = {t for t in tokens if "-" in t}
    return tokens, compounds, tokens | {part for t in compounds for part in t.split("-")}


def classify(text: str, quote: str | None, speaker: str | None) -> str:
    if quote and (speaker or len(quote.split()) >= 3) and not (
            len(quote.split()) <= 3 and "so-called" in text and _SO_CALLED.search(text)):
        # (a name written "so-called" is no quotation: 'the so-called "Wharf review"')
        return QUOTE
    lower = text.lower()
    tokens, compounds, words = _words(lower)
    if _is_comparison(text, words):
        return COMPARISON
    # ... but a hyphenated figure only where all its parts are ("twenty-five", not "half-term",
    # "one-off", "fourth-quarter")
    if (_DIGIT.search(text) or (tokens - compounds) & _NUMBER_WORDS
            or any(all(p in _NUMBER_WORDS for p in t.split("-")) for t in compounds)
            or "per cent" in lower):
        return QUANTITY
    if words & _CAUSAL_WORDS or (words & _CAUSAL_KEYS and _CAUSAL_PHRASES.search(text)):
        return CAUSAL
    if "’ll" in text or "'ll" in text or (
            words & _PREDICTION_KEYS and _PREDICTION_PHRASES.search(text)):
        return PREDICTION
    future = words & _PREDICTION_WORDS
    if future:
        if not future <= {"will", "would"}:
            return PREDICTION
        uses = len(re.findall(r"\b(?:will|would)\b", lower))
        if uses > len(_NOT_FUTURE.findall(text)):
            return PREDICTION
    if speaker:
        return ATTRIBUTION
    return FACTUAL
