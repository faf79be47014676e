"""Train the check-worthiness model shipped in datasette_factcheck/extract/data/.

    make train                       # or: .venv/bin/python training/train_checkworthiness.py

Reads ONLY ClaimBuster's crowdsourced.csv (22,501 sentences from US presidential debates, Verdict 1 =
check-worthy factual sentence, 0 and -1 = not). Everything is chosen by cross-validation on that file:
5 folds grouped by debate (no debate in two folds, so the scores say how the model does on a debate it
has never seen), stratified, seeded. The two test files (ClaimBuster groundtruth.csv, CheckThat! 2024
dev-test) are never read here; eval/checkworthiness.py scores them once with the shipped weights.

Steps: featurize every sentence with ``datasette_factcheck.extract.scoring.features`` and
``dense_features`` (the code the package runs; the dense block averages the shipped word vectors that
training/distill_vectors.py distilled from all-MiniLM-L6-v2), keep n-grams seen in at least two
sentences; pick C and block scales of a logistic regression (LR) by out-of-fold F1; try a student of
the same form trained on a mix of the labels and the soft labels of a teacher (an LR on the MiniLM
sentence embeddings of the training sentences, stored in training/data/teacher.bin.gz; the teacher is
not shipped). The student is kept only if it wins both on out-of-fold F1 and on a shift check inside
the training data (trained on earlier debates, scored on later ones at the threshold chosen on the
earlier ones), since the product scores news, not the debates it learned from. Calibrate the chosen
model's out-of-fold log-odds to probabilities (Platt scaling), take the threshold (0.01 grid) that
maximises out-of-fold F1, refit on all sentences and fold calibration and block scales into one
weight per feature, written as gzip'd JSON with stable key order and no timestamp, so a rerun gives
the same bytes.

Dataset: ClaimBuster, Fatma Arslan, Naeemul Hassan, Chengkai Li, Mark Tremayne, "A Benchmark Dataset of
Check-worthy Factual Claims", ICWSM 2020, DOI 10.5281/zenodo.3609356, CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import math
import os
import pathlib
import re
import struct
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
    for ws, cs in ((1.0, 1.0), (2.0, 1.0), (2.0, 0.7))
]
# Scale of the dense block (each dimension first divided by its standard deviation over the
# training sentences), fixed by the distillation experiments in training/README.md.
DENSE_SCALE = 0.1
# Weight of the hard labels in the student's targets (1 - alpha: the teacher's soft labels).
STUDENT_ALPHAS = (0.5, 0.7)
TEACHER_FILE = ROOT / "training" / "data" / "teacher.bin.gz"
# Years at which the shift check splits the debates (train before, test from then on).
SHIFT_CUTS = (2008, 2012)


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


def load_teacher(path: pathlib.Path, csv_path: pathlib.Path):
    """The stored MiniLM sentence embeddings of ``csv_path`` (n x dim floats), or None when the file
    is absent or was made from another CSV."""
    if not path.exists():
        return None
    raw = gzip.decompress(path.read_bytes())
    (n,) = struct.unpack_from("<I", raw, 0)
    header = json.loads(raw[4:4 + n])
    if header["csv_sha256"] != hashlib.sha256(csv_path.read_bytes()).hexdigest():
        return None
    E = np.frombuffer(raw[4 + n:], dtype=np.int8).reshape(header["count"], header["dim"])
    return E.astype(np.float64) * header["scale"]


def teacher_probabilities(E, y, groups, idx):
    """Soft labels for the sentences ``idx``: each from a teacher (logistic regression on the
    sentence embeddings) trained on the other debates among ``idx`` (4 grouped folds), so no
    sentence's soft label has seen its own label; Platt-calibrated."""
    yy = y[idx]
    gg = [groups[i] for i in idx]
    z = np.zeros(len(idx))
    inner = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=SEED)
    for a, b in inner.split(np.zeros(len(idx)), yy, gg):
        m = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
        z[b] = m.fit(E[idx[a]], yy[a]).decision_function(E[idx[b]])
    a, b = platt(z, yy)
    return sigmoid(a * z + b)


class Student:
    """Logistic regression on the student's features, fitted to ``alpha * label + (1 - alpha) *
    teacher probability`` (each sentence twice, as a positive and a negative, weighted by its target
    and by balanced class weights of the hard labels)."""

    def __init__(self, C: float, alpha: float, E, y, groups):
        self.C, self.alpha, self.E, self.y, self.groups = C, alpha, E, y, groups

    def fit(self, Xa, idx):
        yy = self.y[idx]
        target = self.alpha * yy + (1 - self.alpha) * teacher_probabilities(self.E, self.y,
                                                                             self.groups, idx)
        n, npos = len(yy), int(yy.sum())
        w_pos, w_neg = n / (2 * npos), n / (2 * (n - npos))
        self.model = LogisticRegression(
            C=self.C, solver="liblinear", dual=True, max_iter=5000, random_state=SEED,
        ).fit(sp.vstack([Xa, Xa]).tocsr(), np.r_[np.ones(n), np.zeros(n)],
              sample_weight=np.r_[target * w_pos, (1 - target) * w_neg])
        return self

    def decision_function(self, Z):
        return self.model.decision_function(Z)


def shift_check(X, y, groups, cut: int, C: float, alpha: float, E) -> dict[str, float]:
    """F1 on debates from ``cut`` on of the LR and of the student trained on the earlier debates,
    each at the threshold chosen (as in the main run) by grouped cross-validation on them."""
    years = np.array([int(g[:4]) for g in groups])
    tr, te = np.where(years < cut)[0], np.where(years >= cut)[0]
    yt, gt = y[tr], [groups[i] for i in tr]

    def fit(rows, student):
        if student:
            return Student(C, alpha, E, y, groups).fit(X[rows], rows)
        return make_model(C).fit(X[rows], y[rows])

    inner = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=SEED)
    out = {}
    for name, student in (("lr", False), ("student", True)):
        oof = np.zeros(len(tr))
        for a, b in inner.split(np.zeros(len(tr)), yt, gt):
            oof[b] = fit(tr[a], student).decision_function(X[tr[b]])
        later = fit(tr, student).decision_function(X[te])
        a1, b1 = platt(oof, yt)
        zo, zt = a1 * oof + b1, a1 * later + b1
        a, b = platt(zo, yt)
        t, _ = best_threshold(yt, sigmoid(a * zo + b))
        out[name] = float(f1_score(y[te], sigmoid(a * zt + b) >= t))
    return out


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
    m = LogisticRegression(C=1e6, solver="lbfgs", tol=1e-10, max_iter=10000).fit(z.reshape(-1, 1), y)
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

    csv_path = args.data / "claimbuster" / "crowdsourced.csv"
    texts, y, groups = load_claimbuster(csv_path)
    print(f"{len(texts)} training sentences, {int(y.sum())} check-worthy", flush=True)
    feats = [scoring.features(t) for t in texts]
    vec = Vectorizer(feats)
    vectors = scoring.load_vectors()
    D = np.array([scoring.dense_features(t, vectors) for t in texts])
    # Each dense dimension divided by its spread over the training sentences, times DENSE_SCALE.
    dense_mult = DENSE_SCALE / D.std(axis=0)
    Dm = sp.csr_matrix(D * dense_mult)
    print(f"features: {len(vec.words)} word n-grams, {len(vec.chars)} char n-grams, "
          f"{len(vec.hand)} hand-made, {D.shape[1]} dense", flush=True)
    E = load_teacher(TEACHER_FILE, csv_path)
    if E is None:
        print(f"WARNING: no teacher embeddings for this CSV ({TEACHER_FILE}): the student is not "
              "tried; run training/distill_vectors.py first", flush=True)

    def design(ws, cs):
        return sp.hstack([vec.transform(feats, ws, cs), Dm]).tocsr()

    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    splits = list(cv.split(np.zeros(len(y)), y, groups))

    def cross_validate(make, X):
        oof = np.zeros(len(y))
        for tr, te in splits:
            oof[te] = make().fit(X[tr], tr).decision_function(X[te])
        return oof

    class LR:
        """make_model(C) with the Student's fit(X rows, row indices) signature."""

        def __init__(self, C):
            self.model = make_model(C)

        def fit(self, Xa, idx):
            self.model.fit(Xa, y[idx])
            return self

        def decision_function(self, Z):
            return self.model.decision_function(Z)

    # 1. Logistic regression on the features as they are: C and block scales.
    results = []
    for C, ws, cs in GRID:
        oof = cross_validate(lambda: LR(C), design(ws, cs))
        f_at_0 = float(f1_score(y, oof >= 0))
        results.append({"model": "lr", "C": C, "word_scale": ws, "char_scale": cs,
                        "cv_f1_at_0": round(f_at_0, 4), "oof": oof})
        print(f"  LR C={C:<4} word_scale={ws} char_scale={cs}: out-of-fold F1 {f_at_0:.4f}",
              flush=True)
    best = max(results, key=lambda r: r["cv_f1_at_0"])
    C, ws, cs = best["C"], best["word_scale"], best["char_scale"]
    X = design(ws, cs)

    def calibrated(oof):
        """(threshold, F1), (a, b) and z of out-of-fold log-odds calibrated twice, as shipped."""
        a1, b1 = platt(oof, y)
        z = a1 * oof + b1
        a, b = platt(z, y)
        return best_threshold(y, sigmoid(a * z + b)), (a, b), z, (a1, b1)

    scored = {"lr": calibrated(best["oof"])}
    print(f"  lr: calibrated out-of-fold F1 {scored['lr'][0][1]:.4f} at threshold "
          f"{scored['lr'][0][0]}", flush=True)
    # 2. Students of the MiniLM teacher: the same features and C, fitted to a mix of the labels and
    #    the teacher's soft labels (alpha = weight of the labels).
    student_results = []
    if E is not None:
        for alpha in STUDENT_ALPHAS:
            oof = cross_validate(lambda: Student(C, alpha, E, y, groups), X)
            cal = calibrated(oof)
            student_results.append({"model": "student", "alpha": alpha, "C": C,
                                    "cv_f1": round(cal[0][1], 4), "threshold": cal[0][0],
                                    "cal": cal})
            print(f"  student alpha={alpha}: calibrated out-of-fold F1 {cal[0][1]:.4f} at "
                  f"threshold {cal[0][0]}", flush=True)
    kind, alpha = "lr", None
    shift = {}
    if student_results:
        best_st = max(student_results, key=lambda r: r["cv_f1"])
        scored["student"] = best_st["cal"]
        if scored["student"][0][1] > scored["lr"][0][1]:
            # The product scores news, not debates: keep the student only if it also transfers
            # better across a shift inside the training data (earlier debates -> later ones, at
            # the threshold chosen on the earlier ones).
            for cut in SHIFT_CUTS:
                shift[cut] = shift_check(X, y, groups, cut, C, best_st["alpha"], E)
                print(f"  shift check, trained before {cut}, tested on {cut}-2016: "
                      + ", ".join(f"{k} F1 {v:.4f}" for k, v in shift[cut].items()), flush=True)
            if all(v["student"] > v["lr"] for v in shift.values()):
                kind, alpha = "student", best_st["alpha"]
            else:
                print("  the student does not transfer better across debates: keeping the LR",
                      flush=True)
    (threshold, cv_f1), (a, b), z_oof, cal = scored[kind]
    p_oof = sigmoid(a * z_oof + b)
    cv_p = float(precision_score(y, p_oof >= threshold))
    cv_r = float(recall_score(y, p_oof >= threshold))
    print(f"chosen {kind}: C={C}" + (f", alpha={alpha}" if alpha is not None else "")
          + f", word_scale={ws} char_scale={cs}; threshold {threshold:.2f}: out-of-fold F1 "
          f"{cv_f1:.4f} (P {cv_p:.4f}, R {cv_r:.4f})", flush=True)

    # 3. Refit on everything and fold calibration and the dense block's scaling into one vector.
    everything = np.arange(len(y))
    final = (Student(C, alpha, E, y, groups) if kind == "student" else LR(C)).fit(X, everything)
    coef = a * cal[0] * final.model.coef_[0]
    intercept = a * (cal[0] * float(final.model.intercept_[0]) + cal[1]) + b
    blocks = {"w": {}, "c": {}, "h": {}}
    for (block, name), j in vec.index.items():
        w = round_weight(coef[j])
        if w != 0.0:
            blocks[block][name] = w
    dense_coef = coef[len(vec):] * dense_mult
    dense = [round_weight(w) for w in dense_coef]

    meta = {
        "trained_on": "ClaimBuster crowdsourced.csv (Arslan et al., ICWSM 2020, CC BY 4.0)",
        "sentences": len(texts),
        "positives": int(y.sum()),
        "model": kind,
        "description": ("logistic regression (liblinear, class_weight=balanced), Platt-calibrated "
                        "on out-of-fold log-odds" if kind == "lr" else
                        f"logistic regression (liblinear, balanced class weights) trained on "
                        f"{alpha:g} x the labels + {1 - alpha:g} x the soft labels of a teacher "
                        "(logistic regression on all-MiniLM-L6-v2 sentence embeddings), "
                        "Platt-calibrated on out-of-fold log-odds"),
        "C": C,
        "alpha": alpha,
        "dense_scale": DENSE_SCALE,
        "vectors": {k: v for k, v in vectors.header.items() if k != "words_bytes"},
        "min_df": MIN_DF,
        "seed": SEED,
        "cv": "5-fold StratifiedGroupKFold by debate (File_id), shuffle, seeded",
        "cv_f1": round(cv_f1, 4),
        "cv_precision": round(cv_p, 4),
        "cv_recall": round(cv_r, 4),
        "cv_grid": ([{k: v for k, v in r.items() if k != "oof"} for r in results]
                    + [{k: v for k, v in r.items() if k != "cal"} for r in student_results]),
        "cv_f1_lr_alone": round(scored["lr"][0][1], 4),
        "cv_f1_student": round(scored["student"][0][1], 4) if "student" in scored else None,
        "shift_check": {str(k): {m: round(f, 4) for m, f in v.items()} for k, v in shift.items()},
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
        "dense": dense,
        "meta": meta,
    }
    raw = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes; "
          f"{sum(len(v) for v in blocks.values()) + len(dense):,} weights)", flush=True)

    # The pure-Python scorer must give the calibrated model's probabilities.
    model = scoring.load_model(args.out, vectors)
    step = max(1, len(texts) // 500)
    ref = sigmoid(X[::step] @ coef + intercept)
    diff = max(abs(model.score(t) - p) for t, p in zip(texts[::step], ref))
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
