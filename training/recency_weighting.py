"""Does weighting recent debates more help the model on text later than everything it learned from?

    python training/recency_weighting.py [--data DIR]

Reads only ``crowdsourced.csv`` (never the test files). The product scores news written years
after the newest training debate (2016), and ``forward_threshold.py`` found that the later debates
hold more check-worthy sentences, which the model scores lower. This experiment weights each
training sentence by its debate's age, ``0.5 ** ((newest year - year) / half_life)``, in the fit,
in the Platt calibration and in the F1 that picks the threshold, so that both the model and its
operating point lean towards the newest debates it has.

For each half-life (``inf`` = unweighted, the shipped configuration: LR, C=1.0, word_scale 2.0,
char_scale 1.0) it prints:

- at each forward cut (train before the year, threshold chosen by 4-fold grouped cross-validation
  on the earlier debates, score the debates from that year on): the later debates' F1;
- the mean over the cuts;
- in distribution: 5-fold grouped out-of-fold F1 on all debates (unweighted) at the threshold the
  weighted rule picks.

Decision rule, fixed before the first run: a half-life is shipped only if its mean forward F1 beats
the unweighted model's by at least 0.005, it wins at least three of the four cuts, and its
in-distribution F1 is no more than 0.005 below the unweighted one; among several, the best mean
forward F1. The findings are in training/README.md ("Experiments: weighting recent debates").
"""

from __future__ import annotations

import argparse
import math
import pathlib
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import train_checkworthiness as T  # noqa: E402


CUTS = (2000, 2004, 2008, 2012)
HALF_LIVES = (math.inf, 32.0, 16.0, 8.0)
C, WORD_SCALE, CHAR_SCALE = 1.0, 2.0, 1.0


def recency(years, half_life):
    if math.isinf(half_life):
        return np.ones(len(years))
    return 0.5 ** ((years.max() - years) / half_life)


def platt(z, y, w):
    m = LogisticRegression(C=1e6, solver="lbfgs", tol=1e-10, max_iter=10000)
    m.fit(z.reshape(-1, 1), y, sample_weight=w)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def best_threshold(y, p, w):
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    return max((f1_score(y, p >= t, sample_weight=w), -abs(t - 0.5), t) for t in grid)[2]


def fit(X, y, w):
    return T.make_model(C).fit(X, y, sample_weight=w)


def chosen_threshold(X, y, groups, w, n_splits):
    """Weighted out-of-fold calibration and threshold; returns (a, b), the calibrated
    out-of-fold probabilities and the threshold."""
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=T.SEED)
    oof = np.zeros(len(y))
    for a, b in cv.split(np.zeros(len(y)), y, groups):
        oof[b] = fit(X[a], y[a], w[a]).decision_function(X[b])
    a, b = platt(oof, y, w)
    p = T.sigmoid(a * oof + b)
    return (a, b), p, best_threshold(y, p, w)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=T.DEFAULT_DATA)
    args = ap.parse_args(argv)
    texts, y, groups, feats, years = T.load_features(args.data)
    X_all = T.Vectorizer(feats).transform(feats, WORD_SCALE, CHAR_SCALE)
    per_cut_X = {}
    for cut in CUTS:
        tr = np.where(years < cut)[0]
        per_cut_X[cut] = T.Vectorizer([feats[i] for i in tr]).transform(feats, WORD_SCALE,
                                                                        CHAR_SCALE)

    rows = []
    for half_life in HALF_LIVES:
        later = []
        for cut in CUTS:
            X = per_cut_X[cut]
            tr, te = np.where(years < cut)[0], np.where(years >= cut)[0]
            w = recency(years[tr], half_life)
            (a, b), _, t = chosen_threshold(X[tr], y[tr], [groups[i] for i in tr], w, 4)
            p = T.sigmoid(a * fit(X[tr], y[tr], w).decision_function(X[te]) + b)
            later.append(float(f1_score(y[te], p >= t)))
        w = recency(years, half_life)
        _, p_all, t_all = chosen_threshold(X_all, y, groups, w, 5)
        inside = float(f1_score(y, p_all >= t_all))
        rows.append((half_life, later, float(np.mean(later)), inside, t_all))
        print(f"half-life {half_life:>4}: later F1 per cut "
              + " ".join(f"{f:.4f}" for f in later)
              + f" | mean {np.mean(later):.4f} | in distribution {inside:.4f} "
              f"(threshold {t_all:.2f})", flush=True)

    base, winner = rows[0], T.forward_winner(rows)
    if winner:
        print(f"decision: ship half-life {winner[0]} (mean forward F1 {winner[2]:.4f} against "
              f"{base[2]:.4f})")
    else:
        print("decision: keep the unweighted model (no half-life passes the rule)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
