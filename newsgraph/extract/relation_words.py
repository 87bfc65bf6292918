"""Russian and English words for the relation facts between organisations, states and places
(member_of, part_of, agreement_with, located_in, directive, status): the cues the fact rules
read beyond those of `fact_lexicon`.
"""

from __future__ import annotations

# "страны — члены НАТО", "государства — участники СНГ": the member states named after the body
STATE_NOUNS = frozenset({"страна", "государство", "country", "state", "nation"})
# "партнёр Германии", "союзником Пхеньяна": a noun for one side of a lasting cooperation, the other in the genitive
PARTNER_NOUNS = frozenset({"партнер", "partner", "союзник", "ally"})
# "Турция наравне с Россией является партнёром X": words putting a second party beside the subject (before "с")
ALONGSIDE_WORDS = frozenset({"наравне", "наряду", "вместе", "together"})
# bodies named with their kind between "член" and the name ("член партии «Единая Россия»")
BODY_NOUNS = frozenset(
    {
        "партия",
        "альянс",
        "блок",
        "организация",
        "союз",
        "движение",
        "фракция",
        "объединение",
        "сообщество",
        "содружество",
        "группа",
        "клуб",
        "party",
        "alliance",
        "bloc",
        "organization",
        "organisation",
        "union",
    }
)
# "присоединиться к ШОС", "принят в НАТО", "состоит в КПРФ": joining or belonging to a body of members (alliances and parties only)
JOIN_VERBS = frozenset({"присоединиться", "присоединяться", "принять", "принимать", "состоять", "admit"})
MEMBER_KINDS = frozenset({"alliance", "party"})
# "в составе ЕАЭС находятся/числятся/состоят …": the members listed after the verb
ROSTER_VERBS = frozenset({"находиться", "числиться", "состоять", "быть", "оставаться"})
# "холдинг", "концерн": a parent named with its kind after "входит в" ("входит в холдинг X")
GROUP_NOUNS = frozenset(
    {
        "холдинг",
        "концерн",
        "корпорация",
        "группа",
        "компания",
        "структура",
        "состав",
        "объединение",
        "госкорпорация",
        "group",
        "holding",
        "corporation",
    }
)
# "X владеет Y", "в собственности X находится Y": the owner
OWN_VERBS = frozenset({"владеть", "own", "owns"})
PROPERTY_NOUNS = frozenset({"собственность", "владение"})
# copulas between "не" and the noun it denies ("не является членом")
COPULAS = frozenset({"являться", "быть", "стать", "становиться", "оставаться", "значиться"})
# "отказалась подписать", "отклонил соглашение": an act refused is not done
REFUSAL_CUES = frozenset(
    {"отказаться", "отказываться", "отвергнуть", "отвергать", "отклонить", "refuse", "reject", "decline"}
)
REFUSAL_REACH = 4  # tokens from the refusal to the fact's trigger
# "потребовал от Японии вывода судов": a demand on another party is a directive
DEMAND_VERBS = frozenset({"потребовать", "требовать", "demand"})
# "призвал вернуться на Луну": a call for an action (with no addressee between)
CALL_VERBS = frozenset({"призвать", "призывать", "call"})
# "МИД советует россиянам воздерживаться от поездок": an authority's advice to do something (a body's only:
# a person advising is an opinion)
ADVICE_VERBS = frozenset(
    {"рекомендовать", "порекомендовать", "советовать", "посоветовать", "recommend", "advise"}
)
# "правительство одобрило проект постановления о …": an act adopted by a body
ADOPT_VERBS = frozenset(
    {"одобрить", "утвердить", "принять", "издать", "подписать", "approve", "adopt", "issue"}
)
ACT_NOUNS = frozenset(
    {"постановление", "указ", "распоряжение", "приказ", "директива", "decree", "order", "directive"}
)
# "добывает железную руду", "выплавляет сталь": what a mine, plant or company produces
EXTRACT_VERBS = frozenset(
    {"добывать", "выплавлять", "перерабатывать", "добыча", "выплавка", "mine", "mines", "extracts"}
)
# "ведёт разработку месторождения X", "осваивает месторождение X": who works a field or mine
DEVELOP_NOUNS = frozenset({"разработка", "освоение", "добыча", "development"})
DEVELOP_VERBS = frozenset({"разрабатывать", "осваивать", "develop", "develops"})
# "X — один из крупнейших холдингов России": nouns for a kind of company, before the country's genitive
COMPANY_KIND_NOUNS = frozenset(
    {
        "компания",
        "холдинг",
        "производитель",
        "банк",
        "концерн",
        "корпорация",
        "оператор",
        "предприятие",
        "авиакомпания",
        "ритейлер",
        "экспортер",
        "поставщик",
        "company",
        "producer",
        "bank",
    }
)
APPOSITION_REACH = 12  # tokens from "X —" to the country named after the kind of company
# legal forms the entities stage may take for a name of their own ("ООО «ТНГК»")
LEGAL_FORMS = frozenset({"ооо", "оао", "зао", "пао", "ао", "нао", "гуп", "фгуп", "муп", "llc", "ltd", "inc"})
# "на строительство завода X потрачено/выделено N": money spent on a plant or project
SPEND_CUES = frozenset({"потратить", "тратить", "выделить", "выделять", "направить", "затраты", "расходы"})
# "В Калуге открылся завод X": a place before the verb, the plant after it
SITE_VERBS = frozenset({"открыться", "открываться", "заработать", "запуститься", "появиться"})
# "здание Министерства обороны Венесуэлы в Каракасе": the building of a body named with its place
BUILDING_NOUNS = frozenset({"здание", "building"})
# "ФМС, подведомственная МВД", "служба, подчиняющаяся министерству": a body under another is part of it
SUBORDINATE_CUES = frozenset({"подведомственный", "подчиняться", "подчинявшийся", "подчиняющийся"})
# "проверка, инициированная Нургалиевым": an inspection a named person ordered is a directive
INSPECTION_NOUNS = frozenset({"проверка", "расследование", "ревизия", "аудит", "инспекция", "обыск"})
ORDERED_PARTICIPLES = frozenset({"инициировать", "назначить", "организовать", "заказать", "санкционировать"})
# "ввёл военное положение", "объявил комендантский час": a regime imposed by whoever holds power is an order
IMPOSE_VERBS = frozenset({"ввести", "вводить", "объявить", "объявлять", "impose", "declare"})
REGIME_NOUNS = frozenset(
    {
        "положение",
        "режим",
        "карантин",
        "мобилизация",
        "траур",
        "мораторий",
        "час",
        "law",
        "curfew",
        "emergency",
    }
)
# "положение", "час" and "режим" are a regime only with their word for it ("военное положение",
# "комендантский час", "режим чрезвычайной ситуации"; not "новое положение о выборах", "режим работы")
REGIME_NEEDS_ADJECTIVE = frozenset({"положение", "час", "режим"})
REGIME_ADJECTIVES = frozenset(
    {
        "военный",
        "чрезвычайный",
        "осадный",
        "комендантский",
        "особый",
        "контртеррористический",
        "карантинный",
        "повышенный",
        "чс",
        "чп",
        "кто",
        "martial",
    }
)
IMPOSE_REACH = 4  # tokens from the verb to the regime's noun ("ввёл в стране военное положение")
# "депутат Госдумы от «Справедливой России» Илья Пономарёв", "кандидат в президенты от Республиканской партии
# Дональд Трамп": a seat or candidacy held for a party (the party after "от")
TICKET_NOUNS = frozenset(
    {
        "депутат",
        "сенатор",
        "конгрессмен",
        "кандидат",
        "парламентарий",
        "член",
        "выдвиженец",
        "спикер",
        "вице-спикер",
        "candidate",
    }
)
TICKET_BODY_NOUNS = frozenset({"партия", "фракция", "блок"})
TICKET_REACH = 5  # tokens from the seat's noun to "от" ("кандидат в президенты США от")
# Bodies one goes to, named after their noun: "в клубе «Шаги» в Москве", "в Фонде «Наследие» в Вашингтоне"
# (the place after the name is where they are)
VENUE_NOUNS = frozenset(
    {
        "клуб",
        "ресторан",
        "кафе",
        "бар",
        "пиццерия",
        "магазин",
        "фонд",
        "центр",
        "нии",
        "школа",
        "студия",
        "салон",
        "отель",
        "зал",
        "кинотеатр",
    }
)
