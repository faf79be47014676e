"""Train the check-worthiness model shipped in datasette_factcheck/extract/data/.

    make train                       # or: .venv/bin/python training/train_checkworthiness.py

Reads ONLY ClaimBuster's crowdsourced.csv (22,501 sentences from US presidential debates, Verdict 1 =
check-worthy factual sentence, 0 and -1 = not). Everything is chosen by cross-validation on that file:
5 folds grouped by debate (no debate in two folds, so the scores say how the model does on a debate it
has never seen), stratified, seeded. The two test files (ClaimBuster groundtruth.csv, CheckThat! 2024
dev-test) are never read here; eval/checkworthiness.py scores them once with the shipped weights.

Steps: featurize every sentence with ``datasette_factcheck.extract.scoring.features`` (the code the
package runs), keep n-grams seen in at least two sentences, pick the configuration with the best
out-of-fold F1, calibrate its out-of-fold log-odds to probabilities (Platt scaling), take the threshold
that maximises out-of-fold F1 of those probabilities, refit on all sentences and fold the calibration
into the weights. The result is one weight per feature, written as gzip'd JSON with stable key order
and no timestamp, so a rerun gives the same bytes.

Dataset: ClaimBuster, Fatma Arslan, Naeemul Hassan, Chengkai Li, Mark Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020, DOI 10.5281/zenodo.3609356, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import math
import os
import pathlib
import re
import sys
import time
from collections import Counter

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score, precision_score, recall_score  # noqa: E402
from sklearn.model_selection import StratifiedGroupKFold  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from datasette_factcheck.extract import scoring  # noqa: E402

SEED = 20200601
DEFAULT_DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "datasette_factcheck" / "extract" / "data" / scoring.WEIGHTS_FILE
SCORING_PY = pathlib.Path(scoring.__file__)
MIN_DF = 2
# (C, word_scale, char_scale): the configurations compared by cross-validation.
GRID = [
    (C, ws, cs)
    for C in (0.5, 1.0, 2.0)
    for ws, cs in ((1.0, 1.0), (2.0, 1.0), (1.0, 0.5))
]


def load_claimbuster(path: pathlib.Path):
    """(texts, labels, debate ids) of a ClaimBuster CSV; label 1 iff Verdict == 1."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [r["Text"] for r in rows]
    labels = np.array([1 if r["Verdict"].strip() == "1" else 0 for r in rows])
    groups = [r["File_id"] for r in rows]
    return texts, labels, groups


class Vectorizer:
    """Maps the package's feature blocks to one sparse matrix with the runtime's scaling."""

    def __init__(self, feats, min_df: int = MIN_DF):
        wdf, cdf, hdf = Counter(), Counter(), Counter()
        for words, chars, hand in feats:
            wdf.update(words)
            cdf.update(set(chars))
            hdf.update(hand)
        self.words = sorted(k for k, n in wdf.items() if n >= min_df)
        self.chars = sorted(k for k, n in cdf.items() if n >= min_df)
        self.hand = sorted(hdf)
        self.index = {}
        for block, names in (("w", self.words), ("c", self.chars), ("h", self.hand)):
            for name in names:
                self.index[(block, name)] = len(self.index)

    def __len__(self):
        return len(self.index)

    def transform(self, feats, word_scale: float, char_scale: float):
        rows, cols, vals = [], [], []
        index = self.index
        for r, (words, chars, hand) in enumerate(feats):
            if words:
                s = word_scale / math.sqrt(len(words))
                for g in words:
                    j = index.get(("w", g))
                    if j is not None:
                        rows.append(r)
                        cols.append(j)
                        vals.append(s)
            if chars:
                s = char_scale / math.sqrt(len(chars))
                for g, n in Counter(chars).items():
                    j = index.get(("c", g))
                    if j is not None:
                        rows.append(r)
                        cols.append(j)
                        vals.append(n * s)
            for name, v in hand.items():
                j = index.get(("h", name))
                if j is not None:
                    rows.append(r)
                    cols.append(j)
                    vals.append(v)
        return sp.csr_matrix((vals, (rows, cols)), shape=(len(feats), len(self.index)), dtype=np.float64)


def make_model(C: float) -> LogisticRegression:
    return LogisticRegression(
        C=C, class_weight="balanced", solver="liblinear", dual=True, max_iter=5000,
        random_state=SEED,
    )


def best_threshold(y, p, grid=None):
    """The threshold (on a 0.01 grid) maximising F1 of ``p >= t``, and that F1."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2) if grid is None else grid
    scores = [(f1_score(y, p >= t), -abs(t - 0.5), t) for t in grid]
    f, _, t = max(scores)
    return float(t), float(f)


def platt(z, y):
    """(a, b) with sigmoid(a*z + b) calibrated to y (plain, unweighted logistic fit)."""
    m = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000).fit(z.reshape(-1, 1), y)
    return float(m.coef_[0, 0]), float(m.intercept_[0])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def round_weight(w: float) -> float:
    return float(f"{w:.6g}")


def baseline_cv(texts, y, splits):
    """Out-of-fold F1 of the reference TF-IDF logistic regression on the same folds."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union

    oof = np.zeros(len(y))
    arr = np.array(texts, dtype=object)
    for tr, te in splits:
        p = make_pipeline(
            make_union(TfidfVectorizer(ngram_range=(1, 2)),
                       TfidfVectorizer(analyzer="char", ngram_range=(2, 5))),
            LogisticRegression(class_weight="balanced", max_iter=2000),
        )
        p.fit(list(arr[tr]), y[tr])
        oof[te] = p.predict(list(arr[te]))
    return float(f1_score(y, oof))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA,
                    help="the shared data folder (holds claimbuster/crowdsourced.csv)")
    ap.add_argument("--out", type=pathlib.Path, default=OUT)
    ap.add_argument("--skip-baseline", action="store_true",
                    help="do not cross-validate the TF-IDF reference model (saves a minute)")
    args = ap.parse_args(argv)
    t0 = time.time()

    texts, y, groups = load_claimbuster(args.data / "claimbuster" / "crowdsourced.csv")
    print(f"{len(texts)} training sentences, {int(y.sum())} check-worthy", flush=True)
    feats = [scoring.features(t) for t in texts]
    vec = Vectorizer(feats)
    print(f"features: {len(vec.words)} word n-grams, {len(vec.chars)} char n-grams, "
          f"{len(vec.hand)} hand-made", flush=True)

    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    splits = list(cv.split(np.zeros(len(y)), y, groups))

    results = []
    for C, ws, cs in GRID:
        X = vec.transform(feats, ws, cs)
        oof = np.zeros(len(y))
        for tr, te in splits:
            oof[te] = make_model(C).fit(X[tr], y[tr]).decision_function(X[te])
        f_at_0 = float(f1_score(y, oof >= 0))
        results.append({"C": C, "word_scale": ws, "char_scale": cs, "cv_f1_at_0": f_at_0,
                        "oof": oof})
        print(f"  C={C:<4} word_scale={ws} char_scale={cs}: out-of-fold F1 {f_at_0:.4f}",
              flush=True)
    best = max(results, key=lambda r: r["cv_f1_at_0"])
    C, ws, cs = best["C"], best["word_scale"], best["char_scale"]
    a, b = platt(best["oof"], y)
    p_oof = sigmoid(a * best["oof"] + b)
    threshold, cv_f1 = best_threshold(y, p_oof)
    cv_p = float(precision_score(y, p_oof >= threshold))
    cv_r = float(recall_score(y, p_oof >= threshold))
    print(f"chosen C={C} word_scale={ws} char_scale={cs}; Platt a={a:.4f} b={b:.4f}; "
          f"threshold {threshold:.2f}: out-of-fold F1 {cv_f1:.4f} (P {cv_p:.4f}, R {cv_r:.4f})",
          flush=True)

    X = vec.transform(feats, ws, cs)
    final = make_model(C).fit(X, y)
    coef = final.coef_[0] * a
    intercept = float(final.intercept_[0]) * a + b
    blocks = {"w": {}, "c": {}, "h": {}}
    for (block, name), j in vec.index.items():
        w = round_weight(coef[j])
        if w != 0.0:
            blocks[block][name] = w

    meta = {
        "trained_on": "ClaimBuster crowdsourced.csv (Arslan et al., ICWSM 2020, CC BY 4.0)",
        "sentences": len(texts),
        "positives": int(y.sum()),
        "model": "logistic regression (liblinear, class_weight=balanced), Platt-calibrated",
        "C": C,
        "min_df": MIN_DF,
        "seed": SEED,
        "cv": "5-fold StratifiedGroupKFold by debate (File_id), shuffle, seeded",
        "cv_f1": round(cv_f1, 4),
        "cv_precision": round(cv_p, 4),
        "cv_recall": round(cv_r, 4),
        "cv_grid": [{k: v for k, v in r.items() if k != "oof"} for r in results],
    }
    if not args.skip_baseline:
        meta["baseline_cv_f1"] = round(baseline_cv(texts, y, splits), 4)
        print(f"reference TF-IDF LR out-of-fold F1 on the same folds: {meta['baseline_cv_f1']:.4f}",
              flush=True)
    data = {
        "intercept": round_weight(intercept),
        "word_scale": ws,
        "char_scale": cs,
        "threshold": threshold,
        "words": blocks["w"],
        "chars": blocks["c"],
        "hand": blocks["h"],
        "meta": meta,
    }
    raw = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes; "
          f"{sum(len(v) for v in blocks.values()):,} weights)", flush=True)

    # The pure-Python scorer must give the calibrated model's probabilities.
    model = scoring.load_model(args.out)
    sample = texts[:: max(1, len(texts) // 500)]
    ref = sigmoid(final.decision_function(vec.transform([scoring.features(t) for t in sample], ws, cs)) * a + b)
    diff = max(abs(model.score(t) - p) for t, p in zip(sample, ref))
    print(f"pure-Python scorer vs scikit-learn (before rounding weights): max |diff| {diff:.2e}")

    src = SCORING_PY.read_text(encoding="utf-8")
    new = re.sub(r"^DEFAULT_THRESHOLD: float = .*$", f"DEFAULT_THRESHOLD: float = {threshold}",
                 src, count=1, flags=re.M)
    if new != src:
        SCORING_PY.write_text(new, encoding="utf-8")
        print(f"updated DEFAULT_THRESHOLD in {SCORING_PY.relative_to(ROOT)} to {threshold}")
    print(f"done in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
