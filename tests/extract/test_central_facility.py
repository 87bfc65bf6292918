"""An unnamed plant the article is about becomes a facility entity ("завод" of a named company)."""

from __future__ import annotations

import entities_ctl
import pytest

from newsgraph.model import Doc


@pytest.fixture(scope="module")
def entity_pipeline():
    return entities_ctl.entity_pipeline()


def facilities(pipeline, text: str) -> list[tuple[str, list[str]]]:
    doc = pipeline(Doc(text=text, lang="ru"))
    return [
        (e.name["ru"], [m.text for m in doc.mentions if m.entity == e.id])
        for e in doc.entities
        if e.type == "facility"
    ]


def test_plant_of_the_acting_company(entity_pipeline):
    text = (
        "Японская компания «Тойота» планирует построить в России завод. "
        "Завод планируется построить в Шушарах. Строительство завода начнётся в мае."
    )
    [(name, mentions)] = facilities(entity_pipeline, text)
    assert name.startswith("завод ") and "Шушарах" in name
    assert mentions == ["завод", "Завод", "завода"]


def test_plant_named_by_its_company_after_it(entity_pipeline):
    text = (
        "Рабочие на заводе компании Siemens начали забастовку. "
        "Рабочие захватили завод Siemens, руководство обещает не закрывать завод."
    )
    [(_name, mentions)] = facilities(entity_pipeline, text)
    assert mentions == ["заводе", "завод", "завод"]


def test_another_companys_plant_is_left_out(entity_pipeline):
    text = (
        "Рабочие завода компании Siemens начали забастовку. Профсоюз завода поддержал рабочих, "
        "как раньше поддержал рабочих завода General Electric."
    )
    [(_name, mentions)] = facilities(entity_pipeline, text)
    assert mentions == ["завода", "завода"]


@pytest.mark.parametrize(
    "text",
    [
        # a single mention: no plant the article is about
        "Компания «Тойота» построила завод в Шушарах.",
        # counted and plural plants are several
        "Компания «Тойота» построит два завода. Заводы будут работать с 2027 года.",
        # no organisation to tie the plant to
        "Завод остановлен. Рабочие завода вышли на улицу.",
        # a named plant is the facility; the common noun refers to it through the facts stage
        "Компания «Уралвагонзавод» модернизирует завод «Уралтрансмаш». Завод выпускает трамваи.",
    ],
)
def test_no_unnamed_plant(entity_pipeline, text):
    assert not any(name.startswith("завод ") for name, _ in facilities(entity_pipeline, text))


# --- plants introduced as new ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new plant with a purpose phrase, named once
        (
            "Концерн «Калашников» объявил о строительстве нового завода по выпуску беспилотников в Ижевске.",
            [("завод в Ижевске", ["завода"])],
        ),
        # the object of building, the place before it
        (
            "Правительство одобрило создание в Калуге цеха по сборке электродвигателей.",
            [("цех в Калуге", ["цеха"])],
        ),
        # numbered plants in a text that counts them
        (
            "Программа предусматривает две верфи. Первая верфь появится в Мурманске, "
            "вторая верфь — в Архангельске.",
            [("первая верфь в Мурманске", ["верфь"]), ("вторая верфь в Архангельске", ["верфь"])],
        ),
        # a company's new plant with its place
        (
            "Среди крупных вложений года — новый завод концерна «Сименс» в немецком Эрлангене.",
            [("завод Сименс в Эрлангене", ["завод"])],
        ),
        # numbered in a text that counts production sites
        (
            "Программа предусматривает создание трёх оборонных производств. "
            "Следующий завод программы начнут строить в Гомеле.",
            [("следующий завод в Гомеле", ["завод"])],
        ),
        # the same new plant named twice is one plant
        (
            "Холдинг заложил новый комбинат по переработке льна. Новый комбинат по переработке льна даст 300 рабочих мест.",
            [("комбинат", ["комбинат"])],
        ),
    ],
)
def test_introduced_plants(entity_pipeline, text, expected):
    found = [(name, mentions) for name, mentions in facilities(entity_pipeline, text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a company, not a plant: no purpose phrase, no numbered plants
        "Новое предприятие объявило о банкротстве.",
        "Первое предприятие области получило награду губернатора.",
        # a purpose phrase, but the plant is neither new nor being built
        "Рабочие завода по производству шин вышли на забастовку.",
        # a new plant of a company, but with no place: the company's plants are not introduced
        "Новый завод концерна «Сименс» проверят инспекторы.",
        # counted plants are several
        "Компания построит три завода по выпуску кирпича.",
        # a numbered plant already named
        "Первый завод — «Север-1» — строится под Томском, второй из заводов — в Омске.",
        # the building is the apposition of a named project
        "Власти продолжат проект «Восход» — строительство завода по выпуску удобрений.",
    ],
)
def test_no_introduced_plant(entity_pipeline, text):
    nouns = ("завод", "предприят", "цех", "верф", "комбинат", "фабрик", "площадк")
    found = facilities(entity_pipeline, text)
    assert not [name for name, mentions in found if all(m.lower().startswith(nouns) for m in mentions)], found
