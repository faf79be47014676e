"""How the best decision threshold moves when the model scores debates later than it learned from.

    python training/forward_threshold.py [--data DIR]

Reads only ``crowdsourced.csv`` (never the test files). For each forward cut (train on the debates
before the year, score the debates from it on), the shipped configuration (LR, C=1.0, word_scale
2.0, char_scale 1.0) is fitted on the earlier debates, its threshold is chosen as the training
script chooses it (Platt scaling and the best 0.01-grid threshold on 4-fold grouped out-of-fold
scores), and the later debates are scored at that threshold plus an offset. Prints, per offset,
the later debates' F1 for each cut and their mean, and the pooled 5-fold grouped out-of-fold F1 on
all the debates at the shipped threshold plus the same offset (the in-distribution cost). The
findings are in training/README.md ("Experiments: the threshold across time").
"""

from __future__ import annotations

import argparse
import pathlib
import sys

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import train_checkworthiness as T  # noqa: E402


CUTS = (2000, 2004, 2008, 2012)
OFFSETS = np.round(np.arange(-0.15, 0.051, 0.01), 2)
C, WORD_SCALE, CHAR_SCALE = 1.0, 2.0, 1.0


def calibrated_threshold(X, y, groups, n_splits):
    """Out-of-fold Platt-calibrated probabilities and the best threshold on them."""
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=T.SEED)
    oof = np.zeros(len(y))
    for a, b in cv.split(np.zeros(len(y)), y, groups):
        oof[b] = T.make_model(C).fit(X[a], y[a]).decision_function(X[b])
    a, b = T.platt(oof, y)
    p = T.sigmoid(a * oof + b)
    return (a, b), p, T.best_threshold(y, p)[0]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=T.DEFAULT_DATA)
    args = ap.parse_args(argv)
    texts, y, groups, feats, years = T.load_features(args.data)

    curves = []
    for cut in CUTS:
        tr, te = np.where(years < cut)[0], np.where(years >= cut)[0]
        vec = T.Vectorizer([feats[i] for i in tr])
        X = vec.transform(feats, WORD_SCALE, CHAR_SCALE)
        (a, b), _, t = calibrated_threshold(X[tr], y[tr], [groups[i] for i in tr], 4)
        z = T.make_model(C).fit(X[tr], y[tr]).decision_function(X[te])
        p = T.sigmoid(a * z + b)
        curves.append([f1_score(y[te], p >= t + d) for d in OFFSETS])
        best_t, best_f = T.best_threshold(y[te], p)
        print(f"before {cut} -> {cut}-2016: {len(tr):,} / {len(te):,} sentences, positives "
              f"{y[tr].mean():.3f} / {y[te].mean():.3f}; threshold chosen on the earlier debates "
              f"{t:.2f} (later F1 {curves[-1][list(OFFSETS).index(0.0)]:.4f}); best on the later "
              f"debates {best_t:.2f} (F1 {best_f:.4f})", flush=True)

    vec = T.Vectorizer(feats)
    X = vec.transform(feats, WORD_SCALE, CHAR_SCALE)
    _, p_all, t_all = calibrated_threshold(X, y, groups, 5)
    print(f"\nall debates, 5-fold grouped out-of-fold: threshold {t_all:.2f}")
    print("offset | later F1 per cut | mean | in-distribution F1 (threshold)")
    for k, d in enumerate(OFFSETS):
        per_cut = " ".join(f"{c[k]:.4f}" for c in curves)
        mean = np.mean([c[k] for c in curves])
        inside = f1_score(y, p_all >= t_all + d)
        print(f"{d:+.2f} | {per_cut} | {mean:.4f} | {inside:.4f} ({t_all + d:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
