"""Value normalisers, one expression per row: money, counts, dates, calibres, statuses."""

from __future__ import annotations

import pytest

from newsgraph.extract.values import (
    find_calibres,
    parse_count,
    parse_date,
    parse_money,
    parse_status,
)

PUBLISHED = "2025-12-18"  # a Thursday

# text, amount, currency, qualifier
MONEY = [
    ("миллиард долларов", 1e9, "USD", None),
    ("около 2 миллиардов рублей", 2e9, "RUB", "estimate"),
    ("$3 млрд", 3e9, "USD", None),
    ("1,5 млрд долл.", 1.5e9, "USD", None),
    ("500 млн тенге", 5e8, "KZT", None),
    ("€2,5 млрд", 2.5e9, "EUR", None),
    ("$ 4 billion", 4e9, "USD", None),
    ("стоимость оценивается в миллиард долларов", 1e9, "USD", "estimate"),
    ("about $1.2 billion", 1.2e9, "USD", "estimate"),
    ("300 тыс. рублей", 3e5, "RUB", None),
    ("12 500 рублей", 12500, "RUB", None),
    ("два миллиарда евро", 2e9, "EUR", None),
    ("полтора миллиарда долларов", 1.5e9, "USD", None),
    ("порядка 40 млрд юаней", 4e10, "CNY", "estimate"),
    ("свыше 100 млн долларов США", 1e8, "USD", "more_than"),
    ("$250m", 2.5e8, "USD", None),
    ("€500 million", 5e8, "EUR", None),
    ("£2bn", 2e9, "GBP", None),
    ("10 billion dollars", 1e10, "USD", None),
    ("roughly 7 million euros", 7e6, "EUR", "estimate"),
    ("5 трлн рублей", 5e12, "RUB", None),
    ("тридцать миллионов рублей", 3e7, "RUB", None),
    ("примерно 900 млн гривен", 9e8, "UAH", "estimate"),
    ("1 млрд сомов", 1e9, "KGS", None),
    ("20 миллиардов тенге", 2e10, "KZT", None),
    ("USD 5 million", 5e6, "USD", None),
    ("3,2 млрд руб.", 3.2e9, "RUB", None),
    ("150 000 000 ₽", 1.5e8, "RUB", None),
    ("up to $1 billion", 1e9, "USD", "up_to"),
    ("2 млрд турецких лир", 2e9, "TRY", None),
    ("700 миллионов белорусских рублей", 7e8, "BYN", None),
    ("an estimated $3.5 billion", 3.5e9, "USD", "estimate"),
    ("около 1,2 млрд злотых", 1.2e9, "PLN", "estimate"),
    ("40 млн форинтов", 4e7, "HUF", None),
    ("2 млрд чешских крон", 2e9, "CZK", None),
    ("свыше 900 млн шведских крон", 9e8, "SEK", "more_than"),
    ("15 млрд сербских динаров", 1.5e10, "RSD", None),
]

# text, value, counted word
COUNTS = [
    ("четыре завода", 4, "завода"),
    ("четырех заводов", 4, "заводов"),
    ("4 новых завода", 4, "новых завода"),
    ("четырьмя заводами", 4, "заводами"),
    ("двух предприятий", 2, "предприятий"),
    ("две фабрики", 2, "фабрики"),
    ("одного завода", 1, "завода"),
    ("одну площадку", 1, "площадку"),
    ("трёх цехов", 3, "цехов"),
    ("пяти объектов", 5, "объектов"),
    ("десятью заводами", 10, "заводами"),
    ("двадцать пять предприятий", 25, "предприятий"),
    ("сто двадцати заводов", 120, "заводов"),
    ("полутора тысяч", 1.5, "тысяч"),
    ("шестью", 6, ""),
    ("three plants", 3, "plants"),
    ("four new factories", 4, "new factories"),
    ("twelve sites", 12, "sites"),
    ("двумя площадками", 2, "площадками"),
    ("семи заводов", 7, "заводов"),
    ("восемь", 8, ""),
    ("обоих заводов", 2, "заводов"),
    ("тремя новыми заводами", 3, "новыми заводами"),
    ("15 предприятий", 15, "предприятий"),
]

# text, value, relation (published = PUBLISHED)
DATES = [
    ("к 2027 году", "2027", "by"),
    ("в 2027 году", "2027", "in"),
    ("с 2015 года", "2015", "since"),
    ("14 марта", "2025-03-14", None),
    ("в среду", "2025-12-17", None),
    ("в прошлом году", "2024", "in"),
    ("три года назад", "2022", "in"),
    ("до конца 2026 года", "2026", "by"),
    ("в 2024 г.", "2024", "in"),
    ("к 2030-му году", "2030", "by"),
    ("14 марта 2024 года", "2024-03-14", None),
    ("в марте 2024 года", "2024-03", "in"),
    ("вчера", "2025-12-17", None),
    ("сегодня", "2025-12-18", None),
    ("завтра", "2025-12-19", None),
    ("в следующем году", "2026", "in"),
    ("в этом году", "2025", "in"),
    ("by 2027", "2027", "by"),
    ("in 2028", "2028", "in"),
    ("since 2014", "2014", "since"),
    ("on March 14, 2024", "2024-03-14", "in"),
    ("14 March 2024", "2024-03-14", None),
    ("last year", "2024", None),
    ("three years ago", "2022", "in"),
    ("on Wednesday", "2025-12-17", None),
    ("2025-12-01", "2025-12-01", None),
    ("01.02.2023", "2023-02-01", None),
    ("два месяца назад", "2025-10", "in"),
    ("в понедельник", "2025-12-15", None),
    ("в четверг", "2025-12-18", None),
    ("yesterday", "2025-12-17", None),
    ("через два года", "2027", None),
    ("в прошлом месяце", "2025-11", None),
    ("в январе 2026 года", "2026-01", "in"),
    ("в 2026-м", "2026", "in"),
    ("с 1 января 2026 года", "2026-01-01", "since"),
    ("к концу следующего года", "2026", "by"),
    ("на третий квартал следующего года", "2026", "in"),
    ("в первом полугодии прошлого года", "2024", "in"),
    ("к середине текущего года", "2025", "by"),
    ("осенью будущего года", "2026", None),
]

# text, calibres in mm
CALIBRES = [
    ("120-мм мины", [120]),
    ("105 mm shells", [105]),
    ("81-мм миномётные мины", [81]),
    ("155-мм снаряды", [155]),
    ("калибра 152 мм", [152]),
    ("7,62-мм патроны", [7.62]),
    ("5.56 mm rounds", [5.56]),
    ("122- и 152-мм снаряды", [122, 152]),
    ("калибров 105 и 155 мм", [105, 155]),
    ("60, 81 и 120 мм", [60, 81, 120]),
    ("155mm artillery", [155]),
    ("30-миллиметровые снаряды", [30]),
    ("125 миллиметров", [125]),
    ("40-mm grenades", [40]),
]

STATUSES = [
    ("строительство второго энергоблока начнётся весной", "planned"),
    ("начнется строительство моста", "planned"),
    ("крейсер проходит реконструкцию", "under_construction"),
    ("ледокол реконструируется на верфи", "under_construction"),
    ("терминал введён в коммерческую эксплуатацию", "operating"),
    ("мост сдан в эксплуатацию", "operating"),
    ("газопровод эксплуатируется с 2011 года", "operating"),
    ("комбинат возобновил работу", "operating"),
    ("конвейер остановлен", "suspended"),
    ("завод остановил производство", "suspended"),
    ("цех простаивает второй месяц", "suspended"),
    ("ASPAN-1 уже строится", "under_construction"),
    ("на заводе ведётся строительство", "under_construction"),
    ("ведется строительство второй очереди", "under_construction"),
    ("завод запущен в июне", "operating"),
    ("предприятие начало выпуск снарядов", "operating"),
    ("строительство планируется начать", "planned"),
    ("завод введен в эксплуатацию", "operating"),
    ("проект заморожен", "suspended"),
    ("проект отменён", "cancelled"),
    ("the plant is under construction", "under_construction"),
    ("the plant is being built", "under_construction"),
    ("the factory is now operational", "operating"),
    ("the project was suspended", "suspended"),
    ("the project was cancelled", "cancelled"),
    ("a plant is planned", "planned"),
    ("должен заработать к 2027 году", None),
    ("ещё не запущен", None),
    ("будет запущен в 2026 году", None),
    ("«Газпром» начал строительство газопровода", "under_construction"),
    ("Строительство газопровода «Южный поток» началось в декабре 2012 года", "under_construction"),
    ("президенты символически открыли нефтепровод", "operating"),
    ("Россия запустила завод", "operating"),
    ("«Газпром» начнёт строительство", None),
    ("Мост пока на стадии проектирования", "planned"),
    ("объект находится в стадии проектно-изыскательских работ", "planned"),
    ("терминал уже на стадии пусконаладочных работ", "under_construction"),
    ("Новый корпус больницы начнут строить весной", "planned"),
    ("строить второй энергоблок начнут через год", "planned"),
    ("Школу начали строить в мае", "under_construction"),
]


@pytest.mark.parametrize(("text", "amount", "currency", "qualifier"), MONEY)
def test_money(text, amount, currency, qualifier):
    money = parse_money(text)
    assert money is not None, text
    assert money.amount == pytest.approx(amount)
    assert money.currency == currency
    assert money.qualifier == qualifier


@pytest.mark.parametrize(("text", "value", "noun"), COUNTS)
def test_counts(text, value, noun):
    count = parse_count(text)
    assert count is not None, text
    assert count.value == value
    assert count.noun == noun


@pytest.mark.parametrize(("text", "value", "relation"), DATES)
def test_dates(text, value, relation):
    date = parse_date(text, published=PUBLISHED)
    assert date is not None, text
    assert (date.value, date.relation) == (value, relation)


@pytest.mark.parametrize(("text", "calibres"), CALIBRES)
def test_calibres(text, calibres):
    assert [c.mm for c in find_calibres(text)] == calibres


@pytest.mark.parametrize(("text", "status"), STATUSES)
def test_statuses(text, status):
    assert parse_status(text) == status


def test_enough_expressions():
    assert len(MONEY) + len(COUNTS) + len(DATES) + len(CALIBRES) >= 100


def test_relative_dates_need_publication_date():
    assert parse_date("в прошлом году") is None
    assert parse_date("к 2027 году").value == "2027"


def test_money_spans_point_into_the_text():
    text = "Стоимость проекта — около $2 млрд, сообщили в компании."
    money = parse_money(text)
    assert text[money.start : money.stop] == "$2 млрд"
    assert money.qualifier == "estimate"


def test_no_money_without_currency():
    assert parse_money("четыре завода к 2027 году") is None
