"""Text shingles, MinHash signatures and LSH band keys for near-duplicate search.

Shingles are word n-grams of the normalised text (lower case, ё→е, words
only), so that re-posts with other punctuation, quotes or line breaks still
match. Signatures are datasketch MinHash values; band keys are 64-bit hashes
of each band of the signature, stored in the database (not in RAM) so that
the index scales with the store.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 3
# 42 bands of 3 rows: a pair with Jaccard 0.4 becomes a candidate with p≈0.94,
# one with 0.05 (unrelated news on one site) with p≈0.005.
BANDS = 42
ROWS = 3

WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    return WORD.findall(normalise(text))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    tokens = words(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED)


def signature(text: str) -> np.ndarray:
    """The MinHash values (uint32, NUM_PERM of them) of the text's shingles."""
    template = _template()
    minhash = MinHash(
        num_perm=NUM_PERM, seed=SEED, permutations=template.permutations, scheme=template.scheme
    )
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return minhash.hashvalues.astype(np.uint32)


def is_empty(sig: np.ndarray) -> bool:
    """The signature of a text without words (every value still at its maximum)."""
    return bool((sig == np.iinfo(np.uint32).max).all())


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band; the band number is hashed in, so one
    indexed column holds every band."""
    raw = sig.astype("<u4")
    keys = []
    for band in range(BANDS):
        chunk = raw[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)
