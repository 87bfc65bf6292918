"""natasha's models, loaded once per process (they ship inside the wheels)."""

from __future__ import annotations

from functools import cache

import numpy as np
from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
from natasha.morph.vocab import MorphForm, ud_feats, ud_pos
from pymorphy2.analyzer import MorphAnalyzer as PymorphyAnalyzer
from pymorphy2.analyzer import Parse as PymorphyParse
from slovnet.vocab import Vocab


@cache
def segmenter() -> Segmenter:
    return Segmenter()


@cache
def embedding() -> NewsEmbedding:
    return NewsEmbedding()


# Batches of 16 similar-length sequences were fastest here (natasha's default is 8).
BATCH_SIZE = 16


class CNNEncoder:
    """slovnet's CNN encoder computed with the same arithmetic in a cache-friendlier layout.

    slovnet keeps activations as (batch, channels, positions) and builds each
    convolution's window matrix by gathering along a long stride, which costs
    as much as the matrix product. Here activations stay (batch, positions,
    channels), and the window matrix (the same values in the same order) is
    filled from contiguous rows. The matrix products, bias, ReLU, batch norm
    and masking are slovnet's, operand for operand, so the output is
    bit-identical (`tests/nlp/test_models.py` checks it); about a third of the
    taggers' time is saved.
    """

    def __init__(self, encoder) -> None:
        self.encoder = encoder
        self.layers = encoder.layers

    def __call__(self, input: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(input)
        batch, length, _ = x.shape
        for layer in self.layers:
            conv, norm = layer.conv, layer.norm
            pad = conv.padding
            filters, channels, kernel = conv.weight.shape
            width = length + 2 * pad - kernel + 1
            windows = np.empty((batch, width, channels, kernel), dtype=x.dtype)
            for shift in range(kernel):  # window position w, shift s reads padded position w + s
                lo, hi = max(0, pad - shift), min(width, length + pad - shift)
                windows[:, :lo, :, shift] = 0
                windows[:, lo:hi, :, shift] = x[:, lo + shift - pad : hi + shift - pad, :]
                windows[:, hi:, :, shift] = 0
            weight = conv.weight.array.reshape(filters, channels * kernel)
            out = np.matmul(windows.reshape(batch * width, channels * kernel), weight.T)
            out += conv.bias.array
            out = out.reshape(batch, width, filters)
            out.clip(0, out=out)
            out -= norm.mean.array
            out /= norm.std.array
            out *= norm.weight.array
            out += norm.bias.array
            out[mask] = 0
            x, length = out, width
        return x


class YoVocab(Vocab):
    """slovnet's word vocabulary looking a word spelt with 'ё' up as spelt with 'е' when
    that spelling is known: navec and the taggers' training news mostly write 'е', so the
    'ё' spellings have weak vectors ('передаёт' was tagged a noun, 'передает' a verb).
    Only the lookup changes; token texts and offsets stay as written."""

    def __init__(self, vocab: Vocab) -> None:
        self.__dict__.update(vocab.__dict__)

    def encode(self, item: str) -> int:
        if "ё" in item:
            found = self.item_ids.get(item.replace("ё", "е"))
            if found is not None:
                return found
        return self.item_ids.get(item, self.unk_id)


def _batched(tagger):
    tagger.infer.encoder.words_vocab = YoVocab(tagger.infer.encoder.words_vocab)
    tagger.batch_size = BATCH_SIZE
    tagger.infer.encoder.batch_size = BATCH_SIZE
    tagger.infer.model.encoder = CNNEncoder(tagger.infer.model.encoder)
    return tagger


@cache
def morph_tagger() -> NewsMorphTagger:
    return _batched(NewsMorphTagger(embedding()))


@cache
def ner_tagger() -> NewsNERTagger:
    return _batched(NewsNERTagger(embedding()))


_ud_tags: dict[object, tuple[str, dict[str, str]]] = {}


def ud(tag: object) -> tuple[str, dict[str, str]]:
    """A pymorphy2 tag's UD part of speech and features, as natasha converts them (once per tag)."""
    found = _ud_tags.get(tag)
    if found is None:
        found = _ud_tags[tag] = (ud_pos(tag), dict(ud_feats(tag)))
    return found


class LazyMorphForm(MorphForm):
    """natasha's `MorphForm` with its UD ``pos`` and ``feats`` worked out when read, once
    per tag: inflecting a name builds a form for every word of its paradigm, and
    natasha's converts the tags of them all."""

    def __new__(cls, *args):
        return PymorphyParse.__new__(cls, *args)

    @property
    def normal(self) -> str:
        return self.normal_form

    @property
    def pos(self) -> str:
        return ud(self.tag)[0]

    @property
    def feats(self) -> dict[str, str]:
        return dict(ud(self.tag)[1])


class LazyMorphVocab(MorphVocab):
    """natasha's `MorphVocab` (pymorphy2) producing `LazyMorphForm`s."""

    def __init__(self) -> None:
        PymorphyAnalyzer.__init__(self, result_type=LazyMorphForm)


@cache
def shared_vocabulary() -> bool:
    """Whether the NER tagger encodes words as the morphology tagger does (natasha's news
    models share navec's words and one shape list), so that a word is encoded once for both."""
    morph, ner = morph_tagger().infer.encoder, ner_tagger().infer.encoder
    return (
        morph.words_vocab.items == ner.words_vocab.items
        and morph.shapes_vocab.items == ner.shapes_vocab.items
    )


@cache
def morph_vocab() -> MorphVocab:
    return LazyMorphVocab()
