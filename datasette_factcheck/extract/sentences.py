"""Sentence boundaries with character offsets, and the lines that are not sentences.

Boundaries start from ``sentencex`` (Wikimedia's maintained segmenter). News text trips it in a
few known ways, which the rules here correct:

- it never splits inside quotation marks, so a quote running over several sentences came out as
  one sentence: candidate boundaries inside quotes are added back;
- ``Image: ...`` photo credits glued to the end of a caption are split off;
- it can split after a title or an initial (``Dr.``, ``Jan.``, ``J.``), or after ``U.S.`` when
  the next word carries on the sentence: such boundaries are vetoed;
- a sentence ending inside closing quotes (``points.”``) keeps the closing quote.

Each paragraph (text between blank lines) is segmented on its own. Lines that are headlines,
sub-headings, datelines, bylines or credits are labelled so that they are never stored as claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

SENTENCE = "sentence"
HEADING = "heading"
DATELINE = "dateline"
CREDIT = "credit"
CAPTION = "caption"  # a fragment without final punctuation before a photo credit: "Belle Image: ..."

_PARAGRAPH = re.compile(r"[^\n]*\S(?:.*?\S)??(?=[ \t]*\n\s*\n|\s*\Z)", re.S)
_LINE = re.compile(r"[^\n]+")
# A bracketed photo credit: "(Express photo by Ashish Kale)", "(PTI Photo)", "(Getty Images)".
_BRACKETED_CREDIT = (r"\((?:[\w.&/-]+\s){0,3}(?:[Pp]hoto(?:graph)?|Images?|Pic|Picture|Photos)"
                     r"\b[^()\n]{0,60}\)\s*$")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]*_]*$|[\"”’»]$")
_FINAL = ".!?…:;"
_AFTER_FINAL = "\"'”’»)]*_"  # (none of them final)
_CLOSING_QUOTES = "\"”’»"


def _ends_terminally(line: str) -> bool:
    """``bool(_TERMINAL.search(line))``, from the end of the line: the search tried both
    alternatives at every character of it (a paragraph's line, hundreds of them). Its ``$``
    is the end, or just before a line break that ends the line."""
    if line.endswith("\n"):
        line = line[:-1]
    if not line:
        return False
    if line[-1] in _CLOSING_QUOTES:
        return True
    before = line.rstrip(_AFTER_FINAL)  # (final punctuation, then only these)
    return bool(before) and before[-1] in _FINAL
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATELINE = re.compile(
    rf"^[*_]*(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH}),?"
    rf"\s+\d{{4}}(?:[,\s]+\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{{2,4}})?)?\.?[*_]*$"
    rf"|^[*_]*{_WEEKDAY},?\s+{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\.?[*_]*$"
    rf"|^[*_]*\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?\S*)?[*_]*$"
    # An agency-style dateline on a line of its own: "LONDON (Reuters) -" or "KYIV, Ukraine —".
    r"|^[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w .]+)?\s*(?:\([\w .]+\))?\s*[-–—]?$"
)
# A page's time stamp: "Updated 11:05 a.m. ET, March 3, 2025", "Published 14:02 GMT".
_UPDATED = re.compile(
    r"^[*_]*(?:Updated|Published|Posted|Last updated|First published|Last modified)\s*:?\s+"
    r"(?:on\s+|at\s+)?(?:\d|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
    r"Sep|Oct|Nov|Dec)[a-z]*\.?\s)[^!?]{0,60}$"
    # a time stamp's word or its age on a line of its own: "Published", "3 hours ago"
    r"|^(?:Updated|Published|Posted)$|^\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$"
    # a live page's time stamp: "12:41 a.m.", "Share 10:52 p.m."
    r"|^(?:Share\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
    re.I)
# A page's links and furniture: "Related: ...", "Read more: ...", "Advertisement".
_NAVIGATION = re.compile(
    r"^[*_]*(?:Related(?: (?:stories|articles|coverage))?|Read (?:more|also|next)|Also read|"
    r"See also|More on this(?: story)?|Watch|Listen|Recommended|Most read|Trending|"
    r"Sign up|Subscribe)\s*:|^[*_]*Advertisement[*_]*$", re.I)
_IMAGE_LABEL = re.compile(r"^(?:Image|Video|Media|Audio) (?:caption|source|credit)\s*,")
_CREDIT = re.compile(
    r"^[*_(\[]*(?:Image|Photo(?:graph)?|Picture|Pic|Credit|Video|Source|Illustration|Graphic|"
    r"File photo|Courtesy|Caption)s?(?:\s+(?:credit|by))?\s*:"
    # a broadcaster's labels before a caption and its source: "Image caption,"
    r"|" + _IMAGE_LABEL.pattern[1:],
    re.I,
)
_BYLINE = re.compile(
    r"^[*_]*(?:[-–—]+\s*)?(?:[Bb]y|Reporting by|Written by|Additional reporting by|Editing by|"
    r"With (?:additional )?(?:assistance|reporting|reports) from)\s+"
    r"[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){0,7}"
    r"(?:\s*[,|/–—-]\s*[\w .'’-]+)?[*_]*$"
)
# The page's or the wire's, not the article's: "Associated Press writer Jenny Ho contributed to
# this report.", "SOURCE Novalith Systems, Inc.", "Copyright 2025 Metro Public Radio.", a line
# that is only a company's name ("Novalith Systems, Inc."), "Journal reference: ...".
_FURNITURE = re.compile(
    r"^SOURCE\s+[A-Z]"
    r"|^(?:Copyright|©)\s*(?:\(c\)\s*)?\d{4}\b"
    r"|^(?:[A-Z][\w&.'’-]*,?\s+){1,5}(?:Inc|Ltd|LLC|Corp|plc|PLC|Co|AG|SA|NV)\.?$"
    r"|^(?:Journal reference|Reference|References|Citation|DOI|Paper|Study)\s*:"
    r"|^\(This (?:story|article|report) (?:has not been|was not) edited"
    # a contact line, a follow line, a syndication note, a share prompt, a wire's standards
    r"|^(?:Contact|Email|E-mail|Reach)\b.{0,120}(?:@\w|\d{3}[-. )]\d{3})"
    r"|^Follow (?:him|her|them|us|me|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) on "
    r"(?:X|Twitter|Instagram|Facebook|Threads|Bluesky|LinkedIn|TikTok|Mastodon|WhatsApp|"
    r"YouTube|Telegram|Google News)\b"
    r"|^This (?:report|story|article) (?:by .{1,60} )?was (?:first |originally )?published\b"
    r"|^(?:Kindly |Please )?[Ss]hare this (?:story|article|post|page)\b"
    r"|^Our Standards:"
    r"|^(?:Media|Press) (?:contacts?|enquiries|inquiries)\s*:"
    # subscription and sign-up prompts, site notices, a science site's boilerplate
    r"|^(?:Please\s+)?(?:turn on|enable) JavaScript\b|^Loading(?:\.{3}|…)?$"
    r"|^Support (?:local|independent|quality|our) journalism\b"
    r"|^(?:Subscribe|Sign up|Register)\b.{0,120}\b(?:newsletter|subscribe|subscription|free|"
    r"months?|posts|updates|support)\b"
    r"|^Log in,? (?:register|or)\b|^Thanks for reading\b|^Start (?:the|your) day with\b"
    r"|^(?:Journal information|More information)\s*:"
    r"|^This (?:document|article|story|material) is subject to copyright"
    r"|^Apart from any fair dealing\b|^The content is provided for information purposes only"
    r"|^For more information,? (?:visit|contact|call|see|go to|email)\b"
    # a live page's authors: "Rachel Okonjo (now) and Tom Aldridge (earlier)"
    r"|^[A-Z][\w'’-]+ [A-Z][\w'’-]+ \((?:now|earlier)\)(?:,? and [A-Z][\w'’-]+ [A-Z][\w'’-]+ "
    r"\((?:now|earlier)\))?$"
    # a paywall, a comment box, sign-in and alert prompts, a site's own notices
    r"|^You have read \d+ of \d+ (?:free )?articles\b|^Already a (?:subscriber|member)\?"
    r"|^(?:Log ?in|Sign ?in|Sign out|Register)$|^(?:Type|Enter) your email\b"
    r"|^(?:Write|Leave|Post) a comment\b|^Got a (?:story|news tip|tip)\b"
    r"|^You can (?:WhatsApp|email|call|text|message|contact) us\b"
    r"|^(?:Join|Follow) our \w+ (?:channel|page|group|community)\b"
    r"|^(?:Enable|Turn on|Allow) (?:push )?notifications\b|^Disable (?:any ?time|at any time)\b"
    r"|^Be the first to (?:read|know|hear|see)\b|^You can unsubscribe\b"
    r"|^Get (?:weekly|daily|the latest|our)\b.{0,60}\b(?:inbox|email|updates|newsletter)\b"
    r"|^All [Rr]ights [Rr]eserved\.?$|^(?:Copyright\s*)?©|^Copyright\s+\d{4}\b"
    r"|^Advertisements? on this (?:site|page)\b"
    r"|^[A-Z][\w&'’ -]{1,40} is (?:a )?part of the [A-Z][\w&'’ -]{1,40} (?:network|group)\.?$"
    r"|^All quotes (?:are )?delayed\b|^See here for a full list of exchanges\b"
    r"|^News provided by\b|^(?:Play|Watch) (?:video|Video)\.?$|^Duration:\s"
    r"|^(?=[^a-z]{12,}\?$)[A-Z'’ ]+\?$"  # "WANT YOUR COMPANY'S NEWS FEATURED ON PRIMEWIRE?"
    # a comment form, a tip line, a page survey, an app prompt, a wire's update note, a footer
    r"|^Your email address will not be published\b|^Required fields are marked\b"
    r"|^Have a (?:confidential )?(?:news )?tip\b|^Do you know more\?|^Get in touch\.?$"
    r"|^Was this (?:page|article|information) (?:useful|helpful)\?|^Yes\s*No$"
    r"|^Download (?:the|our) .{1,40}\bapp\b"
    r"|^\((?:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Refiles)\b[^()]{0,120}\)$"
    r"|^Terms of (?:Service|Use)\b|^.{0,60}\|\s*Privacy Policy\b"
    # a match timeline ("34' GOAL!", "61' Substitution: ...") and a team sheet without its
    # formation ("Ashford Town: Hale; Okafor, Brennan, ...")
    r"|^\d{1,3}(?:\+\d{1,2})?['’]\s"
    r"|^[A-Z][\w .'’-]{1,40}:\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?;\s*[A-Z][\w.'’-]+,"
    # a fact-check's rating box
    r"|^(?:Our )?[Vv]erdict\s*:|^(?:Our )?[Rr]ating\s*:"
    # a match report's team sheets: "Booked: Dallow, Cole.", "Harwick Town (4-3-3): Kerr; ..."
    r"|^(?:Booked|Sent off|Subs(?:titutes)?(?: not used)?|Referee|Attendance|Scorers?|Goals|"
    r"Venue|Crowd|(?:Man|Player) of the match)\s*:"
    r"|^[A-Z][\w .'’-]{1,40} \(\d-\d-\d(?:-\d)?\)\s*:"
    # a reference list's entries: "Whitcomb, J., Okuda, R. & Ibarra, C. (2025). ..."
    r"|^[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?){1,3}(?:,|\s&|\set al\.|\s\(\d{4}\))"
    r"|^" + _BRACKETED_CREDIT)
# The page's too, wherever in the line (searched only when a key word is there, the way the
# extractor keeps its speed): "Associated Press writer Jenny Ho contributed to this report.", "The
# Highveld Wire is not responsible for the content of third-party advertisements.", a privacy
# notice, an acknowledgement of country.
_FURNITURE_ANYWHERE = re.compile(
    r"\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\.?$"
    r"|\bis not responsible for the content of\b"
    r"|\bin accordance with (?:the|our) [\w ]{0,40}Privacy\b"
    r"|\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians))\b")


def _is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line)) or _is_furniture_anywhere(line)


def _is_furniture_anywhere(line: str) -> bool:
    return (len(line) <= 300 and ("contributed" in line or "responsible for" in line
                                  or "accordance" in line or "cknowledge" in line)
            and bool(_FURNITURE_ANYWHERE.search(line)))


# A question standing alone as a sub-heading: "What's next?", "What do I need to do?"
_QUESTION_HEADING = re.compile(
    r"^(?:What|Why|How|Who|When|Where|Which|Is|Are|Can|Will|Should|Do|Does|Did)\b[^\"“”‘’.!]{0,60}"
    r"\?$")
# A heading that ends in a quotation with no full stop anywhere: "Welsh first minister: ‘If you
# don’t need to travel, don’t’".
_QUOTED_HEADLINE = re.compile(r"^[^.!?\n]{5,120}[^.!?,;:\s]['’”\"]$")
# A letter's or newsletter's closing words: "Ngā mihi,", "Kind regards,".
_SIGN_OFF = re.compile(r"^[A-Z][^\s.!?,]*(?: [^\s.!?,]+){0,2},$")

# A short label ending in a colon, standing on its own line: "Key takeaways:".
# (not one opening like a sentence: "The key findings:", "Here is what we know:")
_LABEL_HEADING = re.compile(
    r"^(?!(?:The|A|An|This|These|Those|Here|Our|Its|Their|His|Her)\b)[A-Z][\w'’-]*"
    r"(?: [\w'’-]+){0,2}:$")
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|asked|added|wrote|writes|replied|explained|"
                          r"stated|declared|tweeted|posted|continued|warned)\b")
# A line after which the rest of its paragraph is the page's: a reference or a contact block.
_BLOCK_LABEL = re.compile(
    r"^(?:Journal reference|References?|Citation|Sources?|(?:Media |Press )?[Cc]ontacts?|"
    r"(?:Media|Press) (?:enquiries|inquiries))\s*:$")
# A press release's boilerplate heading: "About Jengapay", "About the company".
_ABOUT_HEADING = re.compile(r"(?:#+\s*)?About (?:[A-Z]|the )[\w&.,' -]{1,60}$")

# An opinion column's closing line about its author, named before in the byline only: "Harriet Q.
# Lindqvist is a retired school librarian ..."
_AUTHOR_BIO = re.compile(
    r"[*_]*(?:[-–—]\s*)?(?!(?:The|A|An|This|Its|Our)\s)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s+"
    r"(?:is|was|writes|teaches|works|lives)\b")
# A quotation signed by its author: '"It is a long game." - Matthew Ingram' is not a heading.
_SIGNED_QUOTE = re.compile(r"^[\"“‘'].*[.!?…,][\"”’']\s*[-–—]\s*\S")

# An agency-style dateline opening a paragraph: "WASHINGTON (AP) — ", "KYIV, Ukraine – ",
# "SAN FRANCISCO, Aug 2 (Reuters) - ", "MOSCOW/HELSINKI (Reuters) - ", and a press release's
# "BOSTON, Nov. 6, 2024 /PRNewswire/ -- ".
_INLINE_DATELINE = re.compile(
    r"([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:/[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}){0,3}"
    r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?(?: \d{1,2})?(?:, \d{4})?){0,2}"
    r"(?: \([\w .&]+\)| /[\w .&-]+/)? ?[—–-]+)\s+(?=[\"“‘]?[A-Z0-9])"
    # a PTI-style dateline: "Thiruvananthapuram, Jun 2 (PTI) "
    r"|([A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} \((?:PTI|IANS|ANI|UNI)\))\s+"
    r"(?=[A-Z])"
    # an outlet and its date: "Law360 (June 3, 2025, 4:12 PM EDT) -- "
    r"|([A-Z][\w.]+(?: [A-Z][\w.]+){0,2} \((?:[A-Z][a-z]+\.? \d{1,2}, \d{4})"
    r"(?:, \d{1,2}:\d{2} ?[AaPp]\.?[Mm]\.?(?: [A-Z]{2,4})?)?\) ?[—–-]+)\s+(?=[\"“‘]?[A-Z0-9])"
    # a wire's date and name without a place: "Feb 6 (Marketline) - "
    rf"|({_MONTH} \d{{1,2}} \([\w .&]+\) ?[—–-]+)\s+(?=[\"“‘]?[A-Z0-9])"
    # a live blog's time stamp: "8:15 p.m. -- ", "14:02 GMT - "
    r"|(\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*[—–-]+)\s+(?=[\"“‘]?[A-Z0-9])"
)
_COLON_DATELINE = re.compile(
    r"((?:[A-Z]{3,}(?<!MODERATOR)(?<!INTERVIEWER)(?<!QUESTION)(?<!ANSWER)"
    r"|(?:NEW|NAVI|GREATER|PORT|SAN|LOS|ABU|HONG|KUALA|SRI|HO) [A-Z]{3,})"
    # with the day, as South Asian papers write it: "KATHMANDU, March 18:"
    rf"(?:, {_MONTH}\.? \d{{1,2}}(?:, \d{{4}})?)?:)\s+(?=[A-Z][a-z])")
# Any place of two words, "CHIANG RAI:", "ADDIS ABABA:", as the body's very first words (later,
# or before someone talking, "ALEXANDER HOLST: We lost ...", a transcript's speaker).
_TWO_WORD_DATELINE = re.compile(
    r"([A-Z]{3,} [A-Z]{3,}:)\s+(?=[A-Z][a-z])(?!(?:I|We|Our|My|Thank|Thanks|Yes|No|Well|Look|You)\b)")
# A candidate boundary: sentence-final punctuation (with any closing quotes or brackets), then
# whitespace, then something that can open a sentence. An ellipsis "[...]" counts as final.
# (Written to start with a single set of characters, "[.!?…]+|\[(?:\.\.\.|…)\]" as
# "[.!?…\[]" and the rest of either: the engine then skips to the next of them in one step
# instead of trying the pattern at each character of the paragraph.)
_CANDIDATE = re.compile(
    r"[.!?…\[](?:(?<=\[)(?:\.\.\.|…)\]|(?<!\[)[.!?…]*)[\"'”’»)\]]*(\s+)"
    r"(?=[\"“‘'«(\[]?[A-Z0-9À-Þ])"
)
# A photo credit glued to the end of a caption: "... in Milan. Image: Name."
_GLUED_CREDIT = re.compile(
    r"(?<=\S)(\s+)(?=\(?(?:Image|Photo(?:graph)?|Picture)s?(?:\s+credit)?:\s)"
    # "... in Pune. (Express photo by Ashish Kale)", "(PTI Photo)", "(Getty Images)"
    r"|(?<=[.!?])(\s+)(?=" + _BRACKETED_CREDIT + r")")
# A caption sentence ending before a glued credit: "... the building. Photograph: ..."
_TERMINAL_BEFORE_CREDIT = re.compile(
    r"[.!?…][\"'”’]*\s+(?:\(?(?:Image|Photo(?:graph)?|Picture)|" + _BRACKETED_CREDIT + ")")
_CLOSERS = frozenset("\"'”’»)]")


def _may_hold_credit(text: str) -> bool:
    """Whether ``text`` holds a word that every form of _GLUED_CREDIT needs (Image, Photo or
    photo, Pic or Picture): the scan, which tries its look-behinds at every space of a block,
    is skipped where it cannot match."""
    return "hoto" in text or "Image" in text or "Pic" in text


_CREDIT_START = re.compile(
    r"\(?(?:Image|Photo(?:graph)?|Picture)s?(?:\s+credit)?:\s|" + _BRACKETED_CREDIT)

# Words before a full stop that do not end a sentence when a capital follows.
_TITLES = frozenset(
    "Mr Mrs Ms Mx Dr Prof Sen Rep Gov Gen Col Lt Sgt Capt Cmdr Adm Maj Brig Cpl Pvt Rev Fr Sr "
    "Hon Pres Supt Insp Det Amb Atty Msgr St Mt Ft No Nos Nr Art Sec Ch Fig Vol Op Pt vs v "
    "approx ca cf al Gov't Dept Univ Ald Cllr Assemb Del Cpt Engr Arch Eng Cr Adv Coun "
    "Asst Rt Ma".split()  # ("Ma. Teresa Villareal": Maria, in Filipino names)
)
_MONTH_ABBR = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
# Currencies written with a full stop before an amount: "Rs. 1.2 trillion", "Kshs. 400".
_CURRENCY_ABBR = frozenset("Rs Re Tk Ksh Kshs Shs Rp Php".split())
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s?(?:am|pm)")  # "7.45pm"
_DOTTED_NUMBER = re.compile(r"[vV]?\d+(?:\.\d+)+(?:[a-zA-Z]{1,3}|%)?")  # "v1.8", "$1.2bn"
_PARTY_STATE = re.compile(r"[A-Z]-[A-Z]")
# Words that follow a time of day in the same sentence: "3 p.m. Friday", "9 a.m. ET".
_AFTER_TIME = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET EST EDT CT CST PT PST PDT GMT "
    "BST UTC CET Eastern Pacific Central Mountain local".split()) | _MONTH_ABBR | frozenset(
    "January February March April May June July August September October November "
    "December".split())
# Words that commonly open a sentence; after "U.S." or "Inc." only these mark a new sentence.
_OPENERS = frozenset(
    "The A An In On At It Its He She They We I You His Her Their Our This That These Those There "
    "But And Or So Yet However Meanwhile Although Though While When After Before Since As If "
    "According Despite During Under Over Last Next Some Many Most Several Both Each All One Two "
    "Three Four Five Officials Police Critics Experts Asked Earlier Later Still Also Now Then "
    "Today Yesterday Instead Such What Why How Who Where For With Without From To By Because "
    "Even Not No Nor Other Another Further Moreover Overall Among More Few".split()
)
_LOWER_BRAND = re.compile(r"^[ie][A-Z]")
_WORD_BEFORE = re.compile(r"((?:[\w'’-]|\.(?=\w))*)([.!?…\]]+[\"'”’»)\]]*)$")
_NEXT_WORD = re.compile(r"[\"“‘'«(\[]?([\w'’-]+)")
# After a quote closed by "?" or "!", a name and a speech verb carry on the same sentence.
_SPEECH_AFTER = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:said|says|asked|asks|told|added|wrote|"
    r"replied|shouted|tweeted|posted|declared|exclaimed)\b"
    # (not followed by what was said: '"...?" She said her branch had ...' is a new sentence)
    r"(?!\s+(?:her|his|their|its|our|my|the|a|an|that|it|they|he|she|we|I|there|this|these|"
    r"those|some|many|most|all|no)\b|\s+[\d$£€])"
)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str


def paragraphs(text: str):
    """Yield (start, end) of each paragraph: runs of text separated by blank lines."""
    for m in _PARAGRAPH.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            yield s, e


# The six patterns a labelled line starts with, as one: matching it is matching one of them
# (a line of running text, most lines, is tried once instead of six times).
_LABELLED = re.compile("|".join(
    ("(?i:%s)" if p.flags & re.I else "(?:%s)") % p.pattern
    for p in (_DATELINE, _UPDATED, _NAVIGATION, _CREDIT, _BYLINE, _FURNITURE)))


def _may_be_labelled(line: str) -> bool:
    """Whether a dateline, a credit, a byline, a page's link or furniture may be ``line``:
    ``_DATELINE``, ``_UPDATED``, ``_NAVIGATION``, ``_CREDIT``, ``_BYLINE`` or
    ``_is_furniture`` matches it."""
    return bool(_LABELLED.match(line)) or _is_furniture_anywhere(line)


def classify_line(line: str) -> str | None:
    """HEADING, DATELINE or CREDIT for a line standing on its own, or None for running text."""
    line = line.strip()
    if _may_be_labelled(line):
        if _DATELINE.match(line) or _UPDATED.match(line):
            return DATELINE
        if _NAVIGATION.match(line):
            return CREDIT  # "Related: ...", "Read more: ...": the page's, not the article's
        if _CREDIT.match(line) or _BYLINE.match(line) or _is_furniture(line):
            return CREDIT
    # (the patterns below end in "$": each is tried only on lines ending in its last
    # character, stripped lines having no line break for "$" to come before)
    last = line[-1:]
    if last == "?" and _QUESTION_HEADING.match(line) and len(line.split()) <= 8:
        return HEADING
    if last == ":" and _LABEL_HEADING.match(line) and not _SPEECH_WORD.search(line):
        return HEADING  # "Key takeaways:", "Why it matters:"
    if last and last in "'’”\"" and _QUOTED_HEADLINE.match(line) and len(line.split()) <= 14:
        return HEADING  # "Opposition says cap ‘too little, too late’": a live page's heading
    if last == "," and _SIGN_OFF.match(line):
        return CREDIT  # "Ngā mihi,", "Kind regards,"
    if line.startswith("#"):
        return HEADING
    if not _ends_terminally(line) and not _SIGNED_QUOTE.match(line) and not (
            _GLUED_CREDIT.search(line) and _TERMINAL_BEFORE_CREDIT.search(line)):
        return HEADING
    return None


def _word_before(before: str) -> re.Match | None:
    """``_WORD_BEFORE.search(before)``, started at the last word: no match holds a space, so
    it is the same match, without the pattern being tried (and backtracking) at each of the
    places before."""
    last = before.rsplit(None, 1)
    return _WORD_BEFORE.search(before, before.rfind(last[-1]) if last else 0)


def _ends_sentence(block: str, punct_end: int, next_start: int) -> bool:
    """Whether a candidate boundary (final punctuation ending at ``punct_end``; the next sentence
    would start at ``next_start``) really ends a sentence."""
    nxt = _NEXT_WORD.match(block, next_start)
    next_word = nxt.group(1) if nxt else ""
    if block[next_start] in "-–—":
        # A quote signed off with its author: "... a long game." - Matthew Ingram
        return False
    if next_word[:1].islower() and not _LOWER_BRAND.match(next_word):
        # Sentences do not start in lower case: "... world. b) Refusing", "Jan. 5", "vs. them"
        # (but they do with "iOS", "eBay")
        return False
    m = _word_before(block[max(0, punct_end - 40):punct_end])
    if not m:
        return True
    word, final = m.group(1), m.group(2)
    if final.startswith(("?", "!")) and any(c in final for c in "\"”’'»"):
        # "Who set up Steve Witkov?" Trump asked.
        if _SPEECH_AFTER.match(block, next_start + (1 if block[next_start] in "\"“‘'" else 0)):
            return False
        return True
    if not final.startswith("."):
        return True
    if final.startswith("..."):
        return True
    bare = word
    if bare in ("No", "Nos") and not next_word[:1].isdigit():
        return True  # "No. We raised them 6%": the answer, not "No. 10"
    if bare in _TITLES:
        # (a title is followed by a name, never by a quotation: "a pharmacy on Main St. “We")
        return block[next_start] in "\"“‘«"
    if bare in _MONTH_ABBR or bare in _CURRENCY_ABBR:
        return not next_word[:1].isdigit()
    if len(bare) == 1 and bare.isupper():
        # An initial ("John F. Kennedy"), unless a common sentence opener follows.
        return next_word in _OPENERS and "." not in word[:-1]
    if _DOTTED_NUMBER.fullmatch(bare):
        return True  # "the licence remains Apache 2.0. Enterprise features ...", "v1.8."
    if bare in ("a.m", "p.m") or _CLOCK.fullmatch(bare):
        # "shortly before 11:45 p.m. Federal agencies had ...", but "at 3 p.m. Friday"
        return next_word not in _AFTER_TIME
    if _PARTY_STATE.fullmatch(bare):
        return False  # "Sen. Roger Banfield, R-S.C., called": the state goes on
    if "." in bare or bare in ("Inc", "Ltd", "Co", "Corp", "Jr", "Bros", "etc"):
        # U.S., D.C., a.m., Inc.: the sentence goes on unless the next word opens a new one (or
        # a title does: "... Holdings Ltd. Ms. Natarajan said")
        return (next_word in _OPENERS or block[next_start] in "\"“‘«"
                or (next_word in _TITLES and next_word[:1].isupper()
                    and block.startswith(next_word + ".", next_start)))
    if bare[:1].islower() and bare in ("e.g", "i.e", "approx", "vs", "ca", "cf"):
        return False
    return True


def _segment_block(block: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within one block of running text."""
    cuts: set[int] = set()
    # The library's boundaries...
    pos = 0
    for sentence in sentencex.segment("en", block):
        piece = sentence.strip()
        if not piece:
            continue
        found = block.find(piece, pos)
        if found < 0:
            continue
        # A cut before a closing quote ("early.| After") moves past it.
        cut = found
        while cut < len(block) and block[cut] in _CLOSERS and (
            cut + 1 == len(block) or block[cut + 1].isspace()
        ):
            cut += 1
        while cut < len(block) and block[cut].isspace():
            cut += 1
        # ... and one just after an opening quote ('said. "|Now there are three.': the library
        # takes a quote left open at the end of a paragraph for a closing one) moves before it.
        while (cut >= 2 and block[cut - 1] in "\"“‘«" and block[cut - 2].isspace()
               and cut < len(block) and not block[cut].isspace()):
            cut -= 1
        if 0 < cut < len(block):
            cuts.add(cut)
        pos = found + len(piece)
    # ...plus the ones it misses inside quotes, all checked by the same rules.
    for m in _CANDIDATE.finditer(block):
        cuts.add(m.end())
    if _may_hold_credit(block):
        for m in _GLUED_CREDIT.finditer(block):
            cuts.add(m.end())
    spans = []
    start = 0
    for cut in sorted(cuts):
        end = cut
        while end > start and block[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if not _CREDIT_START.match(block, cut) and not _ends_sentence(block, end, cut):
            continue
        spans.append((start, end))
        start = cut
    end = len(block)
    while end > start and block[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    return spans


# A paragraph of one line that lacks final punctuation but is not a heading: it ends on a comma
# or dash (the next paragraph continues it), or it holds a sentence that ends inside it.
_RUNS_ON = re.compile(r"[,–-]\s*$|\w[.!?][\"”’]?\s+[\"“]?[A-Z]")


# Words a line can end on only when the sentence goes on in the next line.
_WRAP_ENDS = frozenset(
    "the a an of to and or but nor that which who whom whose from with in on for at by as is was "
    "were are be been being had has have than per about into onto its his her their our this "
    "these those said says told will would could should may might must not no very".split()
)


# A list item's marker: "- ", "• ", "* ", "1. ", "2) ".
_MARKER = r"[ \t]*(?:[-–—•*·▪●]|\(?\d{1,2}[.)])[ \t]+"
LIST_MARKER = re.compile(_MARKER + r"(?=\S)")
ITEM_PREFIX = re.compile(_MARKER)  # the whole text before an item on its line


def _is_item(line: str, in_list: bool = False) -> bool:
    """A list item that says something: three words or more, or a figure ("- Wins: 72"); in a
    list that has such items, any item ("- pregnant women", "- nappies")."""
    m = LIST_MARKER.match(line)
    if not m:
        return False
    rest = line[m.end():]
    return len(rest.split()) >= (1 if in_list else 3) or any(c.isdigit() for c in rest)


# Longer than any line of hard-wrapped text (wrapped at 72 to 80 characters, 100 at most).
_UNWRAPPED = 110
# A page's lists of references or sources on a line of their own, after which come its entries.
_LIST_LABEL = re.compile(r"^(?:References|Reference list|Sources|Further reading|"
                         r"Notes to editors?|Note to editors|Media contacts?|About the author)$")
# A photographer and an outlet alone on a line: "Aaron Sikorski/Bellhaven Today".
_PHOTOGRAPHER = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}\s*/\s*[A-Z][\w .&'’-]{2,40}$")


def _blocks(text: str, p_start: int, p_end: int):
    """Split one paragraph into (start, end, kind) blocks: lines that are headings, datelines or
    credits stand alone; the running text between them is one block (hard wraps allowed)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, p_start, p_end)]
    if len(lines) >= 2 and max(e - s for s, e in lines) > _UNWRAPPED:
        # a line longer than any hard wrap: the text was pasted one line per block (as browsers
        # copy a page), so each line is a paragraph of its own, not a wrapped part of one
        rest_is_page = False  # after "References" or "Media contact:", the page's lines
        for s, e in lines:
            line = text[s:e].strip()
            if rest_is_page or _BLOCK_LABEL.match(line) or _LIST_LABEL.match(line):
                rest_is_page = True
                yield s, e, CREDIT
            elif _PHOTOGRAPHER.match(line):
                yield s, e, CREDIT  # a credit line: "Aaron Sikorski/Bellhaven Today"
            else:
                yield from _blocks(text, s, e)
        return
    if any(_is_item(text[s:e]) for s, e in lines):
        # a list: each item is a block of its own, read as running text even without a full
        # stop ("- Alcohol killed 3 million people"); the lines between items, together, as below
        run = None  # (start, end) of the lines since the last item
        for s, e in lines:
            if _is_item(text[s:e], in_list=True):
                if run:
                    yield from _blocks(text, *run)
                    run = None
                yield s, e, None
            else:
                run = (run[0], e) if run else (s, e)
        if run:
            yield from _blocks(text, *run)
        return
    if len(lines) >= 2 and all(
            text[s:e].lstrip()[:1].isupper() or text[s:e].lstrip()[:1].isdigit()
            for s, e in lines) and not any(_ends_terminally(text[s:e]) for s, e in lines) and sum(
            len(text[s:e].split()) >= 5 and classify_line(text[s:e]) == HEADING
            for s, e in lines) >= 2:
        # lines that each start afresh and none ends a sentence: a list without markers ("Trains
        # will not run ...\nTickets will be accepted ..."), a box of statistics; each line that
        # says something is a sentence of its own, a short one a heading as before
        for s, e in lines:
            kind = classify_line(text[s:e])
            yield s, e, None if kind == HEADING and len(text[s:e].split()) >= 5 else kind
        return
    if len(lines) == 1:
        s, e = lines[0]
        kind = classify_line(text[s:e])
        if kind == HEADING and _RUNS_ON.search(text[s:e]):
            kind = None  # 'Montalvo. Rathbun stated,' before a quoted paragraph: running text
        yield s, e, kind
        return
    block_start = None
    block_end = None
    rest_is_page = False  # after "Reference:" or "Media contact:", the page's lines
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        kind = CREDIT if rest_is_page else classify_line(line)
        if _BLOCK_LABEL.match(line.strip()):
            kind, rest_is_page = CREDIT, True
        if (kind == HEADING and i and _IMAGE_LABEL.match(text[lines[i - 1][0]:lines[i - 1][1]])
                and len(line.split()) >= 4):
            kind = None  # "Image source, PA Media\nThe ramp gave way ...": the caption says so
        if kind == HEADING:
            # Inside a paragraph a line without final punctuation may just be hard-wrapped;
            # it is a heading only if it is short and the next line starts afresh.
            nxt = text[lines[i + 1][0]:lines[i + 1][1]].lstrip() if i + 1 < len(lines) else ""
            words = line.split()
            hard_wrap = not line.lstrip().startswith("#") and (
                len(words) > 14 or line.rstrip().endswith((",", "-", "–"))
                or nxt[:1].islower()
                # "... the city had spent\n$4.2 million": a figure, a quote or a bracket goes on
                or (nxt and (nxt[:1].isdigit() or nxt[:1] in "$£€%(\"“‘'"))
                # "... spent money on\nMain Street": no heading ends on a function word
                or (words and words[-1].lower() in _WRAP_ENDS)
                # headings are short; a line of 60 characters or more is wrapped text
                or (nxt and len(line.strip()) >= 60)
            )
            if hard_wrap:
                kind = None
        if kind is None:
            if block_start is None:
                block_start = s
            block_end = e
            continue
        if block_start is not None:
            yield block_start, block_end, None
            block_start = None
        yield s, e, kind
    if block_start is not None:
        yield block_start, block_end, None


def split(text: str) -> list[Span]:
    """Every sentence-like span of ``text`` in order, labelled with its kind."""
    spans: list[Span] = []
    p_start = 0
    for p_start, p_end in paragraphs(text):
        for b_start, b_end, kind in _blocks(text, p_start, p_end):
            while b_start < b_end and text[b_start].isspace():
                b_start += 1
            if kind is None and _is_item(text[b_start:b_end], in_list=True):
                b_start += LIST_MARKER.match(text, b_start, b_end).end() - b_start  # the marker
            if kind is not None:
                spans.append(Span(b_start, b_end, kind))
                continue
            m = _INLINE_DATELINE.match(text, b_start, b_end)
            if m is None and sum(sp.kind == SENTENCE for sp in spans) < 2:
                # "PUNE: The state Cabinet on Wednesday ...": an Indian dateline, only near the
                # top (after a photo caption at most; later, "SMITH: ..." is a transcript's
                # speaker)
                m = _COLON_DATELINE.match(text, b_start, b_end)
                if m is None and not any(sp.kind in (SENTENCE, CAPTION) for sp in spans):
                    m = _TWO_WORD_DATELINE.match(text, b_start, b_end)
            if m:
                # "WASHINGTON (AP) — The Senate voted ...": the dateline is not the claim (found
                # before the sentences, so "SARASOTA, Fla. (AP) —" is not cut at "Fla.")
                stamp_end = m.end(m.lastindex)  # (the alternative that matched)
                spans.append(Span(b_start, stamp_end, DATELINE))
                b_start = m.end()
            block = text[b_start:b_end]
            for s, e in _segment_block(block):
                piece = block[s:e]
                line_kind = classify_line(piece) if _may_be_labelled(piece) else None
                if line_kind == CREDIT and spans and spans[-1].kind == SENTENCE and (
                        spans[-1].start >= b_start
                        and not _ends_terminally(text[spans[-1].start:spans[-1].end])):
                    spans[-1] = Span(spans[-1].start, spans[-1].end, CAPTION)
                spans.append(Span(b_start + s, b_start + e, line_kind or SENTENCE))
    about = next((k for k, sp in enumerate(spans) if sp.kind == HEADING
                  and _ABOUT_HEADING.match(text, sp.start, sp.end)), None)
    if about is not None:
        # a press release's "About Jengapay" and what follows it: boilerplate, not the news
        spans = spans[:about + 1] + [Span(sp.start, sp.end, CREDIT) if sp.kind == SENTENCE
                                     else sp for sp in spans[about + 1:]]
    bio = _AUTHOR_BIO.match(text, p_start) if p_start else None
    if bio and len(text) - p_start <= 400 and sum(
            sp.kind == SENTENCE and sp.start < p_start for sp in spans) >= 3 and any(
            bio.group("name") in text[sp.start:sp.end] for sp in spans
            if sp.kind == CREDIT and sp.start < p_start) and not any(
            bio.group("name") in text[sp.start:sp.end] for sp in spans
            if sp.kind == SENTENCE and sp.start < p_start):
        # the last paragraph is about the author (named before in the byline, and in no
        # sentence), not a claim of the column
        spans = [Span(sp.start, sp.end, CREDIT) if sp.start >= p_start and sp.kind == SENTENCE
                 else sp for sp in spans]
    return spans
