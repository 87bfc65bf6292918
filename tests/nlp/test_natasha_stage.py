"""The natasha stage: offsets into the text, and batches equal to one doc at a time."""

from __future__ import annotations

from newsgraph.ingest.text import parse_text
from newsgraph.model import Doc


def test_tokens_sentences_and_ner_point_into_the_text(seed_doc):
    text = seed_doc.text
    assert all(text[t.start : t.stop] == t.text for t in seed_doc.tokens)
    assert all(text[s.start : s.stop] == s.text for s in seed_doc.ner)
    assert seed_doc.sentences[0].start == 0 and seed_doc.sentences[-1].stop <= len(text)
    lemmas = {t.text: t.lemma for t in seed_doc.tokens}
    assert lemmas["Казахстане"] == "казахстан"
    assert lemmas["заводов" if "заводов" in lemmas else "завода"] == "завод"


def test_batched_analysis_equals_one_at_a_time(pipeline, seed_text, shared):
    texts = [seed_text, "", "Short English text about NATO."] + [
        p.read_text(encoding="utf-8") for p in sorted((shared / "data/nerel-1.1/dev").glob("*.txt"))[:6]
    ]
    one = [pipeline(parse_text(t)) if t else pipeline(Doc(t, lang="ru")) for t in texts]
    many = list(pipeline.pipe([parse_text(t) if t else Doc(t, lang="ru") for t in texts], batch_size=4))
    assert [d.id for d in many] == [d.id for d in one]
    for a, b in zip(one, many, strict=True):
        assert a.analysed == b.analysed
        assert a.tokens == b.tokens
        assert a.ner == b.ner
        assert a.mentions == b.mentions
        assert a.quotes == b.quotes
        assert a.facts == b.facts
