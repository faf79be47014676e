"""Does ClaimBuster's third class help the model carry over to later text?

    python training/three_class.py [--data DIR]

Reads only ``crowdsourced.csv`` (never the test files). ClaimBuster labels every sentence with one
of three verdicts: -1 non-factual (NFS), 0 unimportant factual (UFS) and 1 check-worthy factual
(CFS). The shipped model (LR, C=1.0, word_scale 2.0, char_scale 1.0) learns CFS against the other
two, so a dull factual sentence ("I was in Ohio yesterday") counts as much against the factual
words it shares with a check-worthy one as an opinion does. The UFS sentences are also the ones
the crowd disagreed on most. This experiment asks whether using the third class moves the model
towards what later text calls check-worthy. Candidates, each a single linear model over the same
features at runtime (so shipping one would change no code and no file size):

- ``binary``: the shipped configuration (CFS against NFS and UFS, every sentence weight 1);
- ``ufs-weight-0.5`` / ``ufs-weight-0.25``: UFS sentences stay negatives with a smaller weight in
  the fit (ambiguous negatives pull less on the weights);
- ``ufs-soft-0.25``: each UFS sentence enters the fit twice, as a positive with weight 0.25 and a
  negative with weight 0.75 (a soft label: "partly check-worthy");
- ``ordinal``: a second LR learns factual (UFS or CFS) against NFS; the two models' out-of-fold
  log-odds are combined by a two-input logistic fit against the binary label (which both
  calibrates and weighs them). Both are linear in the same features, so the sum folds into one
  weight vector.

Calibration (Platt) and the threshold (the 0.01 grid value maximising F1) always use the binary
labels of the original sentences, unweighted, as the training script does.

For each candidate it prints the later debates' F1 at four forward cuts (train before the year,
threshold chosen by 4-fold grouped cross-validation on the earlier debates, scored on the debates
from that year on), their mean, and the in-distribution figure (5-fold grouped out-of-fold F1 on
all debates at the chosen threshold).

Decision rule, fixed before the first run (the same as ``recency_weighting.py``): a candidate is
shipped only if its mean forward F1 beats ``binary``'s by at least 0.005, it wins at least three
of the four cuts, and its in-distribution F1 is no more than 0.005 below ``binary``'s; among
several, the best mean forward F1. The findings are in training/README.md ("Experiments:
ClaimBuster's third class").
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedGroupKFold

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import train_checkworthiness as T  # noqa: E402

CUTS = (2000, 2004, 2008, 2012)
C, WORD_SCALE, CHAR_SCALE = 1.0, 2.0, 1.0
CANDIDATES = ("binary", "ufs-weight-0.5", "ufs-weight-0.25", "ufs-soft-0.25", "ordinal")


def verdicts(data: pathlib.Path) -> np.ndarray:
    with open(data / "claimbuster" / "crowdsourced.csv", newline="", encoding="utf-8") as f:
        return np.array([int(r["Verdict"]) for r in csv.DictReader(f)])


def fit_decision(kind: str, X, v):
    """Train candidate ``kind`` on rows ``X`` with verdicts ``v``; return a function giving the
    raw scores (one column, or two for ``ordinal``) of new rows."""
    y = (v == 1).astype(int)
    if kind == "binary":
        m = T.make_model(C).fit(X, y)
        return lambda Z: m.decision_function(Z)[:, None]
    if kind.startswith("ufs-weight-"):
        w = np.where(v == 0, float(kind.rsplit("-", 1)[1]), 1.0)
        m = T.make_model(C).fit(X, y, sample_weight=w)
        return lambda Z: m.decision_function(Z)[:, None]
    if kind.startswith("ufs-soft-"):
        share = float(kind.rsplit("-", 1)[1])
        ufs = np.where(v == 0)[0]
        Xs = sp.vstack([X, X[ufs]]).tocsr()
        ys = np.concatenate([y, np.ones(len(ufs), dtype=int)])
        w = np.concatenate([np.where(v == 0, 1.0 - share, 1.0), np.full(len(ufs), share)])
        m = T.make_model(C).fit(Xs, ys, sample_weight=w)
        return lambda Z: m.decision_function(Z)[:, None]
    if kind == "ordinal":
        m1 = T.make_model(C).fit(X, y)
        m0 = T.make_model(C).fit(X, (v >= 0).astype(int))
        return lambda Z: np.column_stack([m1.decision_function(Z), m0.decision_function(Z)])
    raise ValueError(kind)


def calibrate(S, y):
    """Logistic fit of the binary label on the raw score columns: (weights, intercept)."""
    m = LogisticRegression(C=1e6, solver="lbfgs", tol=1e-10, max_iter=10000).fit(S, y)
    return m.coef_[0], float(m.intercept_[0])


def chosen(kind, X, v, groups, n_splits):
    """Out-of-fold calibration and threshold: ((weights, intercept), oof probabilities, t)."""
    y = (v == 1).astype(int)
    cv = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=T.SEED)
    oof = None
    for a, b in cv.split(np.zeros(len(y)), y, groups):
        s = fit_decision(kind, X[a], v[a])(X[b])
        if oof is None:
            oof = np.zeros((len(y), s.shape[1]))
        oof[b] = s
    w, b0 = calibrate(oof, y)
    p = T.sigmoid(oof @ w + b0)
    t, _ = T.best_threshold(y, p)
    return (w, b0), p, t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=T.DEFAULT_DATA)
    args = ap.parse_args(argv)
    texts, y, groups, feats, years = T.load_features(args.data)
    v = verdicts(args.data)
    assert len(v) == len(y) and ((v == 1) == (y == 1)).all()
    print(f"{len(v)} sentences: NFS {int((v == -1).sum())}, UFS {int((v == 0).sum())}, "
          f"CFS {int((v == 1).sum())}", flush=True)
    X_all = T.Vectorizer(feats).transform(feats, WORD_SCALE, CHAR_SCALE)
    per_cut_X = {}
    for cut in CUTS:
        tr = np.where(years < cut)[0]
        per_cut_X[cut] = T.Vectorizer([feats[i] for i in tr]).transform(feats, WORD_SCALE,
                                                                        CHAR_SCALE)

    rows = []
    for kind in CANDIDATES:
        later = []
        for cut in CUTS:
            X = per_cut_X[cut]
            tr, te = np.where(years < cut)[0], np.where(years >= cut)[0]
            (w, b0), _, t = chosen(kind, X[tr], v[tr], [groups[i] for i in tr], 4)
            p = T.sigmoid(fit_decision(kind, X[tr], v[tr])(X[te]) @ w + b0)
            later.append(float(f1_score(y[te], p >= t)))
        _, p_all, t_all = chosen(kind, X_all, v, groups, 5)
        inside = float(f1_score(y, p_all >= t_all))
        rows.append((kind, later, float(np.mean(later)), inside, t_all))
        print(f"{kind:>16}: later F1 per cut " + " ".join(f"{f:.4f}" for f in later)
              + f" | mean {np.mean(later):.4f} | in distribution {inside:.4f} "
              f"(threshold {t_all:.2f})", flush=True)

    base, winner = rows[0], T.forward_winner(rows)
    if winner:
        print(f"decision: ship {winner[0]} (mean forward F1 {winner[2]:.4f} against "
              f"{base[2]:.4f})")
    else:
        print("decision: keep the binary model (no candidate passes the rule)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
