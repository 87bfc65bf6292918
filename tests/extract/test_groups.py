"""Collectives named by a plural noun become group entities; a lone group that does not act is pruned.

Mention linking is covered by golden lines in `entities_golden.txt` and speakers by `quotes_golden.txt`;
here the parts: the lexicon's word shapes, and `prune` at the end of the default pipeline.
"""

from __future__ import annotations

import entities_ctl
import pytest

from newsgraph.extract import groups
from newsgraph.model import Doc, Entity, Mention, Quote, Stance


@pytest.fixture(scope="module")
def entity_pipeline():
    return entities_ctl.entity_pipeline()


def group_names(doc: Doc) -> dict[str, list[str]]:
    return {
        e.name["ru"]: [m.text for m in doc.mentions if m.entity == e.id]
        for e in doc.entities
        if e.type == "group"
    }


def test_every_inflected_form_is_one_group(entity_pipeline):
    doc = entity_pipeline(
        Doc(
            text="Сепаратисты обстреляли город. Переговоры с сепаратистами сорваны, армия атаковала сепаратистов.",
            lang="ru",
        )
    )
    assert group_names(doc) == {"сепаратисты": ["Сепаратисты", "сепаратистами", "сепаратистов"]}
    [group] = [e for e in doc.entities if e.type == "group"]
    assert group.wikidata is None


def test_a_singular_noun_describes_a_person(entity_pipeline):
    doc = entity_pipeline(Doc(text="Бывший коммунист и либерал Иван Петров возглавил комитет.", lang="ru"))
    assert group_names(doc) == {}


def test_a_capitalised_noun_the_ner_took_for_a_place_is_the_group(entity_pipeline):
    doc = entity_pipeline(Doc(text="Мятежники захватили город.", lang="ru"))
    assert group_names(doc) == {"мятежники": ["Мятежники"]}
    assert [e.type for e in doc.entities] == ["group"]


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("мятежников-хути", "хуситы"),  # a named movement over the generic word
        ("повстанцев-туарегов", "повстанцы"),
        ("экс-президентов", None),
    ],
)
def test_compound_words(word, key):
    assert groups._compound_key(word) == key


def test_lone_passing_group_is_pruned(pipeline):
    doc = pipeline(Doc(text="В регионе продолжаются столкновения между армией и сепаратистами.", lang="ru"))
    assert group_names(doc) == {}
    assert all(m.stage != groups.STAGE for m in doc.mentions)


def test_lone_group_that_speaks_is_kept(pipeline):
    doc = pipeline(Doc(text="Сепаратисты заявили, что готовы к переговорам.", lang="ru"))
    assert group_names(doc) == {"сепаратисты": ["Сепаратисты"]}
    [quote] = doc.quotes
    assert quote.speaker == next(e.id for e in doc.entities if e.type == "group")
    assert (quote.speaker_start, quote.speaker_stop) == (0, len("Сепаратисты"))


def test_a_named_persons_children_speak_as_one_group(pipeline):
    text = "Дети убитой журналистки Анны Ивановой заявили, что не придут в суд."
    doc = pipeline(Doc(text=text, lang="ru"))
    assert group_names(doc) == {"дети убитой журналистки Анны Ивановой": ["Дети"]}
    [quote] = doc.quotes
    assert quote.speaker == next(e.id for e in doc.entities if e.type == "group")


@pytest.mark.parametrize(
    "text",
    [
        "Дети погибших заявили, что не придут в суд.",  # relatives of unnamed people
        "Родственники Анны Ивановой заявили, что не придут в суд.",  # a looser circle
        "Петров встретился с детьми Анны Ивановой.",  # named once, acting in nothing: pruned
    ],
)
def test_no_kin_group(pipeline, text):
    assert group_names(pipeline(Doc(text=text, lang="ru"))) == {}


def test_prune_drops_the_stances_of_a_lone_group():
    doc = Doc(text="Армия и повстанцы.", lang="ru")
    doc.entities = [Entity("e1", "organization", {"ru": "армия"}), Entity("e2", "group", {"ru": "повстанцы"})]
    doc.mentions = [
        Mention(0, 5, "Армия", "organization", "e1"),
        Mention(8, 17, "повстанцы", "group", "e2", groups.STAGE),
    ]
    doc.stances = [Stance("e1", "e2", "negative", 0, 17)]
    groups.prune(doc)
    assert [e.id for e in doc.entities] == ["e1"]
    assert [m.entity for m in doc.mentions] == ["e1"]
    assert doc.stances == []


def test_prune_keeps_a_speaker_and_a_group_named_twice():
    doc = Doc(text="Повстанцы заявили. Исламисты и исламисты.", lang="ru")
    doc.entities = [Entity("e1", "group", {"ru": "повстанцы"}), Entity("e2", "group", {"ru": "исламисты"})]
    doc.mentions = [
        Mention(0, 9, "Повстанцы", "group", "e1", groups.STAGE),
        Mention(19, 28, "Исламисты", "group", "e2", groups.STAGE),
        Mention(31, 40, "исламисты", "group", "e2", groups.STAGE),
    ]
    doc.quotes = [Quote(10, 17, "indirect", speaker="e1")]
    groups.prune(doc)
    assert [e.id for e in doc.entities] == ["e1", "e2"]
