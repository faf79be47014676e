"""Who made each claim of an article: the article-level resolution of speakers.

Three modules share the work:

- ``phrases``: what a source phrase names (``split_phrase``: ``Russian Deputy Foreign Minister
  Sergei Ryabkov`` -> name ``Sergei Ryabkov``, role ``Russian Deputy Foreign Minister``), and
  the word lists behind it;
- ``attribution``: the attribution in one sentence, its quoted words masked
  (``find_attribution``);
- this module: ``Resolver``, which carries what an article has said so far, the people it has
  named (for pronouns, surname-only mentions, ``the minister``, ``the 57-year-old``), the bodies
  (for ``it``, ``the company``, ``the agency``) and the last speakers, and turns each
  sentence's attribution into the speaker a fact-checker would record. It is created once per
  article by the pipeline.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# (ORG_WORDS, Attribution, find_attribution and split_phrase are imported from here elsewhere)
from .attribution import _VERB_WORDS, _WORDS, Attribution, find_attribution  # noqa: F401
from .phrases import (  # noqa: F401
    _INSTITUTION_TAILS,
    DOCUMENT_ADJECTIVES as _DOCUMENT_ADJECTIVES,
    _AGE,
    _CAPRUN,
    _FIELD_WORDS,
    _GENDERED_NOUNS,
    _GLUED_INITIAL,
    _HONORIFICS,
    _clean_phrase,
    _LEADING_WORDS,
    _NATIONALITY,
    _NOT_SOURCES,
    _PARTICLE_WORDS,
    _PERSON_ROLE_HEADS,
    _POSSESSIVE,
    _UP,
    ORG_WORDS,
    _INTO_BODIES,
    PRONOUNS,
    OUTLET_WORDS as _OUTLET_WORDS,
    SHORT_TITLES,
    TITLE_WORDS,
    _head,
    _is_person_role,
    _lead_role,
    _role_text,
    _without_owner_place,
    split_phrase,
)
from .names import similar

VERBS = "(?:" + "|".join(sorted(set(_VERB_WORDS), key=len, reverse=True)) + ")"

_GENDER_BEFORE = re.compile(r"\b([A-Za-z]+),\s*$")

_GENDER_AFTER = re.compile(r",\s+(?:his|her|their|the|a|an)\s+(?:\w+\s+)?([a-z]+)\b")

_MODIFIERS_ONLY = re.compile(r"^\s*[\"“‘']?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*$")

_PLACE_BEFORE = re.compile(r"\b(?:at|in|from|near|across|inside|outside)\s+(?:the\s+)?$")

# What a person has that speaks or works for them: "Campen's team".
_THEIR_PEOPLE = re.compile(
    r"\s+(?:own\s+)?(?:team|lab|laboratory|group|colleagues|office|campaign|lawyers?|staff|"
    r"aides?|researchers|study|research|research group)\b"
)

_PREFIXED_SURNAME = re.compile(r"^(?:al|el|Al|El|ad|ash|as|at|an|ar|bin|ibn)-(\w[\w'’-]+)$")

# Common Chinese, Korean and Vietnamese family names, which come first: "Zhang said" after
# "Professor Zhang Wei" means him.
_FAMILY_NAME_FIRST = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye "
    "Cheng Wei Su Lu Ding Ren Shen Yao Xi Jin Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Shin "
    "Oh Seo Kwon Hwang Ahn Song Hong Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho "
    "Ngo Duong Ly".split()
)


# A product's name: a capital inside a word after three lower-case letters ("QuickPot",
# "PowerBook"; not "McDonald", "MacLeod", "LeBron").
_PRODUCT_WORD = re.compile(r"^[A-Z][a-z]{3,}[A-Z]")

# Given names written with a hyphen after the family name, as in Hong Kong and Taiwan ("Winnie Tse
# Mei-ling", "Raymond Chiu Ka-fai").
_HYPHENATED_GIVEN = re.compile(r"^[A-Z][a-z]{1,5}-[a-z]{2,5}$")


class _Run:
    """A capitalised run of a text, or a part of one (as ``re.Match`` gives them)."""

    __slots__ = ("_start", "_text")

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self) -> str:
        return self._text


class _RememberedPattern:
    """A pattern tested on phrases only (speakers, roles, names), which come back sentence
    after sentence ("Critics", "the health board"): its ``match`` and ``search`` remembered
    per phrase, a look-up for a call into the engine (the result depends on the phrase alone;
    a match is never changed)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.compiled = re.compile(pattern, flags)
        self.match = functools.lru_cache(maxsize=1024)(self.compiled.match)
        self.search = functools.lru_cache(maxsize=1024)(self.compiled.search)


_CAPRUN_PATTERN = re.compile(_CAPRUN)

# ``_clean_phrase`` of every attribution's phrase, remembered: it depends on the phrase alone,
# the same few phrases come back sentence after sentence ("officials", "the company", "police")
# and its two substitutions cost several times a look-up.
_cleaned_phrase = functools.lru_cache(maxsize=4096)(_clean_phrase)


def _name_runs(text: str):
    """The capitalised runs of ``text``; a run naming two people ("Rosa Delgado-Park and Kevin
    Marsh") comes as each of them, so that both are known by their surnames later."""
    for m in _CAPRUN_PATTERN.finditer(text):
        run = m.group()
        if " and " in run:
            parts = run.split(" and ")
            if all(len(p.split()) >= 2 for p in parts) and not any(
                    t.strip(",.") in ORG_WORDS for t in run.split()):
                at = m.start()
                for part in parts:
                    yield _Run(at, part)
                    at += len(part) + len(" and ")
                continue
        yield m  # (a match has what a _Run has: no object made for each run)


@functools.lru_cache(maxsize=4096)
def _role_heads(role: str) -> tuple[str, ...]:
    """Each part of a role up to its prepositional phrase: "Professor, chair of the Climate
    Change Committee" -> ("professor", "chair") (he is a chair, not a committee). Remembered:
    each "the minister said" asks it of the role of everyone named so far."""
    heads = []
    for part in role.split(","):
        words = part.split()
        if words and words[0][:1].isupper() and words[-1][:1].islower() and " of " in part:
            # "Port of Sandmarsh chief executive": the post after the body's name (not "port")
            k = len(words)
            while words[k - 1][:1].islower():
                k -= 1
            heads.append(" ".join(words[k:]).lower())
        elif words:
            heads.append(re.split(r"\s(?:of|at|for|in|from|with|to)\s", part.strip().lower())[0])
    return tuple(heads)


@dataclass
class Person:
    name: str
    role: str | None
    position: int  # order of last mention


@functools.lru_cache(maxsize=4096)
def _other_surnames(name: str) -> tuple[str, ...]:
    """What else than its last word a later mention may call a person named ``name`` by, in
    the order tried (remembered: each mention of a person asks it again)."""
    words = name.split()
    found = []
    last = _PREFIXED_SURNAME.match(words[-1])
    if last:
        # "Sharaa said" after "Ahmed al-Sharaa"
        found.append(last.group(1))
    if len(words) >= 2 and _HYPHENATED_GIVEN.match(words[-1]):
        # "Tse said" after "Winnie Tse Mei-ling": the family name comes before the given names
        found.append(words[-2])
    if (len(words) == 3 and words[1][:1].isupper() and words[1] not in TITLE_WORDS
            and words[-1] in _SPANISH_SECOND_SURNAMES):
        # "Ruvalcaba said" after "Daniela Ruvalcaba Torres": a Spanish name's first surname
        found.append(words[1])
    glued = _GLUED_INITIAL.fullmatch(words[-1])
    if glued:
        # "Bat-Erdene said" after "G.Bat-Erdene" (the father's initial joined to the name)
        found.append(glued.group(2))
    if len(words) >= 2 and words[0] in _FAMILY_NAME_FIRST:
        # "Zhang said" after "Zhang Wei", "Xi said" after "Xi Jinping" (family name first)
        found.append(words[0])
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def _names_a_product(name: str) -> bool:
    """Whether a word of ``name`` is a product's ("Ardent QuickPot"; remembered per name)."""
    return any(_PRODUCT_WORD.match(t) for t in name.split())


class Resolver:
    """Resolves the speakers of one article's sentences, in order."""

    def __init__(self, body: str = "") -> None:
        self.people: dict[str, Person] = {}  # full name -> Person
        self.by_surname: dict[str, str] = {}  # surname -> full name, the latest one
        self.counter = 0
        self.last_person: str | None = None  # last person speaker
        self.last_person_at = -10
        self.previous_speaker: tuple[str | None, int] = (None, -10)
        self.last_group: tuple[str, str | None] | None = None
        self.staff: dict[str, str] = {}  # "analysts" -> the firm they were named at
        self.last_thing: tuple[str, str | None] | None = None
        # the last organisation or other non-person named as a speaker, not a news outlet: what a
        # later "the company" or "the chipmaker" most likely means
        # organisations named as speakers: (name, role, sentence number), the latest last
        self.named_bodies: list[tuple[str, str | None, int]] = []
        self.ages: dict[str, str] = {}  # "57" -> the person said to be 57
        self.sentence_no = 0
        self.unnamed: dict[str, str] = {}  # head noun -> the fullest phrase used for it
        self.orgs: dict[str, str] = {}  # last word, lower case -> organisation named
        # businesses named anywhere (not only as speakers), the latest last: (name, sentence)
        self.businesses: list[tuple[str, int]] = []
        self.short_names: dict[str, str] = {}  # "Nimbusline" -> "Nimbusline Technologies"
        # "report" -> the body that published the report the article cites
        self.documents: dict[str, str] = {}
        self.acronyms: dict[str, str] = {}  # "LIA" -> "Land and Infrastructure Authority"
        self.gender: dict[str, str] = {}  # person -> "he" or "she", once a pronoun named them
        # the last unnamed source whose noun says "he" or "she" ("the spokeswoman"): (phrase,
        # pronoun, sentence number)
        self.last_unnamed: tuple[str, str | None, int, str | None] | None = None
        # businesses whose names say nothing of it ("Lumora", "Coastal Skies"), known from how
        # the whole article (``body``, its quotations masked) speaks of them: name -> mentions
        self.body = body
        self.cued: dict[str, int] = _cued_businesses(body) if body else {}
        for name in self.cued:
            if " " in name:
                # "Crestline said" after "a contract with Crestline Correctional Dining"
                self.short_names.setdefault(name.split()[0], name)
        self.fuller: dict[str, str] = {}  # "MedPoint" -> "MedPoint Pharmacies" (as written)
        # the business that opened the last sentence: (name, sentence number)
        self.business_subject: tuple[str, int] | None = None

    # people -----------------------------------------------------------------------------------
    def _add_person(self, name: str, role: str | None, authoritative: bool = False) -> None:
        self.counter += 1
        p = self.people.get(name)
        if p is None:
            self.people[name] = Person(name, role, self.counter)
        else:
            p.position = self.counter
            if role and (authoritative or not p.role or p.role.rstrip(".") in _HONORIFICS):
                p.role = role
        words = name.split()
        self.by_surname[words[-1]] = name
        age = _AGE_IN_ROLE.search(role) if role else None
        if age:
            self.ages[age.group(1)] = name  # "a 57-year-old shopkeeper"
        if role and name not in self.gender:
            # "Mr Evans", "her father, Jimmy Irvine", "a spokeswoman, Ann Lee": he or she
            pronoun = _gender_of(role)
            if pronoun:
                self.gender[name] = pronoun
        for surname in _other_surnames(name):
            self.by_surname.setdefault(surname, name)

    def note_people(self, text: str, limit: int | None = None,
                    subject_slot: bool = True) -> list[tuple[int, str, str | None]]:
        """Record the people named in ``text[:limit]``; returns (offset, name, role) for each.
        A person named at the start of ``text`` (a sentence) becomes the likely referent of a
        later pronoun, unless ``subject_slot`` is false (``text`` is not a sentence start)."""
        found = []
        for m in _name_runs(text[:limit] if limit is not None else text):
            run = m.group()
            tokens = run.split()
            if len(tokens) < 2:
                full = self.by_surname.get(_POSSESSIVE.sub("", run.rstrip(",.")))
                if full and subject_slot and _starts_sentence(text, m.start()):
                    # "Hollis later softened his tone. He told ...": the subject, whom a later
                    # "he" most likely means
                    self._add_person(full, None)
                    found.append((m.start(), full, self.people[full].role))
                    self.last_person, self.last_person_at = full, self.sentence_no
                elif full and _POSSESSIVE.search(run) and _THEIR_PEOPLE.match(text, m.end()):
                    # "Campen's team plans ..., he said": Campen is a candidate for "he" (not
                    # "the Trump administration's efforts")
                    self._add_person(full, None)
                    found.append((m.start(), full, self.people[full].role))
                continue
            if tokens[0] in _VESSEL_PREFIXES or (tokens[0] in ("The", "the") and len(tokens) > 1
                                                  and tokens[1] in _VESSEL_PREFIXES):
                continue  # "the MV Eilean Dubh": a ship, never who "she" is
            if tokens[-1].endswith(("s'", "s’")):
                tokens = tokens[:-1] + [tokens[-1][:-1]]  # "Starling Pictures' thriller"
            elif _POSSESSIVE.search(tokens[-1]) and _POSSESSIVE.sub("", tokens[-1]) in ORG_WORDS:
                # "Ashcombe Borough Council's environment committee": the council is named
                tokens = tokens[:-1] + [_POSSESSIVE.sub("", tokens[-1])]
            if (len(tokens) >= 3 and _POSSESSIVE.search(tokens[0]) and not any(
                    t.strip(",.") in ORG_WORDS or t.strip(",.") in _BUSINESS_WORDS
                    for t in tokens)
                    and split_phrase(" ".join(tokens[1:]))[2] == "person"):
                # "Argentina's Lucía Benavídez": she is named (not "Cole's Hill Distillery")
                tokens = tokens[1:]
            for k in range(1, len(tokens) - 1):
                if tokens[k] in ("on", "in") and tokens[k + 1].strip(",.") in _NOT_SOURCES:
                    tokens = tokens[:k]  # "The European Commission on Tuesday opened"
                    break
            if (len(tokens) > 2 and tokens[1] in ("of", "in")
                    and tokens[0].lower() in _HOLDERS_OF):
                tokens = tokens[2:]  # "Shares of Brightwater Foods fell": Brightwater Foods
            bare = tokens
            while len(bare) > 2 and bare[0] in _LEADING_WORDS:
                bare = bare[1:]  # ("But Police Chief Darnell Osei")
            titled = (split_phrase(" ".join(bare))
                      if bare[0] in ORG_WORDS or bare[0] in TITLE_WORDS
                      and ("of" in bare[1:3] or "for" in bare[1:3]) else None)
            if (titled and titled[2] == "person" and titled[1] and titled[0]
                    and not any(t in ORG_WORDS for t in titled[0].split())):
                # "Police Chief Darnell Osei", "Army General Tom Fox": a person with a title
                # that starts with an organisation's word; "Minister of Marine Resources
                # Dilmei Rengulbai": a title whose field names a body's word
                self._add_person(titled[0], titled[1])
                found.append((m.start(), titled[0], titled[1]))
                if subject_slot and _starts_sentence(text, m.start()):
                    self.last_person, self.last_person_at = titled[0], self.sentence_no
                continue
            if any(t.strip(",.") in ORG_WORDS for t in tokens):
                # an organisation: "the trust" later may mean "the Better Journeys Trust"
                cut = next((k for k, t in enumerate(tokens) if t in ("of", "for", "at")), None)
                if cut and cut >= 2:
                    # "Judge Eleanor Park of the U.S. District Court": a person of it
                    name, role, kind = split_phrase(" ".join(tokens[:cut]))
                    if kind == "person" and name:
                        self._add_person(name, role)
                        found.append((m.start(), name, role))
                        # the body is what follows: "the Halvern Institute for Ageing Research"
                        tokens = tokens[cut + 1:] or tokens
                    elif (tokens[cut - 1] in TITLE_WORDS and tokens[cut - 1] not in ORG_WORDS
                          and any(t.strip(",.") in ORG_WORDS for t in tokens[cut + 1:])):
                        # "the Group Managing Director of Crestline Bank": the bank, not a body
                        # named after the post
                        tokens = tokens[cut + 1:]
                org = " ".join(tokens[1:] if tokens[0] in ("The", "the") else tokens).strip(",.")
                joined = _NAME_WITH_BY.search(text, 0, m.start()) if tokens[0] not in (
                    "The", "the") else None
                if joined:
                    # "the Citizenship by Investment Unit", "the Freedom to Read Coalition": one
                    # name (a later "the unit" is all of it)
                    org = f"{joined.group(1)} {joined.group(2)} {org}"
                if " " not in org and org.lower() in self.orgs:
                    continue  # "the Ministry's annual report": the ministry named in full before
                if org.split()[0].endswith(_BASED_ENDS) and " " in org:
                    org = org.split(" ", 1)[1]  # "Milwaukee-based Lakeshore Health"
                org = " ".join(_without_owner_place(org.split()))  # "Brazil's Ministry of ..."
                self._note_org(org)
                last = tokens[-1].strip(",.")
                into = _INTO_NAME.match(text, m.end()) if last in _INTO_BODIES else None
                if into:
                    # "the Royal Commission into the Yarrandale Ridge Bushfire": all of it (a
                    # later "the commission" too), not the run of capitals before "into"
                    org += into.group()
                if last in ORG_WORDS and last not in _NOT_SOURCES:
                    self.orgs[last.lower()] = org
                if "Police" in tokens[:-1] and " " in org:
                    self.orgs.setdefault("force", org)  # "the force" after "Police Scotland"
                for k in range(1, len(tokens) - 1):
                    if (tokens[k] in ("of", "for") and tokens[k - 1] in ORG_WORDS
                            and tokens[k - 1] not in _NOT_SOURCES):
                        # "the bank" after "the National Bank of Kestria", "the department"
                        # after "the Department for Transport"
                        self.orgs[tokens[k - 1].lower()] = org
                        break
                continue
            if _POSSESSIVE.search(tokens[-1]):
                # "Governor Howard Pemberton's plan": Howard Pemberton is named
                tokens = tokens[:-1] + [_POSSESSIVE.sub("", tokens[-1])]
            elif _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and not any(
                    t in TITLE_WORDS for t in tokens):
                continue  # "the Harbour Lane food bank", "the Aurora Nova": things, not people
            if "of" in tokens[2:]:
                # "Captain Ingrid Solberg of the Aurora Nova": the person is before "of"
                k = tokens.index("of", 2)
                if split_phrase(" ".join(tokens[:k]))[2] == "person":
                    tokens = tokens[:k]
            while len(tokens) > 2 and tokens[0] in _LEADING_WORDS and tokens[0] not in (
                    "Mr", "Mrs", "Ms", "Dr"):
                tokens = tokens[1:]  # "When Eileen Mackay opened ...": Eileen Mackay
            # the role words just before the run are part of the phrase for split_phrase
            while (len(tokens) >= 3 and tokens[0] in _FIELD_WORDS
                   and _FIELD_BEFORE.search(text, 0, m.start())):
                # "Undersecretary for Fisheries and [Aquaculture Julieta Contreras]": the
                # post's field ends before the name
                tokens = tokens[1:]
            lead_role = _lead_role(text, m.start())
            lead = lead_role.split() if lead_role else []
            name, role, kind = split_phrase(" ".join(lead + tokens))
            if kind == "person" and _names_a_product(name):
                continue  # "Ardent QuickPot models": a product, not a person
            if kind == "person" and not role and _names_a_body(name):
                # "Hartfield United have signed ...": a club (a later "the club" means it)
                self._note_body(name)
                continue
            if kind != "person" or not name or (name in self.cued and not role):
                continue
            if name.split()[0] in _LEADING_WORDS:
                continue
            self._add_person(name, role)
            age = _AGE_AFTER.match(text, m.end())
            if age:
                self.ages[age.group(1)] = name  # "Imran Khan, 57, ..."
            if name not in self.gender:
                # "Her father, Jimmy Irvine, kept ..." / "Jimmy Irvine, her father, ...": he
                near = (_GENDER_BEFORE.search(text, max(0, m.start() - 40), m.start())
                        or _GENDER_AFTER.match(text, m.end()))
                if near and near.group(1).lower() in _GENDERED_NOUNS:
                    self.gender[name] = _GENDERED_NOUNS[near.group(1).lower()]
            if not _PLACE_BEFORE.search(text, 0, m.start()):
                # (not "Players at Real Madrid had played 58 matches, he said": a place or a
                # club after "at"/"in" is no candidate for "he")
                found.append((m.start(), name, role))
            lead_start = text.rfind(lead_role, 0, m.start()) if lead_role else m.start()
            if subject_slot and (_starts_sentence(text, lead_start) or (
                    lead_role and _MODIFIERS_ONLY.match(text, 0, max(lead_start - 1, 0)))):
                # ("Trump campaign spokeswoman Karoline Leavitt dismissed ...": modifiers of
                # the role before it)
                # the subject of the sentence: what a later "he" or "she" most likely means
                self.last_person, self.last_person_at = name, self.sentence_no
        return found

    def note_acronyms(self, text: str) -> None:
        """Remember the initials an organisation is given: "the Land and Infrastructure
        Authority (LIA)"."""
        if "(" not in text and "[" not in text:
            return
        for m in _ACRONYM_GIVEN.finditer(text):
            words = m.group("name").split()
            while len(words) > 1 and (words[0] in _LEADING_WORDS or words[0] == "the"):
                words = words[1:]  # "But the Centre for Fiscal Accountability (CFA)"
            if "of" in words[1:-1]:
                k = words.index("of")
                if all(w in TITLE_WORDS for w in words[:k]):
                    # "The Director General of the Tanzania Maritime Ports Authority (TMPA)":
                    # the authority, not its head's title
                    words = words[k + 2:] if words[k + 1] == "the" else words[k + 1:]
            if words and (_POSSESSIVE.search(words[0]) or words[0].endswith(_BASED_ENDS)) and (
                    len(words) > 2):
                # "Chile's National Mining Development Corporation (Corminas)", "the
                # Maputo-based Resource Governance Observatory (ORG)"
                words = words[1:]
            if m.group("acr")[1:].islower() and not any(w in ORG_WORDS for w in words):
                continue  # a short name in brackets only after a body's ("Tom Hale (Labour)")
            self.acronyms[m.group("acr")] = " ".join(words)

    def full_name(self, name: str) -> tuple[str, str | None]:
        """A surname-only mention mapped to the full name used earlier (the latest such)."""
        full = self.by_surname.get(name)
        if full is None and (" " in name or "-" in name):
            # "Von Erffa", "Van der Berg", "Al-Khelaifi" after "Stephan von Erffa" ...: the
            # particle is capitalised at the start of a sentence
            low = name.lower()
            named = [p for p in self.people.values()
                     if p.name.lower().endswith((" " + low)) and p.name != name]
            if named:
                full = max(named, key=lambda p: p.position).name
        if full is None and " " not in name and name not in self.people and (
                name not in self.cued and name not in self.short_names):
            # "Jodie told fans" after "TV favourite Jodie Markham": the only person with that
            # name before their last (tabloid and sports copy use first names; "Anisur" for "Md
            # Anisur Rahman", "Treviño" for "Ricardo Treviño Garza", a Spanish first surname;
            # not a business's name before its product's, "Ardent" after "Ardent QuickPot")
            given = {p.name for p in self.people.values()
                     if " " in p.name and name in p.name.split()[:-1]}
            if len(given) == 1:
                full = given.pop()
        if full is None and len(name) >= 5 and name not in self.people:
            # A misspelt surname ("Bauchtman" for "Buchtmann"): a known one that the name-variant
            # rules would pair with it, the closest first.
            best = process.extractOne(
                name, [s for s in self.by_surname if similar(s, name)], scorer=fuzz.ratio)
            if best:
                full = self.by_surname[best[0]]
        if full and full != name:
            return full, self.people[full].role
        p = self.people.get(name)
        return name, p.role if p else None

    # speakers ---------------------------------------------------------------------------------
    def resolve(self, text: str, masked: str) -> tuple[str | None, str | None]:
        """(speaker, role) of one sentence; call for every sentence in order."""
        speaker, role = self._resolve(text, masked)
        speaker, role = self._document_speaker(speaker, role, masked)
        speaker, role = self._body_speaker(speaker, role)
        if speaker and speaker[:1].islower() and " " in speaker:
            speaker, role = self._unmade_document(speaker, role, masked)
        if speaker and _UNMADE_DOCUMENT.match(speaker) and "according to" in masked:
            speaker, role = self._opener_document(speaker, role, masked)
        if speaker in _BARE_SPOKESPEOPLE:
            opener = _THE_BODY_OPENS.match(masked)
            body = self._refer_body(opener.group("noun")) if opener and opener.group("noun") else None
            if body:
                # "The company expects to deliver 1.2 million tablets ..., a spokesman said":
                # the company's spokesman
                speaker, role = body[0], speaker.split()[-1]
        if ", a" in masked or ", the " in masked:
            self._note_described(masked)  # (for later sentences)
        if speaker and speaker[:1].isupper() and speaker not in self.gender and (
                speaker not in self.people or not self.people[speaker].role):
            # ("Hanseong Nuclear", read as a person's name: no role, never "he" or "she")
            speaker = self._fuller_business(speaker)
        at = self.body.find(speaker + ", ") if speaker and (
            " of " in speaker or " for " in speaker) else -1
        if at >= 0:
            listed = _ORG_LIST_TAIL.match(self.body, at + len(speaker))
            if listed:
                # "the Department of Agriculture, Food and the Marine": a name with a list in it
                speaker += listed.group()
        if speaker and speaker.endswith(_FORM_ENDS) and speaker + "." in self.body:
            # "Kazuma Motor Corp." as the article writes it (the full stop is the name's, not
            # the sentence's; "Vantorre Home Products Inc" stays without one)
            speaker += "."
        return speaker, role

    def _document_speaker(self, speaker: str | None, role: str | None,
                          masked: str) -> tuple[str | None, str | None]:
        """A document's words are its maker's: the speaker the rules found, with a document (or
        its auditors) replaced by whoever made it when the article says so."""
        if speaker:
            made = _DOCUMENT_SUBJECT_MADE.match(masked)
            here = made is not None
            if not made and speaker.startswith(("a ", "an ")) and _DOCUMENT_PHRASE.match(speaker):
                # "..., a damning audit has found. The report into X, published by Y, found":
                # a new document whose maker the next sentence names
                at = self.body.find(masked)
                made = _DOCUMENT_SUBJECT_MADE.match(
                    self.body[at + len(masked):at + len(masked) + 400] if at >= 0 else "")
            name, _, kind = split_phrase(_made_by(made)) if made else (None, None, "")
            if name and kind in ("org", "entity", "person"):
                # "The report into X, published by the Scottish Tenancy Standards Board on
                # Thursday, found", "The State Audit Office report, tabled on Thursday, found":
                # its maker
                speaker, role = self._full_org(self.acronyms.get(name, name)), None
                if here:
                    self._named(speaker, None)
        if speaker and speaker.startswith(("the ", "that ", "this ")) and (
                _DOCUMENT_PHRASE.match(speaker)):
            # "the report", "the 48-page report" that no rule tied to its maker: a document the
            # article spoke of before, whose words are its maker's (not "a report": a new one,
            # maybe never tied to anyone)
            before = self.body.find(masked)
            maker = self._document_maker(_DOCUMENT_PHRASE.match(speaker).group("doc"),
                                         self.body[:before] if before > 0 else self.body)
            if maker:
                speaker, role = maker, None
        made = _DOCUMENT_MADE.match(speaker) if speaker and speaker[:1].islower() else None
        if made:
            # "a report by patient watchdog Patient Voice Devon": its maker
            who = _clean_phrase(made.group("who"))
            name, _, kind = split_phrase(who)
            if kind == "person" and made.group("noun") and all(
                    w[:1].isupper() for w in who.split()):
                name = who  # ("Patient Voice Devon", whose first word reads like a role)
            if name and kind in ("org", "entity", "person"):
                speaker, role = self._full_org(self.acronyms.get(name, name)), None
                if kind == "person" and made.group("noun"):
                    # "a report by patient watchdog Patient Voice Devon": a body, as the
                    # noun before it says (a later "the watchdog" is it)
                    self.orgs[made.group("noun")] = speaker
                self._named(speaker, None)
        if role and _DOCUMENT_ROLE.match(role):
            # "a report by its chief finance officer, Daniel Okafor": chief finance officer;
            # "A report by patient watchdog X": patient watchdog
            role = role[_DOCUMENT_ROLE.match(role).end():].strip()
            role = None if not role or _POSSESSIVE.search(role) else role
        if speaker and _AUDITORS.search(speaker):
            # "auditors said", "the auditors also found": whoever made the audit
            auditor = self._auditor(masked)
            if auditor:
                speaker, role = auditor, None
        return speaker, role

    def _unmade_document(self, speaker: str, role: str | None,
                         masked: str) -> tuple[str, str | None]:
        """A document no rule tied to its maker, which is never a speaker of its own: the body
        its words say made it ("a summary prepared by district staff", "a summary the Tribal
        Council distributed", "the board's decision"), else the one the article's context
        gives ("according to a report to cabinet": the council the article is about)."""
        doc = _ANY_DOCUMENT.match(speaker)
        if not doc:
            return speaker, role
        maker = None
        tail = doc.group("tail") or ""
        by = _TAIL_MADE_BY.match(tail) or _TAIL_MAKER_MADE.match(tail) or _TAIL_TO.match(tail)
        if by:
            name, _, kind = split_phrase(_clean_phrase(by.group("who")))
            if name and kind in ("org", "entity"):
                maker = self._full_org(self.acronyms.get(name, name))
            elif name and kind == "unnamed":
                owner = _OWNER_OF_DOCUMENT.match(name)
                # ("signed by the ministry's senior secretary": the ministry's)
                words = [owner.group(1)] if owner and owner.group(1).islower() else name.split()
                # ("prepared by district staff": the district's)
                noun = words[-2] if len(words) >= 2 and words[-1] in _STAFF_WORDS else words[-1]
                body = self._refer_body(noun)
                maker = body[0] if body else None
            if maker is None:
                return speaker, role  # (made by someone the article never names)
        elif doc.group("owner"):
            owner = doc.group("owner").split()
            body = self._refer_body(owner[-1]) if owner[-1].islower() else None
            if not body:
                return speaker, role
            maker = body[0]
        elif doc.group("det") == "its":
            # "The railroad expects ..., according to its merger application": what the
            # sentence opens with
            # (after a label: "By the numbers: Heartland's circulation has fallen ..., its
            # most recent audit filing shows")
            label = _LEADING_LABEL.match(masked)
            opener = _OPENING_BODY.match(masked, label.end() if label else 0)
            if opener and opener.group("noun"):
                body = self._refer_body(opener.group("noun"))
                maker = body[0] if body else None
            elif opener and opener.group("name").lower() not in _NOBODY_OPENERS:
                name, _, kind = split_phrase(_POSSESSIVE.sub("", opener.group("name")))
                maker = self._full_org(name) if name and kind in ("org", "entity") else None
        if maker is None and not by and not doc.group("owner"):
            before = self.body.find(masked)
            # (its maker may be named later in the same sentence: "according to a resolution
            # issued on Monday by the Water and Sanitation Services Regulatory Agency")
            maker = self._document_maker(
                doc.group("doc"), self.body[:before + len(masked)] if before >= 0 else self.body)
        if (not maker or maker in self.people or maker in self.by_surname
                or "." in maker.rstrip(".")):
            return speaker, role  # (a body, not a person: "its application" is no aide's)
        self.last_thing = (maker, None)
        return maker, None

    def _opener_document(self, speaker: str, role: str | None, masked: str):
        """The body a sentence opens with, when the sentence cites a document nobody is said
        to have made: "The Independent Integrity Unit ... has found credible evidence ...,
        according to a report seen by Sport Governance Weekly" is the unit's report (and so is
        a later "the report")."""
        opening = _SELF_NAMED_OPENING.match(masked)
        if not opening or opening.group("what") or opening.group(3) in _PREPOSITION_WORDS:
            return speaker, role
        name, _, kind = split_phrase(opening.group(1))
        if kind != "org" or not name or name in self.people or " " not in name:
            return speaker, role  # (not "Exporters who fail ...")
        full = self._opening_body_speaks(name)
        self.documents.setdefault(_UNMADE_DOCUMENT.match(speaker).group("doc"), full)
        return full, None

    def _described_opener(self, masked: str, result: tuple[str | None, str | None]):
        """The body a sentence opens with, when the attribution at its end describes rather
        than names it: "Meridian Valley Health will eliminate 340 positions, the nonprofit
        health system said" is Meridian Valley Health (and so is a later "the system")."""
        words = result[0].split()
        if not (2 <= len(words) <= 4 and all(w.replace("-", "").isalpha() and w.islower()
                                             for w in words)
                and (words[-1] in _SINGULAR_BODIES or words[-1] in _SELF_DESCRIBED_NOUNS
                     or _is_company_noun(words[-1]))):
            return result
        opening = _SELF_NAMED_OPENING.match(masked)
        if not opening or opening.group(3) in _PREPOSITION_WORDS:
            return result
        name, _, kind = split_phrase(opening.group(1))
        # (a name that reads like a person's is the body when the sentence says so: "TuS
        # Nordhessen Kassel, the second-division football club that ...,")
        said_so = opening.group("what") and words[-1] in opening.group("what").split()
        if not name or (kind != "org" or name in self.people or name in self.by_surname) and (
                not said_so):
            return result
        full = self._opening_body_speaks(name)
        self.orgs.setdefault(words[-1], full)
        if _is_company_noun(words[-1]):
            self.businesses.append((full, self.sentence_no))
        return full, None

    def _opening_body_speaks(self, name: str) -> str:
        """The full name of the body a sentence opens with, noted as this sentence's speaker."""
        full = self._full_org(self.acronyms.get(name, name))
        self._named(full, None)
        self.last_thing = (full, None)
        return full

    def _body_speaker(self, speaker: str | None,
                      role: str | None) -> tuple[str | None, str | None]:
        """A body named by what it is rather than its name: the body the article named."""
        force = _NAMED_FORCE.match(speaker) if speaker else None
        if force:
            # "the Carabineros police force said": the Carabineros (and a later "the force")
            self.orgs.setdefault(force.group("noun"), force.group("name"))
            self.last_thing = (force.group("name"), None)
            return force.group("name"), role
        named_group = _NAMED_GROUP.match(speaker) if speaker else None
        if named_group:
            # "the Save Carbrook Road group": the group's name
            speaker = named_group.group(1)
        qualified = _QUALIFIED_BODY.match(speaker) if speaker and speaker[:1].islower() else None
        if qualified:
            # "the growers' council" after "the Guatemalan Cardamom Growers' Council"
            word, noun = qualified.group("q").capitalize(), qualified.group("noun")
            for org in reversed([*self.orgs.values(), *(n for n, _, _ in self.named_bodies)]):
                words = org.split()
                if words[-1].lower() == noun and word in words:
                    return org, role
        staff = _NOUN_STAFF.match(speaker) if speaker and speaker[:1].islower() else None
        if staff and staff.group("noun") in self.orgs:
            # "a summary prepared by district staff": the district named before
            body = self._refer_body(staff.group("noun"))
            if body:
                return body
        owned = (_BODY_DOCUMENT.match(speaker) or _KIND_OF_BODY.match(speaker)
                 if speaker and speaker[:1].islower() else None)
        if owned and owned.group("noun") != "court" and (
                owned.group("noun") in _BODY_NAMES or _is_company_noun(owned.group("noun"))):
            # "a company press release", "the club's latest accounts", "the Championship club",
            # "the Crown utility": the body that "the <noun>" means (but "court records" stay
            # theirs, as most labellers give them)
            body = self._refer_body(owned.group("noun"))
            if body:
                speaker, role = body
        return speaker, role

    def _resolve(self, text: str, masked: str) -> tuple[str | None, str | None]:
        self.sentence_no += 1
        self.note_acronyms(masked)
        self._note_business_subject(masked)
        if ", " in masked:
            self._note_described_before(masked)
        att = find_attribution(masked)
        if att is None:
            self.note_people(masked)
            self._note_documents(masked)
            subject = _THE_ROLE_SUBJECT.match(masked)
            holder = self._role_holder(subject.group(1)) if subject else None
            if holder:
                # "The mayor has proposed a hiring freeze. She insisted ...": the mayor named
                # before is who a later "she" means
                self.last_person, self.last_person_at = holder.name, self.sentence_no
            return None, None
        name, role, kind = split_phrase(att.phrase)
        if not kind or not name:
            self.note_people(masked)
            return None, None
        if kind == "org" and role and role.split()[-1] in _INSTITUTION_TAILS:
            self.orgs[role.split()[-1]] = name  # "the registry" after "the Kadaster land registry"
        apposed = att.role.split() if att.role else ()
        if (kind == "person" and 2 <= len(apposed) <= 3 and apposed[0] in ("The", "the")
                and apposed[-1].lower() in _ONLY_BODIES and not _PREPOSITION_IN.search(att.role)):
            # "The railway operator, Société Ferroviaire du Cameroun (SOFERCAM), said": a body
            # whose name reads like a person's (not "the chief executive of the company", nor
            # "Crane operator Denise Fairbairn"); its first word alone later is the body too
            kind = "org"
            self.short_names.setdefault(name.split()[0], name)
        its_doc = None
        if kind == "unnamed" and _ITS_DOCUMENT.match(name):
            # "according to its own board papers": whoever "it" is (and "the documents" later)
            its_doc, name, kind = name.split()[-1], "it", "pronoun"
        if name == "it" and ("ccording to its " in masked or its_doc and att.start):
            # (or "The airline recorded a loss, its annual report shows": "its" later in the
            # sentence than what it opens with)
            own = _THE_BODY_OPENS.match(masked)
            body = None
            if own and own.group("acr"):
                known = self.acronyms.get(own.group("acr"))  # ("The NHDC's total liabilities")
                body = (known, None) if known else None
            elif own:
                body = self._refer_body(own.group("noun"))
            else:
                named = _NAMED_OPENING.match(masked)
                opener = named.group(1) if named else ""
                if named and split_phrase(opener)[2] in ("org", "entity", "person") and (
                        opener not in self.gender
                        and (opener not in self.people or not self.people[opener].role)):
                    # "Gulfbridge Terminals operates 14 ports, according to its annual
                    # report": what the sentence opens with ("its" is never a person's)
                    full = self._full_org(opener)
                    if full == opener and " " not in opener:
                        # ("Kafwimbi produced ..." after "Kafwimbi Copper Mines Plc")
                        full = max((org for org in [*self.orgs.values(),
                                                    *(n for n, _ in self.businesses)]
                                    if org.startswith(opener + " ")), key=len, default=opener)
                    body = (full, None)
            if body:
                # "The district spent $3.4 million, according to its annual report": the
                # district named before, whatever "it" meant in the last sentence
                self.last_thing = (body[0], None)
                if its_doc:
                    self.documents.setdefault(its_doc, body[0])
                return body[0], None
        officials = _BODY_OFFICIALS.match(name) if kind == "unnamed" else None
        if not officials and kind == "unnamed" and name.endswith(" board"):
            officials = _BOARD_OF.match(name)
        if officials:
            # "Millbrook Community School District officials say", "NRCO officials said", "Maple
            # Basket's board has recommended": the body's word
            name, kind = officials.group("org"), "org"
            if name in self.acronyms:
                name = self.acronyms[name]
        named_of = _OFFICIALS_OF_NAMED.match(name) if kind == "unnamed" else None
        if named_of:
            name, kind = named_of.group(1), "org"  # "officials of the X district administration"
        of_body = _OFFICIALS_OF.match(name) if kind == "unnamed" else None
        if of_body and self._refer_body(of_body.group(1)):
            # "Officials of the authority said": the authority named before
            self.note_people(masked)
            self.last_thing = (self._refer_body(of_body.group(1))[0], None)
            return self.last_thing
        cleaned = _cleaned_phrase(att.phrase)
        submitted = _SUBMITTED_BY.match(cleaned) or _SUBMITTED_BY.match(
            att.role or "")
        if submitted:
            # "according to a notification the company submitted to the Land, Infrastructure,
            # Transport and Tourism Ministry": the company's document
            name, role, kind = split_phrase(submitted.group("who"))
            if not kind or not name:
                return None, None
        owned = (_OWNER_OF_DOCUMENT.match(att.role or role or "")
                 if name.split()[-1] in _DOCUMENT_TITLES else None)
        if owned:
            # "The trust's annual Housing Pressure Report found": the trust named before
            owner = self._refer_body(owned.group(1).lower())
            if owner:
                self.note_people(masked)
                self.last_thing = owner
                return owner
        named_after = (_NAME_AFTER_TITLE.match(masked, att.start + len(att.phrase))
                       if kind in ("org", "entity") else None)
        if named_after and (att.phrase.split()[1 if att.phrase.lower().startswith("the ") else 0]
                            in TITLE_WORDS) and split_phrase(named_after.group("who"))[2] == "person":
            # "The Governor of Edemora State, Mr Olumide Adeyanju, ... saying": the governor
            role = att.phrase[4:] if att.phrase.lower().startswith("the ") else att.phrase
            name, kind = named_after.group("who"), "person"
            gender = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she"}.get(
                named_after.group("hon") or "")
            if gender:
                self.gender.setdefault(name, gender)
        if kind in ("org", "person") and _STAFF_OF.match(cleaned):
            # "Industry analysts at Corbel Media Research", "Analysts at São Paulo-based
            # consultancy Agroverde Inteligência": the firm, below
            name, role, kind = cleaned, None, "unnamed"
        if kind == "org" and att.start and name.endswith(_PUBLIC_LAST):
            listed = _NAMES_LISTED_BEFORE.search(masked, 0, att.start)
            if listed:
                # "the Land, Infrastructure, Transport and Tourism Ministry said": one name
                name = listed.group(1).rstrip() + " " + name
        if kind == "org":
            at = masked.find(att.phrase, att.start)  # (a start may be the space before it)
            acronym = _ACRONYM_AFTER.match(masked, (at if at >= 0 else att.start) + len(att.phrase))
            words = [w for w in att.phrase.split() if w.lower() != "the"]
            if acronym and "".join(w[0] for w in words if w[:1].isupper()) == acronym.group(1):
                # "The United Nations Observer Mission in the Ardan Valley (UNOMAV) said": the
                # initials say the place is part of the name
                toks = att.phrase.split()[1:] if att.phrase.split()[0].lower() == "the" \
                    else att.phrase.split()
                k = next(i for i, t in enumerate(toks) if t[:1].isupper())
                # (words before the name describe it: "The opposition National Reform
                # Alliance (NRA)")
                name, role = " ".join(toks[k:]), " ".join(toks[:k]) or None
                self.acronyms[acronym.group(1)] = name
            elif acronym and acronym.group(1).endswith(
                    "".join(w[0] for w in words if w[:1].isupper())) and att.start >= 2:
                # "the Philippine Atmospheric, Geophysical and Astronomical Services
                # Administration (PAGASA) said": the initials say the words before the comma
                # are the name's too
                missing = len(acronym.group(1)) - sum(1 for w in words if w[:1].isupper())
                before = masked[:at].rstrip()
                head = before[:-1].split()[-missing:] if before.endswith(",") else []
                if (missing and len(head) == missing and all(w[:1].isupper() for w in head)
                        and "".join(w[0] for w in head) == acronym.group(1)[:missing]):
                    name = " ".join(head) + ", " + " ".join(words)
                    self.acronyms[acronym.group(1)] = name
        if att.role:
            if kind == "entity" and role and role.rstrip(".") in ("Sir", "Dame"):
                # "Sir Malcolm, who chaired the jury, said": Sir Malcolm Draycott
                full, _ = self._by_honorific(name, role, name, None)
                if full != name:
                    name, kind = full, "person"
            role = _role_text(att.role) or None
        # People named before the attribution are candidates for a pronoun in it (the speaker
        # before them is kept for a closing "she said").
        self.previous_speaker = (self.last_person, self.last_person_at)
        mentions = self.note_people(masked, att.start)
        if not self.business_subject or self.business_subject[1] != self.sentence_no:
            # (a business first named by this very sentence may open it: "Harvest Lane Foods
            # Inc. has agreed to acquire rival grocer Maple Basket ..., the company said")
            self._note_business_subject(masked)
        result = self._speaker(name, role, kind, mentions, masked[att.start:])
        if att.start and result[0] and result[0] == name and result[0].startswith("the "):
            result = self._described_opener(masked, result)
        if result[0] and result[0].startswith("the ") and result[0].count(" ") == 1 and (
                result[0][4:] in _SINGULAR_BODIES):
            whose = re.search(rf"\b([A-Z][a-z]+)\s+{result[0][4:]}\b", masked[:att.start])
            if whose and _NATIONALITY.match(whose.group(1)):
                # "Italian coastguard vessels pulled 94 people ..., the coastguard said": the
                # Italian coastguard, and so is a later "it"
                result = (f"the {whose.group(1)} {result[0][4:]}", result[1])
                self.unnamed[result[0].rsplit(" ", 1)[1]] = result[0]
                self.last_thing = (result[0], None)
        if (result[0] and kind == "org" and " " in result[0] and result[0][:1].isupper()
                and result[0] not in self.people):
            at = min((i for i in (self.body.find(result[0] + " of "),
                                  self.body.find(result[0] + " for ")) if i >= 0), default=-1)
            tail = _ORG_NAME_TAIL.match(self.body, at + len(result[0])) if at >= 0 else None
            if tail:
                # "The Central Bank's investigation found" after "the Central Bank of Ireland"
                # (a pattern compiled once, not one per name: this runs for every body quoted)
                result = (result[0] + tail.group(), result[1])
        self.note_people(masked[att.start:], subject_slot=False)
        self._note_documents(masked)
        in_doc = (_IN_A_STATEMENT.search(masked) if result[0] and kind != "pronoun"
                  and _may_say_in_a_document(masked) else None)
        if in_doc:
            # "In a statement, the Mulholland family said ...": a later "the statement said" is
            # theirs
            self.documents[in_doc.group("doc")] = result[0]
        if result[0] in self.people and result[0] not in self.gender and kind != "pronoun":
            # "Natalie Greene said she lost 40 files": she
            own = (_SAID_PRONOUN.search(masked, att.start)
                   if _HE_VERB.search(masked, att.start) else None)
            if own:
                self.gender[result[0]] = own.group(1).lower()
        return result

    def subject(self) -> tuple[str, str | None] | None:
        """The person who opened the sentence just resolved ("Mendes was blunt."), if any."""
        if self.last_person and self.last_person_at == self.sentence_no:
            person = self.people.get(self.last_person)
            return self.last_person, person.role if person else None
        return None

    def _speaker(self, name, role, kind, mentions, rest: str = "") -> tuple[str | None, str | None]:
        if kind == "pronoun":
            return self._pronoun(name, mentions, rest)
        if kind == "person" and name.split()[0].lower() in _PARTICLE_WORDS:
            # "Von Erffa said" after "Stephan von Erffa": the person named in full earlier
            full, known_role = self.full_name(name)
            if full != name:
                self.last_person, self.last_person_at = full, self.sentence_no
                self._add_person(full, None)
                return full, role or known_role
        if kind == "person" and name not in self.people:
            longer = [p for p in self.people.values() if p.name.endswith(" " + name)
                      or (" " in name and p.name.startswith(name + " "))]
            if longer:
                # "Vidal Ortiz said" after "Culture Minister Elena Vidal Ortiz": her; "DPP Nur
                # Aisyah" after "Prosecutor Nur Aisyah Rahman" (given names without the family's)
                name = max(longer, key=lambda p: p.position).name
        if kind == "person" and not role and name not in self.gender and (
                name not in self.people or not self.people[name].role):
            longer = self._body_starting(name)
            if longer:
                # "Great Lakes Midstream said" after "Great Lakes Midstream Company": the body
                self.short_names.setdefault(name, longer)
        if kind == "person" and not role and (
                name in self.short_names or name in self.cued or _names_a_body(name)):
            # a business or club read as a person's name: "Mwangaza Heights had argued" after
            # "Mwangaza Heights Ltd", "Coastal Skies said" after "a Coastal Skies jet",
            # "Hartfield United said"
            org = self.short_names.get(name, name)
            if org == name and _names_a_body(name):
                self._note_body(name)
            self.last_thing = (org, None)
            self._named(org, None)
            return org, None
        if kind == "person":
            self._add_person(name, role, authoritative=True)
            known = self.people[name]
            self.last_person, self.last_person_at = name, self.sentence_no
            return name, role or known.role
        if kind == "org" and role and " " not in name and (
                role.split()[-1].lower() in _PERSON_ROLE_HEADS):
            holder = self._role_holder(role.split()[-1])
            body = self.acronyms.get(name, name)
            if holder and holder.role and (name in holder.role or body in holder.role or (
                    " " in body and body.split()[-1].lower() in holder.role.lower())):
                # "the BJIC chairman said" after "Md Anisur Rahman, chairman of the Bangladesh
                # Jute Industries Corporation (BJIC)" or "the corporation's chairman, Md Anisur
                # Rahman": the person who holds that body's post
                self.last_person, self.last_person_at = holder.name, self.sentence_no
                return holder.name, holder.role
        if kind in ("entity", "org") and name in self.acronyms:
            # "said the LIA" after "the Land and Infrastructure Authority (LIA)"
            org = self.acronyms[name]
            self.last_thing = (org, None)
            return org, role
        if kind == "entity" and name in _DEMONYM_NOUNS:
            # "the Spaniard said", "the Dutchman added": the person just spoken of
            if self.last_person and self.sentence_no - self.last_person_at <= 2:
                self.last_person_at = self.sentence_no
                person = self.people.get(self.last_person)
                return self.last_person, person.role if person else None
            return f"the {name}", None
        if kind == "entity" and name in self.short_names and name not in self.by_surname:
            # "Nimbusline said" after "Nimbusline Technologies": the organisation
            org = self.short_names[name]
            self.last_thing = (org, None)
            self._named(org, None)
            return org, None
        if kind == "entity":
            full, known_role = self.full_name(name)
            if role and role.rstrip(".") in _HONORIFICS:
                full, known_role = self._by_honorific(name, role, full, known_role)
            if full != name or name in self.people:
                self.last_person, self.last_person_at = full, self.sentence_no
                self._add_person(full, None)
                if role and (role.rstrip(".") in _HONORIFICS or role in _SHORT_TITLES) and (
                        known_role or role.rstrip(".") in _COURTESY):
                    # "Ms Ockenden said", "DI Kowalczyk said": the role named with earlier
                    # (and never a bare "Mr" or "Ms")
                    role = None
                return full, role or known_role
            if role and _is_person_role(role):
                # "President Biden", "Dr. Lee", "Okafor, a spokesman for the union": a person
                # named by surname alone (a later "he" or "Okafor said" means them).
                self._add_person(name, role, authoritative=True)
                self.last_person, self.last_person_at = name, self.sentence_no
                return name, role
            self.last_thing = (name, role)
            self._named(name, role)
            return name, role
        if kind == "org":
            name = self._full_org(name)
            if role and role.split()[-1].lower() in _SINGULAR_BODIES:
                # "road-safety charity Safer Lanes": a later "the charity" is Safer Lanes
                self.orgs[role.split()[-1].lower()] = name
            if role and role.split()[-1] in _SPEAKS_FOR:
                # "a spokesperson for Ardmore County Council said ...": a later "the
                # spokesperson said" is the council's again
                self.unnamed[role.split()[-1]] = name
            self.last_thing = (name, role)
            self.orgs[name.split()[-1].lower()] = name
            self._named(name, role)
            pronoun = _GENDERED_NOUNS.get((role or "").split()[-1].lower()) if role else None
            if pronoun:
                # "A spokesman for NHS England said ... He said ...": the spokesman again
                self.last_unnamed = (name, pronoun, self.sentence_no, role)
            return name, role
        # An unnamed source; "the spokesperson" after "a spokesperson for the authority" is
        # the same one.
        words = name.split()
        if (len(words) == 2 and words[0] == "the" and words[1] in self.orgs
                and words[1] not in _SINGULAR_BODIES
                and len(self.orgs[words[1]].split()) >= 3):
            # "the compact said" after "the Interstate Pharmacy Purchasing Compact announced"
            org = self.orgs[words[1]]
            self.last_thing = (org, None)
            return org, None
        owner = _POSSESSIVE.sub("", words[0]) if len(words) == 2 and words[1] in _SPEAKS_FOR else ""
        if owner[:1].isupper() and _POSSESSIVE.search(words[0]):
            # "Marchetti’s representative said": Kaylee Marchetti, through her representative
            full, _ = self.full_name(owner)
            if full in self.people:
                return full, words[1]
        if (len(words) == 2 and words[0] in ("his", "her") and words[1] in _SPEAKS_FOR):
            # "..., her spokesperson said": the person she is, through her spokesperson
            who, _ = self._pronoun("he" if words[0] == "his" else "she", [])
            if who:
                return who, words[1]
        if len(words) == 3 and words[1] == "and" and all(w in self.by_surname for w in words[::2]):
            # "Kebede and Keegan both said": the two people named in full before
            name = f"{self.by_surname[words[0]]} and {self.by_surname[words[2]]}"
            self.last_group = (name, None)
            return name, None
        if len(words) == 4 and words[:3] == ["one", "of", "the"] and self.unnamed.get(words[3]):
            # "one of the people said" after "people familiar with the matter"
            name = self.unnamed[words[3]]
            self.last_group = (name, None)
            return name, None
        if len(words) == 2 and words[0] == "the" and words[1] in self.staff:
            # "the analysts wrote" after "analysts at Grayline Securities": that firm
            self.last_thing = self.last_group = (self.staff[words[1]], None)
            return self.last_thing
        if words == ["police"] and self._body_named("force"):
            # "police said" after "the Harlow Regional Police Service said": that force
            self.last_thing = (self._body_named("force"), None)
            return self.last_thing
        firm = _STAFF_OF.match(name)
        staff_of = _STAFF_OF_BODY.match(name) if not firm else None
        if staff_of and self._refer_body(staff_of.group("noun")):
            # "Analysts at the firm said" after "Brenford Ratings lowered ...": that firm
            org = self._refer_body(staff_of.group("noun"))[0]
            self.last_thing = self.last_group = (org, None)
            self.staff[staff_of.group("staff").lower()] = org
            return org, None
        if firm:
            # "Analysts at Kwena Securities said", "Administrators from Pell Carrow Advisory
            # said": the firm's word (as labellers read it)
            org = self._full_org(firm.group("org"))
            self.last_thing = self.last_group = (org, None)  # (a later "they" are the analysts)
            self.staff[firm.group("staff").lower()] = org  # (a later "the analysts" too)
            self._named(org, None)
            return org, None
        named_spokes = _NAMED_SPOKESPERSON.match(name)
        if named_spokes:
            # "A Brindle spokesperson told us", "a spokesman for the Country Voice party": the
            # body, through its spokesperson
            body = named_spokes.group("body") or named_spokes.group("body2")
            body = self.short_names.get(body) or self._full_org(body)
            self.last_thing = (body, None)
            who = named_spokes.group("who") or named_spokes.group("who2")
            self.last_unnamed = (body, _GENDERED_NOUNS.get(who), self.sentence_no, who)
            self.unnamed[who] = body
            self._named(body, who)
            return body, who
        spokes = _SPOKESPERSON_FOR.match(name)
        if spokes:
            # "a spokesperson for the company", "a council spokesperson": the body named before,
            # through its spokesperson
            noun = spokes.group("noun") or spokes.group("noun2")
            who = spokes.group("who") or spokes.group("who2")
            desc = spokes.group("desc")
            described = self._described_body(["the", *desc.split(), noun]) if desc else None
            # ("a spokeswoman for the health board": the Bro Tywi University Health Board)
            body = (described, None) if described else self._refer_body(noun)
            if body:
                self.last_thing = (body[0], None)
                self.last_unnamed = (body[0], _GENDERED_NOUNS.get(who), self.sentence_no, who)
                self.unnamed[who] = body[0]
                return body[0], who
        if (len(words) == 3 and words[0] in ("a", "the") and words[2] in _DOCUMENTS
                and words[1] in _BODY_NAMES and self._refer_body(words[1])):
            # "according to a council report": the council named before (and "the report"
            # after it)
            self.last_thing = (self._refer_body(words[1])[0], None)
            self.documents.setdefault(words[2], self.last_thing[0])
            return self.last_thing
        if len(words) == 2 and words[1] in ("figures", "data", "statistics") and (
                self._refer_body(words[0])):
            # "according to agency figures": the agency named before
            self.last_thing = (self._refer_body(words[0])[0], None)
            return self.last_thing
        if (len(words) >= 3 and words[0] in ("the", "a") and (
                words[1] in _DOCUMENT_ADJECTIVES or _PAGES.match(words[1]))
                and words[2] in _DOCUMENTS):
            words = [words[0], *words[2:]]  # "the same figures", "the latest data", "the
            # 58-page report"
        if (len(words) == 3 and words[0] in ("the", "a") and words[1] in _DOCUMENTS
                and words[2] in _DOCUMENTS):
            # "the audit report" after "An audit by the Rwanda Cooperatives Regulatory Authority"
            words = [words[0], words[1] if words[1] in self.documents else words[2]]
        owned = _OWNED_REPORT.match(name)
        if owned and owned.group(1)[:1].isupper():
            # "according to Vossberg's restructuring plan", "Coastline's submission said": the
            # body or person whose document it is (and a later "the notice said" is theirs)
            who = self._speaker(owned.group(1), None, "entity", mentions, rest)
            if who[0]:
                self.documents.setdefault(words[-1], who[0])
            return who
        if owned:
            # "The inquiry's 340-page report said": the inquiry named before (and a later "the
            # report" or "the documents" is its)
            owner = self._refer_body(owned.group(1).lower())
            if owner:
                self.last_thing = (owner[0], None)
                self.documents.setdefault(words[-1], owner[0])
                return self.last_thing
        if (words == ["the", "notice"] and "notice" not in self.documents
                and (fined := self._fining_body())):
            # "according to the penalty notice" after "The regulator has fined X": the regulator's
            self.last_thing = (fined, None)
            return self.last_thing
        if len(words) >= 2 and words[0] in ("the", "a") and words[1] in _DOCUMENTS and (
                len(words) == 2 or words[2] in ("of", "by", "for")) and not (
                words[1] == "post" and re.match(r"\S+\s+post\s+by\b", rest)) and (
                self.documents.get(words[1]) or len(set(self.documents.values())) == 1):
            # "the report found", "the survey showed" after "a report by the charity Silver
            # Thread": the charity
            body = self.documents.get(words[1]) or next(iter(self.documents.values()))
            if body.startswith("the ") and self._refer_body(body.split()[-1]):
                body = self._refer_body(body.split()[-1])[0]  # ("released by the agency")
            self.last_thing = (body, None)
            person = self.people.get(body)  # ("according to the letter": the superintendent's)
            return body, person.role if person else None
        if len(words) == 1 and words[0] in self.orgs and words[0] in _SINGULAR_BODIES:
            # "The Commission said" after "The European Commission fined ...": that commission
            # (and "the compact" after "the Interstate Pharmacy Purchasing Compact")
            org = self.orgs[words[0]]
            self.last_thing = (org, None)
            return org, None
        age = _AGE.match(words[1]) if len(words) in (2, 3) and words[0] == "the" else None
        if age and (len(words) == 2 or not self._role_holder(words[2])):
            # "The 57-year-old said": the person of that age, or the person just spoken of
            who = self.ages.get(age.group(1))
            if (who is None and self.last_person and self.sentence_no - self.last_person_at <= 3
                    and self.last_person not in self.ages.values()):
                # (not someone whose age the article gave as another)
                who = self.last_person
            if who:
                self.last_person, self.last_person_at = who, self.sentence_no
                return who, self.people[who].role if who in self.people else None
        if words[0] == "the" and len(words) == 4 and words[1] in ("former", "ex"):
            # "the former chief executive" after "Margaret Linden, the former chief executive"
            holder = self._role_holder(" ".join(words[1:])) or self._role_holder(
                " ".join(words[2:]))
            if holder:
                self.last_person, self.last_person_at = holder.name, self.sentence_no
                return holder.name, holder.role
        if words in (["the", "couple"], ["the", "pair"], ["the", "duo"]) and len(self.people) >= 2:
            # "The couple confirmed the news in a joint statement": the two people named last
            a, b = sorted(self.people.values(), key=lambda p: p.position)[-2:]
            name = f"{a.name} and {b.name}"  # (in the order last mentioned)
            self.last_group = (name, None)
            return name, None
        if words in (["the", "companies"], ["the", "two", "companies"], ["both", "companies"]) and (
                self._businesses_named()):
            # "In a joint statement, the companies said": the two named
            name = self._businesses_named()
            self.last_group = (name, None)
            return name, None
        if words[0] == "the" and len(words) in (3, 4) and all(w.isalpha() for w in words[1:]) and (
                self._described_body(words)):
            # "the weather bureau" after "the National Weather Bureau", "the health think tank"
            # after "the Lindell Institute"
            self.last_thing = (self._described_body(words), None)
            return self.last_thing
        if (words[0] == "the" and len(words) in (3, 4) and _is_company_noun(words[-1])
                and all(w.replace("-", "").isalpha() and (w.islower() or w.endswith("-based"))
                        for w in words[1:-1])
                and words[-2] not in ("parent", "holding", "rival", "other")
                and self._company_named(business=True)):
            # "the cloud software company said" after "Nimbusline Technologies": that company
            self.last_thing = self._company_named(business=True)
            self._named(*self.last_thing)
            return self.last_thing
        if (len(words) == 2 and words[0] == "the" and words[1] in _STUDY_PEOPLE
                and words[1] not in self.unnamed):
            body = next((self.documents[d] for d in ("study", "research", "report", "paper")
                         if d in self.documents), None)
            if body:
                # "the authors reported" after "according to a study by the Marlowe Institute":
                # the institute's study, no other researchers named
                self.last_group = (body, None)
                return body, None
        if (words[0] == "the" and len(words) in (3, 4) and words[-1] in ("side", "club")
                and all(w.replace("-", "").isalpha() and (w.islower() or _NATIONALITY.match(w))
                        for w in words[1:-1])
                and self._body_named(words[-1])):
            # "the English top-flight side announced": the club named before
            self.last_thing = (self._body_named(words[-1]), None)
            return self.last_thing
        if words[0] == "the" and len(words) <= 3:
            earlier = self.unnamed.get(words[-1]) or self.unnamed.get(
                _SAME_SOURCE.get(words[-1], ""))  # "the insider" after "a source close to ..."
            if earlier and len(words) == 3 and words[1] not in earlier.split():
                earlier = None  # "the audit office" is not "the national statistics office"
            holder = self._role_holder(" ".join(words[1:]))
            if holder is None and len(words) == 3 and _DESCRIBES_PERSON.match(words[1]):
                # "the Italian coach", "the 44-year-old coach": the person named as the coach
                holder = self._role_holder(words[2])
            if (holder is None and (words[-1] in _EPITHETS or "-of-" in words[-1])
                    and self.last_person and self.sentence_no - self.last_person_at <= 2):
                # "Kerr, 19, was making his sixth appearance. '...,' the Ashford striker said."
                holder = self.people.get(self.last_person)
            if earlier:
                name = earlier
            elif holder:
                # "said the minister" after "Finance Minister Maria Lopez": the person named
                # with that role, the latest if several.
                self.last_person, self.last_person_at = holder.name, self.sentence_no
                self._add_person(holder.name, None)
                return holder.name, holder.role
            elif len(words) == 2 and self._refer_body(words[-1]):
                # "the alliance", "the chipmaker", "the agency": a body named before
                self.last_thing = self._refer_body(words[-1])
                self._named(*self.last_thing)
                return self.last_thing
            elif (len(words) == 3 and words[1].isalpha() and words[1].islower()
                  and words[2] in _BODY_NAMES and self._refer_body(words[2])):
                # "the regional bloc" after "the Economic Community of ... States"
                self.last_thing = self._refer_body(words[2])
                return self.last_thing
            elif len(words) == 3 and words[2] not in self.unnamed:
                # "the Italian coastguard": a later "the coastguard" is the same
                self.unnamed[words[2]] = name
        else:
            self.unnamed[_head(name)] = name
        head = _head(name).lower()
        pronoun = _GENDERED_NOUNS.get(head)
        if pronoun:
            # "'...,' the spokeswoman said. '...,' she continued.": a later "she" may mean her
            self.last_unnamed = (name, pronoun, self.sentence_no, None)
        elif words[0].lower() in ("a", "an", "one", "another") and (
                head in _PERSON_ROLE_HEADS or head in _LONE_PEOPLE):
            # "One engineer ... said. '...,' she said.": either pronoun may mean them
            self.last_unnamed = (name, None, self.sentence_no, None)
        if name.split()[0].lower() in ("the", "a", "an") and head in _SINGULAR_BODIES:
            # "..., the company said. It said ...": a body that a later "it" means
            self.last_thing = (name, None)
        else:
            self.last_group = (name, None)
        return name, None

    def _by_honorific(self, name: str, role: str, full: str, known_role):
        """Who "Mr. Greene" or "Dame Helen" is: of the people with that surname (or, after Sir
        or Dame, that first name) the latest whose he/she does not contradict the honorific."""
        title = role.rstrip(".")
        pronoun = _GENDERED_NOUNS.get(title.lower())
        if title in ("Sir", "Dame"):
            named = [p for p in self.people.values() if p.name.split()[0] == name
                     and p.name != name]
        else:
            named = [p for p in self.people.values() if p.name.split()[-1] == name
                     and p.name != name]
        if pronoun:
            named = [p for p in named if self.gender.get(p.name, pronoun) == pronoun]
        if not named:
            return full, known_role
        best = max(named, key=lambda p: p.position)
        if pronoun:
            self.gender.setdefault(best.name, pronoun)
        return best.name, best.role

    def _body_named(self, noun: str) -> str | None:
        """The latest organisation named as a speaker (within reach) whose name fits ``noun``."""
        fits = _BODY_NAMES[noun]
        for name, _, at in reversed(self.named_bodies):
            if self.sentence_no - at > _NAMED_REACH + 2:
                break
            if fits is None:
                # any name will do, but only the last to speak, just before
                return name if self.sentence_no - at <= 2 and at > self.last_person_at else None
            if any(w.strip(",.") in fits for w in name.split()):
                return name
        if fits is not None:
            # a body named only in passing, not as a speaker: "Ashford Town kept their title
            # hopes alive ... according to the club"; of several, the one the article names
            # most often (its subject, not the opponents), then the first named
            named = [name for name in dict.fromkeys(self.orgs.values())
                     if any(w.strip(",.") in fits for w in name.split())]
            if named:
                return max(enumerate(named), key=lambda kn: (self.body.count(kn[1]), -kn[0]))[1]
        if noun in ("regulator", "watchdog"):
            # "Ardmoy Bank has been fined €14.2 million by the Central Bank of Ireland ... The
            # regulator said": the body the article says fined someone
            return self._fining_body()
        return None

    def _fining_body(self) -> str | None:
        """The body the article says fined someone, named in full, if any."""
        fined = _FINED_BY.search(self.body)
        return self._full_org(fined.group(fined.lastgroup)) if fined else None

    def _company_named(self, business: bool = False,
                       firm: bool = False) -> tuple[str, str | None] | None:
        """(name, role) of the latest organisation named as a speaker within reach that is not
        a news outlet ("Bloomberg reported ... The company said" is not Bloomberg) nor a
        person's surname; with ``business``, only a name that says it is a business. A business
        that opened this sentence or the one before comes first ("Lumora shares rose 4%. The
        company reported revenue of ..."); one whose name says nothing of it (``cued``) comes
        last, the one mentioned most often. With ``firm`` ("the company", "the operator", not
        "the group"), no union, institute or other body that is no business."""
        if self.business_subject and self.sentence_no - self.business_subject[1] <= 1:
            return self.business_subject[0], None
        for name, role, at in reversed(self.named_bodies):
            if self.sentence_no - at > _NAMED_REACH:
                break
            words = name.split()
            if (not any(w in _OUTLET_WORDS or w in _PUBLIC_WORDS for w in words)
                    and name not in self.by_surname
                    and not (firm and any(w.strip(",.") in _NOT_BUSINESS_WORDS for w in words))
                    and (not business or _is_business(words))):
                if (name not in self.cued and not _is_business(words)
                        and self.cued and max(self.cued.values()) > self.body.count(name)):
                    # not a body that only says nothing of being a business ("according to data
                    # compiled by MarketLens") over the business the article is about
                    break
                return name, role
        if self.businesses:
            # a business named, though not as a speaker: "Shares in Nimbusline Technologies
            # fell ... Revenue rose 11%, the cloud software company said"; of several, the one
            # named most often (the article's company, not an analyst's employer), then the latest
            counts: dict[str, int] = {}
            latest: dict[str, int] = {}
            for k, (name, _) in enumerate(self.businesses):
                counts[name] = counts.get(name, 0) + 1
                latest[name] = k
            # (of two named as often, the one whose person spoke last: "Havbruk Nordvik chief
            # executive Tone Birkeland said ... The company reported")
            last = self.people.get(self.last_person) if self.last_person else None
            spoke = (last.role or "") if last and self.sentence_no - self.last_person_at <= 2 \
                else ""
            return max(counts, key=lambda n: (counts[n], n.split()[0] in spoke, latest[n])), None
        if self.cued:
            return max(self.cued, key=self.cued.__getitem__), None
        if (self.last_person and self.sentence_no - self.last_person_at <= 2
                and self.last_person.split()[-1] in _BUSINESS_WORDS
                and self.last_person not in self.gender
                and not self.people[self.last_person].role):
            # "..., Khanyisa Power said. The power utility said ...": read as a person at first;
            # a later "Khanyisa said" is the business too
            name = self.last_person
            self.short_names.setdefault(name.split()[0], name)
            self.businesses.append((name, self.sentence_no))
            return name, None
        return None

    def _note_business_subject(self, masked: str) -> None:
        """Remember a business that opens the sentence ("Kudipay, founded in 2021, lets ...")."""
        if not self.cued and not self.businesses:
            return
        rest = masked[_OPENING_WORDS.match(masked).end():]
        # (the longest first: "Northbridge Foods reported", not "Northbridge")
        for name in sorted({*self.cued, *(name for name, _ in self.businesses)}, key=len,
                           reverse=True):
            if rest.startswith(name) and not rest[len(name):len(name) + 1].isalnum():
                self.business_subject = (name, self.sentence_no)
                return

    def _businesses_named(self) -> str | None:
        """"A and B" for the last two businesses named, in the order first named ("the
        companies said" after a merger of two)."""
        first: dict[str, int] = {}
        for k, (name, _) in enumerate(self.businesses):
            first.setdefault(name, k)
        last_two = list(dict.fromkeys(name for name, _ in reversed(self.businesses)))[:2]
        if len(last_two) < 2:
            return None
        a, b = sorted(last_two, key=first.__getitem__)
        return f"{a} and {b}"

    def _named(self, name: str, role: str | None) -> None:
        if name[:1].isupper():
            self.named_bodies.append((name, role, self.sentence_no))
            self._note_org(name)

    def _fuller_business(self, name: str) -> str:
        """A business's name as the article first writes it, when ``name`` is that name
        without its last words and those end in a business word or legal form ("MedPoint" ->
        "MedPoint Pharmacies", "Gulfstar" -> "Gulfstar Mutual Insurance Company", "Khangai
        Copper" -> "Khangai Copper LLC"); else ``name``. Not for a person's surname."""
        if name in self.fuller:
            return self.fuller[name]
        full = name
        words = name.split()
        if len(words) <= 2 and name not in self.by_surname and all(
                w[:1].isupper() for w in words) and words[0] not in ORG_WORDS:
            at = self.body.find(name)
            while at >= 0:
                end = at + len(name)
                if (at and (self.body[at - 1].isalnum() or self.body[at - 1] in "'’-")) or (
                        end < len(self.body)
                        and (self.body[end].isalnum() or self.body[end] in "'’-")):
                    at = self.body.find(name, end)
                    continue  # (inside a longer word)
                m = _NAME_REST.match(self.body, end)
                at = self.body.find(name, end)
                written = m.group(1).split() if m else []
                rest = [_POSSESSIVE.sub("", w) for w in written]  # ("... Cricket Club's ground")
                while rest and not (rest[-1] in _BUSINESS_WORDS or rest[-1] in _BODY_LAST_WORDS
                                    or rest[-1] in _COMPANY_FORMS or rest[-1] in _CARE_WORDS):
                    # (a club: "Hallamshire"; a hospital group: "Harlow Valley Health")
                    rest = rest[:-1]
                if not rest and written and written[0] in TITLE_WORDS:
                    continue  # "Khangai Copper Chief Executive Officer Andrew Feldman"
                if rest and not any(w in _NOT_SOURCES or w in TITLE_WORDS and not (
                        w in _CARE_WORDS or w in _BUSINESS_WORDS) for w in rest):
                    full = " ".join(words + rest)
                break  # the name as the article first writes it (not a case caption's at the end)
        self.fuller[name] = full
        return full

    def _auditor(self, masked: str) -> str | None:
        """The body whose auditors an article means: the maker of an audit it names ("an audit
        by X", "X's audit", "X released an audit"), else the first body named in it whose name
        says it audits ("Office of the State Auditor", "Audit Department")."""
        before = self.body[:max(self.body.find(masked), 0)] or self.body
        for pattern in (_MADE_BY, _MADE_OWNED, _MADE_RELEASED):
            for m in pattern.finditer(before):
                if m.group("doc").startswith("audit"):
                    name, role, kind = split_phrase(_clean_phrase(_maker_text(m.group("who"))))
                    if name and (kind == "org" or kind == "entity" and not role):
                        return self._full_org(self.acronyms.get(name, name))
        m = _AUDIT_BODY.search(self.body)
        if m is None:
            return None
        return _POSSESSIVE.sub("", m.group().removeprefix("the ").removeprefix("The "))

    def _body_starting(self, name: str) -> str | None:
        """A body named before whose name is ``name`` and then only words of a body's name
        ("Atlantic Meridian Energy", "Great Lakes Midstream Company" for ``name`` "Atlantic
        Meridian", "Great Lakes Midstream")."""
        start = name + " "
        for org in reversed(list(self.orgs.values()) + [n for n, _, _ in self.named_bodies]
                            + [n for n, _ in self.businesses]):
            if org.startswith(start) and all(
                    w in _BUSINESS_WORDS or w in ORG_WORDS or w.rstrip(".") in _COMPANY_FORMS
                    for w in org[len(start):].split()):
                return org
        return None

    def _document_maker(self, noun: str, earlier: str) -> str | None:
        """Who made the document "the <noun>" when no rule knew: the maker the article names
        with a document of that kind in the text ``earlier`` ("a report by X", "X's report",
        "X released a report"), else the only maker of any document named so far, else the
        body named as a speaker most recently (within reach) that is no news outlet, else the
        body the article names most often."""
        stem = noun[:-1] if noun.endswith("s") and noun[:-1] in _DOCUMENTS else noun
        for pattern in (_MADE_BY, _MADE_OWNED, _MADE_RELEASED):
            for m in pattern.finditer(earlier):
                if m.group("doc").rstrip("s") != stem.rstrip("s"):
                    continue
                # (a name ends with its sentence: "... by the City Controller's Office. The")
                name, _, kind = split_phrase(_maker_text(m.group("who")))
                if name and kind in ("org", "entity"):
                    return self._full_org(self.acronyms.get(name, name))
                body = self._refer_body(name.split()[-1]) if kind == "unnamed" else None
                if body:
                    return body[0]  # ("the Ministry's annual report": the ministry named before)
        if len(set(self.documents.values())) == 1:
            return next(iter(self.documents.values()))
        for name, _, at in reversed(self.named_bodies):
            if self.sentence_no - at > _NAMED_REACH:
                break
            if not any(w in _OUTLET_WORDS for w in name.split()):
                return name
        # the body the article names most often (at least twice), which a report it cites is
        # most likely from
        # (of two named as often, the one named first: the order never depends on hashing)
        known = dict.fromkeys([*self.orgs.values(), *(n for n, _, _ in self.named_bodies)])
        # (named in full first, then as "the council" for "Carwyn Valley County Borough
        # Council")
        counts = {n: (self.body.count(n), self.body.count(f"the {n.split()[-1].lower()}")
                      + self.body.count(f"The {n.split()[-1].lower()}")) for n in known
                  if " " in n and not any(w in _OUTLET_WORDS for w in n.split())}
        best = max(counts, key=lambda n: (counts[n], -self.body.find(n)), default=None)
        return best if best and sum(counts[best]) >= 2 else None

    def _full_org(self, name: str) -> str:
        """An organisation's full name when the article named it in full before ("the Fiscal
        Review Office" after "the Congressional Fiscal Review Office", "Vantorre" after "Vantorre
        Home Products Inc", "the Met Service" after "the St Lucerne Meteorological Service")."""
        if name in self.short_names:
            return self.short_names[name]
        swapped = _NOUN_DEPARTMENT.match(name)
        if swapped:
            # "the Justice Department" after "the U.S. Department of Justice"
            full = f"{swapped.group(2)} of {swapped.group(1)}"
            for org in reversed(list(self.orgs.values()) + [n for n, _, _ in self.named_bodies]):
                if org.endswith(full):
                    return org
        if name.startswith("Met "):
            name_met = "Meteorological " + name[4:]
            for org in reversed(list(self.orgs.values()) + [n for n, _, _ in self.named_bodies]):
                if org.endswith(name_met):
                    return org
        if len(name.split()) < 2:
            if name.lower() in _SINGULAR_BODIES and name.lower() in self.orgs:
                # "The Secretariat said" after "the Debt Restructuring Secretariat said"
                return self.orgs[name.lower()]
            if name[:1].isupper() and "HM " + name in self.body:
                return "HM " + name  # "a Treasury spokesperson" after "HM Treasury"
            return name
        tail = " " + name
        for org in reversed(list(self.orgs.values()) + [n for n, _, _ in self.named_bodies]
                            + [n for n, _ in self.businesses if " and " not in n]):
            if org.endswith(tail) or org.startswith((name + " for ", name + " of ")) or (
                    org.startswith(name + " ") and (org.split()[-1].rstrip(".") in _COMPANY_FORMS
                                                    or org.count(" ") == name.count(" ") + 1
                                                    and org.split()[-1] not in ORG_WORDS)):
                # (and "Abrafo Gold" after "Abrafo Gold Mining Limited", also when that was
                # named only in passing, as a business)
                # ("the Halvern Institute" after "the Halvern Institute for Ageing Research";
                # "Austral LNG" after "Austral LNG Mozambique", a company's local arm)
                return org
        return name

    def _described_body(self, words: list[str]) -> str | None:
        """The organisation named before whose name ends with the words of "the weather
        bureau" ("National Weather Bureau"), or that a "think tank" is."""
        if words[-2:] == ["think", "tank"]:
            return self._body_named("tank")
        known = list(self.orgs.values()) + [n for n, _, _ in self.named_bodies]
        if words[-2:] == ["central", "bank"]:
            # "the central bank" after "the Zimbabwe Monetary Authority", "the Bank of Kestria"
            return next((org for org in reversed(known) if _A_CENTRAL_BANK.search(org)), None)
        tail = " " + " ".join(words[1:]).lower()
        for org in reversed(known):
            if org.lower().endswith(tail):
                return org
        if len(words) == 3 and words[2] in ("body", "agency", "office", "watchdog", "regulator"):
            # "the statistics body" after "the Office for Population Statistics"
            for org in reversed(known):
                if words[1] in org.lower().split():
                    return org
        return None

    def _refer_body(self, noun: str) -> tuple[str, str | None] | None:
        """(name, role) of the organisation named before that "the <noun>" most likely means, or
        None: "the alliance" after "the Dale Patients' Alliance", "the bank" after "the National
        Bank of Kestria", "the chipmaker" after "Nvidia reported", "the agency" or "the force"
        after a body whose name fits ("West Yorkshire Police")."""
        if noun in self.orgs:
            org = self.orgs[noun]
            if noun == "bank" and _CENTRAL_BANK.search(org):
                # "the bank" after "Ardmoy Bank has been fined by the Central Bank": Ardmoy Bank
                banks = [n for n in dict.fromkeys(
                    [*self.orgs.values(), *(n for n, _ in self.businesses)])
                    if n.split()[-1] == "Bank" and not _CENTRAL_BANK.search(n)]
                if banks:
                    return max(banks, key=self.body.count), None
            return org, None
        if _is_company_noun(noun):
            return self._company_named(firm=noun != "group")
        body = self._body_named(noun) if noun in _BODY_NAMES else None
        return (body, None) if body else None

    def _note_described(self, masked: str) -> None:
        """Remember what a body named in the sentence is said to be: "the contract was awarded
        to Aquaneva Desalination, a consortium led by ...": a later "the consortium" is it."""
        for m in _DESCRIBED_AS.finditer(masked):
            named = _NAME_BEFORE.search(masked, max(0, m.start() - 80), m.start())
            if not named:
                continue
            name = named.group("name")
            if name.split()[0] in ("The", "A", "An") or name in self.gender or (
                    name in self.people and self.people[name].role):
                continue  # (a person: "Ana Ruiz, the company's founder")
            kind = split_phrase(name)[2]
            if kind not in ("person", "org", "entity"):
                continue
            noun = m.group("noun")
            self.orgs[noun] = name
            self.short_names.setdefault(name.split()[0], name)
            if _is_company_noun(noun):
                self.businesses.append((name, self.sentence_no))

    def _note_described_before(self, masked: str) -> None:
        """Remember a body described before its name: "Chile's grid operator, the Coordinador
        Eléctrico Nacional, ...": a later "the operator", in this sentence or after it, is that
        body, whatever its name reads like."""
        if not _may_describe_before(masked):
            return
        for m in _DESCRIBED_BEFORE.finditer(masked):
            if masked[:m.start("noun")].rstrip().endswith((" of the", " at the", " for the")):
                continue  # "the head of the agency, Giorgi Lomidze,": its head
            name, role, kind = split_phrase(m.group("name"))
            if name and not role and (kind in ("org", "entity") or kind == "person" and (
                    m.group("the"))) and name not in self.people:
                self.orgs[m.group("noun")] = name

    def _note_documents(self, masked: str) -> None:
        """Remember who published the documents a sentence cites ("a report published today by
        the charity Silver Thread", "the annual report of the Port Aldane Police Service", "the
        Whenuaroa Regional Council's annual State of the Environment report", "the IMF
        statement")."""
        if "report" in masked or "statement" in masked:
            for m in _DOCUMENT_OF.finditer(masked):
                who = m.group("who") or m.group("owner") or m.group("acr")
                name, _, kind = split_phrase(who)
                if name and kind in ("org", "entity"):
                    self.documents.setdefault(
                        m.group("doc") or m.group("doc2") or m.group("doc3"),
                        self.acronyms.get(name, name))
        if "by " not in masked and "from " not in masked:
            return
        for m in _DOCUMENT_BY.finditer(masked):
            if m.group("body"):
                self.documents[m.group("doc")] = m.group("body")  # "the regional river agency"
                continue
            name, _, kind = split_phrase(m.group("who"))
            if name and kind in ("org", "entity", "person"):
                self.documents[m.group("doc")] = name

    def _note_body(self, name: str) -> None:
        """Remember a business or club whose name has no word that ``ORG_WORDS`` knows."""
        words = name.split()
        self.orgs[words[-1].lower()] = name
        if words[-1] in _BUSINESS_WORDS:
            self.businesses.append((name, self.sentence_no))
            first = words[0]
            if (len(words) == 2 and first[1:].islower() and first not in ORG_WORDS
                    and first not in _GENERIC_FIRST and not _NATIONALITY.match(first)):
                self.short_names.setdefault(first, name)  # "Halvorsen" for "Halvorsen Biologics"
        elif words[-1] in _BODY_NAMES["club"]:
            self.short_names.setdefault(words[-1], name)  # "Rovers said"

    def _note_org(self, org: str) -> None:
        """Remember an organisation's short name ("Nimbusline" for "Nimbusline Technologies")
        and, if it is a business, that it was named."""
        words = [w.strip(",.") for w in _POSSESSIVE.sub("", org).split()]
        if not words or not any(w in ORG_WORDS for w in words[1:]):
            return
        if _is_business(words) and not any(w in _OUTLET_WORDS for w in words):
            self.businesses.append((org, self.sentence_no))
        initials = _initials(words)
        if initials:
            # "the FRA said" after "the Federal Railroad Administration" (an acronym the article
            # never spells out in brackets)
            self.acronyms.setdefault(initials, " ".join(words))
        first = words[0]
        if ((2 <= len(words) <= 3 or (len(words) == 4 and words[-1] in _COMPANY_FORMS))
                and first not in ORG_WORDS and first not in _GENERIC_FIRST
                and first[:1].isupper() and first[1:].islower() and not _NATIONALITY.match(first)):
            known = self.short_names.get(first)
            if not (known and _is_business(known.split()) and not _is_business(words)):
                # ("Vantorre" for "Vantorre Home Products Inc"; but "Quillon" stays "Quillon
                # Technologies" when the article later names its product "Quillon Office")
                self.short_names[first] = " ".join(words)
            if words[-1] in _COMPANY_FORMS and len(words) >= 3:
                # "Mwangaza Heights" for "Mwangaza Heights Ltd"
                self.short_names[" ".join(words[:-1])] = " ".join(words)

    def _role_holder(self, noun: str) -> Person | None:
        """The person last named with a role ending in ``noun`` ("minister": "Finance
        Minister"), if any."""
        noun = noun.lower()
        nouns = {noun, *_SAME_ROLE.get(noun, ())}  # ("the judge": Justice Wanjiru Gathoni)
        holders = [
            p for p in self.people.values()
            if p.role and any(h == n or h.endswith(" " + n) for h in _role_heads(p.role)
                              for n in nouns)
        ]
        return max(holders, key=lambda p: p.position) if holders else None

    def _pronoun(self, pronoun: str, mentions, rest: str = "") -> tuple[str | None, str | None]:
        if PRONOUNS[pronoun] == "person":
            # candidates: people named earlier in this sentence (latest first), the last subject
            # or speaker if recent, then everyone by recency; the first whose pronoun so far
            # agrees (he/she) is taken. Not someone named after the pronoun ("He described
            # Montalvo as ...": not Montalvo).
            if (self.last_unnamed and self.last_unnamed[1] in (pronoun, None) and not mentions
                    and self.last_unnamed[2] > self.last_person_at
                    and self.sentence_no - self.last_unnamed[2] <= 2):
                # the unnamed spokeswoman who spoke last, not a woman named before her
                # (still the one meant two sentences on: "..., she said. '...' She added")
                self.last_unnamed = (*self.last_unnamed[:2], self.sentence_no, self.last_unnamed[3])
                return self.last_unnamed[0], self.last_unnamed[3]
            candidates = [name for _, name, _ in reversed(mentions)]
            before, before_at = self.previous_speaker
            if (mentions and before and before not in candidates
                    and _TRAILING_PRONOUN.match(rest) and self.sentence_no - before_at <= 2):
                # "Her neighbour, Tom Baird, stayed behind ..., she said.": who is spoken of
                # comes before the closing "she said"; the speaker is the one just quoted
                candidates.insert(0, before)
            if self.last_person and self.sentence_no - self.last_person_at <= 3:
                candidates.append(self.last_person)
            candidates += [p.name for p in sorted(self.people.values(), key=lambda p: -p.position)]
            later = set(_WORDS.findall(rest)) if rest else set()
            for name in candidates:
                if name.split()[-1] in later:
                    continue
                if self.gender.get(name, pronoun) == pronoun:
                    self.gender[name] = pronoun
                    self.last_person, self.last_person_at = name, self.sentence_no
                    person = self.people.get(name)
                    return name, person.role if person else None
            return None, None
        if PRONOUNS[pronoun] == "group":
            return self.last_group or (None, None)
        return self.last_thing or (None, None)


_INTO_NAME = re.compile(r"\s+into\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")

_THE_BEFORE = re.compile(r"\bthe\s+$")

_BASED_ENDS = ("-based", "-listed", "-headquartered", "-owned")

# A sentence that opens with an unnamed body: "The district spent ...".
# An unnamed spokesperson whose body the phrase does not say.
_BARE_SPOKESPEOPLE = frozenset(
    f"{a} {n}" for a in ("a", "the") for n in ("spokesman", "spokeswoman", "spokesperson"))

_THE_BODY_OPENS = re.compile(r"\s*[Tt]he\s+(?:(?P<noun>[a-z]+)\s|(?P<acr>[A-Z]{2,8})['’]s\s)")

_THE_ROLE_SUBJECT = re.compile(r"\s*(?:But\s+|And\s+)?[Tt]he\s+([a-z]+)\s+(?:has|had|is|was|will|"
                               r"would|also|then|later|[a-z]+ed)\b")

# Words that open a sentence before the body they belong to: "Shares of Brightwater Foods".
_HOLDERS_OF = frozenset(
    "shares stock stocks units customers staff workers employees members officials users owners "
    "investors bondholders creditors".split())

# A pronoun and a reporting verb closing the sentence: "..., she said."
_TRAILING_PRONOUN = re.compile(r"\s*(?:he|she)\s+[a-z]+(?:\s+[a-z]+)?\s*[.!?]?[\"”’']*\s*$")

_PRONOUN_VERB = r"(?:was|is|had|has|would|will|could|did|lost|won|felt|believed|wanted)\b"
_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+\w+|added|insisted|claimed|argued|explained)\s+(?:that\s+)?"
    rf"(he|she)\s+{_PRONOUN_VERB}")
# What every match of ``_SAID_PRONOUN`` ends with ("she" ends in "he"): a search for it skips
# from one "he" to the next, where the whole pattern is tried at every position, so a sentence
# without it is passed over in a tenth of the time.
_HE_VERB = re.compile(rf"he\s+{_PRONOUN_VERB}")

_SHORT_TITLES = SHORT_TITLES

_COURTESY = frozenset("Mr Mrs Ms Miss Mx".split())

_SPEAKS_FOR = frozenset(
    "spokesperson spokesman spokeswoman representative representatives publicist office "
    "campaign team".split())

_AGE_IN_ROLE = _RememberedPattern(r"\b(\d{1,3})-year-old\b")

_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")

# Unnamed people a later he or she may mean: "one engineer", "a witness".
_LONE_PEOPLE = frozenset(
    "engineer witness resident worker nurse midwife teacher student employee neighbour "
    "neighbor passenger driver farmer mother father woman man survivor victim parent shopkeeper "
    "owner customer patient doctor soldier officer volunteer".split())

# "the agency", "the force" ...: the words an organisation's name has for each (None: any name).
# Last words of a club's name ("the club", "the side", "the Ayrshire outfit" mean it).
_CLUB_WORDS = frozenset(("FC", "United", "City", "Club", "Rovers", "Athletic", "Wanderers",
                         "Albion", "Town", "County", "Rangers", "Hotspur", "Villa", "Olympic",
                         "Sporting", "Dynamo"))
_BODY_NAMES = {
    "agency": {"Agency", "Authority", "Service", "Administration", "Bureau", "Office",
               "Commission", "Department", "Directorate"},
    "force": {"Police", "Constabulary", "Force"},
    "union": {"Union", "Workers", "Federation", "Association", "GMB", "Unite", "Unison", "RMT"},
    "council": {"Council"},
    "ministry": {"Ministry", "Department"},
    "regulator": {"Authority", "Commission", "Office", "Ofcom", "Ofgem", "Ofwat", "Regulator",
                  "FCA", "SEC", "FTC"},
    "club": _CLUB_WORDS,
    "party": {"Party"},
    "mission": {"Mission"},
    "commission": {"Commission"},
    "board": {"Board", "Trust"},
    "inquiry": {"Inquiry"},
    "consortium": {"Consortium"},
    "coalition": {"Coalition"},
    "studio": {"Pictures", "Studios", "Films", "Entertainment"},
    "bloc": {"Community", "Union", "Bloc", "Alliance", "Organisation", "Organization",
             "Association", "Cooperation", "Council", "States"},
    "tank": {"Institute", "Foundation", "Centre", "Center", "Trust", "Forum", "Council"},
    "side": _CLUB_WORDS,
    "outfit": _CLUB_WORDS,
    # (company, firm, airline ... are _COMPANY_NOUNS, tried first)
    "charity": None, "body": None, "organisation": None, "organization": None, "website": None,
}


@functools.lru_cache(maxsize=4096)
def _gender_of(role: str) -> str | None:
    """"he" or "she" if a role says which ("Mr", "her father", "spokeswoman for ..."): its first
    gendered word; None if none or both. (Remembered: the same roles come back.)"""
    words = role.replace(",", " ").split()
    # (not a word of a proper name: "on Sir Aran County Council", "King County"; nor "chairman" or
    # "spokesman", which many papers use for women too: "committee chairman Datuk Noraini ...
    # She said")
    found = {_GENDERED_NOUNS[w.lower()] for k, w in enumerate(words)
             if w.lower() in _GENDERED_NOUNS and not w.lower().endswith("man")
             and not (w[:1].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper())}
    return found.pop() if len(found) == 1 else None


def find_speaker(sentence: str) -> tuple[str | None, str | None, bool]:
    """(speaker, role, is_pronoun) for one sentence on its own, without article context."""
    att = find_attribution(sentence)
    if att is None:
        return None, None, False
    name, role, kind = split_phrase(att.phrase)
    if att.role:
        role = _role_text(att.role)
    return name, role, kind == "pronoun"


# What may come before a sentence's subject: quotation marks, an opening conjunction, "The".
_OPENING_WORDS = re.compile(
    r"[\s\"“‘'(]*(?:(?:But|And|Meanwhile|However|Still|Also|Yet)[\s,]+)?(?:The\s+)?")

_OPENING = re.compile(
    r"^[\s\"“‘'(]*(?:(?:But|And|So|Yet|However|Meanwhile|Still|Then|Now|Also|Instead|Earlier|"
    r"Later|Today)[\s,]+)*"
    # "Among them is Margaret Hollis, 74, ...": she is the sentence's subject
    r"(?:Among\s+(?:them|those)\s+(?:is|was|are|were)\s+)?$"
)

# An opening phrase before the subject: "Asked why she left the bank, Mendes was blunt."
_OPENING_PHRASE = re.compile(r"^[\s\"“‘'(]*[A-Z][^,;:\"“”()]{1,80},\s*$")


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether only an opening conjunction or adverb comes before ``pos`` in ``text``."""
    return pos <= 0 or bool(_OPENING.match(text, 0, pos)) or bool(
        _OPENING_PHRASE.match(text, 0, pos))


# Unnamed sources that are one body, not people: "it" may refer back to them.
_SINGULAR_BODIES = frozenset(
    "company firm airline bank ministry department government council committee agency court "
    "union authority regulator watchdog charity group association federation commission board "
    "university hospital school club team party police army military administration office "
    "network channel newspaper website operator retailer chain carrier insurer lender alliance "
    "organisation organization institute trust foundation coalition coastguard bloc "
    "secretariat directorate inspectorate tribunal chamber co-operative cooperative".split()
)

# A word before a role noun that describes its holder, not the role: a nationality or an age.
_DESCRIBES_PERSON = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)|\d{1,3}-year-old)$")

# "the company", "the chipmaker": a business that a name given shortly before may be.
_COMPANY_NOUNS = frozenset(
    "company firm group retailer airline carrier lender insurer bank supermarket conglomerate "
    "co-operative cooperative co-op housebuilder homebuilder "
    "startup start-up manufacturer broadcaster publisher miner brewer builder developer "
    "exporter supplier distributor platform maker provider operator utility brokerage "
    "consultancy app".split()
)

# What only a body is, never a person: "the railway operator, X" is a body whatever X reads
# like (not "developer", "builder" or "publisher", which people are too).
# A body described after its name: "Aquaneva Desalination, a consortium led by", "Junlong
# Property Group, the Shenzhen-based developer,".
_DESCRIBED_AS = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>consortium|company|firm|operator|developer|"
    r"utility|cooperative|co-operative|lender|insurer|carrier|airline|charity|regulator|watchdog|"
    r"alliance|coalition|retailer|miner|manufacturer|conglomerate|startup|start-up|"
    r"supplier|app|platform)(?=[,.;]|\s+(?:led|based|owned|run|that|which|whose|behind|formed|"
    r"set|controlled|backed|founded|created|listed|registered|with)\b)")
# A body described before its name: "Chile's grid operator, the Coordinador Eléctrico
# Nacional, curtailed ...".
_DESCRIBED_NOUNS = ("operator", "regulator", "watchdog", "utility", "lender", "insurer", "carrier",
                    "airline", "union", "agency", "authority", "charity")
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|[\s(])(?:[A-Z][\w’'-]*['’]s\s+|the\s+)(?:[a-z][\w-]*\s+){0,2}"
    rf"(?P<noun>{'|'.join(_DESCRIBED_NOUNS)}),\s+"
    r"(?P<the>the\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|de|del|do|da|des|du|la|"
    r"le|&)\s+)*[A-Z][\w’'&.-]*){0,6}),")


def _may_describe_before(text: str) -> bool:
    """Whether ``text`` has one of ``_DESCRIBED_NOUNS`` just before a comma, as every match of
    ``_DESCRIBED_BEFORE`` does: a test of what ends each stretch between commas, several times
    cheaper than the pattern, which is tried at every position."""
    parts = text.split(",")
    parts.pop()
    for part in parts:
        if part.endswith(_DESCRIBED_NOUNS):
            return True
    return False


_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?"
                          r"[A-Z][\w’'&-]*){0,5})$")
# Documents that a maker publishes, for the patterns below (each also in the plural).
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SENTENCE_GAP = re.compile(r"[.!?]\s+")
_ON_A_DAY = re.compile(rf"\s+on\s+{_WEEKDAY}\b.*$")


def _maker_text(who: str) -> str:
    """A maker's name as a pattern found it, without what ran past it: "the City Controller's
    Office. The" (the next sentence), "the RSSSB on Sunday" (a day)."""
    return _ON_A_DAY.sub("", _SENTENCE_GAP.split(who, 1)[0])

_MAKER_DOCS = (r"(?:report|audit|study|survey|review|filing|order|decision|document|statement|"
               r"analysis|assessment|summary|complaint|release|notice|letter|proposal|"
               r"application|draft|regulation|paper|resolution|disclosure|memo|decree)s?")
# A speaker that is only a document: "the report", "the 48-page report", "a consent order".
_DOCUMENT_PHRASE = _RememberedPattern(
    rf"^(?:the|a|an|its|that|this)\s+(?:[\w-]+\s+){{0,3}}?(?P<doc>{_MAKER_DOCS}|findings|figures|"
    r"data)$")
# Where an article names a document's maker: "a report by X", "X's annual report", "X on
# Tuesday released a performance audit".
_MADE_BY = re.compile(
    rf"\b(?P<doc>{_MAKER_DOCS})\s+(?:(?:of|on|into)\s+(?:the\s+)?[\w-]+\s+)?"
    rf"(?:(?:[a-z-]+|{_WEEKDAY})\s+){{0,4}}?(?:by|from)\s+(?P<who>(?:the\s+)?{_CAPRUN}"
    r"(?:\s+(?:town|city)\s+(?:hall|council)\b)?)")  # ("by Alhaurín del Mar town hall")
_MADE_OWNED = re.compile(
    rf"(?P<who>{_CAPRUN})['’]s\s+(?:[\w-]+\s+){{0,3}}?(?P<doc>{_MAKER_DOCS})\b")
_MADE_RELEASED = re.compile(
    rf"(?P<who>{_CAPRUN})\s+(?:(?:on|last|this)\s+\w+\s+)?(?:released|published|issued|"
    r"tabled|presented|filed|unveiled|submitted|produced)\s+(?:a|an|its|the|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<doc>{_MAKER_DOCS})\b")

# A sentence that opens with a document and names its maker: "The report into X, published
# by Y on Thursday, found", "The State Audit Office report, tabled in parliament, found".
_DOCUMENT_SUBJECT_MADE = re.compile(
    rf"\s*(?:The\s+(?:[\w-]+\s+){{0,2}}?{_MAKER_DOCS}\b[^.;:\"“”]{{0,120}}?,\s+(?:published|"
    r"released|issued|prepared|tabled|produced|compiled|conducted)\s+"  # (not "commissioned")
    rf"(?:[a-z]+\s+){{0,2}}?by\s+(?:the\s+)?(?P<by>{_CAPRUN})"
    rf"|The\s+(?P<owner>{_CAPRUN})\s+(?:[a-z-]+\s+){{0,2}}?{_MAKER_DOCS}\b)")

def _made_by(made: re.Match) -> str:
    """The maker ``_DOCUMENT_SUBJECT_MADE`` found, without a trailing time or possessive."""
    return _POSSESSIVE.sub("", _clean_phrase(made.group("by") or made.group("owner")))


# Any speaker phrase that is a document: "a report to cabinet", "the board's decision", "a
# company disclosure", "a summary prepared by district staff".
_ANY_DOCUMENT = _RememberedPattern(
    r"^(?:(?P<det>the|a|an|its|their|this|that|these|those)|(?:the\s+)?"
    r"(?P<owner>[a-z]+(?:\s+[a-z]+)?)['’]s)"
    # (the documents whose maker an article names, and more that it seldom does)
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?P<doc>{_MAKER_DOCS}|(?:figures|data|findings|accounts|records|"
    r"submission|plan|website|results|minutes|note|log|ruling|calculations|estimates|"
    r"projections|presentation|bulletin|motion|notification|circular|directive|list)s?)"
    # (what may follow it: who it went to, who made it and how; not a noun it is the first
    # word of: "the audit office")
    r"(?P<tail>\s+(?:to|by|from|of|for|on|in|prepared|released|published|issued|compiled|"
    r"distributed|posted|filed|produced|drawn|put|sent|signed|presented|submitted|tabled|the|"
    r"[A-Z])\b.*)?$")
# A body named by a word of its name and what it is: "the growers' council".
_QUALIFIED_BODY = _RememberedPattern(r"^the\s+(?P<q>[a-z]+['’])\s+(?P<noun>[a-z]+)$")
_STAFF_WORDS = frozenset("staff officials officers employees".split())
_NOUN_STAFF = _RememberedPattern(
    rf"^(?:the\s+)?(?P<noun>[a-z]+)\s+(?:{'|'.join(sorted(_STAFF_WORDS))})$")

# What a sentence opens with: "The railroad", "Blue Channel Resorts".
# A label before the sentence proper: "By the numbers:", "Key figure:", "Why it matters:".
_LEADING_LABEL = re.compile(r"\s*[A-Z][a-z]*(?:\s+[a-z]+){0,3}:\s+(?=[A-Z])")
# Words that open a sentence and name nobody.
_NOBODY_OPENERS = frozenset(
    "by in on at for from after before with under over as but and however yet so also still "
    "meanwhile since during despite although while when if".split())
_OPENING_BODY = re.compile(
    r"\s*(?:The\s+(?P<noun>[a-z]+)\b|(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:&\s+)?[A-Z][\w'’&-]*)*))")
# "a report to West Marden District Council's planning committee": the council's (its officers
# write what goes to its committees)
_TAIL_TO = re.compile(
    r"\s+to\s+(?P<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&-]*)*)"
    r"(?:['’]s\s.*)?$")
_TAIL_MADE_BY = re.compile(
    r"\s+(?:(?:prepared|released|published|issued|compiled|distributed|posted|filed|"
    r"produced|drawn\s+up|put\s+out|sent|signed)\s+)?(?:[a-z]+\s+){0,3}?by\s+(?P<who>.+)$")
_TAIL_MAKER_MADE = re.compile(
    r"\s+(?P<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]*)*)\s+"
    r"(?:distributed|released|published|issued|prepared|filed|sent|submitted|posted|"
    r"circulated|presented|compiled|produced)\b")

# A speaker phrase that is a document and its maker: "a report by patient watchdog X" (and see
# ``_SUBMITTED_BY``: "a paper X submitted to lawmakers").
_DOCUMENT_MADE = _RememberedPattern(
    rf"^(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_MAKER_DOCS}\s+"
    r"(?:by|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?P<noun>[a-z-]+)\s+)?(?P<who>[A-Z][^,;]*)$")

_DOCUMENT_ROLE = _RememberedPattern(
    rf"^(?:[\w-]+\s+){{0,2}}?{_MAKER_DOCS}\s+(?:by|from)\b(?:\s+(?:the|its|their|his|her))?")

# The first part of a body's name that has "by" or "to" inside: "the [Citizenship] by
# Investment Unit", "the [Harlan County Freedom] to Read Coalition".
_NAME_WITH_BY = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(by|to)\s+$")

# A minister's field listed before the last word of it: "Minister for Culture, Tourism and".
_FIELD_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:[A-Z][\w'’-]*,?\s+){1,4}(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)?$")

# Auditors as a speaker: "auditors", "the auditors", and ("a decline the auditors
# attributed") the end of a phrase the rules cut wrong.
_AUDITORS = _RememberedPattern(r"(?:^|\s)(?:the\s+)?auditors$", re.IGNORECASE)
# A body whose name says it audits: "the Office of the State Auditor", "the State Audit
# Office", "the Ashby County Auditor's Office", "the City Controller's Office".
_AUDIT_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]*|of|the)\s+){0,4}(?:Auditor-General(?:['’]s)?|"
    r"Auditor['’]s|Auditor|Audit|Controller['’]s|Comptroller['’]s)\b(?!['’])"
    r"(?:\s+(?:[A-Z][\w-]*|of|the))*"
    r"(?<![\s,])(?<!\bof)(?<!\bthe)")

# "Justice Department", "Health Ministry": a department named by its field first.
_NOUN_DEPARTMENT = _RememberedPattern(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)\s+(Department|Ministry)$")

# A sentence that opens with a body's name and then a word in lower case, whatever it is
# ("Meridian Valley Health will eliminate"), and what such a body may be described as at the
# sentence's end besides a company or another singular body ("the nonprofit health system").
_SELF_NAMED_OPENING = re.compile(
    r"[\s\"“‘'(]*(?:The\s+)?([A-Z][\w’'&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+|&\s+)?"
    r"[A-Z][\w’'&.-]*)"
    # ("TuS Nordhessen Kassel, the second-division football club that ..., has agreed")
    r"{0,6})(?:\s+\([A-Z][A-Za-z]{1,7}\))?(?:,\s+(?P<what>(?:the|a|an)\s+[^,;:\"“”]{3,120}?),)?\s+([a-z]+)\b")
# A document that the attribution names without its maker: "a report", "the latest survey".
_UNMADE_DOCUMENT = _RememberedPattern(
    r"^(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?P<doc>report|study|survey|audit|review|analysis|"
    r"statement|document|filing|assessment|order|decree|decision|resolution)$")
_SELF_DESCRIBED_NOUNS = frozenset(("system", "network", "provider", "body"))
_PREPOSITION_WORDS = frozenset("of for and in at on to from with by".split())

# A sentence that opens with a name and then a verb in lower case: "Gulfbridge Terminals operates".
_NAMED_OPENING = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w’'&-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'&-]*){0,8})\s+"
    r"(?:[a-z]+(?:s|ed)|"
    r"lost|made|paid|spent|took|had|sold|cut|won|grew|fell|rose|got|gave|built|kept|held|ran|"
    r"left|saw)\b")
_PREPOSITION_IN = re.compile(r"\b(?:of|at|for|with|to|from|in)\b")
_ONLY_BODIES = frozenset(
    "operator company firm consortium utility carrier airline lender insurer manufacturer "
    "retailer supermarket conglomerate cooperative co-operative".split())

# A person named after the title of a post: "The Governor of Edemora State, Mr Olumide
# Adeyanju, ...".
_NAME_AFTER_TITLE = re.compile(
    r",\s+(?:(?P<hon>Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")

# The rest of a body's name that lists what it covers: "Department of Agriculture| , Food and
# the Marine", "Department for Environment| , Food and Rural Affairs".
_ORG_LIST_TAIL = re.compile(r",\s+[A-Z][a-z]+\s+and\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b")

# The rest of a body's name after its short form: " of Ireland", " for the Arts Council".
_ORG_NAME_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")

# A document and who made it: "a notification the company submitted to ...".
_SUBMITTED_BY = _RememberedPattern(
    r"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:notification|notice|filing|report|statement|letter|"
    r"submission|document|application|paper|draft)\s+(?:that\s+)?(?P<who>the\s+[a-z]+|"
    r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+(?:had\s+)?(?:submitted|filed|"
    r"sent|issued|published|released|gave|provided|lodged)\b")

# Common Spanish surnames, which as the last of three names are the second (maternal) surname:
# "Daniela Ruvalcaba Torres" is Ruvalcaba in a later mention.
_SPANISH_SECOND_SURNAMES = frozenset(
    "García Garcia Rodríguez Rodriguez González Gonzalez Fernández Fernandez López Lopez "
    "Martínez Martinez Sánchez Sanchez Pérez Perez Gómez Gomez Martín Martin Jiménez Jimenez "
    "Ruiz Hernández Hernandez Díaz Diaz Moreno Álvarez Alvarez Muñoz Munoz Romero Alonso "
    "Gutiérrez Gutierrez Navarro Torres Domínguez Dominguez Vázquez Vazquez Ramos Gil Ramírez "
    "Ramirez Serrano Blanco Molina Morales Suárez Suarez Ortega Delgado Castro Ortiz Rubio "
    "Marín Marin Sanz Núñez Nunez Iglesias Medina Garrido Cortés Cortes Castillo Santos Lozano "
    "Guerrero Cano Prieto Méndez Mendez Cruz Flores Herrera Peña Pena León Leon Márquez Marquez "
    "Cabrera Gallego Calvo Vidal Campos Reyes Vega Fuentes Carrasco Diez Aguilar Castañeda "
    "Castaneda Rojas Mendoza Vargas Silva Rivera Soto Contreras Sandoval Salazar".split())

# A document's length: "the 58-page report".
_PAGES = re.compile(r"^\d+-page$")
# A document a body owns: "the inquiry's 340-page report", "the commission's final report".
_OWNED_REPORT = _RememberedPattern(
    r"^(?:the\s+)?([a-z]+|[A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}(?:report|study|review|survey|"
    r"analysis|findings|investigation|audit|data|figures|statement|plan|submission|filing|papers|"
    r"accounts|projections|bulletin|notice|motion|ruling|application|assessment|calculations|"
    r"estimates|complaint|presentation|proposal|documents)$")

# A document of "its": "according to its own board papers", "according to its annual report".
# A document named by the kind of body it is from: "a company press release", "agency budget
# documents", "the club's latest accounts".
_BODY_DOCUMENT = _RememberedPattern(
    r"^(?:(?:a|an|the)\s+)?(?P<noun>[a-z]+)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:report|reports|"
    r"accounts|release|releases|statement|documents|document|records|specifications|filing|"
    r"filings|figures|data|results|website|papers|disclosure|disclosures|summary)$")

# A body named by a capitalised word for its kind or league: "the Championship club", "the
# Crown utility".
_KIND_OF_BODY = _RememberedPattern(r"^the\s+[A-Z][a-z]+\s+(?P<noun>[a-z]+)$")

# A force or service named by its own name before the noun: "the Carabineros police force".
_NAMED_FORCE = _RememberedPattern(
    r"^the\s+(?P<name>[A-Z][\w’'-]+)\s+(?:police|fire|ambulance|prison|rescue)\s+"
    r"(?P<noun>force|service)$")
# A group named by its own name before the noun: "the Save Carbrook Road group".
_NAMED_GROUP = _RememberedPattern(
    r"^the\s+((?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*)\s+(?:group|campaign|coalition|movement)$")

_ITS_DOCUMENT = _RememberedPattern(
    r"^its\s+(?:own\s+)?(?:[\w-]+\s+){0,2}(?:report|accounts|papers|figures|data|filing|"
    r"statement|documents|calculations|estimates|website|results)$")

# Officials of a body named in full: "Millbrook Community School District officials".
_BODY_OFFICIALS = _RememberedPattern(
    r"^(?P<org>[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|&)?\s*[A-Z][\w’'&-]*)+|[A-Z]{2,8})\s+"
    r"(?:officials|executives|bosses|management|leaders|administrators)$")
# "Maple Basket's board has recommended": the company's board, the company's word
_BOARD_OF = _RememberedPattern(r"^(?P<org>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})['’]s\s+board$")
_OFFICIALS_OF = _RememberedPattern(r"^(?:officials|executives)\s+(?:of|at|from)\s+the\s+([a-z]+)$")
# "officials of the Sarangpur district administration": that administration
_OFFICIALS_OF_NAMED = _RememberedPattern(
    r"^(?:officials|executives)\s+(?:of|at|from)\s+the\s+([A-Z][\w'’-]*(?:\s+[\w'’-]+){1,4})$")

# Titles of documents ("Housing Pressure Report") and their owner ("the trust's annual").
_DOCUMENT_TITLES = frozenset("Report Survey Study Review Index Audit Outlook Monitor".split())
_OWNER_OF_DOCUMENT = _RememberedPattern(r"^(?:[Tt]he\s+)?([A-Za-z]+)['’]s\b")

# The first words of a body's name listed with commas: "the Land, Infrastructure, " before
# "Transport and Tourism Ministry".
_NAMES_LISTED_BEFORE = re.compile(r"\bthe\s+((?:[A-Z][\w'’-]*,\s*){1,4})$")
_PUBLIC_LAST = ("Ministry", "Department", "Agency", "Commission", "Authority", "Office")

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,8})\)")

_ACRONYM_GIVEN = re.compile(
    rf"(?P<name>{_CAPRUN})\s+[(\[](?P<acr>[{_UP}][{_UP}&]{{1,7}}|[{_UP}][a-z]{{3,15}})[)\]]")

def _initials(words: list[str]) -> str | None:
    """The acronym a body's name makes, when it makes one of three to six letters: "Federal
    Railroad Administration" -> "FRA", "Australian Energy Market Operator" -> "AEMO". Small
    words give no letter, so "Department of Justice" makes none this way (brackets name its
    acronym when the article uses one)."""
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) != len([w for w in words if w not in ("of", "for", "and", "the", "&", "on")]):
        return None  # a lower-case word that is no small word: not a name alone
    if not 3 <= len(caps) <= 6 or not all(w[:1].isalpha() for w in caps):
        return None
    return "".join(w[0].upper() for w in caps)


# Nouns that describe someone just spoken of rather than name a post: "the Ashford striker".
_EPITHETS = frozenset(
    "striker midfielder defender goalkeeper keeper forward winger substitute teenager youngster "
    "veteran newcomer debutant batter batsman bowler pitcher quarterback rookie pensioner widow "
    "widower grandmother grandfather".split()
)

# Nouns for a person of a nation, which sports and foreign news use for someone named before.
_DEMONYM_NOUNS = frozenset(
    "Spaniard Frenchman Frenchwoman Dutchman Dutchwoman Englishman Englishwoman Scot Scotsman "
    "Welshman Welshwoman Irishman Irishwoman Briton Argentine Argentinian Brazilian Italian "
    "German Portuguese Swede Dane Norwegian Finn Pole Czech Slovak Serb Croat Slovenian Greek "
    "Turk Austrian Swiss Belgian Australian American Canadian Mexican Colombian Chilean "
    "Uruguayan Peruvian Nigerian Ghanaian Senegalese Cameroonian Ivorian Egyptian Moroccan "
    "Algerian Tunisian Kenyan Ethiopian South African Japanese Korean Chinese Indian Pakistani "
    "Iranian Russian Ukrainian Georgian Kiwi Aussie Venezuelan Ecuadorian Paraguayan Bolivian "
    "Jamaican Icelander Hungarian Romanian Bulgarian Albanian Bosnian Montenegrin".split()
)

# People who speak for the firm they are at: "analysts at Kwena Securities".
_STAFF_OF = _RememberedPattern(
    r"^(?:[Tt]he\s+)?(?:[A-Za-z-]+['’]?\s+)?(?P<staff>[Aa]nalysts|[Bb]osses|[Ee]xecutives|"
    r"[Aa]dministrators|[Ss]trategists|[Ee]conomists|[Rr]eceivers|[Ll]iquidators|[Ff]orecasters|"
    r"[Aa]ttorneys|[Ll]awyers|[Rr]esearchers|[Ss]cientists)\s+"
    r"(?:at|from|with)\s+(?:the\s+)?(?:(?:[A-Z][\w.]*\s+)?[A-Z][\w.-]*-based\s+)?"
    # ("at Aberdeen broker X")
    r"(?:[A-Z][\w.]*\s+(?=(?!(?:and|of|for|on|y|e|de|da|do|del|di|du|la|van|von)\s)"
    r"[a-z]+\s+[A-Z]))?"
    r"(?:[a-z]+\s+){0,3}"  # ("at São Paulo-based consultancy X", "at sports data firm X")
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|de|da|do|das|dos|del|y|e|di|du|la|"
    r"van|von)\s+)?[A-Z][\w&'’.-]*){0,5})$")  # ("Banco Rovuma de Investimento")

_STAFF_OF_BODY = _RememberedPattern(
    r"^(?P<staff>[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers)\s+(?:at|from)\s+the\s+"
    r"(?P<noun>[a-z]+)$")

# A spokesperson of a body that is named: "a Brindle spokesperson", "a spokesman for the
# Country Voice party".
_NAMED_SPOKESPERSON = _RememberedPattern(
    r"^(?:a|an|the)\s+(?:(?P<body>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})\s+"
    r"(?P<who>spokesperson|spokesman|spokeswoman)|(?P<who2>spokesperson|spokesman|spokeswoman)"
    r"\s+for\s+the\s+(?P<body2>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+party)$")

_SPOKESPERSON_FOR = _RememberedPattern(
    r"^(?:a|an|the)\s+(?:(?P<who>spokesperson|spokesman|spokeswoman|representative)\s+for\s+"
    r"the\s+(?P<desc>(?:[a-z]+\s+){0,2})(?P<noun>[a-z]+)|"
    r"(?P<noun2>[a-z]+)\s+(?P<who2>spokesperson|spokesman|spokeswoman))$")

# Documents whose findings an article reports, and who published one: "a report published
# today by the charity Silver Thread".
_DOCUMENTS = frozenset(
    "report survey study poll analysis research review audit findings statement letter email "
    "memo figures data statistics paper papers release post notification notice filing "
    "bulletin motion document documents complaint assessment".split())

# "In a statement, X said", "X said in a letter to families": a later "the statement said" or
# "according to the letter" is X's.
# (the word boundary before "in" is tested after its first letter, which lets the engine skip
# from one "i" to the next instead of trying the pattern at every position: the same matches in
# half the time)
_IN_A_STATEMENT = re.compile(
    r"[Ii](?<!\w[Ii])(?:n|ssued)\s+(?:a|an)\s+(?:joint\s+|written\s+|brief\s+|open\s+)?"
    r"(?:press\s+|blog\s+|monetary\s+policy\s+|policy\s+)?"  # ("in a monetary policy statement")
    r"(?P<doc>statement|letter|email|e-mail|memo|note|release|post|"
    r"filing|review|report|ruling|decision|judgment|motion)\b")


def _may_say_in_a_document(text: str) -> bool:
    """Whether ``_IN_A_STATEMENT`` may match in ``text``: where all its white space is single
    spaces (printable text has no other white space), only if it has "in a", "In a" or "ssued
    a". Three look-ups for a scan of every "i" in the text."""
    return (not text.isprintable() or "  " in text or "in a" in text or "In a" in text
            or "ssued a" in text)


# A report or statement named with its maker: "the annual report of the Port Aldane Police
# Service", "the Whenuaroa Regional Council's annual State of the Environment report", "the IMF
# statement".
_DOCUMENT_OF = re.compile(
    rf"\b(?:(?P<doc>report|statement)\s+of\s+(?:the\s+)?(?P<who>{_CAPRUN})"
    rf"|(?P<owner>{_CAPRUN})['’]s\s+(?:(?:[a-z]+|[A-Z][a-z]+|of|the)\s+){{0,6}}?"
    r"(?P<doc2>report|statement)\b"
    r"|\bthe\s+(?P<acr>[A-Z]{2,8})\s+(?P<doc3>report|statement)\b)"
)

_DOCUMENT_BY = re.compile(
    r"\b(?P<doc>report|survey|study|poll|analysis|research|review|audit|figures|data|"
    r"statistics|statement|notification|notice|filing|inquiry|investigation|motion)\s+"
    r"(?:for\s+(?:[a-z]+\s+){1,3})?"  # ("a motion for preliminary approval filed Monday by")
    r"(?:(?:published|released|issued|filed|submitted|lodged|prepared|produced|tabled|"
    r"commissioned|conducted|compiled|led|run|"
    r"funded|carried\s+out)\s+)?(?:(?:today|yesterday|"
    r"on\s+[A-Z]\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"this\s+week|last\s+week|this\s+month|last\s+month|this\s+year|"
    # ("A study published in March by ...")
    r"last\s+year|in\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:19|20)\d\d))\s+)?(?:by|from)\s+"
    rf"(?:(?:the\s+)?(?:(?!(?:on|in|to|for|of|by)\s)[a-z]+['’]?\s+){{0,3}}(?P<who>{_CAPRUN})|"
    rf"(?P<body>the\s+(?:[a-z-]+\s+){{0,3}}"
    r"(?:agency|charity|council|department|ministry|authority|regulator|watchdog|commission|"
    r"institute|university|government|office|union|association|trust|foundation|company|firm|"
    r"bank|committee|board)\b))")

# Words of the names of public bodies, which "the company" never means.
_PUBLIC_WORDS = frozenset(
    "Ministry Department Agency Authority Council Commission Office Government Police Court "
    "Parliament Senate Congress Assembly Committee Bureau Directorate Service Administration "
    "Municipality Tribunal Regulator".split())

# Words of the names of businesses (not of public bodies): "the company" may mean them.
_BUSINESS_WORDS = frozenset(
    "Technologies Technology Foods Logistics Freight Group Holdings Inc Ltd Corp Corporation "
    "Company Co plc PLC LLC AG SA NV Industries Motors Airlines Airways Energy Pharmaceuticals "
    "Groupe "
    "Therapeutics Systems Software Labs Bank Capital Partners Brands Retail Stores Networks "
    "Communications Media Entertainment Resources Mining Steel Chemicals Solutions Services "
    "Power Telecom Insurance Shipping Petroleum Automotive Aerospace Semiconductor "
    "Semiconductors Biotech Pharma Robotics Studios Homes Properties Ports Pictures Films "
    "Water Electric Electronics Holding Dairy Dairies Farms Bakery Brewery Brewing Air Ferries "
    "Ferry Lines Transport Travel Buses Appliances Minerals Metals Platinum Gold Copper Coal "
    "Cement Realty Developments Plantations Devices Poultry Trains Railway Railways Biologics "
    "Biosciences Diagnostics Vaccines Genomics Co-operative Cooperative Co-op Limited Hydro "
    "Supermarkets Supermarket Hospitality Leisure Resorts Hotels Airport Airports Pharmacies "
    "ASA Oyj SpA Bhd Berhad Tbk Pty PJSC "
    # (what a producer's name says it makes: "Redgum Lithium", "Southern Isles Salmon")
    "Lithium Nickel Uranium Iron Silver Zinc Salmon Seafood Timber Spirits Distillery "
    "Distillers Wines Winery Sugar Textiles Apparel Oil Gas Solar Fisheries Aquaculture "
    "Catering Dining Fulfilment Fulfillment Warehousing".split()
    # (not "Securities", "Advisory", "Consulting": an analyst's or adviser's firm is seldom the
    # company an article means by "the company")
)

# Words of the names of bodies that are no business, whatever other words their names have
# ("Transport and Rail Workers' Union", "Institute of Public Health Surveillance").
_NOT_BUSINESS_WORDS = frozenset(
    "Union Unions Association Federation Confederation Council Institute Party "
    "University College Workers Guild Campaign Coalition Forum Users Users' Residents "
    "Residents' Friends Supporters Members Members'".split())


# Public bodies' words, which no business name has ("Commission of Inquiry into the Ndomé
# Railway Accident"); not "Office" or "Service" ("Post Office Ltd", "Ferry Service").
_PUBLIC_NOT_BUSINESS = _PUBLIC_WORDS - {"Office", "Service"} | {"Inquiry"}


def _is_business(words) -> bool:
    """Whether a name's words say it is a business."""
    words = [w.strip(",.") for w in words]
    return any(w in _BUSINESS_WORDS for w in words) and not any(
        w in _NOT_BUSINESS_WORDS or w in _PUBLIC_NOT_BUSINESS for w in words)


# A central bank, which "the bank" means only when no other bank is named.
_CENTRAL_BANK = re.compile(r"\b(?:Central|Reserve)\s+Bank\b|\bFederal\s+Reserve\b")

# What "the central bank" may mean: a central, reserve or national bank, a monetary authority,
# "the Bank of" a place.
_A_CENTRAL_BANK = re.compile(
    _CENTRAL_BANK.pattern + r"|\bNational\s+Bank\b|\bMonetary\s+Authority\b"
    r"|^(?:the\s+)?Bank\s+of\b|\bBangko\s+Sentral\b")

# A body's name without full stops (which may end the sentence): "Central Bank of Ireland".
_BODY_RUN = r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'&-]*)*"

# Who fined someone: "fined €14.2 million by the Central Bank of Ireland", "Ofwat fined".
_FINED_BY = re.compile(
    r"\b(?:fined|sanctioned|censured|penalised|penalized)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?"
    rf"\bby\s+(?:the\s+)?(?P<a>{_BODY_RUN})"
    rf"|(?:\b[Tt]he\s+)?(?P<b>{_BODY_RUN})(?:\s+\([A-Z]{{2,8}}\))?\s+(?:has\s+|had\s+)?"
    r"(?:fined|sanctioned|censured|penalised|penalized)\b")


# Legal forms written with a full stop: " Corp.", " Inc.", " Co.", " Ltd.".
_FORM_ENDS = (" Corp", " Inc", " Co", " Ltd", " Bros", " Plc")

# Last words of hospital groups' names, which ``_BUSINESS_WORDS`` leaves out because public
# bodies end in them too ("Public Health"): only after a name the article shortens.
_CARE_WORDS = frozenset(("Health", "Healthcare"))

# The capitalised words after a short name in the article (``_fuller_business``).
_NAME_REST = re.compile(r"((?:\s+(?:&\s+)?[A-Z][\w&'’-]*){1,3})(?![\w'’-])")

# A company's legal form, which later mentions leave off.
_COMPANY_FORMS = frozenset(
    "Inc Ltd Limited LLC Corp Corporation plc Plc PLC Co AG SA NV GmbH ASA Oyj SpA Bhd Berhad "
    "Tbk Pty PJSC Pvt Pte Sdn".split())

# First words of organisations' names that are no short name for them ("National said").
_GENERIC_FIRST = frozenset(
    "The National Federal State United American British European International Royal City "
    "County Central General Global World Northern Southern Eastern Western New First Digital "
    "Public Regional Local Metropolitan Independent Social Liberal Democratic Labour "
    "Conservative Green Reform".split()
)

# What marks a name as a business when its words do not ("Lumora", "Coastal Skies", "Kudipay"):
# the noun before it ("payments start-up Kudipay"), its shares ("Lumora shares", "shares in
# Lumora"), what only a business has ("Lumora's chief executive"), what it runs ("a Coastal Skies
# jet", "a Lumora spokeswoman"), a contract with it ("a contract with Crestline Correctional
# Dining": two words at least, so never a country).
_CUE_NAME = r"[A-Z][a-zà-öø-ÿ][\w'’-]*(?:\s+(?:&\s+)?[A-Z][a-zà-öø-ÿ][\w'’-]*){0,3}"  # ("Pendle & Crane")
# What a business's name is followed by when the article speaks of what it owns: "Lumora's
# chief executive".
_OWNED_BY_BUSINESS = (r"['’]s\s+(?:chief\s+executive|CEO|chief\s+financial\s+officer|"
                      r"revenue|profits?|sales|earnings|shareholders|stores|customers|plant|"
                      r"plants|factory|factories)\b")
# Each alternative of the pattern, with a test of a whole text that every text it matches in
# passes (None: no test; see ``_business_cues``).
_CUE_ALTERNATIVES = {
    "a": (r"(?:company|firm|airline|carrier|start-?up|retailer|lender|insurer|supermarket|"
          rf"conglomerate|manufacturer|[a-z]{{3,}}maker|brewer|miner|fintech|co-operative|"
          # ("consultants Halwell Marine", "contractors Breen Civil": British style, a business)
          rf"cooperative|co-op|consultants|consultancy|contractors|chain)\s+(?P<a>{_CUE_NAME})",
          None),
    # ("Shares in Santiago-listed generator Energía Pacífico": the generator)
    "b": (r"(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+(?:[A-Z][\w’'.]*-(?:listed|based)\s+"
          rf"(?:[a-z]+\s+)?)?(?P<b>{_CUE_NAME})", lambda text: "hares" in text or "tock" in text),
    "c": (rf"(?P<c>{_CUE_NAME})(?:(?:['’]s)?\s+(?:shares|stock|share\s+price)\b"
          rf"|{_OWNED_BY_BUSINESS})",
          lambda text: "share" in text or "stock" in text or _has_owned_by_business(text)),
    "e": (rf"[Aa]n?\s+(?P<e>{_CUE_NAME})\s+(?:jet|plane|flight|aircraft|airliner|store|outlet|"
          r"factory|plant|warehouse|spokesperson|spokesman|spokeswoman|employee)s?\b", None),
    # ("the county's jail food contract with Crestline Correctional Dining": a vendor)
    "f": (rf"(?:contract|contracts)\s+with\s+(?P<f>[A-Z][a-z][\w'’-]*\s+{_CUE_NAME})",
          lambda text: "contract" in text),
    # ("PT Riau Serat Lestari": an Indonesian company's form, before its name)
    "g": (rf"(?P<g>PT\s+{_CUE_NAME})", lambda text: "PT" in text),
}


@functools.lru_cache(maxsize=None)  # (at most 16 keys: 2 ** the four alternatives with a test)
def _cue_pattern(names: tuple[str, ...]) -> re.Pattern:
    """The alternatives ``names`` of the pattern, in its order, behind one word boundary (tested
    once at each position; the scan over a whole article costs about half of what six
    alternatives that test it one by one did)."""
    return re.compile(r"\b(?=[A-Za-z])(?:" + "|".join(
        _CUE_ALTERNATIVES[name][0] for name in names) + ")")


_BUSINESS_CUES = _cue_pattern(tuple(_CUE_ALTERNATIVES))
_OWNED_BY_BUSINESS_PATTERN = re.compile(_OWNED_BY_BUSINESS)


def _business_cues(body: str):
    """``_BUSINESS_CUES.finditer(body)`` without the alternatives whose test ``body`` fails
    (no "shares", "stock" or "contract" in it, no possessive of a business): an alternative
    that matches nowhere changes nothing where the others are tried, and each costs a share of
    a scan that tries every position (in most articles the scan takes half the time)."""
    names = tuple(name for name, (_, test) in _CUE_ALTERNATIVES.items()
                  if test is None or test(body))
    return _cue_pattern(names).finditer(body)  # (never empty: some alternatives have no test)


def _has_owned_by_business(body: str) -> bool:
    """Whether ``_OWNED_BY_BUSINESS`` matches in ``body``: at a possessive's apostrophe, found
    faster than by the pattern's own scan."""
    for possessive in ("'s", "’s"):
        at = body.find(possessive)
        while at >= 0:
            if _OWNED_BY_BUSINESS_PATTERN.match(body, at):
                return True
            at = body.find(possessive, at + 2)
    return False


# What follows a business's name when it is the one acting: "Hanazono Biotherapeutics said".
_SPEAKS_AFTER = (r"\s+(?:said|says|announced|reported|told|confirmed|(?:is|was)\s+[a-z]+ing|"
                 r"has\s+[a-z]+ed)\b")


def _cued_businesses(body: str) -> dict[str, int]:
    """The names that ``body`` speaks of as businesses though their words do not say so, with
    how often each is mentioned."""
    found: dict[str, int] = {}
    for m in _business_cues(body):
        name = m.group(m.lastgroup)
        if m.lastgroup == "g":
            found[name] = body.count(name)  # (its form says what it is)
            continue
        words = name.split()
        while words and words[0] in _LEADING_WORDS:
            words = words[1:]  # "The Lumora shares": Lumora
        if not words or any(
                w in _NOT_SOURCES or w in TITLE_WORDS or w in ORG_WORDS or w in _PUBLIC_WORDS
                or _NATIONALITY.match(w) for w in words) or all(w in _GENERIC_FIRST for w in words):
            continue  # (those that say what they are are known by their words)
        name = " ".join(words)
        fuller = re.search(re.escape(name) + r"(?:\s+[A-Z][\w&]*){1,3}", body)
        if fuller and any(w in _BUSINESS_WORDS for w in fuller.group().split()):
            continue  # "Shares of Northbridge" after "Northbridge Foods": known by its words
        if fuller and fuller.start() < m.start() and " " not in name and not any(
                w in _NOT_SOURCES or w in ORG_WORDS for w in fuller.group().split()[1:]) and (
                re.search(re.escape(fuller.group()) + _SPEAKS_AFTER, body)):
            # "Hanazono shares jumped" after "Hanazono Biotherapeutics said": the name the
            # article gave it first
            name = fuller.group()
        found[name] = body.count(name)
    return found


# What a ship's name starts with.
_VESSEL_PREFIXES = frozenset("MV MS MY MT SS RMS HMS HMAS HMCS HMNZS USS USNS INS FV RV".split())

# Nouns for a role that an article uses for the title it gave: "Justice X ... the judge said".
_SAME_ROLE = {"judge": ("justice",), "justice": ("judge",), "prosecutor": ("dpp",),
              "cs": ("cabinet secretary",)}  # (Kenya's "the CS said")

# Who wrote a study, when the article names only the body that published it.
_STUDY_PEOPLE = frozenset("researchers authors scientists".split())

# Nouns for one unnamed source that an article uses in turn: "a source close to the presenter
# said ... The insider added".
_SAME_SOURCE = {"insider": "source", "source": "insider"}

# Sentences after a named speaker in which "the company" may still mean it.
_NAMED_REACH = 4

# Words of the names of news outlets: "Bloomberg reported ... The company said" is not Bloomberg.


def _is_company_noun(word: str) -> bool:
    return word in _COMPANY_NOUNS or (word.endswith("maker") and len(word) > 5)


# Last words that make a two- or three-word name a business or a club, not a person ("Hartfield
# United", "Corvane Brands"); not those that are also surnames ("Samantha Power", "Bryan Ferry").
_BODY_LAST_WORDS = (_BUSINESS_WORDS | _BODY_NAMES["club"]) - {
    "Power", "Steel", "Ferry", "SA", "AG", "NV", "Co", "City", "Town", "County", "Air"}


def _names_a_body(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and words[-1] in _BODY_LAST_WORDS and words[0] not in TITLE_WORDS
