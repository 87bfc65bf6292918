"""natasha's models, loaded once per process (they ship inside the wheels)."""

from __future__ import annotations

from functools import cache

from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter


@cache
def segmenter() -> Segmenter:
    return Segmenter()


@cache
def embedding() -> NewsEmbedding:
    return NewsEmbedding()


# Batches of 16 similar-length sequences were fastest here (natasha's default is 8).
BATCH_SIZE = 16


def _batched(tagger):
    tagger.batch_size = BATCH_SIZE
    tagger.infer.encoder.batch_size = BATCH_SIZE
    return tagger


@cache
def morph_tagger() -> NewsMorphTagger:
    return _batched(NewsMorphTagger(embedding()))


@cache
def ner_tagger() -> NewsNERTagger:
    return _batched(NewsNERTagger(embedding()))


@cache
def morph_vocab() -> MorphVocab:
    return MorphVocab()
