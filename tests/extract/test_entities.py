"""The entities stage: golden sentences, the seed article's gold entities, its parts."""

from __future__ import annotations

import json
import re

import entities_ctl
import pytest

from newsgraph.extract import acronyms
from newsgraph.extract.entities import STAGE
from newsgraph.extract.gazetteer import gazetteer, lemma_key
from newsgraph.extract.names import apostrophe_words, generation, is_acronym, is_camel, without_generation
from newsgraph.model import ENTITY_TYPES, ORG_KINDS, Doc, Token

SEED_MENTION_FLOOR = 0.9


@pytest.fixture(scope="session")
def entity_pipeline():
    return entities_ctl.entity_pipeline()


@pytest.mark.parametrize("line", entities_ctl.cases())
def test_golden(entity_pipeline, line):
    doc = entities_ctl.analyse(entity_pipeline, line)
    assert entities_ctl.render(doc) == line
    # Mentions labelled alike on a line are one entity, and only those.
    labels = {(label, name) for _, label, name in entities_ctl.marks(line)}
    assert len(doc.entities) == len(labels)


def test_golden_markers_round_trip():
    line = "[Родионов|person=Дмитрий Родионов] заявил [ВФокусе Mail|organization/media] ¶ Новый абзац."
    assert entities_ctl.strip(line) == "Родионов заявил ВФокусе Mail\nНовый абзац."
    nested = "Глава [МИД [России|country=Россия]|organization/government] ¶ [Лавров|person]"
    assert entities_ctl.strip(nested) == "Глава МИД России\nЛавров"
    assert entities_ctl.marks(nested) == [
        ("России", "country", "Россия"),
        ("МИД России", "organization/government", "МИД России"),
        ("Лавров", "person", "Лавров"),
    ]


def test_records_are_well_formed(entity_pipeline):
    text = entities_ctl.strip(entities_ctl.cases()[1])
    doc = entity_pipeline(Doc(text=text, lang="ru"))
    ids = {e.id for e in doc.entities}
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(ids) + 1)]
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.stop] == mention.text
        assert mention.entity in ids and mention.stage == STAGE
        assert mention.type == doc.entity(mention.entity).type
    for entity in doc.entities:
        assert entity.type in ENTITY_TYPES
        assert entity.kind is None or (entity.type == "organization" and entity.kind in ORG_KINDS)
        assert entity.name["ru"]


def test_empty_text(entity_pipeline):
    doc = entity_pipeline(Doc(text="", lang="ru"))
    assert doc.mentions == [] and doc.entities == []


@pytest.mark.parametrize("text", ["Сотрудник ФСБ ()", "Сотрудник ФСБ (", "Сотрудник ФСБ (КГБ"])
def test_acronym_before_an_unclosed_or_empty_bracket_at_the_end(entity_pipeline, text):
    doc = entity_pipeline(Doc(text=text, lang="ru"))
    assert any(e.name["ru"].startswith("ФСБ") for e in doc.entities)


# --- the seed article ---------------------------------------------------------
def _occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)]


def _norm(name: str | None) -> str:
    return (name or "").lower().replace("ё", "е")


@pytest.fixture(scope="module")
def seed_gold(shared):
    return json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))


def _aligned(doc, gold_entity) -> tuple[str | None, list[tuple[int, int]]]:
    """The system entity whose mentions overlap this gold entity's occurrences most."""
    spans = [span for mention in gold_entity["mentions"] for span in _occurrences(doc.text, mention)]
    overlap: dict[str, int] = {}
    for m in doc.mentions:
        for start, stop in spans:
            overlap[m.entity] = overlap.get(m.entity, 0) + max(0, min(stop, m.stop) - max(start, m.start))
    best = max(overlap, key=overlap.get, default=None)
    return (best if best and overlap[best] else None), spans


def test_seed_required_entities(seed_doc, seed_gold):
    for gold in (e for e in seed_gold["entities"] if e["required"]):
        found, _ = _aligned(seed_doc, gold)
        assert found, f"{gold['id']} not found"
        entity = seed_doc.entity(found)
        assert entity.type == gold["type"], gold["id"]
        if gold.get("kind"):
            assert entity.kind == gold["kind"], gold["id"]
        names = {_norm(gold["name"]["ru"]), *(_norm(a) for a in gold["aliases"])}
        assert _norm(entity.name["ru"]) in names, (gold["id"], entity.name)


def test_seed_mention_coverage(seed_doc, seed_gold):
    covered = total = 0
    for gold in (e for e in seed_gold["entities"] if e["required"]):
        found, spans = _aligned(seed_doc, gold)
        for start, stop in spans:
            total += 1
            covered += any(
                m.entity == found and m.start <= start and stop <= m.stop for m in seed_doc.mentions
            )
    assert covered / total >= SEED_MENTION_FLOOR


# --- parts --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("acronym", "expansion", "expected"),
    [
        ("ОДКБ", "Организации Договора о коллективной безопасности", True),
        ("ЕАЭС", "Евразийского экономического союза", True),
        ("ОТГ", "Организация тюркских государств", True),
        ("МИД", "Министерство иностранных дел", True),
        ("ОДКБ", "Организация тюркских государств", False),
        ("ЕС", "Евразийский экономический союз", False),
    ],
)
def test_acronym_matches(acronym, expansion, expected):
    assert acronyms.matches(acronym, expansion) is expected


def test_word_shapes():
    assert is_acronym("ОДКБ") and is_acronym("ЕврАзЭС") and not is_acronym("Россия")
    assert is_camel("ВФокусе") and not is_camel("Москва") and not is_camel("НАТО")


@pytest.mark.parametrize(
    ("text", "type_", "ru", "wikidata"),
    [
        ("Казахстане", "country", "Казахстан", "Q232"),
        ("Белоруссии", "country", "Беларусь", "Q184"),
        ("США", "country", "США", "Q30"),
        ("НАТО", "organization", "Организация Североатлантического договора", "Q7184"),
        ("Центральной Азии", "location", "Центральная Азия", "Q27275"),
        ("ЕАЭС", "organization", "Евразийский экономический союз", None),
    ],
)
def test_gazetteer_finds_inflected_names(text, type_, ru, wikidata):
    entry = gazetteer().find(text)
    assert entry is not None and (entry.type, entry.ru, entry.wikidata) == (type_, ru, wikidata)
    assert entry.source


def test_gazetteer_lemma_keys_keep_acronyms():
    assert lemma_key("Организации тюркских государств") == "организация тюркский государство"
    assert lemma_key("ДУМ") == "дум"


def test_apostrophe_words_join_a_split_surname():
    def token(text: str, start: int) -> Token:
        return Token(text=text, start=start, stop=start + len(text))

    tokens = [token("Мартин", 0), token("О", 7), token("’", 8), token("Мэлли", 9)]
    assert apostrophe_words(tokens) == ["Мартин", "О’Мэлли"]
    spaced = [token("слово", 0), token("'", 6), token("Time", 8)]
    assert apostrophe_words(spaced) == ["слово", "'", "Time"]


def test_a_generation_ends_a_surname_both_ways():
    assert generation("Хантсмана-старшего") == "старш" and generation("Вэнс-младший") == "младш"
    assert generation("Хантсман") is None and generation("Старшинов") is None
    assert without_generation("Вэнс-младший") == "Вэнс" and without_generation("Вэнс") == "Вэнс"
