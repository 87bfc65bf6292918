"""Lexical cues that decide an entity's type and organisation kind.

Head nouns ("проект ASPAN", "завод ASPAN-1", "компания Great Sky") give the
type of the name that follows them; words inside an organisation's name
("министерство", "партия", "агентство") give its kind; a name that a speech
verb reports in the dative ("заявил ВФокусе Mail") is an outlet.
"""

from __future__ import annotations

import re

# Lemma of a head noun -> (type, organisation kind).
HEAD_NOUNS: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        (
            "проект",
            "программа",
            "инициатива",
            "мегапроект",
            "нацпроект",
            "маршрут",
            "коридор",
            "газопровод",
            "нефтепровод",
            "трубопровод",
            "магистраль",
            # rocket and spacecraft programmes ("ракета-носитель «Арес I»")
            "ракета-носитель",
            "космоплан",
        ),
        ("project", None),
    ),
    **dict.fromkeys(
        (
            "завод",
            "комбинат",
            "предприятие",
            "верфь",
            "база",
            "авиабаза",
            "аэродром",
            "фабрика",
            "электростанция",
            "аэс",
            "тэц",
            "гэс",
            "месторождение",
            "порт",
            "аэропорт",
            "космодром",
            "полигон",
            "рудник",
            "шахта",
            "терминал",
            "цех",
            "площадка",
            "лаборатория",
            "арсенал",
            "судоверфь",
            "НПЗ",
            "нпз",
            # ships ("авианосец «Варяг»")
            "авианосец",
            "крейсер",
            "эсминец",
            "фрегат",
            "ледокол",
            "подлодка",
            "танкер",
            "сухогруз",
            "лайнер",
        ),
        ("facility", None),
    ),
    **dict.fromkeys(
        (
            "компания",
            "корпорация",
            "холдинг",
            "концерн",
            "фирма",
            "госкорпорация",
            "банк",
            "производитель",
            "стартап",
            "консорциум",
            "группа компаний",
            "ооо",
            "оао",
            "зао",
            "пао",
            "ао",
            "дистрибьютор",
            "оператор",
            "подрядчик",
            "поставщик",
            "автопроизводитель",
            "авиакомпания",
            "ритейлер",
            "инвестфонд",
            "фонд",
        ),
        ("organization", "company"),
    ),
    **dict.fromkeys(
        (
            "агентство",
            "газета",
            "издание",
            "телеканал",
            "канал",
            "телеграм-канал",
            "telegram-канал",
            "портал",
            "журнал",
            "радиостанция",
            "сайт",
            "медиа",
            "информагентство",
            "таблоид",
            "еженедельник",
            "телекомпания",
            "радио",
        ),
        ("organization", "media"),
    ),
    **dict.fromkeys(("партия",), ("organization", "party")),
    **dict.fromkeys(("министерство", "ведомство", "минобороны"), ("organization", "government")),
    **dict.fromkeys(
        ("альянс", "блок", "союз", "организация", "движение", "ассоциация"), ("organization", None)
    ),
}

# Lemmas inside an organisation's own name -> kind (first match wins).
ORG_NAME_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("party", frozenset({"партия"})),
    (
        "government",
        frozenset(
            {
                "министерство",
                "минобороны",
                "мид",
                "правительство",
                "администрация",
                "служба",
                "ведомство",
                "парламент",
                "дума",
                "госдума",
                "прокуратура",
                "полиция",
                "суд",
                "кремль",
                "генштаб",
                "минфин",
                "минэкономразвития",
                "минпромторг",
                "фсб",
                "мвд",
                "сенат",
                "конгресс",
                "пентагон",
                "совбез",
                "росгвардия",
                "федеральный",
                "государственный",
                "комитет",
                "армия",
                "вооружённый",
                "вооруженный",
                "войско",
                "штаб",
                "мчс",
                "ск",
                "следственный",
                "фсин",
                "фссп",
                "гибдд",
                "управление",
            }
        ),
    ),
    (
        "media",
        frozenset(
            {
                "газета",
                "агентство",
                "телеканал",
                "радио",
                "издание",
                "журнал",
                "новость",
                "тасс",
                "риа",
                "интерфакс",
                "рбк",
                "коммерсант",
                "ведомости",
                "известие",
                "bbc",
                "cnn",
                "reuters",
                "bloomberg",
                "mail",
                "news",
                "times",
                "post",
                "tv",
                "today",
                "media",
                "press",
                "daily",
                "journal",
                "herald",
                "telegraph",
                "guardian",
                "ru",
                "лента",
                "спутник",
                "sputnik",
                "axios",
                "politico",
                "afp",
                "ap",
                # well-known outlets whose names carry no media word
                "росбалт",
                "рейтер",
                "рейтерс",
                "блумберг",
                "франс-пресс",
                "ассошиэйтед",
                "regnum",
                "регнум",
                "эхо",
                "медуза",
                "meduza",
                "фонтанка",
                "euronews",
                "dw",
                "welle",
                "cnbc",
                "jazeera",
                "джазира",
                "anadolu",
                "анадолу",
                "xinhua",
                "синьхуа",
                "kyodo",
                "киодо",
                "yonhap",
                "ёнхап",
                "ирна",
                "irna",
                "kazinform",
                "казинформ",
                "tengrinews",
                "eurasianet",
                "нтв",
                "рен",
                "euractiv",
                "economist",
                "nyt",
                "wsj",
                "ft",
            }
        ),
    ),
    (
        "company",
        frozenset(
            {
                "компания",
                "корпорация",
                "концерн",
                "холдинг",
                "банк",
                "завод",
                "ооо",
                "оао",
                "зао",
                "пао",
                "ао",
                "инк",
                "inc",
                "ltd",
                "llc",
                "corp",
                "group",
                "gmbh",
                "plc",
                "co",
                "company",
                "holding",
                "motors",
                "airlines",
                "systems",
                "industries",
                "энерго",
                "нефть",
                "газ",
                "авиа",
            }
        ),
    ),
    ("alliance", frozenset({"альянс", "содружество", "договор", "коалиция"})),
    ("government", frozenset({"рада"})),  # "Верховная рада", "Рада" (Ukraine's parliament)
    # Armed movements: neither companies nor states' bodies, whatever their one-word names suggest.
    (
        "other",
        frozenset(
            {"аль-каида", "талибан", "хамас", "хезболл", "хезболла", "игил", "джабхат", "аш-шабаб", "боко"}
        ),
    ),
)

# Verbs that report speech: an organisation in the dative after them is an outlet
# ("заявил ВФокусе Mail", "рассказал РБК").
SPEECH_VERBS = frozenset(
    {
        "заявить",
        "сказать",
        "рассказать",
        "сообщить",
        "пояснить",
        "отметить",
        "признаться",
        "подтвердить",
        "прокомментировать",
        "уточнить",
        "заявлять",
        "говорить",
        "рассказывать",
        "сообщать",
        "передать",
    }
)
# Verbs whose subject organisation, placed after them, is an outlet
# ("пишет Bloomberg", "сообщил «Коммерсантъ»").
PUBLISH_VERBS = frozenset(
    {"писать", "опубликовать", "публиковать", "сообщить", "сообщать", "передать", "передавать"}
)

# Acronyms of common nouns that NER models tag as organisations.
NOT_NAMES = frozenset(
    {
        "СМИ",
        "ВВП",
        "ДТП",
        "ЧП",
        "НКО",
        "ЖКХ",
        "ВПК",
        "ИИ",
        "ПВО",
        "ПРО",
        "БПЛА",
        "ЗРК",
        "РСЗО",
        "ИТ",
        "IT",
        "ПО",
        "АЭС",
        "ТЭЦ",
        "ГЭС",
        "НПЗ",
        "ООО",
        "ОАО",
        "ЗАО",
        "ПАО",
        "АО",
        "ИП",
        "ГУП",
        "ФГУП",
        "МУП",
        "СНВ",
        "ОМП",
        "ВИЧ",
        "СПИД",
        "ЕГЭ",
        "ОГЭ",
        "НДС",
        "НДФЛ",
        "ТВ",
        "ВУЗ",
        "ЛЭП",
        "ТЦ",
        "ПМЖ",
    }
)

# Buildings that news names for the body sitting in them ("пресс-служба Кремля",
# "на сайте Кремля"), and one-word names of bodies natasha takes for places or
# companies ("Еврокомиссия"): organisations of this kind.
SEAT_BODIES = {
    "кремль": "government",
    "скотланд-ярд": "government",
    "скотленд-ярд": "government",
    "еврокомиссия": "government",
    "европарламент": "government",
    "евросовет": "government",
    "евросуд": "other",
}

# Words that may sit between a head noun and the name it introduces.
HEAD_LINKERS = frozenset(
    {",", "как", "вроде", "типа", "—", "–", "-", ":", "под", "названием", "названия", "именем"}
)


# One-word names of Russian federal agencies and ministries (`Роскомнадзор`, `Росстат`,
# `Минздрав`) and the federal services' acronyms (`ФАС`, `ФНС`: Федеральная … служба).
FEDERAL_BODY = re.compile(
    r"^(рос\w*(надзор|стат|авиация|реестр|имущество|недра|финмониторинг|архив|гидромет|морречфлот|лесхоз"
    r"|рыболовство|молодёжь|молодежь|таможня|транснадзор)"
    r"|мин(здрав|юст|труд|фин|транс|энерго|культуры|сельхоз|природы|просвещения|обрнауки|цифры|спорт|строй"
    r"|востокразвития|обороны|экономразвития|промторг|нац|обр)"
    r"|фас|фнс|фтс|фмс|фсо|фстэк|фскн|фмба)$"
)


def org_kind(lemmas: list[str]) -> str | None:
    words = set(lemmas)
    for kind, cues in ORG_NAME_CUES:
        if words & cues:
            return kind
    if len(lemmas) == 1 and FEDERAL_BODY.match(lemmas[0]):
        return "government"
    return None


def head_type(lemma: str) -> tuple[str, str | None] | None:
    return HEAD_NOUNS.get(lemma)
