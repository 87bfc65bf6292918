"""Stances from quotes: victim, doer and evaluative-word readings."""

from __future__ import annotations

import pytest

from newsgraph.ingest.text import parse_text

CASES = [
    # (text, holder surname, target name, polarity)
    (
        "Министр Сергей Иванов заявил: «Эти санкции направлены на подрыв экономики Сербии и её суверенитета».",
        "Иванов",
        "Сербия",
        "positive",
    ),
    (
        "«Турция проводит агрессивную и опасную политику в регионе», — сказал депутат Пётр Смирнов.",
        "Смирнов",
        "Турция",
        "negative",
    ),
    (
        "«Мы высоко ценим надёжное партнёрство и сотрудничество с Казахстаном», — отметил министр Андрей Козлов.",
        "Козлов",
        "Казахстан",
        "positive",
    ),
    (
        "Эксперт Анна Петрова считает, что Индия останется за бортом переговоров.",
        "Петрова",
        "Индия",
        "positive",
    ),
    # negation reaching over a verb chain; "отсутствие" turns the next word round
    (
        "«Мы не хотим конфликтовать с Вьетнамом», — сказал министр Олег Соколов.",
        "Соколов",
        "Вьетнам",
        "positive",
    ),
    (
        "«Отсутствие доверия к Варшаве мешает переговорам», — сказал посол Иван Орлов.",
        "Орлов",
        "Варшава",
        "negative",
    ),
    # regret, praise, an undiplomatic manner
    (
        "Депутат Игорь Белов заявил, что решение Франции «вызывает глубокое сожаление».",
        "Белов",
        "Франция",
        "negative",
    ),
    (
        "«Николай Петров — выдающийся учёный, он внёс огромный вклад в науку», — сказал ректор Павел Зайцев.",
        "Зайцев",
        "Петров",
        "positive",
    ),
    (
        "«Действия Канады носят явно недипломатический характер», — заявил сенатор Виктор Кузнецов.",
        "Кузнецов",
        "Канада",
        "negative",
    ),
]


@pytest.mark.parametrize(("text", "holder", "target", "polarity"), CASES)
def test_stance_polarity(pipeline, text, holder, target, polarity):
    doc = pipeline(parse_text(text))
    names = {e.id: (e.name.get("ru") or "") for e in doc.entities}
    found = {(names[s.holder], names[s.target]): s.polarity for s in doc.stances}
    matches = [p for (h, t), p in found.items() if holder in h and target in t]
    assert matches == [polarity], f"stances found: {found}"


def test_one_stance_per_holder_and_target(seed_doc):
    pairs = [(s.holder, s.target) for s in seed_doc.stances]
    assert len(pairs) == len(set(pairs))
    for stance in seed_doc.stances:
        assert 0 <= stance.start < stance.stop <= len(seed_doc.text)
        assert stance.stage == "stances.lexicon.v1"
