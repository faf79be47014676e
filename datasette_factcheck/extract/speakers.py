"""Who made a claim.

``find_attribution(masked)`` finds the attribution in one sentence whose quoted words have been
masked out (so that names inside a quotation are not taken for its speaker):

- ``X said ...`` / ``X told reporters: "..."`` / ``X claimed that ...`` (a reporting verb after
  its subject, with adverbs, auxiliaries and negation allowed between: ``X later said``,
  ``officials have not said``);
- ``"...," said X`` and ``"...," X said`` (inverted, after a quote or a comma);
- ``according to X``;
- ``X, the ROLE, said`` and ``The ROLE, X, said`` (apposition);
- ``X: "..."`` (a quote introduced by a colon);
- ``X ..., saying "..."`` (a participle clause).

The phrase found is split into a name and a role by ``split_phrase``: ``Russian Deputy Foreign
Minister Sergei Ryabkov`` -> (``Sergei Ryabkov``, ``Russian Deputy Foreign Minister``). Names
that are organisations (``Northport Chamber of Commerce``) stay whole. An unnamed source
(``a senior Russian diplomat``, ``officials``) is kept as written.

``Resolver`` carries what an article has said so far: the people it has named (for pronouns and
for a later surname-only mention) and the last speakers (for ``it``/``they``). It is created once
per article by the pipeline.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_VERB_WORDS = (
    "said says say told tells tell claimed claims claim reported reports report added adds "
    "warned warns warn announced announces insisted insists stated states argued argues wrote "
    "writes noted notes explained explains declared declares confirmed confirms denied denies "
    "asserted asserts commented comments tweeted tweets posted estimated estimates predicted "
    "predicts acknowledged acknowledges admitted admits cautioned cautions suggested suggests "
    "concluded concludes replied replies responded testified alleged alleges revealed reveals "
    "disclosed maintained maintains contended contends emphasised emphasized stressed stresses "
    "forecast observed remarked recalled recalls promised promises vowed vows pledged urged "
    "urges asked asks believes believed thinks described describes called calls termed "
    "characterized characterised dubbed disputed disputes rejected questioned agreed agrees "
    "countered continued continues accused accuses criticised criticized criticises criticizes "
    "condemned condemns slammed hailed praised blamed blames insist argue predict deny admit "
    "contend maintain acknowledge found finds showed shows show conceded concedes concede "
    "allege estimate state echoed expected"
).split()
VERBS = "(?:" + "|".join(sorted(set(_VERB_WORDS), key=len, reverse=True)) + ")"
_INVERTED_VERBS = (
    "(?:said|says|added|adds|wrote|writes|asked|asks|continued|explained|noted|declared|told|"
    "insisted|warned|replied|argued|stated|tweeted|commented|claimed)"
)
_PARTICIPLES = r"(?:saying|adding|arguing|noting|warning|claiming|insisting|stating|declaring|explaining)"

_UP = "A-ZÀ-ÖØ-Þ"
_CAPWORD = rf"[{_UP}][\w’'.-]*"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|ter|ap|af|zu)"
# A run of capitalised words (with name particles and "of"/"for"/"and" inside organisation names).
_CAPRUN = rf"{_CAPWORD}(?:\s+(?:(?:{_PARTICLE}|of|for|and|the|on)\s+)*{_CAPWORD})*"


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,;:!?\"“”()—]{2,100})")
_APPOSITION_BEFORE_SUBJECT = re.compile(
    rf"\s*(?P<role>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    rf"(?:[{_UP}][\w'’-]*\s+){{0,3}}[{_UP}][\w'’-]*['’]s)\s[^,;:\"“”]{{3,80}}?),\s+"
    rf"(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN}),"
)
# "Conservative MP for Harrow East, Nigel Pratt, asked": a title phrase, then the name.
_TITLE_BEFORE_SUBJECT = re.compile(
    rf"\s*(?P<role>[{_UP}][\w'’.-]*(?:\s+[\w'’.-]+){{1,8}}?),\s+"
    rf"(?P<who>{_CAPRUN}),"
)
_APPOSITION_AFTER_SUBJECT = re.compile(
    rf"\s*(?P<who>{_CAPRUN})(?:,\s+\d{{1,3}})?,\s+(?P<role>(?:the|a|an|its|his|her|their)\s[^,;:\"“”]{{3,90}}?),"
)
_ACCORDING_APPOSITION = re.compile(
    rf"\b[Aa]ccording to\s+(?P<role>[^,;:!?\"“”()—]{{2,80}}),\s+(?P<who>{_CAPRUN})\s*(?=[,.;]|$)"
)
_SAYING = re.compile(rf",\s+{_PARTICIPLES}\b")
_CUT_WORDS = re.compile(
    r"\s+(?:on|in|(?:at|for)(?!\s+(?:the\s+)?[A-Z][a-z])|during|after|before|when|while|by|to|"
    r"with|from|about|over|that|who|which|last|this|earlier|later|late|early|told|as|via|"
    r"through)\b.*$",
    re.S,
)
_NOT_ROLE_START = frozenset(
    "which who whom whose that when where while and but or as if known also in on during after "
    "before speaking writing via through".split())
_LEADING_JUNK = re.compile(
    r"^(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Hh]owever|[Mm]eanwhile|[Aa]lso|[Nn]ow|[Ss]till|[Tt]hen|"
    r"[Ii]nstead|[Ee]arlier|[Ll]ater|[Tt]oday|[Oo]n\s+\w+|[Ii]n\s+\w+|[Aa]s|[Ww]hile|[Ww]hen|"
    r"[Ii]f|[Aa]lthough|[Tt]hough|[Ss]ince|[Bb]ecause)\s+)+"
)

# First words of two-word place names, which are not people: "South Korea said".
PLACE_FIRST = frozenset(
    "South North East West New Saudi Sri Hong Costa El Puerto San Santa Sierra Burkina Cape "
    "Czech Dominican Ivory Solomon Marshall Papua Trinidad United Los Las Abu Tel Buenos Kuala "
    "Rio Sao São St".split()
)
_ROLE_NOUNS = frozenset(
    "envoy member musician actor actress singer player striker midfielder defender goalkeeper "
    "researcher professor lecturer paediatrician pediatrician nurse surgeon physician "
    "chairwoman chairperson vice deputy senior junior former chief head assistant "
    "correspondent columnist writer blogger commentator historian lawmaker legislator farmer "
    "teacher driver pilot resident owner shopkeeper student worker businessman businesswoman "
    "entrepreneur activist campaigner volunteer firefighter paramedic officer soldier veteran "
    "pensioner mother father son daughter wife husband brother sister neighbour neighbor "
    "witness survivor victim patient fan coach manager captain midwife pharmacist passenger "
    "customer commuter shopper tenant landlord motorist cyclist pedestrian traveller traveler "
    "tourist visitor parent grandmother grandfather retiree".split()
)
_PREPOSITIONS = frozenset("of for at in from with on by to".split())
_NOT_SOURCE_NOUNS = frozenset(
    "time year week day month way thing fact number rest end start idea reason problem".split()
)
_PARTICLE_WORDS = frozenset("de da di del della van von der den bin ibn al el la le du dos das ter "
                            "ap af zu bint ben abu".split())
_NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())
_PREFIXED_NAME = re.compile(r"^(?:al|el|ad|ar|as|at|an|bin|ben|ibn|abu|de|da|di|du|van|von|le|la)"
                            r"-[A-ZÀ-ÖØ-Þ]")
_HONORIFICS = frozenset("Mr Mrs Ms Mx Dr Sir Dame Prof Shri Sri Smt Shrimati Hon".split())
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
_GROUP_NOUNS = frozenset(
    "officials workers residents staff employees leaders members engineers scientists "
    "researchers doctors nurses teachers officers executives managers analysts sources aides "
    "lawyers prosecutors investigators inspectors spokespeople".split())
_DOCUMENT_NOUNS = frozenset(
    "study report survey paper analysis review poll article letter statement audit research "
    "investigation assessment".split())
# People around someone, who speak for themselves: "aides to Senator X", "allies of X".
_ASSOCIATES = frozenset(
    "aides aide allies ally friends friend critics critic rivals rival opponents associates "
    "colleagues advisers adviser advisors advisor lawyers lawyer attorneys attorney supporters "
    "supporter relatives relative".split()
)
# Capitalised adjectives that open a sentence before a name: "Rival AMD reported".
_DESCRIPTIVE_OPENERS = frozenset("Rival Fellow Embattled Beleaguered Troubled Struggling".split())
# Endings of occupations: "Toxicologist", "Physician", "Photographer", "Economist".
_OCCUPATION_ENDS = ("ologist", "ist", "ician", "grapher", "nomist", "ist.")
# Letters after a name that are not part of it: "Daisy Fenwick MP".
_POST_NOMINALS = frozenset("MP MEP MSP MLA MS AM TD QC KC OBE MBE CBE KBE PhD".split())
_NOT_SOURCES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December It This That There Here".split()
)
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "one", "two", "three",
                "several", "some", "many", "other"}
# Capitalised words that are titles: part of a role, never of a name.
TITLE_WORDS = frozenset(
    "President Vice Minister Deputy Foreign Prime Secretary Senator Sen. Governor Gov. Mayor "
    "Ambassador Chancellor Director Chief Executive Spokesperson Spokesman Spokeswoman General "
    "Gen. Commissioner Representative Rep. Dr. Dr Professor Prof. Judge Justice Chairman "
    "Secretary-General Director-General "
    "Chairwoman Chair Leader Envoy Adviser Advisor Special Attorney CEO Head Coach Captain "
    "Capt. Officer Councillor Councilman Councilwoman Councilor Mr. Mr Mrs. Mrs Ms. Ms Sir Dame "
    "Shri Sri Smt. Smt Shrimati Hon. Hon Clerk Registrar Sheriff Warden Provost Democrat Republican "
    "Tory Headteacher Headmaster Headmistress Lt Gen Col Maj Sgt Det Insp Brig Cpl Pte Capt Adm "
    "Cdr Supt Cllr Prof DI DS DC DCI DCS PC PCSO "
    "Lord Lady King Queen Prince Princess Pope Rev. Father Sister Bishop Archbishop Cardinal "
    "Sheikh Emir Colonel Col. Lieutenant Lt. Sergeant Sgt. Major Maj. Admiral Adm. Commander "
    "Inspector Detective Superintendent Constable Undersecretary Under Assistant Associate "
    "Acting Interim Former Ex Premier Speaker Whip Attorney-General Treasurer Auditor "
    "Chairperson Founder Co-founder President-elect Health Finance Defence Defense Interior "
    "Justice Education Trade Energy Environment Economy Transport Agriculture Labour Labor "
    "Home Culture Communications Science Technology State Federal Regional National "
    "Opposition Party Senior Junior Team Member Head Coach Manager Producer Editor Analyst "
    "Economist Researcher Scientist Author Professor Lecturer MP MPs MEP MLA MSP TD Local "
    "Congressman Congresswoman Assemblyman Assemblywoman Alderman Councilmember".split()
)
# Capitalised words that mark an organisation or a place name.
ORG_WORDS = frozenset(
    "News Times Post Journal Herald Tribune Guardian Telegraph Reuters Press Agency Bloomberg "
    "Ministry Department Office Council Committee Commission Authority Agency Bureau Board "
    "Court Police Army Navy Force Forces Guard Party Union Nations Kingdom States Republic "
    "Federation Association Institute Institution University College School Hospital Centre "
    "Center Foundation Fund Bank Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC Group "
    "Holdings Energy Airlines Motors Systems Technologies Labs Network Networks Media "
    "Service Services Administration Government Parliament Senate Congress House Assembly "
    "Kremlin Pentagon Commerce Chamber Society Club League Organization Organisation Alliance "
    "Coalition Movement Front Church Cross Crescent Council Trust Industries International "
    "Global World Watch Project Initiative Programme Program Survey Team Squad FC City Town "
    "County Province District Region Arena Stadium Hall Street Square Airport One Olympics "
    "Cup Games Summit Conference Forum Festival Expo Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Twitter Facebook Google Microsoft Apple Amazon Sheriff Relations Affairs "
    "Rights Studies Sciences Resources Development Security Intelligence Council Health Trade "
    "Research Council Institute Chapter Branch Division Unit Station Staff Chiefs Centers Centres "
    "Foods Airways Pharmaceuticals Pharma Electric Steel Mining Stores Brands Capital Partners "
    "Logistics Insurance Telecom Entertainment Studios Homes Properties Construction Engineering "
    "Chemicals Therapeutics Robotics Software Solutions Highways Grid Rail Focus "
    "Institutes Laboratories Laboratory".split()
)
# Lower-case nouns that name a source when no name is given.
SOURCE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman official officials diplomat diplomats minister "
    "ministers source sources police officer officers report reports study survey analysis "
    "statement researchers scientists experts analysts critics authorities authority ministry "
    "government company firm council committee agency court judge prosecutors prosecutor "
    "lawyer lawyers attorney doctors doctor residents witnesses witness observers investigators "
    "bulletin data figures documents document authors author paper newspaper union unions campaigners activists "
    "organisers organizers organisation organization team coach manager engineer engineers "
    "economist economists people person poll polls website post blog leaders leader envoy "
    "president administration aide aides adviser advisers advisor advisors regulator regulators "
    "operator owner owners representative representatives members member staff employees "
    "board chair chairman chief executive director editor reporter reporters spokespeople "
    "military army navy ministry department office bank banks university hospital school "
    "parents teachers students farmers workers voters officials' group groups opposition "
    "protesters demonstrators supporters opponents scientist expert analyst critic councillor "
    "councillors senator senators governor mayor governors forecasters meteorologists "
    "campaigners alliance association charity federation watchdog commission institute "
    "insiders negotiators mediators inspectors auditors posts messages tweets bosses nurses "
    "executives managers employers retailers traders investors passengers commuters landlords "
    "tenants locals shoppers media television broadcaster radio records statistics filings"
    .split()
)
_NATIONALITY = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic)|US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.)$")
_POSSESSIVE = re.compile(r"['’]s$")
_ACRONYM = re.compile(r"^[A-Z]{3,}$")


@dataclass(frozen=True, slots=True)
class Attribution:
    phrase: str
    start: int
    role: str | None = None


_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|last|this|next|early|late|earlier|later|in|during|at)\s+(?:the\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|weekend|month|year|"
    r"morning|afternoon|evening|night|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{4})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|recently))+$"
)


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip().strip("_ ").strip()
    phrase = _LEADING_JUNK.sub("", phrase)
    phrase = _TRAILING_TIME.sub("", phrase)  # "Chen Karimi on Monday announced"
    return phrase.strip(" ,.;:")


def _is_name_token(tok: str) -> bool:
    if not tok or _POSSESSIVE.search(tok):
        return False
    if tok[0].isupper():
        return tok not in TITLE_WORDS
    return bool(_PREFIXED_NAME.match(tok))  # "al-Assad", "bin-Laden"


@functools.lru_cache(maxsize=8192)
def split_phrase(phrase: str) -> tuple[str | None, str | None, str]:
    """(name, role, kind) for a source phrase; kind is "person", "org", "entity" (one capitalised
    word: a surname, an organisation or a country), "unnamed", "pronoun" or "" (not a source)."""
    phrase = phrase.strip(" ,.;:")
    if not phrase:
        return None, None, ""
    low = phrase.lower()
    if low in PRONOUNS:
        return low, None, "pronoun"
    tokens = phrase.split()
    if len(tokens) > 12 or (tokens[0].endswith("ing") and tokens[0].islower() and not (
            len(tokens) > 1 and tokens[1].lower().strip(",") in _PERSON_ROLE_HEADS | _ROLE_NOUNS)):
        # too long, or a participle clause ("having left ..."; but "sporting director Dan
        # Ashworth", "managing partner Gary Black")
        return None, None, ""
    if (len(tokens) >= 3 and tokens[0].lower() == "the"
            and all(t in TITLE_WORDS or t in ("of", "the") for t in tokens[1:])
            and tokens[-1] in TITLE_WORDS):
        return "the " + " ".join(tokens[1:]), None, "unnamed"  # "The Attorney General said"
    if len(tokens) in (2, 3) and tokens[0].lower() == "the" and _AGE.match(tokens[1]):
        return "the " + " ".join(tokens[1:]), None, "unnamed"  # "The 57-year-old said"
    if tokens[0].lower() in ("neither", "no", "nobody", "none"):
        return None, None, ""  # "Neither Armenia nor Azerbaijan has confirmed": no one claims
    for k in range(1, min(len(tokens) - 1, 4)):
        if (tokens[k] in _POSTMODIFIERS and tokens[k + 1] in ("to", "with", "on", "in")
                and tokens[k - 1].lower() in SOURCE_NOUNS | {"person", "source", "aide"}):
            # "a person close to Alibaba", "people familiar with Tesla's plans": unnamed
            text = " ".join(tokens)
            return (text[0].lower() + text[1:] if tokens[0] in ("A", "An", "The", "Two", "Three",
                                                                 "People", "Sources")
                    else text), None, "unnamed"
    if "and" in tokens[1:-1] and not any(t.strip(",.") in ORG_WORDS for t in tokens):
        # "Jane Smith and Tom Baker said", "co-founders Patrick and John Collison wrote": both
        a = tokens.index("and")
        right = tokens[a + 1:]
        _, right_role, right_kind = split_phrase(" ".join(right))
        left = tokens[:a]
        i = len(left)
        while i > 0 and _is_name_token(left[i - 1]) and left[i - 1][:1].isupper():
            i -= 1
        names, lead = left[i:], [t for t in left[:i] if t.lower() not in _DETERMINERS]
        two_surnames = (right_kind == "entity" and len(right) == 1 and len(names) == 1
                        and not lead and _is_name_token(right[0]))
        if ((right_kind == "person" or two_surnames) and not right_role and 1 <= len(names) <= 4
                and names[0] not in _LEADING_WORDS and (not lead or _role_like(lead))):
            return " ".join(names + ["and"] + right), " ".join(lead) or None, "unnamed"
    if "&" in tokens[1:-1]:
        # "Procter & Gamble", "Johnson & Johnson": a firm (with what comes before as its role)
        amp = tokens.index("&")
        i = amp
        while i > 0 and tokens[i - 1][:1].isupper() and tokens[i - 1].lower() not in _DETERMINERS:
            i -= 1
        j = amp + 1
        while j < len(tokens) and (tokens[j][:1].isupper() or tokens[j] in ("of", "&")):
            j += 1
        if i < amp and j == len(tokens) and j > amp + 1:
            role = " ".join(t for t in tokens[:i] if t.lower() not in _DETERMINERS) or None
            return " ".join(tokens[i:j]), role, "org"
    if len(tokens) >= 2 and tokens[0] in _DESCRIPTIVE_OPENERS:
        return split_phrase(" ".join(tokens[1:]))  # "Rival AMD reported": AMD
    if (len(tokens) == 3 and tokens[0][:1].isupper() and tokens[0].lower().endswith(_OCCUPATION_ENDS)
            and _is_name_token(tokens[1]) and _is_name_token(tokens[2])):
        # "Toxicologist Matthew Campen": an occupation written with a capital at the start
        name, role, kind = split_phrase(" ".join(tokens[1:]))
        if kind == "person":
            return name, tokens[0], kind
    if len(tokens) >= 3 and tokens[-1].strip(",") in _POST_NOMINALS and _is_name_token(tokens[-2]):
        return split_phrase(" ".join(tokens[:-1]))  # "Daisy Fenwick MP": Daisy Fenwick
    if len(tokens) >= 2 and tokens[-1].lower() in ("office", "campaign", "team") and \
            _POSSESSIVE.search(tokens[-2]) and tokens[-2][:1].isupper():
        # "Transport Secretary Louise Haigh's office said": her statement
        name, role, kind = split_phrase(" ".join(tokens[:-2] + [_POSSESSIVE.sub("", tokens[-2])]))
        if kind == "person":
            return name, role, kind
    det = tokens[0].lower() in _DETERMINERS
    body = tokens[1:] if det else tokens
    if not body:
        return None, None, ""
    for k, tok in enumerate(body):
        if (2 <= k <= 6 and tok in ("of", "from", "at", "with") and k + 1 < len(body)
                and body[k - 1] not in TITLE_WORDS):  # (not "US Secretary of State ...")
            # "Matthew Ingram of The Globe and Mail": a person, described by what follows
            name, role, kind = split_phrase(" ".join(body[:k]))
            if kind == "person":
                rest = " ".join(body[k:])
                if role and role.rstrip(".") in _HONORIFICS:
                    role = None  # "Dr Tom Brennan of the University": of the University
                return name, f"{role} {rest}" if role else rest, "person"
            break
    if (len(body) >= 3 and body[0].lower() in SOURCE_NOUNS | _ROLE_NOUNS
            and body[1] in ("in", "at") and all(t[:1].isupper() for t in body[2:])):
        # "Residents in Cardiff", "Police in Gloucestershire": unnamed, where they are
        return " ".join(([tokens[0].lower()] if det else []) + [body[0].lower()] + body[1:]), \
            None, "unnamed"
    caps = [t for t in body if t[0].isupper()]
    # The run of person-name tokens at the end ("... Ambassador to the United States Hamdullah
    # Mohib" -> "Hamdullah Mohib"); two or more make a person unless they name a place.
    # (name particles between name words count too: "Ursula von der Leyen"; a suffix such as
    # "Jr." closes the name)
    core = body[:-1] if len(body) > 1 and body[-1].strip(",") in _NAME_SUFFIXES else body
    j = len(core)
    named = 0
    while j > 0:
        tok = core[j - 1]
        surname_title = (named == 0 and tok in TITLE_WORDS and j >= 2
                         and _is_name_token(core[j - 2]) and core[j - 2][:1].isupper())
        if (_is_name_token(tok) or surname_title) and tok.strip(",.") not in ORG_WORDS:
            # ("Martin Luther King": a title word after a first name is a surname)
            if named >= 4:
                break  # (four: "Nguyen Thi Lien Huong", "José Luis Rodríguez Zapatero")
            named += 1
            j -= 1
        elif (tok in _PARTICLE_WORDS and named and j >= 2 and _is_name_token(core[j - 2])
              or tok in _PARTICLE_WORDS and named and j >= 2 and core[j - 2] in _PARTICLE_WORDS):
            j -= 1
        else:
            break
    while j < len(core) and core[j] in _PARTICLE_WORDS:
        j += 1  # a run never starts with a particle
    person_run = body[j:]
    is_person = len(person_run) >= 2 and person_run[0] not in PLACE_FIRST
    # An acronym of three or more capitals marks an organisation: "NHS England", "BBC News".
    acronym = any(_ACRONYM.match(t.strip(",.")) for t in caps)
    if is_person and any(_ACRONYM.match(t.strip(",.")) for t in person_run):
        is_person = False
    # Capitalised words joined by "of" or "for" name an organisation: "Transport for Wales",
    # "the Association of British Insurers" (a person "of" an organisation is split off above).
    k = j - 1 if j >= 1 and core[j - 1] == "the" else j  # "of the Exchequer"
    after_of = k >= 2 and core[k - 1] in ("of", "for", "on") and core[k - 2][:1].isupper()
    role_place = after_of and len(person_run) == 3 and person_run[0] not in PLACE_FIRST
    if role_place:
        # "Chancellor of the Exchequer Rachel Reeves", "Mayor of London Sadiq Khan": the place or
        # body belongs to the role; the person is the last two words.
        j += 1
        person_run = body[j:]
    of_name = after_of and len(person_run) <= 2 and not role_place
    # "The Alliance of Motion Picture and Television Producers": "and" inside an organisation's
    # name joins two parts of it, not a person to it
    and_org = (is_person and k >= 2 and core[k - 1] == "and" and core[k - 2][:1].isupper()
               and any(t.strip(",.") in ORG_WORDS for t in core[:k - 1]))
    if of_name or and_org:
        is_person = False
        of_name = True
    # An organisation: a capitalised run containing an organisation word (or an acronym).
    if not is_person and caps and (any(t.strip(",.") in ORG_WORDS for t in caps) or acronym
                                   or of_name) and (
        body[-1][0].isupper()
    ):
        # The organisation's name is the capitalised run at the end (with of/for/and inside).
        i = len(body)
        while i > 0 and (body[i - 1][0].isupper() or body[i - 1] in ("of", "for", "and", "on", "&")):
            i -= 1
        while i < len(body) and not body[i][0].isupper():
            i += 1
        name_toks = body[i:]
        # Leading title or nationality words belong to a role only when a name follows them.
        role_toks = body[:i]
        if role_toks and ("from" in role_toks[-2:] or "by" in role_toks[-2:]):
            # "figures from the Office of Rail and Road": the organisation is the source
            role_toks = []
        elif (role_toks and role_toks[-1] in ("for", "at") and len(role_toks) <= 3
              and role_toks[-2 if len(role_toks) >= 2 else -1].lower() in _PERSON_ROLE_HEADS):
            # "A spokesman for NHS England": the body, through its spokesman
            role_toks = [t for t in role_toks[:-1] if t.lower() not in _DETERMINERS]
        elif role_toks and role_toks[-1] in ("of", "the", "at", "for") and (
            "of" in role_toks or "at" in role_toks or "for" in role_toks
        ):
            # "the county branch of the National Association of Head Teachers": one source
            name_toks, role_toks = body, []
        name = " ".join(name_toks)
        while role_toks and role_toks[-1] in _PREPOSITIONS:
            role_toks = role_toks[:-1]  # "A spokesperson for Plastics Europe": spokesperson
        role = " ".join(role_toks) or None
        if len(name_toks) == 1 and name_toks[0] in _NOT_SOURCES:
            return None, None, ""  # "Monday", "Friday": not a source
        if len(name_toks) == 1 and not role and name.lower() in SOURCE_NOUNS:
            return name.lower(), None, "unnamed"  # "Police said"
        return name, role, "org"
    # A person or a single named entity: the run of name tokens at the end.
    if is_person:
        i = j
    else:
        i = len(body)
        while i > 0 and _is_name_token(body[i - 1]):
            i -= 1
            if len(body) - i >= 4:
                break
    name_toks = body[i:]
    role_toks = body[:i]
    if len(name_toks) == 3 and name_toks[0].lower() in _ROLE_NOUNS | SOURCE_NOUNS:
        # "Farmer Gregor Haas": an occupation written with a capital at the start of a sentence
        role_toks, name_toks = role_toks + name_toks[:1], name_toks[1:]
    if name_toks:
        if len(name_toks) == 1 and role_toks and role_toks[-1] in _DEPARTMENT_WORDS:
            # "Transport Scotland", "Passenger group Transport Focus": a body whose name starts
            # with a department's word, not a Transport official called Scotland
            k = len(role_toks)
            while k > 0 and role_toks[k - 1] in _DEPARTMENT_WORDS:
                k -= 1
            name_toks = role_toks[k:] + name_toks
            role_toks = role_toks[:k]
            name = " ".join(name_toks).strip(",.")
            role = " ".join(t for t in role_toks if t.lower() not in _DETERMINERS) or None
            return name, role, "org"
        name = " ".join(name_toks).strip(",.")
        if role_toks and role_toks[0].lower() in _DETERMINERS:
            role_toks = role_toks[1:]
        if len(role_toks) >= 2 and role_toks[-1] in ("in", "from", "near", "across"):
            # "Negotiators at the UN climate summit in Nairobi": people in a place
            text = " ".join(tokens)
            return (text[0].lower() + text[1:] if tokens[0].lower() in SOURCE_NOUNS
                    | _COMMON_OPENERS | {"the", "a", "an"} else text), None, "unnamed"
        if role_toks and role_toks[0].lower() in _DOCUMENT_NOUNS and len(role_toks) >= 2:
            # "A study published in Nature found": the study, not the journal
            text = " ".join(tokens)
            return text[0].lower() + text[1:], None, "unnamed"
        if (role_toks and role_toks[0].lower() in _ASSOCIATES
                and any(t in ("to", "of", "for", "close") for t in role_toks[1:3])):
            # "Two aides to Senate Majority Leader John Thune", "lawyers for Jane Doe": they
            # speak, not the person they are close to
            text = " ".join(tokens)
            return text[0].lower() + text[1:], None, "unnamed"
        role = " ".join(role_toks) or None
        if role and not _role_like(role_toks):
            return None, None, ""
        if len(role_toks) >= 2 and role_toks[-1] in ("for", "of", "at"):
            # "A spokesperson for Plastics Europe": the body speaks, through its spokesperson
            return name, " ".join(role_toks[:-1]), "org"
        if len(role_toks) >= 2 and role_toks[-1].rstrip(".") in _HONORIFICS:
            # "Opposition leader Mr Akhilesh Verma", "Criminologist Dr. Helen Ashby": the role
            # without the honorific
            role = " ".join(role_toks[:-1])
        if len(name_toks) == 1 and not role and name.lower() in SOURCE_NOUNS:
            return name.lower(), None, "unnamed"  # "Critics argued", "Officials said"
        kind = "person" if len(name_toks) >= 2 and name_toks[0] not in PLACE_FIRST else "entity"
        return name, role, kind
    # An organisation named before what it is: "the Resolution Foundation think tank".
    tail = 0
    while tail < min(3, len(body) - 1) and body[len(body) - 1 - tail][:1].islower():
        tail += 1
    if 0 < tail < len(body):
        named = body[: len(body) - tail]
        if (all(t[:1].isupper() or t in ("of", "for", "and") for t in named)
                and named[-1][:1].isupper()
                and (any(_ACRONYM.match(t.strip(",.")) for t in named)
                     or len(named) >= 2 and any(t.strip(",.") in ORG_WORDS for t in named))
                and _role_like(body[len(body) - tail:])):
            if body[-1].lower() in _GROUP_NOUNS:
                # "Maricopa County officials": the officials, of the county
                return " ".join(tokens), None, "unnamed"
            return " ".join(named), " ".join(body[len(body) - tail:]), "org"
    # No name: an unnamed source if the head noun names one ("a senior Russian diplomat",
    # "officials at the port"); after an article ("the alliance said") any noun will do.
    head_at = len(body)
    for k, tok in enumerate(body):
        if k > 0 and tok in _PREPOSITIONS:
            head_at = k
            break
    head = body[head_at - 1].lower().strip(",.")
    if head in _POSTMODIFIERS and head_at >= 2:
        # "people familiar with the matter", "sources close to the talks": the noun before
        head_at -= 1
        head = body[head_at - 1].lower().strip(",.")
    if head in SOURCE_NOUNS or (
        (tokens[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "our", "both")
         or _POSSESSIVE.search(tokens[0]))  # "Ukraine's air force"
        and head.isalpha()
        and body[head_at - 1][:1].islower() and head_at <= 5 and head not in _NOT_SOURCE_NOUNS
    ):
        text = " ".join(tokens)
        first = tokens[0]
        if first in ("The", "A", "An") or (
                first[:1].isupper() and first[1:] == first[1:].lower()
                and not _POSSESSIVE.search(first) and not _NATIONALITY.match(first)
                and not (len(tokens) > 1 and tokens[1][:1].isupper())
                and (first.lower() in SOURCE_NOUNS | _ROLE_NOUNS | _COMMON_OPENERS
                     or len(tokens) == 1)):
            # "Officials at the port", "The alliance", "Senior officials" (but "Ukrainian
            # officials", "Pentagon officials", "Washington state officials": names)
            text = text[0].lower() + text[1:]
        return text, None, "unnamed"
    return None, None, ""


_SENTENCE_END = re.compile(r"\s*[.!?]?[\"”’']*\s*$")
# Lower-case words that open an unnamed source at the start of a sentence.
_COMMON_OPENERS = frozenset(
    "senior junior local federal state foreign top former current several many some most other "
    "both two three four five six seven eight nine ten few dozens hundreds thousands military "
    "government company industry city county school university union bank hospital health "
    "security rescue fire emergency police court election campaign party white black young "
    "older elderly western eastern northern southern international independent private public "
    "regional national rival opposition recent new latest his her their its our climate "
    "business environmental medical legal financial economic political social energy oil gas "
    "tech technology trade farm farming airline aviation transport housing education science "
    "scientific research defence defense intelligence aid charity industry about around nearly "
    "almost more over at least up roughly one another".split()
)
# Adjectives that follow the noun of an unnamed source: "people familiar with the matter".
_POSTMODIFIERS = frozenset("familiar close briefed knowledgeable involved aware".split())


def _role_like(tokens: list[str]) -> bool:
    """A role is made of titles, nationality or place adjectives, possessives and lower-case
    nouns ("Opposition councillor", "Tunisia's coach", "Afghan Ambassador to the United
    States")."""
    if tokens and tokens[0].lower() in _NOT_ROLE_START:
        return False  # a relative clause: "said Tom, who was there"
    has_role = False
    for t in tokens:
        bare = t.strip(",.")
        if (bare in TITLE_WORDS or f"{bare}." in TITLE_WORDS  # "Rep.", "Sen.", "Gov."
                or bare.lower() in SOURCE_NOUNS or bare.lower() in _ROLE_NOUNS
                or _NATIONALITY.match(bare)):
            has_role = True
        elif _POSSESSIVE.search(bare) or bare in ("of", "to", "the", "for", "and", "&", "-"):
            continue
        elif bare[:1].islower():
            has_role = True  # "team member", "musician", "chief engineer"
    return has_role


_WORDS = re.compile(r"[A-Za-z’']+")
_VERB_SET = frozenset(_VERB_WORDS)
_INVERTED_SET = frozenset(_INVERTED_VERBS.strip("(?:)").split("|"))
_PARTICIPLE_SET = frozenset(_PARTICIPLES.strip("(?:)").split("|"))
_AUX_WORDS = frozenset(
    "has have had did does do will would could may might also later previously then again once "
    "still already not never been n't today yesterday recently now formally officially publicly "
    "separately jointly both".split()
)
_FINITE_VERBS = frozenset("is was are were has had have will would can could should must".split())


def _has_finite_verb(phrase: str) -> bool:
    return any(w in _FINITE_VERBS for w in phrase.lower().split())


def _is_clause(phrase: str) -> bool:
    """Whether the words before a comma are a clause, not a subject: a finite verb, a figure or
    a past-tense verb ("Rents rose 45% in five years, said Tom Reid": not "Rents")."""
    words = phrase.split()
    return (_has_finite_verb(phrase) or any(c.isdigit() for c in phrase)
            or any(w in _PAST_VERBS or (len(w) > 4 and w.endswith("ed")) for w in words[1:]
                   if w.islower()))  # (not "Ahmed", "Mohammed")


_PAST_VERBS = frozenset(
    "rose fell grew shrank sank hit cut set made took gave came went ran won lost paid spent "
    "left kept held met sold bought built rose began stood fell became broke told".split())


_BOUNDARY = frozenset(",;:()[]\"“”—–")
_CONJUNCTIONS = re.compile(
    r"\b(and(?!\s+[A-Z])|but|that|while|as|because|when|if|so|after|before|since|though|"
    r"although|where|which|who|whom|whose)(?:\s+|$)"
)
_ACCORDING_TAIL = re.compile(
    r"\s+(?:on|in|at(?!\s+(?:the\s+)?[A-Z][a-z])|during|last|this|when|while|which|who|presented|published|released|issued|"
    r"seen|obtained|commissioned|quoted|cited)\b.*$",
    re.S,
)
# "according to a report from the central bank": the source is the bank, not the report.
_DOCUMENT_FROM = re.compile(
    r"(?:(?:an?|the|its|their|his|her|this|that|new|latest|recent|official|annual|internal|"
    r"preliminary|final|leaked|joint)\s+){0,3}"
    r"(?:report|reports|statement|statements|study|studies|survey|analysis|estimates?|figures|"
    r"data|documents?|filings?|records|poll|memo|letter|release|press release|assessment|"
    r"forecasts?|review|audit|investigation|count|tally)"
    r"\s+(?:(?:published|released|compiled|issued|presented|commissioned|produced|prepared|"
    r"collected|gathered|put out)\s+)?(?:by|from)\s+(?P<who>\S.*)$",
    re.S,
)
_NAMED_DOCUMENT = re.compile(
    rf"^(?P<who>(?:the\s+)?{_CAPRUN})(?:['’]s)?\s+(?:(?:[a-z]+-)?[a-z]+\s+){{0,2}}?"
    r"(?:data|figures|statistics|estimates|report|survey|analysis|poll|polling|research|"
    r"calculations|records|tally|count|tool|tracker|index|model|database|dashboard)$"
)
_APPOSITION_AFTER_TAIL = re.compile(rf"(?P<who>{_CAPRUN})(?:,\s+\d{{1,3}})?,\s+(?P<role>[^,;:\"“”_]{{3,90}}?),\s*$")
_APPOSITION_BEFORE_TAIL = re.compile(
    rf"(?P<role>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ww]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|"
    rf"(?:[{_UP}][\w'’-]*\s+){{0,3}}[{_UP}][\w'’-]*['’]s)\s"
    rf"[^,;:\"“”]{{3,80}}?),\s+(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN}),\s*$"
)
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
    r"(?:^|,\s+)(?P<who>[^,;:\"“”_]{2,90}?)\s+(?:is|was|were|are)\s+quoted\s+as\s+say"
)
_ASIDE_BEFORE_VERB = re.compile(
    r",\s+(?P<clause>(?:which|who)\s+(?:[^,;:\"“”_]|(?<=\d),(?=\d)){2,120}),"
    r"(?=\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:said|says|told|tells|added|warned|argued|claimed|insisted|wrote|announced|stated|"
    r"noted|explained|confirmed|denied|criticised|criticized|asked|urged)\b)"
)


def _blank_aside(m: re.Match) -> str:
    if _relative_role(m.group("clause")):
        return m.group()
    return " " * (len(m.group()) - 1) + ","


_IDENTIFIED_AS = re.compile(r"(?<=,\s)(?:later\s+|since\s+)?(?:identified|named)\s+as\s+")
_KNOWN_AS = re.compile(r",\s+(?:also\s+|better\s+|locally\s+)?known\s+as\s+[^,;:\"“”]{1,60},")
_QUOTED_BY = re.compile(
    r"(?:^|,\s+)(?P<who>[^,;:\"“”_]{2,90}?)\s+(?:was|were|is|are)\s+quoted\s+by\s"
    r"[^,;:\"“”]{2,80}?\s+as\s+say"
)
_ANONYMOUS_CLAUSE = re.compile(
    r",?\s+who\s+(?:asked|requested|spoke|declined|did not want|wished)\s+(?:not\s+to\s+be\s+"
    r"(?:named|identified)|to\s+remain\s+anonymous|on\s+(?:the\s+)?condition\s+of\s+"
    r"anonymity|anonymously)(?:\s+(?:because|as|to)\s[^,.;:]{0,80})?,?"
)
_CORPORATE_TAG = re.compile(
    r"(?:,?\s(?:Inc|Ltd|LLC|Corp|plc|PLC)\.?(?=[\s,(])"
    r"|\s\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|ASX|OTC|OTCQX|Euronext|HKEX|TSE|AIM)"
    r"\s*:\s*[A-Z.]{1,6}\)"
    # an organisation's initials after its name: "the World Health Organization (WHO) said"
    r"|(?<=[a-z])\s\([A-Z][A-Z&.-]{1,9}\))+(?P<comma>,)?"
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
# A US party-and-state tag after a name: "Sen. Mark Hollis, R-Texas, told" / "(D-Calif.) said".
_PARTY_TAG = re.compile(r",\s+[RDI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,|\s\([RDI]-[A-Z][\w. ]*\)")
# Reporting verbs that are also plural nouns, and words that show the noun reading after them.
_NOUN_OR_VERB = frozenset("reports claims states notes calls comments posts estimates tweets "
                          "promises report claim estimate forecast".split())
_AFTER_NOUN = frozenset("have has had are were is was of from by in on about suggest show say "
                        "said indicate appear".split())
_NEEDS_COMPLEMENT = frozenset("agreed agrees promised promises pledged vowed vows urged urges "
                               "asked asks called calls continued continues".split())
# Verbs that only ever report speech: after "X did something and/but ___", X speaks ("Police
# arrested and questioned the student" is no report).
_SAYING_VERBS = frozenset("said says told tells added adds warned warns insisted insists argued "
                          "argues claimed claims stated states noted notes explained explains "
                          "wrote writes".split())
# Verbs that report only with "that": "the study found that ...", "figures showed that ...".
_THAT_ONLY = frozenset(
    "found finds showed shows show conceded concedes concede estimate state".split())
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_SIGNED = re.compile(rf"[\"”’_]\s*[-–—]\s*(?P<who>{_CAPRUN})\s*$")
# The role closing the sentence, or followed only by where or how it was said ("said Dan Ives, an
# analyst at Wedbush Securities, in a note to clients").
# The name after an unnamed source: '"...," said one resident, retired teacher Carol DeWitt.'
_NAME_AFTER_ROLE = re.compile(
    rf",\s+(?P<lead>(?:[{_UP}][\w'’-]*\s+)?(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{1,3}}|(?:(?!{_PARTICLE}\s)[a-z][\w'’-]*\s+){{0,3}})(?P<who>{_CAPRUN})\s*(?:[,.;!?]|$)"
)
_TRAILING_ROLE = re.compile(
    r",\s+(?P<role>[^,;:!?\"“”_]{3,90}?)"
    r"(?:,\s+(?:in|on|at|during|speaking|writing)\b[^,;:!?\"“”_]{0,80})?\s*[.!?]?\s*$"
)
_COLON_TAIL = re.compile(rf"(?P<who>(?:[^\s,;:()\"“”—–]+\s+){{0,6}}?{_CAPWORD})\s*$")
_COLON_QUOTE = re.compile(r":\s*[\"“‘_]")


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
                len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower())):
            end = start
            continue
        return end


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
    """The words before ``end`` back to a clause boundary (at most ten): (phrase, start)."""
    pos = end
    words = 0
    while pos > 0 and words < 10:
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
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|because|as|when|while|since|although|though|until|once|if)\s")
# "Figures from Eurostat show euro zone inflation was 2.4%": data that show something report it
_DATA_SUBJECT = re.compile(
    r"\s*(?:(?:the|new|latest|official|recent|provisional|preliminary)\s+)*"
    r"(?:figures|data|statistics|numbers|estimates|records|polls?|surveys?)\b", re.I)
_NOT_EXPECTATION = re.compile(
    r"\s+(?:next|later|soon|in|on|by|this|within|to|at|early|late|shortly|until)\b")
_NUMBER_BEFORE = re.compile(r"(?:\b\d(?:[\d,.]*\d)?%?|\b(?:[Tt]he|[Aa]n?|[Tt]hese|[Tt]hose))\s+$")
_PASSIVE_BEFORE = re.compile(r"\b(?:been|were|was|are|is|being|be)\s+$")
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
# A word just after a determiner is a noun: "The report found that ..." has no reporting verb.
_AFTER_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$")


def find_attribution(masked: str) -> Attribution | None:
    """The leftmost attribution in ``masked`` (a sentence with its quoted words masked)."""
    if "-" in masked:
        # the tag is blanked out (same length, so offsets hold): the name then meets its verb
        masked = _PARTY_TAG.sub(_blank_party_tag, masked)
    if "which" in masked or "who" in masked:
        # "The firm, which employs 9,000 people, said": the clause between subject and verb
        # says nothing of who spoke (unless it gives a role: "who chairs the committee")
        masked = _ASIDE_BEFORE_VERB.sub(_blank_aside, masked)
    if "identified as" in masked or "named as" in masked:
        # "The partner, later identified as Thomas Weber, told": the name
        masked = _IDENTIFIED_AS.sub(lambda m: " " * len(m.group()), masked)
    if "known as" in masked:
        # "The National Weather Service, known as the NWS, said": another name, not a role
        masked = _KNOWN_AS.sub(lambda m: " " * len(m.group()), masked)
    if "named" in masked or "anonymity" in masked or "identified" in masked:
        # "A doctor, who asked not to be named, told AFP": the clause says nothing of who spoke
        masked = _ANONYMOUS_CLAUSE.sub(lambda m: " " * len(m.group()), masked)
    if "(" in masked or "Inc" in masked or "Ltd" in masked:  # (also "(WHO)" after a name)
        # "Helix Therapeutics, Inc. (NASDAQ: HLXT) today announced": the same for a company's
        # legal form and its ticker
        masked = _CORPORATE_TAG.sub(_blank_corporate_tag, masked)
    signed = _SIGNED.search(masked) if "-" in masked or "—" in masked or "–" in masked else None
    if signed and split_phrase(signed.group("who"))[2]:
        # '"It's a long game." - Matthew Ingram': a quotation signed by its author
        return Attribution(signed.group("who"), signed.start("who"))
    tokens = set(_WORDS.findall(masked))
    verbs = ([m for m in _WORDS.finditer(masked) if m.group() in _VERB_SET]
             if not tokens.isdisjoint(_VERB_SET) else [])
    if not tokens.isdisjoint(_THAT_ONLY):
        # "The study found that ..., researchers said": who reports the finding, not what found
        # it ("We found that hard to believe, he said": he). "found that" speaks alone only.
        reporting = [v for v in verbs if v.group() not in _THAT_ONLY
                     and not _AFTER_DETERMINER.search(masked, 0, v.start())]
        if reporting:
            verbs = reporting
    according = masked.find("ccording to")
    if according > 0 and verbs and _FINAL_ACCORDING.search(masked):
        # "The White House is weighing a pause after senators warned that ..., according to
        # three people familiar with the talks": the source of the whole sentence, not a verb
        # inside its subordinate clause
        verbs = [v for v in verbs if not _SUBORDINATOR.search(masked, 0, v.start())]
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
    if (not verbs and according < 0 and not colon and not saying and not put_it
            and np_start is None):
        return None
    best: Attribution | None = None

    def consider(phrase: str, start: int, role: str | None = None) -> None:
        nonlocal best
        if best is not None and start >= best.start:
            return
        phrase = _clean_phrase(phrase)
        if not phrase:
            return
        name, prole, kind = split_phrase(phrase)
        if not kind:
            return
        best = Attribution(phrase, start, role)

    if np_start is not None:
        consider(masked[np_start:which.start()], np_start)
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
        m = _ACCORDING_APPOSITION.match(masked, according - 1)
        if m:
            consider(m.group("who"), m.start(), m.group("role"))
        m = _ACCORDING.match(masked, according - 1)
        if m:
            # "according to figures published by NHS England on Thursday": NHS England
            document = _DOCUMENT_FROM.match(m.group("who"))
            who = _ACCORDING_TAIL.sub("", document.group("who") if document else m.group("who"))
            # "according to LSEG data", "according to Reuters calculations": LSEG, Reuters
            owner = _NAMED_DOCUMENT.match(who.rstrip(" ."))
            if owner:
                # "according to the Chicago Police Department's year-end statistics", "CME
                # Group's FedWatch tool": the owner, before its possessive
                who = re.split(r"['’]s\b", owner.group("who"))[0]
            consider(who, m.start())
    for v in verbs:
        if best is not None and best.start < v.start():
            break
        after = v.end()
        if after < len(masked) and masked[after] in "'’-":
            continue  # "report's"
        if v.group() in _NEEDS_COMPLEMENT:
            nxt = _NEXT_WORD.match(masked, after)
            if nxt and nxt.group(1) in ("to", "for"):
                continue  # "agreed to pay", "asked for eight years": not reported speech
        if _NUMBER_BEFORE.search(masked, 0, v.start()):
            continue  # "37 confirmed cases", "the reported figure": an adjective, not a verb
        if v.group() == "expected" and _NOT_EXPECTATION.match(masked, v.end()):
            continue  # "... in the UK expected next month", "expected to open": not a forecast
        if v.group() in ("told", "asked", "informed", "expected", "called") and _PASSIVE_BEFORE.search(
                masked, 0, v.start()):
            continue  # "..., staff have been told": the listeners, not who spoke
        if v.group() in ("continued", "continues") and not (
                before_char(masked, v.start()) in ",”\"’_" or _COLON_OR_THAT.match(masked, v.end())):
            continue  # "The inquiry continues.": not speech ('"...," she continued' is)
        if v.group() == "echoed" and not _ECHOED_WARNING.match(masked, v.end()):
            continue  # "His comments echoed those of ...": only "echoed X's warning that" reports
        if v.group() in ("posted", "published") and _DOCUMENT_BEFORE.search(masked, 0, v.start()):
            continue  # "In a statement posted on its blog, Chatterly said": not a verb here
        if v.group() in _THAT_ONLY and not (v.group() in ("show", "shows", "showed")
                                            and _DATA_SUBJECT.match(masked)):
            nxt = _NEXT_WORD.match(masked, after)
            if (not nxt or nxt.group(1) != "that") and not (
                    _SENTENCE_END.match(masked, after) and masked[:v.start()].rfind(",") > 0):
                # "Engineers found corrosion": a finding, not a report ("found that" is, and so
                # is "..., the study found.")
                continue
        if v.group() in _NOUN_OR_VERB:
            nxt = _NEXT_WORD.match(masked, after)
            if nxt and nxt.group(1).lower() in _AFTER_NOUN:
                continue  # "Recent reports have revealed", "claims of fraud"
        end = _strip_aux(masked, v.start())
        before = masked[end - 1] if end > 0 else ""
        window_start = max(0, end - 250)
        apposition = False
        if before == ",":
            window = masked[window_start:end]
            m = _APPOSITION_AFTER_TAIL.search(window)
            if m:
                role = m.group("role").strip()
                role = _relative_role(role) or role  # "who chairs the group": chair of ...
                first = role.split()[0].lower() if role.split() else "which"
                second = role.split()[1].lower() if len(role.split()) > 1 else ""
                if (first not in _NOT_ROLE_START
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
            if m and split_phrase(_clean_phrase(m.group("who")))[2] and _lead_ok(m):
                consider(m.group("who"), window_start + m.start("role"), _apposed_role(m))
                apposition = True
        if before in (",", "”", '"', "’", "'", "_") and v.group() in _INVERTED_SET:
            # "...," said X
            m = _INVERTED_AFTER.match(masked, after)
            if m and _has_finite_verb(_CUT_WORDS.sub("", m.group("who"))):
                m = None  # "..., said the decision was ...": a clause, not who said it
            if m:
                role = None
                who = _CUT_WORDS.sub("", m.group("who"))
                named = _NAME_AFTER_ROLE.match(masked, m.end())
                if (named and who.split()[0].lower() in _DETERMINERS
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
            if (not last.strip() and len(parts) >= 3 and parts[-2] in ("and", "but")
                    and v.group() in _SAYING_VERBS):
                # "X welcomed the plan but said ...": the subject of the first verb speaks.
                # (The sentence up to this verb: the subject may lie inside the phrase.)
                subject = _sentence_subject(masked[:end])
                if subject is not None:
                    consider(subject.phrase, subject.start, subject.role)
                else:
                    # "Campaigners welcomed the fine but said ...": an unnamed group
                    words = masked[:end].split()
                    for k in (1, 2):
                        if len(words) > k and words[k - 1].lower() in SOURCE_NOUNS:
                            consider(" ".join(words[:k]), masked.find(words[0]))
                            break
            elif last.strip():
                # "Residents interviewed by the Riverton Herald said": the residents
                # "A statement from the airline said": the airline
                bare = last.strip()
                agent = (_BY_AGENT.match(last) or _DOCUMENT_FROM.match(bare[:1].lower() + bare[1:])
                         or _OWNED_DOCUMENT.match(bare))
                consider(agent.group("who") if agent else last, pstart + len(phrase) - len(last))
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
            elif best is None:
                # 'Ann Lee had a message for voters: "..."': the sentence's named subject
                subject = _sentence_subject(masked[: m.start()] + " ")
                if subject is not None:
                    consider(subject.phrase, subject.start, subject.role)
    if saying:
        m = _SAYING.search(masked)
        if m and (best is None or best.start > m.start()):
            for cand in re.finditer(_CAPRUN, masked[: m.start()]):
                phrase = _LEADING_JUNK.sub("", cand.group())
                more = _ROLE_THEN_NAME.match(masked, cand.end(), m.start())
                if more and _role_like(more.group("role").split()):
                    # "Unison general secretary Christina McAnea welcomed ..., saying"
                    phrase = f"{phrase} {more.group('role').strip()} {more.group('who')}"
                name, role, kind = split_phrase(phrase)
                if kind in ("person", "entity", "org") and cand.group().split()[0] not in (
                    "Aboard", "After", "Before", "In", "On", "At", "During", "Despite", "Under",
                ):
                    consider(phrase, cand.start())
                    break
    return best


def _lead_role(text: str, start: int) -> str | None:
    """The role words just before ``text[start:]``: "Senior researcher" in "Senior researcher
    Mu Li"."""
    lead: list[str] = []
    for tok in reversed(text[max(0, start - 80):start].split()):
        bare = tok.strip(",.")
        if bare != tok:
            break
        low = bare.lower()
        if (low in SOURCE_NOUNS or low in _ROLE_NOUNS or bare in TITLE_WORDS
                or _NATIONALITY.match(bare) or _POSSESSIVE.search(bare)
                or (not lead and bare.islower() and low.endswith(_PERSON_NOUN_ENDS)
                    and low not in _WRAP_WORDS)
                or (lead and bare.islower() and low not in _WRAP_WORDS
                    and not low.endswith(("ed", "ing", "ly")))
                or (lead and bare[:1].isupper() and low not in _WRAP_WORDS
                    and bare not in _LEADING_WORDS)):
            # ("the American billionaire Richard Calloway", "former Wirecard finance manager
            # Stephan von Erffa")
            lead.insert(0, tok)
        else:
            break
    return " ".join(lead) or None


_PERSON_NOUN_ENDS = ("aire", "er", "or", "ist", "ian", "ant", "ent", "ess")
# Function words that never belong to a role before a name.
_WRAP_WORDS = frozenset(
    "the a an of to and or but that which who from with in on for at by as is was were are be "
    "been had has have than into its his her their our this these those said says told will "
    "would could should may might must not after before when while against under over".split())
_PARTICIPLE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+ing|Asked|Quoted|Interviewed)\s+[a-z]")
_FIRST_CLAUSE = re.compile(
    r"\s*(?P<who>[^,;:()\"“”—–_]{2,60}),\s+(?:in|on|at|speaking|citing|published|released|"
    r"commissioned|conducted|funded|written|carried)\b"
)
_WHOLE_SUBJECT = re.compile(r"\s*(?P<who>[^,;:()\"“”—–_]{2,220}),\s*$")
# An opening adverbial phrase before the subject: "On the pledge, ...", "After the vote, ...".
_INTRO_PHRASE = re.compile(
    r"\s*(?:On|In|At|After|Before|During|For|With|About|Despite|Over|Under|Amid|Since|"
    r"Following|Regarding|Asked about|Asked why)\s[^,;:()\"“”—–_]{2,120}?,\s+(?=[A-Za-z])"
)
_PRONOUN_SUBJECT = re.compile(r"\s*(?P<who>[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]")
# A word and a colon opening a sentence that label it rather than name a speaker.
_LABELS = frozenset(
    "Claim Verdict Fact Rating Update Background Context Note Correction Quote Question Answer "
    "Q A Source Sources Watch Read Related Analysis Opinion Breaking Exclusive Warning "
    "Conclusion Summary Editor Disclaimer".split()
)
_FIRST_NAMED = re.compile(
    rf"\s*(?P<who>(?:[^\s,;:()\"“”—–]+\s+){{0,6}}?{_CAPWORD}(?:\s+{_CAPWORD})*)[\s,]"
)


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


def _role_heads(role: str) -> list[str]:
    """Each part of a role up to its prepositional phrase: "Professor, chair of the Climate
    Change Committee" -> ["professor", "chair"] (he is a chair, not a committee)."""
    return [re.split(r"\s(?:of|at|for|in|from|with|to)\s", part.strip())[0]
            for part in role.lower().split(",") if part.strip()]


def _relative_role(clause: str) -> str | None:
    """A role from a relative clause: "who chairs the library group" -> "chair of the library
    group"; None for any other clause ("who was there")."""
    m = _RELATIVE_ROLE.match(clause.strip())
    return f"{_RELATIVE_NOUNS[m.group('verb')]} of {m.group('what')}" if m else None


def _titled(role: str) -> bool:
    """Whether a capitalised phrase is a title ("Conservative MP for Harrow East", "Chief
    Executive of Acme"): a title word, and no verb."""
    words = role.split()
    return (any(w.strip(",.") in TITLE_WORDS for w in words) and _role_like(words)
            and not _has_finite_verb(role))


def _lead_ok(m: re.Match) -> bool:
    """Lower-case words before the name in "One resident, retired teacher Carol Ann DeWitt,"
    must make a role ("retired teacher"), not a clause."""
    lead = m.group("lead").split()
    if not lead:
        return True
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
    if lead:
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
    if m:
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
        return Attribution(pronoun.group("who"), pronoun.start("who"))
    intro = _INTRO_PHRASE.match(prefix)
    if intro:
        # "On the climate pledge, Laura Mendes did not mince words:": after the opening phrase
        found = _sentence_subject(prefix[intro.end():])
        return Attribution(found.phrase, found.start + intro.end(), found.role) if found else None
    m = _FIRST_NAMED.match(prefix)
    if m and _PARTICIPLE_OPENING.match(prefix):
        return None  # "Speaking outside the courthouse, ..." is no subject
    if m and split_phrase(_clean_phrase(m.group("who")))[2] in ("person", "entity", "org"):
        return Attribution(_clean_phrase(m.group("who")), m.start("who"))
    return None


# -- people an article names ----------------------------------------------------------------------



@dataclass
class Person:
    name: str
    role: str | None
    position: int  # order of last mention


class Resolver:
    """Resolves the speakers of one article's sentences, in order."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}  # full name -> Person
        self.by_surname: dict[str, str] = {}  # surname -> full name, the latest one
        self.counter = 0
        self.last_person: str | None = None  # last person speaker
        self.last_person_at = -10
        self.last_group: tuple[str, str | None] | None = None
        self.last_thing: tuple[str, str | None] | None = None
        # the last organisation or other non-person named as a speaker, not a news outlet: what a
        # later "the company" or "the chipmaker" most likely means
        self.last_named: tuple[str, str | None] | None = None
        self.last_named_at = -10
        self.named_bodies: list[tuple[str, int]] = []  # (organisation, sentence number)
        self.ages: dict[str, str] = {}  # "57" -> the person said to be 57
        self.sentence_no = 0
        self.unnamed: dict[str, str] = {}  # head noun -> the fullest phrase used for it
        self.orgs: dict[str, str] = {}  # last word, lower case -> organisation named
        self.gender: dict[str, str] = {}  # person -> "he" or "she", once a pronoun named them
        # the last unnamed source whose noun says "he" or "she" ("the spokeswoman"): (phrase,
        # pronoun, sentence number)
        self.last_unnamed: tuple[str, str | None, int, str | None] | None = None

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
        last = _PREFIXED_SURNAME.match(words[-1])
        if last:
            # "Sharaa said" after "Ahmed al-Sharaa"
            self.by_surname.setdefault(last.group(1), name)
        if len(words) >= 2 and words[0] in _FAMILY_NAME_FIRST:
            # "Zhang said" after "Zhang Wei", "Xi said" after "Xi Jinping" (family name first)
            self.by_surname.setdefault(words[0], name)

    def note_people(self, text: str, limit: int | None = None,
                    subject_slot: bool = True) -> list[tuple[int, str, str | None]]:
        """Record the people named in ``text[:limit]``; returns (offset, name, role) for each.
        A person named at the start of ``text`` (a sentence) becomes the likely referent of a
        later pronoun, unless ``subject_slot`` is false (``text`` is not a sentence start)."""
        found = []
        for m in re.finditer(_CAPRUN, text[:limit] if limit is not None else text):
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
            if any(t.strip(",.") in ORG_WORDS for t in tokens):
                # an organisation: "the trust" later may mean "the Better Journeys Trust"
                cut = next((k for k, t in enumerate(tokens) if t in ("of", "for", "at")), None)
                if cut and cut >= 2:
                    # "Judge Eleanor Park of the U.S. District Court": a person of it
                    name, role, kind = split_phrase(" ".join(tokens[:cut]))
                    if kind == "person" and name:
                        self._add_person(name, role)
                        found.append((m.start(), name, role))
                last = tokens[-1].strip(",.")
                if last in ORG_WORDS and last not in _NOT_SOURCES:
                    org = " ".join(tokens[1:] if tokens[0] in ("The", "the") else tokens)
                    self.orgs[last.lower()] = org.strip(",.")
                continue
            # the role words just before the run are part of the phrase for split_phrase
            lead_role = _lead_role(text, m.start())
            lead = lead_role.split() if lead_role else []
            name, role, kind = split_phrase(" ".join(lead + tokens))
            if kind != "person" or not name:
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
        if full is None and len(name) >= 5 and name not in self.people:
            # A misspelt surname ("Bauchtman" for "Buchtmann"): a known one that the name-variant
            # rules would pair with it, the closest first.
            from .names import similar

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
        self.sentence_no += 1
        att = find_attribution(masked)
        if att is None:
            self.note_people(masked)
            return None, None
        name, role, kind = split_phrase(att.phrase)
        if not kind or not name:
            self.note_people(masked)
            return None, None
        if att.role:
            role = _role_text(att.role) or None
        # People named before the attribution are candidates for a pronoun in it.
        mentions = self.note_people(masked, att.start)
        result = self._speaker(name, role, kind, mentions, masked[att.start:])
        self.note_people(masked[att.start:], subject_slot=False)
        if result[0] in self.people and result[0] not in self.gender and kind != "pronoun":
            # "Natalie Greene said she lost 40 files": she
            own = _SAID_PRONOUN.search(masked, att.start)
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
        if kind == "person":
            self._add_person(name, role, authoritative=True)
            known = self.people[name]
            self.last_person, self.last_person_at = name, self.sentence_no
            return name, role or known.role
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
        if len(words) == 1 and words[0] in self.orgs and words[0] in _SINGULAR_BODIES:
            # "The Commission said" after "The European Commission fined ...": that commission
            org = self.orgs[words[0]]
            self.last_thing = (org, None)
            return org, None
        age = _AGE.match(words[1]) if len(words) in (2, 3) and words[0] == "the" else None
        if age and (len(words) == 2 or not self._role_holder(words[2])):
            # "The 57-year-old said": the person of that age, or the person just spoken of
            who = self.ages.get(age.group(1))
            if who is None and self.last_person and self.sentence_no - self.last_person_at <= 2:
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
        if words[0] == "the" and len(words) <= 3:
            earlier = self.unnamed.get(words[-1])
            if earlier and len(words) == 3 and words[1] not in earlier.split():
                earlier = None  # "the audit office" is not "the national statistics office"
            holder = self._role_holder(" ".join(words[1:]))
            if holder is None and len(words) == 3 and _DESCRIBES_PERSON.match(words[1]):
                # "the Italian coach", "the 44-year-old coach": the person named as the coach
                holder = self._role_holder(words[2])
            if earlier:
                name = earlier
            elif holder:
                # "said the minister" after "Finance Minister Maria Lopez": the person named
                # with that role, the latest if several.
                self.last_person, self.last_person_at = holder.name, self.sentence_no
                self._add_person(holder.name, None)
                return holder.name, holder.role
            elif len(words) == 2 and words[-1] in self.orgs:
                # "the alliance" after "the Dale Patients' Alliance"
                org = self.orgs[words[-1]]
                self.last_thing = (org, None)
                return org, None
            elif (len(words) == 2 and _is_company_noun(words[-1]) and self.last_named
                    and self.sentence_no - self.last_named_at <= _NAMED_REACH):
                # "Nvidia reported ... The chipmaker said ...": the company named just before
                self.last_thing = self.last_named
                return self.last_named
            elif len(words) == 2 and words[-1] in _BODY_NAMES:
                # "The agency said" after "The National Disaster Management Authority said",
                # "the force said" after "West Yorkshire Police said": a body named before
                # whose name fits the noun
                body = self._body_named(words[-1])
                if body:
                    self.last_thing = (body, None)
                    return body, None
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
        for name, at in reversed(self.named_bodies):
            if self.sentence_no - at > _NAMED_REACH + 2:
                break
            if fits is None:
                # any name will do, but only the last to speak, just before
                return name if self.sentence_no - at <= 2 and at > self.last_person_at else None
            if any(w.strip(",.") in fits for w in name.split()):
                return name
        return None

    def _named(self, name: str, role: str | None) -> None:
        if name[:1].isupper():
            self.named_bodies.append((name, self.sentence_no))
        if name[:1].isupper() and not any(w in _OUTLET_WORDS for w in name.split()):
            self.last_named, self.last_named_at = (name, role), self.sentence_no

    def _role_holder(self, noun: str) -> Person | None:
        """The person last named with a role ending in ``noun`` ("minister": "Finance
        Minister"), if any."""
        noun = noun.lower()
        holders = [
            p for p in self.people.values()
            if p.role and any(h == noun or h.endswith(" " + noun) for h in _role_heads(p.role))
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
                return self.last_unnamed[0], self.last_unnamed[3]
            candidates = [name for _, name, _ in reversed(mentions)]
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


_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|told\s+\w+|added|insisted|claimed|argued|explained)\s+(?:that\s+)?"
    r"(he|she)\s+(?:was|is|had|has|would|will|could|did|lost|won|felt|believed|wanted)\b")
# Title words that name a field, not an office: before a single name they start a body's name.
_DEPARTMENT_WORDS = frozenset(
    "Health Finance Defence Defense Interior Education Trade Energy Environment Economy "
    "Transport Agriculture Labour Labor Home Culture Communications Science Technology State "
    "Federal Regional National Local".split())
# Short forms of titles that a later mention uses: "DI Kowalczyk" after "Detective Inspector
# Mark Kowalczyk".
_SHORT_TITLES = frozenset("DI DS DC DCI DCS PC PCSO Prof Prof. Supt Insp Det Sgt Cllr".split())
_COURTESY = frozenset("Mr Mrs Ms Miss Mx".split())
_SPEAKS_FOR = frozenset(
    "spokesperson spokesman spokeswoman representative representatives publicist office "
    "campaign team".split())
_AGE = re.compile(r"^(\d{1,3})-year-old$")
_AGE_IN_ROLE = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
# Unnamed people a later he or she may mean: "one engineer", "a witness".
_LONE_PEOPLE = frozenset(
    "engineer witness resident worker nurse midwife teacher student employee neighbour "
    "neighbor passenger driver farmer mother father woman man survivor victim parent shopkeeper "
    "owner customer patient doctor soldier officer volunteer".split())
# "the agency", "the force" ...: the words an organisation's name has for each (None: any name).
_BODY_NAMES = {
    "agency": {"Agency", "Authority", "Service", "Administration", "Bureau", "Office",
               "Commission", "Department", "Directorate"},
    "force": {"Police", "Constabulary", "Force"},
    "union": {"Union", "Workers", "Federation", "Association", "GMB", "Unite", "Unison", "RMT"},
    "council": {"Council"},
    "ministry": {"Ministry", "Department"},
    "regulator": {"Authority", "Commission", "Office", "Ofcom", "Ofgem", "Ofwat", "Regulator",
                  "FCA", "SEC", "FTC"},
    "club": {"FC", "United", "City", "Club", "Rovers", "Athletic", "Wanderers", "Albion"},
    "party": {"Party"},
    "charity": None, "body": None, "organisation": None, "organization": None,
    "website": None, "broadcaster": None, "airline": None, "insurer": None,
}
# Nouns and titles that tell whether "he" or "she" refers to their holder.
_GENDERED_NOUNS = {
    **dict.fromkeys(
        "mr mr. sir lord king prince father son husband brother uncle nephew grandfather "
        "spokesman chairman congressman councilman businessman actor widower boy man "
        "monsieur señor herr".split(), "he"),
    **dict.fromkeys(
        "ms ms. mrs mrs. miss dame lady queen princess mother daughter wife sister aunt niece "
        "grandmother spokeswoman chairwoman congresswoman councilwoman businesswoman actress "
        "widow girl woman madame señora frau".split(), "she"),
}


def _gender_of(role: str) -> str | None:
    """"he" or "she" if a role says which ("Mr", "her father", "spokeswoman for ..."): its first
    gendered word; None if none or both."""
    found = {_GENDERED_NOUNS[w] for w in role.lower().replace(",", " ").split()
             if w in _GENDERED_NOUNS}
    return found.pop() if len(found) == 1 else None


_LEADING_WORDS = frozenset(
    "The A An But And In On At After Before During Aboard According Despite Under Over While "
    "When If As Since Although Though Last Next This That These Those Its It His Her Their Our "
    "Mr Mrs Ms Dr Citing Writing Speaking Asked Following Meanwhile However Yet So Then "
    "Responding Addressing Testifying Explaining Commenting Reacting Visiting Announcing".split()
)


def find_speaker(sentence: str) -> tuple[str | None, str | None, bool]:
    """(speaker, role, is_pronoun) for one sentence on its own, without article context."""
    att = find_attribution(sentence)
    if att is None:
        return None, None, False
    name, role, kind = split_phrase(att.phrase)
    if att.role:
        role = _role_text(att.role)
    return name, role, kind == "pronoun"


_OPENING = re.compile(
    r"^[\s\"“‘'(]*(?:(?:But|And|So|Yet|However|Meanwhile|Still|Then|Now|Also|Instead|Earlier|"
    r"Later|Today)[\s,]+)*$"
)


# An opening phrase before the subject: "Asked why she left the bank, Mendes was blunt."
_OPENING_PHRASE = re.compile(r"^[\s\"“‘'(]*[A-Z][^,;:\"“”()]{1,80},\s*$")


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether only an opening conjunction or adverb comes before ``pos`` in ``text``."""
    return pos <= 0 or bool(_OPENING.match(text, 0, pos)) or bool(
        _OPENING_PHRASE.match(text, 0, pos))


def _head(phrase: str) -> str:
    """The head noun of an unnamed source: "a spokesperson for the authority" -> spokesperson."""
    words = phrase.split()
    for k, w in enumerate(words):
        if k > 0 and w in _PREPOSITIONS:
            return words[k - 1]
    return words[-1]


# Head nouns of roles that only a person holds ("a spokesman for the union"; not "the agency").
_PERSON_ROLE_HEADS = _ROLE_NOUNS | frozenset(
    "spokesperson spokesman spokeswoman official diplomat minister judge prosecutor lawyer "
    "attorney doctor engineer economist leader envoy president aide adviser advisor "
    "representative chair chairman executive director editor reporter scientist expert analyst "
    "critic councillor councilor senator governor mayor ambassador chancellor secretary "
    "commissioner spokesmen founder treasurer inspector detective sergeant colonel general "
    "negotiator mediator candidate politician presenter author partner manager member officer "
    "owner head chief professor fellow researcher".split()
)


def _is_person_role(role: str) -> bool:
    """Whether a role names a person: titles only ("President", "Dr."), or a description whose
    head noun only a person can be ("spokesman for the transport union")."""
    words = role.split()
    if words and all(w in TITLE_WORDS for w in words):
        return True
    return _head(_role_text(role)).lower().strip(",.") in _PERSON_ROLE_HEADS


# Unnamed sources that are one body, not people: "it" may refer back to them.
_SINGULAR_BODIES = frozenset(
    "company firm airline bank ministry department government council committee agency court "
    "union authority regulator watchdog charity group association federation commission board "
    "university hospital school club team party police army military administration office "
    "network channel newspaper website operator retailer chain carrier insurer lender alliance "
    "organisation organization institute trust foundation coalition".split()
)
# A word before a role noun that describes its holder, not the role: a nationality or an age.
_DESCRIBES_PERSON = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)|\d{1,3}-year-old)$")

# "the company", "the chipmaker": a business that a name given shortly before may be.
_COMPANY_NOUNS = frozenset(
    "company firm group retailer airline carrier lender insurer bank supermarket conglomerate "
    "startup start-up manufacturer broadcaster publisher miner brewer builder developer "
    "exporter supplier distributor platform".split()
)
# Sentences after a named speaker in which "the company" may still mean it.
_NAMED_REACH = 4
# Words of the names of news outlets: "Bloomberg reported ... The company said" is not Bloomberg.
_OUTLET_WORDS = frozenset(
    "News Times Post Journal Herald Tribune Guardian Telegraph Reuters Press Bloomberg BBC CNN "
    "AFP AP Radio Television TV Broadcasting Gazette Chronicle Observer Standard Mail "
    "Independent Economist Politico Axios".split()
)


def _is_company_noun(word: str) -> bool:
    return word in _COMPANY_NOUNS or (word.endswith("maker") and len(word) > 5)


_ROLE_CLAUSE = re.compile(r"\s+(?:who|whose|which|that|whom)\s.*$", re.S)
_NO_ROLE = re.compile(r"^(?:one|another)(?:\s+of\s+(?:them|those|these|us))?$", re.I)


def _role_text(role: str) -> str:
    """An appositive role without its leading article: "the authority's director" -> as is but
    "a paediatrician in Eastfield" -> "paediatrician in Eastfield"."""
    role = role.strip()
    if _NO_ROLE.match(role):
        return ""  # "One of them, Sian Evans, said": no role
    # "the privacy activist whose complaint started the case": the role ends at the clause
    role = _ROLE_CLAUSE.sub("", role) or role
    for det in ("the ", "a ", "an ", "one ", "another ", "whose ", "its ", "his ", "her ", "their "):
        if role[:len(det)].lower() == det:
            return role[len(det):]
    return role
