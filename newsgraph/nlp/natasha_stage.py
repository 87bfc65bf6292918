"""Segmentation, morphology, lemmas and NER with natasha, into the `Doc`."""

from __future__ import annotations

import natasha

from newsgraph.model import Doc, NerSpan, Sentence, Token
from newsgraph.nlp import models
from newsgraph.pipeline import component


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
    vocab = models.morph_vocab()
    doc.sentences = [Sentence(s.start, s.stop) for s in ndoc.sents]
    doc.tokens = []
    for tok in ndoc.tokens:
        tok.lemmatize(vocab)
        doc.tokens.append(
            Token(tok.start, tok.stop, tok.text, (tok.lemma or tok.text).lower(), tok.pos or "", dict(tok.feats or {}))
        )
    doc.ner = [NerSpan(s.start, s.stop, s.type, s.text, normal_form(s)) for s in ndoc.spans]
    return doc
