"""The taggers' re-laid-out CNN encoder computes exactly what slovnet's does."""

from __future__ import annotations

import numpy as np
import pytest
from slovnet.exec.infer import text_words

from newsgraph.nlp import models


@pytest.mark.parametrize("tagger", [models.ner_tagger, models.morph_tagger])
def test_encoder_is_bit_identical_to_slovnets(tagger, seed_text, shared):
    texts = [seed_text, "Москва.", *(p.read_text(encoding="utf-8") for p in
             sorted((shared / "data/nerel-1.1/dev").glob("*.txt"))[:5])]  # fmt: skip
    infer = tagger().infer
    fast = infer.model.encoder
    assert isinstance(fast, models.CNNEncoder)
    items = [text_words(t) for t in texts]
    items += [
        words[i : i + 7] for words in items[:2] for i in range(0, len(words), 7)
    ]  # short, padded batches
    for batch in infer.encoder(items):
        x = infer.model.emb(batch.word_id, batch.shape_id)
        expected = fast.encoder(x, batch.pad_mask)
        got = fast(x, batch.pad_mask)
        assert got.shape == expected.shape
        assert np.array_equal(got, expected)
        assert np.array_equal(infer.model.head(got), infer.model.head(expected))


def test_the_taggers_share_their_vocabulary():
    # natasha_stage.encode encodes a word once for both taggers; it relies on this (and checks it)
    assert models.shared_vocabulary()
