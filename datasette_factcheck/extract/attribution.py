"""Finding the attribution in one sentence: ``find_attribution(masked)``.

The sentence comes with its quoted words masked out (so that names inside a quotation are not
taken for its speaker). The patterns, leftmost first: ``X said ...``, ``"...," said X``,
``according to X``, appositions (``X, the ROLE, said``), a quotation introduced by a colon, a
participle clause (``..., saying ...``), and the rarer forms listed in the README. Pure: one
sentence in, one ``Attribution`` (or None) out; ``speakers.Resolver`` gives it its article's
context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .phrases import (  # noqa: F401
    DOCUMENT_ADJECTIVES,
    ORG_WORDS,
    OUTLET_WORDS,
    PLACE_FIRST,
    SOURCE_NOUNS,
    TITLE_WORDS,
    _CAPRUN,
    _CAPWORD,
    _DETERMINERS,
    _HONORIFICS,
    _LEADING_JUNK,
    _NOT_ROLE_START,
    _OCCUPATION_ENDS,
    _PARTICLE,
    _PERSON_ROLE_HEADS,
    _POSTMODIFIERS,
    _PREPOSITIONS,
    _ROLE_NOUNS,
    _ROMANCE_BODY_WORDS,
    _UP,
    _clean_phrase,
    _has_finite_verb,
    _lead_role,
    _role_like,
    _role_text,
    split_phrase,
)


_VERB_WORDS = (
    "said says say told tells tell claimed claims claim reported reports report added adds "
    "warned warns warn announced announces insisted insists stated states argued argues wrote "
    "writes noted notes explained explains declared declares confirmed confirms denied denies "
    "asserted asserts commented comments tweeted tweets posted estimated estimates predicted "
    "predicts acknowledged acknowledges admitted admits cautioned cautions suggested suggests "
    "concluded concludes replied replies responded testified alleged alleges revealed reveals "
    "disclosed maintained maintains contended contends emphasised emphasized stressed stresses "
    "forecast forecasts projected observed remarked recalled recalls promised promises vowed vows pledged urged "
    "urges asked asks believes believed thinks described describes called calls termed "
    "characterized characterised dubbed disputed disputes rejected questioned agreed agrees "
    "countered continued continues accused accuses criticised criticized criticises criticizes "
    "condemned condemns slammed hailed praised blamed blames attributed attributes faulted ruled "
    "faults insist argue "
    "predict deny admit "
    "contend maintain acknowledge found finds showed shows show conceded concedes concede "
    "allege estimate state echoed expected expect expects demanded suggest apologised apologized "
    "apologises apologizes recommended recommends shouted documented asking appealed dismissed "
    "recorded expecting pointed points submitted submits held lamented laments welcomed welcomes "
    "assured assures defended defends charged charges "
    # (a tabloid's: "Campaigner Janet Hollins blasted the decision", "... fumed: '...'")
    "fumed blasted flagged "
    # ("Government sources had indicated last week that ...")
    "indicated indicates "
    # acts that say something ("It identified 47 cases in which ...", "The company cited faulty
    # welds", "He advised borrowers not to panic", "The union has threatened to strike", "The
    # GCMA projects output of ...", "SFRF reminded the public not to ...", "The regulator has
    # signalled that ...", "X branded the closures 'a betrayal'", "Ranchers reject the
    # accusation"; "She ordered the company to halt ..." after a ruling, "He proposed ...")
    "identified advised cited cites threatened projects ordered directed reminded signalled "
    "signaled branded reject rejects proposed counted linked valued uncovered highlighted "
    "ranked detected"
).split()

_INVERTED_VERBS = (
    "(?:said|says|added|adds|wrote|writes|asked|asks|continued|explained|noted|declared|told|"
    "insisted|warned|replied|argued|stated|tweeted|commented|claimed)"
)

_PARTICIPLES = (r"(?:saying|adding|arguing|noting|warning|claiming|insisting|stating|declaring|"
                r"explaining|telling|alleging|posting|writing|calling|citing|blaming)")

# "according to its filings", "according to their figures": the body or people meant by its/their
_ACCORDING_ITS = re.compile(
    r"^(?P<det>its|their)\s+(?:[a-z-]+\s+){0,3}(?:filings?|figures|data|accounts|statistics|"
    r"results|report|website|statement|records|rules)\b")

# The subject of a relative clause: "a gap that advocates ... have criticized".
_RELATIVE_THAT = re.compile(r"\b(?:a|an)\s+[a-z]+\s+(?:that|which)\s*$")


def _may_end_in_relative(text: str, end: int) -> bool:
    """Whether _RELATIVE_THAT may match up to ``end``: ``text[:end]`` ends in "that" or "which"
    and whitespace (``\\s*$``)."""
    return text[:end].rstrip().endswith(("that", "which"))


# A closing "..., the ministry states." / "..., she notes.": a comma, a few words, the verb.
_SPEAKER_BEFORE_END = re.compile(r",\s*(?:[\w'’.-]+\s+){1,6}$")

_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:they|he|she|it|police|officials)\s+$")

_AUX_BEFORE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would)\s+(?:\w+ly\s+)?$")

_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,;:!?\"“”()—]{2,100})")

_APPOSITION_BEFORE_SUBJECT = re.compile(
    rf"\s*(?P<role>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    rf"(?:[{_UP}][\w'’-]*\s+){{0,3}}[{_UP}][\w'’.-]*(?:['’]s|s['’]))\s[^,;:\"“”]{{3,80}}?"
    # (a title's fields listed: "The Minister for Commerce, Industry and Resources, Aaron ...")
    rf"(?:(?:,\s+[{_UP}][\w'’-]*)*,?\s+(?:and|&)\s+[{_UP}][\w'’-]*)?),\s+"
    rf"(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)(?:[a-z]|\d)[\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN}),"
)

# "Conservative MP for Harrow East, Nigel Pratt, asked": a title phrase, then the name.
_THE_HONOURABLE = re.compile(r"^the\s+(?=(?:Right\s+)?Honourable\s|Hon\.?\s)")

_TITLE_BEFORE_SUBJECT = re.compile(
    rf"\s*(?P<role>[{_UP}][\w'’.-]*(?:\s+[\w'’.-]+){{1,8}}?"
    # (the post's fields listed: "Minister of Communications, Works and Energy, the Honourable
    # Cecil Farrell,")
    rf"(?:(?:,\s+[{_UP}][\w'’-]*)*,?\s+(?:and|&)\s+[{_UP}][\w'’-]*)?),\s+"
    rf"(?:the\s+)?(?:(?:Right\s+)?Honourable\s+|Hon\.\s+)?(?P<who>{_CAPRUN}),"
)

_APPOSITION_AFTER_SUBJECT = re.compile(
    rf"\s*(?P<who>{_CAPRUN})(?:,\s+\d{{1,3}})?,\s+(?P<role>(?:the|a|an|its|his|her|their)\s[^,;:\"“”]{{3,90}}?),"
)

_ACCORDING_APPOSITION = re.compile(
    rf"\b[Aa]ccording to\s+(?P<role>[^,;:!?\"“”()—]{{2,80}}),\s+"
    # (not a name's own list: "the Department of Agriculture, Food and the Marine")
    rf"(?![{_UP}][\w'’-]*\s+and\s+(?:the\s+)?[{_UP}])"
    # (not a clause: "According to the Auditor-General's report, it incurred R1.1 billion")
    rf"(?!(?:it|he|she|they|we|there)\s)"
    rf"(?P<who>(?:[a-z][\w-]*\s+){{0,2}}{_CAPRUN})\s*(?=[,;]|\.(?!\d)|$)"
)

# (not "adding to global supply": a contribution, not a remark; the comma may stand inside a
# closing quote, masked with it: 'withdrew its "Crispy Bites," citing ...')
_SAYING = re.compile(rf"(?:,|(?<=_)[\"”’])\s+(?!adding\s+to\b){_PARTICIPLES}\b")

_CUT_WORDS = re.compile(
    r"\s+(?:on|in|(?:at|for)(?!\s+(?:the\s+)?[A-Z][a-z])|during|after|before|when|while|by|to|"
    r"with|from|about|over|that|who|which|last|this|earlier|later|late|early|told|as|via|"
    r"through)\b.*$",
    re.S,
)


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: str
    start: int
    role: str | None = None


_SENTENCE_END = re.compile(r"\s*[.!?]?[\"”’']*\s*$")

_WORDS = re.compile(r"[A-Za-z’']+")

_VERB_SET = frozenset(_VERB_WORDS)

_INVERTED_SET = frozenset(_INVERTED_VERBS.strip("(?:)").split("|"))

_PARTICIPLE_SET = frozenset(_PARTICIPLES.strip("(?:)").split("|"))

_AUX_WORDS = frozenset(
    "has have had did does do will would could may might also later previously then again once "
    "still already not never been n't today yesterday recently now formally officially publicly "
    "separately jointly both long often always first just earlier since".split()
)


def _is_clause(phrase: str) -> bool:
    """Whether the words before a comma are a clause, not a subject: a finite verb, a figure or
    a past-tense verb ("Rents rose 45% in five years, said Tom Reid": not "Rents")."""
    words = phrase.split()
    return (_has_finite_verb(phrase)
            or any(c.isdigit() for c in _NUMBERED_UNIT.sub("", _AGE_WORD.sub("", phrase)))
            or any(w in _PAST_VERBS or (len(w) > 4 and w.endswith("ed") and "-" not in w)
                   for w in words[1:] if w.islower()))  # (not "Ahmed", "Mohammed", nor
    # "The long-awaited report")


# ("The 29-year-old, who ..., said", "The 46-page report, submitted on Sunday, said")
_AGE_WORD = re.compile(r"\b\d{1,3}-(?:year-old|page)\b")

# A time before a company named for its own figures: "Last month the bank reported a profit".
_LEADING_TIME = re.compile(r"^(?:[Ll]ast|[Tt]his)\s+(?:week|month|year)\s+")

# A time between the comma closing a subject and its verb: "X, the minister, on Monday told".
_WHEN_AFTER_COMMA = re.compile(
    r"(?<=[A-Z][a-z])[\w'’-]*,\s+(?:(?:last|this)\s+(?:week|month|year|weekend|night|"
    r"[A-Z][a-z]+day)|on\s+[A-Z][a-z]+day|yesterday|today|earlier|recently|previously|also)\s*$")

# The words _WHEN_AFTER_COMMA ends with.
_WHEN_ENDS = ("week", "weekend", "month", "year", "night", "day", "earlier", "recently",
              "previously", "also")


def _may_end_in_when(text: str, end: int) -> bool:
    """Whether _WHEN_AFTER_COMMA may match up to ``end``: ``text[:end]`` ends in one of its last
    words, or in whitespace (which ``\\s*$`` passes over)."""
    return text.endswith(_WHEN_ENDS, 0, end) or text[end - 1:end].isspace()


# ("Ward 4 councillor X, who ..., said", "District 3 Supervisor X, ..., said")
_NUMBERED_UNIT = re.compile(
    r"\b(?:Ward|District|Precinct|Division|Zone|Region|Sector|Unit|Block|Station|Local)\s+\d{1,3}\b")

_PAST_VERBS = frozenset(
    "rose fell grew shrank sank hit cut set made took gave came went ran won lost paid spent "
    "left kept held met sold bought built rose began stood fell became broke told".split())

_BOUNDARY = frozenset(",;:()[]\"“”—–")

_CONJUNCTIONS = re.compile(
    r"\b(and(?!\s+[A-Z])|but|that|while|as|because|when|if|so|after|before|since|though|"
    r"although|where|which|who|whom|whose)(?:\s+|$)"
)

_ACCORDING_TAIL = re.compile(
    r"\s+(?:on|in|at(?!\s+(?:the\s+)?[A-Z][a-z])|during|alongside|into|last|this|when|while|which|who|presented|published|released|issued|"
    r"seen|obtained|commissioned|quoted|cited)\b.*$",
    re.S,
)

# "according to a report from the central bank": the source is the bank, not the report.
_DOCUMENT_FROM = re.compile(
    r"(?:(?:an?|the|its|their|his|her|this|that|new|latest|recent|official|annual|internal|"
    r"preliminary|final|leaked|joint|probe|inquiry|independent|government|police|"
    r"(?:19|20)\d\d)\s+){0,3}(?:[a-z]+\s+)?"  # ("a budget presentation by")
    r"(?:report|reports|statement|statements|study|studies|survey|analysis|estimates?|figures|polling|"
    r"data|documents?|filings?|records|poll|memo|letter|release|press release|assessment|"
    r"costings|projections|modelling|modeling|calculations|estimates|notifications?|notices?|"
    r"circulars?|bulletins?|forecasts?|review|audit|investigation|count|tally|motions?|"
    r"presentations?|papers?|summary|summaries|rules|regulations|guidelines|probe|inquiry|"
    r"decrees?|resolutions?|rulings?|judgments?|orders?)"
    r"(?:\s+for\s+(?:[a-z]+\s+){0,2}[a-z]+)?"  # ("a motion for preliminary approval filed by")
    r"\s+(?:(?P<verb>published|released|compiled|issued|presented|commissioned|produced|prepared|"
    # (not "reviewed by": who read a document did not make it; "obtained by" a body that is no
    # outlet is its own word, as labellers give it: "figures obtained by the Lindell Institute")
    r"collected|gathered|put out|obtained|analysed|analyzed|filed|submitted|lodged|posted|"
    r"notified)"
    r"\s+(?:(?:today|yesterday|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+[A-Z]\w+|"
    r"this\s+week|last\s+"
    r"week|this\s+month|last\s+month|this\s+year|last\s+year)\s+)?"
    # ("a study published last month in the Journal of Pediatric Epidemiology", "in Nature")
    r"(?:in(?=\s+(?:the\s+)?[A-Z])\s+)?)?(?:(?<=\s)(?:by|from)\s+|(?<=in\s))(?P<who>\S.*)$",
    re.S,
)

# Where a government publishes what it decides, which is no source of its own.
_GAZETTE = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Gazette|Register|Bulletin|Boletín)\b")

_NAMED_DOCUMENT = re.compile(
    rf"^(?P<who>(?:the\s+)?{_CAPRUN})(?:['’]s)?\s+(?:(?:[a-z]+-)?[a-z]+\s+){{0,2}}?"
    r"(?:data|figures|statistics|estimates|report|survey|analysis|poll|polling|research|"
    r"calculations|records|tally|count|tool|tracker|index|model|database|dashboard|bulletin|"
    r"register|registry|document|documents|filings?|statement|review|outlook)$"
)

_BARE_NAME = re.compile(rf"\s*[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,3}}\s*$")

_OUR_OUTLET = re.compile(r"(?:this|our|the)\s+(?:newspaper|paper|publication|website|station)\b",
                         re.I)

_DOCUMENT_HEAD = re.compile(
    r"(?P<who>(?:[A-Za-z-]+\s+)?(?:records|documents|data|figures|emails|messages|images|"
    r"footage|filings|minutes|notes|files|recordings))\b", re.I)

# The same with the body whose records they are named before them: "Police Scotland figures".
_OWNER_OF_HEAD = re.compile(
    rf"(?P<who>(?:The\s+)?{_CAPRUN}?)(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:records|documents|data|figures|"
    r"statistics|emails|minutes|files|filings)\b")

_NAME_BEFORE_ROLE = re.compile(rf"(?:^|(?<=[\s\"“”_]))(?P<who>{_CAPRUN}),\s+$")

_ROLE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\s,]))(?P<role>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+[a-z][\w'’ -]{1,40}),\s+$")

_AGE_TAIL = re.compile(rf"(?<![\w'’-])(?P<who>{_CAPRUN}),\s+\d{{1,3}},\s*$")

_APPOSITION_AFTER_TAIL = re.compile(rf"(?P<who>{_CAPRUN})(?:,\s+\d{{1,3}})?,\s+(?P<role>[^,;:\"“”_]{{3,90}}?),\s*$")

# A role's last word before "the": "Minister of State in | the Ministry of Finance".
_TITLE_PREPOSITION_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:in|of|at|for|to)\s+$")

_APPOSITION_BEFORE_TAIL = re.compile(
    rf"(?<![\w'’-])(?P<role>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ww]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    rf"(?:[{_UP}][\w'’-]*\s+){{0,3}}[{_UP}][\w'’.-]*(?:['’]s|s['’]))\s"
    rf"[^,;:\"“”]{{3,80}}?),\s+(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)(?:[a-z]|\d)[\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN}),\s*$"
)

_POST_THEN_NAME = re.compile(
    rf"\s*(?P<role>[{_UP}][^;:\"“”_]{{3,120}}?),\s+(?P<lead>)(?P<who>{_CAPRUN}),\s*$")

# Abbreviations whose dot does not end a name: "said Dr. Angela Cho", "said Sen. J. Smith".
_NAME_ABBREVIATION = (r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|"
                      r"Jr|Sr|St|[A-Z])\.")

_INVERTED_AFTER = re.compile(
    rf"\s+(?P<who>(?:the\s+|a\s+|an\s+)?(?:{_NAME_ABBREVIATION}|[^,.;:!?\"“”]){{2,80}})")

_PUT_IT = re.compile(
    r"\b(?:[Aa]s\s+(?P<a>[^,;:\"“”_]{2,80}?)\s+(?:put|puts)\s+it\b"
    r"|[Ii]n\s+the\s+words\s+of\s+(?P<b>[^;:\"“”_]{2,120}?)(?:,\s*|\s+)[\"“‘'_])"
)

_QUOTED_AS_SAYING = re.compile(
    r"(?:^|,\s+)(?P<who>[^,;:\"“”_]{2,90}?)\s+(?:is|was|were|are)\s+quoted\s+"
    r"(?:in\s+(?:the|a|an|its|his|her|their)\s+[^,;:\"“”_]{2,40}?\s+)?(?:as\s+)?say"
)  # (and "is quoted in the statement saying")

_ASIDE_BEFORE_VERB = re.compile(
    r",\s+(?P<clause>(?:which|who|whose|[a-z]{3,}ing|submitted|published|released|issued|"
    r"presented|prepared|commissioned)\s+(?:[^,;:\"“”_]|(?<=\d),(?=\d)){2,120}),"
    r"(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:said|says|told|tells|added|warned|argued|claimed|insisted|wrote|announced|stated|"
    r"noted|explained|confirmed|denied|criticised|criticized|asked|urged|show|shows|showed|"
    r"found|reported|estimated|concluded|dismissed|rejected|accused|welcomed|submitted|"
    r"described|describes)\b)"
)


# "The settlement, announced Tuesday, also requires ...", "The tax, announced in last month's
# budget, would impose ...": a participle describing a thing, not its speech.
_PARTICIPLE_ASIDE = re.compile(
    r"^(?P<subject>\s*(?:The|A|An|This|That|Its|Their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+),"
    r"(?P<clause>\s+(?:announced|unveiled|published|released|confirmed|signed|agreed|approved|"
    r"introduced|reported)\s+[^,;:\"“”_]{2,80}),"
    r"(?=\s+(?:also\s+|still\s+)?(?:will|would|could|may|might|has|had|have|is|was|were|are|"
    r"[a-z]+s)\b)")


# "The union is calling for ...", "Residents have raised concerns about ...": a demand and a
# worry, read as "called for" and "warned" (the same length, so offsets stay).
_PROGRESSIVE_CALL = re.compile(r"\b(?:is|are|was|were)\s+calling(?=\s+(?:for|on)\b)")
# "The Barbados Rum Producers Guild is warning that ...": read as "warned"
_PROGRESSIVE_WARNING = re.compile(r"\b(?:is|are|was|were)\s+warning(?=\s+(?:that|of)\b)")
# "The Grain Industry Council of WA is forecasting a crop of ...": read as "forecast"
_PROGRESSIVE_FORECAST = re.compile(r"\b(?:is|are|was|were)\s+(?:forecasting|predicting)\b")
_RAISED_CONCERNS = re.compile(r"\b(?:has|have|had)\s+raised\s+(?:serious\s+|fresh\s+|new\s+)?"
                              r"concerns?"
                              r"(?=\s+(?:about|over|that|regarding)\b)")

# "The company is urging users to ...", "The movement is demanding that ...": read as "urged"
# and "demanded" ("Protesters gathered outside, demanding ..." stays the article's own account)
_PROGRESSIVE_URGING = re.compile(r"\b(?:is|are|was|were)\s+urging(?=\s)")
_PROGRESSIVE_DEMAND = re.compile(r"\b(?:is|are|was|were)\s+demanding(?=\s+that\b)")
# Counsel's case put to a witness: "Conor Lalor ... put it to her that ...": read as "argued"
_PUT_IT_TO = re.compile(r"\bput\s+it\s+to\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+(?=\s+that\b)")
# "The audit makes 11 recommendations", "The Bureau of Meteorology has issued a severe heatwave
# warning": recommendations made and a warning issued, read as "recommended" and "warned" (not
# "issued a warning letter": a regulator's act)
_MADE_RECOMMENDATIONS = re.compile(
    r"\b(?:made|makes|make)\s+(?:\d+|[a-z]+)\s+(?:[a-z-]+\s+)?recommendations\b")
_ISSUED_WARNING = re.compile(
    r"\b(?:issued|issues)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:warning|alert)\b(?!\s+letter)")


def _as_verb(verb: str):
    return lambda m: " " * (len(m.group()) - len(verb)) + verb


# A company's or an analyst's own figures: a forecast or target it changes, results it posts.
_OWN_FIGURES = re.compile(
    r"\s*(?P<who>[^,;:\"“”_]{2,60}?)\s+(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:(?:raised|cut|lowered|lifted|kept|trimmed|upgraded|downgraded|reaffirmed|maintained)"
    # (an analyst's call too: 'maintained its "overweight" call', the call masked as quoted)
    r"\s+(?:its|their)\s+(?:[\w\"“”-]+\s+){0,4}?(?:forecast|target|guidance|outlook|call|"
    r"rating)\b"
    r"|(?:reported|posted|booked)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:profit|loss)\b"
    r"|posted\s+revenue\b)")


def _blank_participle_aside(m: re.Match) -> str:
    if m.group("subject").split()[-1] in SOURCE_NOUNS | _PERSON_ROLE_HEADS:
        return m.group()  # ("The spokesman, confirmed as ..., said": a speaker)
    return m.group("subject") + "," + " " * (len(m.group("clause")) + 1)


def _blank_aside(m: re.Match) -> str:
    if _relative_role(m.group("clause")):
        return m.group()
    words = m.group("clause").split()
    if words[0].endswith("ing") and (
            words[0] in _ING_ROLES or (len(words) > 1 and words[1].lower().strip(",") in
                                       _PERSON_ROLE_HEADS | _ROLE_NOUNS)):
        return m.group()  # "Gary Black, managing partner at Future Fund, wrote": a role
    if _QUOTE_THEN_NAME.search(m.string, 0, m.start()) or _ANONYMOUS_CLAUSE.match(m.group()):
        # '"...," Tanya Breck, whose son was held there, told commissioners': her name alone;
        # "A former team-mate, who asked not to be named, said": the team-mate said
        return " " * len(m.group())
    # (the comma stays where the aside began: "His wife, Siobhán Brennan, who has run front of
    # house since it opened, said" reads as "His wife, Siobhán Brennan, said")
    return "," + " " * (len(m.group()) - 1)


# Degrees and honours written after a name between commas: "Dana Whitcomb, PharmD, RPh, said".
_DEGREES = (r"(?:PharmD|RPh|MD|PhD|DPhil|RN|DDS|DVM|CPA|Esq\.?|OBE|MBE|CBE|KBE|KC|QC|SC|SAN|JP|FRCS|"
            r"FRCP)")
_CREDENTIALS = re.compile(rf"(?<=[a-z]),(?:\s+{_DEGREES}(?=,)(?:,(?=\s+{_DEGREES}(?![\w.])))?)+")

# A name right after a quotation: '"...," Tanya Breck'.
_QUOTE_THEN_NAME = re.compile(r"_[,.!?]?[\"”’']?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5}$")


# Words in -ing that open a role, not a participle clause: "managing partner", "acting chief".
_ING_ROLES = frozenset(
    "managing leading founding acting presiding ruling governing commanding visiting sitting "
    "outgoing incoming reigning serving standing supervising consulting "
    "long-serving longstanding".split())

_IDENTIFIED_AS = re.compile(
    r"(?<=,\s)(?:later\s+|since\s+)?(?:identified|named)\s+(?:only\s+)?as\s+"
    # "One survivor, a 34-year-old schoolteacher identified only as Amira, told": the name
    r"|(?<=\s)(?:[a-z0-9-]+\s+){1,4}(?:identified|named|known)\s+only\s+as\s+(?=[A-Z])"
    # "a 17-year-old survivor who gave his name only as Abdirahman said": the name
    r"|(?<=\s)who\s+gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(?=[A-Z])")

_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|locally\s+)?known\s+as\s+[^,;:\"“”]{1,60},")

_QUOTED_BY = re.compile(
    r"(?:^|,\s+)(?P<who>[^,;:\"“”_]{2,90}?)\s+(?:was|were|is|are)\s+quoted\s+by\s"
    r"[^,;:\"“”]{2,80}?\s+as\s+say"
)

_ANONYMOUS_CLAUSE = re.compile(
    r",?\s+who\s+(?:(?:asked|requested|spoke|declined|did not want|wished)\s+(?:not\s+to\s+be\s+"
    r"(?:named|identified)|to\s+remain\s+anonymous|on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|anonymously|to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?)"
    # "who did not wish to be named", "who spoke to The Sentinel on condition of anonymity"
    r"|(?:did\s+not|didn't)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"|spoke\s+to\s+[^,;:]{1,40}?\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)"
    r"(?:\s+(?:because|as|to)\s[^,.;:]{0,80})?,?"
)

_CORPORATE_TAG = re.compile(
    # (with its comma only: "Helix Therapeutics, Inc. announced"; without one the form is
    # part of the name as written, "Northfield Foods Inc. says")
    r"(?:,\s(?:Inc|Ltd|LLC|Corp|plc|PLC)\.?(?=[\s,(])"
    r"|\s\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|OTC|OTCQX|Euronext|HKEX|TSE|AIM)"
    r"\s*:\s*[A-Z.]{1,6}\)"
    # an organisation's initials after its name: "the World Health Organization (WHO) said"
    rf"|(?<=[a-z])\s\([{_UP}][{_UP}&.-]{{1,9}}\))+(?P<comma>,)?"
)


def _blank_corporate_tag(m: re.Match) -> str:
    """The tag as spaces; a comma after it moves up to the name ("Acme Robotics, Inc. (NYSE:
    ACMR), a leading provider ..." -> "Acme Robotics,  ...  a leading provider ...")."""
    n = len(m.group())
    return "," + " " * (n - 1) if m.group("comma") else " " * n


def _blank_party_tag(m: re.Match) -> str:
    """The tag as spaces, keeping a comma after the name when a relative clause follows
    ("Rep. Luis Ortega, D-Calif., who chairs ...")."""
    n = len(m.group())
    if m.group().startswith(",") and _RELATIVE_NEXT.match(m.string, m.end()):
        return "," + " " * (n - 1)
    return " " * n


_RELATIVE_NEXT = re.compile(r"\s*(?:who|whose|which|whom)\b")

_BASED_IN = re.compile(r"(?<=[Tt]he )[A-Z][\w.]+(?: [A-Z][\w.]+)?, [A-Z][\w.]+(?: [A-Z][\w.]+)?-based ")

# A bracketed party, group or place after a name: "Sanne de Vries (Renew Europe)".
_BRACKETED_AFTER_NAME = re.compile(
    rf"(?<=[a-zà-ÿ])\s\((?:[{_UP}][^()]{{1,60}}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af][^()]{{0,30}}"
    # (or an age, as Irish and British papers give it: "Retired garda Pádraig Lenihan (67),")
    r"|\d{1,3})"
    r"\)(?P<comma>,)?(?=\s)")  # (and a name in its own script: "Chen Mei-ling (陳美玲)")

# A US party-and-state tag after a name: "Sen. Mark Hollis, R-Texas, told" / "(D-Calif.) said".
_PARTY_TAG = re.compile(r",\s+[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,|\s\([RDI]-[A-Z][\w. ]*\)")

# Reporting verbs that are also plural nouns, and words that show the noun reading after them.
_PREPOSITION_JUST_BEFORE = re.compile(r"(?:^|\s)(?:[Ii]n|[Ww]ith|[Ff]rom|[Uu]nder|[Aa]fter|[Ii]nto)\s+$")
_NOUN_OR_VERB = frozenset("reports claims states notes calls comments posts estimates tweets "
                          "promises report claim estimate forecast".split())

# "in its quarterly report that": where a verb of _NOUN_OR_VERB was said, then what.
_WHERE_THEN_THAT = re.compile(r"\s+(?:in|on)\s+(?:its|their|his|her|a|an|the)\s+[^,.;:]{0,50}?\bthat\s")
_AFTER_NOUN = frozenset("have has had are were is was of from by in on about suggest show say "
                        "said indicate appear".split())

# A promise reports only what follows "that" (or a quotation): "promised voters that ...".
_PROMISES = frozenset("promised promises".split())
_PROMISED_THAT = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+that\b|\s*[:,]?\s*[\"“‘_]")

_NEEDS_COMPLEMENT = frozenset("agreed agrees promised promises pledged vowed vows urged urges "
                               "asked asks called calls continued continues".split())

# Verbs that only ever report speech: after "X did something and/but ___", X speaks ("Police
# arrested and questioned the student" is no report).
_SAYING_VERBS = frozenset("said says told tells added adds warned warns insisted insists argued "
                          "argues claimed claims stated states noted notes explained explains "
                          "wrote writes".split())

# Verbs that report only with "that": "the study found that ...", "figures showed that ...".
_THAT_ONLY = frozenset(
    "found finds showed shows show conceded concedes concede estimate state demanded ruled "
    "rules submitted submits held maintained flagged indicated indicates".split())  # (not "illegally maintained a monopoly")

_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")

_SIGNED = re.compile(rf"[\"”’_]\s*[-–—]\s*(?P<who>{_CAPRUN})\s*$")

# The role closing the sentence, or followed only by where or how it was said ("said Dan Ives, an
# analyst at Wedbush Securities, in a note to clients").
# The name after an unnamed source: '"...," said one resident, retired teacher Carol DeWitt.'
_NAME_AFTER_ROLE = re.compile(
    rf",\s+(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN})\s*(?:[,.;!?]|$)"
)

# "In his view, ...", "In Greenaway's opinion, ...": whose view the sentence gives.
_IN_THE_VIEW_OF = re.compile(
    rf"In\s+(?:(?P<who>his|her|their|the\s+[a-z]+|[{_UP}][\w.-]*(?:\s+[{_UP}][\w.-]*){{0,3}})"
    r"(?:['’]s?)?)\s+(?:view|opinion),")

# A role of a body named by its owner's possessive: "Blue Horizon's director" (then a name).
_OWNER_THEN_ROLE = re.compile(rf"^[{_UP}][\w-]*(?:\s+[{_UP}][\w-]*){{0,4}}['’]s\s+[a-z]")

_TRAILING_ROLE = re.compile(
    r",\s+(?P<role>[^,;:!?\"“”_]{3,90}?)"
    r"(?:,\s+(?:in|on|at|during|speaking|writing)\b[^,;:!?\"“”_]{0,80})?\s*[.!?]?\s*$"
)

_COLON_TAIL = re.compile(rf"(?P<who>(?:[^\s,;:()\"“”—–]+\s+){{0,6}}?{_CAPWORD})\s*$")

_COLON_QUOTE = re.compile(r":\s*[\"“‘_]")

# A document named by its owner opening the sentence, then what it shows: "Brightcart's annual
# reports show", "The Sundarpur Municipal Corporation's own data, released in March, showed",
# "The Department for Borders figures put", "Data from the council's own quarterly survey show".
_OWNED_DOC_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|However|Yet),?\s+)?(?:(?:Data|Figures|Statistics)\s+from\s+)?"
    r"(?:[Tt]he\s+(?:most\s+recent|latest|new|official)\s+(?=[A-Z]))?"
    r"(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w&.-]*(?:\s+(?:for|of|and|&))?\s+){0,6}?[A-Za-z][\w&.-]*?)"
    r"(?:['’]s?)?\s+(?P<doc>(?:(?:own|most\s+recent|consumer\s+price|(?:19|20)\d\d|"
    + "|".join(sorted(DOCUMENT_ADJECTIVES)) + r")\s+)*(?:impact\s+)?(?:figures|data|reports?|filings|survey|index|"
    r"statistics|assessment|analysis|accounts|numbers))\b[^.;:]{0,60}?\s(?:show|shows|showed|put|"
    r"puts|found|finds|suggest|suggests|indicate|indicates|reveal|reveals|revealed)\b")

# A pronoun opening the sentence, the subject of a later ", saying ...".
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?(?P<who>He|She|They|It)\s+[a-z]")

# An unnamed source opening the sentence, then a verb and the colon before a quotation.
_UNNAMED_COLON = re.compile(
    r"\s*(?:[Bb]ut\s+|[Aa]nd\s+)?(?P<who>(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he)\s+(?:[a-z-]+\s+){0,3}?"
    r"[a-z-]+)\s+(?:wrote|read|reads|posted|tweeted|said|says|added|commented|replied)\s*$")


# Nouns ending in -ly, which are no adverbs: "The victim's family said".
_LY_NOUNS = frozenset("family assembly ally supply rally monopoly anomaly bully".split())


def _strip_aux(text: str, end: int) -> int:
    """``end`` moved back over whitespace and auxiliaries or adverbs ("has also", "later")."""
    while True:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:end]
        if word and word != "May" and (word.lower() in _AUX_WORDS or (
                len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()
                and word not in _LY_NOUNS)):
            end = start
            continue
        return end


def _words_before(text: str, end: int, n: int) -> int:
    """Where the ``n`` words before ``end`` begin (0 if there are fewer).

    A look-back pattern (``...\\s+$``, searched up to a verb) that spans at most ``n`` words
    finds from here what it finds from 0, as no match can start earlier (look-behinds and ``\\b``
    still see the text before), without being tried at every earlier position. A word here runs
    from a space to the next whitespace, so it holds one or more words as ``\\s`` splits them (a
    tab inside one only widens the reach)."""
    start = end
    for _ in range(n):
        while start and text[start - 1].isspace():
            start -= 1
        start = text.rfind(" ", 0, start) + 1
        if not start:
            return 0
    return start


# "PC World's recent analysis of its own traffic concluded": PC World
_OWNED_DOCUMENT = re.compile(
    rf"^(?P<who>[Tt]he\s+[a-z]+|{_CAPRUN})['’]s\s+(?:(?:recent|latest|new|own|annual|official|internal|"
    r"preliminary|final)\s+)*(?:analysis|report|study|survey|statement|data|figures|research|"
    r"review|investigation|poll|audit|estimates?)\b"
)

_ROLE_THEN_NAME = re.compile(rf"\s+(?P<role>(?:[a-z][\w'’-]*\s+){{1,3}}?)(?P<who>{_CAPRUN})")

_QUOTED_AS = re.compile(r"\bquoted\s+(?P<who>[^,;:\"“”]{2,80}?)\s+as\s+(?:saying|telling)\b")

_BY_AGENT = re.compile(
    r"^(?P<who>.+?)\s+(?:interviewed|polled|surveyed|contacted|questioned|quoted|cited|consulted|"
    r"asked|reached|approached)\s+by\s+\S.*$", re.S)


def _agent_of(last: str, bare: str) -> re.Match | None:
    """Who made what the subject ``last`` (``bare``: stripped) names: "Residents interviewed by
    X", "A statement from X", "X's latest report". Each pattern is tried only where a word it
    needs stands in the phrase ("by"; "by", "from" or "in"; a possessive "'s")."""
    lowered = bare[:1].lower() + bare[1:]
    return (("by" in last and _BY_AGENT.match(last))
            or (("by" in lowered or "from" in lowered or "in" in lowered)
                and _DOCUMENT_FROM.match(lowered))
            or (("'s" in bare or "’s" in bare) and _OWNED_DOCUMENT.match(bare)) or None)


# Words that count the people of an unnamed group: "Several parents who spoke ... said".
_COUNT_WORDS = frozenset("several some many most two three four five six few other".split())

# What follows a document's maker: "into the finances of Y", "published in January".
_INTO_TAIL = re.compile(r"\s+(?:into\s|(?:published|released|issued|conducted)\s+(?:in|on|last|"
                        r"this|earlier)\s).*$", re.S)

_NP_STOP = frozenset(
    "by of from to with for at in on was were is are has have had been be and or but that "
    "those these echoed said says imposed after before than into over under".split())


def _last_noun_phrase(text: str, end: int) -> int | None:
    """Where the noun phrase ending at ``end`` starts ("... by the regulator" -> "the
    regulator"), or None if there is none (at most five words)."""
    words = list(re.finditer(r"[^\s,;:]+", text[:end]))
    start = None
    named = False
    for w in reversed(words[-6:]):
        word = w.group()
        if word.lower() in _NP_STOP or (named and word[:1].islower()
                                          and word.lower() not in ("the", "a", "an")):
            break  # ("Its main rivals include Adyen NV": Adyen NV)
        named = named or word[:1].isupper()
        start = w.start()
        if word.lower() in ("the", "a", "an") or w.end() < end - 60:
            break
    return start


def _digit_comma(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a comma inside a number ("1,050"), not a clause boundary."""
    return (text[i] == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit()
            and text[i + 1].isdigit())


def _subject_before(text: str, end: int) -> tuple[str, int]:
    """The words before ``end`` back to a clause boundary (at most twelve): (phrase, start)."""
    pos = end
    words = 0
    while pos > 0 and words < 12:
        # skip whitespace
        p = pos
        while p > 0 and text[p - 1].isspace():
            p -= 1
        if p == 0 or text[p - 1] in _BOUNDARY:
            pos = p
            break
        q = p
        while q > 0 and not text[q - 1].isspace() and (
                text[q - 1] not in _BOUNDARY or _digit_comma(text, q - 1)):
            q -= 1
        if "_" in text[q:p]:
            # a masked quotation ("'____,' she said": single quotes are not boundaries, as
            # apostrophes are not) ends the phrase like a double quote does
            pos = p
            break
        if q > 0 and text[q - 1] in _BOUNDARY and not text[q - 1].isspace():
            pos = q
            words += 1
            break
        pos = q
        words += 1
    return text[pos:end].strip(), pos


_TRANSCRIPT = re.compile(r"^\s*(?P<who>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}):\s+\S")

# First words of two-word place names that open an Indian-style dateline ("NEW DELHI:").
_CITY_FIRST = frozenset("Ho Addis Dar Phnom Santo Port Mexico Panama Kuwait Hong Abu".split())

_FINAL_ACCORDING = re.compile(r",\s+according to\s+[^,;:\"“”]{2,100}?[.!?]?[\"”’]?\s*$")

_BY_NEXT = re.compile(r"\s+by\s")

_GROUP_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:groups|organisations|organizations|leaders|officials|bodies|unions|campaigners|"
    r"experts|advocates|associations|analysts)\b")

# "The survey of 620 likely voters found Okafor ahead": a document reports what it found
_DOCUMENT_SUBJECT = re.compile(
    r"\s*(?:The|This|That|Its|Their|A|An)\s+(?:[a-z]+['’]s\s+)?(?:[a-z0-9-]+\s+)?"
    r"(?:survey|poll|study|report|analysis|review|audit|research|"
    # ("The trust's annual Housing Pressure Report")
    r"(?:[A-Z][\w-]*\s+){1,3}(?:Report|Survey|Study|Review|Index|Audit))\b")

# A description of the body in a person's role, after it: "Shahana Begum, executive director
# of the Nouyatri Safety Forum, a passenger rights group, said" (the body's, not the person's)
_BODY_DESCRIBED_AFTER = re.compile(
    r"\b(?:of|for|at|with|from)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
    r"[A-Z][\w'’&.-]*)*(?P<cut>,)\s+(?:a|an|one\s+of|the)\s+[^,;:\"“”_]{2,90},$")

# After a person's role, a branch or a wider place, which names no one: "Olumide Adeyemi-Johnson,
# chairman of the Real Estate Developers Forum, Lagos chapter, said", "Sutarmo, a smallholder
# ... in Kampar regency, Riau, said".
_TAILS_AFTER_ROLE = (
    _BODY_DESCRIBED_AFTER,
    re.compile(r"[a-z]\s+[A-Z][\w'’-]*(?P<cut>,)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
               r"(?:chapter|branch|wing|division|local|section),$"),
    re.compile(r"\b(?:in|near)\s+[A-Z][\w'’-]*(?:\s+[a-z]+|\s+[A-Z][\w'’-]*)?(?P<cut>,)\s+"
               r"[A-Z][\w'’-]*,$"),
)
_SITED = ("based ", "located ", "headquartered ", "which ")


def _may_end_in_tail(text: str, end: int) -> bool:
    """Whether a pattern of _TAILS_AFTER_ROLE may match up to ``end``: each ends in a comma
    there (``,$``; ``$`` also matches before a last newline)."""
    return text.endswith((",", ",\n"), 0, end)


_AUX_BEFORE_ING = re.compile(
    r"\s(?:is|are|was|were|(?:had|have|has)\s+been)\s+(?:also\s+|now\s+|still\s+)?$")

_RECORDED_WHAT = re.compile(r"\s+(?:\d|a\s+(?:rise|fall|drop|increase|decrease|decline|jump|record)|an\s+"
                            r"(?:increase|average)|more\s+than|fewer|nearly|almost|about|around)")

_RECALL_WORDS = frozenset(
    "that how when being having seeing watching meeting growing his her their the a an".split())

_NEGATED_BEFORE = re.compile(
    r"\b(?:did\s+not|didn't|does\s+not|doesn't|would\s+not|wouldn't|could\s+not|couldn't|"
    r"declined\s+to|refused\s+to|failed\s+to|has\s+not|have\s+not|hasn't|haven't|"
    r"had\s+not|hadn't)\s+$")

_QUANTITY_NEXT = re.compile(r"\s+(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|"
                            r"another|an\s+extra|\d|[$£€¥₹])")

# What is called that is no speech: "called a 24-hour strike", "called a snap election".
_CALLED_EVENT = re.compile(
    r"\s+an?\s+(?:[\w-]+\s+){0,2}(?:strike|strikes|election|meeting|vote|referendum|"
    r"halt|walkout|stoppage|conference|briefing|recess|truce|ceasefire)\b")
_FIGURE_NEXT = re.compile(r"\s+(?:another\s+|a\s+further\s+)?\d")
# What a stance welcomes: "the vote", "this week's decision", "news that" (no figure near).
_WELCOMED_WHAT = re.compile(
    r"\s+(?:the|this|that|these|its|their|his|her|news|moves?|plans?|proposals?)\b"
    r"(?!(?:\s+[\w'’-]+){0,2}\s+[\d$€£])")

_ADDED_TO = re.compile(r"\s+to\s+(?!(?:reporters|journalists|the\s+press)\b)")

_NAMED_CALLED = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+[a-z-]+\s+$")

_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")

# What an adviser advises: "advised borrowers not to panic", "advised members that ...".
_ADVICE_GIVEN = re.compile(
    r"\s+(?:(?!(?:on|about|how)\s)[\w'’-]+\s+){0,4}?(?:not\s+)?"
    r"(?:to|that|against)\s")

# What a document finds, when one made by a body is the subject ("A survey by the Kent Freight
# Forum counted ...", "A 2023 report by the X linked the die-off to ...", "An appraisal by X
# valued the property at ..."); not how it was made ("The study tracked admissions": labellers
# split on those).
_DOCUMENT_VERBS = frozenset(
    "counted linked valued uncovered highlighted ranked detected".split())

# What a branding brands: "branded the closures", not "branded products".
_DETERMINER_NEXT = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|its|their|his|her|it|him|them)\b")

# What a forecast projects: "projects that ...", "projects a third consecutive deficit", "projects
# output of 650,000 tonnes" (not the noun: "rental projects near transit").
_PROJECTED_WHAT = re.compile(
    r"\s+(?:that|a|an|the|its|their|[\d$€£¥₹]|[a-z-]+\s+(?:of|at|to)\s)")

# An unnamed source and where it is: "a source at the club", "an official at the ministry".
_LOWER_DOCUMENT = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[a-z]+\s+)?(?:ministry|department|government|agency|police|"
    r"council|bank|company|regulator|army|military|commission|office))\s+(?:data|figures|"
    r"statistics|estimates|records)$")

_SOURCE_AT = re.compile(
    r"(?:an?|one|two|three|several)\s+(?:senior\s+)?(?:source|sources|official|officials|"
    r"insider|insiders|person|people|executive|employee|staff member)\s+(?:at|in|within|inside)"
    r"\s+the\s+[a-z]+[.\s]*$")

_STATES_NOUN = re.compile(
    r"(?:\b(?:member|other|several|many|some|all|both|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozen|neighbouring|neighboring|these|those|island|nation|swing|battleground|coastal|"
    r"southern|northern|eastern|western|small|key|frontline|affected|federal)"
    # ("Arab", "Gulf", "EU", "four Indian states")
    r"|\b[A-Z][\w-]*|\d)\s+$")

_RESULTS_NEXT = re.compile(
    r"\s+(?:a|an|its|their|record|combined|pre-tax|net|annual|quarterly|full-year|half-year|"
    r"operating|losses|loss|profits?|gains?|revenue|sales|results|growth|deficits?|surplus)\b"
    r"|\s+\d")

_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|with|about|over|by|from|against)\s+$")

_QUESTION_WORDS = frozenset("whether if why how what".split())

# The lower-case words between "Environmental" and "Clean Seas Europe" that say what it is.
_BODY_ROLE_WORDS = re.compile(
    r"\s(?:group|company|firm|charity|organisation|organization|union|agency|campaign|network|"
    r"coalition|alliance|association|watchdog|institute|party|platform|startup|body)\s+$")

# "Damage has been estimated at 11,000 crore by the Karnataka government": the source after "by"
_PASSIVE_BY = re.compile(
    r"\b(?:has|have|had)\s+been\s+(?:estimated|put|reported|confirmed|calculated|assessed|"
    r"valued|projected|forecast)\b[^;:\"“”_]*?\bby\s+(?P<who>[^,;:\"“”_]{2,80}?)\s*[.!?]?\s*$")

# The start of a body's name that lists its fields with commas: "The Ministry of Economy, " +
# "Trade and Industry".
_ORG_LIST_BEFORE = re.compile(
    r"(?P<org>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Minister|Secretary|"
    r"Commission|Committee|Office|Agency|Institute|Council|School|Faculty)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*,\s*)$")

# Who gives a number as their estimate: "Organisers put the attendance at around 450,000".
_ESTIMATE = re.compile(
    r"\s*(?P<who>[^,;:\"“”_]{2,90}?)\s+(?:put|puts|gave|gives)\s+(?:the|its|their|his|her|a|an)"
    r"\s+(?:[\w'’-]+\s+){0,3}(?:attendance|turnout|crowd|toll|number|figure|total|count|cost|"
    r"estimate|bill|damage|magnitude|debt|deficit|inflation|unemployment|growth|rate|party|"
    r"support|share)(?:\s+(?:slightly|far|much|even|somewhat))?"
    r"(?:\s+(?:lower|higher))?,?\s+(?:at|of)\s")

_PHRASE_ENDS_IN_PRONOUN = re.compile(r"^(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter)\s.*\s(he|she|they)$")
_PRONOUN_ENDS = ("he", "they")  # (what a phrase it matches ends with: "she" ends in "he")

# Verbs that report less than what they may stand beside: an expectation, an apology, a
# recommendation give way to a finding or a closing "according to".
_WEAK_VERBS = frozenset(
    "expected expect expects apologised apologized apologises apologizes recommended "
    "recommends recorded expecting".split())

_WRITTEN_OBJECT = re.compile(
    r"\s+(?:a|an|two|three|four|five|several|many|dozens|hundreds|\d+|books?|memoirs?|novels?|"
    r"songs?|poems?|plays?|music|scripts?|volumes?)\b")

# Reporting verbs that also name an act, and the objects that show the act.
_ACTION_VERBS = frozenset("declared declares denied denies rejected rejects reject "
                          "dismissed".split())

_ACTION_OBJECT = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:state|emergency|disaster|"
    r"request|requests|application|applications|bail|permission|access|entry|appeal|appeals|"
    r"motion|bid|offer|visa|visas|asylum|ceasefire|victory|winner|holiday|war|curfew)\b")

# What is dismissed as an act, not as a claim: "dismissed its manager", "dismissed the case"
# (a plea, "denied the charges", is the court's record: ``_PLEA``; "dismissed the warning" is a
# view).
_DISMISSED_OBJECT = re.compile(
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:manager|coach|staff|employees|"
    r"workers|players|director|chief|officer|teacher|case|charges|lawsuit|suit|jury|appeal)\b")

# A subordinate clause inside a sentence, up to the verb: "... fell 9% after the company ".
_MID_SUBORDINATE = re.compile(r"\s(?:after|before|since|until|when|as|because)\s[^,;:\"“”_]*$")

# A verb's object, not what was said: "reported its slowest growth", "announced a buyback".
_OBJECT_NEXT = re.compile(
    r"\s+(?:its|their|his|her|a|an|the|record|plans|each\s+other|one\s+another|"
    r"on\s+(?:the|its|their|a)|lower|higher|weaker|stronger|better|worse|strong|weak|"
    r"quarterly|annual|first|second|third|fourth|full-year|half-year|net)\b")

_ANONYMOUS_PEOPLE = re.compile(
    r",\s+according to\s+(?:(?:two|three|four|several|multiple|some|a|one|other)\s+)?"
    r"(?:(?:senior|former|current|western|government|administration|party|campaign)\s+)*"
    r"(?:people|persons?|sources|officials|aides|insiders|diplomats)\s+(?:familiar|close|"
    r"briefed|with knowledge|who)\b")

_SUBORDINATOR = re.compile(
    r"\b(?:after|before|because|as|when|while|since|although|though|until|once|if)\s")

# "Figures from Eurostat show euro zone inflation was 2.4%": data that show something report it
_DATA_SUBJECT = re.compile(
    r"\s*(?:(?:the|new|latest|official|recent|provisional|preliminary)\s+)*(?:[A-Za-z-]+\s+)?"
    r"(?:figures|data|statistics|numbers|estimates|records|polls?|surveys?|documents|papers|"
    r"logs|accounts|minutes|filings)\b"
    # ("Figures from the Australian General Insurers Group show")
    r"(?:\s+(?:from|by|published\s+by|released\s+by)\s+(?:the\s+)?[A-Z][^,;:]{1,60}?"
    r"(?=\s+show))?", re.I)

_NOT_EXPECTATION = re.compile(
    r"\s+(?:next|later|soon|in|on|by|this|within|to|at(?!\s+least)|early|late|shortly|until)\b")

_NUMBER_BEFORE = re.compile(r"(?:\b\d(?:[\d,.]*\d)?%?|\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose))\s+$")

# A name that ends in "An" (Vietnamese, Chinese): not the article.
_NAME_ENDS_AN = re.compile(r"[A-Z][\w'’-]+\s+An\s+$")

_PASSIVE_BEFORE = re.compile(r"\b(?:been|were|was|are|is|being|be)\s+(?:[a-z]+ly\s+)?$")

# When, then "that": "The inquiry found in 2022 that ...", "found last year that".
_WHEN_THEN_THAT = re.compile(r"\s+(?:in|on|last|this|earlier)(?:\s+[\w,]+){1,2}?\s+that\b")
_COLON_OR_THAT = re.compile(r"\s*(?::|\s+that\b|\s*[\"“‘_])")


def before_char(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not a space."""
    pos -= 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return text[pos] if pos >= 0 else ""


_ECHOED_WARNING = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}(?:warnings?|calls?|claims?|concerns?|views?|criticisms?|fears?)"
    r"\b")

_DOCUMENT_BEFORE = re.compile(
    r"\b(?:statement|message|video|letter|note|post|comment|tweet|update|blog|notice|report|"
    r"article|study|paper|survey|review|analysis|research|data|figures|results)\s+$", re.I)

# "The fine was imposed by the regulator, which said ...": the regulator
_WHICH_SAID = re.compile(
    r",\s+which\s+(?:said|says|reported|reports|warned|estimated|estimates|added|announced|"
    r"confirmed|found|concluded|noted|argued|claimed|stated)\b")

# What was found, when "that" is left out: "It also found the department could not show",
# "found the Department of Transport approved the project" (a clause, not "found corrosion").
_CLAUSE_WITHOUT_THAT = re.compile(
    r"\s+(?:the|a|an|its|their|some|most|many|[A-Z][\w’'-]*)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:could|would|had|has|have|was|were|is|are|did|does|must|should|will|may|might|cannot|"
    r"can|approved|failed|paid|spent|ignored|underestimated|overstated|breached|lacked)\s")

# A verb after a modal is no report of a finding: "if the exporter can show the timber was ...".
_MODAL_JUST_BEFORE = re.compile(r"\b(?:can|could|must|may|might|should|would|will|cannot|to)\s+$")

# A word just after a determiner is a noun: "The report found that ..." has no reporting verb.
_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")


# A determiner and one lower-case word: "the full report", "the latest estimates".
_AFTER_DETERMINER_WORD = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+[a-z][\w-]*\s+$")

_MODALS = frozenset("could would will can may might must should cannot".split())


_BODY_SUBJECT = re.compile(
    r"\s*(?P<who>[Tt]he\s+(?:company|firm|group|agency|ministry|department|bank|council|"
    r"government|regulator|airline|charity|union|university|operator|retailer|club|party|"
    r"board|commission|authority|committee|trust))\b")

_WHO_SAID = re.compile(
    rf"(?P<who>{_CAPRUN})(?:,\s+[^,;:\"“”_]{{2,80}})?,\s+who\s+(?:said|says|told|added|warned|"
    r"argued|claimed|insisted|concluded|found)\b"
    # "The news has angered local councillors, who say they were given 48 hours' notice"
    # (a word before the noun only if it describes them: "local", "Welsh", "striking", "many")
    r"|\b(?P<people>(?:(?:[a-z]+(?:al|an|ish|ese|ic|ive|ous|ior|ing|ly)|local|many|some|several|"
    r"other|young|old|older|angry|concerned|worried|retired)\s+)?"
    r"[a-z][\w'’-]*s),\s+who\s+(?:say|said|told|warned|"
    r"argue|argued|claim|claimed|insist|insisted|complain|complained)\b"
    # "the opposition Civic Alternative party, which says the fee is too low": the party
    rf"|(?P<body>{_CAPRUN})(?:\s+(?:party|group|union|council|association|alliance|coalition|"
    r"movement|federation))?,\s+which\s+(?:said|says|argued|argues|claimed|claims|warned|"
    r"warns|insisted|insists)\b")

# What every alternative of _WHO_SAID holds (", who said", ", which says"): a cheap search, as
# this one starts with a comma, before the pattern that tries each name and noun before it.
_RELATIVE_AFTER_COMMA = re.compile(r",\s+wh(?:o|ich)\s")

_PLACE_ORG_WORDS = frozenset("County City Town District Province Region State States Kingdom "
                             "Republic Borough Shire Parish".split())


def _place_subject(masked: str, verb_start: int) -> bool:
    """Whether the subject before a verb names a place ("Maricopa County", "Phoenix", "England")
    rather than a body that keeps records ("The charity", "Police", "The Bureau of
    Meteorology")."""
    phrase, _ = _subject_before(masked, _strip_aux(masked, verb_start))
    words = [w.strip(",.") for w in phrase.split()]
    if not words or words[0].lower() in ("the", "police", "officials", "researchers"):
        return bool(words) and any(w in _PLACE_ORG_WORDS for w in words)
    return any(w in _PLACE_ORG_WORDS for w in words) or not any(w in ORG_WORDS for w in words)


def _in_own_account(masked: str, verb_at: int) -> bool:
    """Whether the verb at ``verb_at`` stands in a subordinate clause ("after", "as", ...) of a
    clause in the article's own account ("Shares fell 9% after the company reported ...")."""
    sub = _MID_SUBORDINATE.search(masked, 0, verb_at)
    return bool(sub) and _is_clause(masked[:sub.start()])


def _person_subject(masked: str, verb_at: int, kinds=("person", "pronoun")) -> bool:
    """Whether the subject before the verb at ``verb_at`` is a person, named or a pronoun (or of
    the ``kinds`` of ``split_phrase`` given)."""
    phrase, _ = _subject_before(masked, _strip_aux(masked, verb_at))
    phrase = _clean_phrase(_CONJUNCTIONS.split(phrase)[-1])
    return bool(phrase) and split_phrase(phrase)[2] in kinds


# The verbs of acts that say something only in some uses, which ``_act_unsaid`` tells apart.
_PRONOUN_ACTS = frozenset(("ordered", "directed", "proposed"))
_GUARDED_ACTS = frozenset(
    ("projects", "advised", "reminded", "branded", "threatened", "signalled", "signaled")
) | _PRONOUN_ACTS | _DOCUMENT_VERBS


def _act_unsaid(masked: str, m: re.Match) -> bool:
    """Whether the verb of ``_GUARDED_ACTS`` that ``m`` found says nothing here."""
    word, start, end = m.group(), m.start(), m.end()
    if word == "projects":
        # "rental projects near transit": a noun, not "The GCMA projects output of ..."
        return not _PROJECTED_WHAT.match(masked, end)
    if word in ("advised", "reminded"):
        # advice given, not an adviser's work: "the US envoy advised Ushakov on how to present
        # a peace plan"
        return not _ADVICE_GIVEN.match(masked, end)
    if word == "branded":
        # "branded products": a noun's adjective, not "branded the closures 'a betrayal'"
        return not _DETERMINER_NEXT.match(masked, end)
    if word in _PRONOUN_ACTS:
        # "She ordered the company to halt ...", after the judge's ruling: hers; "Chiang Rai
        # governor Prasert Wongwiset has ordered the caterer to ...": the article's account
        return not _person_subject(masked, start, ("pronoun",))
    if word == "threatened":
        # "Futures rose as a drought across the Harlan Plains threatened to cut yields": no
        # threat made
        return _place_subject(masked, start) or _in_own_account(masked, start)
    if word in _DOCUMENT_VERBS:
        # a count is a document's finding: "A survey by the Kent Freight Forum counted 1,650
        # HGVs"; not "some councils had counted a single approval several times"
        return not (_DOCUMENT_FROM.match(_lower_first(masked[:start].strip()))
                    or _DOCUMENT_SUBJECT.match(masked))
    # "Bond prices rose after the central bank signalled that ...": the article's account
    return _in_own_account(masked, start)


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos`` ("" if none)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _spaces(m: re.Match) -> str:
    return " " * len(m.group())


# Reporting verbs that are also nouns: "a new report", "the latest estimates".
_NOUN_VERBS = frozenset("report reports claim claims estimate estimates forecast".split())

_ADJECTIVE_OPENING = re.compile(
    r"\s*(?:Written|Detailed|Revised|Further|Additional|Formal|Separate|Earlier|Recent|Such|"
    r"Public|Unsubstantiated|Unfounded)\s+$")

# A determiner and an adjective that go with a document: "A new report", "the 2023 report".
_AFTER_DOCUMENT_ADJECTIVE = re.compile(
    # (or a name's: "FreshWay's latest annual report shows")
    # (and a body's after them: "The company's 2024 annual report shows")
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)(?:\s+[a-z]+['’]s)?"
    r"|[A-Z][\w&-]*['’]s)\s+(?:(?:most|"
    + "|".join(sorted(DOCUMENT_ADJECTIVES)) + r"|(?:19|20)\d\d|[\d,]+-page)\s+){1,3}$")
# (up to three words: "Its most recent annual report, tabled in Parliament, showed")

# What a defendant admits or denies in court: "admitted nine counts of fraud".
_PLEA = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:counts?|charges?|offences?|offenses?)\b")

# What a document says, quoted: 'The statement read in part, "..."', 'The letter read: "..."'.
_DOCUMENT_READ = re.compile(
    r"^[\s\"“‘'(]*(?P<who>(?:The|A|An|Its|Their|His|Her)\s+(?:[\w-]+\s+)?(?:statement|letter|"
    r"post|notice|message|memo|email|tweet|order|ruling|circular|note))\s+read\b(?:\s+in\s+part)?"
    r"\s*[,:]")

# An object after an infinitive: "to maintain a dam", "to report the crime".
# Verbs that, right after a thing and before where or when, describe it: "a package agreed in
# Tokyo", "figures released on Monday".
_PARTICIPLE_AFTER_NOUN = frozenset(
    "agreed announced released published reported confirmed issued signed unveiled".split())
_PLACE_OR_TIME_NEXT = re.compile(r"\s+(?:in|on|at|last|yesterday|earlier|this)\b")
_COMMON_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:[\w¥$€£.,-]+\s+){0,3}"
                                 r"(?:package|deal|plan|agreement|accord|figures|data|report|"
                                 r"results|budget|measures|rules|framework|terms|pact|"
                                 r"statement|document|scheme|proposal|proposals|contract)\s+$")
_UNSPOKEN_INFINITIVE = re.compile(
    r"\b(?:due|told|asked|expected|set|going|able|required|ordered|forced|likely|about|plans?|"
    r"planned|wants?|wanted|hopes?|hoped|needs?|needed|used|allowed|invited|scheduled|supposed|"
    r"urged|encouraged|obliged|unable|ready|preparing|prepared)\s+to\s+$")
_AFTER_ONE_WORD_NOUN = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]*(?:ss|[a-rt-z])\s+$")
_INFINITIVE_OBJECT = re.compile(r"\s+(?:a|an|the|its|their|his|her|our|this|these|those)\s")

# A court's ruling: "The Supreme Court on Thursday set aside ...", "The court directed ...".
_COURT_RULING = re.compile(
    r"^[\s\"“‘'(]*(?:(?:But|And|However|Meanwhile)[\s,]+)?"
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Court|Tribunal|Bench)|"
    r"(?:[Tt]he\s+)(?:court|tribunal|bench))"
    r"(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s+(?:(?:has|had|also)\s+)*"
    r"(?:set\s+aside|directed|ordered|held|quashed|upheld|struck\s+down|stayed|overturned)\b"
    # a coroner's finding: "Senior coroner Rebecca Tamsett recorded a conclusion of ..."
    r"|^[\s\"“‘'(]*(?P<coroner>(?:[A-Z][\w-]*\s+)?(?:[Cc]oroner|[Aa]ssistant coroner|[Aa]rea coroner)"
    r"(?:\s+[A-Z][\w'’-]+){1,3})\s+recorded\s+an?\s+(?:\w+\s+)?(?:conclusion|verdict)\b")


# "The court, however, noted", "Ardmoy, for its part, said": a sentence adverb between commas
# (only where a word follows in lower case, the verb: not "Smith, however, Jones said")
_ADVERB_ASIDE = re.compile(
    r",\s+(?:however|though|meanwhile|moreover|nevertheless|nonetheless|in\s+turn|in\s+response|"
    r"for\s+(?:its|his|her|their)\s+part|too|also|in\s+a\s+statement|separately),"
    # (before a verb of saying only: "Residents, however, described a desperate situation" is
    # the article's account)
    r"(?=\s+(?:(?:has|have|had)\s+)?(?:said|says|told|tells|added|adds|noted|notes|argued|argues|"
    r"insisted|insists|warned|warns|claimed|claims|stated|states|denied|denies|confirmed|"
    r"confirms|maintained|maintains|countered|counters|replied|responded|wrote|writes)\b)")


# Words between a speaker and the verb that say nothing of who spoke, blanked out (same length, so
# offsets hold) before the patterns read the sentence: (words that must occur for the pattern to
# be tried, the pattern, what replaces a match). In this order.
_ASIDES = (
    # "Sen. Mark Hollis, R-Texas, told": a party-and-state tag
    (("-",), _PARTY_TAG, _blank_party_tag),
    # "The Delmont, Illinois-based company said": where it is based, not who it is
    (("-based",), _BASED_IN, _spaces),
    # "The firm, which employs 9,000 people, said" (but not "who chairs the committee": a role)
    # ("The 46-page report, submitted to the ministry on Sunday, found")
    (("which", "who", "ing ", "ted ", "shed ", "sued ", "ased ", "ared "), _ASIDE_BEFORE_VERB,
     _blank_aside),
    (("ed ",), _PARTICIPLE_ASIDE, _blank_participle_aside),
    (("calling",), _PROGRESSIVE_CALL, _as_verb("called")),
    (("urging",), _PROGRESSIVE_URGING, _as_verb("urged")),
    (("demanding",), _PROGRESSIVE_DEMAND, _as_verb("demanded")),
    (("warning",), _PROGRESSIVE_WARNING, _as_verb("warned")),
    (("forecasting", "predicting"), _PROGRESSIVE_FORECAST, _as_verb("forecast")),
    (("concern",), _RAISED_CONCERNS, _as_verb("warned")),
    (("recommendations",), _MADE_RECOMMENDATIONS, _as_verb("recommended")),
    (("put it to",), _PUT_IT_TO, _as_verb("argued")),
    (("warning", "alert"), _ISSUED_WARNING, _as_verb("warned")),
    # "The partner, later identified as Thomas Weber, told": the name stays
    (("identified as", "named as", "only as", "name as"), _IDENTIFIED_AS, _spaces),
    # "The National Weather Service, known as the NWS, said": another name, not a role
    (("known as",), _KNOWN_AS, _spaces),
    # "Dana Whitcomb, PharmD, owner of ...": a degree or honour after a name, not a role
    # (the last letters of those: a cheap test before the pattern runs)
    (("D,", "h,", "N,", "l,", "S,", "M,", "A,", "q,", ".,", "E,", "C,", "P,"), _CREDENTIALS,
     _spaces),
    # "The court, however, noted": a sentence adverb between commas
    ((", ",), _ADVERB_ASIDE, _spaces),
    # "A doctor, who asked not to be named, told AFP"
    (("named", "anonymity", "identified", "name"), _ANONYMOUS_CLAUSE, _spaces),
    # "Helix Therapeutics, Inc. (NASDAQ: HLXT) today announced", "the World Health Organization
    # (WHO) said"
    (("(", "Inc", "Ltd"), _CORPORATE_TAG, _blank_corporate_tag),
    # "Dutch MEP Sanne de Vries (Renew Europe), said", "Councillor Peter Okonkwo (Liberal
    # Democrat, Millbrook) asked": a party or place in brackets after a name
    (("(",), _BRACKETED_AFTER_NAME, _blank_corporate_tag),
)


# The asides whose patterns need commas, and how many: a sentence with fewer (four in five have
# at most one) skips their cues and patterns. No aside blanked adds a comma (a replacement puts
# back at most one, where its match held at least one), so none of these could match later either.
_COMMAS_NEEDED = {_BASED_IN: 1, _ASIDE_BEFORE_VERB: 2, _PARTICIPLE_ASIDE: 2, _KNOWN_AS: 2,
                  _CREDENTIALS: 2, _ADVERB_ASIDE: 2}
# (the asides a sentence with no comma, one, or more tries)
_ASIDES_BY_COMMAS = tuple(
    tuple(aside for aside in _ASIDES if _COMMAS_NEEDED.get(aside[1], 0) <= commas)
    for commas in range(3))


def _blank_asides(masked: str) -> str:
    for cues, pattern, replace in _ASIDES_BY_COMMAS[min(masked.count(","), 2)]:
        for cue in cues:  # (a loop, not any(): this runs for every sentence)
            if cue in masked:
                masked = pattern.sub(replace, masked)
                break
    return masked


# The words whose presence or place find_attribution asks about: the reporting verbs and the
# words the rules look for in ``tokens``.
_ASKED_WORDS = _VERB_SET | _THAT_ONLY | _PARTICIPLE_SET | frozenset(
    "which who put puts gave gives words figures data quoted been by".split())


def _word_tree(words) -> str:
    """A pattern for any of ``words`` as a tree of their shared beginnings ("sa(?:id|ys?)"): ``re``
    tries a flat list of alternatives one by one at every position it searches."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


# Each word of _ASKED_WORDS where it stands as a whole word of _WORDS (the letters around it are
# not _WORDS letters): what scanning every word of the sentence finds of them, in one pass that
# skips the other words.
_ASKED = re.compile(rf"(?<![A-Za-z’'])(?:{_word_tree(_ASKED_WORDS)})(?![A-Za-z’'])")


# The look-back patterns find_attribution searches from _words_before(..., 2), not from 0: each
# ends where it is searched up to (``\s+$``) and spans at most two words.
_TWO_WORD_LOOK_BACKS = (
    _NUMBER_BEFORE, _NAME_ENDS_AN, _NEGATED_BEFORE, _WHAT_BEFORE, _AUX_BEFORE, _PREPOSITION_BEFORE,
    _PASSIVE_BEFORE, _DOCUMENT_BEFORE, _MODAL_JUST_BEFORE, _PREPOSITION_JUST_BEFORE,
    _AFTER_DETERMINER, _AFTER_DETERMINER_WORD,
)


def find_attribution(masked: str) -> Attribution | None:
    """The leftmost attribution in ``masked`` (a sentence with its quoted words masked)."""
    masked = _blank_asides(masked)
    if "read" in masked:
        document = _DOCUMENT_READ.match(masked)
        if document:
            # 'The statement read in part, "..."': the statement's, so whoever made it
            return Attribution(document.group("who"), document.start("who"))
    if "ourt" in masked or "ribunal" in masked or "ench" in masked or "oroner" in masked:
        ruling = _COURT_RULING.match(masked)
        if ruling:
            # "The Supreme Court on Thursday set aside ...", "The court directed ...": a ruling
            # is the court's word
            who = "coroner" if ruling.group("coroner") else "who"
            return Attribution(ruling.group(who), ruling.start(who))
    if masked.startswith("In ") and (" view," in masked or " opinion," in masked):
        view = _IN_THE_VIEW_OF.match(masked)
        if view:
            # "In his view, the closure would ...", "In Greenaway's opinion, ...": his word
            return Attribution(view.group("who"), view.start("who"))
    signed = _SIGNED.search(masked) if "-" in masked or "—" in masked or "–" in masked else None
    if signed and split_phrase(signed.group("who"))[2]:
        # '"It's a long game." - Matthew Ingram': a quotation signed by its author
        return Attribution(signed.group("who"), signed.start("who"))
    asked = list(_ASKED.finditer(masked))  # (of the sentence's words, only these matter below)
    tokens = {m.group() for m in asked}
    # (not the end of a hyphenated word: "heat-attributed damage", "much-reported")
    verbs = [m for m in asked if m.group() in _VERB_SET
             and not (m.start() and masked[m.start() - 1] == "-")
             # (not an infinitive with an object: "failed to maintain a sediment dam")
             and not (masked.endswith(" to ", 0, m.start())
                      and (_INFINITIVE_OBJECT.match(masked, m.end())
                           # (nor one that says what is due or asked, not what was said:
                           # "The company is due to report results", "members of the public
                           # will be told to report crimes online")
                           or _UNSPOKEN_INFINITIVE.search(masked, 0, m.start())))
             # ("Several member states oppose", "four Indian states": nations, not a verb)
             and not (m.group() == "states" and _STATES_NOUN.search(masked, 0, m.start()))
             # ("25 basis points": only "points out" argues)
             and not (m.group() == "points" and not masked.startswith(" out ", m.end()))
             # (the acts that say something only in some uses: ``_act_unsaid``)
             and not (m.group() in _GUARDED_ACTS and _act_unsaid(masked, m))
             # (a document, not a verb: "must file a progress report with the court")
             and not (m.group() in _NOUN_VERBS and not m.group().endswith("s")
                      and _AFTER_ONE_WORD_NOUN.search(masked, 0, m.start()))
             # (a noun: "A new report says", "the latest estimates show"; not "Her
             # organization estimates")
             and not (m.group() in _NOUN_VERBS and _AFTER_DOCUMENT_ADJECTIVE.search(
                 masked, 0, m.start()))
             # (a plural noun after an adjective that opens the sentence: "Written comments
             # can be submitted")
             and not (m.group().endswith("s") and _ADJECTIVE_OPENING.match(masked[:m.start()]))
             # ("was charged with fraud", "charges of $12": only "has charged that ..." speaks,
             # in Zambian and Nigerian English)
             and not (m.group() in ("charged", "charges")
                      and not masked.startswith(" that ", m.end()))]
    if not tokens.isdisjoint(_THAT_ONLY):
        # "The study found that ..., researchers said": who reports the finding, not what found
        # it ("We found that hard to believe, he said": he). "found that" speaks alone only.
        finding = next((v for v in verbs if v.group() in _THAT_ONLY
                        and masked.startswith(" that ", v.end())), None)
        reporting = [v for v in verbs if v.group() not in _THAT_ONLY
                     and v.group() not in _WEAK_VERBS  # ("... found that 42% of universities
                     # expected to cut staff", "X apologised after a review found that ...")
                     and not _AFTER_DETERMINER.search(masked, 0, v.start())
                     # ("a scathing report by X has found": a noun)
                     and not (v.group() in _NOUN_OR_VERB
                              and _AFTER_DETERMINER_WORD.search(masked, 0, v.start()))
                     # (not a verb inside what was found: "The report found that the price
                     # agreed with Aquaneva was higher"; but "..., researchers said")
                     and not (finding and v.start() > finding.end()
                              and "," not in masked[finding.end():v.start()])]
        if reporting:
            verbs = reporting
        else:
            verbs = [v for v in verbs if v.group() not in _WEAK_VERBS] or verbs
    if len(verbs) > 1 and any(v.group() in _WEAK_VERBS for v in verbs):
        # "England recorded 1,603 cases, the agency said": the agency's word, not England's
        # (not a noun after a determiner: "Corvane expects ..., down from its previous forecast")
        verbs = [v for v in verbs if v.group() not in _WEAK_VERBS
                 and not _AFTER_DETERMINER.search(masked, 0, v.start())
                 and not _AFTER_DETERMINER_WORD.search(masked, 0, v.start())] or verbs
    according = masked.find("ccording to")
    final = _FINAL_ACCORDING.search(masked) if according > 0 and verbs else None
    if final and _ANONYMOUS_PEOPLE.match(masked, final.start()):
        # "Several lawmakers have privately told party leaders that ..., according to two people
        # familiar with the discussions": the unnamed people are the source of all of it
        verbs = []
    elif final:
        # "The White House is weighing a pause after senators warned that ..., according to
        # three people familiar with the talks": the source of the whole sentence, not a verb
        # inside its subordinate clause
        # (and an expectation is the source's: "Markets expect rates to fall, according to
        # LSEG data")
        verbs = [v for v in verbs if not _SUBORDINATOR.search(masked, 0, v.start())
                 and v.group() not in _WEAK_VERBS
                 # (nor an infinitive: "Platforms will have to report any breach, according to
                 # rules notified by the ministry")
                 and not masked.endswith(" to ", 0, v.start())]
    colon = ":" in masked
    saying = not tokens.isdisjoint(_PARTICIPLE_SET)
    which = _WHICH_SAID.search(masked) if "which" in tokens else None
    np_start = None
    if which:
        # the body named just before ", which said": the last noun phrase before the comma
        np_start = _last_noun_phrase(masked, which.start())
        if np_start is not None:
            verbs = [v for v in verbs if v.start() != which.end() - len(v.group())]
    put_it = ("put" in tokens or "words" in tokens) and _PUT_IT.search(masked)
    estimate = (not tokens.isdisjoint(("put", "puts", "gave", "gives"))
                and _ESTIMATE.match(masked))
    if estimate:
        name, _, kind = split_phrase(_clean_phrase(estimate.group("who")))
        if not kind or (kind == "unnamed" and name.split()[-1].lower() not in SOURCE_NOUNS):
            estimate = None  # ("The storm put the cost at 4 billion": no source)
    # "Brightcart's annual reports show ...", "The department's figures put ...": the owner's
    owned = _OWNED_DOC_SUBJECT.match(masked) if ("’" in masked or "'" in masked or (
        "figures" in tokens or "data" in tokens)) else None
    if according < 0 and ("its " in masked or "their " in masked
                          or "profit" in masked or "revenue" in masked):
        own = _OWN_FIGURES.match(masked)
        if own and all(v.start() >= own.end("who") and v.end() <= own.end() for v in verbs) and (
                split_phrase(_clean_phrase(own.group("who")))[2]):
            # "Harrow raised its full-year earnings forecast", "Hanul Semiconductor posted an
            # operating profit of ...": a company's (or an analyst's) own figures are its word,
            # when they are the sentence's only speech
            who = _LEADING_TIME.sub("", own.group("who"))  # ("Last month the bank reported")
            return Attribution(_clean_phrase(who), own.start("who"))
    if (not verbs and according < 0 and not colon and not saying and not put_it
            and np_start is None and not estimate and not ("been" in tokens and "by" in tokens)):
        return Attribution(owned.group("owner"), owned.start("owner")) if owned else None
    best: Attribution | None = None

    def consider(phrase: str, start: int, role: str | None = None) -> None:
        nonlocal best
        if best is not None and start >= best.start:
            return
        if _may_end_in_relative(masked, start) and _RELATIVE_THAT.search(masked, 0, start):
            return  # "a gap that advocates for the elderly have criticized": the gap is the claim
        phrase = _clean_phrase(phrase)
        if not phrase or phrase in _LINKING_WORDS:
            return  # ("However, a senior executive at X, speaking ..., said": not "However")
        name, prole, kind = split_phrase(phrase)
        if not kind:
            return
        best = Attribution(phrase, start, role)

    if np_start is not None:
        consider(masked[np_start:which.start()], np_start)
    who_said = _WHO_SAID.search(masked) if ("who" in tokens or "which" in tokens) and (
        _RELATIVE_AFTER_COMMA.search(masked)) else None
    if who_said:
        # "Among them was Walter Pruitt, a 78-year-old retired machinist, who said ...": him
        group = "who" if who_said.group("who") else "body" if who_said.group("body") else "people"
        consider(who_said.group(group), who_said.start(group))
    if estimate:
        # "Organisers put the attendance at 450,000", "Police gave a lower estimate of 180,000"
        consider(estimate.group("who"), estimate.start("who"))
    passive = _PASSIVE_BY.search(masked) if "been" in tokens and "by" in tokens else None
    if passive:
        consider(passive.group("who"), passive.start("who"))
    m = put_it
    if m:
        # 'As Whitfield put it, "..."', 'In the words of Dr Susan Hopkins, "..."'
        key = "a" if m.group("a") else "b"
        who, role = m.group(key), None
        if "," in who:
            # "In the words of the agency's chief medical adviser, Dr Susan Hopkins,"
            role, who = (part.strip() for part in who.rsplit(",", 1))
        consider(who, m.start(key) + m.group(key).find(who), role)
    if "quoted" in tokens:
        # "The Financial Times quoted an unnamed executive as saying": the executive
        m = _QUOTED_AS.search(masked)
        if m:
            consider(m.group("who"), m.start("who"))
        # "..., Oil Minister Hayan Abdul-Ghani was quoted by IRNA as saying": the minister
        # (and "Lindqvist is quoted as saying that ...")
        m = _QUOTED_BY.search(masked) or _QUOTED_AS_SAYING.search(masked)
        if m:
            consider(m.group("who"), m.start("who"))
    if according > 0:
        m = _ACCORDING.match(masked, according - 1)
        own = _ACCORDING_ITS.match(m.group("who")) if m else None
        if own:
            # "According to its latest filings with the Registrar of Companies": its own
            consider("it" if own.group("det") == "its" else "they", m.start("who"))
            m = None
        appos = _ACCORDING_APPOSITION.match(masked, according - 1) if not own else None
        if appos:
            consider(appos.group("who"), appos.start(), appos.group("role"))
        if m:
            # "according to figures published by NHS England on Thursday": NHS England
            document = _DOCUMENT_FROM.match(m.group("who"))
            if document and (document.group("verb") != "published" or _GAZETTE.match(
                    document.group("who"))) and re.search(
                    r"\bin\s+$", document.string[:document.start("who")]):
                # "a statement issued in Maputo", "an order published in the Official
                # Gazette": where, not who ("a study published in The Lancet" names the
                # journal, the source as labellers give it)
                document = None
            whole = document.group("who") if document else m.group("who")
            who = _ACCORDING_TAIL.sub("", whole) if not _SOURCE_AT.match(whole) else whole
            if who != whole and who.split() and who.split()[-1] in _POSTMODIFIERS:
                who = whole  # "according to two officials briefed on the case"
            # "according to LSEG data", "according to Reuters calculations": LSEG, Reuters
            lower_owner = _LOWER_DOCUMENT.match(who.rstrip(" ."))
            if lower_owner:
                who = lower_owner.group("who")  # "according to home ministry data": the ministry
            owner = _NAMED_DOCUMENT.match(who.rstrip(" ."))
            if owner:
                # "according to the Chicago Police Department's year-end statistics", "CME
                # Group's FedWatch tool": the owner, before its possessive
                who = re.split(r"['’]s\b", owner.group("who"))[0]
            consider(who, m.start())
    for v in verbs:
        if best is not None and best.start < v.start():
            break
        word = v.group()  # (read once: the tests below ask for it some 40 times)
        verb_at = v.start()
        after = v.end()
        if after < len(masked) and masked[after] in "'’-":
            continue  # "report's"
        if word in _PROMISES and not _PROMISED_THAT.match(masked, after):
            continue  # "QuickMandi promises delivery within 15 minutes": an offer, not a report
        if word in ("asked", "asks") and masked.startswith(" not to be ", after):
            continue  # "They asked not to be identified because ...": no claim
        if word == "state" and not masked.startswith(" that ", after):
            continue  # "across Rio Grande do Sul state, has been": a noun
        if (word in _PARTICIPLE_AFTER_NOUN and _PLACE_OR_TIME_NEXT.match(masked, after)
                and _COMMON_NOUN_BEFORE.search(masked, 0, verb_at)):
            continue  # "under a ¥60 billion package agreed in Tokyo yesterday": what was agreed
        if word in _NEEDS_COMPLEMENT:
            nxt = _NEXT_WORD.match(masked, after)
            if nxt and nxt.group(1) in ("to", "for") and not (
                    nxt.group(1) == "for" and word == "called"):
                continue  # "agreed to pay", "asked for eight years": not reported speech (but
                # "called for a wider inquiry" is a demand, as labellers read it)
        near = _words_before(masked, verb_at, 2)  # (the look-backs below span two words)
        if _NUMBER_BEFORE.search(masked, near, verb_at) and not _NAME_ENDS_AN.search(
                masked, near, verb_at):  # (but "Nguyen Thi Hoai An said": her name)
            continue  # "37 confirmed cases", "the reported figure": an adjective, not a verb
        if word in ("expected", "expect", "expects") and _NOT_EXPECTATION.match(
                masked, after) and not (word != "expected" and masked.startswith(" to ", after)):
            # "... in the UK expected next month", "expected to open": not a forecast (but "The
            # ministry expects to collect 9 billion baht" is one)
            continue
        if word in ("added", "adds") and (_FIGURE_NEXT.match(masked, after) or _ADDED_TO.match(
                masked, after)):
            continue  # "Forward Jalen Whitfield added 16 points": a tally, not a remark; "added
            # to state law in 2017": a thing put in
        if word in ("welcomed", "welcomes") and not _WELCOMED_WHAT.match(masked, after):
            continue  # "welcomed the vote" is a stance; "welcomed beavers back", "welcomed a
            # record 1.64 million visitors" are not
        if word == "called" and (_NAMED_CALLED.search(masked, 0, verb_at) or before_char(
                masked, verb_at) == ",") and _CAPITAL_NEXT.match(masked, after):
            continue  # "An alpaca called Gerald brought ...": named, not a call
        if word == "dubbed" and before_char(masked, verb_at) == ",":
            continue  # 'The scheme, dubbed "Café Digno," will ...': a name given, not speech
        if word == "called" and (_next_word(masked, after) in ("at", "into")
                                      or _CALLED_EVENT.match(masked, after)):
            continue  # "1.2 million cruise passengers called at Belize": a visit, not a call;
            # "called a 24-hour strike": an action
        if word == "pointed" and _next_word(masked, after) not in ("to", "out"):
            continue  # "pointed a gun": only "pointed to" or "pointed out" argues
        if word == "recorded" and (not _RECORDED_WHAT.match(masked, after) or _place_subject(
                masked, verb_at)):
            continue  # "recorded a song": not figures; "Phoenix has recorded 19 days above 110
            # degrees": a fact about a place, not a body's count
        if word == "recalled" and _next_word(masked, after) not in _RECALL_WORDS:
            continue  # "has recalled thousands of packets": a product recall, not a memory
        if _NEGATED_BEFORE.search(masked, near, verb_at):
            continue  # "Baobab Fresh did not say how long ...": no claim made
        if word in ("asking", "expecting") and not _AUX_BEFORE_ING.search(
                masked, 0, verb_at):
            continue  # "the request of the Municipality asking schools to pay": a participle
        if _WHAT_BEFORE.search(masked, near, verb_at):
            continue  # "advertised what they claimed was the app's user database": not a report
        if word == "estimated" and _next_word(masked, after) == "at" and not _AUX_BEFORE.search(
                masked, near, verb_at):
            continue  # "a great white shark estimated at four metres long": a size, not a claim
        if word == "appealed" and _next_word(masked, after) not in ("for", "to"):
            continue  # "appealed the ruling": an appeal in court, not an appeal for help
        if word == "posted" and _RESULTS_NEXT.match(masked, after):
            continue  # "posted combined losses of 61 million": results, not a post
        if word.endswith("ed") and _PREPOSITION_BEFORE.search(masked, near, verb_at):
            continue  # "a long history of disputed polls": an adjective
        if word in ("wrote", "writes") and _WRITTEN_OBJECT.match(masked, after):
            continue  # "wrote two volumes of memoirs": an author's work, not a report
        if word == "dismissed" and _DISMISSED_OBJECT.match(masked, after):
            continue  # "The club dismissed its manager", "The judge dismissed the case"
        if word in _ACTION_VERBS and _ACTION_OBJECT.match(masked, after):
            continue  # "declared a state of emergency", "denied the request for bail": acts
        if word.endswith("ed") and _BY_NEXT.match(masked, after):
            continue  # "an island claimed by both countries": a participle, no report
        if _OBJECT_NEXT.match(masked, after) and _in_own_account(masked, verb_at):
            # "Shares fell 9% after the company reported its slowest growth": an event in the
            # article's own account, not a report
            continue
        if not word.endswith("ing") and _PASSIVE_BEFORE.search(masked, near, verb_at):
            # "..., staff have been told": the listeners, not who spoke; "An approach was
            # rejected by the board, a person familiar with the matter said": not the subject
            # (nor "The request had been widely expected")
            continue
        if word in ("continued", "continues") and not (
                before_char(masked, verb_at) in ",”\"’_" or _COLON_OR_THAT.match(masked, after)):
            continue  # "The inquiry continues.": not speech ('"...," she continued' is)
        if word == "echoed" and not _ECHOED_WARNING.match(masked, after):
            continue  # "His comments echoed those of ...": only "echoed X's warning that" reports
        if word in ("posted", "published") and _DOCUMENT_BEFORE.search(masked, near, verb_at):
            continue  # "In a statement posted on its blog, Chatterly said": not a verb here
        if word in _THAT_ONLY and not (word in ("show", "shows", "showed")
                                            and _DATA_SUBJECT.match(masked)) and not (
                word in ("found", "finds", "showed", "shows")
                and (_DOCUMENT_FROM.match(_lower_first(masked[:verb_at].strip()))
                     or _DOCUMENT_SUBJECT.match(masked))):
            # ("A poll by the Polling Institute found Harmon leading by 2 points": the
            # institute reports)
            nxt = _NEXT_WORD.match(masked, after)
            if (not nxt or nxt.group(1) != "that") and not _WHEN_THEN_THAT.match(masked, after) and not (
                    # (a person's demand is their word: "He demanded a repoll at the booth";
                    # not "Democrats had demanded an extension of health subsidies")
                    word == "demanded" and _person_subject(masked, verb_at)) and not (
                    _CLAUSE_WITHOUT_THAT.match(masked, after)
                    # (not "if the exporter can show the timber was offered": a condition)
                    and not _MODAL_JUST_BEFORE.search(masked, near, verb_at)) and not (
                    (_SENTENCE_END.match(masked, after) or masked[after:after + 1] == ",")
                    and masked[:verb_at].rfind(",") > 0):
                # "Engineers found corrosion": a finding, not a report ("found that" is, and so
                # are "..., the study found." and "..., the report found, compared with ...")
                continue
        if (word in ("estimated", "expected", "reported") and masked.startswith(" to ", after)
                and masked[:verb_at].rstrip().endswith(",")):
            continue  # "The terminal, estimated to cost US$220 million, will include": a participle
        if word in ("admitted", "admits", "admit", "denied", "denies", "deny") and (
                _PLEA.match(masked, after)):
            continue  # "Colley admitted nine counts of fraud": a plea in court, not a statement
        if word in _NOUN_OR_VERB:
            nxt = _NEXT_WORD.match(masked, after)
            if nxt and nxt.group(1).lower() in _AFTER_NOUN and not (
                    nxt.group(1) in ("in", "on") and _WHERE_THEN_THAT.match(masked, after)):
                # "Recent reports have revealed", "claims of fraud" (but "X forecast in its
                # quarterly report that ...": the verb)
                continue
            if _PREPOSITION_JUST_BEFORE.search(masked, near, verb_at):
                continue  # "In comments filed with USTR, the coalition argued": a noun
            if _SENTENCE_END.match(masked, after) and not _SPEAKER_BEFORE_END.search(
                    masked, 0, verb_at):
                continue  # "... did not provide figures on transit calls.": the noun
            if _AFTER_DETERMINER.search(masked, near, verb_at) or (
                    _AFTER_DETERMINER_WORD.search(masked, near, verb_at)
                    and (masked[after:after + 1] == "," or (nxt and nxt.group(1) in _MODALS))):
                continue  # "That claim could not be verified", "The full report, titled ..."
        end = _strip_aux(masked, verb_at)
        if word in ("asking", "expecting"):
            end = _AUX_BEFORE_ING.search(masked, 0, verb_at).start()  # "The agency is asking"
        when = _WHEN_AFTER_COMMA.search(masked, max(0, end - 30), end) if (
            end > 8 and _may_end_in_when(masked, end)) else None
        if when:
            # "Ms Rose Kyomuhendo, last week told Parliament": after her name (not "villages,")
            end = masked.index(",", when.start()) + 1
        for tail in _TAILS_AFTER_ROLE:
            cut = tail.search(masked, max(0, end - 160), end) if (
                end > 8 and _may_end_in_tail(masked, end)) else None
            clause = masked[masked.rfind(", ", 0, cut.start()) + 2:] if cut else ""
            if cut and ", " in masked[:cut.start()] and not clause.startswith(_SITED):
                # (after "Name, role": not "A farmer in Kampar, Sutarmo, said", nor "Halloway
                # Spirits, based in Louisville, Kentucky, confirmed")
                end = cut.start("cut") + 1  # (the comma before it stays)
                break
        before = masked[end - 1] if end > 0 else ""
        window_start = max(0, end - 250)
        apposition = False
        if before == ",":
            window = masked[window_start:end]
            m = _AGE_TAIL.search(window)
            if m and split_phrase(_clean_phrase(m.group("who")))[2] in ("person", "entity"):
                # "Giving evidence, retired postman Walter Finch, 84, said": the person of that age
                at = window_start + m.start("who")
                lead = _lead_role(masked, at)
                apposed = _ROLE_BEFORE_NAME.search(masked, max(0, at - 60), at)
                consider(f"{lead} {m.group('who')}" if lead else m.group("who"),
                         at - (len(lead) + 1 if lead else 0),
                         # ("His mother, Tracey Hollins, 46, said": his mother)
                         apposed.group("role") if apposed and not lead else None)
                apposition = True
            m = _APPOSITION_AFTER_TAIL.search(window)
            if m and m.group("who") in _LINKING_WORDS:
                # "However, a senior executive at X, speaking ..., said": the executive
                consider(m.group("role"), window_start + m.start("role"))
                apposition, m = True, None
            if m and m.group("role").startswith("who ") and re.search(
                    r"\b(?:of|at|for|from)\s+(?:the\s+)?$", window[:m.start("who")]):
                # "Priya Doshi, chair of the Wessenden Traders' Association, who runs a card
                # shop, said": the clause is the person's, named before the body
                m = None
            honoured = _THE_HONOURABLE.sub("", m.group("role").strip()) if m else ""
            named_of = _NAME_THEN_OF.match(m.group("role")) if m and _clean_phrase(
                m.group("who")).split()[0].lower() in _ADVOCATES else None
            if named_of and split_phrase(named_of.group(1))[2] == "person" and not any(
                    t in TITLE_WORDS for t in named_of.group(1).split()):
                # "Counsel for Mr Lemalu, Rachel Tupou of Auckland firm Whitfield Tupou, said":
                # she is named between the commas
                consider(named_of.group(1), window_start + m.start("role") + named_of.start(1),
                         _clean_phrase(m.group("who")))
                apposition, m = True, None
            if m and (_BARE_NAME.match(m.group("role")) or honoured.split()[0].rstrip(".")
                      in _HONORIFICS) and split_phrase(honoured)[2] == "person":
                m = None  # "A spokesman for the Front, Idris Kalavan, said": a name, read below
                # (and "Minister for Labour, Hon. Petra Monrose, said", "..., the Honourable
                # Cecil Farrell, described")
            if m:
                role = m.group("role").strip()
                role = _relative_role(role) or role  # "who chairs the group": chair of ...
                first = role.split()[0].lower() if role.split() else "which"
                second = role.split()[1].lower() if len(role.split()) > 1 else ""
                org_described = (first in ("a", "an", "the") and split_phrase(
                    _clean_phrase(m.group("who")))[2] == "org")
                if org_described or (first not in _NOT_ROLE_START
                        and (not first.endswith("ing") or second in _PERSON_ROLE_HEADS)
                        and (_role_like(role.split())
                             # "Retail analyst Sofia Lindgren, of Shore Capital, said"
                             or (first in ("of", "from", "at") and role.split()[-1][:1].isupper()))):
                    # A role before the name and one after it: keep both ("Senior researcher
                    # Mu Li, of the University of NSW"; "Former Rovers striker Dean Walsh, now
                    # a television pundit"), unless the first is only an honorific ("Dr.").
                    who_end = window_start + m.end("who")
                    wider, wider_start = _subject_before(masked, who_end)
                    wname, prole, wkind = split_phrase(_clean_phrase(wider))
                    if wname != _clean_phrase(m.group("who")):
                        prole = split_phrase(_clean_phrase(m.group("who")))[1]
                    if not prole and first in ("of", "from", "at", "for", "with"):
                        prole = _lead_role(masked, window_start + m.start("who"))
                    if prole and prole.rstrip(".") not in _HONORIFICS:
                        role = f"{prole}, {_role_text(role)}"
                    if wkind == "org" and wname == _clean_phrase(m.group("who")):
                        # "A spokesperson for Plastics Europe, the industry body, said": the body
                        consider(wider, wider_start, role)
                    else:
                        consider(m.group("who"), window_start + m.start("who"), role)
                    apposition = True
            m = _APPOSITION_BEFORE_TAIL.search(window)
            if m is None and window_start == 0:
                # "Nanumea Pule o Kaupule, Semu Tealofi, welcomed", "The Ranking Member on
                # Parliament's Food, Agriculture and Cocoa Affairs Committee, Emmanuel Kofi
                # Adjei, said": a post that opens the sentence without an article
                m = _POST_THEN_NAME.match(window)
                if m and not any(t.strip(",") in TITLE_WORDS or t.strip(",") in ORG_WORDS
                                 for t in m.group("role").split()):
                    m = None
            if m and split_phrase(_clean_phrase(m.group("who")))[2] and _lead_ok(m):
                named = _NAME_BEFORE_ROLE.search(masked, max(0, window_start + m.start("role") - 60),
                                                 window_start + m.start("role"))
                if named and split_phrase(_clean_phrase(named.group("who")))[2] == "person" and (
                        split_phrase(_clean_phrase(m.group("who")))[2] == "org"):
                    # "Kevin Draper, an attorney for the property's owner, Calloway Residential
                    # Partners, said": the person, whose role names the body
                    consider(named.group("who"), named.start("who"),
                             f"{m.group('role')}, {m.group('who')}")
                else:
                    whole = None
                    if _TITLE_PREPOSITION_BEFORE.search(masked, 0, window_start + m.start("role")):
                        # "Minister of State in the Ministry of Finance, Lionel Gomes, said":
                        # the role starts before "the"
                        cut = masked.find(", ") + 2 if _PARTICIPLE_OPENING.match(masked) else 0
                        # (after "Responding in the House,")
                        whole = _sentence_subject(masked[cut:end], whole=True)
                        if whole is not None:
                            whole = Attribution(whole.phrase, whole.start + cut, whole.role)
                    if whole is not None and whole.phrase == m.group("who") and whole.role:
                        consider(whole.phrase, whole.start, whole.role)
                    else:
                        consider(m.group("who"), window_start + m.start("role"), _apposed_role(m))
                apposition = True
        if before in (",", "”", '"', "’", "'", "_") and word in _INVERTED_SET:
            # "...," said X
            m = _INVERTED_AFTER.match(masked, after)
            if m and _has_finite_verb(_CUT_WORDS.sub("", m.group("who"))):
                m = None  # "..., said the decision was ...": a clause, not who said it
            if m:
                role = None
                who = _CUT_WORDS.sub("", m.group("who"))
                named = _NAME_AFTER_ROLE.match(masked, m.end())
                if (named and (who.split()[0].lower() in _DETERMINERS
                               or _OWNER_THEN_ROLE.match(who))
                        and split_phrase(named.group("who"))[2] == "person"
                        and _role_like((named.group("lead") or who).split())):
                    # '"...," said one resident, (retired teacher) Carol Ann DeWitt.'
                    consider(named.group("who"), m.start("who"),
                             named.group("lead").strip() or _role_text(who))
                tail = _TRAILING_ROLE.match(masked, m.end())
                if tail and _role_like(tail.group("role").split()):
                    # '"...," said Hannah Briggs, director of the campaign group Fair Fares.'
                    role = tail.group("role")
                consider(who, m.start("who"), role)
        if (before == "," and not apposition and end >= 2 and masked[end - 2] not in "\"”’_"
                and not _is_clause(masked[:end].split(",", 1)[0])):
            # "Lydia Buchtmann for Food Standards Australia, says ...": the sentence's subject
            # (not "Prices will rise, said the bank": a clause before the comma)
            subject = _sentence_subject(masked[:end], whole=True)
            if subject is not None:
                consider(subject.phrase, subject.start, subject.role)
        if before and before not in _BOUNDARY:
            phrase, pstart = _subject_before(masked, end)
            # Keep only the last clause of the phrase: cut at "and", "but", "that", "while".
            parts = _CONJUNCTIONS.split(phrase)
            last = parts[-1]
            if (len(parts) >= 3 and parts[-2] == "and" and parts[-3].strip()
                    and parts[-3].strip().split()[-1] in SOURCE_NOUNS
                    and parts[-3].strip().split()[-1].endswith("s")
                    and last.strip()[:1].islower() and len(parts[-3].split()) <= 3):
                # "..., doctors and health officials said": both, one source
                last = parts[-3].strip() + " and " + last.strip()
            if (len(parts) == 3 and parts[1] == "who" and parts[0].strip()
                    and parts[0].split()[0].lower() in _COUNT_WORDS):
                # "Several parents who spoke during the comment period said": the parents
                last = parts[0]
            if (not last.strip() and len(parts) >= 3 and parts[-2] in ("and", "but")
                    and (word in _SAYING_VERBS or (word == "questioned" and
                                                        _next_word(masked, after) in _QUESTION_WORDS))):
                # "X welcomed the plan but said ...": the subject of the first verb speaks.
                # (The sentence up to this verb: the subject may lie inside the phrase.)
                words = masked[:end].split()
                subject = None if words[0].endswith(("s'", "s’")) else _sentence_subject(
                    masked[:end])  # ("Nurses' leaders welcomed ... but questioned whether")
                if subject is not None:
                    consider(subject.phrase, subject.start, subject.role)
                else:
                    # "Campaigners welcomed the fine but said ...": an unnamed group
                    for k in (1, 2):
                        if len(words) > k and words[k - 1].lower() in SOURCE_NOUNS:
                            consider(" ".join(words[:k]), masked.find(words[0]))
                            break
            elif last.strip():
                # "Residents interviewed by the Riverton Herald said": the residents
                # "A statement from the airline said": the airline
                bare = last.strip()
                agent = _agent_of(last, bare)
                if agent and (_OUR_OUTLET.match(agent.group("who")) or any(
                        w in OUTLET_WORDS for w in agent.group("who").split())):
                    # "Records obtained by The Sunday Ledger show": the records (the outlet's
                    # own reporting), not the outlet
                    # ("Police Scotland figures obtained by the Post show": the force's)
                    agent = _OWNER_OF_HEAD.match(bare) or _DOCUMENT_HEAD.match(bare) or agent
                pronoun = _PHRASE_ENDS_IN_PRONOUN.search(bare) if bare.endswith(
                    _PRONOUN_ENDS) else None
                # ("... Communications and the Digital Economy": "and the" split the phrase)
                and_the = len(parts) >= 3 and parts[-2] == "and" and last.startswith("the ")
                listed = _ORG_LIST_BEFORE.search(masked, 0, pstart) if (
                    not agent and (" and " in last or and_the)) else None
                if listed:
                    # "The Ministry of Economy, Trade and Industry said", "The Ministry of
                    # Information, Communications and the Digital Economy said": one name
                    consider(masked[listed.start("org"):pstart] + " "
                             + (phrase.strip() if and_the else last.strip()), listed.start("org"))
                elif pronoun and not agent:
                    # "In his homily he urged": the pronoun after an opening phrase
                    consider(pronoun.group(1), pstart + len(phrase) - len(bare.split()[-1]))
                else:
                    # ("A forensic investigation by X into the finances of Y has found": X)
                    by = masked.endswith(" by ", 0, pstart + len(phrase) - len(last))
                    consider(_INTO_TAIL.sub("", agent.group("who")) if agent else
                             _INTO_TAIL.sub("", last) if by else last,
                             pstart + len(phrase) - len(last))
    if colon:
        t = _TRANSCRIPT.match(masked)
        if t:
            # a transcript's "ALEXANDER HOLST: We lost about $1.2 billion in 2023."
            who = " ".join(w.capitalize() if w.isupper() else w for w in t.group("who").split())
            if (split_phrase(who)[2] == "person" and who.split()[0] not in PLACE_FIRST
                    and who.split()[0] not in _CITY_FIRST):
                consider(who, t.start("who"))
        for m in _COLON_QUOTE.finditer(masked):
            window_start = max(0, m.start() - 80)
            t = _COLON_TAIL.search(masked, window_start, m.start())
            if t and not (t.group("who") in _LABELS and not masked[:t.start("who")].strip()):
                consider(t.group("who"), t.start("who"))
            unnamed = _UNNAMED_COLON.match(masked, 0, m.start()) if best is None else None
            if unnamed:
                # 'One fan wrote: "..."', 'The statement read: "..."'
                consider(unnamed.group("who"), unnamed.start("who"))
            if best is None:
                # 'Ann Lee had a message for voters: "..."': the sentence's named subject
                subject = _sentence_subject(masked[: m.start()] + " ")
                if subject is not None:
                    consider(subject.phrase, subject.start, subject.role)
    if saying:
        m = _SAYING.search(masked)
        if m and _QUANTITY_NEXT.match(masked, m.end()) and not masked.endswith(
                "citing", 0, m.end()):
            # "a rise in council tax, adding about 92 pounds a year": not speech (but "..., citing
            # more than $6.4 million in unpaid rent" gives the reason)
            m = None
        if m and (best is None or best.start > m.start()):
            for cand in re.finditer(_CAPRUN, masked[: m.start()]):
                phrase = _LEADING_JUNK.sub("", cand.group())
                if phrase in _LINKING_WORDS or phrase in _CONJUNCTION_OPENERS:
                    continue  # "But counsel to the defendant, Chief Adebayo Ogunleye, ..."
                more = _ROLE_THEN_NAME.match(masked, cand.end(), m.start())
                if (more and _role_like(more.group("role").split())
                        and not _has_finite_verb(more.group("role"))
                        # (not "Brenford Ratings lowered Meridian Valley's rating ..., saying")
                        and not more.group("role").split()[-1].endswith("ed")
                        and not more.group("who").endswith(("'s", "’s"))):
                    # (not "... Ronald Applewhaite has defended Government's decision, insisting")
                    # "Unison general secretary Christina McAnea welcomed ..., saying"
                    phrase = f"{phrase} {more.group('role').strip()} {more.group('who')}"
                name, role, kind = split_phrase(phrase)
                if kind in ("person", "entity", "org") and cand.group().split()[0] not in (
                    "Aboard", "After", "Before", "In", "On", "At", "During", "Despite", "Under",
                ):
                    consider(phrase, cand.start())
                    break
            else:
                pronoun = _PRONOUN_SUBJECT.match(masked)
                if pronoun and pronoun.end() <= m.start():
                    # "He declined to give profit figures, saying ...": he
                    consider(pronoun.group("who"), pronoun.start("who"))
    if owned and (best is None or best.start >= owned.start("doc") or best.phrase.lower().startswith(
            ("data from", "figures from", "statistics from"))
            # (or a phrase cut out of the document's own subject: "Police Scotland figures
            # obtained by the Post ... show reported shoplifting rose" is not "Scotland")
            or owned.start("owner") < best.start < owned.start("doc")):
        return Attribution(owned.group("owner"), owned.start("owner"))
    if best is not None and best.phrase.strip().lower() == "it":
        subject = _BODY_SUBJECT.match(masked)
        if subject and subject.end() <= best.start:
            # "The company expects profit to recover, it said.": "it" is the sentence's body
            return Attribution(subject.group("who"), subject.start("who"))
    return best


_PARTICIPLE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+ing|Asked|Quoted|Interviewed)\s+[a-z]")

_FIRST_CLAUSE = re.compile(
    r"\s*(?P<who>[^,;:()\"“”—–_]{2,60}),\s+(?:in|on|at|speaking|citing|published|released|"
    r"commissioned|conducted|funded|written|carried|founded|based|headquartered|established|"
    r"created|owned|run|listed|tabled|issued|presented|submitted|prepared|completed|dated)\b"
)

_WHOLE_SUBJECT = re.compile(r"\s*(?P<who>[^,;:()\"“”—–_]{2,220}),\s*$")

# An opening adverbial phrase before the subject: "On the pledge, ...", "After the vote, ...".
# Words that open a sentence to link it to the one before; never a speaker.
# A person's name, then the body they are of: "Rachel Tupou of Auckland firm Whitfield Tupou".
_NAME_THEN_OF = re.compile(r"\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:of|at|from)\s+\S")

# Who speaks for someone else: "Counsel for Mr Lemalu, Rachel Tupou of ..., said".
_ADVOCATES = frozenset(
    "counsel lawyer lawyers attorney attorneys solicitor solicitors barrister advocate agent "
    "representative spokesman spokeswoman spokesperson".split())

_CONJUNCTION_OPENERS = frozenset("But And So Or Then Now Even Only Nor".split())

_LINKING_WORDS = frozenset(
    "However Meanwhile Still Instead Separately Nevertheless Nonetheless Moreover Similarly "
    "Likewise Indeed Elsewhere Earlier Later Finally Yet Also Previously".split()
)

_INTRO_PHRASE = re.compile(
    r"\s*(?:On|In|At|After|Before|During|For|With|About|Despite|Over|Under|Amid|Since|"
    r"Following|Regarding|Asked about|Asked why)\s[^,;:()\"“”—–_]{2,120}?,\s+(?=[A-Za-z])"
)

_PRONOUN_SUBJECT = re.compile(
    r"\s*(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]"
    # "Her message to residents was blunt: ...": whoever "her" is
    r"|\s*(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:message|verdict|view|advice|warning|reply|"
    r"response|answer|plea|instruction|point)\b")

# A word and a colon opening a sentence that label it rather than name a speaker.
_LABELS = frozenset(
    "Claim Verdict Fact Rating Update Background Context Note Correction Quote Question Answer "
    "Q A Source Sources Watch Read Related Analysis Opinion Breaking Exclusive Warning "
    "Conclusion Summary Editor Disclaimer".split()
)

_FIRST_NAMED = re.compile(
    rf"\s*(?P<who>(?:[^\s,;:()\"“”—–]+\s+){{0,6}}?{_CAPWORD}(?:\s+{_CAPWORD})*)[\s,]"
)

# The rest of an organisation's name: "Kestria's Ministry" + " of Finance" ("The Federación" + "
# de Criadores" + " del Norte").
_ORG_NAME_REST = re.compile(
    rf"(?:\s+(?:of|for|de|del|de\s+la|do|da|des|du)(?:\s+the)?\s+{_CAPWORD}(?:\s+{_CAPWORD})*)+"
    r"(?=[\s,])"
)

# "and" and the rest of a body's name: "Halden Sports" + " and Entertainment".
_AND_NAME_REST = re.compile(rf"\s+(?:and|&)\s+{_CAPWORD}(?:\s+{_CAPWORD}){{0,2}}(?=\s+[a-z])")

_OCCUPATION_BEFORE_CLAUSE = re.compile(
    rf"\s*(?:(?:But|And)\s+)?(?P<lead>[{_UP}][a-z]+(?:\s+\d{{1,3}})?(?:\s+[a-z]+){{1,2}})\s+"
    rf"(?P<who>{_CAPRUN}),\s+who\s")  # (and "But Ward 4 councillor X, who ...")

_CLAUSE_AFTER_SUBJECT = re.compile(
    rf"\s*(?P<who>{_CAPRUN})(?:,\s+\d{{1,3}})?,\s+(?P<role>(?:who\s+)?[a-z][^,;:\"“”]{{2,90}}?),"
)

_RELATIVE_ROLE = re.compile(
    r"^who\s+(?P<verb>chairs|chaired|leads|led|heads|headed|runs|ran|directs|founded|"
    r"co-founded|manages|represents|owns|coaches|edits)\s+(?P<what>\S.*)$"
)

_RELATIVE_NOUNS = {
    "chairs": "chair", "chaired": "former chair", "leads": "head", "led": "former head",
    "heads": "head", "headed": "former head", "runs": "head", "ran": "former head",
    "directs": "director", "founded": "founder", "co-founded": "co-founder",
    "manages": "manager", "represents": "representative", "owns": "owner", "coaches": "coach",
    "edits": "editor",
}


def _relative_role(clause: str) -> str | None:
    """A role from a relative clause: "who chairs the library group" -> "chair of the library
    group"; None for any other clause ("who was there")."""
    m = _RELATIVE_ROLE.match(clause.strip())
    return f"{_RELATIVE_NOUNS[m.group('verb')]} of {m.group('what')}" if m else None


def _titled(role: str) -> bool:
    """Whether a capitalised phrase is a title ("Conservative MP for Harrow East", "Chief
    Executive of Acme"): a title word, and no verb."""
    words = role.split()
    # (or a role named by its head noun: "Bellbrook council's chief executive")
    return ((any(w.strip(",.") in TITLE_WORDS for w in words)
             or (len(words) >= 2 and words[-1].lower().strip(",.") in _PERSON_ROLE_HEADS
                 and any(w.endswith(("'s", "’s")) for w in words[:-1])))
            and _role_like(words) and not _has_finite_verb(role))


def _lead_ok(m: re.Match) -> bool:
    """Lower-case words before the name in "One resident, retired teacher Carol Ann DeWitt,"
    must make a role ("retired teacher"), not a clause."""
    lead = m.group("lead").split()
    if not lead:
        return True
    if [w.lower() for w in lead] == ["the"] and split_phrase(
            _clean_phrase(m.group("who")))[2] == "org":
        return True  # "The lecturers' union, the Academic Staff Association, warned"
    last = lead[-1].lower()
    if any(w.lower() in _PREPOSITIONS | {"the", "a", "an", "and"} for w in lead):
        return False
    if split_phrase(_clean_phrase(m.group("who")))[1]:
        return True  # "state Representative Marcus Bell": a modifier of the title that follows
    return _role_like(lead) and (last in _PERSON_ROLE_HEADS or last in SOURCE_NOUNS
                                 or last.endswith(("er", "or", "ist", "ian", "ant", "ent")))


def _apposed_role(m: re.Match) -> str:
    """The role of "The charity's director, Ruth Adeyemi," or, when the name has its own role
    words ("One resident, retired teacher Carol Ann DeWitt,"), those."""
    lead = m.group("lead").strip()
    if lead and lead.lower() != "the":
        # "her opponent, state Representative Marcus Bell,": "state" and his own title
        own = split_phrase(_clean_phrase(m.group("who")))[1]
        return f"{lead} {own}" if own else lead
    return m.group("role")


def _sentence_subject(prefix: str, whole: bool = False) -> Attribution | None:
    """The named subject at the start of a sentence: ``The charity's director, Ruth Adeyemi,``
    or ``Mayor Ann Lee``. With ``whole``, ``prefix`` ends with the comma that closes the subject
    ("The Internet security firm Secunia.com, has said"), and all of it is tried first."""
    m = _APPOSITION_BEFORE_SUBJECT.match(prefix)
    if m and _lead_ok(m):
        return Attribution(m.group("who"), m.start("role"), _apposed_role(m))
    m = _APPOSITION_AFTER_SUBJECT.match(prefix)
    if m and not (m.group("role").split()[0].rstrip(".") in _HONORIFICS
                  and split_phrase(m.group("role"))[2] == "person"):
        # (not "Minister for Labour and Industrial Relations, Hon. Petra Monrose, said": the
        # name is the second part, after its honorific)
        return Attribution(m.group("who"), m.start("who"), m.group("role"))
    m = _CLAUSE_AFTER_SUBJECT.match(prefix)
    if m:
        # "Margaret Ellis, who chairs the library group, said" / "Rafael Louzan, president of
        # the federation, welcomed the plan but said"
        role = _relative_role(m.group("role")) or m.group("role")
        words = role.split()
        if (words[0].lower().strip(",") in _PERSON_ROLE_HEADS | _ROLE_NOUNS
                or _relative_role(m.group("role"))) and _role_like(words):
            return Attribution(m.group("who"), m.start("who"), role)
    m = _OCCUPATION_BEFORE_CLAUSE.match(prefix)
    if m:
        # "Sheep producer Tim Hargreaves, who runs 6,000 Merinos ..., says": the person, with
        # the occupation as role
        phrase = f"{m.group('lead')} {m.group('who')}"
        name, role, kind = split_phrase(phrase)
        if kind == "person" and role == m.group("lead") and _role_like(role.split()):
            return Attribution(phrase, m.start("lead"))
    m = _TITLE_BEFORE_SUBJECT.match(prefix)
    if m and _titled(m.group("role")) and split_phrase(m.group("who"))[2] == "person":
        return Attribution(m.group("who"), m.start("role"), m.group("role"))
    if whole:
        m = _WHOLE_SUBJECT.match(prefix)
        if m and split_phrase(_clean_phrase(m.group("who")))[2] in ("person", "entity", "org",
                                                                      "unnamed"):
            return Attribution(_clean_phrase(m.group("who")), m.start("who"))
        # "The company, in a statement, said": the words before the first comma
        m = _FIRST_CLAUSE.match(prefix)
        if m and not _PARTICIPLE_OPENING.match(prefix) and split_phrase(
                _clean_phrase(m.group("who")))[2] in ("person", "entity", "org", "unnamed"):
            return Attribution(_clean_phrase(m.group("who")), m.start("who"))
    pronoun = _PRONOUN_SUBJECT.match(prefix)
    if pronoun:
        # "She did not mince words: ...": whoever "she" is
        if pronoun.group("owner"):
            who = {"his": "he", "her": "she", "their": "they"}[pronoun.group("owner").lower()]
            return Attribution(who, pronoun.start("owner"))
        return Attribution(pronoun.group("who"), pronoun.start("who"))
    intro = _INTRO_PHRASE.match(prefix)
    if intro:
        # "On the climate pledge, Laura Mendes did not mince words:": after the opening phrase
        found = _sentence_subject(prefix[intro.end():])
        return Attribution(found.phrase, found.start + intro.end(), found.role) if found else None
    m = _FIRST_NAMED.match(prefix)
    if m and _PARTICIPLE_OPENING.match(prefix):
        return None  # "Speaking outside the courthouse, ..." is no subject
    group = _GROUP_AFTER.match(prefix, m.end("who")) if m else None
    if group and " " not in m.group("who").strip():
        # "Consumer groups welcomed the cuts but warned ...": the groups
        return Attribution(_clean_phrase(m.group("who") + group.group()), m.start("who"))
    if m and split_phrase(_clean_phrase(m.group("who")))[2] in ("person", "entity", "org"):
        who, who_end = m.group("who"), m.end("who")
        joined = _AND_NAME_REST.match(prefix, who_end)
        if joined:
            after = _ROLE_THEN_NAME.match(prefix, joined.end())
            if after and any(w in _PERSON_ROLE_HEADS for w in after.group("role").split()):
                # "Halden Sports and Entertainment president Colin MacRae thanked ...": one
                # body's name with "and" in it, then its president
                who, who_end = who + joined.group(), joined.end()
        named = _ROLE_THEN_NAME.match(prefix, who_end)
        person_role = named and any(
            w in _PERSON_ROLE_HEADS or (len(w) > 5 and w.endswith(_OCCUPATION_ENDS))
            for w in named.group("role").split())  # (also "Atmospheric chemist Rosa ...")
        if named and len(m.group("who").split()) <= (1 if not person_role else 3) and (
                _BODY_ROLE_WORDS.search(prefix, who_end, named.start("who")) or person_role):
            # (and "Kahu chief executive Rachel Tane apologised and said": the person)
            # "Digital-rights group Open Circuit welcomed ...": the name after what it is
            longer = who + prefix[who_end:named.end()]
            name, _, kind = split_phrase(_clean_phrase(longer))
            if kind in ("person", "org") and name:
                return Attribution(_clean_phrase(longer), m.start("who"))
        who = m.group("who")
        rest = _ORG_NAME_REST.match(prefix, m.end("who"))
        if rest and (who.split()[-1] in ORG_WORDS or who.split()[-1] in _ROMANCE_BODY_WORDS
                     and not rest.group().lstrip().startswith(("of", "for"))):
            who += rest.group()  # ("Kestria's Ministry of Finance welcomed ... and said")
        return Attribution(_clean_phrase(who), m.start("who"))
    return None
