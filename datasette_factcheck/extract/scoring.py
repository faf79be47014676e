"""Check-worthiness: a score in 0..1 for one sentence, from a linear model trained on ClaimBuster.

The model is a logistic scorer over three blocks of sparse features, all computed here in pure
Python (no numpy or scikit-learn at runtime):

* word n-grams: the set of lower-cased word unigrams and bigrams (digits written as ``0``, so
  ``1,200`` and ``3,400`` share a key), scaled by ``1/sqrt(number of n-grams)``;
* character n-grams (2..5) of each word padded with spaces, counted, scaled by
  ``1/sqrt(number of character n-grams)``; their weight sum is cached per word;
* hand-made features that carry over from debate transcripts to news: numbers, years, money and
  percentage signs, magnitude words, comparatives and superlatives, capitalised words inside the
  sentence (named people, places and organisations), reporting verbs, first- and second-person
  opinion markers, questions, quotation marks, length.

The training script (``training/train_checkworthiness.py``) imports :func:`features` from this
module, so what the model was trained on and what it scores at runtime are the same code. The
learned weights ship in ``data/checkworthiness.json.gz`` and are read once, on first use.

Training data: the ClaimBuster dataset, Fatma Arslan, Naeemul Hassan, Chengkai Li and Mark
Tremayne, "A Benchmark Dataset of Check-worthy Factual Claims", ICWSM 2020 (Zenodo, DOI
10.5281/zenodo.3609356), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).
The shipped weights are derived from its ``crowdsourced.csv``.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
import threading
from importlib import resources

WEIGHTS_FILE = "checkworthiness.json.gz"

# Character n-gram sizes, within words padded with one space each side.
CHAR_MIN, CHAR_MAX = 2, 5

_TRANS = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
    "—": " - ", "–": " - ", "\u00a0": " ", "％": "%",
})
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|\d+(?:[.,]\d+)*|[$€£¥%?!\"]")
_DIGIT = re.compile(r"\d")

# Word lists for the hand-made features: each word switches on the feature ``g:<group>``.
_GROUPS = {
    "mag": "hundred hundreds thousand thousands million millions billion billions trillion "
           "trillions dozen dozens percent percentage half third quarter twice double doubled "
           "triple tripled",
    "money": "dollars dollar cents tax taxes budget deficit debt spending spend spent pay paid "
             "cost costs income wages",
    "cmp": "more less fewer than most least higher lower larger smaller bigger biggest largest "
           "smallest highest lowest greater greatest better best worse worst increase increased "
           "decrease decreased rose fell grew growth cut cuts raised record",
    "report": "said says say told tells according reported reports announced claimed claims "
              "stated added warned confirmed noted",
    "fp1": "i me my mine myself i'm i've i'd i'll",
    "fpl": "we us our ours we're we've we'll",
    "sp2": "you your yours you're you've you'll",
    "opin": "think believe feel hope want wish guess suppose",
    "modal": "should must ought need needs",
    "fut": "will going gonna would could might",
    "polite": "thank thanks congratulations appreciate welcome",
    "time": "year years since ago today yesterday last month months week decade decades century",
    "neg": "not no never nothing none nobody n't",
    "law": "law bill act voted vote legislation passed signed veto",
}
_GROUP_OF: dict[str, tuple[str, ...]] = {}
for _group, _words in _GROUPS.items():
    for _w in _words.split():
        _GROUP_OF[_w] = _GROUP_OF.get(_w, ()) + ("g:" + _group,)
_SYMBOLS = frozenset("$€£¥%")
_NONE: dict[str, float] = {}  # (a word that starts no bigram of the model)
_AFTER_BREAK = frozenset('"?!')


# The same tokens of a text in ASCII (most sentences), found without the Unicode category
# look-ups of _TOKEN, which cost as much again.
_ASCII_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*|[0-9]+(?:[.,][0-9]+)*|[$%?!\"]")


def tokens(text: str) -> list[str]:
    """Words, numbers and the few symbols that matter ($ % ? ! and quotation marks)."""
    if text.isascii():
        # (of _TRANS only the backquote is ASCII)
        return _ASCII_TOKEN.findall(text.replace("`", "'") if "`" in text else text)
    return _TOKEN.findall(text.translate(_TRANS))


def word_key(token: str) -> str:
    """The vocabulary key of a token: lower case, every digit written as ``0``."""
    if token[0].isdigit():
        return _DIGIT.sub("0", token)
    return token.lower()


def char_grams(word: str) -> list[str]:
    """Character n-grams (CHAR_MIN..CHAR_MAX) of ``word`` padded with a space each side."""
    w = " " + word + " "
    n = len(w)
    return [w[i:i + k] for k in range(CHAR_MIN, CHAR_MAX + 1) for i in range(n - k + 1)]


def _bin(n: int, edges: tuple[int, ...]) -> str:
    for i, edge in enumerate(edges):
        if n <= edge:
            return str(i)
    return str(len(edges))


# Token kinds, for the hand-made features.
OTHER, NUMBER, CAPITALISED, LOWER = 0, 1, 2, 3


def token_info(token: str) -> tuple[str, tuple[str, ...], int]:
    """(vocabulary key, sentence-level features the token switches on, kind) of one token."""
    key = word_key(token)
    c = token[0]
    tags = list(_GROUP_OF.get(key, ()))
    if c.isdigit():
        kind = NUMBER
        if len(token) == 4 and token[:2] in ("19", "20") and token.isdigit():
            tags.append("year")
    elif c.isalpha():
        kind = CAPITALISED if c.isupper() and key != "i" else LOWER
        if len(key) > 4:
            if key.endswith("est"):
                tags.append("est")
            elif key.endswith("er"):
                tags.append("er")
    else:
        kind = OTHER
        if token in _SYMBOLS:
            tags.append("sym")
        elif token == "!":
            tags.append("excl")
        elif token == '"':
            tags.append("quote")
    return key, tuple(tags), kind


def hand_features(toks: list[str], infos) -> dict[str, float]:
    """Named features that carry over from debate transcripts to news.

    ``infos`` holds ``token_info(t)`` (or a tuple starting with it) for each of ``toks``.
    """
    f = {"len" + _bin(len(toks), (3, 6, 10, 15, 22, 32)): 1.0}
    nums = caps = 0
    prev = '"'
    for tok, info in zip(toks, infos):
        kind = info[2]
        if kind == NUMBER:
            nums += 1
        elif kind == CAPITALISED and prev not in _AFTER_BREAK:
            caps += 1
        for tag in info[1]:
            f[tag] = 1.0
        prev = tok
    if nums:
        f["num"] = 1.0
        f["nums" + _bin(nums, (1, 2))] = 1.0
    if caps:
        f["caps" + _bin(caps, (1, 2, 4))] = 1.0
    if toks:
        if toks[-1] == "?":
            f["q"] = 1.0
        elif "?" in toks:
            f["q_in"] = 1.0
    return f


def word_ngrams(keys: list[str]) -> set[str]:
    """The set of word unigrams and bigrams (with sentence start and end marks)."""
    out = set(keys)
    prev = "<s>"
    for key in keys:
        out.add(prev + " " + key)
        prev = key
    out.add(prev + " </s>")
    return out


def features(text: str) -> tuple[set[str], list[str], dict[str, float]]:
    """The three feature blocks of ``text``: word n-grams, character n-grams, hand-made.

    The model's input is ``word_scale/sqrt(len(words))`` for each word n-gram, the count of each
    character n-gram times ``char_scale/sqrt(len(chars))``, and the hand-made values as they are.
    """
    toks = tokens(text)
    infos = [token_info(t) for t in toks]
    keys = [info[0] for info in infos]
    chars: list[str] = []
    for key, _, kind in infos:
        if kind >= CAPITALISED:
            chars.extend(char_grams(key))
    return word_ngrams(keys), chars, hand_features(toks, infos)


class Model:
    """Weights of the three blocks, the intercept and the decision threshold."""

    def __init__(self, data: dict):
        self.words: dict[str, float] = data["words"]
        self.chars: dict[str, float] = data["chars"]
        self.hand: dict[str, float] = data["hand"]
        self.intercept: float = data["intercept"]
        self.word_scale: float = data["word_scale"]
        self.char_scale: float = data["char_scale"]
        self.threshold: float = data["threshold"]
        self.meta: dict = data.get("meta", {})
        self._cache: dict[str, tuple] = {}
        # The word n-gram weights again, arranged for scoring: each unigram's weight, and for
        # each word the weights of the bigrams it starts ("of" -> {"the": w, ...}). A sentence's
        # bigrams are then looked up from its tokens' cached keys without building a string
        # for each; the sum is the same (see decision()).
        self._unigram: dict[str, float] = {}
        self._follow: dict[str, dict[str, float]] = {}
        for gram, weight in self.words.items():
            first, space, second = gram.partition(" ")
            if space:
                self._follow.setdefault(sys.intern(first), {})[sys.intern(second)] = weight
            else:
                self._unigram[sys.intern(gram)] = weight
        self._start = self._follow.get("<s>", {})

    def _token(self, token: str) -> tuple:
        """token_info(token), the sum and number of its character n-gram weights, its unigram
        weight and the weights of the bigrams it starts (cached)."""
        key, tags, kind = token_info(token)
        total = 0.0
        n = 0
        if kind >= CAPITALISED:
            grams = char_grams(key)
            get = self.chars.get
            total = sum([get(g, 0.0) for g in grams])
            n = len(grams)
        key = sys.intern(key)
        info = (key, tags, kind, total, n, self._unigram.get(key, 0.0), self._follow.get(key, _NONE))
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[token] = info
        return info

    def decision(self, text: str) -> float:
        """The model's log-odds for ``text``: the same sum as over ``features(text)``."""
        toks = tokens(text)
        cache = self._cache
        infos = [cache.get(t) or self._token(t) for t in toks]
        z = self.intercept
        # The weights of the set word_ngrams() gives (each distinct unigram and bigram once),
        # summed with fsum: exactly rounded, so the order of a set, which follows string hashing
        # and changes from process to process, cannot change the score.
        unigrams = {info[0]: info[5] for info in infos}
        weights = list(unigrams.values())
        follow = self._start
        if len(unigrams) == len(infos):
            # no word twice, so no bigram twice either
            for info in infos:
                weights.append(follow.get(info[0], 0.0))
                follow = info[6]
        else:
            seen = set()
            previous = "<s>"
            for info in infos:
                key = info[0]
                if (previous, key) not in seen:
                    seen.add((previous, key))
                    weights.append(follow.get(key, 0.0))
                previous, follow = key, info[6]
        weights.append(follow.get("</s>", 0.0))
        z += math.fsum(weights) * (self.word_scale / math.sqrt(len(weights)))
        count = sum([info[4] for info in infos])
        if count:
            z += sum([info[3] for info in infos]) * (self.char_scale / math.sqrt(count))
        get = self.hand.get
        for name, value in hand_features(toks, infos).items():
            z += get(name, 0.0) * value
        return z

    def score(self, text: str) -> float:
        z = self.decision(text)
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)


_model: Model | None = None
_lock = threading.Lock()


def load_model(path=None) -> Model:
    """Read the weights file (the shipped one unless ``path`` is given)."""
    if path is None:
        raw = resources.files(__package__).joinpath("data", WEIGHTS_FILE).read_bytes()
    else:
        with open(path, "rb") as f:
            raw = f.read()
    return Model(json.loads(gzip.decompress(raw)))


def model() -> Model:
    """The shipped model, loaded once on first use."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = load_model()
    return _model


def score_sentence(text: str) -> float:
    """Check-worthiness of one sentence in 0..1; at or above ``DEFAULT_THRESHOLD`` it is a claim."""
    return model().score(text)


def score_sentences(texts) -> list[float]:
    """Check-worthiness of each of ``texts``."""
    score = model().score
    return [score(t) for t in texts]


# The model's decision threshold, chosen by cross-validation on the training data and stored in
# the weights file too (training/train_checkworthiness.py rewrites this line; a test checks both
# agree). Kept here as a constant so that importing the package does not read the weights.
DEFAULT_THRESHOLD: float = 0.29
