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


@cache
def morph_tagger() -> NewsMorphTagger:
    return NewsMorphTagger(embedding())


@cache
def ner_tagger() -> NewsNERTagger:
    return NewsNERTagger(embedding())


@cache
def morph_vocab() -> MorphVocab:
    return MorphVocab()
