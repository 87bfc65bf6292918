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
    (
        "«Мы категорически не согласны с позицией Вашингтона», — заявил замминистра иностранных дел Сергей Рябков.",
        "Рябков",
        "Вашингтон",
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
    # "он" in the speaker's own words is the person named just before; words of a name evaluate nothing
    (
        "Скончался академик Андрей Соколов. Ректор Павел Зайцев сказал: «Он внёс огромный вклад в развитие физики».",
        "Зайцев",
        "Соколов",
        "positive",
    ),
    (
        "Как заявили наблюдатели Организации по безопасности и сотрудничеству в Европе, "
        "выборы в Армении прошли организованно.",
        "Организация по безопасности",
        "Армения",
        "neutral",
    ),
]


# Stances stated by a verb, outside quotes: (text, holder surname or name, target name, polarity)
VERB_CASES = [
    (
        "Премьер-министр Канады Джастин Трюдо осудил действия Ирана и поддержал Израиль.",
        "Трюдо",
        "Иран",
        "negative",
    ),
    (
        "Премьер-министр Канады Джастин Трюдо осудил действия Ирана и поддержал Израиль.",
        "Трюдо",
        "Израиль",
        "positive",
    ),
    (
        "Сенатор Джон Смит резко раскритиковал Министерство обороны США за срыв контракта.",
        "Смит",
        "Министерство обороны",
        "negative",
    ),
    (
        "Министр иностранных дел Норвегии Ула Хансен приветствовал решение Эстонии.",
        "Хансен",
        "Эстония",
        "positive",
    ),
    (
        "Депутат Ольга Смирнова голосовала за вступление Украины в Евросоюз.",
        "Смирнова",
        "Украина",
        "positive",
    ),
    ("Глава МИД Германии Анна Бербок выразила поддержку Молдавии.", "Бербок", "Молдова", "positive"),
    (
        "Президент Финляндии Саули Ниинистё поздравил Эммануэля Макрона с переизбранием.",
        "Ниинист",
        "Макрон",
        "positive",
    ),
    ("Президент Турции Реджеп Эрдоган назвал действия Швеции провокацией.", "Эрдоган", "Швеция", "negative"),
    ("Евросоюз ввёл новые санкции против Белоруссии.", "Европейский союз", "Белоруссия", "negative"),
    ("Россия признала независимость Южной Осетии.", "Россия", "Южная Осетия", "positive"),
    ("Грузия не признаёт независимость Абхазии.", "Грузия", "Абхазия", "negative"),
    (
        "Ангела Меркель высоко оценила вклад Польши в европейскую безопасность.",
        "Меркель",
        "Польша",
        "positive",
    ),
    # "он" is the person last named as a subject, not the one met with
    (
        "Премьер Индии Нарендра Моди провёл переговоры с Владимиром Путиным. "
        "Он также поблагодарил Россию за поставки нефти.",
        "Моди",
        "Россия",
        "positive",
    ),
    (
        "Ранее Анкара неоднократно критиковала Стокгольм за поддержку курдских боевиков.",
        "Анкара",
        "Стокгольм",
        "negative",
    ),
    (
        "Министр Сергей Лавров отметил конструктивный характер переговоров с Индией.",
        "Лавров",
        "Индия",
        "positive",
    ),
    # "мы", "я" in a quote are its speaker
    (
        "«Мы не признаём независимость Косово и никогда не признаем», — заявил президент Сербии Александар Вучич.",
        "Вучич",
        "Косово",
        "negative",
    ),
    ("«Я уважаю Дональда Трампа», — признался Виктор Орбан.", "Орбан", "Трамп", "positive"),
    # relations between two parties, both ways; what the subject is "для Y"
    (
        "Стороны договорились развивать отношения дружбы и сотрудничества между Сирией и Ираном.",
        "Сирия",
        "Иран",
        "positive",
    ),
    (
        "Стороны договорились развивать отношения дружбы и сотрудничества между Сирией и Ираном.",
        "Иран",
        "Сирия",
        "positive",
    ),
    ("Конфликт между Арменией и Азербайджаном обострился.", "Азербайджан", "Армения", "negative"),
    (
        "Кабул по-прежнему будет для НАТО стратегическим партнёром в борьбе против терроризма.",
        "Организация Североатлантического",
        "Кабул",
        "positive",
    ),
    ("Иран представляет серьёзную угрозу для Израиля.", "Израиль", "Иран", "negative"),
    ("Для Китая Пакистан остаётся надёжным союзником.", "Китай", "Пакистан", "positive"),
    # a refusal turns its infinitive round; the object's title and name are both objects
    (
        "Палестинцы отказываются от переговоров, поскольку Израиль отказывается признать Палестинское государство.",
        "Израиль",
        "Палестин",
        "negative",
    ),
    (
        "Премьер Японии Наото Кан осудил визит на острова президента России Дмитрия Медведева.",
        "Кан",
        "Медведев",
        "negative",
    ),
    # a negation before the verb
    ("Польша не поддержала Венгрию в споре с Еврокомиссией.", "Польша", "Венгрия", "negative"),
    # the verb acts against the target: "против X", harm done to X
    ("Министр Пётр Иванов поддержал санкции против Белоруссии.", "Иванов", "Белоруссия", "negative"),
    ("Президент Египта Абдель Фаттах ас-Сиси осудил нападение на Иорданию.", "Сиси", "Иордания", "positive"),
    # the holder after the verb, and after the stance noun ("пользуется доверием X")
    ("В спор вмешались и другие страны: против претензий Китая выступают США.", "США", "Китай", "negative"),
    (
        "Губернатор Игорь Васильев по-прежнему пользуется доверием президента Владимира Путина.",
        "Путин",
        "Васильев",
        "positive",
    ),
]

# Sentences in which the holder states no stance on the entity
NO_STANCE = [
    ("Сьюзан Райс подверглась резкой критике со стороны республиканцев в Конгрессе.", "Конгресс", "Райс"),
    ("Рабочие в Vestas получили письма поддержки от профсоюза Unite.", "Unite", "Vestas"),
    ("Переговоры между Россией и США прошли в Женеве.", "Россия", "США"),
    ("Министр обороны Израиля Йоав Галант обвинил Иран в поддержке терроризма.", "Галант", "Израиль"),
    (
        "Премьер Индии Нарендра Моди провёл переговоры с Владимиром Путиным. "
        "Он также поблагодарил Россию за поставки нефти.",
        "Путин",
        "Россия",
    ),
    ("Польша не поддержала Венгрию в споре с Еврокомиссией.", "Польша", "Еврокомиссия"),
    (
        "Компания Boeing должна защищать себя от обвинений перед комиссией Конгресса США.",
        "Boeing",
        "Конгресс",
    ),
]


def _stances(pipeline, text: str) -> dict[tuple[str, str], str]:
    doc = pipeline(parse_text(text))
    names = {e.id: (e.name.get("ru") or e.name.get("en") or "") for e in doc.entities}
    return {(names[s.holder], names[s.target]): s.polarity for s in doc.stances}


@pytest.mark.parametrize(("text", "holder", "target", "polarity"), VERB_CASES)
def test_verb_stance(pipeline, text, holder, target, polarity):
    found = _stances(pipeline, text)
    matches = [p for (h, t), p in found.items() if holder in h and target in t]
    assert matches == [polarity], f"expected {holder} → {target} {polarity}; stances found: {found}"


@pytest.mark.parametrize(("text", "holder", "target"), NO_STANCE)
def test_no_verb_stance(pipeline, text, holder, target):
    found = _stances(pipeline, text)
    matches = [p for (h, t), p in found.items() if holder in h and target in t]
    assert matches == [], f"expected no stance {holder} → {target}; stances found: {found}"


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
