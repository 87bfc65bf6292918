"""Lexicons of reported speech in Russian (and English): cue verbs, frames, speaker nouns.

Lemmas are those natasha's lemmatiser gives (lower case). These lists describe
the language, not any one article: add a word when a real text shows it is
missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.model import Token

# Verbs of saying: they introduce or close a direct quote, and with a
# `что`-clause or `о`+noun they report speech.
SPEECH_VERBS = frozenset(
    """
    сказать говорить заявить заявлять отметить отмечать подчеркнуть подчёркивать подчеркивать
    добавить добавлять напомнить напоминать пояснить пояснять сообщить сообщать рассказать
    рассказывать предупредить предупреждать заключить заключать констатировать признать
    признавать признаться уточнить уточнять указать указывать ответить отвечать возразить
    возражать заверить заверять пообещать обещать призвать призывать резюмировать
    высказаться высказываться выразить отчитаться объяснить объяснять прокомментировать
    комментировать написать писать процитировать цитировать опровергнуть опровергать
    утверждать утвердить настаивать настоять заметить замечать сетовать посетовать
    пожаловаться жаловаться рассуждать поделиться спросить спрашивать задаться
    акцентировать обратить информировать проинформировать анонсировать объявить объявлять
    повторить повторять дополнить уверить убеждать уверять отрицать подтвердить подтверждать
    воскликнуть произнести пошутить добавлять иронизировать съиронизировать
    мотивировать обосновать обосновывать
    передать передавать цитировать сформулировать прогнозировать спрогнозировать предсказать предсказывать
    предположить предполагать допустить допускать признавать охарактеризовать выступить поздравить пожелать обратиться обращаться приветствовать
    поблагодарить благодарить извиниться пригрозить грозить потребовать требовать
    упомянуть упоминать отшутиться отозваться отзываться крикнуть кричать
    намекнуть намекать парировать подытожить обвинить обвинять поведать похвастаться
    постановить постановлять
    высказать высказывать
    возмутиться возмущаться негодовать сокрушаться
    выражать попросить просить вспомнить вспоминать уведомить уведомлять разъяснить разъяснять доложить докладывать
    предостеречь предостерегать оговориться
    рекомендовать порекомендовать советовать посоветовать предложить предлагать
    известить извещать
    признаваться сознаться сознаваться хвастаться поклясться клясться делиться
    рапортовать отрапортовать гарантировать шутить шепнуть озвучить озвучивать
    оповестить оповещать
    сослаться ссылаться аргументировать успокоить успокаивать подсчитать
    """.split()
)

# `дал понять, что …`: the verb of giving and the infinitive `понять` say it without saying it outright.
GIVING_TO_UNDERSTAND = frozenset("дать давать".split())
UNDERSTOOD = frozenset({"понять"})

# Verbs that attribute only a quotation they follow (`«…», — продолжил он`):
# with a `что`-clause they report nothing.
DIRECT_ONLY_CUES = frozenset(
    "продолжить продолжать начать завершить закончить отреагировать реагировать".split()
)

# Verbs that report speech only before a colon and the words set off as the next paragraph
# (`Внук свидетельствовал о его смерти: ¶ Да, это правда`); `данные свидетельствуют о …` is no speech.
COLON_ONLY_CUES = frozenset("свидетельствовать засвидетельствовать".split())

# Verbs by which an outlet quotes someone: the speaker is their object.
QUOTING_VERBS = frozenset("цитировать процитировать привести приводить".split())

# Verbs and short adjectives of opinion: they report a view with a `что`-clause.
OPINION_VERBS = frozenset(
    """
    считать полагать думать верить уверенный убежденный убеждённый убедить уверить
    убеждать надеяться опасаться бояться сомневаться подозревать ожидать рассчитывать
    согласный согласиться соглашаться уверять посчитать счесть исключить исключать
    усомниться
    """.split()
)

# Impersonal and passive cues with no speaker: "сообщается, что", "официально
# декларируется цель …".
IMPERSONAL_CUES = frozenset(
    """
    сообщаться утверждаться говориться отмечаться указываться подчеркиваться подчёркиваться
    заявляться декларироваться объявляться предполагаться сообщается утверждается говорится
    отмечается указывается подчеркивается декларируется заявляется объявляется
    обвиняться обвиняются обвиняется
    поясняться поясняется разъясняться разъясняется уточняться уточняется
    """.split()
)

# A finding stated with a `что`-clause (`Следствие установило, что …`, `Комиссия пришла к
# выводу, что …`, `сделал вывод, что …`): the verb alone (`установили памятник`) says nothing.
FINDING_VERBS = frozenset("установить устанавливать выяснить выяснять".split())
CONCLUSION_VERBS = frozenset("прийти приходить сделать делать сходиться сойтись".split())
CONCLUSION_NOUNS = frozenset("вывод заключение мнение".split())

# Impersonal cues that may take their content as a bare subject (`официально
# декларируется цель …`); the others need `что` or `о`.
DECLARED_CUES = frozenset("декларироваться заявляться провозглашаться объявляться".split())


# `по словам X`, `по мнению X`: the noun after `по` that frames reported speech.
FRAME_NOUNS = {
    "слово": 0.85,
    "мнение": 0.85,
    "оценка": 0.8,
    "утверждение": 0.85,
    "заявление": 0.85,
    "сообщение": 0.8,
    "версия": 0.7,
    "убеждение": 0.8,
    "признание": 0.8,
    "данные": 0.6,
    "информация": 0.6,
    "сведение": 0.6,
    "прогноз": 0.7,
    "расчет": 0.6,
    "расчёт": 0.6,
    "подсчет": 0.6,
    "взгляд": 0.8,
    "свидетельство": 0.8,  # `по свидетельству очевидцев`
    "показание": 0.8,  # `по показаниям свидетелей`
    "предположение": 0.7,
    "заключение": 0.7,  # `по заключению экспертов`
    "заверение": 0.8,  # `по заверению губернатора`
}

# Prepositions opening a frame, with the frame nouns each takes: `по словам X` (any of the
# above), `на взгляд X`, `с его слов`, `со слов X`; `на первый взгляд`, `со слов благодарности`
# name no holder.
FRAME_PREPOSITIONS = {
    "по": frozenset(FRAME_NOUNS),
    "на": frozenset({"взгляд"}),
    "с": frozenset({"слово"}),
    "со": frozenset({"слово"}),
}

# Frames by which an outlet relays what someone else said (`по данным Le Monde`, `как передает
# Reuters`): set off by commas between a subject and its cue, the subject speaks.
RELAY_FRAME_NOUNS = frozenset({"данные", "информация", "сведение", "сведения", "сообщение"})
RELAY_FRAME_VERBS = frozenset({"сообщать", "сообщить", "передавать", "передать", "писать", "написать"})

# `как считает X`, `как утверждают в X`: verbs allowed after a framing `как`.
FRAME_VERBS = SPEECH_VERBS | OPINION_VERBS

# Nouns naming a person's role; alone they refer back to a person
# (`отметил эксперт`), before a name they state the role (`политолог Иван Петров`).
ROLE_NOUNS = frozenset(
    """
    эксперт политолог аналитик экономист социолог историк юрист адвокат депутат сенатор
    министр замминистра вице-премьер премьер премьер-министр президент вице-президент
    губернатор мэр глава руководитель директор гендиректор замгендиректор замгендиректора
    заместитель председатель зампред вице-председатель спикер пресс-секретарь пресс-агент
    представитель официальный посол дипломат генерал командующий командир начальник лидер основатель
    сооснователь совладелец владелец главред редактор журналист корреспондент профессор
    академик ученый учёный специалист исследователь военный военнослужащий офицер
    полковник подполковник майор адмирал маршал советник помощник консультант инженер
    конструктор военкор блогер писатель чиновник канцлер король принц премьер
    губернатор сенатор бизнесмен предприниматель банкир финансист аналитик стратег
    обозреватель комментатор декан ректор врач глава министр госсекретарь генсек
    генеральный секретарь судья прокурор следователь омбудсмен уполномоченный атташе
    пресс-атташе полпред постпред спецпредставитель деятель обвинитель гособвинитель доктор
    врио
    защитник монарх
    """.split()
)

# Trades stated before a name (`российский дирижер Валерий Гергиев`): a role there, though alone
# they do not refer back as `ROLE_NOUNS` do (`известный актёр, режиссёр и общественный деятель`).
STATED_TRADES = frozenset(
    """
    дирижёр дирижер композитор музыкант пианист скрипач виолончелист певец певица актёр актер актриса
    художник скульптор архитектор режиссёр режиссер продюсер тренер наставник
    хирург терапевт кардиолог онколог педиатр невролог психиатр инфекционист реаниматолог
    травматолог эпидемиолог вирусолог иммунолог нарколог стоматолог офтальмолог гинеколог уролог
    эндокринолог пульмонолог диетолог психолог фельдшер медсестра
    """.split()
)

# Roles held by someone other than the people of the story unless the text
# gave them that role (`Прокурор заявил` is not the defendant named before).
FUNCTIONAL_ROLES = frozenset(
    """
    прокурор гособвинитель обвинитель судья адвокат защитник следователь врач представитель
    пресс-секретарь пресс-агент спикер корреспондент журналист полицейский свидетель очевидец
    """.split()
)

# Words that may continue a role phrase before the name (`заместитель министра
# обороны`, `военный эксперт`, `генеральный директор`); the phrase runs until the name.
ROLE_MODIFIERS = frozenset(
    """
    военный независимый известный российский американский украинский казахстанский
    генеральный исполнительный первый бывший экс- нынешний главный старший ведущий
    официальный постоянный чрезвычайный полномочный государственный отставной будущий новый
    новоизбранный
    """.split()
)

# Heads of unnamed sources: stored with their description, never as a person.
UNNAMED_SOURCES = frozenset(
    """
    источник собеседник осведомленный осведомлённый сми журналист эксперт аналитик
    очевидец свидетель житель чиновник дипломат военный представитель специалист
    наблюдатель участник пользователь блогер издание агентство газета телеканал
    полиция прокуратура суд мэрия власть командование следствие пресса комментатор
    оппозиция милиция обвинение гособвинение защита орган лицо сторона деятель
    собеседница свидетельница представительница человек семья окружение
    оперштаб штаб спецслужба
    """.split()
)

# Adjectives that keep a role holder unnamed (`неназванный представитель`).
ANONYMOUS = frozenset(
    "неназванный анонимный некий один другой высокопоставленный осведомленный осведомлённый".split()
)

# Sources who speak *to* the organisation named after them (`собеседник ТАСС`).
SOURCES_TO_OUTLETS = frozenset("источник собеседник собеседница".split())

# Kin nouns an article uses to refer again to the person it just quoted (`— рассказала Алла Бут.
# Как пояснила жена бизнесмена, …`).
KIN_NOUNS = frozenset(
    "жена супруга вдова мать дочь сестра бабушка муж супруг вдовец отец сын брат дедушка".split()
)

# Pronouns for an indefinite group of speakers (`некоторые считают, что`).
INDEFINITE_GROUPS = frozenset("некоторые многие другие одни все остальные".split())
QUANTIFIERS = frozenset(
    """
    несколько ряд большинство множество двое трое четверо пятеро шестеро оба обе треть половина
    четверть два две три четыре
    """.split()
)

# Nouns through which an organisation speaks (`пресс-служба Минобороны`,
# `руководство компании`): the speaker is the organisation.
ORG_VOICES = frozenset(
    """
    пресс-служба руководство администрация пресс-центр пресс-бюро управление аппарат
    штаб офис канцелярия ведомство представительство секретариат оргкомитет дирекция
    """.split()
)

# Head nouns (lemmas) of state bodies that speak as one (`Правительство объявило`, `в прокуратуре
# заявили`, `пресс-служба полиции РА`); `власти`, `следствие`, `командование` name no one body.
BODY_HEADS = frozenset(
    """
    правительство кабмин министерство прокуратура генпрокуратура полиция милиция мэрия
    парламент сенат конгресс
    минздрав минфин минюст минтранс минэнерго минтруд минкультуры минсельхоз минприроды
    минобороны минпросвещения минобрнауки минэкономразвития минпромторг минцифры
    """.split()
)

# Head nouns of bodies that name one only with a word that says which (`Управление образования
# округа`, `В офисе шерифа округа`, `европейское антимонопольное ведомство`, `Суд присяжных`):
# alone (`ведомство сообщило`, `суд постановил`) they stand for a body the article named before.
QUALIFIED_BODY_HEADS = frozenset(
    "управление департамент офис ведомство комиссия инспекция суд служба охрана оборона гвардия".split()
)

# Words opening a citation of a source (`ссылаясь на Reuters`, `сославшись на данные`), beside
# `со ссылкой на`.
CITING_WORDS = frozenset({"ссылаясь", "сославшись"})


def national_adjective(tok: Token | None) -> bool:
    """An adjective that may name a country (`немецкий`, `японский`, `российский`)."""
    return tok is not None and tok.pos == "ADJ" and tok.lemma.endswith(("ский", "цкий"))


def national_stems(lemma: str) -> tuple[str, ...]:
    """The stems of the country's name a national adjective names (`немецкий`: `герман`, `фрг`),
    else its first four letters (`французский`: `фран`)."""
    return NATIONAL_STEMS.get(lemma, (lemma[:4],))


def citation_end(tokens: Sequence[Token], k: int) -> int | None:
    """Where the source cited begins when a citation (`со ссылкой на`, `ссылаясь на`,
    `сославшись на`) opens at token `k`, else None."""
    words = [t.text.lower() for t in tokens[k : k + 3]]
    if len(words) == 3 and words[0] in ("со", "с") and words[1:] == ["ссылкой", "на"]:
        return k + 3
    if len(words) >= 2 and words[0] in CITING_WORDS and words[1] == "на":
        return k + 2
    return None


# Pages and accounts that publish for their owner, named in the genitive after them (`на сайте
# Минобороны сообщили`, `в официальной группе Института Пушкина «ВКонтакте»`, `в аккаунте
# компании в Twitter`): the owner speaks, not the network the page is on.
PUBLICATION_PLACES = frozenset(
    "сайт страница аккаунт блог микроблог телеграм-канал канал паблик сообщество группа портал".split()
)

# Social networks and messengers, where people write (`написал в Telegram`), not bodies they speak for.
PLATFORMS = frozenset(
    """telegram телеграм twitter твиттер x instagram инстаграм facebook фейсбук вконтакте vk youtube
    ютуб tiktok тикток threads truth одноклассники rutube дзен""".split()
)
# Nouns for a social network before its name (`в соцсети X`, `в мессенджере Telegram`).
NETWORK_NOUNS = frozenset("соцсеть сеть мессенджер платформа".split())
# People of a medium who speak for it or through it (`обозреватель «Коммерсанта»`, `источник ТАСС`).
MEDIA_STAFF = SOURCES_TO_OUTLETS | frozenset(
    """журналист корреспондент редактор главред обозреватель колумнист ведущий автор
    представитель сотрудник""".split()
)

# People who study at, use, read or buy from an organisation without speaking for it (`аспирант
# МГУ`, `комментаторы TJournal`, `пользователи Facebook`, `клиенты банка`): their words are theirs,
# a person the article introduced so, or an unnamed source kept with its description.
MEMBER_NOUNS = frozenset(
    """
    студент студентка аспирант аспирантка выпускник выпускница школьник школьница учащийся ученик
    ученица читатель читательница пользователь комментатор зритель слушатель подписчик клиент
    пассажир пациент болельщик фанат покупатель вкладчик посетитель
    """.split()
)

# `служба прессы`: the two-word `пресс-служба` (lemmas).
PRESS_SERVICE = ("служба", "пресса")

# Nouns of institutions that refer back only to one named with that noun (`в институте
# рассказали` after `Института Пушкина`; `в заявлении телекомпании` after `телекомпании НВО`).
ORG_NAMED_KINDS = frozenset(
    """
    институт университет академия театр музей библиотека киностудия больница клиника школа
    колледж лицей консерватория галерея магазин издательство кинокомпания студия лейбл
    оркестр ансамбль труппа хор филармония цирк лига команда центр лаборатория госпиталь
    заповедник зоопарк
    """.split()
)

# Common nouns that refer back to an organisation named before (`компании`).
ORG_ANAPHORS = (
    frozenset(
        """
        компания корпорация концерн предприятие холдинг фирма завод банк министерство
        ведомство организация правительство агентство служба альянс блок союз партия
        посольство консульство миссия комитет совет комиссия клуб федерация коалиция фракция
        департамент фонд госкомпания госкорпорация профсоюз университет институт академия
        ассоциация авиакомпания авиаперевозчик перевозчик подрядчик застройщик аэропорт
        метрополитен регулятор картель биржа производитель автопроизводитель автоконцерн
        разработчик ретейлер ритейлер маркетплейс стартап дистрибьютор поставщик девелопер кабмин
        администрация мэрия
        """.split()
    )
    | ORG_NAMED_KINDS
)

# Which kinds of organisation an anaphor may stand for (others: any kind).
_COMPANY, _GOVERNMENT = ("company",), ("government",)
ORG_ANAPHOR_KINDS = {
    **dict.fromkeys(
        """компания корпорация концерн предприятие холдинг фирма завод банк госкомпания госкорпорация
        авиакомпания авиаперевозчик перевозчик подрядчик застройщик производитель автопроизводитель
        автоконцерн разработчик ретейлер ритейлер маркетплейс стартап дистрибьютор поставщик
        девелопер""".split(),
        _COMPANY,
    ),
    **dict.fromkeys(
        "министерство ведомство правительство кабмин посольство консульство администрация мэрия".split(),
        _GOVERNMENT,
    ),
    **dict.fromkeys("партия фракция".split(), ("party",)),
    **dict.fromkeys("альянс блок союз коалиция".split(), ("alliance", "party", "other")),
}

# Words before an outlet's name (`в интервью ТАСС`, `изданию «Коммерсантъ»`).
OUTLET_FRAMES = frozenset(
    """
    интервью беседа эфир разговор колонка статья комментарий
    """.split()
)
OUTLET_NOUNS = frozenset(
    """
    издание газета агентство телеканал радиостанция радио журнал портал сайт
    информагентство агентство медиа телеграм-канал канал блог телевидение гостелевидение
    телекомпания
    """.split()
)

# Media named by a common noun (`СМИ`, `местные газеты`): relaying a named source, the words stay
# theirs, an unnamed source's (as a named outlet's stay the outlet's).
UNNAMED_MEDIA = OUTLET_NOUNS | frozenset("сми пресса".split())

PERSONAL_PRONOUNS = {
    "он": ("Masc", "Sing"),
    "она": ("Fem", "Sing"),
    "они": (None, "Plur"),
    "оно": ("Neut", "Sing"),
}
# `его адвокат`, `мой кузен`: someone close to a person, not that person.
POSSESSIVE_DETERMINERS = frozenset(
    "его ее её их мой моя моё мое мои наш наша наше наши ваш ваша твой твоя свой своя своё свое".split()
)

# Possessives in frames (`по его словам`) map to the personal pronoun.
POSSESSIVES = {"его": "он", "ее": "она", "её": "она", "их": "они"}
# Personal pronouns in the genitive or accusative (`у него`, `его беспокоит`), mapped likewise.
OBLIQUE_PRONOUNS = {**POSSESSIVES, "него": "он", "неё": "она", "нее": "она", "них": "они"}

# The editorial "we" of a news text (`Напомним, что …`) is not a speaker's voice.
EDITORIAL_WE = frozenset("напомним отметим заметим добавим подчеркнем подчеркнём уточним повторим".split())

# Possessives (`наш корреспондент`) are left out: news text uses them for the outlet itself.
FIRST_PERSON = frozenset("я мы мне меня мной нам нас нами".split())
# `Это самая личная моя книга`: a first-person possessive (not `наш`: the editorial `запросы
# нашего корреспондента` is the author's)
FIRST_PERSON_POSSESSIVES = frozenset(
    "мой моя моё мое мои моего моей моему моим моих моими мою моём моем".split()
)

# English: `"…," he said.`, `said Smith`, `Smith told Reuters`.
ENGLISH_CUES = frozenset(
    """
    said says say told tells added adds stated states noted notes stressed explained
    warned insisted argued claimed declared wrote writes replied answered recalled
    concluded announced asked commented suggested believes believed thinks thought
    """.split()
)
ENGLISH_PRONOUNS = {"he": ("Masc", "Sing"), "she": ("Fem", "Sing"), "they": (None, "Plur")}

# `говорится в сообщении Минобороны`: documents through which a source speaks.
DOCUMENT_NOUNS = frozenset(
    """
    сообщение заявление пресс-релиз документ доклад отчет отчёт письмо обращение
    телеграм-канал канал публикация материал ответ релиз бюллетень сводка сайт страница
    аккаунт микроблог пост телеграмма интервью поздравление послание выступление
    обзор записка комментарий презентация резолюция декларация коммюнике меморандум
    постановление приговор исследование прогноз определение представление жалоба иск
    ходатайство уведомление предупреждение петиция решение вердикт
    """.split()
)

# `Официальный ответ С. Кузина (…) на запрос редакции:` + the letter as the next paragraph: a
# document named with its author before a colon, no verb, gives its author's words.
HEADING_DOCUMENTS = frozenset("ответ заявление обращение письмо комментарий послание телеграмма".split())

# Verbs of promise and threat: with an infinitive they report what was said
# (`пообещал увеличить добычу`, `пригрозил ввести пошлины`).
PROMISE_VERBS = frozenset("пообещать обещать пригрозить грозить угрожать".split())

# Verbs of calling on someone: with an infinitive (or `к` + noun) they report what was said
# (`призвал стороны сесть за стол переговоров`, `призвал к сдержанности`, `потребовали
# сформировать комиссию`).
CALL_VERBS = frozenset("призвать призывать потребовать требовать попросить просить".split())

# Verbs of advice and proposal: with an addressee (dative) and an infinitive they report
# what was said (`рекомендует гражданам воздерживаться от поездок`, `предложил коллегам
# вернуться к переговорам`).
ADVICE_VERBS = frozenset(
    "рекомендовать порекомендовать советовать посоветовать предложить предлагать".split()
)

# Demands whose content is a noun of action in the genitive (`потребовал отставки
# правительства`, `требуют освобождения заложников`).
DEMAND_VERBS = frozenset("потребовать требовать".split())

# Verbs whose content follows `на` (`настаивает на проведении экспертизы`).
INSIST_VERBS = frozenset("настаивать настоять".split())

# Verbs whose addressee is an accusative before `о` (`предупредил Россию о последствиях`).
WARN_VERBS = frozenset(
    "предупредить предупреждать известить извещать уведомить уведомлять проинформировать информировать".split()
)

# Verbs of accusing: the accused and `в` + what of (`обвиняет США в двойном подходе`).
ACCUSE_VERBS = frozenset("обвинить обвинять упрекнуть упрекать".split())

# Finite verbs after which a speech verb stands in the infinitive and still
# reports speech (`успел заявить, что`, `поспешил сообщить, что`).
# (`стали обвинять Земана в том, что …`, `продолжает утверждать, что …`)
PHASE_VERBS = frozenset(
    """
    успеть поспешить спешить поторопиться решить счесть стать начать продолжать продолжить
    устать уставать преминуть попытаться пытаться
    """.split()
)

# Nouns of stance that a speech verb takes as its object, the stance being the
# content (`подтвердил готовность …`, `выразил надежду, что …`).
STANCE_NOUNS = frozenset(
    """
    готовность намерение желание надежда уверенность озабоченность обеспокоенность
    несогласие согласие приверженность заинтересованность сожаление недовольство
    поддержка позиция убеждённость убежденность сомнение
    информация сведение сведения слух сообщение факт протест
    """.split()
)
# Speech verbs that take a stance noun as their object.
# (`опроверг сообщения о …` is left out: what was denied is not what was said)
STANCE_VERBS = frozenset("подтвердить подтверждать выразить выражать высказать высказывать заявить".split())

# `Путина обидело, что …`, `его беспокоит, что …`: verbs of feeling whose subject is a
# `что`-clause and whose experiencer, in the accusative, holds the attitude the clause states.
FEELING_VERBS = frozenset(
    """
    обидеть обижать возмутить возмущать удивить удивлять порадовать радовать огорчить огорчать
    разочаровать разочаровывать насторожить настораживать беспокоить обеспокоить тревожить
    встревожить устроить устраивать
    """.split()
)
# `у него есть надежды, что …`: nouns of a view held (`у X есть/была`) with a `что`-clause.
HELD_VIEW_NOUNS = frozenset(
    "надежда уверенность опасение сомнение ощущение впечатление подозрение убеждение убеждённость убежденность".split()
)
# `Задачей Канаев видит закрепление …`: the instrumental nouns by which `видеть` states a view.
SEEN_AS_NOUNS = frozenset("задача цель выход решение проблема угроза смысл причина опасность".split())
# `назвал выборы «фарсом»`: verbs that give a quoted epithet.
NAMING_VERBS = frozenset("назвать называть охарактеризовать характеризовать".split())
# `объяснил рост цен подорожанием сырья`: verbs stating a cause in the instrumental.
EXPLAINING_VERBS = frozenset("объяснить объяснять обосновать обосновывать".split())
# `эксперты связывают рост цен с подорожанием сырья`: verbs stating a link with `с`.
LINKING_VERBS = frozenset("связать связывать".split())
# `считает решение ошибочным`, `признала операторов виновными`, `объявил страну ядерной державой`:
# verbs whose object and its predicate in the instrumental are the speaker's view.
EVALUATING_VERBS = frozenset("считать признать признавать объявить объявлять".split())
# Of these, the ones that also declare (`объявил 2020 год годом памяти`): a view only with an adjective.
DECLARING_VERBS = frozenset("объявить объявлять".split())
# `охарактеризовал X как Y`, `описал X как Y`, `оценил X как Y`, `классифицировало X как Y`,
# `квалифицировал действия как мошенничество`, `определил будущее как «безнадёжное»`: the object
# and its description after `как` are the speaker's view.
DESCRIBING_VERBS = frozenset(
    """
    охарактеризовать характеризовать описать описывать оценить оценивать расценить расценивать
    классифицировать квалифицировать определить определять
    """.split()
)
# Of these, the ones that also choose or fix (`определила Москву как место проведения форума`):
# a view only with an adjective (`определил будущее как «безнадёжное»`).
DEFINING_VERBS = frozenset("определить определять".split())
# Conjunctions by which a statement goes on past the epithet (`«…», поскольку …`).
BECAUSE = frozenset("поскольку потому так ибо ведь так как".split())

# `лидер партии «Яблоко» Иван Петров`: heads whose organisation the person leads.
LEADER_NOUNS = frozenset("лидер глава председатель руководитель основатель".split())
# Adjectives naming a body by its kind (`представитель армейского командования`), with the
# stems of the names of organisations of that kind they refer back to.
BODY_ADJECTIVES = {
    "армейский": ("арми", "вооружен", "вооружён"),
    "правительственный": ("правительств",),
    "парламентский": ("парламент",),
    "полицейский": ("полиц",),
    "министерский": ("министерств",),
}
# Those who speak for an organisation (`представитель партии …`).
SPOKESPEOPLE = frozenset("представитель пресс-секретарь пресс-агент спикер".split())
# A press office (`пресс-служба Кадырова`, `пресс-служба полиции`): it speaks for its owner.
PRESS_OFFICES = frozenset("пресс-служба пресс-центр пресс-бюро".split())

# Who speaks for a named country or city (`представитель Франции`, `власти Китая`):
# the place itself, as the annotation guide has it.
VOICES_OF_PLACES = frozenset("представитель власть".split())

# Connectives that may open a sentence before a frame (`При этом, по его словам, …`).
CONNECTIVES = frozenset(
    item.strip()
    for item in """
    при этом|кроме того|вместе с тем|в то же время|тем не менее|между тем|в свою очередь|
    в частности|более того|к тому же|однако при этом
    """.split("|")
)

# Nouns of time: a phrase with them says when, not who (`представители партии в четверг`).
TIME_NOUNS = frozenset(
    """
    понедельник вторник среда четверг пятница суббота воскресенье утро вечер ночь день
    неделя месяц год накануне январь февраль март апрель май июнь июль август сентябрь
    октябрь ноябрь декабрь
    """.split()
)

# Country adjectives whose stem is not that of the country's name in a role
# (`американский президент` → `президент США`); others match by their first letters.
# A country's authorities and media, which speak for it when the country is named in the
# genitive (`власти Японии`, `государственные СМИ Северной Кореи`).
NATIONAL_BODIES = frozenset("власть сми сторона".split())
# Those a country adjective gives to the country too (`американские власти`, `грузинская сторона`
# in talks); media described by an adjective (`американские СМИ`, `британская пресса`,
# `китайские государственные СМИ`) are anonymous, a null speaker, as every gold set has them.
NATIONAL_BY_ADJECTIVE = frozenset({"власть", "сторона"})

NATIONAL_STEMS = {
    "американский": ("сша", "америк"),
    "немецкий": ("герман", "фрг"),
    "британский": ("великобритан", "британ"),
    "белорусский": ("белорус", "беларус"),
    "российский": ("росси", "рф"),
    "турецкий": ("турц", "турец"),
    "греческий": ("греци",),
    "шведский": ("швеци",),
    "чешский": ("чехи", "чешск"),
    "китайский": ("кита", "кнр"),
    "японский": ("япони",),
    "финский": ("финлянд",),
    "датский": ("дани",),
    "армянский": ("армени",),
    "голландский": ("нидерланд", "голланд"),
    "английский": ("великобритан", "британ", "англи"),
    "северокорейский": ("кндр", "северн"),
    "южнокорейский": ("южн", "республика корея"),
    "саудовский": ("саудовск",),
    "литовский": ("литв",),
    "словацкий": ("словак",),
    "словенский": ("словен",),
    "австрийский": ("австри",),
    "австралийский": ("австрал",),
}

# `считают американцы`: the people of a country speaking for it (the country's stems, as above).
DEMONYMS = {
    "американец": ("сша", "америк", "соединенн", "соединённ"),
    "британец": ("великобритан", "британ"),
    "англичанин": ("великобритан", "британ", "англи"),
    "француз": ("франц",),
    "немец": ("герман", "фрг"),
    "китаец": ("кита", "кнр"),
    "японец": ("япон",),
    "израильтянин": ("израил",),
    "палестинец": ("палестин",),
    "иранец": ("иран",),
    "турок": ("турц",),
    "итальянец": ("итали",),
    "поляк": ("польш",),
    "грузин": ("грузи",),
}

# `республиканцы заявили`, `двое демократов`: members of a party speaking for it (stems of its name).
PARTY_MEMBERS = {
    "республиканец": ("республиканск",),
    "демократ": ("демократическ",),
    "коммунист": ("коммунистическ", "кпрф"),
    "консерватор": ("консервативн",),
    "лейборист": ("лейборист",),
    "социалист": ("социалистическ",),
}

# `глава государства`, `глава российского государства`: the head of state, a president.
HEAD_OF_STATE = ("глава", "государство")
PRESIDENTS = frozenset("президент лидер".split())
# `глава государства`, `глава (британского) правительства`: the words of the roles of their heads
HEADS_OF = {"государство": PRESIDENTS, "правительство": frozenset("премьер канцлер".split())}

# Verbs that take the statement they make or issue as their object: `Такое заявление сделал X`,
# `опубликовали совместное заявление`.
ISSUING_VERBS = frozenset(
    "сделать делать опубликовать публиковать подписать подписывать принять распространить "
    "распространять обнародовать".split()
)
# Verbs that give the statement before as their object, named by a statement noun: `Такой
# прогноз дали аналитики`, `Такие данные привела X`, `Такую возможность допустил X`.
GIVING_VERBS = frozenset(
    "дать давать привести приводить озвучить озвучивать назвать называть допустить допускать "
    "выдвинуть выдвигать".split()
)
# ... and those that make it with `с`: `выступил с обращением`.
MAKING_VERBS = ISSUING_VERBS | {"выступить", "выступать"}
# `Такое мнение высказал X`, `С таким заявлением выступил X`: nouns for the statement before.
STATEMENT_NOUNS = frozenset(
    """
    мнение заявление заявлением мнением точку позицию оценку оценкой прогноз прогнозом
    предположение предположением информацию данные выводы вывод выводом
    прогнозы оценки цифры цифру сведения версию возможность
    """.split()
)


def impersonal_cue(tok) -> bool:
    """`сообщается`, `говорится`, and the neuter short passive participle of a speech verb
    (`было заявлено, что`, `в сообщении сказано, что`): speech with no subject."""
    if tok.lemma in IMPERSONAL_CUES or tok.text.lower() in IMPERSONAL_CUES:
        return True
    feats = tok.feats
    return (
        tok.lemma in SPEECH_VERBS
        and feats.get("VerbForm") == "Part"
        and feats.get("Variant") == "Short"
        and feats.get("Gender") == "Neut"
    )


# Members of a body who speak for it (`Законодатели потребовали …` after `парламент`,
# `Талибы заявили` after `движение «Талибан»`):
# the member noun and the heads of the bodies it may stand for.
MEMBERS_OF_BODIES = {
    "законодатель": (
        "парламент",
        "сенат",
        "конгресс",
        "дума",
        "госдума",
        "рада",
        "ассамблея",
        "меджлис",
        "сейм",
    ),
    "парламентарий": ("парламент", "дума", "госдума", "рада", "ассамблея", "меджлис", "сейм", "кнессет"),
    "сенатор": ("сенат",),
    "конгрессмен": ("конгресс",),
    "талиб": ("талибан", "талиб"),  # `Талибы заявили` after `движение «Талибан»`
    "боевик": ("талибан", "хамас", "хезболл", "игил", "аль-каид"),
    "полицейский": ("полиц",),  # `По словам полицейских` after `полиция арестовала`
    "спасатель": ("мчс", "спасат"),
    "пограничник": ("погранич",),
    "исследователь": ("университет", "институт", "школ", "лаборатор", "центр"),
}

# Nouns of someone who serves, speaks for or belongs to a person: before a bare surname they may
# take it in the genitive, whom they serve ("адвокат Маркива заявил", "сын Маркива рассказал").
SERVANT_NOUNS = KIN_NOUNS | frozenset(
    """
    адвокат защитник помощник советник представитель пресс-секретарь пресс-агент телохранитель
    водитель секретарь охранник юрист врач прислуга
    """.split()
)


def man_in_genitive(word: str) -> bool:
    """A surname spelt as a man's genitive with no man's nominative reading ("Маркива", "Иванова"):
    as a nominative it could only be a woman's, so a masculine verb cannot take it as its subject."""
    from newsgraph.morph import analyzer

    parses = [p for p in analyzer().parse(word) if "NOUN" in p.tag]
    return (
        word[:1].isupper()
        and any({"masc", "gent", "anim"} <= p.tag.grammemes for p in parses)
        and not any({"masc", "nomn"} <= p.tag.grammemes for p in parses)
    )


# Parentheticals that may stand between a speaker and the cue, set off by commas or not (`а ЦБ,
# напротив, полагает`, `Минобороны, однако, заявило`, `Песков в свою очередь заявил`)
ASIDES = (
    ("напротив",),
    ("в", "свою", "очередь"),
    ("со", "своей", "стороны"),
    ("впрочем",),
    ("однако",),
    ("тем", "не", "менее"),
    ("в", "частности"),
    ("между", "тем"),
    ("в", "то", "же", "время"),
)
ASIDE_WORDS = max(len(phrase) for phrase in ASIDES)


def aside_at(words: list[str]) -> int:
    """How many of `words` (lower-cased) an aside opening them takes, else 0."""
    return next((len(phrase) for phrase in ASIDES if tuple(words[: len(phrase)]) == phrase), 0)


# What a headline's words were about, after the speaker's name (`«…», — Макрон о торговой войне`,
# `Макрон о торговой войне: …`)
HEADLINE_TOPIC = re.compile(r"(?:о|об|обо|про)\s", re.IGNORECASE)
