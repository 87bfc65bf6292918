from __future__ import annotations

import entities_ctl
import pytest

from newsgraph.extract import institutions
from newsgraph.model import Doc


@pytest.fixture(scope="session")
def entity_pipeline():
    pipeline = entities_ctl.entity_pipeline()
    return lambda text: pipeline(Doc(text=text, lang="ru"))


@pytest.mark.parametrize(
    ("country", "expected"),
    [("Украина", "Украины"), ("США", "США"), ("Южная Корея", "Южной Кореи"), ("Япония", "Японии")],
)
def test_genitive_of_country(country, expected):
    assert institutions.genitive(country) == expected


def test_adjective_countries_keep_case():
    countries = institutions.adjective_countries()
    assert countries["японский"] == "Япония"
    assert countries["американский"] == "США"


def test_heads_are_lower_case_lemmas():
    for head in institutions.HEADS | institutions.QUALIFIED_HEADS | institutions.QUALIFIERS:
        assert head == head.lower() and " " not in head


def test_body_entities(entity_pipeline):
    doc = entity_pipeline("Немецкое правительство ответило. Позже правительство Германии уточнило позицию.")
    bodies = [e for e in doc.entities if e.kind == "government"]
    assert [e.name["ru"] for e in bodies] == ["Правительство Германии"]
    mentions = [m.text for m in doc.mentions if m.entity == bodies[0].id]
    assert mentions == ["Немецкое правительство", "правительство Германии"]
    assert any(m.text == "Германии" and m.type == "country" for m in doc.mentions)


def test_no_body_without_country(entity_pipeline):
    doc = entity_pipeline("Правительство обсудило бюджет, а министерство и полиция промолчали.")
    assert not doc.entities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the armed forces with no country written are the forces of the country the article names most
        (
            "Представитель вооружённых сил заявил о потерях в Чаде. Власти Чада и Судана ведут переговоры.",
            ["Вооружённые силы Чада"],
        ),
        ("Сухопутные войска Казахстана провели учения.", ["Сухопутные войска Казахстана"]),
        # an owner after them or a possessive before them: no body of the article's country
        ("Реформа вооружённых сил страны затянулась в Чаде, сообщили власти Чада.", []),
        ("Страна нарастит выпуск для собственных вооружённых сил, заявили в Чаде и в Чаде.", []),
        # no country named twice: the forces stay unnamed by a country
        ("Представитель вооружённых сил заявил о потерях.", ["Вооружённые силы"]),
    ],
)
def test_armed_forces(entity_pipeline, text, expected):
    doc = entity_pipeline(text)
    forces = [e.name["ru"] for e in doc.entities if "силы" in e.name["ru"] or "войска" in e.name["ru"]]
    assert forces == expected
