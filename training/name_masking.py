"""Do the debates' names hold the model to their era? Masking names, with a rule fixed first.

    python training/name_masking.py [--data DIR] [--sets DIR ...]

Every round so far found the shipped model weaker on text after its training era (debates
1960-2016) than inside it. One reason no round has tested: the word and character n-grams of
*names*. The debates talk about Iraq, Medicare, Gorbachev and Perot; a sentence naming them was
often check-worthy, so their n-grams carry weight, and that weight says nothing about text that
names Ukraine, Covid or Biden instead. This round asks whether the model carries over better when
it cannot learn names, only that a name is there.

Candidates (one linear model over the shipped features, the shipped C and block scales, calibrated
and thresholded exactly as the shipped model; only the word and character blocks change, the
hand-made block, which counts capitalised words, is left as it is):

- ``mask-caps``: every capitalised word inside the sentence (not its first word, not after a
  quotation mark, ``?`` or ``!``, not ``I``) becomes the word key ``<cap>`` in the word n-grams
  (so ``said <cap>`` and ``<cap> said`` stay), and gives no character n-grams;
- ``mask-rare-caps``: the same, except for the words that appear capitalised inside a sentence in
  at least a quarter of the training part's debates (``America``, ``Congress``, ``Senate``: names
  that last across eras), which stay as they are. The list is computed on each training part only.

At runtime either would cost one test per capitalised word (and, for the second, a list of a few
hundred words in the weights file), so both fit the package's limits if chosen.

Decision rule, fixed and committed before the first run (the rule of
``baseline_representation.py``): a candidate passes only if **all** of

1. its grouped 5-fold out-of-fold F1 (the training script's folds and seed) is above the shipped
   configuration's, retrained in the same harness;
2. on both shift cuts (trained on the debates before 2008 / 2012, threshold chosen by 4-fold
   grouped cross-validation on them, scored on the later debates) its F1 is above the shipped
   configuration's;
3. on the blind recent sets ``eval/data/checkworthiness-recent-*``: pooled F1 at least 0.01 above
   the shipped configuration's, above it on at least three of the four sets, and above it in at
   least 90% of 2,000 paired bootstrap resamples.

Among passing candidates the best pooled recent F1 wins. A winner is shipped (its masking in
``scoring.features``, retrained by ``make train``), scored once on the test files, and stays only
if it is above the reference model on both. It never reads the test files. The figures and the
outcome are in training/README.md ("Experiments: masking names").
"""

from __future__ import annotations

import pathlib
import sys

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import recent_validation as RV  # noqa: E402
import three_class as TC  # noqa: E402
import train_checkworthiness as T  # noqa: E402
from datasette_factcheck.extract import scoring  # noqa: E402

CANDIDATES = ("mask-caps", "mask-rare-caps")
MODELS = ("shipped",) + CANDIDATES
LASTING_SHARE = 0.25
MASK = "<cap>"


def parse(text):
    """(tokens, token infos, the set of positions of capitalised words inside the sentence)."""
    toks = scoring.tokens(text)
    infos = [scoring.token_info(t) for t in toks]
    inside = set()
    prev = None
    for i, (tok, info) in enumerate(zip(toks, infos)):
        if info[2] == scoring.CAPITALISED and prev is not None and prev not in '"?!':
            inside.add(i)
        prev = tok
    return toks, infos, inside


def masked_features(parsed, keep):
    """The three feature blocks, with the capitalised words inside the sentence masked unless
    their key is in ``keep`` (``None``: the shipped features, nothing masked)."""
    toks, infos, inside = parsed
    keys, chars = [], []
    for i, (key, _, kind) in enumerate(infos):
        if keep is not None and i in inside and key not in keep:
            keys.append(MASK)
            continue
        keys.append(key)
        if kind >= scoring.CAPITALISED:
            chars.extend(scoring.char_grams(key))
    return scoring.word_ngrams(keys), chars, scoring.hand_features(toks, infos)


def lasting(parsed, groups, idx):
    """Keys capitalised inside a sentence in at least LASTING_SHARE of the debates in ``idx``."""
    seen = {}
    for i in idx:
        toks, infos, inside = parsed[i]
        for j in inside:
            seen.setdefault(infos[j][0], set()).add(groups[i])
    n = len({groups[i] for i in idx})
    return frozenset(k for k, g in seen.items() if len(g) >= LASTING_SHARE * n)


def keep_for(model, parsed, groups, idx):
    if model == "shipped":
        return None
    if model == "mask-caps":
        return frozenset()
    return lasting(parsed, groups, idx)


def member(model, parsed, y, groups, idx_train):
    """Train ``model`` on ``idx_train``; return a scorer of parsed sentences (decision values)."""
    keep = keep_for(model, parsed, groups, idx_train)
    feats = [masked_features(parsed[i], keep) for i in idx_train]
    vec = T.Vectorizer(feats)
    m = T.make_model(TC.C).fit(vec.transform(feats, TC.WORD_SCALE, TC.CHAR_SCALE), y[idx_train])

    def score(items):
        f = [masked_features(p, keep) for p in items]
        return m.decision_function(vec.transform(f, TC.WORD_SCALE, TC.CHAR_SCALE))

    return score, keep


def out_of_fold(fit, idx, parsed, y, groups, n_splits):
    """Grouped out-of-fold decision values on ``idx`` of the scorers ``fit(training rows)``
    returns."""
    yy = y[idx]
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=T.SEED)
    oof = np.zeros(len(idx))
    for a, b in cv.split(np.zeros(len(idx)), yy, [groups[i] for i in idx]):
        oof[b] = fit(idx[a])([parsed[i] for i in idx[b]])
    return oof


def calibrated(oof, yy):
    """(a, b, threshold, F1) chosen on out-of-fold decision values, as ``make train`` does."""
    a, b = T.platt(oof, yy)
    t, f = T.best_threshold(yy, T.sigmoid(a * oof + b))
    return a, b, t, f


def main(argv=None) -> int:
    run(RV.arguments(__doc__, argv), MODELS)
    return 0


def run(args, models, max_cv_loss=None) -> list[str]:
    """Train and judge ``models`` (the first is ``"shipped"``) on the grouped CV, both shift cuts
    and the recent sets ``args.sets``; return the candidates that pass."""
    sets = RV.load_sets(args.sets)
    texts, y, groups = T.load_claimbuster(args.data / "claimbuster" / "crowdsourced.csv")
    years = np.array([int(g[:4]) for g in groups])
    parsed = [parse(t) for t in texts]
    everything = np.arange(len(y))
    rows = {m: {} for m in models}

    def fit(m):
        return lambda idx: member(m, parsed, y, groups, idx)[0]

    chosen = {}

    # 1. grouped 5-fold out-of-fold F1
    for m in models:
        chosen[m] = calibrated(out_of_fold(fit(m), everything, parsed, y, groups, 5), y)
        rows[m]["cv"] = chosen[m][3]
        print(f"{m}: out-of-fold F1 {chosen[m][3]:.4f} (threshold {chosen[m][2]:.2f})",
              flush=True)

    # 2. shift cuts
    for cut in T.SHIFT_CUTS:
        tr, te = np.where(years < cut)[0], np.where(years >= cut)[0]
        for m in models:
            a, b, t, _ = calibrated(out_of_fold(fit(m), tr, parsed, y, groups, 4), y[tr])
            score, _ = member(m, parsed, y, groups, tr)
            p = T.sigmoid(a * score([parsed[i] for i in te]) + b)
            rows[m][f"shift<{cut}"] = f = float(f1_score(y[te], p >= t))
            print(f"{m}: shift <{cut} F1 {f:.4f} (threshold {t:.2f})", flush=True)

    # 3. the recent sets, from models fitted on all the training sentences
    set_parsed = [[parse(t) for t in s[1]] for s in sets]
    ys = [s[2] for s in sets]
    preds = {}
    for m in models:
        score, keep = member(m, parsed, y, groups, everything)
        if keep:
            print(f"{m}: {len(keep)} lasting names kept, e.g. "
                  + ", ".join(sorted(keep)[:12]), flush=True)
        a, b, t, _ = chosen[m]
        probs = [T.sigmoid(a * score(sp_) + b) for sp_ in set_parsed]
        if m == "shipped":
            q = np.concatenate([[scoring.score_sentence(x) for x in s[1]] for s in sets])
            print(f"shipped, retrained here, against the shipped weights: threshold {t:.2f} "
                  f"(shipped {scoring.DEFAULT_THRESHOLD}), largest score difference "
                  f"{float(np.abs(np.concatenate(probs) - q).max()):.2e}", flush=True)
        preds[m] = [(p >= t).astype(int) for p in probs]
        rows[m]["per_set"], rows[m]["pooled"] = RV.set_f1(ys, preds[m])

    return RV.judge(models, rows, {m: chosen[m][2] for m in models}, sets, preds,
                    "ship it with make train, then score the test files once",
                    max_cv_loss=max_cv_loss)


if __name__ == "__main__":
    sys.exit(main())
