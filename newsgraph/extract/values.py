"""Normalised values in Russian and English text: money, counts, dates, calibres, statuses.

Each ``find_*`` returns every value in a text with its character span; each
``parse_*`` returns the first one, or None. They work on plain strings, so
they are usable without the pipeline::

    >>> parse_money("около 2 миллиардов рублей")
    Money(amount=2000000000.0, currency='RUB', qualifier='estimate', start=0, stop=25, ...)
    >>> parse_date("в прошлом году", published="2025-12-18").value
    '2024'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from newsgraph.extract.numbers import DIGITS, as_int, number_word_re, parse_number, scale_words

# --- money ------------------------------------------------------------------

# Currency words as regex stems (any case ending) and symbols → ISO 4217.
CURRENCY_WORDS: tuple[tuple[str, str], ...] = (
    (r"белорусск\w*\s+рубл\w*", "BYN"),
    (r"злот\w*|zlotys?|zł|pln", "PLN"),
    (r"форинт\w*|forints?|huf", "HUF"),
    (r"чешск\w*\s+крон\w*|czech\s+korun[ay]|czk", "CZK"),
    (r"шведск\w*\s+крон\w*|swedish\s+kronor|sek", "SEK"),
    (r"норвежск\w*\s+крон\w*|norwegian\s+kroner|nok", "NOK"),
    (r"датск\w*\s+крон\w*|danish\s+kroner|dkk", "DKK"),
    (r"сербск\w*\s+динар\w*|serbian\s+dinars?|rsd", "RSD"),
    (r"румынск\w*\s+ле[йяи]\w*|romanian\s+lei|ron", "RON"),
    (r"доллар\w*(?:\s+сша)?|долл\.?|dollars?|usd|us\$", "USD"),
    (r"евро|euros?|eur", "EUR"),
    (r"рубл\w*|руб\.?|roubles?|rubles?|rub", "RUB"),
    (r"тенге|tenge|kzt", "KZT"),
    (r"юан\w*|yuan|renminbi|cny|rmb", "CNY"),
    (r"фунт\w*(?:\s+стерлингов)?|pounds?(?:\s+sterling)?|gbp", "GBP"),
    (r"гривн\w*|гривен|грн\.?|hryvni?as?|uah", "UAH"),
    (r"турецк\w*\s+лир\w*|лир\w*|lira|try", "TRY"),
    (r"иен\w*|йен\w*|yen|jpy", "JPY"),
    (r"сомони|somoni|tjs", "TJS"),
    (r"сом\w{0,2}|som|kgs", "KGS"),
    (r"сум\w{0,2}|uzs", "UZS"),
    (r"манат\w*|manat|azn", "AZN"),
    (r"драм\w*|dram|amd", "AMD"),
    (r"лари|lari|gel", "GEL"),
    (r"рупи\w*|rupees?|inr", "INR"),
    (r"швейцарск\w*\s+франк\w*|swiss\s+francs?|chf", "CHF"),
    (r"вон\w{0,2}|won|krw", "KRW"),
    (r"шекел\w*|shekels?|ils", "ILS"),
    (r"дирхам\w*|dirhams?|aed", "AED"),
    (r"риал\w*|riyals?|rials?|sar", "SAR"),
)
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "₽": "RUB",
    "₸": "KZT",
    "£": "GBP",
    "¥": "CNY",
    "₴": "UAH",
    "₺": "TRY",
    "₹": "INR",
    "₩": "KRW",
    "₪": "ILS",
    "USD": "USD",
    "EUR": "EUR",
    "RUB": "RUB",
    "KZT": "KZT",
    "CNY": "CNY",
    "GBP": "GBP",
}
QUALIFIER_CUES: tuple[tuple[str, str], ...] = (
    (
        r"около|порядка|примерно|приблизительно|ориентировочно|почти|оцениваетс\w+|оценивают\w*|"
        r"оценен\w*|оценочно|about|around|approximately|roughly|some|nearly|almost|estimated|"
        r"an estimated|valued at|по оценкам",
        "estimate",
    ),
    (r"более|больше|свыше|более чем|не менее|как минимум|over|more than|at least|upwards of", "more_than"),
    (r"до|не более|менее|меньше|up to|less than|under", "up_to"),
)
NUMBER = rf"(?:{DIGITS})"


@dataclass(slots=True)
class Money:
    amount: float
    currency: str
    qualifier: str | None = None
    start: int = 0
    stop: int = 0
    text: str = ""

    def to_object(self) -> dict:
        return {"money": {"amount": as_int(self.amount), "currency": self.currency}}


@cache
def _money_res() -> tuple[re.Pattern, re.Pattern]:
    currency = "|".join(f"(?:{word})" for word, _ in CURRENCY_WORDS)
    symbols = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    scales = "|".join(re.escape(w) for w in sorted(scale_words(), key=len, reverse=True))
    amount = rf"(?P<num>{NUMBER}|{number_word_re()})"
    scale = rf"(?P<scale>(?:{scales})\.?)"
    # "$3 млрд", "€ 2,5 billion", "US$4bn"
    prefixed = re.compile(
        rf"(?P<sym>{symbols})\s?(?P<num>{NUMBER})(?:\s?(?P<scale>(?:{scales})\.?)(?!\w))?", re.I
    )
    # "1,5 млрд долл.", "миллиард долларов", "500 млн тенге", "2 billion USD"
    suffixed = re.compile(
        rf"(?<![\w.,])(?:{amount}[\s\u00a0]*(?:-\s*)?)?(?:{scale}[\s\u00a0]*)?"
        rf"(?:(?P<sym>{symbols})|(?P<cur>{currency}))(?![\w$€£¥])",
        re.I,
    )
    return prefixed, suffixed


def _currency_code(match: re.Match) -> str | None:
    if match.group("sym"):
        return CURRENCY_SYMBOLS.get(match.group("sym").upper(), CURRENCY_SYMBOLS.get(match.group("sym")))
    word = match.group("cur").lower()
    for pattern, code in CURRENCY_WORDS:
        if re.fullmatch(pattern, word, re.I):
            return code
    return None


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 40) : start].lower()
    for cues, qualifier in QUALIFIER_CUES:
        if re.search(rf"(?:^|[^\w])(?:{cues})(?:\s+(?:в|на|at|to|чем|than))?\s*$", before):
            return qualifier
    return None


def _scale_value(raw: str | None) -> float | None:
    if not raw:
        return None
    return scale_words().get(raw.lower().rstrip("."))


def find_money(text: str) -> list[Money]:
    """Every amount of money in the text, with currency and qualifier."""
    prefixed, suffixed = _money_res()
    english = bool(re.search(r"[a-z]{3}", text, re.I)) and not re.search(r"[а-яё]", text, re.I)
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for pattern in (prefixed, suffixed):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            number = parse_number(m.group("num"), english=english) if m.group("num") else None
            scale = _scale_value(m.group("scale"))
            if number is None and scale is None:
                continue
            code = _currency_code(m)
            if code is None:
                continue
            amount = (number if number is not None else 1.0) * (scale or 1.0)
            start = m.start()
            while start < m.end() and text[start].isspace():
                start += 1
            taken.append((start, m.end()))
            found.append(Money(amount, code, _qualifier(text, start), start, m.end(), text[start : m.end()]))
    return sorted(found, key=lambda money: money.start)


def parse_money(text: str) -> Money | None:
    found = find_money(text)
    return found[0] if found else None


# --- counts -----------------------------------------------------------------


@dataclass(slots=True)
class Count:
    value: float
    noun: str  # the counted word as written ("заводов"), "" when none follows
    start: int = 0
    stop: int = 0


@cache
def _count_re() -> re.Pattern:
    # a number, optional adjectives ("новых", "new"), then the counted noun
    return re.compile(
        rf"(?<![\w.,])(?P<num>{NUMBER}|{number_word_re()})(?![\w.,]\d)"
        rf"(?:\s+(?P<noun>(?:[а-яёa-z-]+\s+){{0,2}}[а-яёa-z-]+))?",
        re.I,
    )


def find_counts(text: str) -> list[Count]:
    """Numbers with what they count: ``"четырех заводов"`` → 4, "четырех заводов"."""
    found = []
    for m in _count_re().finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        found.append(Count(value, m.group("noun") or "", m.start(), m.end()))
    return found


def parse_count(text: str) -> Count | None:
    found = find_counts(text)
    return found[0] if found else None


# --- dates ------------------------------------------------------------------

RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма[йяе]",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
EN_MONTHS = (
    "jan(?:uary)?",
    "feb(?:ruary)?",
    "mar(?:ch)?",
    "apr(?:il)?",
    "may",
    "june?",
    "july?",
    "aug(?:ust)?",
    "sep(?:t(?:ember)?)?",
    "oct(?:ober)?",
    "nov(?:ember)?",
    "dec(?:ember)?",
)
RU_WEEKDAYS = ("понедельник", "вторник", "сред[ау]", "четверг", "пятниц[ау]", "суббот[ау]", "воскресенье")
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The preposition before a date says how the date relates to the event.
RELATIONS: tuple[tuple[str, str], ...] = (
    (
        r"к(?:о)?(?:\s+(?:концу|началу|середине))?|до\s+конца|не\s+позднее|by(?:\s+the\s+end\s+of)?|"
        r"no\s+later\s+than",
        "by",
    ),
    (r"начиная\s+с|с(?:о)?|since|from|starting", "since"),
    (r"до|until|till|before|по", "until"),
    (r"в(?:о)?|на|in|on|during|at", "in"),
)
RELATIVE_DAYS = {
    "сегодня": 0,
    "вчера": -1,
    "позавчера": -2,
    "завтра": 1,
    "послезавтра": 2,
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
}
RELATIVE_YEARS = (
    (r"(?:в\s+)?(?:прошлом|прошедшем|минувшем)\s+году|last\s+year", -1),
    (r"(?:в\s+)?(?:этом|текущем|нынешнем)\s+году|this\s+year", 0),
    (r"(?:в\s+)?(?:следующем|будущем|наступающем)\s+году|next\s+year", 1),
    (r"(?:в\s+)?позапрошлом\s+году", -2),
    # genitive after a part of the year: "к концу следующего года", "во втором квартале прошлого года"
    (r"(?:прошлого|прошедшего|минувшего)\s+года", -1),
    (r"(?:этого|текущего|нынешнего)\s+года", 0),
    (r"(?:следующего|будущего|наступающего)\s+года", 1),
)
# A part of the year between the preposition and a relative year ("на второй квартал следующего года").
YEAR_PART = (
    r"(?:(?:перв|втор|трет|четв[её]рт)\w*\s+(?:квартал\w*|полугоди\w*)|"
    r"(?:конц|начал|середин|осен|весн|зим|лет)[еуоиаяь]\w*)"
)
RELATIVE_MONTHS = (
    (r"(?:в\s+)?(?:прошлом|прошедшем|минувшем)\s+месяце|last\s+month", -1),
    (r"(?:в\s+)?(?:этом|текущем)\s+месяце|this\s+month", 0),
    (r"(?:в\s+)?(?:следующем|будущем)\s+месяце|next\s+month", 1),
)
AGO_UNITS = {
    "год": "year",
    "лет": "year",
    "года": "year",
    "year": "year",
    "years": "year",
    "месяц": "month",
    "месяца": "month",
    "месяцев": "month",
    "month": "month",
    "months": "month",
    "день": "day",
    "дня": "day",
    "дней": "day",
    "day": "day",
    "days": "day",
    "неделю": "week",
    "недели": "week",
    "недель": "week",
    "week": "week",
    "weeks": "week",
}


@dataclass(slots=True)
class DateValue:
    value: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    relation: str | None = None  # by, since, until, in
    start: int = 0
    stop: int = 0
    relative: bool = False

    def to_object(self) -> dict:
        return {"date": self.value}


def _published(published: str | dt.date | None) -> dt.date | None:
    if published is None:
        return None
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _month_index(word: str, months: tuple[str, ...]) -> int | None:
    for i, stem in enumerate(months):
        if re.match(rf"(?:{stem})", word, re.I):
            return i + 1
    return None


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


@cache
def _date_res() -> list[tuple[str, re.Pattern]]:
    rel = "|".join(f"(?:{r})" for r, _ in RELATIONS)
    prep = rf"(?:(?P<prep>{rel})\s+)?"
    ru_month = "|".join(f"{m}\\w*" for m in RU_MONTHS)
    en_month = "|".join(EN_MONTHS)
    year_word = r"(?:\s*(?:-?(?:м|го|му|й)\s+)?(?:год\w*|г\.|гг\.))?"
    number = rf"(?:\d+|{number_word_re()})"
    patterns = [
        ("iso", rf"{prep}(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("dotted", rf"{prep}\b(?P<d>[0-3]?\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d\d)\b"),
        ("ru_dmy", rf"{prep}\b(?P<d>[0-3]?\d)\s+(?P<mon>{ru_month})(?:\s+(?P<y>(?:19|20)\d\d){year_word})?"),
        (
            "en_mdy",
            rf"{prep}\b(?P<mon>{en_month})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
        ),
        (
            "en_dmy",
            rf"{prep}\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{en_month})\b(?:,?\s+(?P<y>(?:19|20)\d\d))?",
        ),
        ("ru_my", rf"{prep}\b(?P<mon>{ru_month})(?:\s+(?P<y>(?:19|20)\d\d){year_word})?"),
        ("en_my", rf"{prep}\b(?P<mon>{en_month})\.?\s+(?P<y>(?:19|20)\d\d)\b"),
        ("year", rf"{prep}\b(?P<y>(?:19|20)\d\d)(?!\d|[.,]\d|\s*(?:мм|mm|км|тонн|\$|%))(?:{year_word})"),
        (
            "ago",
            rf"\b(?P<n>{number})?\s*(?P<unit>год|года|лет|месяц\w*|дн\w+|день|недел\w+|years?|months?|days?|weeks?)\s+(?:назад|тому\s+назад|ago)",
        ),
        (
            "in_n",
            rf"\b(?:через|in)\s+(?P<n>{number})?\s*(?P<unit>год|года|лет|месяц\w*|дн\w+|день|недел\w+|years?|months?|days?|weeks?)\b(?!\s+(?:назад|ago))",
        ),
        (
            "weekday",
            rf"\b(?:в|во|on|last|this)\s+(?:(?:прошлую|прошлый|минувшую|минувший)\s+)?(?P<wd>{'|'.join(RU_WEEKDAYS + EN_WEEKDAYS)})\b",
        ),
        ("day", rf"\b(?P<rd>{'|'.join(RELATIVE_DAYS)})\b"),
        (
            "rel_year",
            rf"{prep}\b(?:{YEAR_PART}\s+)?(?P<ry>{'|'.join(f'(?:{r})' for r, _ in RELATIVE_YEARS)})\b",
        ),
        ("rel_month", rf"\b(?P<rm>{'|'.join(f'(?:{r})' for r, _ in RELATIVE_MONTHS)})\b"),
    ]
    return [(name, re.compile(p, re.I)) for name, p in patterns]


def _relation(prep: str | None) -> str | None:
    if not prep:
        return None
    for pattern, relation in RELATIONS:
        if re.fullmatch(pattern, prep.strip(), re.I):
            return relation
    return None


def _resolve(kind: str, m: re.Match, pub: dt.date | None) -> tuple[str, bool] | None:
    groups = m.groupdict()
    if kind in ("iso", "dotted"):
        return f"{groups['y']}-{int(groups['m']):02d}-{int(groups['d']):02d}", False
    if kind in ("ru_dmy", "en_mdy", "en_dmy", "ru_my", "en_my"):
        months = RU_MONTHS if kind.startswith("ru") else EN_MONTHS
        month = _month_index(groups["mon"], months)
        if month is None or (kind == "ru_my" and not groups.get("y") and not pub):
            return None
        year = groups.get("y") or (str(pub.year) if pub else None)
        if year is None:
            return None
        if groups.get("d"):
            return f"{year}-{month:02d}-{int(groups['d']):02d}", not groups.get("y")
        return f"{year}-{month:02d}", not groups.get("y")
    if kind == "year":
        return groups["y"], False
    if pub is None:
        return None
    if kind in ("ago", "in_n"):
        n = parse_number(groups["n"]) if groups.get("n") else 1
        if n is None:
            return None
        n = int(n) * (-1 if kind == "ago" else 1)
        unit = AGO_UNITS.get(groups["unit"].lower(), groups["unit"].lower())
        if unit.startswith(("год", "year", "лет")):
            return str(pub.year + n), True
        if unit.startswith(("месяц", "month")):
            year, month = _shift_months(pub, n)
            return f"{year}-{month:02d}", True
        days = n * (7 if unit.startswith(("недел", "week")) else 1)
        return (pub + dt.timedelta(days=days)).isoformat(), True
    if kind == "weekday":
        word = groups["wd"].lower()
        index = next(i % 7 for i, w in enumerate(RU_WEEKDAYS + EN_WEEKDAYS) if re.fullmatch(w, word))
        back = (pub.weekday() - index) % 7
        return (pub - dt.timedelta(days=back)).isoformat(), True
    if kind == "day":
        return (pub + dt.timedelta(days=RELATIVE_DAYS[groups["rd"].lower()])).isoformat(), True
    if kind == "rel_year":
        for pattern, shift in RELATIVE_YEARS:
            if re.fullmatch(pattern, groups["ry"], re.I):
                return str(pub.year + shift), True
    if kind == "rel_month":
        for pattern, shift in RELATIVE_MONTHS:
            if re.fullmatch(pattern, groups["rm"], re.I):
                year, month = _shift_months(pub, shift)
                return f"{year}-{month:02d}", True
    return None


def find_dates(text: str, published: str | dt.date | None = None) -> list[DateValue]:
    """Absolute, partial and relative dates; relative ones need `published` to resolve."""
    pub = _published(published)
    found: list[DateValue] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _date_res():
        for m in pattern.finditer(text):
            start, stop = m.start(), m.end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if any(s < stop and start < e for s, e in taken):
                continue
            resolved = _resolve(kind, m, pub)
            if resolved is None:
                continue
            value, relative = resolved
            taken.append((start, stop))
            relation = _relation(m.groupdict().get("prep"))
            if kind == "ago":
                relation = "in"
            found.append(DateValue(value, relation, start, stop, relative))
    return sorted(found, key=lambda d: d.start)


def parse_date(text: str, published: str | dt.date | None = None) -> DateValue | None:
    found = find_dates(text, published)
    return found[0] if found else None


# --- calibres ---------------------------------------------------------------


@dataclass(slots=True)
class Calibre:
    mm: float
    start: int = 0
    stop: int = 0


CALIBRE_UNIT = r"(?:мм|mm|миллиметр\w*|millimet(?:er|re)s?)\b"
CALIBRE_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
CALIBRE_RE = re.compile(
    rf"(?<![\w.,])(?P<list>(?:{CALIBRE_NUMBER}\s*-?\s*(?:,\s+|\s(?:и|and|or|или)\s+|/)\s*)*)"
    rf"(?P<num>{CALIBRE_NUMBER})\s*[-‑–]?\s*{CALIBRE_UNIT}",
    re.I,
)


def find_calibres(text: str) -> list[Calibre]:
    """``"120-мм"``, ``"105 mm"``, ``"122- и 152-мм"`` (both), ``"7,62-мм"`` → millimetres."""
    found = []
    for m in CALIBRE_RE.finditer(text):
        for n in re.finditer(CALIBRE_NUMBER, m.group("list")):
            found.append(
                Calibre(
                    float(n.group().replace(",", ".")), m.start("list") + n.start(), m.start("list") + n.end()
                )
            )
        found.append(Calibre(float(m.group("num").replace(",", ".")), m.start("num"), m.end()))
    return found


def parse_calibre(text: str) -> Calibre | None:
    found = find_calibres(text)
    return found[0] if found else None


# --- statuses ---------------------------------------------------------------

# Word-form patterns (not lemmas: tense matters, "строится" is not "построят").
STATUS_CUES: tuple[tuple[str, str], ...] = (
    (
        r"приостановлен\w*|приостановил\w*|заморожен\w*|заморозил\w*|остановлен[аоы]?|"
        r"остановил[аио]?\s+(?:работу|производство|выпуск|конвейер)|простаивает|"
        r"suspended|halted|paused|frozen|mothballed",
        "suspended",
    ),
    (
        r"отмен[её]н\w*|отменил\w*|свернут\w*|свернул\w*|закрыт[аоы]?|закрыл\w*|ликвидирован\w*|"
        r"отказал\w*\s+от|cancell?ed|scrapped|abandoned|shut\s+down|closed",
        "cancelled",
    ),
    (
        r"строительств\w+(?:\s+[\w-]+){0,4}?\s+(?:уже\s+)?(?:вед[её]тся|ид[её]т|продолжается)|"
        r"строится|строятся|строящ\w+|начал[оаи]?сь\s+строительство|начат[оа]?\s+строительство|"
        r"приступил\w*\s+к\s+строительству|начал[аи]?\s+строительство|начали\s+строить|"
        r"строительств\w+(?:\s+[\w«»\"-]+){0,5}?\s+началось|возводится|возводятся|возводим\w+|сооружается|сооружаются|"
        r"вед[её]тся\s+строительство|ид[её]т\s+строительство|продолжается\s+строительство|"
        r"находится\s+в\s+стадии\s+строительства|(?:на|в)\s+стадии\s+(?:строительства|возведения|монтажа|"
        r"пусконаладк\w+|пусконаладочных\s+работ|fit-out|отделки|оснащения)|"
        r"проход\w*\s+реконструкци\w+|на\s+реконструкции|реконструируется|модернизируется|"
        r"under\s+construction|(?:is|are)\s+being\s+built|being\s+constructed",
        "under_construction",
    ),
    (
        r"запущен[аоы]?|введен[аоы]?\s+в\s+(?:эксплуатацию|строй)|введ[её]н\s+в\s+(?:эксплуатацию|строй)|"
        r"введ[её]н\w*\s+в\s+(?:коммерческую|промышленную|опытную)\s+эксплуатацию|сдан[аоы]?\s+в\s+эксплуатацию|"
        r"находится\s+в\s+эксплуатации|эксплуатируется|возобновил[аио]?\s+(?:работу|производство|выпуск)|вступил\w*\s+в\s+строй|заработал[аои]?|начал[аои]?\s+(?:выпуск|производство|работу|выпускать|"
        r"производить)|работает|работают|функционирует|функционируют|действует|действуют|"
        r"открыт[аоы]?|открылся|открылась|открыл[аи]?|запустил[аи]?|began\s+production|started\s+production|"
        r"(?:is|are)\s+(?:now\s+)?(?:operational|operating|in\s+operation)|came\s+online|"
        r"was\s+(?:launched|commissioned|opened)",
        "operating",
    ),
    (
        r"строительств\w+(?:\s+[\w«»\"-]+){0,5}?\s+(?:начн[её]тся|стартует)|начн[её]тся\s+строительство|"
        r"планиру\w+|запланирован\w*|будет\s+построен\w*|будут\s+построены|будет\s+создан\w*|"
        r"намерен\w*\s+построить|предполагается|собираются\s+построить|проектируется|"
        r"(?:на|в)\s+стадии\s+(?:проектирования|проектной\s+документации|разработки\s+проект\w*|"
        r"проектно-изыскательских\s+работ|экспертизы|согласования)|"
        r"начн[уеё]т\s+(?:строить|возводить|сооружать)|(?:строить|возводить)(?:\s+[\w-]+){0,3}?\s+начн[уеё]т|"
        r"начн[её]тся\s+(?:возведение|сооружение)|"
        r"planned|(?:is|are)\s+to\s+be\s+built|will\s+be\s+built|plans?\s+to\s+build|proposed",
        "planned",
    ),
)
# A status verb under these is a plan or a modal, not a status ("должен заработать").
FUTURE_MARKERS = (
    r"(?:будет|будут|должен|должна|должно|должны|может|могут|планирует\w*|планируется|will|should|may|to\s+be)"
    r"(?:\s+быть|\s+be)?\s+$"
)


@dataclass(slots=True)
class StatusValue:
    status: str
    start: int = 0
    stop: int = 0
    negated: bool = False


@cache
def _status_res() -> list[tuple[str, re.Pattern]]:
    return [(status, re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.I)) for cues, status in STATUS_CUES]


def find_statuses(text: str) -> list[StatusValue]:
    """``"строится"`` → under_construction, ``"начал выпуск"`` → operating, ``"планируется"`` → planned."""
    found: list[StatusValue] = []
    taken: list[tuple[int, int]] = []
    for status, pattern in _status_res():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = text[max(0, m.start() - 30) : m.start()].lower()
            if status in ("operating", "under_construction") and re.search(FUTURE_MARKERS, before):
                continue
            negated = bool(re.search(r"(?:^|\s)(?:не|not|never|ещё\s+не|еще\s+не)\s+$", before))
            taken.append((m.start(), m.end()))
            found.append(StatusValue(status, m.start(), m.end(), negated))
    return sorted(found, key=lambda s: s.start)


def parse_status(text: str) -> str | None:
    found = [s for s in find_statuses(text) if not s.negated]
    return found[0].status if found else None
