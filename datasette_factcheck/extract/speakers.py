"""Who made a claim: reporting verbs, ``according to``, titles and roles, pronouns."""

from __future__ import annotations

import re

VERBS = (
    r"(?:said|says|told|tells|claimed|claims|reported|reports|added|adds|warned|warns|"
    r"announced|announces|insisted|insists|stated|states|argued|argues|wrote|writes|"
    r"noted|notes|explained|explains|declared|declares|confirmed|confirms|denied|denies)"
)
_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"{_WORD}(?:\s+(?:de|van|von|al|bin)?\s*{_WORD}){{0,5}}"
_ROLE_WORDS = {
    "President", "Minister", "Deputy", "Foreign", "Prime", "Secretary", "Senator", "Governor",
    "Mayor", "Ambassador", "Chancellor", "Director", "Chief", "Executive", "Spokesperson",
    "Spokesman", "Spokeswoman", "General", "Commissioner", "Representative", "Rep.", "Sen.",
    "Dr.", "Professor", "Prof.", "Judge", "Justice", "Chairman", "Chair", "Leader", "Envoy",
    "Adviser", "Advisor", "US", "U.S.", "Russian", "Ukrainian", "Vice", "State", "Defense",
    "Health", "Finance", "Interior", "Attorney", "CEO", "Head", "Coach", "Captain", "Officer",
}
_PRONOUNS = {"he", "she", "they", "He", "She", "They"}

_PATTERNS = [
    re.compile(rf"\baccording to (?P<who>(?:the )?{_NAME})"),
    re.compile(rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+)?{VERBS}\b"),
    re.compile(rf"\b{VERBS}\s+(?P<who>{_NAME})"),
]


def split_role(name: str) -> tuple[str, str | None]:
    """Split leading title words from a name: ``Foreign Minister Ann Lee`` -> (``Ann Lee``, role)."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and words[i] in _ROLE_WORDS:
        i += 1
    if i == 0:
        return name, None
    return " ".join(words[i:]), " ".join(words[:i])


def find_speaker(sentence: str) -> tuple[str | None, str | None, bool]:
    """(speaker, role, is_pronoun) for the first attribution found in ``sentence``."""
    for pattern in _PATTERNS:
        m = pattern.search(sentence)
        if m:
            who = m.group("who").strip()
            if who.startswith("the "):
                who = who[4:]
            if who in _PRONOUNS:
                return who.lower(), None, True
            if who in ("It", "This", "That", "There", "We", "I", "You"):
                continue
            name, role = split_role(who)
            return name, role, False
    return None, None, False
