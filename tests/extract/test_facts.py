"""Golden cases for the facts stage, written as marked-up text.

``[Great Sky|organization]`` marks a mention of an entity (id: the name,
lower case, spaces as ``_``; ``[России|country|russia]`` gives the id, and a
type ``organization:alliance`` gives the kind). Entities come from the marks,
not from the entities stage, so these cases test the fact rules alone.
Expected triples are written ``subject predicate object``, the object as an
entity id, a number, ``1.5e9 USD``, a date, a status or a text.
"""

from __future__ import annotations

import json
import re

import pytest

from newsgraph.extract.facts import extract, find_facts
from newsgraph.model import Doc, Entity, Mention
from newsgraph.nlp.natasha_stage import analyse

MARK = re.compile(r"\[([^\]|]+)\|([\w:]+)(?:\|([\w-]+))?\]")
PUBLISHED = "2025-12-18"


def marked_doc(marked: str) -> Doc:
    text, mentions, entities = "", [], {}
    last = 0
    for m in MARK.finditer(marked):
        text += marked[last : m.start()]
        name, etype, eid = m.group(1), m.group(2), m.group(3)
        etype, _, kind = etype.partition(":")
        eid = eid or name.lower().replace(" ", "_")
        mentions.append(Mention(len(text), len(text) + len(name), name, etype, eid, stage="test"))
        entities.setdefault(eid, Entity(eid, etype, {"ru": name}, kind or None))
        text += name
        last = m.end()
    text += marked[last:]
    doc = analyse(Doc(text=text, published=PUBLISHED, lang="ru"))
    doc.mentions, doc.entities = mentions, list(entities.values())
    return doc


def render(obj: dict) -> str:
    if "entity" in obj:
        return obj["entity"]
    if "value" in obj:
        return str(obj["value"])
    if "money" in obj:
        return f"{obj['money']['amount']:g} {obj['money']['currency']}"
    if "date" in obj:
        return obj["date"]
    if "status" in obj:
        return obj["status"]
    text = obj["text"]
    return f"{text} @{obj['org']}" if obj.get("org") else text


def triples(doc: Doc, *, asserted: bool = True) -> set[str]:
    return {
        f"{f.subject} {f.predicate} {render(f.object)}"
        for f in doc.facts
        if not asserted or f.modality is None
    }


CASES = [
    # operator
    (
        "Оператором проекта [ASPAN|project] стала компания [Great Sky|organization].",
        ["aspan operator great_sky"],
    ),
    (
        "Проект [Северный поток|project], оператором которого является [Nord Stream AG|organization], "
        "остановлен.",
        ["северный_поток operator nord_stream_ag"],
    ),
    ("[Росатом|organization] выступает оператором проекта [Пакш-2|project].", ["пакш-2 operator росатом"]),
    # country
    ("[Казахстан|country] приступает к реализации проекта [ASPAN|project].", ["aspan country казахстан"]),
    (
        "[Турция|country] начала строительство завода [Kale-1|facility] под Анкарой.",
        ["kale-1 country турция"],
    ),
    (
        "Турецкая компания [Aselsan|organization] построит завод в [Турции|country|turkey].",
        ["aselsan country turkey"],
    ),
    # product, with calibres
    (
        "Завод [Uralmash|facility] выпускает 152-мм снаряды и 120-мм мины.",
        ["uralmash product 152-мм снаряд", "uralmash product 120-мм мина"],
    ),
    (
        "Предприятие [Kale-1|facility] занимается производством боеприпасов калибра 155 мм.",
        ["kale-1 product 155-мм боеприпас"],
    ),
    (
        "[Rheinmetall|organization] производит артиллерийские снаряды и ракеты.",
        ["rheinmetall product артиллерийский снаряд", "rheinmetall product ракета"],
    ),
    # status
    ("Завод [ASPAN-1|facility] уже введен в эксплуатацию.", ["aspan-1 status operating"]),
    ("Строительство завода [ASPAN-2|facility] приостановлено.", ["aspan-2 status suspended"]),
    ("Второй завод, [ASPAN-2|facility], сейчас строится.", ["aspan-2 status under_construction"]),
    # operational_by
    ("Запуск завода [Kale-1|facility] запланирован на 2026 год.", ["kale-1 operational_by 2026"]),
    ("Предприятие [ASPAN-1|facility] должно заработать к 2027 году.", ["aspan-1 operational_by 2027"]),
    ("Ожидается, что [Kale-1|facility] начнет работу в следующем году.", ["kale-1 operational_by 2026"]),
    # planned_facilities
    (
        "В рамках программы [Оборонпром-2030|project] планируется построить три новых завода.",
        ["оборонпром-2030 planned_facilities 3"],
    ),
    ("Проект [ASPAN|project] предусматривает строительство 4 заводов.", ["aspan planned_facilities 4"]),
    # cost
    ("Стоимость строительства завода [Kale-1|facility] составит $500 млн.", ["kale-1 cost 5e+08 USD"]),
    ("Инвестиции в проект [ASPAN|project] оцениваются в 1,5 млрд долларов.", ["aspan cost 1.5e+09 USD"]),
    # standard
    (
        "Завод [Kale-1|facility] будет выпускать снаряды по стандартам [НАТО|organization:alliance].",
        ["kale-1 standard нато"],
    ),
    # position
    (
        "Глава МИД [России|country|russia] [Сергей Лавров|person] прибыл в Астану.",
        ["сергей_лавров position глава МИД @russia"],
    ),
    (
        "[Сергей Лавров|person], министр иностранных дел [России|country|russia], заявил об этом.",
        ["сергей_лавров position министр иностранных дел @russia"],
    ),
    (
        "Об этом сообщил генеральный директор компании [Great Sky|organization] [Ерлан Сапаров|person].",
        ["ерлан_сапаров position генеральный директор @great_sky"],
    ),
    ("Так считает политолог [Дмитрий Родионов|person].", ["дмитрий_родионов position политолог"]),
    (
        "По словам президента [Франции|country|france] [Эмманюэля Макрона|person], решение принято.",
        ["эмманюэля_макрона position президент @france"],
    ),
    (
        "[Леван Гачечиладзе|person] стал депутатом парламента [Грузии|country|georgia].",
        ["леван_гачечиладзе position депутат парламента @georgia"],
    ),
    (
        "[Сергей Шойгу|person] возглавляет [Минобороны|organization].",
        ["сергей_шойгу position глава @минобороны"],
    ),
    (
        "Генеральный секретарь [Объединённого фронта за демократию|organization|ofdd] ([ОФДД|organization|ofdd]) "
        "[Наттавут Сайкыа|person] сообщил об этом.",
        ["наттавут_сайкыа position генеральный секретарь @ofdd"],
    ),
    # directive
    (
        "[Владимир Путин|person] поручил правительству разработать программу поддержки отрасли.",
        ["владимир_путин directive разработать программу поддержки отрасли"],
    ),
    (
        "Президент [Касым-Жомарт Токаев|person] дал указание о создании новых производств.",
        ["касым-жомарт_токаев directive создание новых производств"],
    ),
    # a written act ("указ", "приказ") keeps its name before its topic; the topic stops before a date
    (
        "[Армен Саркисян|person|as] подписал указ о призыве резервистов на сборы в 2019 году.",
        ["as directive указ о призыве резервистов на сборы"],
    ),
    (
        "Министр [Павел Грачёв|person|pg] издал приказ об увольнении трёх офицеров.",
        ["pg directive приказ об увольнении трёх офицеров"],
    ),
    # cooperates_with
    (
        "[Казахстан|country] сотрудничает с [Турцией|country|turkey] в оборонной сфере.",
        ["казахстан cooperates_with turkey"],
    ),
    (
        "Военное сотрудничество [Азербайджана|country|azerbaijan] с [Турцией|country|turkey] растет.",
        ["azerbaijan cooperates_with turkey"],
    ),
    (
        "[Россия|country] и [Китай|country] расширяют военное сотрудничество.",
        ["россия cooperates_with китай"],
    ),
    # member_of
    ("[Казахстан|country] является членом [ОДКБ|organization:alliance].", ["казахстан member_of одкб"]),
    (
        "[Финляндия|country] вступила в [НАТО|organization:alliance] в 2023 году.",
        ["финляндия member_of нато"],
    ),
    # located_in
    ("Завод [Kale-1|facility] в [Шымкенте|location] будет выпускать мины.", ["kale-1 located_in шымкенте"]),
    ("Компания [Great Sky|organization] базируется в [Астане|location].", ["great_sky located_in астане"]),
    # agreement_with
    (
        "[Great Sky|organization] подписала соглашение с [Rheinmetall|organization].",
        ["great_sky agreement_with rheinmetall"],
    ),
    (
        "[Казахстан|country] и [Турция|country] подписали меморандум о сотрудничестве.",
        ["казахстан agreement_with турция"],
    ),
    (
        "В рамках проекта [Иннополис|project] компания [Philips|organization] занимается "
        "производством светодиодов.",
        ["philips product светодиод"],
    ),
    (
        "[Казахстан|country] сотрудничает с [Турцией|country|turkey], а его партнёры, по словам экспертов, "
        "ищут рынки в [Китае|country|china].",
        ["казахстан cooperates_with turkey"],
    ),
    # subjects introduced by nouns
    (
        "Завод [ASPAN-1|facility] возводится под Шымкентом. Это предприятие будет выпускать 120-мм мины.",
        ["aspan-1 status under_construction"],
    ),
    (
        "Компания [Great Sky|organization] объявила о планах. Проект [ASPAN|project] стартовал в мае. "
        "Проект обойдется примерно в 300 млрд тенге.",
        ["aspan cost 3e+11 KZT"],
    ),
]


# session 3: relation constructions (member_of, part_of, directive, status), fresh sentences
RELATIONS = [
    # bodies listed after a colon closing an organisation's name, or before its genitive, are its parts
    (
        "Вирус поразил сети [министерства обороны Франции|organization:government|mod_fr]: "
        "[Сухопутных войск|organization:government|army_fr], [ВВС|organization:government|af_fr] "
        "и [ВМС|organization:government|navy_fr].",
        ["army_fr part_of mod_fr", "af_fr part_of mod_fr", "navy_fr part_of mod_fr"],
    ),
    (
        "В учениях участвуют [сухопутные войска|organization:government|army], "
        "[ВВС|organization:government|af] и [ВМС|organization:government|navy] "
        "[Пентагона|organization:government|dod].",
        ["army part_of dod", "af part_of dod", "navy part_of dod"],
    ),
    (
        "Страны — члены [НАТО|organization:alliance|nato] [Польша|country|pl] и [Литва|country|lt] "
        "увеличили расходы на оборону.",
        ["pl member_of nato", "lt member_of nato"],
    ),
    (
        "Государства — участники [СНГ|organization:alliance|cis] [Таджикистан|country|tj] и "
        "[Узбекистан|country|uz] подписали декларацию.",
        ["tj member_of cis", "uz member_of cis"],
    ),
    (
        "В составе [ЕАЭС|organization:alliance|eaeu] находятся [Россия|country|ru], [Белоруссия|country|by] "
        "и [Киргизия|country|kg].",
        ["ru member_of eaeu", "by member_of eaeu", "kg member_of eaeu"],
    ),
    (
        "[Иван Петров|person|ip], член партии «[Единая Россия|organization:party|er]», выступил на съезде.",
        ["ip member_of er"],
    ),
    ("[Иран|country|ir] присоединился к [ШОС|organization:alliance|sco] в 2023 году.", ["ir member_of sco"]),
    ("[Черногория|country|me] была принята в [НАТО|organization:alliance|nato].", ["me member_of nato"]),
    (
        "Входящая в [ОПЕК|organization:alliance|opec] [Венесуэла|country|ve] сократила добычу.",
        ["ve member_of opec"],
    ),
    (
        "[Балтийский завод|facility|bz] входит в [Объединённую судостроительную корпорацию|organization|osk].",
        ["bz part_of osk"],
    ),
    ("[Завод Маз|facility|maz] входит в холдинг [Белавтомаз|organization|bam].", ["maz part_of bam"]),
    ("[Металлоинвест|organization|mi] владеет [Лебединским ГОКом|facility|lgok].", ["lgok operator mi"]),
    (
        "В собственности [Северстали|organization|ss] находится [ООО Карельский окатыш|organization|ko].",
        ["ko part_of ss"],
    ),
    (
        "Крупнейшие предприятия холдинга [Евраз|organization|evraz] — [НТМК|organization|ntmk], "
        "[ЗСМК|organization|zsmk] и [Распадская|organization|rasp].",
        ["ntmk part_of evraz", "zsmk part_of evraz", "rasp part_of evraz"],
    ),
    (
        "[Минобороны|organization|mod] и [Уралвагонзавод|organization|uvz] заключили контракт на 20 млрд рублей.",
        ["mod agreement_with uvz"],
    ),
    (
        "[NASA|organization|nasa] и [ЕКА|organization|esa] совместно разрабатывают лунный модуль.",
        ["nasa cooperates_with esa"],
    ),
    (
        "Штаб-квартира компании [Nokia|organization|nokia] — в [Эспоо|location|espoo].",
        ["nokia located_in espoo"],
    ),
    ("[АЭС Аккую|facility|akkuyu] строится в [Турции|country|tr].", ["akkuyu located_in tr"]),
    (
        "[Правительство|organization|gov] одобрило проект постановления о регулировании тарифов на воду.",
        ["gov directive проект постановления о регулировании тарифов на воду"],
    ),
    (
        "[МИД Индии|organization|mea] потребовал от [Пакистана|country|pk] освобождения задержанных рыбаков.",
        ["mea directive освобождение задержанных рыбаков"],
    ),
    (
        "[Иван Петров|person|ip] потребовал от министров снизить цены на топливо.",
        ["ip directive снизить цены на топливо"],
    ),
    (
        "Президент [Иван Петров|person|ip] призвал вернуться к переговорам до конца года.",
        ["ip directive вернуться к переговорам до конца года"],
    ),
    ("Строительство [АЭС Пакш-2|facility|paks] начнётся в 2026 году.", ["paks status planned"]),
    (
        "[Ледокол Ямал|facility|yamal], проходящий реконструкцию на верфи, вернётся в строй весной.",
        ["yamal status under_construction"],
    ),
    ("[Нефтепровод ВСТО|project|vsto] введён в промышленную эксплуатацию.", ["vsto status operating"]),
    (
        "[Кольская ГМК|facility|kgmk] добывает медную руду и никель.",
        ["kgmk product медная руда", "kgmk product никель"],
    ),
    (
        "Компания [Иркутскнефть|organization|inef] ведёт разработку [Ярактинского месторождения|facility|yar].",
        ["yar operator inef"],
    ),
    ("[Татнефть|organization|tn] осваивает [Ромашкинское месторождение|facility|rom].", ["rom operator tn"]),
    (
        "Контракт с [Indian Oil|organization|io] подписала компания [Роснефть|organization|rn].",
        ["rn agreement_with io"],
    ),
    (
        "«[Северсталь|organization|ss]» — один из крупнейших производителей стали [России|country|ru].",
        ["ss country ru"],
    ),
    ("[Kaspi|organization|kaspi] является крупнейшим банком [Казахстана|country|kz].", ["kaspi country kz"]),
    (
        "В тюрьме [Баграм|facility|bagram], в [Афганистане|country|af], содержались пленные.",
        ["bagram located_in af"],
    ),
    (
        "«[Евраз|organization|evraz]» — один из крупнейших холдингов страны. Принадлежит [Lanebrook|organization|lb]. "
        "Крупнейшие предприятия холдинга — [НТМК|organization|ntmk] и [ЗСМК|facility|zsmk].",
        ["evraz part_of lb", "ntmk part_of evraz", "zsmk part_of evraz"],
    ),
    (
        "[Индия|country|in] является для [России|country|ru] важным партнёром в Азии.",
        ["ru cooperates_with in"],
    ),
    (
        "[Пекин|location|beijing] остаётся для [АСЕАН|organization:alliance|asean] ключевым партнёром.",
        ["asean cooperates_with beijing"],
    ),
    (
        "В [ОЭСР|organization:alliance|oecd] входят также [Чили|country|cl], [Сент-Китс|country|skn] и "
        "[Невис|location|nevis] и [Новая Зеландия|country|nz].",
        ["cl member_of oecd", "nz member_of oecd"],
    ),
    ("На строительство [завода Ростсельмаш|facility|rsm] потрачено 300 млн евро.", ["rsm cost 3e+08 EUR"]),
    ("В [Калуге|location|kaluga] открылся [завод Вольво|facility|volvo].", ["volvo located_in kaluga"]),
    (
        "[Завод Вольво|facility|volvo], принадлежащий компании [Volvo Cars|organization|vc], остановлен.",
        ["volvo operator vc", "volvo status suspended"],
    ),
    ("[Комбинат Североникель|facility|sn] возобновил работу после ремонта.", ["sn status operating"]),
    ("[Иван Петров|person|ip] состоит в [КПРФ|organization:party|kprf] с 1995 года.", ["ip member_of kprf"]),
    (
        "Совместное предприятие [Ford|organization|ford] и [Sollers|organization|sol] закрыто.",
        ["ford cooperates_with sol"],
    ),
    (
        "Проект [Арктик СПГ|project|asp] стоимостью 21 млрд долларов реализует [Новатэк|organization|nv].",
        ["asp operator nv", "asp cost 2.1e+10 USD"],
    ),
    (
        "Компания «[Сибинтек|organization|sib]» из [Тюмени|location|tyumen] выиграла тендер.",
        ["sib located_in tyumen"],
    ),
    ("Банк «[Ак Барс|organization|akb]» ([Казань|location|kazan]) снизил ставки.", ["akb located_in kazan"]),
    (
        "[ФМС|organization|fms], подведомственная [МВД|organization|mvd], изменила правила.",
        ["fms part_of mvd"],
    ),
    (
        "7 марта в ведомстве началась проверка, инициированная [Иваном Петровым|person|ip].",
        ["ip directive проверка"],
    ),
    ("Ревизия, назначенная [Счётной палатой|organization|sp], выявила нарушения.", ["sp directive ревизия"]),
    (
        "[Татнефть|organization|tn] ведёт разработку [Ромашкинского месторождения|facility|rom].",
        ["rom operator tn", "rom status operating"],
    ),
    (
        "Директором [ООО Ромашка|organization|r] стал Иванов. Основной вид деятельности — добыча бурого угля "
        "и торфа, дополнительный — производство брикетов.",
        ["r product бурый уголь", "r product торф"],
    ),
    (
        "Основной вид деятельности [Северстали|organization|ss] — производство проката и труб.",
        ["ss product прокат", "ss product труба"],
    ),
    (
        "Основной вид деятельности [Ромашки|organization|r] — добыча морского (шельфового) газа и нефти.",
        ["r product морской шельфовый газ", "r product нефть"],
    ),
    (
        "«[Северсталь|organization|ss]» — один из крупнейших металлургических холдингов и производителей "
        "стальной продукции [России|country|ru].",
        ["ss product стальная продукция", "ss country ru"],
    ),
    ("[Boeing|organization|b] — один из крупнейших производителей самолётов.", ["b product самолет"]),
    (
        "Она вошла в совет директоров крупнейшего холдинга [Башкирии|location|ba] - [ОАО|organization|oao] "
        "«[АФК|organization|afk]».",
        ["afk located_in ba"],
    ),
    (
        "Нефтяная компания [Казахстана|country|kz] «[КазМунайГаз|organization|kmg]» увеличила добычу.",
        ["kmg country kz"],
    ),
    # membership in a clause after a comma describes the name before it, in whatever case
    (
        "Протесты прошли в [Болгарии|country|bg], являющейся самым бедным членом [ЕС|organization:alliance|eu].",
        ["bg member_of eu"],
    ),
    (
        "Кризис ударил по [Венгрии|country|hu], которая является членом [НАТО|organization:alliance|nato].",
        ["hu member_of nato"],
    ),
    (
        "Рейсы в [Грецию|country|gr], входящую в [Евросоюз|organization:alliance|eu], отменены.",
        ["gr member_of eu"],
    ),
    # a body alone in brackets after a person's name; a membership of the person the text goes on about
    (
        "Законопроект внёс депутат [Андрей Петров|person|ap] («[Справедливая Россия|organization:party|sr]»).",
        ["ap member_of sr"],
    ),
    (
        "Ответ подписал [И. Сидоров|person|is] ([Департамент Азии|organization:government|dept] "
        "[МИД|organization:government|mfa]).",
        ["is member_of dept"],
    ),
    (
        "[Иван Петров|person|ip] родился в Омске. В 2004 году он стал членом [Совета Федерации|organization|sf].",
        ["ip member_of sf"],
    ),
    # an owner and the owned named after their type nouns
    (
        "Руководство принадлежащего партии «[Родина|organization:party|rod]» телеканала "
        "«[Восток|organization:media|vos]» арестовано.",
        ["vos part_of rod"],
    ),
    (
        "Сайт «[Вести|organization:media|ves]», принадлежащий холдингу «[Медиа-Групп|organization|mg]», закрыт.",
        ["ves part_of mg"],
    ),
    # the building of a body in a place
    (
        "Здание [Министерства обороны Чили|organization:government|mod] в [Сантьяго|location|stg] оцеплено.",
        ["mod located_in stg"],
    ),
    # an authority's advice to do something
    (
        "Россиянам [МИД|organization:government|mfa] советует воздерживаться от поездок в [Сирию|country|sy].",
        ["mfa directive воздерживаться от поездок в сирию"],
    ),
    (
        "[Минздрав|organization:government|mz] рекомендует гражданам сделать прививку.",
        ["mz directive сделать прививку"],
    ),
    # "вместе с" a partner; an ally as a partner
    (
        "[Франция|country|fr] вместе с [Великобританией|country|uk] поставляет оружие повстанцам.",
        ["fr cooperates_with uk"],
    ),
    ("[Китай|country|cn] остаётся главным союзником [КНДР|country|kp].", ["cn cooperates_with kp"]),
    ("[Германия|country|de] — давний союзник [США|country|us].", ["de cooperates_with us"]),
    # a party put beside the subject ("наравне с", "наряду с") is a partner too
    (
        "[Китай|country|cn] наряду с [Японией|country|jp] остаётся крупнейшим торговым партнёром "
        "[Германии|country|de].",
        ["cn cooperates_with de", "jp cooperates_with de"],
    ),
    (
        "[Турция|country|tr] наравне с [Россией|country|ru] является стратегическим партнёром "
        "[Гагаузии|location|gag].",
        ["tr cooperates_with gag", "ru cooperates_with gag"],
    ),
    # cooperation: the parties coordinated before the cue
    (
        "[Россия|country|ru], [Китай|country|cn] и [Индия|country|in] расширяют сотрудничество.",
        ["ru cooperates_with cn", "ru cooperates_with in"],
    ),
    (
        "[Газпром|organization|gp] и [Eni|organization|eni] совместно построят газопровод.",
        ["gp cooperates_with eni"],
    ),
]

# more phrasings, whatever their modality (a plan is still a fact of that predicate)
PHRASINGS = [
    # adjectives coordinated before one head name one kind each
    (
        "[Цех «Вектор»|facility|vektor] рассчитан на сборку гражданских и военных беспилотников.",
        "vektor product гражданский беспилотник",
    ),
    (
        "[Цех «Вектор»|facility|vektor] рассчитан на сборку гражданских и военных беспилотников.",
        "vektor product военный беспилотник",
    ),
    (
        "[Завод «Кама»|facility|kama] наладит выпуск легковых, грузовых и специальных автомобилей.",
        "kama product специальный автомобиль",
    ),
    # a company preparing a site runs it; a fronted place is the site's
    (
        "Тем временем в [Чехии|country|cz] концерн [Zbrojovka|organization|zb] готовит площадку "
        "[«Брно-2»|facility|brno2] для выпуска патронов.",
        "brno2 operator zb",
    ),
    (
        "Тем временем в [Чехии|country|cz] концерн [Zbrojovka|organization|zb] готовит площадку "
        "[«Брно-2»|facility|brno2] для выпуска патронов.",
        "brno2 country cz",
    ),
    # the place between the building word and the plant
    (
        "Стороны договорились о строительстве в [Киргизии|country|kg] [завода «Ала-Тоо»|facility|ala] по выпуску цемента.",
        "ala country kg",
    ),
    (
        "Концерн начал возведение в [Чите|location|chita] нового [комбината «Даурия»|facility|dauria].",
        "dauria located_in chita",
    ),
    (
        "[Терминал «Бухта»|facility|bukhta] примет газовозы; его строительство уже ведётся, запуск намечен на 2029 год.",
        "bukhta operational_by 2029",
    ),
    (
        "Концерн [Техмаш|organization] готовит площадку [«Ока-3»|facility|oka3] для выпуска взрывателей.",
        "oka3 product взрыватель",
    ),
    # a sentence naming nothing continues the one plant or project of the sentence before
    (
        "Власти Мурманской области утвердили строительство [верфи «Полярная»|facility|pol]. "
        "Объём инвестиций составит 40 млрд рублей.",
        "pol cost 4e+10 RUB",
    ),
    (
        "[Комбинат «Вега»|facility|vega] строится под Тулой. Выпуск первой продукции намечен на 2028 год.",
        "vega operational_by 2028",
    ),
    (
        "[Завод «Кама»|facility|kama] строится под Казанью. Продукция будет соответствовать стандартам [ISO|organization|iso].",
        "kama standard iso",
    ),
    # an unnamed numbered plant is one of the programme's plants
    (
        "Программа [«Верфи Севера»|project|vs] предусматривает две верфи. "
        "Первая [верфь|facility|v1] появится в [Мурманске|location|mur].",
        "v1 part_of vs",
    ),
    # a plant referred to by its noun as the subject
    (
        "[Завод «Кама»|facility|kama] выпускает шины. Завод построен в рамках программы [«Промзона»|project|pz].",
        "kama part_of pz",
    ),
    # "проект" is the plant when the text names no project
    (
        "Холдинг [Сибмаш|organization] построит [завод|facility|plant] по выпуску вагонов. "
        "Стоимость проекта оценивается в 5 млрд рублей.",
        "plant cost 5e+09 RUB",
    ),
    # "его" + a process noun opening a clause
    (
        "[Завод «Кама»|facility|kama] появится под Казанью, а его запуск намечен на 2028 год.",
        "kama operational_by 2028",
    ),
    (
        "[Верфь «Лотос»|facility|lotos] стоит в Астрахани, её строительство уже ведётся.",
        "lotos status under_construction",
    ),
    # a later "Завод" is the plant named by that noun, not a nearer facility of another noun
    (
        "Концерн построит [завод|facility|plant] по выпуску труб. Управлять им будет "
        "совместное предприятие [«Трубы Урала»|facility|jv]. Завод разместят в [Липецке|location|lip].",
        "plant located_in lip",
    ),
    (
        "Возведение нового химического комбината [«Урал»|facility|ural] приостановлено.",
        "ural status suspended",
    ),
    (
        "ТБИЛИСИ, 2 июня. /[Интерфакс|organization:media|ifx]/ - [Минэкономики Грузии|organization|mineco_ge] и "
        "турецкая компания [Kalyon|organization|kalyon] подписали соглашение о строительстве порта.",
        "mineco_ge agreement_with kalyon",
    ),
    # the plant noun that governs "по выпуску" makes the product, not the sentence's subject
    (
        "Концерн [Сибприбор|organization] заложил в Омске [фабрику|facility|fab] по выпуску тепловизоров.",
        "fab product тепловизор",
    ),
    (
        "Группа [Ростэк|organization] готовит площадку [«Север-2»|facility|sever2] для производства кабеля.",
        "sever2 product кабель",
    ),
    (
        "Проект [ASPAN|project] стартовал в мае. Его стоимость — порядка 1 млрд долларов.",
        "aspan cost 1e+09 USD",
    ),
    (
        "Реализацией проекта [ASPAN|project] займется компания [Great Sky|organization].",
        "aspan operator great_sky",
    ),
    (
        "Первый из заводов — [ASPAN-1|facility] — строится под [Шымкентом|location|shymkent].",
        "aspan-1 status under_construction",
    ),
    (
        "Первый из заводов — [ASPAN-1|facility] — строится под [Шымкентом|location|shymkent].",
        "aspan-1 located_in shymkent",
    ),
    (
        "[Таджикистан|country] и [Белоруссия|country] остаются членами [ОДКБ|organization:alliance].",
        "белоруссия member_of одкб",
    ),
    (
        "В [Казахстане|country|kz] растёт оборонная отрасль. Глава государства [Касым-Жомарт Токаев|person] "
        "распорядился максимально локализовать военное производство.",
        "касым-жомарт_токаев position глава @kz",
    ),
    (
        "Глава государства [Касым-Жомарт Токаев|person] распорядился максимально локализовать военное производство.",
        "касым-жомарт_токаев directive локализовать военное производство",
    ),
    ("Власти [Казахстана|country|kz] объявили о старте проекта [ASPAN|project].", "aspan country kz"),
    (
        "Власти объявили о старте проекта [ASPAN|project]. Он предусматривает строительство четырех заводов.",
        "aspan planned_facilities 4",
    ),
    (
        "Проект [ASPAN|project] предусматривает выпуск 120-мм и 81-мм минометных мин.",
        "aspan product 81-мм минометная мина",
    ),
    (
        "Проект [ASPAN|project] стоимостью $1 млрд реализует частная компания [Great Sky|organization].",
        "aspan operator great_sky",
    ),
    (
        "Завод [ASPAN-1|facility] возводится в [Туркестанской области|location|turkestan].",
        "aspan-1 located_in turkestan",
    ),
    ("Строительство завода [ASPAN-1|facility] уже ведётся.", "aspan-1 status under_construction"),
    (
        "Стартовал проект [ASPAN|project]. Оператором выступит компания [Great Sky|organization].",
        "aspan operator great_sky",
    ),
    ("Проект [ASPAN|project] оценивается в $1 млрд.", "aspan cost 1e+09 USD"),
    ("Объем инвестиций в проект [ASPAN|project] составит 500 млн долларов.", "aspan cost 5e+08 USD"),
    ("Стоимость завода [Kale-1|facility] — около 200 млн евро.", "kale-1 cost 2e+08 EUR"),
    (
        "В [Шымкенте|location] построят завод [Kale-1|facility] стоимостью 1 млрд долларов.",
        "kale-1 cost 1e+09 USD",
    ),
    ("В рамках проекта [ASPAN|project] появятся четыре завода.", "aspan planned_facilities 4"),
    (
        "Проект [ASPAN|project] включает строительство трех заводов по выпуску боеприпасов.",
        "aspan planned_facilities 3",
    ),
    ("По проекту [ASPAN|project] будет построено два предприятия.", "aspan planned_facilities 2"),
    ("Завод [Kale-1|facility] заработал в марте.", "kale-1 status operating"),
    ("Началось строительство завода [Kale-1|facility].", "kale-1 status under_construction"),
    ("На площадке [Kale-1|facility] идет строительство цехов.", "kale-1 status under_construction"),
    ("Запуск первой очереди завода [Kale-1|facility] намечен на 2027 год.", "kale-1 operational_by 2027"),
    ("Ввод завода [Kale-1|facility] в эксплуатацию ожидается в 2026 году.", "kale-1 operational_by 2026"),
    ("Завод [Kale-1|facility] начнет выпуск продукции в 2027 году.", "kale-1 operational_by 2027"),
    (
        "Казахстанский проект [ASPAN|project] вызвал интерес в [Казахстане|country].",
        "aspan country казахстане",
    ),
    (
        "Реализацией проекта [ASPAN|project] занимается компания [Great Sky|organization].",
        "aspan operator great_sky",
    ),
    ("Оператор проекта [ASPAN|project] — компания [Great Sky|organization].", "aspan operator great_sky"),
    (
        "Компания [Great Sky|organization] станет оператором проекта [ASPAN|project].",
        "aspan operator great_sky",
    ),
    (
        "Заводы [ASPAN|project] будут выпускать боеприпасы, соответствующие стандартам [НАТО|organization:alliance].",
        "aspan standard нато",
    ),
    (
        "В [Туркестанской области|location] будет построен завод [ASPAN-2|facility].",
        "aspan-2 located_in туркестанской_области",
    ),
    (
        "Завод [ASPAN-2|facility] расположен в [Туркестанской области|location].",
        "aspan-2 located_in туркестанской_области",
    ),
    (
        "[Great Sky|organization] заключила контракт с [Rheinmetall|organization] на поставку оборудования.",
        "great_sky agreement_with rheinmetall",
    ),
    (
        "Между [Казахстаном|country] и [Турцией|country|turkey] подписано соглашение о военном сотрудничестве.",
        "казахстаном agreement_with turkey",
    ),
    (
        "Министр обороны [Казахстана|country|kz] [Руслан Жаксылыков|person] заявил об этом.",
        "руслан_жаксылыков position министр обороны @kz",
    ),
    (
        "[Токаев|person] поручил правительству обеспечить загрузку заводов.",
        "токаев directive обеспечить загрузку заводов",
    ),
    (
        "Глава государства [Касым-Жомарт Токаев|person] поручил ускорить строительство.",
        "касым-жомарт_токаев directive ускорить строительство",
    ),
    (
        "[Токаев|person] подписал указ о создании оборонного фонда.",
        "токаев directive указ о создании оборонного фонда",
    ),
    (
        "[Казахстан|country] и [Турция|country] договорились о сотрудничестве в оборонной сфере.",
        "казахстан cooperates_with турция",
    ),
    (
        "[Казахстан|country] наращивает военное сотрудничество с [Турцией|country|turkey] и [Китаем|country|china].",
        "казахстан cooperates_with china",
    ),
    (
        "Завод [Kale-1|facility] производит 120-мм минометные мины и 155-мм артиллерийские снаряды.",
        "kale-1 product 120-мм минометная мина",
    ),
    ("Завод [Kale-1|facility] производит мины калибров 82 и 120 мм.", "kale-1 product 82-мм мина"),
    # positions: an age between the role and the name, a chain of two roles, a country adjective
    (
        "Выступил действующий президент 89-летний [Роберт Мугабе|person|mugabe] и другие.",
        "mugabe position президент",
    ),
    (
        "Претендентами были лидер партии [ZANU-PF|organization|zanu] действующий президент "
        "[Роберт Мугабе|person|mugabe] и другие.",
        "mugabe position лидер @zanu",
    ),
    (
        'Соперником был глава "[Движения за демократические перемены|organization|mdc]" (MDC) '
        "премьер-министр [Морган Цвангираи|person|tsvangirai].",
        "tsvangirai position глава @mdc",
    ),
    (
        "Об этом в [КНДР|country|dprk] не сообщали. Северокорейский лидер "
        "[Ким Чен Ын|person|kim] не появлялся на публике. Его видели в Пхеньяне. Сеул молчит.",
        "kim position лидер @dprk",
    ),
    (
        "Мы поговорили с директором по маркетингу [Philips|organization] в [России|country|russia], на "
        "[Украине|country|ukraine], в [Белоруссии|country|belarus] и [Казахстане|country|kz] "
        "[Еленой Ивановой|person|ivanova].",
        "ivanova position директор по маркетингу @philips",
    ),
    (
        "Встретили директора компании [Siemens|organization] [Елену Петрову|person|petrova].",
        "petrova position директор @siemens",
    ),
    (
        "Член совета директоров [«Газпрома»|organization|gazprom] [Карен Карапетян|person|karapetyan] "
        "получил новое назначение.",
        "karapetyan position член совета директоров @gazprom",
    ),
    # a quoted name after its type noun takes the noun's case; a name counts as one word of reach
    (
        "Оператором проекта «[Южный поток|project|south_stream]» является компания "
        "[South Stream AG|organization|ssag].",
        "south_stream operator ssag",
    ),
    # the name's type noun, its adjectives and legal form leave the role's text
    (
        "Генеральный конструктор ракетно-космической корпорации «[Энергия|organization|energia]» "
        "[Виталий Лопота|person|lopota] сообщил об этом.",
        "lopota position генеральный конструктор @energia",
    ),
    (
        "Председатель правления ОАО «[Газпром|organization|gazprom]» [Алексей Миллер|person|miller] "
        "встретился с коллегами.",
        "miller position председатель правления @gazprom",
    ),
    (
        "Глава российского [МИДа|organization|mfa] [Сергей Лавров|person|lavrov] прокомментировал визит.",
        "lavrov position глава @mfa",
    ),
    (
        "Экс-председатель [Верховного народного собрания КНДР|organization|spa] [Хван Чжан Еп|person|hwang] "
        "рассказал об угрозе.",
        "hwang position председатель @spa",
    ),
    # a place of cooperation is no partner
    (
        "[Россия|country|russia] и [НАТО|organization:alliance|nato] договорились о сотрудничестве в "
        "[Афганистане|country|afghanistan].",
        "russia cooperates_with nato",
    ),
    # a quoted name takes the case of the type noun before it
    (
        "Газопровод «[Южный поток|project|south_stream]» планируется ввести в эксплуатацию в 2015 году.",
        "south_stream operational_by 2015",
    ),
    (
        "Строительство газопровода «[Северный поток|project|nord_stream]» завершено, он введен в эксплуатацию.",
        "nord_stream status operating",
    ),
    (
        "Завод «[Автотор|facility|avtotor]» в [Калининграде|location|kaliningrad] начал выпуск автомобилей.",
        "avtotor located_in kaliningrad",
    ),
    (
        "Диоксин нашли в продукции немецкой компании [Harles und Jentzsch|organization|hj], производящей "
        "кормовые добавки.",
        "hj product кормовая добавка",
    ),
    (
        "[Eni|organization|eni] и «[Газпром|organization|gazprom]» являются партнерами по проекту "
        "«[Южный поток|project|south_stream]».",
        "eni cooperates_with gazprom",
    ),
    (
        "«[Газпром|organization|gazprom]» совместно с итальянской компанией [Eni|organization|eni] "
        "реализует проект «[Южный поток|project|south_stream]».",
        "gazprom cooperates_with eni",
    ),
    (
        "[Турция|country|turkey] является стратегическим партнером [Гагаузской автономии|location|gagauzia] "
        "[Молдавской республики|country|moldova].",
        "turkey cooperates_with gagauzia",
    ),
    (
        "[Сенат|organization|senate] приветствовал членство [Черногории|country|montenegro] в "
        "[НАТО|organization:alliance|nato].",
        "montenegro member_of nato",
    ),
    (
        "Компания [Lockheed Martin|organization|lm], возглавляемая [Мэрилин Хьюсон|person|hewson], "
        "получила контракт.",
        "hewson position глава @lm",
    ),
    (
        "Законопроект внесли члены [Совета Федерации|organization|sf] [Андрей Клишас|person|klishas] и "
        "[Людмила Бокова|person|bokova].",
        "bokova member_of sf",
    ),
    # the builder of a project or plant runs it
    (
        "«[Газпром|organization|gazprom]» построит газопровод «[Сила Сибири|project|power]» к 2019 году.",
        "power operator gazprom",
    ),
    (
        "«[Газпром|organization|gazprom]» приступил к строительству газопровода «[Сила Сибири|project|power]».",
        "power operator gazprom",
    ),
    (
        "Дочерняя компания «[Газпрома|organization|gazprom]» «[Газпром экспорт|organization|gpe]» "
        "подписала контракт.",
        "gpe part_of gazprom",
    ),
    (
        "Ранее [Карапетян|person|karapetyan] занимал должность генерального директора "
        "«[Газпром межрегионгаза|organization|gmrg]».",
        "karapetyan position генеральный директор @gmrg",
    ),
    (
        "Соглашение между «[Роскосмосом|organization|roscosmos]» и [NASA|organization|nasa] было "
        "подписано в 2007 году.",
        "roscosmos agreement_with nasa",
    ),
    (
        "[Lockheed Martin|organization|lm] выиграла контракт [Пентагона|organization|pentagon] на поставку "
        "истребителей.",
        "lm agreement_with pentagon",
    ),
    (
        "Командующий силами [НАТО|organization:alliance|nato] в [Афганистане|country|afghanistan] генерал "
        "[Стэнли Маккристал|person|mcchrystal] сообщил о потерях.",
        "mcchrystal position командующий силами @nato",
    ),
    # a participle before its noun
    (
        "Базирующаяся в [Риме|location|rome] [ФАО|organization|fao] предупредила о голоде.",
        "fao located_in rome",
    ),
    (
        "Расположенная в [Бетесде|location|bethesda] компания [Lockheed Martin|organization|lm] получила заказ.",
        "lm located_in bethesda",
    ),
    # a maker's noun in apposition
    (
        "[Lockheed Martin|organization|lm] — крупнейший в мире производитель вооружений.",
        "lm product вооружение",
    ),
    (
        "Американский производитель самолетов [Boeing|organization|boeing] сократил выпуск.",
        "boeing product самолет",
    ),
    # officials signing for their states
    (
        "Договор подписали президенты [России|country|russia] и [США|country|usa] Дмитрий Медведев и "
        "Барак Обама.",
        "russia agreement_with usa",
    ),
    (
        "Госсекретарь [США|country|usa] [Хиллари Клинтон|person|clinton] прибыла в Москву.",
        "clinton position госсекретарь @usa",
    ),
    # model names after the product's kind
    (
        "[Lockheed Martin|organization|lm] производит истребители F-35 и F-22.",
        "lm product истребитель F-22",
    ),
    (
        "Компания «[Ростех|organization|rostec]» производит вертолеты Ми-8 и автоматы Калашникова.",
        "rostec product автомат Калашникова",
    ),
    (
        "Завод «[Автотор|facility|avtotor]» выпускает автомобили «Лада Гранта» (Lada Granta).",
        "avtotor product автомобиль Лада Гранта",
    ),
    # a makerless product in an article about one plant is the plant's
    (
        "[Завод|facility|plant] планируется построить в [Шушарах|location]. Сначала будут собираться "
        "автомобили «Шкода Октавия» (Skoda Octavia).",
        "plant product Шкода Октавия",
    ),
    # headquarters
    (
        "Компания [Lockheed Martin|organization|lm] со штаб-квартирой в [Бетесде|location|bethesda] "
        "выпускает самолеты.",
        "lm located_in bethesda",
    ),
    (
        "Штаб-квартира [НАТО|organization:alliance|nato] в [Брюсселе|location|brussels] открыта.",
        "nato located_in brussels",
    ),
    # an agreement named before its verb, the parties after it
    (
        "Соглашение о сотрудничестве подписали «[Роскосмос|organization|roscosmos]» и "
        "[Европейское космическое агентство|organization|esa].",
        "roscosmos agreement_with esa",
    ),
    (
        "[Литва|country|lithuania] вступила в [НАТО|organization:alliance|nato] в 2004 году.",
        "lithuania member_of nato",
    ),
    # a plant's operator from its noun phrase and from the clause that builds it
    (
        "Рабочие на [заводе|facility|plant] по производству турбин [Siemens|organization] бастуют.",
        "plant operator siemens",
    ),
    (
        "Забастовка на [заводе|facility|plant] компании [Ford|organization] продолжается.",
        "plant operator ford",
    ),
    (
        "Концерн [Toyota|organization] планирует построить в [России|country|russia] [завод|facility|plant].",
        "plant operator toyota",
    ),
    (
        "Концерн [Toyota|organization] планирует построить в [России|country|russia] [завод|facility|plant].",
        "plant located_in russia",
    ),
    ("[Завод|facility|plant] планируется построить в [Шушарах|location].", "plant located_in шушарах"),
    ("[Завод|facility|plant] планируется построить в [Шушарах|location].", "plant status planned"),
    # a participle agrees with the noun it describes, not with the nearest name
    (
        "Рабочие [завода|facility|plant] компании [Ford|organization], расположенного во "
        "[Всеволожске|location], бастуют.",
        "plant located_in всеволожске",
    ),  # acting roles keep their prefix; the role stays in the genitive
    (
        "Исполняющий обязанности губернатора [Московской области|location|mo] [Андрей Воробьёв|person|av] "
        "провёл совещание.",
        "av position исполняющий обязанности губернатора @mo",
    ),
    (
        "[Марк Тоунер|person|mt], исполняющий обязанности официального представителя "
        "[Госдепартамента США|organization|gd], выступил с заявлением.",
        "mt position исполняющий обязанности официального представителя @gd",
    ),
    (
        "Врио губернатора [Ивановской области|location|io] [Станислав Воскресенский|person|sv] приехал.",
        "sv position врио губернатора @io",
    ),
    # a relative or participial clause between the name and its predicate
    (
        "[Марилин Хьюсон|person|mh], которая с 2013 года возглавляет компанию [Lockheed Martin|organization|lm], "
        "выступила на конференции.",
        "mh position глава @lm",
    ),
    (
        "[Лоран Фабиус|person|lf], который занимает пост министра иностранных дел [Франции|country|fr], прибыл.",
        "lf position министр иностранных дел @fr",
    ),
    (
        "[Карен Карапетян|person|kk], ранее работавший в [Газпроме|organization], назначен премьер-министром "
        "[Армении|country|am].",
        "kk position премьер-министр @am",
    ),
    # a post held before, set off after the name ("ранее", "в прошлом", "до этого")
    (
        "[Иван Петров|person|ip], в прошлом министр обороны [России|country|ru], назначен послом.",
        "ip position министр обороны @ru",
    ),
    (
        "[Иван Петров|person|ip], ранее глава [Газпрома|organization|gp], назначен послом.",
        "ip position глава @gp",
    ),
    (
        "[Иван Петров|person|ip] в прошлом — министр обороны [России|country|ru].",
        "ip position министр обороны @ru",
    ),
    # "он" opening a sentence continues the one person named in the sentence before
    (
        "Планировали выдвинуть [Игоря Юсуфова|person|iy]. Сейчас он работает спецпредставителем президента.",
        "iy position спецпредставитель президента",
    ),
    # one of several holders of a role, in the predicate
    (
        "[Иван Петров|person|ip] является одним из директоров [Газпрома|organization|gp].",
        "ip position директор @gp",
    ),
    # a second role joined by "и", with its own organisation
    (
        "[Иван Петров|person|ip] работает советником президента по энергетике и одним из директоров "
        "[Газпрома|organization|gp].",
        "ip position директор @gp",
    ),
    # the head of a unit of an organisation
    (
        "Его место займёт [Синдзи Харада|person|sh], ранее возглавлявший отдел [России|country|ru] в "
        "[японском МИДе|organization|mfa].",
        "sh position глава отдела России @mfa",
    ),
    (
        "[Иван Петров|person|ip] возглавляет отдел кадров [Газпрома|organization|gp].",
        "ip position глава отдела кадров @gp",
    ),
    # leaving a post, being appointed to one, succeeding someone in one
    (
        "[Иван Петров|person|ip] покинул пост министра обороны [России|country|ru].",
        "ip position министр обороны @ru",
    ),
    (
        "[Иван Петров|person|ip] освобождён от должности заместителя министра обороны.",
        "ip position заместитель министра обороны",
    ),
    (
        "Президент назначил [Ивана Петрова|person|ip] на должность посла [России|country|ru].",
        "ip position посол @ru",
    ),
    (
        "[Владимир Поповкин|person|vp] сменит на посту главы «[Роскосмоса|organization|rk]» "
        "[Анатолия Перминова|person|ap].",
        "ap position глава @rk",
    ),
    (
        "Новым генеральным директором [Lockheed Martin|organization|lm] стала [Марилин Хьюсон|person|mh].",
        "mh position генеральный директор @lm",
    ),
    # the state's own body is the state's post; an official's country carries over a chain of roles
    (
        "Глава представительства [США|country|usa] в регионе помощник заместителя госсекретаря "
        "[Мэтью Брайза|person|mb] заявил о поддержке.",
        "mb position помощник заместителя госсекретаря @usa",
    ),
    (
        "[Сенат|organization|senate] одобрил закон. Сенатор [Джон Керри|person|jk] выступил против.",
        "jk position сенатор @senate",
    ),
    # a role named after a dash; one sent from a body, chained before another; a country in the tail
    (
        "Интересы [Виктора Бута|person|vb] представляет прежний федеральный адвокат — "
        "[Сабрина Шрофф|person|ss].",
        "ss position федеральный адвокат",
    ),
    (
        "Наблюдатель от [ОБСЕ|organization|osce] португальский парламентарий [Хуан Суареш|person|js] "
        "сообщил об этом.",
        "js position наблюдатель @osce",
    ),
    (
        "Глава палестинской делегации на переговорах [Саеб Эрекат|person|se] призвал "
        "[ООН|organization|un] признать [Палестину|country|ps].",
        "se position глава палестинской делегации на переговорах @ps",
    ),
    (
        "[Малайзия|country|my] не хочет конфликтовать с [Китаем|country|cn], заявил её премьер-министр "
        "[Махатхир Мохамад|person|mm].",
        "mm position премьер-министр @my",
    ),
    # agreements and cooperation stated without "подписать"
    (
        "Договор между [Россией|country|ru] и [США|country|us] о сокращении вооружений вступил в силу.",
        "ru agreement_with us",
    ),
    (
        "Отношения [России|country|ru] и [США|country|us] ухудшились. Российско-американский договор "
        "был ратифицирован.",
        "ru agreement_with us",
    ),
    (
        "[Индия|country|in] и [Китай|country|cn] растут. Китайско-индийское сотрудничество крепнет.",
        "cn cooperates_with in",
    ),
    (
        "[Россия|country|ru] и [Украина|country|ua] договорились о снижении цены на газ.",
        "ru agreement_with ua",
    ),
    ("[Китай|country|cn] договорился с [Индией|country|in] о границе.", "cn agreement_with in"),
    (
        "[Россия|country|ru] предоставит [Украине|country|ua] кредит в размере 2 миллиардов долларов.",
        "ru agreement_with ua",
    ),
    (
        "В рамках сотрудничества с [Турцией|country|tr] [Казахстан|country|kz] получит технологии.",
        "kz cooperates_with tr",
    ),
    (
        "«[Роснефть|organization|rn]» и [ExxonMobil|organization|xom] реализуют совместный проект.",
        "rn cooperates_with xom",
    ),
    (
        "[Китай|country|cn] является крупнейшим торговым партнёром [Германии|country|de].",
        "cn cooperates_with de",
    ),
    # operators through a genitive chain, owners by participle or verb
    (
        "Оператором морского участка газопровода «[Южный поток|project|ss]» является компания "
        "[South Stream Transport|organization|sst].",
        "ss operator sst",
    ),
    (
        "Компания [South Stream Transport|organization|sst], принадлежащая «[Газпрому|organization|gp]», "
        "ведёт работы.",
        "sst part_of gp",
    ),
    (
        "Подконтрольная «[Роснефти|organization|rn]» компания «[Юганскнефтегаз|organization|yng]» "
        "увеличила добычу.",
        "yng part_of rn",
    ),
    ("[Завод|facility|plant] принадлежит концерну [Volkswagen|organization|vw].", "plant operator vw"),
    # a pipeline named by its type noun
    (
        "Стоимость проекта «[Южный поток|project|ss]» оценивается в 15,5 миллиарда евро. "
        "Газопровод планируется ввести в эксплуатацию в 2015 году.",
        "ss operational_by 2015",
    ),
    (
        "Об этом сказал лидер [Меджлиса|organization|mejlis], народный депутат [Украины|country|ua] "
        "[Мустафа Джемилев|person|md].",
        "md position лидер @mejlis",
    ),
    (
        "[Китай|country|cn] купил корабль. Китайский авианосец «[Варяг|facility|varyag]» не вышел в плавание.",
        "varyag country cn",
    ),
    # a role in which one acts, an ordinal before a role, roles coordinated under one company
    (
        "[Эштон Картер|person|ac] принёс присягу в качестве министра обороны [США|country|us].",
        "ac position министр обороны @us",
    ),
    (
        "[Эштон Картер|person|ac] стал 25-м министром обороны [США|country|us].",
        "ac position министр обороны @us",
    ),
    (
        "[Кристофер Кубасик|person|ck], занимающий сейчас пост президента и главного операционного "
        "директора компании [Lockheed Martin|organization|lm], уйдёт в отставку.",
        "ck position президент @lm",
    ),
    # a plural role, its states and its holders, pair by pair
    (
        "Договор подписали президенты [России|country|ru] и [США|country|us] [Дмитрий Медведев|person|dm] "
        "и [Барак Обама|person|bo].",
        "bo position президент @us",
    ),
    (
        "Министры иностранных дел [России|country|ru] и [США|country|us] [Сергей Лавров|person|sl] и "
        "[Джон Керри|person|jk] встретились.",
        "sl position министр иностранных дел @ru",
    ),
    (
        "Визит в [Москву|location|msk] министра иностранных дел [Японии|country|jp] [Сейджи Маехары|person|sm] "
        "отложен.",
        "sm position министр иностранных дел @jp",
    ),
    # places: a consulate is where it is, a name in brackets, a capital's genitive
    (
        "Нападение на [американское консульство|organization|cons] в ливийском городе "
        "[Бенгази|location|bg] произошло в 2012 году.",
        "cons located_in bg",
    ),
    ("Завод «[Автотор|facility|at]» ([Калининград|location|kg]) выпускает автомобили.", "at located_in kg"),
    (
        "База расположена в аэропорту «[Манас|facility|manas]» столицы [Киргизии|country|kg].",
        "manas located_in kg",
    ),
    # stages and start dates from active verbs and from deliveries along a pipeline
    (
        "Президенты символически открыли нефтепровод «[Сковородино — Дацин|project|esp]» в сентябре.",
        "esp status operating",
    ),
    (
        "Первые поставки газа по газопроводу «[Южный поток|project|ss]» начнутся в конце 2015 года.",
        "ss operational_by 2015",
    ),
    (
        "Лидер движения «[Талибан|organization|tb]» мулла [Омар|person|om] скрывается в горах.",
        "om position лидер @tb",
    ),
    (
        "Он сразится с членом [Палаты представителей|organization|house] демократом "
        "[Энн Киркпатрик|person|ak].",
        "ak member_of house",
    ),
    (
        "[Анатолий Перминов|person|ap], 65-летний глава [Роскосмоса|organization|rk], отправлен в отставку.",
        "ap position глава @rk",
    ),
    (
        "[Анатолия Перминова|person|ap] на посту руководителя [Роскосмоса|organization|rk] сменит "
        "[Владимир Поповкин|person|vp].",
        "ap position руководитель @rk",
    ),
    (
        "[Карен Карапетян|person|kk] с 2011 года работал в «[Газпроме|organization|gp]» первым заместителем "
        "генерального директора компании «[Газпром межрегионгаз|organization|gmg]».",
        "kk position первый заместитель генерального директора @gmg",
    ),
    (
        "[Ирина Петрова|person|ip] работала в «[Газпроме|organization|gp]» главным бухгалтером.",
        "ip position главный бухгалтер @gp",
    ),
    ("Князь [Монако|country|mc] [Альбер II|person|al] заболел.", "al position князь @mc"),
    (
        "Начальник [ГРУ|organization|gru] [Генштаба|organization|gs] уволен.",
        "gru part_of gs",
    ),
    (
        'Он возглавит совет директоров ОАО "[Корпорация МИТ|organization|mit]" - разработчика ракеты '
        '"Булава".',
        "mit product ракета Булава",
    ),
    (
        "[Эштон Картер|person|ac] принёс присягу и официально вступил в должность министра обороны "
        "[США|country|us].",
        "ac position министр обороны @us",
    ),
    (
        "Президент подписал указ об освобождении [Анатолия Перминова|person|ap] от должности руководителя "
        "[Роскосмоса|organization|rk].",
        "ap position руководитель @rk",
    ),
    (
        "Назначение [Владимира Поповкина|person|vp] на пост главы [Роскосмоса|organization|rk] одобрено.",
        "vp position глава @rk",
    ),
    (
        "Пост министра обороны [России|country|ru] занимает [Сергей Шойгу|person|ss].",
        "ss position министр обороны @ru",
    ),
    (
        "Должность генерального директора компании «[Газпром нефть|organization|gn]» с 2008 года занимает "
        "[Александр Дюков|person|ad].",
        "ad position генеральный директор @gn",
    ),
    (
        "[Алексей Кудрин|person|ak], ставший в 2011 году вице-премьером [России|country|ru], ушёл в отставку.",
        "ak position вице-премьер @ru",
    ),
    (
        "[Хмельницкую АЭС|facility|knpp] эксплуатирует компания «[Энергоатом|organization|ea]».",
        "knpp operator ea",
    ),
    (
        "Компания «[Энергоатом|organization|ea]» управляет [Хмельницкой АЭС|facility|knpp].",
        "knpp operator ea",
    ),
    (
        "Проект «[Южный поток|project|ss]» реализуется «[Газпромом|organization|gp]» совместно с Eni.",
        "ss operator gp",
    ),
    (
        "Запуск газопровода «[Южный поток|project|ss]» запланирован на 2015 год.",
        "ss operational_by 2015",
    ),
    (
        "Строительство газопровода «[Северный поток|project|ns]» запланировано на 2010 год.",
        "ns status planned",
    ),
    (
        "[Аарон Гринспен|person|ag], управляющий компанией [FaceCash|organization|fc], выступал против.",
        "ag position управляющий @fc",
    ),
    (
        "Верхняя палата парламента [Казахстана|country|kz] избрала дочь президента "
        "[Нурсултана Назарбаева|person|nn] главой комитета.",
        "nn position президент @kz",
    ),
    (
        "[Игорь Малашенко|person|im] — один из основателей [НТВ|organization|ntv].",
        "im position основатель @ntv",
    ),
    (
        "Первый заместитель генерального директора «[Газпром межрегионгаза|organization|gmg]» "
        "[Карен Карапетян|person|kk] покинул компанию.",
        "kk position первый заместитель генерального директора @gmg",
    ),
    (
        "[Роберт Гейтс|person|rg], которого президент [Обама|person|bo] назначил министром обороны "
        "[США|country|us], уходит.",
        "rg position министр обороны @us",
    ),
    (
        "Командующий [Международными силами содействия безопасности|organization|isaf] ([ISAF|organization|isaf]) "
        "генерал [Дэвид Петреус|person|dp] сообщил.",
        "dp position командующий @isaf",
    ),
    (
        "Лидер республиканцев в [Сенате США|organization|senate] [Митч Макконнелл|person|mm] выступил против.",
        "mm position лидер республиканцев @senate",
    ),
    (
        "Его сменит президент и главный операционный директор [Lockheed Martin|organization|lm] "
        "[Кристофер Кубасик|person|ck].",
        "ck position президент @lm",
    ),
    (
        "Бывший президент и премьер-министр [Израиля|country|il] [Шимон Перес|person|sp] умер.",
        "sp position президент @il",
    ),
    (
        "[Кобир Чоудури|person|kc], возглавляющий мечеть [Аль-Аман|organization|aa], заявил об этом.",
        "kc position глава @aa",
    ),
    (
        "Так сказал [Скотт Хоровитц|person|sh], бывший астронавт, который сейчас работает в "
        "[НАСА|organization|nasa].",
        "sh position астронавт @nasa",
    ),
    (
        "Так сказал [Скотт Хоровитц|person|sh] (Scott Horowitz), бывший астронавт, который работает в "
        "[НАСА|organization|nasa].",
        "sh position астронавт @nasa",
    ),
    # membership listed after the body
    (
        "В состав [ОДКБ|organization:alliance|csto] входят [Россия|country|ru], [Армения|country|am] и "
        "[Таджикистан|country|tj].",
        "am member_of csto",
    ),
    (
        "Членами [НАТО|organization:alliance|nato] являются [Эстония|country|ee] и [Латвия|country|lv].",
        "lv member_of nato",
    ),
]

# sentences where a careless rule would state something the text does not
NOT_FACTS = [
    # a state's name linked to a body by mistake is no parent; an adjective cut off a name is no child
    ("Нашивка [ФНС|organization|fns] [России|organization|fns_ru] на рукаве.", "part_of"),
    ("В [Минюсте|organization|mj] [РФ|organization|fns_ru] зарегистрирован приказ.", "part_of"),
    (
        "Награду вручили директору [Китайского государственного|organization|kg] [Большого театра|organization|bt].",
        "part_of",
    ),
    # brackets after a name: a news agency or a company as the source, more than a body
    ("Об этом сообщил [Иван Петров|person|ip] ([Reuters|organization:media|reu]).", "member_of"),
    ("Выступил [Иван Петров|person|ip] ([Газпром|organization:company|gp]).", "member_of"),
    ("Выступил [Иван Петров|person|ip] ([ЛДПР|organization:party|ldpr], 2010 год).", "member_of"),
    # two people before "Он": whose membership it is cannot be told
    (
        "[Иван Петров|person|ip] и [Олег Сидоров|person|os] приехали. Он был членом [Сената|organization|sen].",
        "member_of",
    ),
    # the owner's type noun carries the case, but the owned is no organisation noun
    (
        "Принадлежащий холдингу «[Вектор|organization|vec]» самолёт [Сбербанка|organization|sb] разбился.",
        "part_of",
    ),
    # the clause's participle or "который" disagrees with the name before the comma
    (
        "Брат президента [Петрова|person|pp], являющийся членом партии «[Яблоко|organization:party|ya]», уехал.",
        "member_of:pp",
    ),
    (
        "Министр [Румынии|country|ro], который является членом [Соцпартии|organization:party|ps], ушёл.",
        "member_of:ro",
    ),
    # a building a body bought is not where the body is
    ("[Газпром|organization|gp] купил здание в [Сочи|location|sochi].", "located_in"),
    # a person's advice is an opinion; a recommended candidate is no instruction
    ("Аналитик [Иван Петров|person|ip] советует инвесторам покупать золото.", "directive"),
    ("[Минфин|organization|mf] рекомендовал кандидатуру [Ивана Петрова|person|ip].", "directive"),
    # a party set against the subject, not beside it
    (
        "[Китай|country|cn] в отличие от [Японии|country|jp] остаётся партнёром [Германии|country|de].",
        "cooperates_with:jp",
    ),
    # "вместе с тем" is "however"; a person's companion is no partner of the country visited
    ("Вместе с тем [Германия|country|de] и [Франция|country|fr] возражают.", "cooperates_with"),
    ("[Иван Петров|person|ip] вместе с женой посетил [Китай|country|cn].", "cooperates_with"),
    # a cooperation noun closing a body's name is no cue
    (
        "В [МИД России|organization|mfa] поступила нота Министерства иностранных дел и международного "
        "сотрудничества [Кении|country|ke].",
        "cooperates_with",
    ),
    (
        "[Япония|country|jp] и [Корея|country|kr] — члены Организации экономического сотрудничества и развития.",
        "cooperates_with",
    ),
    # names before the cue that are not coordinated, or a partner named by no entity
    (
        "Агентство [Рейтер|organization:media|reu] сообщает: [Минфин|organization|mf] совместно с банками "
        "готовит реформу.",
        "cooperates_with",
    ),
    (
        "[Минздрав|organization|mz] отчитался, [Росстат|organization|rs] во взаимодействии с другими "
        "ведомствами уточнит данные.",
        "cooperates_with",
    ),
    (
        "[Департамент Африки|organization|dep] [МИД|organization|mfa] во взаимодействии с посольствами "
        "готовит визит.",
        "cooperates_with",
    ),
    # a colon before a sentence, not a bare list of bodies
    (
        "Сообщает [МИД|organization:government|mid]: [Роснефть|organization:company|rn] и "
        "[Лукойл|organization:company|lk] договорились о поставках.",
        "part_of",
    ),
    # coordinated bodies of another kind keep off the last one's parent
    (
        "Контракт подписали [Ростех|organization:company|rt] и [ГРУ|organization:government|gru] "
        "[Генштаба|organization:government|gs].",
        "part_of:rt",
    ),
    (
        "[Газпром|organization|gp] идёт на Восток\n[Роснефть|organization|rn] и [CNPC|organization|cnpc] "
        "расширяют сотрудничество.",
        "cooperates_with:gp",
    ),
    ("Холдинг [Металлург|organization|met] готовит [завод «Сталь»|facility|st] к продаже.", "operator"),
    # the place of the talks, not of the plant
    (
        "Переговоры в [Турции|country|tr] о [заводе «Ала-Тоо»|facility|ala] продолжатся.",
        "country:ala",
    ),
    # a sentence with its own actor does not continue the plant before it
    (
        "[Комбинат «Вега»|facility|vega] строится под Тулой. [Минфин|organization|mf] выделит на дороги 5 млрд рублей.",
        "cost:vega",
    ),
    # two plants before: whose is not said
    (
        "[Завод «Кама»|facility|kama] и [завод «Ока»|facility|oka] строятся. Объём инвестиций составит 9 млрд рублей.",
        "cost",
    ),
    (
        "[Цех «Альфа»|facility|alfa] работает с 2020 года. На проектную мощность он выйдет в 2027 году.",
        "operational_by",
    ),
    ("[Фабрику «Лён»|facility|len] начали строить в 2023 году.", "operational_by"),
    (
        "Сооружение второй очереди [моста «Северный»|project|sev] планируется начать в 2027 году.",
        "operational_by",
    ),
    ("Новый терминал [«Восток»|facility|vostok] начнут возводить в следующем году.", "operational_by"),
    (
        "МОСКВА, 3 марта. /[РИА Новости|organization:media|ria]/ — [Газпром|organization|gp] и "
        "[CNPC|organization|cnpc] подписали меморандум о поставках газа.",
        "agreement_with:ria",
    ),
    (
        "[Ростех|organization|rt] расширяет экспорт\n[Рособоронэкспорт|organization|roe] и "
        "[Минобороны Сербии|organization|mods] подписали контракт на поставку зенитных комплексов.",
        "agreement_with:rt",
    ),
    (
        "[Минпромторг|organization:government|mpt] одобрил строительство двух заводов по производству пороха.",
        "product:mpt",
    ),
    ("Холдинг [Кама|organization:company|kama] построит три завода по выпуску шин.", "product:kama"),
    (
        "[Правительство Чехии|organization:government|gov_cz] выделит деньги на завод по выпуску патронов.",
        "product:gov_cz",
    ),
    (
        "Президент [России|country|ru] [Владимир Путин|person|vp] встретился с главой [Газпрома|organization|gp].",
        "country",
    ),
    ("[Boeing|organization|b] — крупнейший производитель новой продукции.", "product"),
    ("Отчисления с производителей техники [Samsung|organization|s] выросли.", "product"),
    (
        "[Газпром|organization|gp] расширил деятельность в Азии — выпуск новостей об этом вышел вчера.",
        "product",
    ),
    ("Он был назначен [Иваном Петровым|person|ip] на пост министра.", "directive"),
    ("Вывод войск [НАТО|organization:alliance|nato] из [Афганистана|country|af] завершён.", "located_in"),
    ("Компания «[Сибинтек|organization|sib]» из-за санкций ушла с рынка [России|country|ru].", "located_in"),
    (
        "[Иван Петров|person|ip] потратил на рекламу 300 млн рублей. [Завод Маз|facility|maz] работает.",
        "cost",
    ),
    ("[Иван Петров|person|ip] состоит в браке с [Анной Ивановой|person|ai].", "member_of"),
    ("Полиция остановила [Ивана Петрова|person|ip] у [завода Маз|facility|maz].", "status"),
    ("Для [России|country|ru] это важный шаг, заявил партнёр [Deloitte|organization|d].", "cooperates_with"),
    ("[Газпром|organization|gp] — крупнейший поставщик газа в [Германию|country|de].", "country"),
    (
        "[Завод Маз|facility|maz], на [Украине|country|ua] и в [России|country|ru] выросли продажи.",
        "located_in",
    ),
    (
        "Проект соглашения с [Ираном|country|ir] подписал [Китай|country|cn] в марте.",
        "agreement_with",
    ),
    (
        "[Газпром|organization|gp] и «[Росатом|organization|ra]» сотрудничают. Крупнейшие предприятия холдинга — "
        "[Оренбурггазпром|organization|og] и [Уренгой|organization|ur].",
        "country",
    ),
    # session 3: negation, refusal, calls on others, non-alliance bodies
    ("[Сербия|country|rs] не является членом [Евросоюза|organization:alliance|eu].", "member_of"),
    ("[Турция|country|tr] отказалась подписывать соглашение с [Грецией|country|gr].", "agreement_with"),
    ("[Украина|country|ua] хочет вступить в [НАТО|organization:alliance|nato].", "member_of"),
    ("[Иван Петров|person|ip] призвал [Китай|country|cn] вернуться к переговорам.", "directive"),
    ("[Иван Петров|person|ip] призвал стороны к сдержанности.", "directive"),
    (
        "[Иван Петров|person|ip] присоединился к [Газпрому|organization:company|gazprom] в 2010 году.",
        "member_of",
    ),
    ("[Альянс|organization:alliance|nato] принял решение о расширении.", "member_of"),
    ("Строительство [АЭС Пакш-2|facility|paks] не начнётся в 2026 году.", "status"),
    (
        "В составе делегации [ЕАЭС|organization:alliance|eaeu] находятся эксперты из [России|country|ru].",
        "located_in",
    ),
    ("[Иван Петров|person|ip] владеет акциями [Газпрома|organization|gazprom].", "part_of"),
    # two people named before "Он": whose post it is cannot be told
    (
        "Приехали [Иван Петров|person|ip] и [Олег Сидоров|person|os]. Он работает министром обороны.",
        "position",
    ),
    (
        "Базирующаяся в Риме [ФАО|organization] предупредила, что производство зерновых в мире упадёт.",
        "product",
    ),
    ("Завод [ASPAN-1|facility] должен быть введен в эксплуатацию к 2027 году.", "status"),
    (
        "Об этом сообщил [Иван Петров|person]. Он заявил, что проект [ASPAN|project] будет реализован.",
        "planned_facilities",
    ),
    ("Путин уволил двух генералов полиции по делу [Ивана Голунова|person].", "position"),
    ("Указом президента [Иван Петров|person] назначен на должность.", "position"),
    ("[Иван Петров|person] покинул [Россию|country] в 2010 году.", "position"),
    ("[Иван Петров|person] встретился с членами [Сената|organization].", "member_of"),
    (
        "[Сергей Лавров|person|sl] и министр обороны [России|country|ru] [Сергей Шойгу|person|ss] прибыли.",
        "position:sl",
    ),
    (
        "Сейчас [Керри|person|jk] возглавляет комитет [Сената|organization|senate] по международным делам.",
        "position",
    ),
    ("Начались переговоры о договоре между [Россией|country|ru] и [США|country|us].", "agreement_with"),
    ("[Россия|country|ru] и [Украина|country|ua] намерены договориться о цене.", "agreement_with"),
    ("Начались переговоры о вступлении [Украины|country|ua] в [ЕС|organization:alliance|eu].", "member_of"),
    (
        "Его выдача была одним из условий вступления [Сербии|country|rs] в [Европейский союз|organization:alliance|eu].",
        "member_of",
    ),
    ("Запуск газопровода «[Южный поток|project|ss]» запланирован на 2015 год.", "status"),
    ("Переговоры по проекту «[Южный поток|project|ss]» начнутся в мае 2015 года.", "operational_by"),
    ("Строительство газопровода «[Южный поток|project|ss]» начнётся в декабре 2012 года.", "operational_by"),
    ("Стоимость морского участка газопровода «[Южный поток|project|ss]» оценивается в 10 млрд евро.", "cost"),
    (
        "«[Газпром|organization|gp]» начнёт строительство газопровода «[Южный поток|project|ss]» в декабре 2012 года.",
        "operational_by",
    ),
    ("[Россия|country|ru] и [Китай|country|cn] сделали совместное заявление.", "cooperates_with"),
    (
        "В случае избрания [Гачечиладзе|person|lg] премьер-министром страны станет глава партии "
        "[Саломе Зурабишвили|person|sz].",
        "position:lg",
    ),
    (
        "Архитектор [Ираклий Лолашвили|person|il] голосовал за вступление в [НАТО|organization:alliance].",
        "member_of",
    ),
    ("[Иван Петров|person|ip] работал с [Газпромом|organization|gp] консультантом.", "position:gp"),
    ("Компания [Газпром|organization|gp] в [Европе|location|eu] теряет рынок.", "located_in"),
    (
        "[Ракова|person|ar], которая работала с мэром [Москвы|location|msk], назначена руководителем.",
        "position:ar",
    ),
    ("В компанию [Ренова|organization|rv] входят [Газпром|organization|gp] и заводы.", "member_of"),
    (
        "Компания [ОБСЕ|organization|osce] наняла людей. Однако работник экспедиторской фирмы "
        "[Давид Мирианашвили|person|dm] считает иначе.",
        "position:osce",
    ),
    ("Среди соседей — дочь действующего президента [Иванку Трамп|person] и её муж.", "position"),
    ('Вскоре брат "короля поп-музыки" [Жермен Джексон|person] заявил об этом.', "position"),
    ("Среди гостей — дочь писателя и режиссера [Мария Шукшина|person].", "position"),
    (
        "На вечере были [Алиса Гребенщикова|person], спортсмен и актёр [Олег Тактаров|person|oleg].",
        "position:алиса_гребенщикова",
    ),
    (
        "[Микелла Абрамова|person|mikella] — внучка бывшего вице-президента Лукойла, а ныне члена "
        "[Совета Федерации|organization|sf] [Ралифа Сафина|person|safin].",
        "member_of:mikella",
    ),
    (
        "На объекте [Гуантанамо|facility] содержится оператор [Аль-Джазиры|organization] "
        "[Сами аль-Хадж|person].",
        "operator",
    ),
    (
        "[Казахстан|country] сотрудничает с [Турцией|country|turkey], а его партнёры, по словам экспертов, "
        "ищут рынки в [Китае|country|china].",
        "cooperates_with:china",
    ),
    ("[Россия|country] критикует проект [ASPAN|project].", "country"),
    ("Четыре года назад [Great Sky|organization] открыла офис.", "planned_facilities"),
    ("Министерство опровергло сообщения о закрытии завода [Kale-1|facility].", "status"),
    ("[Great Sky|organization] не будет производить снаряды.", "product"),
    ("Эксперты обсудили проект [ASPAN|project] и позицию [Китая|country].", "country"),
    (
        "В [Казахстане|country] прошла выставка вооружений, где компания [Great Sky|organization] "
        "показала новые образцы.",
        "located_in",
    ),
    (
        "Рабочие [завода|facility|plant] компании [Ford|organization], расположенного во "
        "[Всеволожске|location], бастуют.",
        "located_in:ford",
    ),
    ("[Завод|facility|plant] компании [Ford|organization] планируется закрыть в июле.", "status"),
    (
        "[Россия|country|russia] и [НАТО|organization:alliance|nato] договорились о сотрудничестве в "
        "[Афганистане|country|afghanistan].",
        "cooperates_with:afghanistan",
    ),
    (
        "[Роскосмос|organization|roscosmos] и [NASA|organization|nasa] подписали соглашение о сотрудничестве "
        "в области исследования [Марса|location|mars].",
        "cooperates_with:mars",
    ),
    (
        "[Турция|country|turkey] является стратегическим партнером [Гагаузской автономии|location|gagauzia] "
        "[Молдавской республики|country|moldova].",
        "cooperates_with:moldova",
    ),
    (
        "Корпорация [Philips|organization] заинтересована в налаживании партнёрства с фондом "
        "«[Сколково|organization|skolkovo]».",
        "cooperates_with",
    ),
    (
        "«[Газпром|organization|gazprom]» сменит главу оператора морского участка газопровода "
        "«[Северный поток|project|nord_stream]».",
        "operator",
    ),
    (
        "По данным агентства «[Интерфакс|organization:media|interfax]», оператором проекта "
        "«[Северный поток|project|nord_stream]» станет новая компания.",
        "operator",
    ),
    (
        "[Комитет Сената|organization|committee] одобрил резолюцию в поддержку членства "
        "[Черногории|country|montenegro] в [НАТО|organization:alliance|nato].",
        "member_of",
    ),
    (
        "Если 54 из 81 члена [Сената|organization|senate] проголосуют за импичмент, "
        "[Руссефф|person|rousseff] лишится поста.",
        "member_of",
    ),
    ("Министр обороны [России|country|russia] подписал контракт.", "agreement_with"),
    (
        "Строительство космодрома «[Восточный|facility|vostochny]» ведет компания «[Спецстрой|organization|ss]».",
        "operator",
    ),
    ("Производитель самолетов сократил выпуск, сообщил [Boeing|organization|boeing].", "product"),
    (
        "Расположенный в [Калуге|location|kaluga] завод выпускает машины [Volkswagen|organization|vw].",
        "located_in",
    ),
    ("[Сергей Бубка|person|bubka] уведомил членов [МОК|organization|ioc] о решении.", "member_of"),
    (
        "[Петреус|person|petraeus] избран главой ЦРУ подавляющим большинством членов [Сената|organization|senate].",
        "member_of",
    ),
    (
        "В [Грузии|country|georgia] прошел референдум о членстве [Грузии|country|georgia] в "
        "[НАТО|organization:alliance|nato].",
        "member_of",
    ),
    (
        "С импортёров и производителей звукозаписывающей техники [Российский союз правообладателей|organization|rsp] "
        "собирает отчисления.",
        "product",
    ),
    # membership sought is no membership; a seat on a company's board is a position
    ("[Сербия|country] является кандидатом в члены [Евросоюза|organization:alliance|eu].", "member_of"),
    ("[Сербия|country] подала заявку на членство в [Евросоюзе|organization:alliance|eu].", "member_of"),
    ("[Грузия|country] хочет вступить в [НАТО|organization:alliance|nato].", "member_of"),
    (
        "[Сербия|country], как и [Хорватия|country], стремится стать членом [Евросоюза|organization:alliance|eu].",
        "member_of",
    ),
    (
        "Член совета директоров [«Газпрома»|organization|gazprom] [Карен Карапетян|person|karapetyan] "
        "получил новое назначение.",
        "member_of",
    ),
    (
        "Помощник [Хиллари Клинтон|person|clinton] по европейским и евразийским делам прибыл в Белград.",
        "position:clinton",
    ),
    (
        "Лидер партии [ZANU-PF|organization|zanu] и президент [Роберт Мугабе|person|mugabe] выступили.",
        "position:zanu",
    ),
    (
        "Профсоюз [завода|facility|plant] поддержал рабочих, которые захватили завод [Visteon|organization].",
        "operator",
    ),
    ("[Правительство|organization|gov] подписало указ, а [завод|facility|plant] строит мост.", "operator"),
]


@pytest.mark.parametrize(("marked", "expected"), CASES)
def test_facts(marked, expected):
    doc = extract(marked_doc(marked))
    found = triples(doc)
    missing = [t for t in expected if t not in found]
    assert not missing, f"missing {missing}; found {sorted(found)}"


@pytest.mark.parametrize(("marked", "expected"), PHRASINGS)
def test_phrasings(marked, expected):
    found = triples(extract(marked_doc(marked)), asserted=False)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(("marked", "expected"), RELATIONS)
def test_relations(marked, expected):
    found = triples(extract(marked_doc(marked)))
    missing = [t for t in expected if t not in found]
    assert not missing, f"missing {missing}; found {sorted(found)}"


@pytest.mark.parametrize(("marked", "predicate"), NOT_FACTS)
def test_not_facts(marked, predicate):
    doc = extract(marked_doc(marked))
    predicate, _, target = predicate.partition(":")
    wrong = [
        f
        for f in doc.facts
        if f.predicate == predicate
        and f.modality is None
        and (not target or target in (f.subject, f.object.get("entity"), f.object.get("org")))
    ]
    assert not wrong, doc.facts


def test_a_subject_noun_continues_the_subject_not_an_oblique():
    # sentences written for this test: "компания" opening a clause continues the company that
    # was the subject before, not the body it dealt with
    doc = extract(
        marked_doc(
            "Концерн [Сименс|organization:company] подписал соглашение о поставках с заводом "
            "[Уралмаш|organization:company]\nПо соглашению компания будет выпускать газовые турбины."
        )
    )
    products = {f.subject for f in doc.facts if f.predicate == "product"}
    assert products == {"сименс"}, doc.facts


def test_a_headline_line_is_its_own_sentence():
    # the headline has no full stop; before, it ran into the lead's first sentence
    doc = marked_doc("Концерн [Сименс|organization:company] расширяет производство\nКомпания построит завод.")
    assert [doc.text[s.start : s.stop] for s in doc.sentences] == [
        "Концерн Сименс расширяет производство",
        "Компания построит завод.",
    ]


def test_coordinated_role_with_its_own_complement_keeps_its_organisation():
    # "советником президента": the first role has its own genitive; Газпром is the second role's only
    marked = "[Иван Петров|person|ip] работает советником президента и директором [Газпрома|organization|gp]."
    found = triples(extract(marked_doc(marked)))
    assert "ip position директор @gp" in found
    assert "ip position советник президента @gp" not in found


def test_denied_and_reported_modality():
    doc = extract(marked_doc("[Great Sky|organization] не будет производить снаряды."))
    assert {f.modality for f in doc.facts if f.predicate == "product"} <= {"denied"}
    doc = extract(marked_doc("По данным источников, завод [Kale-1|facility] начал выпуск снарядов."))
    assert [f.modality for f in doc.facts if f.predicate == "product"] == ["reported"]


def test_denied_report_is_no_fact():
    doc = extract(marked_doc("Министерство опровергло сообщения о том, что завод [Kale-1|facility] закрыт."))
    assert [f.modality for f in doc.facts if f.predicate == "status"] == ["denied"]


def test_product_class_gives_way_to_its_kinds():
    doc = extract(
        marked_doc("[Kale-1|facility] выпускает боеприпасы. [Kale-1|facility] производит снаряды и мины.")
    )
    assert {f.object["text"] for f in doc.facts if f.predicate == "product"} == {"снаряд", "мина"}
    doc = extract(marked_doc("[Kale-1|facility] выпускает боеприпасы."))
    assert {f.object["text"] for f in doc.facts if f.predicate == "product"} == {"боеприпас"}


def test_planned_modality():
    doc = extract(marked_doc("Завод [Kale-1|facility] будет выпускать 155-мм снаряды."))
    products = [f for f in doc.facts if f.predicate == "product"]
    assert products and products[0].modality == "planned"
    assert products[0].object == {"text": "155-мм снаряд", "calibre_mm": 155}


def test_no_subject_entity_no_fact():
    doc = extract(marked_doc("Завод будет выпускать снаряды, его стоимость — $1 млрд."))
    assert doc.facts == []


def test_fact_records_provenance():
    doc = extract(marked_doc("Проект [ASPAN|project] предусматривает строительство 4 заводов."))
    fact = next(f for f in doc.facts if f.predicate == "planned_facilities")
    assert fact.stage == "facts.rules.v2"
    assert doc.text[fact.start : fact.stop].startswith("Проект ASPAN")
    assert 0 < fact.confidence <= 1


def test_facts_round_trip_as_json():
    doc = extract(marked_doc("Оператором проекта [ASPAN|project] стала компания [Great Sky|organization]."))
    assert Doc.from_json(json.loads(json.dumps(doc.to_json()))).facts == doc.facts


def test_seed_facts_with_gold_entities(shared):
    """The seed's required facts, with mentions taken from its gold entities."""
    gold = json.loads((shared / "gold" / "seed.json").read_text(encoding="utf-8"))
    text = (shared / "seeds" / "000_8d78d08f977646fb.txt").read_text(encoding="utf-8")
    marked, spans = text, []
    for e in gold["entities"]:
        for s in e["mentions"]:
            spans += [(m.start(), m.end(), e) for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text)]
    spans.sort(key=lambda x: (x[0], x[0] - x[1]))
    kept, last = [], -1
    for a, b, e in spans:
        if a >= last:
            kept.append((a, b, e))
            last = b
    for a, b, e in reversed(kept):
        marked = f"{marked[:a]}[{marked[a:b]}|{e['type']}|{e['id']}]{marked[b:]}"
    facts = find_facts(marked_doc(marked))
    found = {(f.subject, f.predicate, render(f.object)) for f in facts if f.modality is None}
    required = [g for g in gold["facts"] if g.get("required", True)]
    hits = [g for g in required if any(s == g["subject"] and p == g["predicate"] for s, p, _ in found)]
    assert len(hits) == len(required)


@pytest.mark.parametrize(
    "marked",
    [
        # an organisation in the sentence may be the maker
        "[Завод|facility|plant] построен. Сначала компания [Ford|organization] будет собирать "
        "автомобили «Фокус».",
        # two plants: whose it is is not said
        "[Завод|facility|plant] построен. [Фабрика|facility|plant2] строится. "
        "Сначала будут собираться автомобили «Фокус».",
        # no plant named in the sentences just before
        "[Завод|facility|plant] построен. Рабочие довольны. Профсоюз тоже. Погода хорошая. "
        "Сначала будут собираться автомобили «Фокус».",
    ],
)
def test_makerless_products_need_one_recent_plant(marked):
    doc = extract(marked_doc(marked))
    assert not [f for f in doc.facts if f.predicate == "product" and f.subject.startswith("plant")], doc.facts


def test_stem_matched_adjective_needs_a_near_name():
    """ "федеральный" shares a stem with "Федеральное управление", named four sentences back: no org."""
    marked = (
        "[Федеральное управление финансового надзора|organization|bafin] проверит банк. Рынок ждет. "
        "Аналитики молчат. Инвесторы ждут. Об этом сказала федеральный канцлер [Ангела Меркель|person|merkel]."
    )
    doc = extract(marked_doc(marked))
    assert not [f for f in doc.facts if f.predicate == "position" and f.object.get("org") == "bafin"], (
        doc.facts
    )


def test_head_of_a_states_government_holds_a_post_of_the_state():
    """ "глава правительства Израиля": the entities stage makes the government an organisation that
    contains the country; the post is "глава правительства", held for Israel."""
    from newsgraph.pipeline import default_pipeline

    doc = default_pipeline()(
        Doc(text="Заявление главы правительства Израиля Биньямина Нетаньяху прозвучало накануне.", lang="ru")
    )
    names = {e.id: e.name.get("ru") for e in doc.entities}
    found = {
        (names[f.subject], f.object.get("text"), names.get(f.object.get("org")))
        for f in doc.facts
        if f.predicate == "position"
    }
    assert ("Биньямин Нетаньяху", "глава правительства", "Израиль") in found, found


def test_unresolved_country_adjective_takes_no_other_country():
    """ "британский премьер" where Britain is never named is no premier of the country in focus."""
    doc = extract(
        marked_doc(
            "Приедет председатель [КНР|country|cn] [Ху Цзиньтао|person|hu], а британский премьер "
            "[Гордон Браун|person|gb] отказался."
        )
    )
    assert "gb position британский премьер" in triples(doc), triples(doc)
    assert not any(f.subject == "gb" and f.object.get("org") for f in doc.facts), doc.facts


def test_possessive_points_back_to_the_sentences_country_only():
    """ "заявил её премьер-министр": her country is named in the sentence; without the possessive the
    sentence's other country is not the role's."""
    doc = extract(
        marked_doc(
            "[Сирия|country|sy] воюет. [Иран|country|ir] и «[Хезболла|organization|hz]» поддерживают "
            "президента [Башара Асада|person|ba]."
        )
    )
    assert "ba position президент @ir" not in triples(doc), triples(doc)


def test_one_fact_for_two_spellings_of_one_name():
    """The entities stage may leave a misspelt repetition of a full name apart; its facts are stated once."""
    doc = extract(
        marked_doc(
            "Президент [Грузии|country|ge] [Михаил Саакашвили|person|ms1] победил. Президент [Грузии|country|ge] "
            "[Михаил Сааакашвили|person|ms2] объявил о переизбрании."
        )
    )
    positions = [f for f in doc.facts if f.predicate == "position"]
    assert len(positions) == 1, positions


def test_the_appointer_holds_no_role_he_gives():
    doc = extract(
        marked_doc(
            "Президент [Дмитрий Медведев|person|dm] назначил [Владимира Поповкина|person|vp] главой "
            "[Роскосмоса|organization|rk]."
        )
    )
    found = triples(doc)
    assert "vp position глава @rk" in found, found
    assert not any(t.startswith("dm ") and t.endswith("@rk") for t in found), found


@pytest.mark.parametrize(
    "marked",
    [
        "[США|country|us] назвали шаг эскалацией, противостоящей президенту [Башару Асаду|person|ba].",
        "Перед отъездом на [Кубу|country|cu] он поддержал вице-президента [Николаса Мадуро|person|ba].",
        "Нападавший по имени [Бенджамин Херман|person|ba] вышел из тюрьмы.",
    ],
)
def test_no_role_from_the_clauses_actor_or_a_past_participle(marked):
    doc = extract(marked_doc(marked))
    assert not [
        f for f in doc.facts if f.subject == "ba" and (f.object.get("org") or "напад" in f.object["text"])
    ]


def test_heading_a_states_government_is_a_post_of_the_state():
    from newsgraph.pipeline import default_pipeline

    doc = default_pipeline()(Doc(text="Карен Карапетян возглавил правительство Армении.", lang="ru"))
    names = {e.id: e.name.get("ru") for e in doc.entities}
    found = {
        (f.object.get("text"), names.get(f.object.get("org"))) for f in doc.facts if f.predicate == "position"
    }
    assert ("глава правительства", "Армения") in found, found


def test_a_written_act_is_not_cut_to_its_topic():
    found = triples(
        extract(marked_doc("[Армен Саркисян|person|as] подписал указ о призыве резервистов в 2019 году.")),
        asserted=False,
    )
    assert "as directive призыв резервистов" not in found, sorted(found)
    assert not any("2019" in t for t in found if " directive " in t), sorted(found)


# session 5: relation recall (directive, located_in), fresh sentences
RELATION_RECALL = [
    # the addressee with its dependents, a time adverbial or an adverb before the infinitive ordered
    (
        "Президент [Иван Петров|person|ip] поручил мэру столицы Олегу Сидорову снести старые гаражи.",
        "ip directive снести старые гаражи",
    ),
    (
        "[Кабинет министров|organization|km] поручил [Минпромторгу|organization|mpt] до конца года "
        "подготовить программу импортозамещения.",
        "km directive подготовить программу импортозамещения",
    ),
    (
        "Губернатор [Иван Петров|person|ip] поручил правительству области срочно создать штаб.",
        "ip directive создать штаб",
    ),
    (
        "[Иван Петров|person|ip] поручил своему заместителю в течение месяца проверить все школы.",
        "ip directive проверить все школы",
    ),
    # the instruction set off by a dash after "дал указания"
    (
        "На совещании [Иван Петров|person|ip] дал указания — отремонтировать дороги к зиме.",
        "ip directive отремонтировать дороги к зиме",
    ),
    # a regime imposed is an order
    (
        "В ответ на беспорядки [Иван Петров|person|ip] ввёл военное положение.",
        "ip directive военное положение",
    ),
    (
        "Губернатор [Олег Сидоров|person|os] объявил в регионе режим чрезвычайной ситуации.",
        "os directive режим чрезвычайной ситуации",
    ),
    ("Мэр [Иван Петров|person|ip] ввёл в городе комендантский час.", "ip directive комендантский час"),
    # a plant's place after its quoted name or its owner in the genitive
    (
        "Строительство [завода|facility|plant] «[Север-Хим|organization|sh]» в [Тверской области|location|to] "
        "приостановлено.",
        "plant located_in to",
    ),
    (
        "Главный проект — новый [завод|facility|plant] финского концерна [Nordmet|organization|nm] в соседнем "
        "[Тарту|location|tartu].",
        "plant located_in tartu",
    ),
    # an institution standing in a place
    (
        "Делом займётся [Международный арбитражный суд|organization|court] в [Стокгольме|location|sth].",
        "court located_in sth",
    ),
    (
        "Он двадцать лет играл в [Молодёжном театре|organization|mt] в [Казани|location|kzn].",
        "mt located_in kzn",
    ),
    # a seat or candidacy held for a party
    (
        "Вчера депутат Госдумы от «[Зелёной России|organization:party|zr]» [Олег Сидоров|person|os] внёс поправки.",
        "os member_of zr",
    ),
    (
        "Кандидат в президенты от [Партии труда|organization|pt] 55-летний [Иван Петров|person|ip] снялся.",
        "ip member_of pt",
    ),
    ("[Иван Петров|person|ip], депутат от [ЛДПР|organization:party|ldpr], выступил.", "ip member_of ldpr"),
    # "один из партнёров": the plural partner noun after "один из"
    (
        "[Китай|country|cn] является одним из крупнейших торговых партнёров [Вьетнама|country|vn].",
        "cn cooperates_with vn",
    ),
    # the partner in apposition after a dash
    (
        "Союзник «[Партии центра|organization:party|pc]» — [Зелёная партия|organization:party|gp] — заняла "
        "третье место.",
        "pc cooperates_with gp",
    ),
    # a town in the genitive right after a named site
    (
        "Пару задержали в аэропорту «[Эль-Прат|facility|ap]» [Барселоны|location|bcn].",
        "ap located_in bcn",
    ),
    ("Его доставили в больницу «[Шиба|facility|sh]» [Тель-Авива|location|ta].", "sh located_in ta"),
    # an agreement named with its holder in the genitive and its partner after "с"; a state contract
    (
        "Соглашение [Лукойла|organization|lk] с [Petronas|organization|pn] подписано вчера.",
        "lk agreement_with pn",
    ),
    (
        "Контракт [Минобороны|organization|mo] с концерном «[Ураган|organization|ur]» оценивается в 5 млрд рублей.",
        "mo agreement_with ur",
    ),
    (
        "[Минобороны|organization|mo] заключило с заводом [Ураган|organization|ur] госконтракт на поставку машин.",
        "mo agreement_with ur",
    ),
    # a written act with its quoted title
    (
        "[Иван Петров|person|ip] 3 мая подписал указ «О досрочном прекращении полномочий губернатора области».",
        "ip directive указ о досрочном прекращении полномочий губернатора области",
    ),
    # a caseless name after "с" is the partner, not a genitive of the cooperation noun
    ("[Лукойл|organization|lk] работает в партнёрстве с [Total|organization|tt].", "lk cooperates_with tt"),
    (
        "[Nokia|organization|nk] в сотрудничестве с [Intel|organization|it] выпустила планшет.",
        "nk cooperates_with it",
    ),
    (
        "Сотрудничество с [ESA|organization|esa] [Роскосмос|organization|rk] продолжит.",
        "rk cooperates_with esa",
    ),
    # a party after "из" or "от", its noun with adjectives, or quoted; a speaker's seat for a party
    (
        "Премьером стала [Аленка Братушек|person|ab] (Alenka Bratušek) из оппозиционной партии "
        "«[Позитивная Словения|organization|ps]».",
        "ab member_of ps",
    ),
    (
        "Кандидата от правящей партии «[Новые патриоты|organization|np]» 68-летний [Нана Акуфо-Аддо|person|na] "
        "поддержали.",
        "na member_of np",
    ),
    (
        "Это сделал депутат от «[Справедливой России|organization|sr]» [Илья Пономарев|person|ip].",
        "ip member_of sr",
    ),
    (
        "Вице-спикер Думы от [ЛДПР|organization:party|ldpr] [Игорь Лебедев|person|il] сказал.",
        "il member_of ldpr",
    ),
    # a venue named after its noun, and any body with its town alone in brackets; an alias between
    ("Концерт пройдёт в клубе «[Шаги|organization|sh]» в [Москве|location|msk].", "sh located_in msk"),
    (
        "Доклад представили в Фонде «[Наследие|organization|her]» ([The Heritage Foundation|organization|her]) "
        "в [Вашингтоне|location|dc].",
        "her located_in dc",
    ),
    (
        "Матч между командами «[Спартак|organization|sp]» ([Москва|location|msk]) и «[Жилина|organization|zh]» "
        "([Жилина|location|zht], [Словакия|country|sk]) прервали.",
        "zh located_in zht",
    ),
    (
        "Они познакомились в [Международном христианском университете|organization|icu] "
        "([International Christian University|organization|icu]) в [Токио|location|tk].",
        "icu located_in tk",
    ),
    # a relative clause saying what a company owns or who owns it; a legal form after a ministry's name
    (
        "Его возглавлял глава компании «[Самрук-Казына|organization|sk]», которой принадлежит энергетический "
        "гигант «[Казмунайгаз|organization|kmg]».",
        "kmg part_of sk",
    ),
    (
        "Лицензию отозвали у банка «[ГПБ-Ипотека|organization|gpbi]», одним из главных акционеров которого "
        "является [Газпромбанк|organization|gpb].",
        "gpbi part_of gpb",
    ),
    (
        "Обыск прошёл в подведомственном [Роскомнадзору|organization|rkn] ФГУП «[Главный радиочастотный "
        "центр|organization|grfc]».",
        "grfc part_of rkn",
    ),
    # a sited body's place after the body it belongs to, after an alias; more venues by their noun
    (
        "Он работал в [Центральном театре|organization|ct] [Российской армии|organization|ra] в "
        "[Москве|location|msk].",
        "ct located_in msk",
    ),
    (
        "Следы нашли в пиццерии [Zizzi|organization|zz] в британском [Солсбери|location|sb].",
        "zz located_in sb",
    ),
    (
        "Об этом сообщила фирма «[Спейс адвентчерс|organization|sa]» ([Space Adventures|organization|sa]) из "
        "[Арлингтона|location|arl].",
        "sa located_in arl",
    ),
    # a seat's noun with the party in the genitive; a person's membership; members after "коими являются"
    ("Депутат [Партии регионов|organization|pr] [Святаш|person|sv] спел с оркестром.", "sv member_of pr"),
    ("Кандидат партии «[Яблоко|organization|ya]» [Иван Петров|person|ip] выступил.", "ip member_of ya"),
    (
        "Членство [Соловьёва|person|sl] в партии «[Единая Россия|organization:party|er]» приостановлено.",
        "sl member_of er",
    ),
    (
        "Каждый из постоянных членов [Совбеза|organization|sb], коими являются [Великобритания|country|uk], "
        "[Китай|country|cn] и [США|country|us], имеет право вето.",
        "cn member_of sb",
    ),
    # a quoted name with the town it comes from needs no kind noun
    (
        "К матчу со «[Спартаком|organization|sp]» из [Нальчика|location|nl] команду готовит Карпин.",
        "sp located_in nl",
    ),
    # a body with its party's quoted name after the party noun; the bodies listed after "органам X —"
    (
        "Он стал председателем [Высшего совета|organization|hc] партии «[Единая Россия|organization|er]».",
        "hc part_of er",
    ),
    (
        "Петиция адресована высшим органам [КПРФ|organization|kprf] — [Президиуму|organization|pr] и "
        "[Центральному комитету|organization|ck].",
        "ck part_of kprf",
    ),
]

RELATION_RECALL_NOT = [
    # a new rule or a work regime is no regime imposed
    ("[Иван Петров|person|ip] ввёл новое положение о конкурсах.", "directive"),
    ("[Газпром|organization|gp] ввёл новый режим работы офисов.", "directive"),
    # no infinitive after the addressee: nothing ordered is read
    ("[Иван Петров|person|ip] поручил заместителю вопросы строительства.", "directive"),
    # where an institution sends something is not where it stands
    ("[Верховный суд|organization|court] передал дело в [Москву|location|msk].", "located_in"),
    # a plant noun referring back, with another company's name after it, is another plant
    (
        "[Завод|facility|plant] «[Север-Хим|organization|sh]» стоит. Рабочие помнят забастовку на заводе "
        "[Visteon|organization|vi] в [Белфасте|location|bf].",
        "located_in",
    ),
    # a seat for a region, not a party; a party the person is not named with
    ("Сенатор [Джон Смит|person|js] от [Техаса|location|tx] выступил.", "member_of"),
    ("Депутат от [ЛДПР|organization:party|ldpr] заявил, что [Иван Петров|person|ip] прав.", "member_of"),
    # after a partner noun's genitive, a name not marked as a partner is none
    ("Один из партнёров [Газпрома|organization|gp] ушёл из [России|country|ru].", "cooperates_with"),
    # a country in the genitive after a plant is its owner, not (only) its place
    ("На [Запорожской АЭС|facility|znpp] [Украины|country|ua] прошла проверка.", "located_in"),
    # an agreement only talked about
    (
        "Переговоры о соглашении [Лукойла|organization|lk] с [Petronas|organization|pn] затянулись.",
        "agreement_with",
    ),
    # a plant's goods going to a country are not the plant's place
    (
        "Продукция [завода|facility|plant] компании [Уралмаш|organization|um] в [Китай|country|cn] не попадёт.",
        "located_in",
    ),
    # a body not known as a party, after "из" or "от", is a workplace or a sponsor
    ("Выступил [Иван Петров|person|ip] из «[Газпрома|organization|gp]».", "member_of"),
    ("Депутат от «[Газпрома|organization:company|gp]» [Илья Пономарев|person|ip] выступил.", "member_of"),
    # a venue's place must follow its name; a region in brackets after a town's body is the town's
    ("Глава фонда «[Наследие|organization|her]» выступил в [Вашингтоне|location|dc].", "located_in"),
    (
        "Депутаты думы [Когалыма|organization|dk] ([Ханты-Мансийский округ|location|hm]) собрались.",
        "located_in",
    ),
    # the subject of another verb is no subsidiary's name; what a company owns must be a body
    ("[Fininvest|organization|fi] передала права дочерней компании [Mediaset|organization|ms].", "part_of"),
    (
        "Компания «[Роснефть|organization|rn]», которой принадлежит [Иван Петров|person|ip], выросла.",
        "part_of",
    ),
    # a body's representative in a place says nothing of where the body is
    ("Представитель театра «[Современник|organization|sv]» в [Москве|location|msk] заявил.", "located_in"),
    # a chamber after a seat's noun is no party; a party and a person apart
    ("Депутат [Госдумы|organization:government|gd] [Иван Петров|person|ip] выступил.", "member_of"),
    ("Депутат [Партии регионов|organization|pr], заявил [Иван Петров|person|ip].", "member_of"),
    # a bare quoted name governed by a verb is driven from the place; a country after it is left
    ("Военные выбили «[Азов|organization|az]» из [Мариуполя|location|mp].", "located_in"),
    ("Россия вывела «[Искандеры|organization|isk]» из [Сирии|country|sy].", "located_in"),
    # a person's post before the party is no body, nor a chamber that lost its "от"; a dash after a name
    # with no noun of parts lists no parts
    ("Его избрали депутатом [Курской думы|organization|kd] партии «[Яблоко|organization|ya]».", "part_of"),
    ("Заявление [Ивана Петрова|person|ip] партии «[Яблоко|organization|ya]» прочли.", "part_of"),
    (
        "Сторонники [Навального|person|an] — [ФБК|organization|fbk] — обратились к [Яблоку|organization|ya].",
        "part_of",
    ),
    (
        "Письмо направлено [КПРФ|organization|kprf] — [Президиуму|organization|pr] и [Центральному "
        "комитету|organization|ck].",
        "part_of",
    ),
]


@pytest.mark.parametrize(("marked", "expected"), RELATION_RECALL)
def test_relation_recall(marked, expected):
    found = triples(extract(marked_doc(marked)), asserted=False)
    assert expected in found, sorted(found)


@pytest.mark.parametrize(("marked", "predicate"), RELATION_RECALL_NOT)
def test_relation_recall_not(marked, predicate):
    doc = extract(marked_doc(marked))
    assert not [f for f in doc.facts if f.predicate == predicate], doc.facts


@pytest.mark.parametrize(
    "marked",
    [
        "[Иван Петров|person|ip] предложил журналистам объявить мораторий на слухи.",
        "[Газпром|organization|gp] планирует ввести режим экономии.",
    ],
)
def test_a_regime_proposed_to_others_is_not_imposed(marked):
    assert not [f for f in extract(marked_doc(marked)).facts if f.predicate == "directive"]


def nested_doc(marked: str, inner: str, etype: str, eid: str) -> Doc:
    """A marked doc with one more mention inside a marked name (the entities stage nests places so)."""
    doc = marked_doc(marked)
    start = doc.text.index(inner)
    doc.mentions.append(Mention(start, start + len(inner), inner, etype, eid, stage="test"))
    doc.mentions.sort(key=lambda m: (m.start, -m.stop))
    doc.entities.append(Entity(eid, etype, {"ru": inner}))
    return doc


def test_a_place_after_v_closing_a_name_is_where_it_is():
    doc = nested_doc(
        "[Немецкое посольство в Багдаде|organization|emb] советовало уехать.", "Багдаде", "location", "bgd"
    )
    assert "emb located_in bgd" in triples(extract(doc), asserted=False)
    doc = nested_doc(
        "Спор рассмотрит [Высокий суд Лондона|organization|court].", "Лондона", "location", "ldn"
    )
    assert not [f for f in extract(doc).facts if f.predicate == "located_in"]
