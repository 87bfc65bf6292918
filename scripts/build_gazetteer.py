"""Build `newsgraph/data/gazetteer.tsv` from public data (no network).

Sources, recorded per row in the `source` column:

1. ``rigour`` (ships in the followthemoney dependency): every country and
   territory with its ISO code, English name and Wikidata id.
2. ``babel`` (CLDR): Russian and English names of those territories and of the
   UN M49 world regions (Центральная Азия, Восточная Европа, …).
3. ``nerel``: NEREL 1.1's Wikidata links (``N`` lines of the ``.ann`` files in
   ../shared/data/nerel-1.1): each linked entity's surface forms, type and
   Wikidata id, aggregated per id. Only names (capitalised or acronyms) of the
   types the project uses are kept. Documents that the project's gold sets
   (tests/gold/*/) annotate are left out, so that those sets measure entity
   linking on names the gazetteer has not learnt from the scored article.
4. ``curated``: a short hand-written list of well-known international
   organisations and the national outlets Russian news cites most (CURATED below); their Wikidata ids come only from NEREL or
   rigour, never typed in by hand.

Every row holds lookup keys: the lower-cased surface forms and their
lemma keys (`newsgraph.extract.gazetteer.lemma_key`), so that inflected text
("Организации Договора…", "Казахстане") finds the row.

Usage: python scripts/build_gazetteer.py [--nerel DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from rigour.territories import get_territories

from newsgraph.extract.gazetteer import COLUMNS, lemma_key, morph, parse_ok, surface_key
from newsgraph.extract.names import match_case
from newsgraph.extract.typing_rules import HEAD_NOUNS

ROOT = Path(__file__).resolve().parents[1]
NEREL = ROOT.parent / "shared" / "data" / "nerel-1.1"
GOLD = ROOT / "tests" / "gold"
OUT = ROOT / "newsgraph" / "data" / "gazetteer.tsv"

NEREL_TYPES = {
    "COUNTRY": "country",
    "CITY": "location",
    "STATE_OR_PROVINCE": "location",
    "DISTRICT": "location",
    "LOCATION": "location",
    "FACILITY": "facility",
    "ORGANIZATION": "organization",
    "PERSON": "person",
}

# (acronym/short names, Russian name, English name, kind); Wikidata ids are
# filled from NEREL/rigour when their data links one of these names.
CURATED: list[tuple[list[str], str, str, str]] = [
    (
        ["НАТО", "NATO", "Североатлантический альянс"],
        "Организация Североатлантического договора",
        "North Atlantic Treaty Organization",
        "alliance",
    ),
    (
        ["ОДКБ", "CSTO"],
        "Организация Договора о коллективной безопасности",
        "Collective Security Treaty Organization",
        "alliance",
    ),
    (["ЕАЭС", "EAEU"], "Евразийский экономический союз", "Eurasian Economic Union", "alliance"),
    (["ЕврАзЭС"], "Евразийское экономическое сообщество", "Eurasian Economic Community", "alliance"),
    (
        ["ШОС", "SCO"],
        "Шанхайская организация сотрудничества",
        "Shanghai Cooperation Organisation",
        "alliance",
    ),
    (
        ["ОТГ", "OTS", "Тюркский совет"],
        "Организация тюркских государств",
        "Organization of Turkic States",
        "alliance",
    ),
    (["ЕС", "Евросоюз", "EU"], "Европейский союз", "European Union", "alliance"),
    (["СНГ", "CIS"], "Содружество Независимых Государств", "Commonwealth of Independent States", "alliance"),
    (["БРИКС", "BRICS"], "БРИКС", "BRICS", "alliance"),
    (
        ["ОБСЕ", "OSCE"],
        "Организация по безопасности и сотрудничеству в Европе",
        "Organization for Security and Co-operation in Europe",
        "alliance",
    ),
    (
        ["АСЕАН", "ASEAN"],
        "Ассоциация государств Юго-Восточной Азии",
        "Association of Southeast Asian Nations",
        "alliance",
    ),
    (
        ["ОПЕК", "OPEC"],
        "Организация стран — экспортёров нефти",
        "Organization of the Petroleum Exporting Countries",
        "alliance",
    ),
    (["АС", "Афросоюз"], "Африканский союз", "African Union", "alliance"),
    (["ЛАГ"], "Лига арабских государств", "Arab League", "alliance"),
    (["ОИС"], "Организация исламского сотрудничества", "Organisation of Islamic Cooperation", "alliance"),
    (["G7", "Большая семёрка", "Большая семерка"], "Группа семи", "Group of Seven", "alliance"),
    (["G20", "Большая двадцатка"], "Группа двадцати", "Group of Twenty", "alliance"),
    (["ООН", "UN"], "Организация Объединённых Наций", "United Nations", "alliance"),
    (
        ["МАГАТЭ", "IAEA"],
        "Международное агентство по атомной энергии",
        "International Atomic Energy Agency",
        "other",
    ),
    (["МВФ", "IMF"], "Международный валютный фонд", "International Monetary Fund", "other"),
    (
        ["ЦБ", "ЦБ РФ", "Центробанк", "Банк России", "Bank of Russia"],
        "Центральный банк Российской Федерации",
        "Central Bank of Russia",
        "government",
    ),
    (["ФРС", "Федрезерв"], "Федеральная резервная система", "Federal Reserve System", "government"),
    (["МЭА", "IEA"], "Международное энергетическое агентство", "International Energy Agency", "other"),
    (
        ["ИГ", "ИГИЛ", "ДАИШ", "ISIS", "Islamic State", "Исламское государство Ирака и Леванта"],
        "Исламское государство",
        "Islamic State",
        "other",
    ),
    (["ВТО", "WTO"], "Всемирная торговая организация", "World Trade Organization", "other"),
    (["ВОЗ", "WHO"], "Всемирная организация здравоохранения", "World Health Organization", "other"),
    (["Союзное государство"], "Союзное государство России и Белоруссии", "Union State", "alliance"),
    (
        ["ОЭСР", "OECD"],
        "Организация экономического сотрудничества и развития",
        "Organisation for Economic Co-operation and Development",
        "alliance",
    ),
    # the national outlets Russian news cites most, with the short names articles use (`«Ъ»`)
    (["Ъ", "Коммерсант"], "Коммерсантъ", "Kommersant", "media"),
    (["ИТАР-ТАСС", "TASS"], "ТАСС", "TASS", "media"),
    (["Interfax"], "Интерфакс", "Interfax", "media"),
    (["RBC", "РосБизнесКонсалтинг"], "РБК", "RBC", "media"),
    (["РИА «Новости»", "RIA Novosti"], "РИА Новости", "RIA Novosti", "media"),
    (["Izvestia"], "Известия", "Izvestia", "media"),
    (["Vedomosti"], "Ведомости", "Vedomosti", "media"),
    (["Российская газета"], "Российская газета", "Rossiyskaya Gazeta", "media"),
    (["Новая газета"], "Новая газета", "Novaya Gazeta", "media"),
    (["Комсомольская правда"], "Комсомольская правда", "Komsomolskaya Pravda", "media"),
    (["Московский комсомолец"], "Московский комсомолец", "Moskovsky Komsomolets", "media"),
    (["Эхо Москвы"], "Эхо Москвы", "Echo of Moscow", "media"),
    (["Лента.ру", "Лента.Ру"], "Lenta.ru", "Lenta.ru", "media"),
    (["Газета.ру", "Gazeta.ru"], "Газета.Ru", "Gazeta.Ru", "media"),
    (["Первый канал"], "Первый канал", "Channel One Russia", "media"),
    (["Голос Америки"], "Голос Америки", "Voice of America", "media"),
    # the foreign outlets it cites most, under the name Russian text writes (Latin where it keeps it)
    (["Рейтер"], "Reuters", "Reuters", "media"),
    (["Блумберг"], "Bloomberg", "Bloomberg", "media"),
    (["Форбс"], "Forbes", "Forbes", "media"),
    (
        ["Associated Press", "Ассошиэйтед Пресс", "Ассошиэйтед пресс"],
        "Ассошиэйтед Пресс",
        "Associated Press",
        "media",
    ),
    (["Agence France-Presse", "Франс Пресс", "Франс-Пресс"], "Франс Пресс", "Agence France-Presse", "media"),
    (["BBC", "Би-би-си"], "Би-би-си", "BBC", "media"),
    (["Си-эн-эн"], "CNN", "CNN", "media"),
    (["New York Times"], "The New York Times", "The New York Times", "media"),
    (["Wall Street Journal"], "The Wall Street Journal", "The Wall Street Journal", "media"),
    (["Financial Times"], "Financial Times", "Financial Times", "media"),
    (["Washington Post"], "The Washington Post", "The Washington Post", "media"),
    (["Guardian"], "The Guardian", "The Guardian", "media"),
    (["Bild", "Бильд"], "Bild", "Bild", "media"),
    (["Spiegel", "Шпигель"], "Der Spiegel", "Der Spiegel", "media"),
    (["Le Monde", "Монд"], "Le Monde", "Le Monde", "media"),
    (["Al Jazeera", "Аль-Джазира"], "Аль-Джазира", "Al Jazeera", "media"),
]

# Short names of government bodies that the data does not key.
METONYMS: list[tuple[list[str], str, str]] = [
    (["Госдеп", "Госдепартамент"], "Государственный департамент США", "United States Department of State"),
]


# Other names of CLDR's M49 regions in Russian news.
REGION_ALIASES = {"143": ["Средняя Азия"]}

# Regions news name that CLDR has no code for (hand-written; Wikidata ids only
# from NEREL, when it links one of these names).
REGIONS: list[tuple[list[str], str]] = [
    (["Ближний Восток"], "Middle East"),
    (["Закавказье", "Южный Кавказ"], "South Caucasus"),
    (["Балканы", "Балканский полуостров"], "Balkans"),
    (["Прибалтика", "страны Балтии"], "Baltic states"),
    (["Персидский залив"], "Persian Gulf"),
    (["Арктика"], "Arctic"),
    (["Сектор Газа"], "Gaza Strip"),
    (["Азиатско-Тихоокеанский регион", "АТР"], "Asia-Pacific"),
    (["Индо-Тихоокеанский регион"], "Indo-Pacific"),
    (["Каспийское море", "Каспий"], "Caspian Sea"),
    (["Постсоветское пространство"], "Post-Soviet space"),
    (["Сахель"], "Sahel"),
    (["Магриб"], "Maghreb"),
    # Russian regions under the short names news use beside the official one
    (["Приморский край", "Приморье"], "Primorsky Krai"),
    (["Ставропольский край", "Ставрополье"], "Stavropol Krai"),
    (["Пермский край", "Прикамье"], "Perm Krai"),
    (["Забайкальский край", "Забайкалье"], "Zabaykalsky Krai"),
    (["Ямало-Ненецкий автономный округ", "ЯНАО", "Ямал"], "Yamalo-Nenets Autonomous Okrug"),
    (["Ханты-Мансийский автономный округ", "ХМАО", "Югра"], "Khanty-Mansi Autonomous Okrug"),
    (["Республика Саха", "Якутия"], "Sakha Republic"),
    (["Республика Башкортостан", "Башкортостан", "Башкирия"], "Bashkortostan"),
    (["Московская область", "Подмосковье"], "Moscow Oblast"),
    (["Ленинградская область", "Ленобласть"], "Leningrad Oblast"),
]

# Country names in common Russian use that CLDR lists under another form.
COUNTRY_ALIASES = {
    "BY": ["Белоруссия", "Республика Беларусь"],
    "US": ["США", "Соединённые Штаты Америки", "Америка"],
    "GB": ["Британия", "Соединённое Королевство"],
    "CN": ["КНР"],
    "KP": ["Северная Корея"],
    "KR": ["Южная Корея"],
    "AE": ["Объединённые Арабские Эмираты"],
    "CZ": ["Чешская Республика"],
    "MD": ["Молдова", "Молдавия"],
    "KG": ["Киргизия", "Кыргызстан"],
    "TR": ["Турецкая Республика"],
    "ZA": ["ЮАР", "Южно-Африканская Республика"],
    "DE": ["ФРГ"],
    "RU": ["РФ", "Российская Федерация"],
    "NL": ["Голландия"],
    "MK": ["Македония", "Республика Македония"],
}

ORG_KIND_CUES = (
    (
        "government",
        (
            "министерств",
            "правительств",
            "администрац",
            "служб",
            "ведомств",
            "парламент",
            "дума",
            "совет федерации",
            "прокуратур",
            "полиция",
            "суд",
            "комитет",
            "агентство по",
        ),
    ),
    ("party", ("партия",)),
    (
        "media",
        (
            "газета",
            "агентство",
            "телеканал",
            "радио",
            "издание",
            "журнал",
            "новости",
            "тасс",
            "риа",
            "интерфакс",
            "би-би-си",
            "bbc",
            "cnn",
            "reuters",
        ),
    ),
    (
        "company",
        (
            "компания",
            "корпорация",
            "концерн",
            "холдинг",
            "банк",
            "завод",
            "группа компаний",
            "ооо",
            "оао",
            "зао",
            "пао",
            "ао ",
        ),
    ),
)


@dataclass(slots=True)
class Row:
    id: str
    type: str
    ru: str
    en: str = ""
    kind: str = ""
    wikidata: str = ""
    aliases: list[str] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)
    sources: list[str] = field(default_factory=list)


def org_kind(name: str) -> str:
    """The kind a name's words tell, or "" to leave it to the article's context."""
    low = name.lower()
    for kind, cues in ORG_KIND_CUES:
        if any(cue in low for cue in cues):
            return kind
    return ""


# Lower-case head nouns written before an organisation's name in running text
# ("компании «Газпром»", "партии КПРФ", "газеты «Коммерсантъ»"), by kind: the
# extractor's own head nouns (`typing_rules.HEAD_NOUNS`), one word each.
HEAD_KIND_WORDS: dict[str, set[str]] = defaultdict(set)
for _head, (_type, _kind) in HEAD_NOUNS.items():
    if _type == "organization" and _kind and " " not in _head:
        HEAD_KIND_WORDS[_kind].add(_head.lower())
HEAD_BEFORE = re.compile(r"([А-Яа-яЁё]+)[\s«\"„“]*$")


def head_kind(before: str, text: str) -> str:
    """The kind a head noun before (or opening) one NEREL organisation mention tells, or ""."""
    words = [text.split(" ", 1)[0]] if text[:1].islower() else []
    match = HEAD_BEFORE.search(before[-40:])
    if match and (match[1][:1].islower() or match[1].isupper()):
        words.append(match[1])
    for word in words:
        lemma = morph().parse(word)[0].normal_form if not word.isupper() else word.lower()
        for kind, heads in HEAD_KIND_WORDS.items():
            if lemma in heads:
                return kind
    return ""


def voted_kind(votes: dict[str, set[str]]) -> str:
    """The kind that head nouns give an organisation in at least two NEREL documents,
    and in more documents than any other kind ("" when none does)."""
    ranked = sorted(((len(docs), kind) for kind, docs in votes.items()), reverse=True)
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] * 2 >= ranked[0][0]):
        return ""
    return ranked[0][1]


def gold_texts(gold_root: Path = GOLD) -> set[Path]:
    """The texts the project's gold sets annotate (their `doc.text_file`), resolved.

    The gazetteer must not learn names, types and Wikidata ids from the very
    articles the gold sets score, or those scores would flatter entity linking.
    """
    texts = set()
    for gold in sorted(gold_root.glob("*/*.json")):
        try:
            text_file = json.loads(gold.read_text(encoding="utf-8"))["doc"]["text_file"]
        except (ValueError, KeyError, TypeError):
            continue
        texts.add((gold.parent / text_file).resolve())
    return texts


def read_nerel(root: Path, skip: set[Path] = frozenset()) -> dict[str, Row]:
    """Aggregate NEREL's Wikidata-linked entities per id (documents whose text is in `skip` left out)."""
    rows: dict[str, Row] = {}
    types: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    generic: set[str] = set()
    for ann in sorted(root.glob("*/*.ann")):
        spans: dict[str, tuple[str, str]] = {}
        starts: dict[str, int] = {}
        links: list[tuple[str, str, str]] = []
        txt = ann.with_suffix(".txt")
        if txt.resolve() in skip:
            continue
        body = txt.read_text(encoding="utf-8") if txt.exists() else ""
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) == 3:
                spans[parts[0]] = (parts[1].split(" ", 1)[0], parts[2])
                offset = parts[1].split(" ")[1] if " " in parts[1] else ""
                if offset.isdigit():
                    starts[parts[0]] = int(offset)
            elif line.startswith("N") and len(parts) >= 2:
                match = re.match(r"Reference (T\d+) Wikidata:(Q\d+)$", parts[1])
                if match:
                    links.append((match[1], match[2], parts[2] if len(parts) > 2 else ""))
        for tid, qid, canonical in links:
            if tid not in spans or spans[tid][0] not in NEREL_TYPES:
                continue
            label, text = spans[tid]
            row = rows.setdefault(qid, Row(qid, "", "", wikidata=qid, sources=["nerel"]))
            types[qid][NEREL_TYPES[label]] += 1
            if NEREL_TYPES[label] == "organization" and tid in starts:
                kind = head_kind(body[: starts[tid]], text)
                if kind:
                    kinds[qid][kind].add(ann.stem)
            if is_name(text):
                row.forms[text] += 1
            if canonical and is_name(canonical):
                row.forms[canonical] += 0
                row.ru = row.ru or canonical
            elif canonical:
                generic.add(qid)
    for qid, row in rows.items():
        row.type = types[qid].most_common(1)[0][0]
        if not row.ru and row.forms:
            row.ru = row.forms.most_common(1)[0][0]
        if row.type != "person":
            row.ru = nominative_form(row.ru, row.forms)
        if row.type == "organization":
            row.kind = org_kind(row.ru) or voted_kind(kinds[qid])
            row.ru = without_legal_form(row.ru)
        row.forms = Counter({f: n for f, n in row.forms.items() if plausible(f, n, row.ru)})
        if row.type == "organization":
            row.forms = Counter({f: n for f, n in row.forms.items() if not offshoot(f, row.ru)})
    # A lower-case canonical name ("военно-морской флот") is a class of things,
    # not a named entity, whatever capitalised forms ("ВМС") link to it.
    return {qid: row for qid, row in rows.items() if row.ru and row.forms and qid not in generic}


def oblique(word: str) -> bool:
    """A dictionary word none of whose readings is in the nominative ("Минфине", "Службе")."""
    return morph().word_is_known(word.lower()) and all(p.tag.case != "nomn" for p in morph().parse(word))


def nominative_form(name: str, forms: Counter) -> str:
    """The name in the nominative: NEREL's canonical name is sometimes a form as the text had it.

    A dictionary word is put in the nominative ("Минфине", "Моссовета"); a word the dictionary
    does not know takes a form the texts used that is its lemma ("Росатома" -> "Росатом"); a name of
    several words takes a form of the same words whose first is nominative ("Службе безопасности").
    """
    words = name.split()
    if not words or not CYRILLIC_LETTER.search(words[0]) or name.isupper():
        return name
    key = lemma_key(name)
    if len(words) == 1 and oblique(name):
        # a plural reading of a foreign name ("Шарлотт", a city) is a misreading: left as it is
        parse = next((p for p in morph().parse(name) if p.tag.POS == "NOUN"), None)
        form = parse.inflect({"nomn"}) if parse and parse.tag.number == "sing" else None
        return match_case(form.word, name) if form is not None else name
    if len(words) == 1:
        guess = morph().parse(name)[0].tag
        if guess.POS != "NOUN" or guess.number != "sing" or guess.case == "nomn":
            return name
        found = [form for form in forms if surface_key(form) == key != surface_key(name)]
        return found[0] if found else name
    if not oblique(words[0]):
        return name
    found = [
        form
        for form, _ in forms.most_common()
        if lemma_key(form) == key and len(form.split()) == len(words) and not oblique(form.split()[0])
    ]
    return found[0] if found else name


# Words after a company's name that still name the company itself ("Samsung Group", "Netflix Inc").
CORPORATE_SUFFIXES = frozenset(
    {
        "group",
        "inc",
        "ltd",
        "llc",
        "plc",
        "corp",
        "corporation",
        "company",
        "co",
        "holding",
        "holdings",
        "enterprises",
        "software",
        "airlines",
        "international",
        "ag",
        "sa",
        "gmbh",
        "se",
        "nv",
    }
)


def offshoot(form: str, canonical: str) -> bool:
    """A form that is the canonical name followed by another name in the nominative is
    another organisation: a subsidiary or a branch NEREL linked to its parent
    ("CITIC Pacific" for CITIC, "ЛУКойл Западная Сибирь" for ЛУКойл). A genitive place
    after it ("МВД Египта") or a company suffix ("Samsung Group") is the same body."""
    if not form.lower().startswith(canonical.lower() + " "):
        return False
    rest = form[len(canonical) + 1 :].split()
    first = rest[0].strip(".,")
    if not first[:1].isupper() or first.lower() in CORPORATE_SUFFIXES:
        return False
    if not re.search("[а-яё]", first, re.IGNORECASE):
        return True
    tag = morph().parse(first)[0].tag
    return tag.case == "nomn" and "Abbr" not in tag and "Init" not in tag


LEGAL_FORM = re.compile(r"^(?:ООО|ОАО|ЗАО|ПАО|АО|НАО|ФГУП|ГУП|ТОО|АНО)\s+[«\"„“]?(.+?)[»\"”“]?$")


def without_legal_form(name: str) -> str:
    """A company's name without the legal form written before it ('ООО "Газэкспорт"' -> Газэкспорт)."""
    match = LEGAL_FORM.match(name)
    return match[1] if match else name


def plausible(form: str, count: int, canonical: str) -> bool:
    """Seen twice, or sharing a word with the canonical name: single odd links are
    annotation slips ("Союзом польских композиторов" linked to the USSR)."""
    if count >= 2 or form == canonical:
        return True
    return bool(set(lemma_key(form).split()) & set(lemma_key(canonical).split()))


def is_name(text: str) -> bool:
    """A proper name: starts with a capital or a digit, no line breaks."""
    return bool(text) and "\n" not in text and (text[0].isupper() or text[0].isdigit())


# Russian names of territories that rigour lists but CLDR does not name: the
# UK's constituent countries (English names and Wikidata ids come from rigour).
SUBDIVISION_NAMES = {
    "gb-eng": "Англия",
    "gb-sct": "Шотландия",
    "gb-wls": "Уэльс",
    "gb-nir": "Северная Ирландия",
}


def territories() -> list[Row]:
    ru, en = Locale("ru"), Locale("en")
    rows = []
    # First, so that "Англия" keys England, not the United Kingdom NEREL links it to.
    for terr in get_territories():
        if terr.code in SUBDIVISION_NAMES:
            name_ru = SUBDIVISION_NAMES[terr.code]
            rows.append(
                Row(
                    f"iso:{terr.code}",
                    "country",
                    name_ru,
                    en=terr.name,
                    wikidata=terr.qid or "",
                    sources=["rigour", "curated name"],
                    forms=Counter({name_ru: 1}),
                )
            )
    for terr in get_territories():
        if not terr.is_country:
            continue
        code = terr.code.upper()
        name_ru = ru.territories.get(code)
        row = Row(
            f"iso:{terr.code}",
            "country",
            name_ru or "",
            en=terr.name,
            wikidata=terr.qid or "",
            sources=["rigour", "babel"] if name_ru else ["rigour"],
        )
        if terr.full_name and terr.full_name != terr.name:
            row.aliases.append(terr.full_name)
        for alias in COUNTRY_ALIASES.get(code, []):
            row.aliases.append(alias)
        if name_ru:
            row.forms[name_ru] += 1
        rows.append(row)
    for code, name_ru in ru.territories.items():
        if code.isdigit() and code != "001":
            rows.append(
                Row(
                    f"m49:{code}",
                    "location",
                    name_ru,
                    en=en.territories.get(code, ""),
                    sources=["babel"],
                    forms=Counter({name_ru: 1}),
                    aliases=list(REGION_ALIASES.get(code, [])),
                )
            )
    return rows


def curated() -> list[Row]:
    rows = []
    for short, name_ru, name_en, kind in CURATED:
        row = Row(f"org:{short[0]}", "organization", name_ru, en=name_en, kind=kind, sources=["curated"])
        row.aliases = list(dict.fromkeys(short))
        row.forms[name_ru] += 1
        rows.append(row)
    for names, name_en in REGIONS:
        row = Row(
            f"region:{names[0]}",
            "location",
            names[0],
            en=name_en,
            sources=["curated region"],
            aliases=names[1:],
        )
        row.forms[names[0]] += 1
        rows.append(row)
    for names, name_ru, name_en in METONYMS:
        row = Row(
            f"gov:{names[0]}",
            "organization",
            name_ru,
            en=name_en,
            kind="government",
            sources=["curated"],
            aliases=[n for n in names if n != name_ru],
        )
        row.forms[name_ru] += 1
        rows.append(row)
    return rows


PROPER = {"Geox", "Name", "Surn", "Orgn", "Abbr", "Trad"}


def form_ok(form: str, type_: str) -> bool:
    """Keep multiword names, and single words that are clearly names.

    NEREL links some common nouns and fragments ("Федерации", "Агентства") and
    first names alone; as lookup keys they would misfire in other texts.
    """
    words = form.split()
    if len(words) > 1:
        return type_ != "person" or len(words) <= 4
    if type_ == "person" or not parse_ok(form):
        return False
    word = words[0].strip(".,-")
    if not re.search("[а-яё]", word, re.IGNORECASE) or (word.isupper() and len(word) > 1):
        return True
    parses = morph().parse(word)
    if any(PROPER & set(p.tag.grammemes) for p in parses[:2]):
        return True
    return not morph().word_is_known(word) and not word.endswith(("о", "е"))


def form_keys(row: Row) -> list[tuple[str, str]]:
    """(lemma key, surface key) of each usable form; curated names are trusted as written."""
    trusted = any(source.startswith("curated") for source in row.sources)
    pairs = []
    for form in dict.fromkeys([row.ru, *row.aliases, *row.forms]):
        if form and (trusted or form_ok(form, row.type)):
            pairs.append((lemma_key(form), surface_key(form)))
    return [(lemma, surface) for lemma, surface in pairs if lemma and surface]


def keys_of(row: Row) -> list[str]:
    return list(dict.fromkeys(k for pair in form_keys(row) for k in pair))


def country_keys(rows: list[Row]) -> set[str]:
    return {
        lemma_key(name) for row in rows if row.type == "country" for name in [row.ru, *row.aliases] if name
    }


def names_country(key: str, countries: set[str]) -> bool:
    padded = f" {key} "
    return any(f" {country} " in padded for country in countries)


def drop_countryless_forms(nerel: dict[str, Row], countries: set[str]) -> None:
    """A form that leaves out the country its entity's name has ("МИД" for the
    Russian ministry, "ВМС" for the US Navy) names that body in every country:
    as a key it would misfire ("МИД Индии")."""
    for row in nerel.values():
        if row.type == "country" or not names_country(lemma_key(row.ru), countries):
            continue
        row.forms = Counter(
            {form: n for form, n in row.forms.items() if names_country(lemma_key(form), countries)}
        )


CYRILLIC_LETTER = re.compile("[а-яё]", re.IGNORECASE)


def usual_name(row: Row) -> str:
    """The name news use most ("США" over CLDR's "Соединенные Штаты",
    "Белоруссия" over "Беларусь"); CLDR's name when none is used more.

    Forms are counted per lemma, over every case ("Белоруссии" counts for
    "Белоруссия"), and a name must be a noun phrase in the nominative: an
    adjective ("Польский") never names a country.
    """
    total = sum(row.forms.values())
    counts: Counter = Counter()
    names: dict[str, str] = {lemma_key(row.ru): row.ru} if row.ru else {}
    for form, count in row.forms.items():
        if not CYRILLIC_LETTER.search(form):  # a Russian name ("Australian" is a NEREL form, not one)
            continue
        if form.isupper():
            # An acronym is the usual name only when it outnumbers every other form
            # together (США; not РФ, mostly "Российской Федерации" in short).
            if 2 * count > total:
                counts[form] += count
                names[form] = form
            continue
        key = lemma_key(form)
        counts[key] += count
        if key == surface_key(form) and morph().parse(form.split()[-1])[0].tag.POS != "ADJF":
            names.setdefault(key, form)
    if not names:
        return row.ru
    default = lemma_key(row.ru) if row.ru else None
    best = max(names, key=lambda key: (counts[key], key == default))
    return names[best]


def merge(rows: list[Row], nerel: dict[str, Row]) -> list[Row]:
    """Attach NEREL's forms and ids to the rigour/babel/curated rows they name."""
    drop_countryless_forms(nerel, country_keys(rows))
    by_qid = {row.wikidata: row for row in rows if row.wikidata}
    by_key: dict[str, Row] = {}
    for row in rows:
        for key in keys_of(row):
            by_key.setdefault(key, row)
    used: set[str] = set()
    for qid, nrow in nerel.items():
        target = by_qid.get(qid)
        if target is None and nrow.type in ("country", "location", "organization"):
            target = next((by_key[k] for k in keys_of(nrow) if k in by_key), None)
            if target is not None and (target.wikidata or nrow.type not in (target.type, "location")):
                target = None
            if target is not None and lemma_key(nrow.ru) not in keys_of(target):
                target = None  # NEREL's Computer Bild, once written `Bild`, is not the curated Bild
        if target is None or target.id.startswith("gov:"):
            continue
        used.add(qid)
        if not target.wikidata:
            target.wikidata = qid
            target.sources.append("wikidata from nerel")
        target.forms.update(nrow.forms)
        target.ru = target.ru or nrow.ru  # CLDR has no Russian name for former states (СССР)
        if target.type == "country":
            usual = usual_name(target)
            if usual != target.ru:
                target.aliases.insert(0, target.ru)
                target.ru = usual
        if nrow.ru != target.ru and nrow.ru not in target.aliases:
            target.aliases.append(nrow.ru)
        if "nerel" not in target.sources:
            target.sources.append("nerel")
    rest = [row for qid, row in nerel.items() if qid not in used]
    # Frequent NEREL entities win key collisions among themselves.
    rest.sort(key=lambda row: -sum(row.forms.values()))
    return rows + rest


def write(rows: list[Row], out: Path) -> int:
    seen: dict[str, str] = {}
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        # A form whose lemma key an earlier row holds belongs to that row: the
        # inflected surface ("Белого дома") must not outrank it.
        pairs = [pair for pair in form_keys(row) if pair[0] not in seen]
        keys = [k for k in dict.fromkeys(k for pair in pairs for k in pair) if k not in seen]
        for key in keys:
            seen[key] = row.id
        if not keys or not row.ru:
            continue
        aliases = [a for a in dict.fromkeys(row.aliases) if a != row.ru]
        fields = [
            row.id,
            row.type,
            row.kind,
            row.ru,
            row.en,
            row.wikidata,
            "|".join(aliases),
            "|".join(keys),
            "+".join(dict.fromkeys(row.sources)),
        ]
        lines.append("\t".join(f.replace("\t", " ") for f in fields))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nerel", type=Path, default=NEREL)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    skip = gold_texts()
    nerel = read_nerel(args.nerel, skip)
    print(f"left out {len(skip)} texts annotated by the gold sets under {GOLD}")
    # Curated and territory rows come first: they win key collisions.
    rows = merge(curated() + territories(), nerel)
    count = write(rows, args.out)
    print(f"wrote {count} rows to {args.out}")


if __name__ == "__main__":
    main()
