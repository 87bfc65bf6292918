"""Segmentation, morphology, lemmas and NER with natasha, into the `Doc`."""

from __future__ import annotations

import natasha

from newsgraph.model import Doc, NerSpan, Sentence, Token
from newsgraph.nlp import models
from newsgraph.pipeline import component

LEMMA_CACHE_SIZE = 200_000
_lemmas: dict[tuple, str] = {}


def lemma(word: str, pos: str | None, feats: dict[str, str] | None) -> str:
    """The lower-cased lemma; cached, since words repeat and lemmatising is a third of NLP time."""
    key = (word, pos, tuple(sorted((feats or {}).items())))
    found = _lemmas.get(key)
    if found is None:
        if len(_lemmas) >= LEMMA_CACHE_SIZE:
            _lemmas.clear()
        found = (models.morph_vocab().lemmatize(word, pos, feats or {}) or word).lower()
        _lemmas[key] = found
    return found


def run_natasha(text: str) -> natasha.Doc:
    ndoc = natasha.Doc(text)
    ndoc.segment(models.segmenter())
    ndoc.tag_morph(models.morph_tagger())
    ndoc.tag_ner(models.ner_tagger())
    return ndoc


def normal_form(span: natasha.doc.DocSpan) -> str:
    """The span's nominative form (natasha's normaliser), or its text when that fails."""
    try:
        span.normalize(models.morph_vocab())
    except (ValueError, KeyError, IndexError):
        return span.text
    return span.normal or span.text


@component("nlp.natasha.v1", requires=("text",), assigns=("tokens", "sentences", "ner"))
def analyse(doc: Doc) -> Doc:
    ndoc = run_natasha(doc.text)
    doc.sentences = [Sentence(s.start, s.stop) for s in ndoc.sents]
    doc.tokens = []
    for tok in ndoc.tokens:
        feats = dict(tok.feats or {})
        doc.tokens.append(
            Token(tok.start, tok.stop, tok.text, lemma(tok.text, tok.pos, feats), tok.pos or "", feats)
        )
    doc.ner = [NerSpan(s.start, s.stop, s.type, s.text, normal_form(s)) for s in ndoc.spans]
    return doc
