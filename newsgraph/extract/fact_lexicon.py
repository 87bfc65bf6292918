"""Word lists the fact rules read: trigger lemmas, referring nouns, modality cues.

Lemmas are lower case, as natasha lemmatises them (ё kept as written by the
lemmatiser; lookups normalise ё → е). English words are listed in their
lower-case lemma form too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

# Common nouns that refer to an entity of a type ("проект", "это предприятие").
REFERRING_NOUNS: dict[str, str] = {
    "проект": "project",
    "программа": "project",
    "project": "project",
    "programme": "project",
    "завод": "facility",
    "предприятие": "facility",
    "фабрика": "facility",
    "комбинат": "facility",
    "площадка": "facility",
    "цех": "facility",
    "верфь": "facility",
    "plant": "facility",
    "factory": "facility",
    "facility": "facility",
    "газопровод": "project",
    "нефтепровод": "project",
    "трубопровод": "project",
    "аэс": "facility",
    "электростанция": "facility",
    "космодром": "facility",
    "компания": "organization",
    "корпорация": "organization",
    "концерн": "organization",
    "холдинг": "organization",
    "фирма": "organization",
    "госкорпорация": "organization",
    "company": "organization",
    "firm": "organization",
    "corporation": "organization",
    "страна": "country",
    "республика": "country",
    "государство": "country",
    "country": "country",
}
# Nouns that name plants or sites when counted ("четыре завода").
FACILITY_NOUNS = frozenset(
    {
        "завод",
        "предприятие",
        "фабрика",
        "комбинат",
        "площадка",
        "цех",
        "производство",
        "верфь",
        "объект",
        "линия",
        "plant",
        "factory",
        "facility",
        "site",
    }
)
ORDINALS = frozenset(
    {
        "первый",
        "второй",
        "третий",
        "четвертый",
        "четвёртый",
        "пятый",
        "последний",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
    }
)
OPERATOR_NOUNS = frozenset({"оператор", "operator", "девелопер", "исполнитель"})
IMPLEMENT_VERBS = frozenset(
    {
        "приступать",
        "приступить",
        "реализовывать",
        "реализовать",
        "реализация",
        "строить",
        "построить",
        "запускать",
        "запустить",
        "создавать",
        "создать",
        "начинать",
        "начать",
        "развивать",
        "планировать",
        "намереваться",
        "финансировать",
        "возводить",
        "возвести",
        "открывать",
        "открыть",
        "объявить",
        "объявлять",
        "инициировать",
        "launch",
        "build",
        "start",
        "begin",
        "implement",
        "plan",
        "announce",
        "develop",
        "open",
        "строительство",
        "запуск",
    }
)
REALISE_VERBS = frozenset(
    {
        "реализовывать",
        "реализовать",
        "осуществлять",
        "осуществить",
        "вести",
        "управлять",
        "operate",
        "run",
        "implement",
    }
)
AUTHORITY_NOUNS = frozenset(
    {
        "власть",
        "власти",
        "правительство",
        "руководство",
        "министерство",
        "минобороны",
        "кабмин",
        "парламент",
        "government",
        "authorities",
    }
)
REALISE_NOUNS = frozenset({"реализация", "эксплуатация", "управление", "operation", "management"})
ENGAGE_VERBS = frozenset(
    {"заниматься", "заняться", "осуществлять", "осуществить", "вести", "отвечать", "handle"}
)
BUILD_VERBS = frozenset(
    {
        "построить",
        "строить",
        "возвести",
        "возводить",
        "открыть",
        "открывать",
        "разместить",
        "размещать",
        "появиться",
        "создать",
        "строиться",
        "возводиться",
        "build",
        "open",
    }
)
PART_CUES = frozenset({"рамка", "часть", "состав", "входить", "part", "один"})
PLAN_CUES = frozenset(
    {
        "построить",
        "строить",
        "строительство",
        "создание",
        "создать",
        "возвести",
        "возведение",
        "предусматривать",
        "включать",
        "планировать",
        "открыть",
        "рамка",
        "build",
        "include",
        "plan",
        "construct",
        "construction",
        "comprise",
        "предполагать",
        "намереваться",
    }
)
COST_CUES = frozenset(
    {
        "стоимость",
        "стоить",
        "обойтись",
        "обходиться",
        "оцениваться",
        "инвестиция",
        "вложение",
        "вложить",
        "вкладывать",
        "бюджет",
        "финансирование",
        "затрата",
        "инвестировать",
        "смета",
        "cost",
        "worth",
        "value",
        "valued",
        "investment",
        "budget",
        "price",
        "invest",
    }
)
STANDARD_NOUNS = frozenset({"стандарт", "standard", "standards", "спецификация", "norm", "норматив"})
PRODUCT_CUES = frozenset(
    {
        "производство",
        "выпуск",
        "производить",
        "выпускать",
        "изготовление",
        "изготавливать",
        "изготовлять",
        "сборка",
        "produce",
        "manufacture",
        "production",
        "manufacturing",
        "make",
    }
)
START_CUES = frozenset(
    {
        "заработать",
        "запустить",
        "запуск",
        "ввод",
        "ввести",
        "открыть",
        "открытие",
        "вступить",
        "начать",
        "выйти",
        "operational",
        "launch",
        "open",
        "start",
        "commission",
        "operate",
        "заработает",
        "заработают",
    }
)
# Nouns of a process whose genitive names what the process is about ("строительство завода X").
PROCESS_NOUNS = frozenset(
    {
        "строительство",
        "запуск",
        "реализация",
        "работа",
        "возведение",
        "сооружение",
        "производство",
        "модернизация",
        "ввод",
        "проект",
        "construction",
    }
)
AUXILIARIES = frozenset(
    {"быть", "будет", "будут", "мочь", "стать", "собираться", "планировать", "намереваться"}
)
DIRECTIVE_VERBS = frozenset(
    {
        "поручить",
        "приказать",
        "распорядиться",
        "велеть",
        "order",
        "instruct",
        "direct",
        "поручать",
        "приказывать",
        "распоряжаться",
    }
)
DIRECTIVE_NOUNS = frozenset({"поручение", "указание", "приказ", "распоряжение", "указ", "директива"})
DIRECTIVE_LIGHT_VERBS = frozenset({"дать", "давать", "подписать", "подписывать", "отдать", "издать"})
COOPERATION_CUES = frozenset(
    {
        "сотрудничество",
        "сотрудничать",
        "партнерство",
        "партнёрство",
        "партнер",
        "партнёр",
        "совместно",
        "совместный",
        "cooperation",
        "cooperate",
        "partnership",
        "взаимодействие",
        "взаимодействовать",
        "союзник",
        "вместе",  # "вместе с Великобританией" (not "вместе с тем")
    }
)
# Words before "партнёрство"/"сотрудничество" saying it is sought, not there yet.
SEEKING_CUES = frozenset(
    {
        "налаживание",
        "наладить",
        "налаживать",
        "заинтересованный",
        "заинтересовать",
        "установление",
        "заявка",  # "подала заявку на сотрудничество"
        "seek",
    }
)
MEMBER_NOUNS = frozenset({"член", "членство", "вступление", "участник", "member", "membership"})
MEMBER_VERBS = frozenset({"вступить", "вступать", "входить", "join"})
# Words saying a membership is sought, not held ("кандидат в члены ЕС", "заявка на членство").
ASPIRATION_CUES = frozenset(
    {
        "кандидат",
        "заявка",
        "стремиться",
        "стремление",
        "хотеть",
        "желать",
        "намереваться",
        "намерен",
        "претендовать",
        "добиваться",
        "планировать",
        "перспектива",
        "поддержка",
        "условие",  # "одно из условий вступления Сербии в ЕС"
        "путь",
        "процесс",
        "переговоры",
        "candidate",
        "bid",
        "seek",
        "aspire",
        "want",
    }
)
HEADQUARTERS_NOUNS = frozenset({"штаб-квартира", "headquarters"})
# Organisations that are a place as well: "консульство США в Бенгази" is in Benghazi.
SITED_ORGANIZATIONS = frozenset(
    {
        "консульство",
        "генконсульство",
        "посольство",
        "представительство",
        "миссия",
        "база",
        "авиабаза",
        "филиал",
        "офис",
        "embassy",
        "consulate",
    }
)
# Institutions standing in one place: "Международный уголовный суд в Гааге", "Театр сатиры в Москве",
# "университет Фрибурга в Швейцарии" (the place in the locative: "в Москву" is where one goes)
SITED_INSTITUTIONS = frozenset(
    {
        "суд",
        "трибунал",
        "театр",
        "музей",
        "университет",
        "институт",
        "академия",
        "библиотека",
        "больница",
        "госпиталь",
        "клиника",
        "училище",
        "колледж",
        "гимназия",
        "лицей",
        "консерватория",
        "филармония",
        "галерея",
        "цирк",
        "отель",
        "гостиница",
        "зоопарк",
        "тюрьма",
        "храм",
        "монастырь",
        "мечеть",
        "court",
        "tribunal",
        "university",
        "museum",
        "theatre",
        "theater",
        "hospital",
    }
)
SITED_BODIES = SITED_ORGANIZATIONS | SITED_INSTITUTIONS  # organisations that stand somewhere
# Nouns between a site and the place it is in: "аэропорт «Манас» [столицы] Киргизии".
PLACE_NOUNS = frozenset(
    {"столица", "город", "область", "район", "провинция", "штат", "край", "округ", "республика", "пригород"}
)
LOCATION_VERBS = frozenset(
    {
        "расположить",
        "расположенный",
        "располагаться",
        "находиться",
        "базироваться",
        "разместить",
        "размещаться",
        "locate",
        "base",
        "headquarter",
        "based",
        "located",
    }
)
AGREEMENT_NOUNS = frozenset(
    {
        "соглашение",
        "договор",
        "меморандум",
        "контракт",
        "госконтракт",
        "договоренность",
        "договорённость",
        "сделка",
        "agreement",
        "contract",
        "memorandum",
        "deal",
        "treaty",
    }
)
# The first half of a compound adjective ("российско-американский") → the country adjective it stands for,
# where "-о" → "-ий"/"-ский" does not give it.
COMPOUND_PREFIXES = {
    "франко": "французский",
    "англо": "британский",
    "итало": "итальянский",
    "русско": "российский",
    "греко": "греческий",
    "австро": "австрийский",
    "индо": "индийский",
    "испано": "испанский",
    "германо": "германский",
    "японо": "японский",
    "американо": "американский",
    "сино": "китайский",
}
# Nouns of working together that a compound adjective of two countries describes ("китайско-индийское
# сотрудничество").
COOPERATION_NOUNS = frozenset(
    {"сотрудничество", "партнерство", "взаимодействие", "проект", "учения", "cooperation", "partnership"}
)
# Loans a state or company gives another: the two have a deal ("Россия предоставит Украине кредит").
LOAN_NOUNS = frozenset({"кредит", "заем", "займ", "кредитный", "loan"})
LOAN_VERBS = frozenset(
    {"предоставить", "предоставлять", "выделить", "выделять", "выдать", "выдавать", "дать"}
)
# Words of ownership: "X, принадлежащая Y", "подконтрольная Y компания X", "X принадлежит Y".
OWNED_CUES = frozenset({"принадлежать", "подконтрольный", "подчиненный", "owned"})
AGREE_VERBS = frozenset({"договориться", "договариваться", "условиться", "agree"})
# Words saying an agreement is only talked about, not made ("переговоры о договоре", "проект договора").
UNSIGNED_CUES = frozenset(
    {
        "переговоры",
        "проект",
        "обсуждение",
        "обсуждать",
        "подготовка",
        "разработка",
        "предложить",
        "предлагать",
    }
)
AGREEMENT_VERBS = frozenset(
    {
        "подписать",
        "заключить",
        "подписывать",
        "заключать",
        "выиграть",
        "sign",
        "conclude",
        "signed",
        "concluded",
        "win",
    }
)

# Product classes and the kinds they cover: a class is dropped where a kind is stated for the same subject.
PRODUCT_CLASSES: dict[str, frozenset[str]] = {
    "боеприпас": frozenset({"снаряд", "мина", "патрон", "граната", "бомба", "ракета", "выстрел"}),
    "вооружение": frozenset(
        {
            "танк",
            "бронетранспортер",
            "бмп",
            "гаубица",
            "миномет",
            "ракета",
            "самолет",
            "вертолет",
            "беспилотник",
            "дрон",
            "автомат",
            "винтовка",
            "пулемет",
        }
    ),
    "техника": frozenset(
        {"танк", "бронетранспортер", "бмп", "грузовик", "автомобиль", "самолет", "вертолет"}
    ),
    "ammunition": frozenset({"shell", "shells", "mine", "mines", "round", "rounds", "cartridge"}),
}
DENIAL_CUES = frozenset(
    {"опровергнуть", "опровергать", "опровержение", "отрицать", "deny", "denied", "опроверг", "дезинформация"}
)
# "по словам/данным/информации X", "according to X": what follows is X's report
REPORT_NOUNS = frozenset({"слово", "данные", "информация", "сведение", "оценка"})
REPORT_MARKERS = frozenset({"according", "reportedly"})
FUTURE_CUES = frozenset(
    {
        "будет",
        "будут",
        "планировать",
        "планироваться",
        "намереваться",
        "собираться",
        "предполагаться",
        "will",
        "plan",
        "intend",
    }
)
# Units of an organisation that a person heads ("возглавлял отдел России в МИДе").
UNIT_NOUNS = frozenset(
    {
        "отдел",
        "департамент",
        "управление",
        "подразделение",
        "сектор",
        "дирекция",
        "главк",
        "бюро",
        "лаборатория",
        "кафедра",
        "служба",
        "филиал",
        "представительство",
    }
)
# Markers of an earlier career step between a name and a role ("X, ранее глава «Газпрома»",
# "X, в прошлом министр обороны", "X в прошлом — посол"): the post was held, the fact stands.
PAST_CAREER_MARKERS: tuple[tuple[str, ...], ...] = (
    ("в", "прошлом"),
    ("до", "этого"),
    ("до", "того"),
    ("ранее",),
    ("прежде",),
    ("некогда",),
    ("когда-то",),
    ("в", "то", "время"),
    ("на", "тот", "момент"),
    ("тогда",),
    ("ныне",),
    ("сейчас",),
    ("теперь",),
    ("впоследствии",),
    ("позднее",),
    ("позже",),
    ("formerly",),
    ("previously",),
    ("then",),
    ("now",),
)
# Position words before a head ("бывший президент") that are not part of the role.
POSITION_DROP = frozenset(
    {
        "бывший",
        "прежний",
        "предыдущий",
        "тогдашний",
        "многолетний",
        "бессменный",
        "другой",
        "экс",
        "нынешний",
        "действующий",
        "новый",
        "новоизбранный",
        "известный",
        "знаменитый",
        "популярный",
        "легендарный",
        "скандальный",
        "покойный",
        "временно",
        "свой",  # "назначил X своим советником": whose adviser, not what kind
        "former",
        "current",
        "acting",
        "then",
        "the",
        "a",
        "an",
    }
)
# Military and police ranks: a rank stands between a post and the name ("командир дивизии полковник X",
# "командующий Сухопутными войсками генерал армии X"); the post before it is the name's as well.
RANKS = frozenset(
    {
        "генерал",
        "генерал-лейтенант",
        "генерал-майор",
        "генерал-полковник",
        "адмирал",
        "вице-адмирал",
        "контр-адмирал",
        "маршал",
        "полковник",
        "подполковник",
        "майор",
        "капитан",
        "лейтенант",
        "сержант",
        "general",
    }
)
# Lemmas that head a time phrase between a name and its verb ("в 2005–2010 годах был", "в марте назначен").
TIME_WORDS = frozenset(
    {
        "год",
        "месяц",
        "неделя",
        "день",
        "время",
        "период",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    }
)
# Head-of-state titles: with no organisation stated, the country in focus is meant.
# Roles that name the state itself ("глава государства"): the country in focus is meant.
NATIONAL_PHRASES = frozenset({"глава государства", "глава правительства", "лидер страны", "глава страны"})
NATIONAL_TITLES = frozenset(
    {"президент", "премьер-министр", "премьер", "вице-президент", "вице-премьер", "president", "prime"}
)


@cache
def positions() -> frozenset[str]:
    """Lemmas of nouns naming a role or job (newsgraph/data/positions.txt)."""
    text = (DATA / "positions.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower().replace("ё", "е")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def country_adjectives() -> dict[str, str]:
    """Adjective lemma → country name, lower case (newsgraph/data/country_adjectives.tsv)."""
    text = (DATA / "country_adjectives.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {adjective.strip(): country.strip().lower().replace("ё", "е") for adjective, country in rows}


# "пресс-секретарь талибов", "лидер республиканцев": members of a body in a role's tail name the body;
# the member noun's lemma and the stems of the bodies' names it may stand for.
MEMBERS_OF_BODIES: dict[str, tuple[str, ...]] = {
    "талиб": ("талибан",),
    "хуситы": ("ансар", "хусит"),
    "хусит": ("ансар", "хусит"),
    "республиканец": ("республиканск",),
    "демократ": ("демократическ",),
    "коммунист": ("коммунистическ", "кпрф"),
    "лейборист": ("лейборист",),
    "консерватор": ("консервативн",),
    "исламист": ("исламск",),
}
