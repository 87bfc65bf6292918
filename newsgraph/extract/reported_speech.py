"""Indirect speech: a cue verb with its clause, and the frames `по словам X`, `как считает X`.

Steps, per sentence (clipped to its paragraph), skipping what direct quotes
already hold:

1. Frames: `по словам/мнению/данным X`, `как считает/утверждают в X`; the
   content is the sentence without the frame.
2. `Об этом сообщил X`, `Это подтвердил X`: the content is the sentence
   before (or the part of the sentence before the comma).
3. Cue verbs with a complement: `заявил, что …`, `считает, что …`, `заявляет
   о …`, `сообщил: …`; the content runs from the complement to the sentence
   end. Impersonal cues (`сообщается, что …`) have no speaker unless a
   document names one (`в заявлении Ватикана говорится`).
4. A cue closing a paragraph with a colon: the next paragraph is the words; any
   verb does so when that paragraph speaks in the first person (`пригласил её: ¶ Я …`).
5. A cue after the content: `…, — считает эксперт.`; the content is what
   comes before (a cue set off by commas inside: the whole sentence).
6. Also: calls and requests with an infinitive (`призвал стороны сесть за
   стол переговоров`), evaluations after `назвал` (`назвал итоги выборов
   подтасованными`), participles of opinion (`меньшинству, считающему, что`),
   passive cues and their agents (`было заявлено министром X`), news that
   came out (`на сайте X появилась информация о том, что`).

Reported speech stops where another speaker's clause begins (`…, однако X
назвал …`, `…, в ответ X назвал …`, `…, сообщает ТАСС`, `… и отметил, что …`) and
before a direct quote it runs into.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.direct_quotes import (
    BARE_PRONOUN,
    BARE_PRONOUN_REASON,
    Group,
    bare_pronoun,
    pronoun_source,
)
from newsgraph.extract.quote_context import RELATIVE_WORDS, QuoteContext, Unit
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.speakers import Speaker, SpeakerFinder, omitted_subject
from newsgraph.extract.speakers.frames import ANY_DOCUMENT, DOCUMENT_MAKING_VERBS, MADE_DOCUMENTS
from newsgraph.extract.speakers.grammar import _agreement
from newsgraph.extract.unmarked_speech import first_person
from newsgraph.model import Quote, Token
from newsgraph.morph import analyzer

COMPLEMENT_WINDOW = 16  # tokens from the cue to its `что` (`сообщила «Интерфаксу», со ссылкой на …, что`)
COLON_WINDOW = 32  # tokens from the cue to the colon closing its paragraph, no other cue between
CLAUSE_OPENERS = frozenset({",", "—", "–", "(", ":"})
OMITTED_CONFIDENCE = 0.6
SUBJECTLESS_REASON = "no subject in the sentence: the person of the verb's gender the article names most"
NEXT_SPEAKER_WINDOW = 8  # tokens from a comma to the next speaker's verb
CITED_SOURCE_TOKENS = 8  # tokens of the source a citation names (`со ссылкой на источники в компании`)
ADDRESSEE_WORDS = 5  # tokens from a cue to the comma before its `что`, an addressee between
RATHER_AS = re.compile(r",?\s*(?:но|а)\s+как\b")  # `не как X, но как Y`
DIALOGUE_LINE = "a dialogue line, a dash before the words and before their cue"
DIALOGUE_DASH = re.compile(r"[—–][ \t\xa0]+")
NEXT_LINE_CUE = re.compile(r",[ \t\xa0]*[—–][ \t\xa0]+\w")  # `…, — сказал он`: a line's own cue
EPITHET_WITH_OBJECT = "an evaluation after `назвал` with its object, the epithet quoted"
# tokens from the comma to a participle of speech (`, в своем выступлении охарактеризовавший`)
PARTICIPLE_OPENING = 5
NAMING_WINDOW = 8  # tokens from `назвал` to the end of an unquoted evaluation
# tokens from `назвал` to the epithet's opening mark (`назвал посещение … министром … «…»`)
EPITHET_WINDOW = 14
CLAIMED_CUE_CHARS = 30  # a direct quote's cue span, not its words
MIN_CLIPPED = 10  # characters of reported speech left before a direct quote to keep it
GENITIVE_QUALIFIERS = 3  # words in the genitive after a subject noun (`центризбирком Венесуэлы`)
CALL_WINDOW = 8  # tokens from `призвал` to what it calls for
REQUEST_WINDOW = 8  # tokens from `обратился` to `с просьбой` (`обратилась в московский суд с просьбой`)
# `обратилась в суд с просьбой ограничить …`: requests, calls, demands and proposals made with an
# infinitive, and the verbs making them
REQUEST_NOUNS = frozenset({"просьба", "призыв", "требование", "предложение"})
REQUEST_MAKING_VERBS = frozenset({"обратиться", "обращаться", "выступить", "выступать"})
OFFICIAL_WORDS = frozenset({"официальный"})  # `по официальной версии`: an account given by officials
DESCRIBED_HOLDER_TOKENS = 6  # words of a frame's holder kept as an unnamed source's description
# Frame nouns that always report someone's words (`по словам`, not `по данным`): a holder no rule
# resolves is kept as an unnamed source
SPOKEN_FRAME_NOUNS = frozenset(
    {"слово", "мнение", "утверждение", "заявление", "признание", "убеждение", "свидетельство", "показание"}
)
# tokens from a frame to the cue of the clause it relays, a long subject between (`Владислав Челах,
# несший службу на заставе …, заявил`); the first finite verb decides
RELAYED_SUBJECT_WINDOW = 40
NAME_IN_MARKS = 4  # words of a name in quotation marks (`"Арканкерген"`)
PROMISE_WINDOW = 10  # tokens from `пообещал` to its infinitive, an aside in parentheses not counted
QUOTE_OPENERS = frozenset('«„“"')
# Gerunds of the occasion of speaking (`выступая на форуме`, `отвечая на вопрос`)
SPEAKING_GERUNDS = frozenset(
    "выступать отвечать ответить комментировать прокомментировать ссылаться сослаться".split()
)
# Where words are said (`в своём Telegram-канале`, `на пресс-конференции`), and the words from the
# preposition to that noun
OCCASION_NOUNS = frozenset(
    "интервью эфир пресс-конференция брифинг канал телеграм-канал соцсеть микроблог блог заявление".split()
)
OCCASION_WORDS = 3
# Verbs by which a body issues a document (`опубликовал заявление, в котором …`)
ISSUING_DOCUMENT_VERBS = cues.ISSUING_VERBS | frozenset(
    "выпустить выпускать представить представлять".split()
)
ANNOUNCING_WORDS = frozenset({"следующее", "вот", "что"})  # `заявил следующее:`, `сказал вот что:`
THREAT_VERBS = frozenset({"пригрозить"})  # `пригрозил Китаю новыми пошлинами` (not `грозил кулаком`)
NOT_EXCLUDING = frozenset({"исключить", "исключать"})  # `не исключил, что …`: a statement of its own
NAME_MARKS = frozenset('«»„“"')  # around a name in a subject (`газета «Ведомости»`)
QUOTE_CLOSERS = frozenset('»“”"')
LATIN_WORD = re.compile(r"[A-Za-z]")
SITE_DOMAIN = re.compile(r"\.[A-Za-z]{2,}\b")  # `baltinfo.ru`: the rest of a site's address
TOPIC_CLAUSE = re.compile(r"\s*(?:(?:однако|но|а|и|при этом)\s*,?\s+)?об?\s+том\s*,\s*что\s+", re.IGNORECASE)
NEW_SOURCE = re.compile(
    r"\s*(?:об этом|по (?:его |ее |её |их )?(?:словам|данным|сведениям|информации|мнению))\b", re.IGNORECASE
)
# `…, однако позже выяснилось, что …`, `…, но позднее эту информацию опровергли`: what turned out
# later is the narrator's, not the words reported before it
LATER_FINDING = re.compile(
    r"\s*(?:однако|но|а)\s+(?:(позже|позднее|впоследствии)|выяснилось|оказалось)\b",
    re.IGNORECASE,
)
# `…, но назвать колонию отказались`, `…, однако от других комментариев воздержался`, `…, но не
# стал уточнять`: the speaker declining to say more, not a part of what was said
DECLINED = re.compile(
    r"\s*(?:но|однако)\s+(?:[\w-]+\s+){0,3}?(?:отказал|отказыва|воздержал|воздерживал|не\s+стал|не\s+уточни)",
    re.IGNORECASE,
)
DENIED = re.compile(r",\s*(?:однако|но)\s+(?:она|оно|они|это|эта информация|информация)\b", re.IGNORECASE)
STATEMENT_DOCUMENTS = frozenset({"сообщение", "заявление", "пресс-релиз", "релиз", "публикация"})
MADE_STATEMENTS = STATEMENT_DOCUMENTS | {"обращение", "коммюнике"}  # `сделал заявление, что …`
AFFIRMED_WHEN_DENIED = frozenset({"отрицать", "опровергать", "опровергнуть", "скрывать", "скрыть"})
# Verbs of denying a statement: what they point back at (`опроверг эту информацию`) is another's words.
DENYING_VERBS = frozenset(
    "опровергнуть опровергать отрицать отвергнуть отвергать оспорить оспаривать".split()
)
APPEAR_VERBS = frozenset({"появиться", "появляться", "поступить", "поступать"})  # `появилась информация`
NEWS_NOUNS = frozenset({"информация", "сообщение", "данные", "сведение", "сведения", "новость", "заявление"})
POINTING_BACK = frozenset({"нем", "нём", "ней", "них", "этом", "том"})  # `о нем`, `об этом`
CONTRASTS = frozenset({"однако", "а", "но", "тогда", "зато"})  # opening another speaker's clause
# Connectives of several words that open another speaker's clause after a comma: `…, в ответ
# Онищенко назвал её …`, `…, в свою очередь X заявил …`, `…, тогда как X считает …`, `…, и в
# связи с этим ряд звёзд призвали …`.
_CONSEQUENCES = (("в", "связи", "с", "этим"), ("после", "этого"), ("поэтому",), ("в", "результате"))
CONNECTIVE_PHRASES = (
    ("то",),  # `Если X уверен, что …, то его коллега Y полагает …`
    ("в", "ответ"),
    ("в", "свою", "очередь"),
    ("тогда", "как"),
    ("в", "то", "время", "как"),
    *_CONSEQUENCES,
    *(("и", *phrase) for phrase in _CONSEQUENCES),
)
CONNECTIVE_WORDS = max(len(phrase) for phrase in CONNECTIVE_PHRASES)
PLACE_RELATIVES = frozenset({"где", "куда", "откуда"})
TIME_RELATIVES = frozenset({"когда"})
RULING_NOUNS = frozenset({"решение", "постановление", "вердикт", "приговор"})  # a court's, after `согласно`
RULING_WINDOW = 5
RULING_VERBS = frozenset({"вынести", "выносить"})  # `вынес приговор, согласно которому …`
REASON_QUESTIONS = frozenset({"почему", "зачем", "отчего"})  # an indirect question after a cue
CUE_BEFORE_WORDS = 5  # tokens before the words said where their cue stands (`считают, что`)
TOLD_HOW = REASON_QUESTIONS | {"как"}  # `рассказал, как …`, `объяснил «Ведомостям», почему …`
TELLING_VERBS = frozenset("рассказать рассказывать объяснить объяснять пояснить пояснять".split())
# Frames by which an outlet relays a report (`как сообщает «Интерфакс»`, `по данным ТАСС`):
# a speaker with a cue of their own inside the clause speaks instead.
HEDGES = frozenset({"предполагаться", "предполагается", "ожидаться", "ожидается"})
SAYINGS = frozenset({"говорится"})  # `Как говорится, время покажет`: a saying, no one's words
DECLINED_PHASES = frozenset({"стать"})  # `не стал уточнять`: a speech verb declined, nothing said
CLAUSE_WORDS = frozenset({"что", "будто", "чтобы", ":"})  # before a clause said, not a phrase
# `Полный текст документа:`: the heading of a document given in full, and the documents so given
DOCUMENT_TEXT_NOUNS = frozenset({"текст", "содержание"})
ISSUED_DOCUMENTS = MADE_DOCUMENTS | cues.HEADING_DOCUMENTS
ISSUING_DOCUMENT_VERBS = DOCUMENT_MAKING_VERBS | frozenset({"издать", "издавать"})
ISSUER_UNITS = 2  # sentences before the heading where the document's issuer is named


def find_reported(
    ctx: QuoteContext, finder: SpeakerFinder, claimed: list[tuple[int, int]], quotations: list[Group]
) -> list[Quote]:
    found: list[Quote] = []
    for unit in ctx.units:
        # a paragraph set off after a colon (`В заявлении говорится:`) may report others' words in turn
        busy = list(claimed) + [(q.start, q.stop) for q in found if not (q.kind == "unmarked" and q.cue)]
        for quote in _in_unit(ctx, finder, unit, busy, quotations, found, claimed):
            found.append(quote)
            busy.append((quote.start, quote.stop))
    return found


def _in_unit(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    unit: Unit,
    busy: list[tuple[int, int]],
    quotations: list[Group],
    earlier: list[Quote],
    claimed: list[tuple[int, int]],
) -> list[Quote]:
    toks = ctx.token_range(unit.start, unit.stop)
    found: list[Quote] = []
    resumed = _dialogue_resumed(ctx, unit, earlier)
    if resumed is not None and not any(a < resumed.stop and resumed.start < b for a, b in busy):
        return [resumed]
    for i in toks:
        tok = ctx.tokens[i]
        if _inside(tok.start, quotations):
            continue
        if any(start <= tok.start < stop for start, stop in busy) and not _cue_before_colon(
            ctx, i, busy, claimed
        ):
            continue
        if i + 1 < toks.stop and ctx.tokens[i + 1].text == "ли" and tok.pos in ("VERB", "ADJ"):
            continue  # `спросил генерала, верит ли он в победу`: a question asked, nothing said
        quote = (
            _frame(ctx, finder, unit, toks, i)
            or _about_this(ctx, finder, unit, toks, i, busy, earlier)
            or _cue(ctx, finder, unit, toks, i)
            or _named_as(ctx, finder, unit, toks, i)
            or _request_made(ctx, finder, unit, toks, i)
            or _explained(ctx, finder, unit, toks, i)
            or _evaluated(ctx, finder, toks, i)
            or _feeling(ctx, finder, unit, toks, i)
            or _held_view(ctx, finder, unit, toks, i)
            or _seen_as(ctx, finder, unit, toks, i)
            or _news_appeared(ctx, finder, unit, toks, i)
            or _became_known(ctx, finder, unit, toks, i)
            or _first_person_after_colon(ctx, finder, unit, toks, i)
            or _document_heading(ctx, finder, unit, toks, i)
            or _document_text(ctx, finder, unit, toks, i)
        )
        if (
            quote is not None
            and any(a < quote.stop and quote.start < b for a, b in claimed)
            and not _nested_utterance(ctx, quote, claimed)
        ):
            # the words run into a direct quote: they stop before it (`По словам X, …: «…»`), or are
            # the quote already (`«…», — эти слова X цитирует ТАСС`)
            first = min(a for a, b in claimed if a < quote.stop and quote.start < b)
            around = quote.cue_start is not None and quote.start < quote.cue_start < quote.stop
            quote.start, quote.stop = trim(ctx.text, quote.start, max(quote.start, first - 1), period=True)
            if around and quote.stop <= (quote.cue_stop or 0):
                continue  # `«X», как подчеркнула Y, это …: «…»`: only the words before the frame are left
            if quote.stop - quote.start < MIN_CLIPPED or any(
                a < quote.stop and quote.start < b for a, b in busy
            ):
                continue  # nothing left, or what is left was reported already
        if quote is not None and quote.stop > quote.start:
            found.append(quote)
            busy.append(
                (min(quote.start, quote.cue_start or quote.start), max(quote.stop, quote.cue_stop or 0))
            )
            epithet = _epithet_itself(ctx, quote)
            if epithet is not None:
                found.append(epithet)
    words = _words_after_colon(ctx, finder, unit, toks, found)
    if words is not None:
        found.append(words)
    return found


def _nested_utterance(ctx: QuoteContext, quote: Quote, claimed: list[tuple[int, int]]) -> bool:
    """The direct quote the words run into is someone's utterance reported inside them, its cue
    right before its marks (`Во время нападения он кричал «Аллаху акбар», заявил прокурор`): the
    words hold it, whole."""
    first = min(a for a, b in claimed if a < quote.stop and quote.start < b)
    if first <= quote.start:
        return False
    at = ctx.token_at(first)
    if (
        at is not None
        and at + 1 < len(ctx.tokens)
        and ctx.tokens[at + 1].text[:1] in QUOTE_OPENERS
        and _finite_cue(ctx.tokens[at])
    ):
        return True  # the direct quote's span begins with its cue, right before the marks
    toks = ctx.token_range(quote.start, first)
    k = toks.stop - 1
    while k >= toks.start and ctx.tokens[k].text in QUOTE_OPENERS:
        k -= 1
    return k >= toks.start and _finite_cue(ctx.tokens[k])


def _finite_cue(tok: Token) -> bool:
    return _speech_cue(tok) and tok.feats.get("VerbForm") == "Fin"


def _words_after_colon(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, found: list[Quote]
) -> Quote | None:
    """`Юлия сообщила, что СМИ неправильно их интерпретировали: ¶ Русские медиа перековеркали мои
    слова …`: reported speech in a sentence that closes its paragraph with a colon announces the
    words set off as the next paragraph; they are the same speaker's (one unmarked quote, the
    speech reported inside them found in turn)."""
    said = [q for q in found if q.cue_start is not None and (q.speaker or q.speaker_text)]
    if not said or any(q.kind == "unmarked" for q in found) or not len(toks):
        return None
    last = toks.stop - 1
    if ctx.tokens[last].text != ":" or unit.para + 1 >= len(ctx.paras):
        return None
    if ctx.text[unit.stop : ctx.paras[unit.para][1]].strip():
        return None
    quote = max(said, key=lambda q: q.cue_start or 0)
    cue = ctx.token_at(quote.cue_start)
    if cue is None or _relative_clause(ctx, toks, cue):
        return None
    speaker = next((sp for pos, sp in finder.history if pos == quote.cue_start), None)
    pstart, pstop = ctx.paras[unit.para + 1]
    if speaker is None or ctx.text[pstart:pstop].lstrip()[:1] in '«„“"':
        return None  # a quotation: the direct rules hold it
    if ctx.text.count("\n", ctx.paras[unit.para][1], pstart) > 1 and not ctx.text.startswith("''", pstart):
        # a blank line between: what the colon announced is not in the text (an embed), unless the
        # words stand in wiki italics (`сообщила следующее: ¶ ¶ ''Она не болела …''`)
        return None
    start, stop = trim(ctx.text, pstart, pstop)
    return make_quote(
        ctx,
        "unmarked",
        start,
        stop,
        cue=(quote.cue_start, quote.cue_stop or quote.cue_start),
        speaker=speaker,
        outlet=quote.outlet,
        confidence=0.7,
        reason="words set off as their own paragraph after the colon closing reported speech",
    )


def _relative_clause(ctx: QuoteContext, toks: range, i: int, *, subject: bool = True) -> bool:
    """`письмо, о котором ранее говорил Песков:`: the cue stands in a relative clause (one whose
    relative word is its subject too, unless `subject` is False)."""
    for k in range(i - 1, toks.start - 1, -1):
        if ctx.tokens[k].text in (",", ":", ";", "—", "–"):
            return False
        if ctx.tokens[k].lemma == "который":
            return subject or ctx.tokens[k].feats.get("Case") != "Nom" or ctx.tokens[k - 1].pos == "ADP"
    return False


def _cue_before_colon(
    ctx: QuoteContext, i: int, busy: list[tuple[int, int]], claimed: list[tuple[int, int]]
) -> bool:
    """`Каримов полагает, что Ташкент ищет дешёвую технологию: «…»`: the cue of the direct quote
    after the colon has a `что`-clause of its own, reported speech before the quote."""
    holding = [(a, b) for a, b in busy if a <= ctx.tokens[i].start < b]
    if any(span not in claimed or span[1] - span[0] > CLAIMED_CUE_CHARS for span in holding):
        return False
    comma = next(
        (k for k in range(i + 1, min(len(ctx.tokens) - 1, i + ADDRESSEE_WORDS)) if ctx.tokens[k].text == ","),
        None,
    )
    # `заявил (журналистам), что …: «…»`: an addressee may stand between the cue and its clause
    return (
        comma is not None
        and ctx.tokens[comma + 1].text.lower() == "что"
        and _only_addressees(ctx, range(i + 1, comma))
    )


def _inside(offset: int, quotations: list[Group]) -> bool:
    return any(g.start <= offset < g.stop for g in quotations)


# --- frames -------------------------------------------------------------------
def _frame(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    tok = ctx.tokens[i]
    low = tok.text.lower()
    if low in cues.FRAME_PREPOSITIONS:
        return _po_frame(ctx, finder, unit, toks, i)
    if low == "согласно":
        return _according_frame(ctx, finder, unit, toks, i)
    if low == "как" and _opens_clause(ctx, toks, i):
        v = i + 1
        while v < toks.stop and v <= i + 2 and ctx.tokens[v].pos == "ADV":  # `как позднее сообщил`
            v += 1
        if v >= toks.stop:
            return None
        verb = ctx.tokens[v]
        if cues.impersonal_cue(verb):
            # `как отмечается в сообщении ведомства, …`: the document's source, or nobody named
            # the document's source stands inside the frame (`в сообщении, завод закрыт`: not `завод`)
            source = finder.document_source(v + 1, _clause_end(ctx, v + 1, toks.stop))
            if source is None and (verb.lemma in HEDGES or verb.text.lower() in HEDGES):
                return None  # `что, как предполагается, позволит …`: the writer's guess, nobody's words
            if verb.text.lower() in SAYINGS and v + 1 < toks.stop and ctx.tokens[v + 1].text == ",":
                return None
            end = _clause_end(ctx, v + 1, toks.stop)
            if source is None and end >= toks.stop - 1 and ctx.tokens[v + 1].pos not in ("PUNCT", "ADP"):
                end = v + 1  # `Как сообщается Бабур прилетел …`: the comma after the frame left out
            if source is None and _between_subject_and_cue(ctx, toks, i, end):
                return None  # `Он, как сообщается, сообщил …`: the verb's subject speaks
            confidence = 0.7 if source else 0.5
            return _framed_quote(ctx, finder, unit, i, end, (tok.start, verb.stop), source, confidence)
        if _follows_from_document(ctx, v, toks.stop):
            # `Как следует из отчёта Минфина, …`: the document's source, or nobody named
            source = finder.document_source(v + 2, toks.stop) or finder.document_made(v + 2, toks.stop)
            end = _clause_end(ctx, v + 1, toks.stop)
            confidence = 0.7 if source else 0.5
            return _framed_quote(ctx, finder, unit, i, end, (tok.start, verb.stop), source, confidence)
        if not _frame_verb(ctx, v):
            return None
        # the holder stands inside the frame: `Как сообщили из прокуратуры, лидеры …` is not `лидеры`
        speaker = finder.subject_after(v, _frame_holder_end(ctx, v + 1, toks.stop))
        if speaker is None:
            return None
        last = ctx.token_at(speaker.stop - 1)
        end = _past_source_clause(ctx, _clause_end(ctx, max(v + 1, (last or i) + 1), toks.stop), toks.stop)
        if speaker.type == "person":
            end = _past_apposition(ctx, end, toks.stop)
        if verb.lemma in cues.RELAY_FRAME_VERBS and _between_subject_and_cue(
            ctx, toks, i, end, relayed=False
        ):
            return None  # `Эрдоган, как передает агентство Anadolu, заявил, что …`: Эрдоган speaks
        inner = (
            _reports_itself(ctx, finder, end + 1, toks.stop) if verb.lemma in cues.RELAY_FRAME_VERBS else None
        )
        if inner is not None:  # `Как сообщает «Интерфакс», пресс-секретарь назвала …`: the words are hers
            return _inner_report(ctx, finder, unit, *inner, relay=speaker)
        return _framed_quote(ctx, finder, unit, i, end, (tok.start, verb.stop), speaker, 0.85, verb_index=v)
    return None


def _between_subject_and_cue(
    ctx: QuoteContext, toks: range, i: int, end: int, *, relayed: bool = True
) -> bool:
    """An inserted frame set off by commas between a subject and its speech verb (`он, как
    сообщается, сообщил другому лицу о …`): the verb has a speaker of its own."""
    return (
        i > toks.start
        and ctx.tokens[i - 1].text == ","
        and end + 1 < toks.stop
        and ctx.tokens[end].text == ","
        and (_finite_cue(ctx.tokens[end + 1]) or (relayed and ctx.tokens[end + 1].lemma in cues.CALL_VERBS))
        # `Российская сторона, по словам Мединского, настаивает на …`: a verb with no words of its
        # own (no `что`, `о`, colon) is what the frame's holder reports; an outlet's frame
        # (`Эрдоган, по данным Anadolu, предложил …`) only relays the subject's words
        and (relayed or _complement(ctx, end + 1, toks.stop) is not None)
    )


def _follows_from_document(ctx: QuoteContext, v: int, stop: int) -> bool:
    """`как следует из документа`, `как следует из доклада ООН`: a document says it
    (`как следует из названия` does not)."""
    return (
        ctx.tokens[v].lemma == "следовать"
        and v + 2 < stop
        and ctx.tokens[v + 1].text.lower() == "из"
        and ctx.tokens[v + 2].lemma in cues.DOCUMENT_NOUNS
    )


def _po_frame(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    if not _opens_clause(ctx, toks, i) and not _after_relative_adverb(ctx, toks, i):
        return None  # `Слушания в Сенате по утверждению его кандидатуры`: a noun's complement, no frame
    j = i + 1
    possessive = j < toks.stop and ctx.tokens[j].text.lower() in cues.POSSESSIVES
    if possessive:
        j += 1
    # `по его собственному заявлению`, `по его же словам`, `по первоначальным словам девушки`
    while j < toks.stop and j <= i + 3 and _frame_modifier(ctx.tokens[j]):
        j += 1
    if j >= toks.stop or ctx.tokens[j].lemma not in cues.FRAME_PREPOSITIONS[ctx.tokens[i].text.lower()]:
        return None
    noun = ctx.tokens[j]
    if possessive:  # `По его мнению страны …`: the frame is the three words, comma or not
        end = j + 1
    else:
        end = _past_source_clause(
            ctx, _apposition_end(ctx, _clause_end(ctx, j + 1, toks.stop), toks.stop), toks.stop
        )
        if end >= toks.stop - 1:  # `По словам его супруги Валентины Бондаревой он скончался дома`
            end = _holder_without_comma(ctx, j + 1, end)
    if _between_subject_and_cue(ctx, toks, i, end, relayed=noun.lemma in cues.RELAY_FRAME_NOUNS):
        return None  # `Полиция, по данным газеты, отметила, что …`: the verb's subject speaks
    holder_lo = i + 1 if possessive else j + 1
    speaker = finder.holder(holder_lo, end if j == i + 1 or j + 1 < end else j)
    if speaker is None and noun.lemma in SPOKEN_FRAME_NOUNS and not possessive:
        speaker = _described_holder(ctx, holder_lo, end)  # `по словам группы`: someone said it
    if speaker is None and not possessive and any(t.lemma in OFFICIAL_WORDS for t in ctx.tokens[i + 1 : j]):
        # `По официальной версии, …`, `по официальным данным`: the account of the body that spoke
        # just before (`центризбирком объявил … По официальным данным, …`), else nobody named
        start, stop = ctx.tokens[i + 1].start, noun.stop
        body = next(
            (sp for sp in finder.previous(ctx.tokens[i].start, paragraphs=1)[:1] if sp.type != "person"), None
        )
        speaker = Speaker(start, stop, "unnamed", text=ctx.text[start:stop], type="unnamed")
        if body is not None and body.entity is not None:
            speaker = replace(body, start=start, stop=stop, how="frame", role=None)
    reason = None
    if speaker is None and possessive:
        # `По её словам, …` with nobody the pronoun could mean: the words are still someone's
        speaker, reason = pronoun_source(ctx.tokens[i + 1]), BARE_PRONOUN_REASON
    if speaker is None:
        return None
    # `По данным ТАСС, министр заявил, что …`, `По словам источника, министр заявил, что …`: an
    # outlet or an unnamed source relays the words of a speaker who has a cue of their own
    relay = not possessive and (noun.lemma in cues.RELAY_FRAME_NOUNS or speaker.entity is None)
    inner = _reports_itself(ctx, finder, end + 1, toks.stop) if relay else None
    if inner is not None:
        return _inner_report(ctx, finder, unit, *inner, relay=speaker)
    if end == toks.stop - 1 and ctx.tokens[end].text == ":":  # `По её словам:` closing its paragraph
        said = _colon_paragraph(ctx, finder, unit, toks, i, author=speaker)
        if said is not None:
            return said
    confidence = cues.FRAME_NOUNS[noun.lemma] if reason is None else BARE_PRONOUN
    return _framed_quote(
        ctx, finder, unit, i, end, (ctx.tokens[i].start, noun.stop), speaker, confidence, reason=reason
    )


def _holder_without_comma(ctx: QuoteContext, lo: int, end: int) -> int:
    """A frame's holder with no comma after it ends where the words' subject begins: the first
    word after the genitive phrase that is in the nominative, with a finite verb after it."""
    k = lo
    while k < end:
        ref = ctx.referent_at(k)
        if ref is not None and k > lo and ctx.token_at(ref.start) == k and ref.type != "person":
            break  # `По словам Петрова Россия …`: a body or country opening the words
        if ref is not None:
            k = (ctx.token_at(ref.stop - 1) or k) + 1
            continue
        t = ctx.tokens[k]
        if t.text.lower() in cues.POSSESSIVES or t.feats.get("Case") == "Gen":
            k += 1
            continue
        break
    if k == lo or k >= end:
        return end
    t = ctx.tokens[k]
    if t.pos not in ("NOUN", "PROPN", "PRON") or t.feats.get("Case") != "Nom":
        return end
    if not any(_finite_word(ctx.tokens[v]) for v in range(k + 1, end)):
        return end
    return k


def _described_holder(ctx: QuoteContext, lo: int, end: int) -> Speaker | None:
    """The noun phrase after a frame of speech no rule resolves (`по словам группы`): an unnamed
    source stored with that description, so the words are not lost."""
    if lo >= end or ctx.tokens[lo].pos not in ("NOUN", "PROPN") or end - lo > DESCRIBED_HOLDER_TOKENS:
        return None
    start, stop = ctx.tokens[lo].start, ctx.tokens[end - 1].stop
    return Speaker(start, stop, "unnamed", text=ctx.text[start:stop], type="unnamed")


def _frame_modifier(tok) -> bool:
    """A word between `по` and the frame noun: an adjective agreeing with it (`по первоначальным
    словам`, `по собственным словам`) or the particle `же` (`по его же словам`)."""
    return (tok.pos == "ADJ" and tok.feats.get("Case") in ("Dat", None)) or tok.text.lower() == "же"


def _after_relative_adverb(ctx: QuoteContext, toks: range, i: int) -> bool:
    """`…до Тель-Авива, где по её словам, она должна была …`: a frame right after the relative
    adverb opening a clause, no comma between them."""
    return (
        i - 2 >= toks.start
        and ctx.tokens[i - 1].text.lower() in PLACE_RELATIVES | TIME_RELATIVES
        and ctx.tokens[i - 2].text == ","
    )


def _past_source_clause(ctx: QuoteContext, end: int, stop: int) -> int:
    """A frame's holder goes on over a clause about it set off by commas: `как сообщает CNN,
    ссылаясь на чиновника, …`, `со ссылкой на чиновника, пожелавшего остаться неизвестным, …`."""
    while end + 2 < stop and ctx.tokens[end].text == ",":
        nxt = ctx.tokens[end + 1]
        form = nxt.feats.get("VerbForm")
        if nxt.lemma == "который" and nxt.feats.get("Case") == "Nom":
            form = "Conv"  # `по данным CNN, который ссылается на чиновника, …`: a clause about the holder
        if form not in ("Part", "Conv") or nxt.feats.get("Variant") == "Short":
            break
        if form == "Part" and nxt.feats.get("Case") in ("Nom", None):
            break  # `Как заявили наблюдатели, прошедшие выборы …`: the words' own subject

        after = _clause_end(ctx, end + 2, stop)
        if after >= stop or ctx.tokens[after].text != ",":
            break  # the participle's clause must end before the words do
        end = after
    return end


def _past_apposition(ctx: QuoteContext, end: int, stop: int) -> int:
    """A person holding a frame goes on over an apposition set off by commas: `как заявил
    конгрессмен Джейсон Чеффиц, член Комитета по внутренней безопасности, следователи …`. The
    apposition opens with a person noun in the nominative, has no verb of its own (`как
    заявил Петров, министр уйдет в отставку` is the words said), and the words after it open
    with their subject."""
    if end + 2 >= stop or ctx.tokens[end].text != ",":
        return end
    head = ctx.tokens[end + 1]
    if not (head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" and head.feats.get("Case") == "Nom"):
        return end
    after = _clause_end(ctx, end + 2, stop)
    if after >= stop or ctx.tokens[after].text != ",":
        return end
    if any(ctx.tokens[k].pos in ("VERB", "AUX") for k in range(end + 1, after)):
        return end
    if after + 1 >= stop or ctx.tokens[after + 1].pos not in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"):
        return end  # `…, министр финансов, по его данным, уйдет`: an aside inside the words, not after a name
    return after


def _reports_itself(
    ctx: QuoteContext, finder: SpeakerFinder, start: int, stop: int
) -> tuple[int, Speaker] | None:
    """The clause after a frame has a speaker and a cue of its own (`…, министр заявил, что`):
    the cue and its speaker."""
    k = start
    while k < min(stop, start + RELAYED_SUBJECT_WINDOW):
        tok = ctx.tokens[k]
        if tok.text in QUOTE_OPENERS and (closing := _name_in_marks(ctx, k, stop)) is not None:
            k = closing + 1  # `на пограничной заставе "Арканкерген"`: a name, not words quoted
            continue
        if tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin":
            if tok.lemma in cues.CALL_VERBS:
                # `Как передает Интерфакс, министр … призвал банки снизить ставки`: the call of a
                # speaker named; an unnamed one's is the outlet's report
                speaker = finder.subject_before(k, start)
                return (k, speaker) if speaker is not None and speaker.entity is not None else None
            if tok.lemma in cues.NAMING_VERBS:
                pass
            elif not _speech_cue(tok) or tok.lemma in cues.WARN_VERBS or _complement(ctx, k, stop) is None:
                return None  # `его правительство предупредило власти о рисках`: what the holder said
            speaker = finder.subject_before(k, start)
            return (k, speaker) if speaker is not None else None
        # the end of the clause (not an initial's full stop inside a name: `Как сообщает ТАСС, В.Путин заявил`)
        if tok.text in (".", ";", ":", "«", '"') and ctx.referent_at(k) is None:
            return None
        k += 1
    return None


def _name_in_marks(ctx: QuoteContext, k: int, stop: int) -> int | None:
    """The closing mark of a name of a few words in quotation marks opening at token `k`."""
    for j in range(k + 1, min(stop, k + NAME_IN_MARKS + 2)):
        if ctx.tokens[j].text in QUOTE_CLOSERS:
            return j if j > k + 1 else None
    return None


def _inner_report(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, k: int, speaker: Speaker, *, relay: Speaker
) -> Quote | None:
    """What the speaker inside a relayed clause said: its own cue's rules hold it (None), or, for
    `назвала среди задач …` and a call (`призвал банки снизить ставки`), the words after the
    verb. An unnamed speaker (`Как сообщает CNN, американский чиновник заявил, что …`) leaves
    the words to the outlet relaying them; a state body named by its common noun (`По данным Fox
    News, полиция считает, что …`) is an organisation and keeps them."""
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    if (
        speaker.entity is None
        and relay.entity is not None
        and relay.type != "person"
        and not _state_body(ctx, speaker)
    ):
        complement = _complement(ctx, k, len(ctx.tokens))
        if complement is None or complement >= ustop:
            return None
        start, stop = trim(ctx.text, complement, _next_speech_clause(ctx, complement, ustop), period=True)
        kind, start, stop = _direct_if_quoted(ctx, start, stop)
        return _said(ctx, finder, k, kind, start, stop, relay, confidence=0.7)
    if ctx.tokens[k].lemma not in cues.NAMING_VERBS and ctx.tokens[k].lemma not in cues.CALL_VERBS:
        return None
    if k + 1 >= len(ctx.tokens) or ctx.tokens[k + 1].start >= ustop:
        return None
    start, stop = trim(ctx.text, ctx.tokens[k + 1].start, ustop, period=True)
    return _said(ctx, finder, k, "indirect", start, stop, speaker, confidence=0.7)


def _state_body(ctx: QuoteContext, speaker: Speaker) -> bool:
    """An unnamed speaker that is a state body named by its head noun alone (`полиция`,
    `прокуратура`, `правительство`): an organisation, not an anonymous person."""
    words = [ctx.tokens[k] for k in ctx.token_range(speaker.start, speaker.stop)]
    head = next((w for w in words if w.pos in ("NOUN", "PROPN")), None)
    return (
        head is not None
        and head.lemma in cues.BODY_HEADS
        and head.feats.get("Number", "Sing") == "Sing"
        and all(w.pos == "ADJ" for w in words[: words.index(head)])
    )


def _relayed_source(ctx: QuoteContext, finder: SpeakerFinder, speaker: Speaker | None) -> Speaker | None:
    """`Полиция со ссылкой на данные Минздрава сообщила`: the source a speaker cites speaks
    when it is named; an unnamed one (`со ссылкой на американского чиновника`), or an anonymous
    source inside a named body (`на источники в Минобороны`), leaves the words to the speaker.
    A media outlet reporting with a reference (`сообщает РИА Новости со ссылкой на пресс-службу
    правительства`, `сообщает Daily Mirror со ссылкой на The Sun`) is the speaker itself, as the
    gold sets annotate it, unless the one it cites is a person named (`сообщает «Медиазона» со
    ссылкой на пресс-секретаря ФБК Киру Ярмыш`): that person speaks, the outlet relays."""
    if speaker is None:
        return None
    entity = ctx.doc.entity(speaker.entity) if speaker.entity else None
    cited = _cited_source(ctx, finder, speaker)
    media = entity.kind == "media" if entity is not None else _unnamed_media(ctx, speaker)
    if media:  # `СМИ со ссылкой на агентство Fitch сообщили`: unnamed media relay, the source is null
        return cited if cited is not None and cited.type == "person" else speaker
    return cited or speaker


def _cited_source(ctx: QuoteContext, finder: SpeakerFinder, speaker: Speaker) -> Speaker | None:
    """The named source right after a speaker's `со ссылкой на` or `ссылаясь на`, or None."""
    k = ctx.token_at(speaker.stop - 1)
    if k is None:
        return None
    k += 1
    while k < len(ctx.tokens) and ctx.tokens[k].text in '»"“”,':
        k += 1
    first = cues.citation_end(ctx.tokens, k)
    if first is None:
        return None
    hi = first
    while hi < min(len(ctx.tokens), first + 8) and ctx.tokens[hi].text not in (",", ".", ";", ":", "—", "–"):
        hi += 1
    head = next((t for t in ctx.tokens[first:hi] if t.pos not in ("ADJ", "DET")), None)
    if head is not None and head.lemma in cues.SOURCES_TO_OUTLETS:
        return None  # `со ссылкой на неназванные источники в Минобороны`: a source, wherever it sits
    cited = finder.holder(first, hi)
    if cited is None or cited.entity is None or cited.entity == speaker.entity:
        return None
    return cited


def _unnamed_media(ctx: QuoteContext, speaker: Speaker) -> bool:
    """An unnamed source described as media (`СМИ`, `местные газеты`, `британская пресса`)."""
    return any(
        ctx.tokens[k].lemma in cues.UNNAMED_MEDIA for k in ctx.token_range(speaker.start, speaker.stop)
    )


def _frame_holder_end(ctx: QuoteContext, i: int, stop: int) -> int:
    """The comma closing a `как`-frame, looking past an aside in parentheses."""
    depth = 0
    for k in range(i, stop):
        text = ctx.tokens[k].text
        depth += (text == "(") - (text == ")")
        if depth <= 0 and text in (",", "—", "–", ":"):
            return k
    return stop


def _according_frame(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int
) -> Quote | None:
    """`согласно Иванову, …`, `согласно отчёту Reuters, …`, but not `согласно закону, …`.

    The holder is a name right after `согласно`, or one after a frame or document noun.
    """
    j = i + 1
    if j < toks.stop and ctx.tokens[j].lemma == "который":
        return _according_to_which(ctx, finder, unit, toks, i)
    if j < toks.stop and ctx.tokens[j].text.lower() in cues.POSSESSIVES:
        j += 1
    if j >= toks.stop:
        return None
    charge = _charge_noun(ctx, j, toks.stop)
    if charge is not None:
        # `Согласно обвинению, среди жертв …`: what the charges say, whoever brought them (nobody named)
        end = _clause_end(ctx, charge + 1, toks.stop)
        if end >= toks.stop or ctx.tokens[end].text != ",":
            return None
        speaker = finder.holder(charge + 1, end) if end > charge + 1 else None
        cue = (ctx.tokens[i].start, ctx.tokens[charge].stop)
        return _framed_quote(ctx, finder, unit, i, end, cue, speaker, 0.7)
    ruling = _ruling_noun(ctx, j, toks.stop)
    if ruling is not None:
        j = ruling  # `согласно оглашенному в понедельник решению Страсбургского суда`
    noun = ctx.tokens[j]
    end = _apposition_end(ctx, _clause_end(ctx, j, toks.stop), toks.stop)
    if end >= toks.stop or ctx.tokens[end].text != ",":
        return None  # `согласно плану` inside a clause: not a frame
    if ruling is not None:
        speaker = finder.holder(j + 1, min(end, j + 5))
        if speaker is None or "суд" not in ctx.text[speaker.start : speaker.stop].lower():
            return None  # `согласно решению правительства`: a decision, not a ruling said
        confidence = 0.7
    elif noun.lemma in cues.FRAME_NOUNS or noun.lemma in cues.DOCUMENT_NOUNS:
        speaker = finder.holder(i + 1 if j == i + 2 else j + 1, min(end, j + 5))
        confidence = cues.FRAME_NOUNS.get(noun.lemma, 0.7)
    else:
        ref = ctx.referent_at(j)
        if ref is None or ref.type not in ("person", "organization"):
            return None
        speaker, confidence = finder.from_referent(ref, how="name"), 0.8
    if speaker is None and end == j + 1 and noun.lemma in cues.DOCUMENT_NOUNS:
        # `«Яндекс» опубликовал пресс-релиз. Согласно документу, …`: the one who made it before
        speaker = finder.document_made(j, end)
    # `Согласно сообщению, …` with no source: the quotes stage gives it to the organisation quoted last
    if speaker is None and not (noun.lemma in STATEMENT_DOCUMENTS and end == j + 1):
        return None
    cue = (
        ctx.tokens[i].start,
        noun.stop if j > i + 1 or noun.lemma in cues.FRAME_NOUNS else ctx.tokens[i].stop,
    )
    return _framed_quote(ctx, finder, unit, i, end, cue, speaker, confidence)


def _request_made(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`прокуратура обратилась в суд с просьбой ограничить …`, `выступил с призывом отменить …`:
    a request, call, demand or proposal made with an infinitive is what the subject of the verb
    making it asked for."""
    tok = ctx.tokens[i]
    if tok.lemma not in REQUEST_NOUNS or tok.pos != "NOUN" or i == toks.start or i + 1 >= toks.stop:
        return None
    if ctx.tokens[i - 1].text.lower() not in ("с", "со") or ctx.tokens[i + 1].feats.get("VerbForm") != "Inf":
        return None
    speaker = _maker_before(ctx, finder, toks, i, REQUEST_WINDOW, REQUEST_MAKING_VERBS)
    if speaker is None:
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    begin = ctx.tokens[i + 1].start
    start, stop = trim(ctx.text, begin, _next_speech_clause(ctx, begin, ustop), period=True)
    if start >= stop:
        return None
    return _said(ctx, finder, i, "indirect", start, stop, speaker)  # whom it was made to is no outlet


def _maker_before(
    ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int, window: int, verbs: frozenset[str]
) -> Speaker | None:
    """The subject of the nearest finite verb within `window` tokens before `i`, when that verb
    makes something (`обратилась … с просьбой`, `вынес приговор, согласно которому`), not in the future."""
    verb = next(
        (k for k in range(i - 1, max(toks.start, i - window) - 1, -1) if _finite_word(ctx.tokens[k])), None
    )
    if verb is None or ctx.tokens[verb].lemma not in verbs or ctx.tokens[verb].feats.get("Tense") == "Fut":
        return None
    return finder.subject_before(verb, toks.start)


def _charge_noun(ctx: QuoteContext, j: int, stop: int) -> int | None:
    """`согласно обвинению`, `согласно обвинительному заключению`: the charges' noun index."""
    t = ctx.tokens[j]
    if t.lemma == "обвинение" and t.pos == "NOUN":
        return j
    if t.lemma == "обвинительный" and j + 1 < stop and ctx.tokens[j + 1].lemma == "заключение":
        return j + 1
    return None


def _according_to_which(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int
) -> Quote | None:
    """`Суд вынес приговор, согласно которому футболисты будут переведены …`, `МИД опубликовал
    заявление, согласно которому …`: what a ruling or a statement made in the main clause says
    is its maker's; a court's ruling only when a court made it."""
    if i < toks.start + 3 or ctx.tokens[i - 1].text != ",":
        return None
    noun = ctx.tokens[i - 2]
    if noun.lemma not in RULING_NOUNS | STATEMENT_DOCUMENTS or noun.pos != "NOUN":
        return None
    speaker = _maker_before(ctx, finder, toks, i, RULING_WINDOW + 2, ISSUING_DOCUMENT_VERBS | RULING_VERBS)
    if speaker is None:
        return None
    if noun.lemma in RULING_NOUNS and "суд" not in ctx.text[speaker.start : speaker.stop].lower():
        return None  # `правительство приняло решение, согласно которому …`: a decision, not a ruling said
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    start, stop = trim(ctx.text, ctx.tokens[i + 1].stop, ustop, period=True)
    if start >= stop:
        return None
    kind, start, stop = _direct_if_quoted(ctx, start, stop)
    cue = (ctx.tokens[i].start, ctx.tokens[i + 1].stop)
    finder.remember(cue[0], speaker)
    return make_quote(ctx, kind, start, stop, cue=cue, speaker=speaker, confidence=0.7)


def _ruling_noun(ctx: QuoteContext, j: int, stop: int) -> int | None:
    """A court's ruling after `согласно`, maybe past a participle and its circumstance
    (`оглашенному в понедельник решению`): the ruling noun's index."""
    for k in range(j, min(stop, j + RULING_WINDOW)):
        t = ctx.tokens[k]
        if t.lemma in RULING_NOUNS and t.pos == "NOUN":
            return k
        if t.pos not in ("ADJ", "ADP", "NOUN", "VERB") or (
            t.pos == "VERB" and t.feats.get("VerbForm") != "Part"
        ):
            return None
    return None


def _framed_quote(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    unit: Unit,
    first: int,
    end: int,
    cue: tuple[int, int],
    speaker: Speaker | None,
    confidence: float,
    verb_index: int | None = None,
    reason: str | None = None,
) -> Quote:
    text = ctx.text
    ustart, ustop = trim(text, unit.start, unit.stop, period=True)
    fstart = ctx.tokens[first].start
    fstop = ctx.tokens[end - 1].stop
    colon = max(text.rfind(":", ustart, fstart), text.rfind(";", ustart, fstart))
    if colon >= 0 and re.fullmatch(r"[\s,]*(?:об этом)?[\s,]*", text[colon + 1 : fstart], re.IGNORECASE):
        start, stop = (
            fstop,
            ustop,
        )  # `…: об этом, по сведениям источников, …`: a new statement after the colon
    elif (relative := _RELATIVE_BEFORE.search(text, ustart, fstart)) is not None:
        # `Челаха, который, по версии следствия, является убийцей, …`: the relative clause is the
        # claim (test7 gold), up to the comma that closes it
        closing = text.find(",", fstop, ustop)
        after = text.find(",", closing + 1, ustop) if closing >= 0 else -1
        start, stop = relative.start(1), after if after >= 0 else ustop
    elif _RELATIVE_ADVERB_BEFORE.search(text, ustart, fstart) is not None:
        # `…до Тель-Авива, где, по её словам, она должна была встретиться с …`: the relative
        # clause after the frame is the claim, not the sentence it hangs on (nor a contrast after it)
        start, stop = fstop, _contrast_before(ctx, fstop, ustop)
    elif _only_connective(ctx, ustart, fstart):
        # the frame opens the sentence, maybe with a clause on its holder (`Как уточнили в театре, где
        # служил актёр, прощание пройдёт в пятницу`)
        start, stop = _past_holder_clause(ctx, fstop, ustop), _subjects_gerund(ctx, fstop, ustop)
        apposed = finder.apposed_person(end) if speaker is None or speaker.type == "unnamed" else None
        if apposed is not None:  # `Как заявил представитель министерства, замминистра Андрей Руденко, …`
            speaker, start = apposed
    elif _reported_before(ctx, ustart, fstart):
        # `X заявил, что …, по его словам, речь идёт о …`: a statement of its own before the frame
        start, stop = fstop, ustop
    elif not text[fstop:ustop].strip(" ,.—–-"):
        start, stop = ustart, fstart  # the frame closes the sentence
    else:
        start, stop = ustart, ustop
    start, stop = trim(text, start, stop, period=True)
    kind, start, stop = _direct_if_quoted(ctx, start, stop)
    outlet = finder.outlet(verb_index, end) if verb_index is not None else None
    cited = _relayed_source(ctx, finder, speaker)
    if cited is not speaker and speaker is not None:
        outlet = outlet or speaker.entity  # the outlet that relayed the words
    speaker = cited
    finder.remember(cue[0], speaker)
    return make_quote(
        ctx, kind, start, stop, cue=cue, speaker=speaker, outlet=outlet, confidence=confidence, reason=reason
    )


def _past_holder_clause(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where the words after a frame begin: past a relative clause set off by commas that
    qualifies the frame's holder (`, у которой тренируется спортсменка,`, `, где служил актёр,`),
    else at `start` (a participle there may open the words' own subject: `, прошедшие выборы …`)."""
    toks = ctx.token_range(start, stop)
    if len(toks) < 3 or ctx.tokens[toks[0]].text != ",":
        return start
    first, second = ctx.tokens[toks[1]], ctx.tokens[toks[2]]
    opens = (
        first.lemma in RELATIVE_WORDS
        or (first.pos == "ADP" and second.lemma in RELATIVE_WORDS)
        or first.text.lower() == "где"
    )
    closing = next((k for k in toks[2:] if ctx.tokens[k].text == ","), None) if opens else None
    return ctx.tokens[closing].stop if closing is not None and closing + 1 < toks.stop else start


def _reported_before(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A finite speech cue and its `что`-clause, with a finite verb of its own, stand before
    offset `stop` in the sentence, the frame set off by a comma after them."""
    toks = ctx.token_range(start, stop)
    if not len(toks) or ctx.tokens[toks.stop - 1].text != ",":
        return False
    found = _cue_and_that(ctx, toks)
    return found is not None and any(
        ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(found[1] + 1, toks.stop)
    )


def _cue_and_that(ctx: QuoteContext, toks: range) -> tuple[int, int] | None:
    """The first finite speech cue among the tokens and the `что` after it, or None."""
    cue = next((k for k in toks if _finite_cue(ctx.tokens[k])), None)
    if cue is None:
        return None
    that = next((k for k in range(cue + 1, toks.stop) if ctx.tokens[k].text.lower() == "что"), None)
    return (cue, that) if that is not None else None


def _named_report_before(ctx: QuoteContext, finder: SpeakerFinder, start: int, stop: int) -> bool:
    """A speech cue with its `что`-clause stands before offset `stop`, its subject named: someone's
    statement that a trailing `сообщает ТАСС` only relays. (`X объявил о своей отставке, сообщает
    AP` is the agency's report of the whole sentence: the words of X are only a noun phrase.)"""
    found = _cue_and_that(ctx, ctx.token_range(ctx.tokens[start].start, stop))
    subject = finder.subject_before(found[0], start) if found is not None else None
    return subject is not None and subject.entity is not None


def _trailing_report_before(ctx: QuoteContext, finder: SpeakerFinder, start: int, stop: int) -> bool:
    """Tokens `start`…`stop` end with a trailing cue and its named subject (`Виновные будут
    наказаны, заявил Чавушоглу`): someone's statement that a trailing `передаёт Anadolu` relays."""
    for k in range(stop - 1, start, -1):
        if ctx.tokens[k].text == "," and k + 1 < stop and _finite_cue(ctx.tokens[k + 1]):
            subject = finder.subject_after(k + 1, stop)
            return subject is not None and subject.entity is not None
    return False


def _about_this_reported(ctx: QuoteContext, finder: SpeakerFinder, start: int, stop: int) -> bool:
    """Tokens `start`…`stop` say who told the sentence before, named (`Об этом сообщил начальник
    Генштаба Валерий Герасимов`): a report whose words are already a quote of theirs. (A report
    with words of its own, `Джобс заявил о своем уходе, сообщает AP`, is the outlet's as well, as
    the gold sets annotate it; so is an unnamed one's, `Министр заявил, что …, пишет lenta.ru`.)"""
    if (
        stop - start < 3
        or ctx.tokens[start].text.lower() not in ("об", "о")
        or ctx.tokens[start + 1].lemma != "это"
    ):
        return False
    for k in range(start + 2, stop):
        if _finite_cue(ctx.tokens[k]):
            subject = finder.subject_after(k, stop) or finder.subject_before(k, start)
            if subject is not None and subject.entity is not None:
                return True
    return False


def _subjects_gerund(ctx: QuoteContext, start: int, stop: int) -> int:
    """`По данным следствия, Хендрикс связался с осведомителем, сообщив, что «…»`: a speech
    gerund with its reported clause, set off by a comma after a clause whose subject is named (or
    a personal pronoun), is that subject's statement, not the frame's: the frame's words stop
    before it."""
    toks = ctx.token_range(start, stop)
    subject = False
    for c in toks:
        tok = ctx.tokens[c]
        if tok.feats.get("Case", "Nom") == "Nom" and (
            ctx.referent_at(c) is not None or tok.text.lower() in cues.PERSONAL_PRONOUNS
        ):
            subject = True  # a name or a pronoun: someone the gerund's words can be given to
        if tok.text != "," or c + 1 >= toks.stop or not subject:
            continue
        gerund = ctx.tokens[c + 1]
        if (
            gerund.feats.get("VerbForm") == "Conv"
            and _speech_cue(gerund)
            and _complement(ctx, c + 1, toks.stop) is not None
        ):
            return tok.start
    return stop


# `«…», а ранения «…»`: a second object and its quoted epithet after the first, one statement
_PARALLEL_EPITHET = re.compile(r"\s*,?\s+(?:а|и)\s+[^«»\"„“.,;:!?\n]{1,60}?[«„“\"][^«»\"„“\n]{1,80}[»“”\"]")
# `который`/`которую`/`о которых`, … in any case: a relative clause a frame stands in
_RELATIVE_BEFORE = re.compile(
    r"(?<!\w)(котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми))\s*,\s*$", re.IGNORECASE
)
_RELATIVE_ADVERB_BEFORE = re.compile(r",\s*(?:где|куда|откуда|когда)\s*,?\s*$", re.IGNORECASE)


def _contrast_before(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where a comma and a contrasting conjunction (`, но …`, `, однако …`) end a clause, or `stop`."""
    for c in ctx.token_range(start, stop):
        if (
            ctx.tokens[c].text == ","
            and c + 1 < len(ctx.tokens)
            and ctx.tokens[c + 1].text.lower() in CONTRASTS
        ):
            return ctx.tokens[c].start
    return stop


def _only_connective(ctx: QuoteContext, start: int, stop: int) -> bool:
    """Nothing but a conjunction or adverb before the frame (`А по словам …`, `Однако, как считает …`).

    A noun before it is the content's subject: `Переговоры, как пишет издание, зашли в тупик`.
    """
    words = ctx.text[start:stop].replace(",", " ").split()
    if " ".join(words).lower() in cues.CONNECTIVES:
        return True
    toks = [ctx.tokens[k] for k in ctx.token_range(start, stop) if ctx.tokens[k].pos != "PUNCT"]
    return len(toks) == 0 or (len(toks) == 1 and toks[0].pos not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"))


def _direct_if_quoted(ctx: QuoteContext, start: int, stop: int) -> tuple[str, int, int]:
    """`По словам Иванова, «…».`: content that is one quotation is a direct quote."""
    for q, qstop in ctx.quoted:
        if q.depth == 0 and q.open_at == start and qstop >= stop - 1:
            return "direct", q.start, qstop
    return "indirect", start, stop


def _frame_verb(ctx: QuoteContext, i: int) -> bool:
    tok = ctx.tokens[i]
    return tok.lemma in cues.FRAME_VERBS and tok.pos in ("VERB", "ADJ")


def _opens_clause(ctx: QuoteContext, toks: range, i: int) -> bool:
    return (
        i == toks.start
        or ctx.tokens[i - 1].text in CLAUSE_OPENERS
        or (i - 1 == toks.start and ctx.tokens[i - 1].pos in ("CCONJ", "ADV"))
    )


def _apposition_end(ctx: QuoteContext, end: int, stop: int) -> int:
    """`по словам Ивана Петрова, главы завода, …`, `по словам мужа погибшей, Дэвида Маккина, …`:
    an apposition in the genitive belongs to the holder."""
    while end + 1 < stop and ctx.tokens[end].text == ",":
        nxt = ctx.tokens[end + 1]
        ref = ctx.referent_at(end + 1)
        name = ref is not None and ref.type == "person" and ctx.token_at(ref.start) == end + 1
        if not name and (nxt.pos not in ("NOUN", "ADJ") or nxt.feats.get("Case") not in ("Gen", "Acc")):
            break
        after = _clause_end(ctx, end + 1, stop)
        if (
            after >= stop
            or ctx.tokens[after].text != ","
            or any(ctx.tokens[k].pos in ("VERB", "AUX") for k in range(end + 1, after))
        ):
            break
        end = after
    return end


def _clause_end(ctx: QuoteContext, i: int, stop: int) -> int:
    """Index after the last token of a frame's holder: up to the next comma or dash."""
    while i < stop and ctx.tokens[i].text not in (",", "—", "–", "!", "?", ";", ":", ")"):
        if ctx.tokens[i].text == "." and not ctx.text[ctx.tokens[i].stop : ctx.tokens[i].stop + 1].isalnum():
            break  # a full stop, not the dot of `Право.Ru`
        if ctx.tokens[i].text == "(":  # `по словам Фолькера Буфье (Volker Bouffier), …`
            while i < stop and ctx.tokens[i].text != ")":
                i += 1
        i += 1
    return min(i, stop)


# --- `об этом сообщил X` ------------------------------------------------------
ABOUT_THIS = ("об", "этом")
# The narrator's frame of a sentence `об этом` points back at: `Ранее стало известно, что …`,
# `Как выяснилось, …`; who the next sentence names said what follows it.
KNOWN_FRAME = re.compile(
    r"(?:(?:ранее|позднее|позже|также|накануне|вчера|сегодня)\s+)?(?:стало\s+)?(?:известно|выяснилось),\s+что\s+"
    r"|как\s+(?:(?:ранее|позднее|позже|также)\s+)?(?:стало известно|выяснилось),\s+",
    re.IGNORECASE,
)
THIS = frozenset({"это", "этом", "так", "информацию"})
SO_SUBJECT = 10  # tokens from `Так` to its cue, past the subject (`Так X прокомментировал`)
SUCH = frozenset(
    {
        "такое",
        "такую",
        "такой",
        "такие",
        "таким",
        "этим",
        "эту",
        "это",
        "этот",
        "подобное",
        "аналогичное",
        "соответствующее",
    }
)
SUCH_DATIVE = frozenset({"такому", "этому", "подобному", "аналогичному"})  # `К такому выводу пришли`
# `Такое заявление сделал X`, `Такое заявление распространила пресс-служба X`
THIS_OBJECTS = frozenset({("эту", "информацию"), ("эти", "данные"), ("эти", "сведения"), ("этот", "факт")})
THIS_HEADS = frozenset(
    {noun for _, noun in THIS_OBJECTS} | {ABOUT_THIS[1]}
)  # the nouns closing those phrases


def _about_this(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    unit: Unit,
    toks: range,
    i: int,
    busy: list[tuple[int, int]],
    earlier: list[Quote],
) -> Quote | None:
    """`Об этом сообщила пресс-служба полиции.`: the statement is the sentence before.

    `Такое заявление сделал X` says the same with a verb of making; `Об этом сообщается на
    сайте X` has no subject: the document's source speaks, or nobody named.
    """
    tok = ctx.tokens[i]
    impersonal = cues.impersonal_cue(tok)
    made = (
        tok.lemma in cues.ISSUING_VERBS | cues.GIVING_VERBS | cues.CONCLUSION_VERBS
        and tok.feats.get("VerbForm") == "Fin"
    )
    these_words = _these_words_opening(ctx, toks, i)
    if not (impersonal or made or these_words or _speech_cue(tok)):
        return None
    if i > toks.start and ctx.tokens[i - 1].text.lower() == "не":
        return None  # `Об этом не сообщается`: nothing was said
    first = toks.start if these_words else _this_phrase(ctx, toks, i, statement_only=made)
    if first is None:
        return None
    floor = toks.start
    if tok.lemma in DENYING_VERBS:
        # `X опроверг эту информацию`: the sentence before is what X denied, not X's words; X said
        # only the denial, kept as the phrase pointing back
        last = (
            first + 1 if first + 1 < toks.stop and ctx.tokens[first + 1].text.lower() in THIS_HEADS else first
        )
        start, stop = ctx.tokens[first].start, ctx.tokens[last].stop
    elif first > toks.start and ctx.tokens[first - 1].text in (",", ":", "—", "–"):
        start, stop = trim(
            ctx.text, unit.start, ctx.tokens[first - 1].start, period=True
        )  # `…, об этом сообщают СМИ`
        floor = first
    else:
        previous = _previous_unit(ctx, unit)
        if previous is None:
            return None
        start, stop = trim(ctx.text, previous.start, previous.stop, period=True)
        frame = KNOWN_FRAME.match(ctx.text, start, stop)
        if frame is not None:  # `Ранее стало известно, что X сбежала. Об этом заявила Y`: Y said only X
            start = frame.end()
    if start >= stop:
        return None
    taken = any(a < stop and start < b for a, b in busy)
    if impersonal:  # `Об этом сообщается на сайте X`, `Об этом было заявлено министром X`
        speaker = finder.document_source(i + 1, toks.stop) or finder.agent(i + 1, toks.stop)
    elif first == toks.start:  # `Об этом … заявил X`: the subject follows the cue
        speaker = finder.subject_after(i, toks.stop) or finder.subject_before(i, floor)
    else:
        speaker = finder.subject_before(i, floor) or finder.subject_after(i, toks.stop)
    if speaker is None and not (impersonal and not taken):
        return None
    if taken:
        if speaker is None:
            return None
        _name_vague_speaker(
            ctx, earlier, (start, stop), speaker, tok.start, finder, opening=first == toks.start
        )
        return None
    kind, start, stop = _direct_if_quoted(ctx, start, stop)  # `«…». Так прокомментировал Иванов.`
    return _said(
        ctx,
        finder,
        i,
        kind,
        start,
        stop,
        speaker,
        outlet=finder.outlet(i, toks.stop),
        confidence=0.7 if speaker is not None else 0.5,
        reason="`об этом`: the statement is the sentence before the cue",
    )


def _name_vague_speaker(
    ctx: QuoteContext,
    earlier: list[Quote],
    span: tuple[int, int],
    speaker: Speaker,
    cue_at: int,
    finder: SpeakerFinder,
    *,
    opening: bool = False,
) -> None:
    """`Соседи считают, что … . Об этом заявил министр Иван Петров.`: the next sentence names who spoke.

    A quote in the sentence before, held by an unnamed group (or nobody), goes to
    the person named; an outlet that reports it (`Об этом сообщило агентство`)
    or a single unnamed speaker (`Адвокат заявил`) is left alone. A quote a medium
    relayed (`Как передала радиостанция «Маяк», … . Об этом сообщил … Владимир Маркин`,
    `opening`: `об этом` opens the sentence) goes to the source named, person or body, and the
    medium is kept as its outlet, unless the medium named its own source (`со ссылкой на`).
    """
    if speaker.entity is None or speaker.type not in ("person", "organization"):
        return
    if ctx.is_media(speaker.entity):
        return  # `Об этом сообщило агентство`: the outlet reports it
    for quote in earlier:
        if not (span[0] <= quote.start and quote.stop <= span[1]):
            continue
        relayed = (
            opening
            and quote.speaker is not None
            and quote.speaker != speaker.entity
            and ctx.is_media(quote.speaker)
            and not _cites_source(ctx, quote)
        )
        held = ctx.doc.entity(quote.speaker) if quote.speaker is not None else None
        # `Вашингтон считает, что … Об этом заявил представитель Госдепартамента Мэтью Миллер`: the
        # capital stood for the official the next sentence names
        capital = (
            opening and held is not None and held.type in ("country", "location") and speaker.type == "person"
        )
        if (
            relayed
            or capital
            or (quote.speaker is None and speaker.type == "person" and _plural_source(ctx, quote))
        ):
            if relayed:
                quote.outlet = quote.speaker
            quote.speaker = speaker.entity
            quote.speaker_start, quote.speaker_stop = speaker.start, speaker.stop
            quote.speaker_text = speaker.description
            quote.reason = "`об этом` in the next sentence names the speaker"
            finder.remember(cue_at, speaker)


def _cites_source(ctx: QuoteContext, quote: Quote) -> bool:
    """`передает РИА Новости со ссылкой на агентство Ассошиэйтед Пресс`: the medium names its source."""
    unit = ctx.unit_at(quote.cue_start if quote.cue_start is not None else quote.start)
    return unit is not None and "со ссылкой на" in ctx.text[unit.start : unit.stop].lower()


def _plural_source(ctx: QuoteContext, quote: Quote) -> bool:
    if quote.speaker_start is None:
        return True
    heads = [ctx.tokens[k] for k in ctx.token_range(quote.speaker_start, quote.speaker_stop)]
    return any(t.pos == "NOUN" and t.feats.get("Number") == "Plur" for t in heads)


def _this_noun(ctx: QuoteContext, k: int) -> bool:
    """`об этом человеке`, `об этом страшном случае`: `этом` is a determiner of the noun after it.

    Then the phrase is what was spoken about (`Об этом человеке говорят разное`), not the
    statement before; a name after it (`Об этом РИА Новости сообщил …`) is not such a noun.
    """

    def local(tok) -> bool:
        return tok.text[:1].islower() and tok.feats.get("Case") == "Loc" and tok.feats.get("Number") == "Sing"

    while k < len(ctx.tokens) and ctx.tokens[k].pos == "ADJ" and local(ctx.tokens[k]):
        k += 1
    return k < len(ctx.tokens) and ctx.tokens[k].pos == "NOUN" and local(ctx.tokens[k])


def _this_phrase(ctx: QuoteContext, toks: range, i: int, *, statement_only: bool = False) -> int | None:
    """Where `об этом` / `это` / `эту информацию` pointing back at the cue starts, if there is one.

    `statement_only`: only a statement noun will do (`Такое заявление сделал …`).
    """
    low = [ctx.tokens[k].text.lower() for k in range(len(ctx.tokens))[toks.start : toks.stop]]
    rel = i - toks.start
    if statement_only:
        if ctx.tokens[toks.stop - 1].text == ":":
            return None  # `Коэн давал такую оценку своим работам:`: the words follow
        if 2 <= rel <= 3 and low[0] in SUCH and low[1] in cues.STATEMENT_NOUNS:
            return toks.start
        if rel + 2 < len(low) and low[rel + 1] in SUCH and low[rel + 2] in cues.STATEMENT_NOUNS:
            return toks.start  # `Кан сделал это заявление на митинге`
        if (
            3 <= rel <= 4
            and low[0] == "к"
            and low[1] in SUCH_DATIVE
            and ctx.tokens[toks.start + 2].lemma in cues.CONCLUSION_NOUNS
        ):
            return toks.start  # `К такому выводу пришли аналитики`
        return None
    if tuple(low[:2]) == ABOUT_THIS and rel <= 15 and not _this_noun(ctx, toks.start + 2):
        return toks.start  # `Об этом в эфире ток-шоу 30 октября заявила …`
    for k in range(max(0, rel - 4), min(len(low) - 1, rel + 3)):
        if ((low[k], low[k + 1]) == ABOUT_THIS and not _this_noun(ctx, toks.start + k + 2)) or (
            k > rel and (low[k], low[k + 1]) in THIS_OBJECTS
        ):
            return toks.start + k
    if rel == 1 and low[0] in THIS:
        return toks.start  # `Это подтвердил …`
    if (
        2 <= rel <= SO_SUBJECT
        and low[0] == "так"
        and _subject_only(ctx, toks.start + 1, i)
        and _after_quote(ctx, toks)
    ):
        return toks.start  # `«…». Так генеральный директор «Полюса» Алексей Вострокнутов прокомментировал …`
    if 2 <= rel <= 3 and low[0] in SUCH and low[1] in cues.STATEMENT_NOUNS:
        return toks.start  # `Такое мнение высказал …`
    if 3 <= rel <= 4 and low[0] == "с" and low[1] in SUCH and low[2] in cues.STATEMENT_NOUNS:
        return toks.start  # `С таким заявлением выступил …`
    return None


def _these_words_opening(ctx: QuoteContext, toks: range, i: int) -> bool:
    """`«…». Такими словами начал пресс-конференцию X`: the sentence opens with `такими (этими)
    словами` and the verb at `i` is its first finite one, whatever it is."""
    if i - toks.start < 2 or len(toks) < 3:
        return False
    opening = [ctx.tokens[k].text.lower() for k in toks[:2]]
    return (
        opening[0] in ("такими", "этими")
        and opening[1] == "словами"
        and ctx.tokens[i].feats.get("VerbForm") == "Fin"
        and not any(ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(toks.start + 2, i))
        and _after_quote(ctx, toks)
    )


def _after_quote(ctx: QuoteContext, toks: range) -> bool:
    """The sentence before ends with a quotation closed (`«…». Так X прокомментировал`)."""
    k = toks.start - 1
    while k >= 0 and ctx.tokens[k].text in (".", "!", "?", "…"):
        k -= 1
    return k >= 0 and ctx.tokens[k].text in QUOTE_CLOSERS


def _subject_only(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """Tokens `lo`…`hi` hold a noun phrase and nothing else: no comma (`Так, министр заявил`:
    `так` opens the sentence as `thus`), no verb, and a noun or name in the nominative."""
    words = ctx.tokens[lo:hi]
    return all(t.text != "," and t.pos not in ("VERB", "AUX", "SCONJ") for t in words) and any(
        t.pos in ("NOUN", "PROPN") and t.feats.get("Case", "Nom") == "Nom" for t in words
    )


def _previous_unit(ctx: QuoteContext, unit: Unit) -> Unit | None:
    index = ctx.units.index(unit)
    if index == 0:
        return None
    previous = ctx.units[index - 1]
    if _caption(ctx, previous):
        # `…намерен продолжить своё президентство. ¶ Леннарт Юханссон ¶ Об этом Юханссон заявил`:
        # a caption line between them, with no verb, says nothing; the statement is before it
        if index < 2:
            return None
        previous = ctx.units[index - 2]
        return previous if previous.para >= unit.para - 2 else None
    return previous if previous.para >= unit.para - 1 else None


def _caption(ctx: QuoteContext, unit: Unit) -> bool:
    """A paragraph of a few words with no verb and no closing stop: a caption or a heading."""
    if any(u.para == unit.para for u in ctx.units if u is not unit):
        return False
    rng = ctx.token_range(unit.start, unit.stop)
    words = [ctx.tokens[k] for k in rng]
    return (
        0 < len(words) <= 8
        and words[-1].text not in (".", "!", "?", "…", "»", '"')
        and not any(t.pos in ("VERB", "AUX") for t in words)
    )


# --- cue verbs ----------------------------------------------------------------
def _cue(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    tok = ctx.tokens[i]
    impersonal = cues.impersonal_cue(tok)
    if _participle_cue(tok):
        if tok.lemma in cues.DESCRIBING_VERBS and (described := _described_as(ctx, finder, unit, toks, i)):
            return described  # `Пономарев, охарактеризовавший X как «…»`
        return _participle(ctx, finder, unit, toks, i)
    if tok.lemma in cues.DIRECT_ONLY_CUES:
        return _inserted_cue(ctx, finder, unit, toks, i)
    if tok.lemma in cues.QUOTING_VERBS and i + 1 < toks.stop and ctx.tokens[i + 1].lemma == "слово":
        return _quoted_words(ctx, finder, unit, toks, i)
    if tok.lemma in cues.DESCRIBING_VERBS and (described := _described_as(ctx, finder, unit, toks, i)):
        return described  # `охарактеризовал X как Y`, before any `что` further on
    if tok.lemma in cues.COLON_ONLY_CUES and tok.feats.get("VerbForm") == "Fin":
        return _colon_paragraph(ctx, finder, unit, toks, i)  # `Внук свидетельствовал о его смерти: ¶ …`
    if (
        not impersonal
        and not _speech_cue(tok, ctx.tokens[i - 1] if i > toks.start else None)
        and not _finding(ctx, i, toks.stop)
        and not _statement_made(ctx, i, toks.stop)
        and not _citing_that(ctx, i, toks.stop)
    ):
        return None
    if _negated(ctx, toks, i):
        return None  # `ничего не сообщает о деталях`: nothing was said
    complement = _complement(ctx, i, toks.stop)
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    if impersonal and complement is None and ctx.tokens[toks.stop - 1].text == ":":
        return _colon_paragraph(ctx, finder, unit, toks, i, impersonal=True)  # `В сообщении говорится:`
    if impersonal and complement is None and _closes_clause(ctx, toks, i):
        return _trailing_impersonal(ctx, finder, unit, toks, i)
    if impersonal:
        start = complement if complement is not None else _after_verb(ctx, i, toks.stop)
        if start is None or start >= ustop:
            return None
        stop = (
            _before_later_finding(ctx, start, ustop)
            if complement is not None
            else _comma_before(ctx, start, ustop)
        )
        opener = ctx.token_at(start)
        if complement is not None and opener is not None and ctx.tokens[opener].text.lower() in ("о", "об"):
            # `говорилось о заказном убийстве, но прокуратура, как пишет «Gzt.Ru», …`: what was
            # said about ends before a clause of its own, as after a named speaker
            start, stop = _said_phrase(ctx, start, ustop)
        ceiling = ctx.token_at(start) or toks.stop
        # `в заявлении Ватикана говорится`, `со ссылкой на источник в Генштабе сообщалось`
        source = (
            finder.document_source(toks.start, ceiling)
            or finder.cited_source(toks.start, ceiling)
            or finder.agent(i + 1, ceiling)  # `было объявлено президентом, что …`
            or _document_of_relative(ctx, finder, unit, i)
            or _document_before(ctx, finder, unit, toks, ceiling)
            or finder.document_made(toks.start, ceiling)
        )
        if source is not None:
            finder.remember(tok.start, source)
        return _sourced_quote(
            ctx, start, stop, (tok.start, tok.stop), source, "impersonal cue: no speaker named"
        )
    if complement is None:
        complement = (
            _infinitive_complement(ctx, i, toks.stop)
            or _stance_complement(ctx, i, toks.stop)
            or _demanded_of(ctx, i, toks.stop)
            or _threatened_with(ctx, i, toks.stop)
        )
    if complement is None and tok.lemma in cues.DEMAND_VERBS | cues.ACCUSE_VERBS | cues.INSIST_VERBS:
        complement = _demand_complement(ctx, i, toks.stop) or _prepositional_complement(ctx, i, toks.stop)
        if complement is not None and finder.subject_before(i, toks.start) is None:
            return None  # `проект требует вложений`: only a speaker named in the clause demands or accuses
    if complement is None:
        return (
            _colon_paragraph(ctx, finder, unit, toks, i)
            or _about_first(ctx, finder, toks, i)
            or _fronted_advice(ctx, finder, toks, i)
            or _trailing_cue(ctx, finder, unit, toks, i)
        )
    ceiling = ctx.token_at(complement) or toks.stop
    speaker = finder.subject_before(i, toks.start)
    same = _same_speaker(ctx, finder, unit, i)
    if same is not None and (speaker is None or _said_before(ctx, same[0], speaker.start)):
        speaker = same[1]  # `X сообщил, что завод закрыт, и пообещал …`: not `завод`
    speaker = speaker or finder.subject_after(i, ceiling)
    confidence, reason = 0.8, None
    if speaker is None and _main_clause_speaks(ctx, toks, i):
        speaker = finder.first_named_subject(toks.start, i)
        confidence, reason = OMITTED_CONFIDENCE, "the cue's subject is that of the main clause"
    if speaker is None:
        speaker = _previous_subject(finder, ctx, i)
        if speaker is not None:
            confidence, reason = (
                OMITTED_CONFIDENCE,
                f"subject omitted: taken as the previous speaker {speaker.key}",
            )
        elif (
            tok.feats.get("Number") == "Plur"
            and tok.feats.get("Person") != "1"
            and (i == toks.start or _no_subject(ctx, toks, i, complement))
        ):
            confidence, reason = 0.5, "indefinite-personal cue (`говорят, что`): no speaker named"
        elif (pronoun := bare_pronoun(ctx, toks, i)) is not None:
            speaker = pronoun  # `она заявила, что …` with nobody to refer to: the words are still hers
            confidence, reason = BARE_PRONOUN, BARE_PRONOUN_REASON
        elif (described := _noun_subject(ctx, toks, i, complement)) is not None:
            speaker = described  # `Крупная сеть объявила, что …`: a body no rule names, described
            confidence, reason = 0.5, "a subject no rule resolves: kept with its description"
        elif (person := _subjectless_person(ctx, finder, toks, i)) is not None:
            speaker = person  # `В 1994 году отказался …, обосновав это тем, что …`: whom the story is about
            confidence, reason = OMITTED_CONFIDENCE, SUBJECTLESS_REASON
        else:
            return None
    end = _next_speech_clause(ctx, complement, ustop)
    if _relative_clause(ctx, toks, i) or _gerund_aside(ctx, toks, i):
        # `X, который признался, что …, был осуждён`, `X, ссылаясь на то, что …, попросил …`
        end = _main_predicate(ctx, complement, end)
    opener = ctx.token_at(complement)
    if opener is not None and opener > 0 and ctx.tokens[opener - 1].text.lower() not in CLAUSE_WORDS:
        end = _phrase_end(ctx, complement, end)  # `заявили о выходе из коалиции, что позволит …`
    start, stop = trim(ctx.text, complement, end, period=True)
    kind, start, stop = _direct_if_quoted(ctx, start, stop)
    outlet = finder.outlet(i, ceiling)
    return _said(
        ctx, finder, i, kind, start, stop, speaker, outlet=outlet, confidence=confidence, reason=reason
    )


def _gerund_aside(ctx: QuoteContext, toks: range, i: int) -> bool:
    """The cue is a gerund opening a phrase set off by a comma before the main verb
    (`Защитник, ссылаясь на то, что …, попросил`): no finite verb before it in the sentence."""
    tok = ctx.tokens[i]
    return (
        tok.feats.get("VerbForm") == "Conv"
        and i > toks.start
        and ctx.tokens[i - 1].text == ","
        and not any(ctx.tokens[k].feats.get("VerbForm") == "Fin" for k in range(toks.start, i))
    )


def _main_predicate(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where the main clause resumes after a relative clause or gerund phrase holding the cue: a
    comma and a finite verb (`офицер, который признался, что сотрудничал …, был приговорен`)."""
    toks = ctx.token_range(start, stop)
    for c in toks:
        if ctx.tokens[c].text == "," and c + 1 < toks.stop:
            nxt = ctx.tokens[c + 1]
            if nxt.pos in ("VERB", "AUX") and nxt.feats.get("VerbForm") == "Fin":
                return ctx.tokens[c].start
    return stop


def _noun_subject(ctx: QuoteContext, toks: range, i: int, complement: int) -> Speaker | None:
    """A common noun in the nominative right before a speech verb with a `что`-clause (`Крупная
    сеть объявила, что …`, `Магазин заявил, что …`), agreeing with it: the subject, kept as an
    unnamed source with its adjectives (`Закон требует, чтобы …` demands nothing said)."""
    tok = ctx.tokens[i]
    if (
        tok.lemma not in cues.SPEECH_VERBS
        or tok.lemma in cues.DEMAND_VERBS | cues.ACCUSE_VERBS | cues.INSIST_VERBS
        or tok.feats.get("VerbForm") != "Fin"
    ):
        return None
    opener = ctx.token_at(complement)
    if opener is None or opener == 0:
        return None
    if ctx.tokens[opener - 1].text.lower() not in ("что", "будто"):
        return None  # `фильм рассказывает о войне`: a topic, not words said
    found = _subject_noun(ctx, toks, i)
    if found is None:
        return None
    first, last = found
    while first - 1 >= toks.start and ctx.tokens[first - 1].pos in ("ADJ", "DET"):
        first -= 1
    start, stop = ctx.tokens[first].start, ctx.tokens[last].stop
    return Speaker(start, stop, "unnamed", text=ctx.text[start:stop], type="unnamed")


def _subject_noun(ctx: QuoteContext, toks: range, i: int) -> tuple[int, int] | None:
    """A common noun in the nominative right before the verb at `i` (past adverbs), agreeing with
    it, maybe with genitives qualifying it (`центризбирком Венесуэлы объявил`): the noun's index
    and that of the phrase's last word."""
    k = i - 1
    while k >= toks.start and ctx.tokens[k].pos == "ADV":
        k -= 1
    last = k
    while (
        k > toks.start
        and k > last - GENITIVE_QUALIFIERS
        and ctx.tokens[k].pos in ("NOUN", "PROPN", "ADJ")
        and ctx.tokens[k].feats.get("Case") == "Gen"
    ):
        k -= 1
    if k < toks.start:
        return None
    noun = ctx.tokens[k]
    if (
        noun.pos != "NOUN"
        or noun.feats.get("Case") != "Nom"
        or noun.lemma in cues.TIME_NOUNS
        or not _agrees_with(noun, ctx.tokens[i])
    ):
        return None
    return k, last


def _agrees_with(noun: Token, verb: Token) -> bool:
    """A noun and a finite verb agree in number, and in gender in the past tense."""
    gender, number = _agreement(verb)
    if number and noun.feats.get("Number") and number != noun.feats["Number"]:
        return False
    return not (gender and number != "Plur" and noun.feats.get("Gender") and gender != noun.feats["Gender"])


def _no_subject(ctx: QuoteContext, toks: range, i: int, complement: int) -> bool:
    """`В ходе задержания супругам сообщили, что …`: nothing before the cue in its sentence can be
    its subject (only adverbs, prepositional phrases and oblique cases) and a `что`-clause follows
    it (`отвечали: командир …`, `требуют признать … защитники леса` name their subject after the
    verb), so the plural verb is indefinite-personal."""
    opener = ctx.token_at(complement)
    if opener is None or opener == 0 or ctx.tokens[opener - 1].text.lower() not in ("что", "будто"):
        return False
    k = toks.start
    while k < i:
        t = ctx.tokens[k]
        if t.pos == "ADP":
            head = ctx.tokens[k + 1] if k + 1 < i else None
            if head is not None and t.text.lower() in ("в", "во", "на") and head.feats.get("Case") == "Acc":
                return False  # `В полицию сообщили, что …`: the addressee, someone unsaid informed it
            k += 2  # the preposition and the head of its phrase
            continue
        nominal = t.pos in ("NOUN", "ADJ", "DET", "NUM", "PRON")
        if _named_object(ctx, k):
            k += 1  # `Смилянца обвиняют в том, что …`: the person accused, not who accuses
            continue
        if t.pos in ("VERB", "AUX") or (
            (nominal or t.pos == "PROPN") and t.feats.get("Case") in ("Nom", None)
        ):
            return False  # (`В горизбиркоме Якутска заявили`: a name in the genitive qualifies the place)
        k += 1
    return True


def _named_object(ctx: QuoteContext, k: int) -> bool:
    """A person's name in the accusative or dative (`Смилянца`, `Иванову`): an object or an
    addressee of the verb, never its subject."""
    tok, ref = ctx.tokens[k], ctx.referent_at(k)
    return (
        tok.pos == "PROPN"
        and tok.feats.get("Case") in ("Acc", "Dat")
        and ref is not None
        and ref.type == "person"
    )


def _said_phrase(ctx: QuoteContext, start: int, stop: int) -> tuple[int, int]:
    """The words said from `start`, trimmed: to the end of their phrase, before the next
    speaker's clause, within `stop`."""
    return trim(ctx.text, start, _phrase_end(ctx, start, _next_speech_clause(ctx, start, stop)), period=True)


def _phrase_end(ctx: QuoteContext, start: int, stop: int) -> int:
    """A phrase said (`о выходе из коалиции`, `отменить санкции`) ends before a comma opening a
    clause of its own: `, что` standing for the whole of it, a contrast (`, однако …`), or a
    clause about the place last named (`воздерживаться от посещений Сирии, где …`: the writer's
    background, not what was said)."""
    for c in ctx.token_range(start, stop):
        if ctx.tokens[c].text != "," or c + 1 >= len(ctx.tokens):
            continue
        nxt = ctx.tokens[c + 1].text.lower()
        also = [t.text.lower() for t in ctx.tokens[c + 1 : c + 3]] == ["а", "также"]
        if also and c + 3 < len(ctx.tokens) and ctx.tokens[c + 3].feats.get("VerbForm") == "Inf":
            continue  # `призвал регионы ускорить выплаты, а также провести проверку`: one call
        if nxt == "что" or nxt in CONTRASTS or nxt in PLACE_RELATIVES or _speech_cue(ctx.tokens[c + 1]):
            return ctx.tokens[c].start  # `…, отметив, что …`: the next statement
    return stop


def _same_speaker(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, i: int) -> tuple[int, Speaker] | None:
    """`X сообщил, что …, и пообещал …`, `…, и не исключил, что …`: a cue joined by `и` to a
    statement of this sentence has its speaker (with where that statement's cue stands); so has a
    speech gerund after a comma (`Песков сказал, что Кремль не видит угрозы, отметив, что …`)."""
    j = i - 1
    while j > _unit_first(ctx, unit) and (ctx.tokens[j].text.lower() == "не" or ctx.tokens[j].pos == "ADV"):
        j -= 1
    joined = j >= 0 and ctx.tokens[j].text.lower() == "и"
    gerund = j >= 0 and ctx.tokens[j].text == "," and ctx.tokens[i].feats.get("VerbForm") == "Conv"
    if i < 1 or not (joined or gerund) or not finder.history:
        return None
    before = [h for h in finder.history if unit.start <= h[0] < ctx.tokens[i].start]
    if not before:
        return None  # (a quote found later in the text, as direct quotes are, is no statement before)
    pos, speaker = max(before, key=lambda h: h[0])
    if speaker is None:
        return None
    verb = ctx.tokens[i]
    return pos, replace(speaker, how="omitted", start=verb.start, stop=verb.stop)


def _unit_first(ctx: QuoteContext, unit: Unit) -> int:
    """The index of the sentence's first token."""
    return ctx.token_at(unit.start) or 0


def _said_before(ctx: QuoteContext, cue: int, offset: int) -> bool:
    """The word at `offset` stands inside the clause said after the cue at `cue` (`что …`, `: …`)."""
    return cue < offset and any(
        ctx.tokens[k].text.lower() in ("что", ":") for k in ctx.token_range(cue, offset)
    )


def _quoted_words(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Forbes приводит слова знакомого семьи, что …`: a named person quoted speaks; an unnamed
    one leaves the words to the outlet relaying them."""
    tok = ctx.tokens[i]
    if tok.feats.get("VerbForm") != "Fin":
        return None
    complement = _complement(ctx, i, toks.stop)
    if complement is None or ctx.tokens[(ctx.token_at(complement) or i) - 1].text.lower() != "что":
        return None
    ceiling = (ctx.token_at(complement) or toks.stop) - 1
    quoted = finder.holder(i + 2, ceiling)
    outlet = finder.subject_before(i, toks.start) or finder.subject_after(i, i + 2)
    speaker = quoted if quoted is not None and quoted.entity is not None else outlet or quoted
    if speaker is None:
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    start, stop = trim(ctx.text, complement, _next_speech_clause(ctx, complement, ustop), period=True)
    relay = outlet.entity if outlet is not None and speaker is not outlet else None
    return _said(ctx, finder, i, "indirect", start, stop, speaker, outlet=relay, confidence=0.7)


def _inserted_cue(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Сейчас, продолжал он, правительство ассигновало …`: a cue of going on set off by commas."""
    tok = ctx.tokens[i]
    if tok.feats.get("VerbForm") != "Fin" or i <= toks.start or ctx.tokens[i - 1].text != ",":
        return None
    speaker = finder.subject_after(i, toks.stop)
    last = ctx.token_at(speaker.stop - 1) if speaker is not None else None
    if speaker is None or last is None or last + 1 >= toks.stop or ctx.tokens[last + 1].text != ",":
        return None
    first = ctx.token_at(speaker.start)
    if first is None or any(
        ctx.tokens[k].feats.get("Case") == "Acc" or ctx.tokens[k].pos in ("CCONJ", "VERB")
        for k in range(i + 1, first)
    ):
        return None  # `, закончил школу, а затем институт,`: an object after the verb, not its speaker
    return _quote_around(ctx, finder, unit, i, speaker)


HAVING_WORDS = frozenset(
    "есть был была было были имеется имелись нет не появиться возникнуть остаться".split()
)
MODIFIED_VIEW_WINDOW = 4  # words between `у X` and the view noun (`есть некоторые`)


def _holder_at(ctx: QuoteContext, finder: SpeakerFinder, k: int) -> Speaker | None:
    """The person, body or country named at token `k` in an oblique case (`Путина`, `у Минфина`),
    or a personal pronoun there (`у него`, `его`) resolved to whom it refers to."""
    tok = ctx.tokens[k]
    low = tok.text.lower()
    if low in cues.OBLIQUE_PRONOUNS:
        nxt = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
        if nxt is not None and nxt.pos in ("NOUN", "ADJ", "PROPN"):
            return None  # `его жену`: a possessive
        gender, number = cues.PERSONAL_PRONOUNS[cues.OBLIQUE_PRONOUNS[low]]
        return finder.resolve_pronoun(gender, number, tok)
    ref = ctx.referent_at(k)
    if ref is None or ref.type not in ("person", "organization", "country") or tok.feats.get("Case") == "Nom":
        return None
    if k > 0 and ctx.tokens[k - 1].pos == "ADP" and ctx.tokens[k - 1].text.lower() != "у":
        return None
    return finder.from_referent(ref, how="name")


def _feeling(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Путина в частности обидело, что американские власти «…»`, `его беспокоит то, что …`: a
    verb of feeling whose subject is the `что`-clause; the experiencer in the accusative holds
    the attitude, the clause is its content. With no experiencer named nobody speaks."""
    tok = ctx.tokens[i]
    if tok.lemma not in cues.FEELING_VERBS or tok.feats.get("VerbForm") != "Fin":
        return None
    if tok.feats.get("Number") == "Plur" or tok.feats.get("Person") in ("1", "2"):
        return None
    if tok.feats.get("Tense") == "Past" and tok.feats.get("Gender") not in ("Neut", None):
        return None  # `решение обидело его`: a subject of its own
    comma = next((j for j in range(i + 1, min(toks.stop - 1, i + 6)) if ctx.tokens[j].text == ","), None)
    if comma is None or ctx.tokens[comma + 1].text.lower() != "что" or comma + 2 >= toks.stop:
        return None
    floor = next((k + 1 for k in range(i - 1, toks.start - 1, -1) if ctx.tokens[k].text == ","), toks.start)
    holder = None
    for k in [*range(floor, i), *range(i + 1, comma)]:
        t = ctx.tokens[k]
        if k > i and not (t.text.lower() == "то" or t.pos in ("ADV", "PART", "PRON", "PROPN", "NOUN")):
            return None  # `удивило решение суда, что …`: not a clause for a subject
        if t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Nom":
            return None  # `Его обидело решение, что …`: the noun is the subject, the clause its own
        holder = holder or _holder_at(ctx, finder, k)
    if holder is None:
        return None
    kind, start, stop = _that_clause(ctx, unit, ctx.tokens[comma + 2].start)
    return _said(ctx, finder, i, kind, start, stop, holder, reason="the experiencer of a verb of feeling")


def _that_clause(ctx: QuoteContext, unit: Unit, begin: int) -> tuple[str, int, int]:
    """The `что`-clause opening at `begin`, up to another speaker's clause or the sentence end
    (direct when it is one quotation): the content of a view or feeling."""
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    start, stop = trim(ctx.text, begin, _next_speech_clause(ctx, begin, ustop), period=True)
    return _direct_if_quoted(ctx, start, stop)


def _held_view(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`У него есть некоторые надежды, что …`, `у Минфина нет сомнений, что …`: a view held by
    the one named after `у`, its `что`-clause the content (the noun is the cue)."""
    if ctx.tokens[i].text.lower() != "у" or i + 1 >= toks.stop:
        return None
    holder = _holder_at(ctx, finder, i + 1)
    if holder is None:
        return None
    ref = ctx.referent_at(i + 1)
    k = (ctx.token_at(ref.stop - 1) or i + 1) + 1 if ref is not None else i + 2  # past the name
    noun = None
    for j in range(k, min(toks.stop - 2, k + MODIFIED_VIEW_WINDOW)):
        t = ctx.tokens[j]
        if t.lemma in cues.HELD_VIEW_NOUNS:
            noun = j
            break
        if not (t.text.lower() in HAVING_WORDS or t.lemma in HAVING_WORDS or t.pos in ("ADJ", "DET", "ADV")):
            return None
    if noun is None or ctx.tokens[noun + 1].text != "," or ctx.tokens[noun + 2].text.lower() != "что":
        return None
    if noun + 3 >= toks.stop:
        return None
    kind, start, stop = _that_clause(ctx, unit, ctx.tokens[noun + 3].start)
    return _said(ctx, finder, noun, kind, start, stop, holder, reason="a view held `у X`")


def _seen_as(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Задачей-минимум Канаев видит закрепление …`, `выход он видит в снижении налогов`, `видит в
    этом угрозу`: `видеть` with a noun of aim, way out or problem in the instrumental (and an
    object), or in the accusative with `в` and an abstract noun (`в снижении`, `в том, что`),
    states a view. A sentence with its speaker inside is the content whole; with the speaker
    first, the words after the verb. `увидел проблему в подвале` is seeing, not a view."""
    tok = ctx.tokens[i]
    if tok.lemma != "видеть" or not _finite_word(tok) or tok.feats.get("Person") in ("1", "2"):
        return None
    floor = next(
        (k + 1 for k in range(i - 1, toks.start - 1, -1) if ctx.tokens[k].text in (",", ":", ";")), toks.start
    )
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    after = ctx.token_range(tok.stop, _comma_before(ctx, tok.stop, ustop))
    clause = [*range(floor, i), *after]
    noun = None
    for k in clause:
        t = ctx.tokens[k]
        word = t.text.lower().split("-")[0]  # `задачей-минимум`
        if t.lemma.split("-")[0] not in cues.SEEN_AS_NOUNS and word not in ("задачей", "целью"):
            continue
        case = "Ins" if word in ("задачей", "целью") else t.feats.get("Case")
        if case == "Ins" and any(ctx.tokens[j].feats.get("Case") == "Acc" for j in after if j != k):
            noun = k
            break
        if case == "Acc" and any(_abstract_in(ctx, j, after.stop) for j in clause if j != k):
            noun = k
            break
    if noun is None:
        return None
    subject = finder.subject_before(i, floor) or finder.subject_after(i, after.stop)
    if subject is None:
        return None
    first = ctx.tokens[floor].start if subject.start > ctx.tokens[floor].start else tok.stop
    start, stop = trim(ctx.text, first, _next_speech_clause(ctx, first, ustop), period=True)
    return _view(ctx, finder, toks, i, (start, stop), subject, "a view after `видит X задачей`")


ABSTRACT_ENDINGS = ("нии", "тии", "сти", "стве", "ции")  # `в снижении`, `в слабости`, `в эскалации`
POINTED_IN = frozenset({"том", "этом", "нём", "нем", "ней", "них"})  # `видит в этом угрозу`


def _abstract_in(ctx: QuoteContext, j: int, stop: int) -> bool:
    """`в` at token `j` with an abstract noun (`в снижении налогов`, `в ответственности`) or a
    word pointing to one (`в том, что`, `в этом`), past its adjectives."""
    if ctx.tokens[j].text.lower() not in ("в", "во"):
        return False
    k = j + 1
    while k < stop and ctx.tokens[k].pos in ("ADJ", "DET") and ctx.tokens[k].text.lower() not in POINTED_IN:
        k += 1
    if k >= stop:
        return False
    word = ctx.tokens[k].text.lower()
    return word in POINTED_IN or (ctx.tokens[k].pos == "NOUN" and word.endswith(ABSTRACT_ENDINGS))


def _became_known(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Как стало известно «Коммерсанту», …`, `…, стало известно РБК`: the outlet it became known to."""
    tok = ctx.tokens[i]
    if tok.text.lower() != "известно" or i == toks.start or ctx.tokens[i - 1].lemma != "стать":
        return None
    k = i + 1
    noun = k if k < toks.stop and ctx.tokens[k].lemma in cues.OUTLET_NOUNS else None
    if noun is not None:
        k += 1  # `Как стало известно газете «Ведомости»`
    while k < toks.stop and ctx.tokens[k].text in QUOTE_OPENERS:
        k += 1
    ref = ctx.referent_at(k) if k < toks.stop else None
    first = i - 2 if i - 2 >= toks.start and ctx.tokens[i - 2].text.lower() == "как" else i - 1
    if (
        (ref is None or ref.type != "organization")
        and noun is not None
        and k < toks.stop
        and ctx.tokens[k].text == ","
    ):
        # `…, пишет «Коммерсантъ». Как стало известно изданию, …`: the outlet named before
        told = finder.outlet_named_before(noun)
        if told is None or first == i - 1:
            return None
        end = _clause_end(ctx, k, toks.stop)
        return _framed_quote(ctx, finder, unit, first, end, (ctx.tokens[first].start, tok.stop), told, 0.7)
    if ref is None or ref.type != "organization":
        return None
    end = _clause_end(ctx, k, toks.stop)
    if first == i - 1 and (first == toks.start or ctx.tokens[first - 1].text != ","):
        return None  # `стало известно` inside a clause: no frame
    speaker = finder.from_referent(ref, how="org")
    after = (ctx.token_at(ref.stop - 1) or k) + 1
    while after < end and ctx.tokens[after].text in NAME_MARKS:
        after += 1
    source = (
        finder.holder(after + 1, end)
        if after + 1 < end and ctx.tokens[after].text.lower() in ("из", "от")
        else None
    )
    cue = (ctx.tokens[first].start, tok.stop)
    if source is None:
        return _framed_quote(ctx, finder, unit, first, end, cue, speaker, 0.7)
    # `Как стало известно «Интерфаксу» из источника в правоохранительных органах`: the source speaks,
    # the outlet it spoke to recorded
    quote = _framed_quote(ctx, finder, unit, first, end, cue, source, 0.7)
    quote.outlet = quote.outlet or ref.entity
    return quote


def _news_appeared(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`На сайте газеты X появилась информация о том, что …`: news that came out, from where it came out."""
    tok = ctx.tokens[i]
    if tok.lemma not in APPEAR_VERBS or tok.feats.get("VerbForm") != "Fin":
        return None
    noun = next((k for k in range(i + 1, min(toks.stop, i + 3)) if ctx.tokens[k].lemma in NEWS_NOUNS), None)
    if noun is None:
        return None
    clause = TOPIC_CLAUSE.match(ctx.text, ctx.tokens[noun].stop)
    if clause is None:
        clause = re.compile(r"\s*,\s*что\s+").match(ctx.text, ctx.tokens[noun].stop)
    if clause is None:
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    start, stop = trim(ctx.text, clause.end(), _next_speech_clause(ctx, clause.end(), ustop), period=True)
    denied = DENIED.search(ctx.text, start, stop)  # `…, однако она не подтвердилась`
    if denied is not None:
        start, stop = trim(ctx.text, start, denied.start(), period=True)
    if start >= stop:
        return None
    source = finder.document_source(toks.start, i) or _came_from(ctx, finder, toks.start, start)
    finder.remember(tok.start, source)
    cue = (tok.start, ctx.tokens[noun].stop)
    return _sourced_quote(ctx, start, stop, cue, source, "news that came out: no source named")


def _came_from(ctx: QuoteContext, finder: SpeakerFinder, lo: int, stop: int) -> Speaker | None:
    """`из правительства России поступили заявления, что …`, `из МЧС поступили сведения`: the
    named body the news came from (`из`/`от` and its name), before the words; a body named by a
    common noun alone (`из правительства`) or someone unnamed gives none."""
    for k in ctx.token_range(ctx.tokens[lo].start, stop):
        if ctx.tokens[k].text.lower() not in ("из", "от") or k + 1 >= len(ctx.tokens):
            continue
        hi = min(k + 5, ctx.token_at(stop) or k + 5)
        if not any(ctx.referent_at(j) is not None for j in range(k + 1, hi)):
            continue
        found = finder.holder(k + 1, hi)
        if found is not None and found.entity is not None and found.type != "person":
            return found
    return None


def _noun_after(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Speaker | None:
    """`…, сообщает судмедэкспертиза.`: a nominative noun right after a trailing cue, agreeing
    with it, is its subject even when no lexicon knows it: kept as a description."""
    k = i + 1
    while k < toks.stop and ctx.tokens[k].pos == "ADJ":
        k += 1
    if k >= toks.stop:
        return None
    noun, verb = ctx.tokens[k], ctx.tokens[i]
    if noun.pos != "NOUN" or noun.feats.get("Case") != "Nom" or verb.feats.get("VerbForm") != "Fin":
        return None
    if noun.feats.get("Number") != verb.feats.get("Number"):
        return None
    gender = verb.feats.get("Gender")
    if (
        gender
        and noun.feats.get("Gender")
        and gender != noun.feats.get("Gender")
        and noun.feats.get("Number") != "Plur"
    ):
        return None
    return finder.unnamed(k)


def _negated(ctx: QuoteContext, toks: range, i: int) -> bool:
    """`не сообщил`, `ничего не сообщает`: a speech verb denied (`не исключил`, `не отрицал` say something)."""
    tok = ctx.tokens[i]
    declined = (  # `не стал уточнять, что …`: declined to say
        i - 2 >= toks.start
        and ctx.tokens[i - 2].text.lower() == "не"
        and ctx.tokens[i - 1].lemma in DECLINED_PHASES
        and tok.feats.get("VerbForm") == "Inf"
    )
    if not declined and (i <= toks.start or ctx.tokens[i - 1].text.lower() != "не"):
        return False
    if (
        tok.lemma not in cues.SPEECH_VERBS
        or tok.lemma in cues.OPINION_VERBS
        or tok.lemma in AFFIRMED_WHEN_DENIED
    ):
        return False
    # `не рекомендует отказываться`: advice not to do it
    advice = tok.lemma in cues.ADVICE_VERBS
    return not (
        advice and (_infinitive_next(ctx, i, toks.stop) or _infinitive_first(ctx, toks, i) is not None)
    )


def _infinitive_next(ctx: QuoteContext, i: int, stop: int) -> bool:
    """An infinitive follows the cue at `i` past adverbs (`не рекомендует полностью отказываться`)."""
    k = i + 1
    while k < stop and ctx.tokens[k].pos in ("ADV", "PART"):
        k += 1
    return k < stop and ctx.tokens[k].feats.get("VerbForm") == "Inf"


def _infinitive_first(ctx: QuoteContext, toks: range, i: int) -> int | None:
    """The infinitive opening the clause of an advice verb that ends it (`Впрочем, полностью
    отказываться от сетей учёный не рекомендует.`), past connectives and adverbs, else None."""
    if ctx.tokens[i].lemma not in cues.ADVICE_VERBS or ctx.tokens[i].feats.get("VerbForm") != "Fin":
        return None
    if any(t.pos not in ("PUNCT",) for t in ctx.tokens[i + 1 : toks.stop]):
        return None  # words after the verb: its own complement
    k = toks.start
    while k < i and (ctx.tokens[k].pos in ("ADV", "PART", "CCONJ") or ctx.tokens[k].text == ","):
        k += 1
    return k if k < i and ctx.tokens[k].feats.get("VerbForm") == "Inf" else None


def _fronted_advice(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Quote | None:
    """`Впрочем, полностью отказываться от сетей учёный не рекомендует.`: the advice opens the
    clause, its giver stands before the verb."""
    first = _infinitive_first(ctx, toks, i)
    if first is None:
        return None
    opening = first
    while opening > toks.start and ctx.tokens[opening - 1].pos == "ADV":
        opening -= 1  # `полностью отказываться`
    speaker = finder.subject_before(i, first + 1)
    subject = ctx.token_at(speaker.start) if speaker is not None else None
    if speaker is None or subject is None or subject <= first:
        return None
    start, stop = trim(ctx.text, ctx.tokens[opening].start, ctx.tokens[subject - 1].stop)
    return _said(ctx, finder, i, "indirect", start, stop, speaker, outlet=finder.outlet(i, toks.stop))


def _main_clause_speaks(ctx: QuoteContext, toks: range, i: int) -> bool:
    """A converb (`…, заявив, что`) or a relative clause on a document (`письмо, в котором
    заявил, что`): the cue's subject is the main clause's."""
    if ctx.tokens[i].feats.get("VerbForm") == "Conv":
        return True
    for k in range(max(toks.start + 1, i - 3), i):
        if ctx.tokens[k].lemma == "который" and ctx.tokens[k - 1].pos == "ADP":
            # `письмо президента, в котором он заявил`: a subject of its own, the letter's author
            return not any(ctx.tokens[j].text.lower() in cues.PERSONAL_PRONOUNS for j in range(k + 1, i))
    return False


def _participle_cue(tok) -> bool:
    """`считающий, что …`, `заявивший, что …`: an active participle of a speech or opinion verb."""
    return (
        (tok.lemma in cues.SPEECH_VERBS or tok.lemma in cues.OPINION_VERBS)
        and tok.feats.get("VerbForm") == "Part"
        and tok.feats.get("Voice") == "Act"
        and tok.feats.get("Variant") != "Short"
    )


def _participle(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`X принадлежит к меньшинству, считающему, что …`: the view is that of the person the
    sentence is about (its first person named in the nominative, before the participle)."""
    complement = _complement(ctx, i, toks.stop)
    between = ctx.text[ctx.tokens[i].stop : complement].strip(" ,") if complement is not None else ""
    if i + 1 < toks.stop and ctx.tokens[i + 1].lemma in cues.HELD_VIEW_NOUNS:
        # `выразивший убеждение, что …`: the view named, then what it is
        between = between[len(ctx.tokens[i + 1].text) :].strip(" ,")
    if complement is None or between[:3] != "что":
        return None
    speaker = _sentence_person(ctx, finder, toks, i)
    if speaker is None:
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    ustop = _main_clause_resumes(ctx, complement, ustop)
    start, stop = trim(ctx.text, complement, _next_speech_clause(ctx, complement, ustop), period=True)
    kind, start, stop = _direct_if_quoted(ctx, start, stop)
    return _said(
        ctx,
        finder,
        i,
        kind,
        start,
        stop,
        speaker,
        confidence=OMITTED_CONFIDENCE,
        reason="a participle of opinion: the view of the person the sentence is about",
    )


def _sentence_person(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Speaker | None:
    """The first person the sentence names in the nominative before token `i`: whom a participle's
    phrase there is about."""
    for k in range(toks.start, i):
        ref = ctx.referent_at(k)
        if ref is not None and ref.type == "person" and finder.is_nominative(ref):
            return finder.from_referent(ref, how="name")
    return None


def _main_clause_resumes(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where the main clause resumes after a participle's words: a comma right before a finite
    verb (`Пономарев, заявивший, что законы послужат поводом к репрессиям, покинул зал`)."""
    for c in ctx.token_range(start, stop):
        nxt = ctx.tokens[c + 1] if c + 1 < len(ctx.tokens) else None
        if ctx.tokens[c].text == "," and nxt is not None and nxt.feats.get("VerbForm") == "Fin":
            return ctx.tokens[c].start
    return stop


def _speakers_gerund(ctx: QuoteContext, k: int, stop: int) -> bool:
    """A gerund at token `k` (past `не`) of speech or of the occasion of speaking (`уточнив`,
    `добавив`, `не уточнив`, `выступая`, `отвечая`, `сославшись`): the speaker's, not the reported
    clause's (`рабочие ушли, забрав инструменты` keeps its gerund)."""
    if k < stop and ctx.tokens[k].text.lower() == "не":
        k += 1
    if k >= stop:
        return False
    tok = ctx.tokens[k]
    return tok.feats.get("VerbForm") == "Conv" and (
        tok.lemma in SPEAKING_GERUNDS or tok.lemma in cues.SPEECH_VERBS or _speech_cue(tok)
    )


def _speech_occasion(ctx: QuoteContext, k: int, stop: int) -> bool:
    """`в своём Telegram-канале`, `на пресс-конференции в Анкаре` closing the sentence after a
    comma: where the words were said, not part of them."""
    if k >= stop or ctx.tokens[k].text.lower() not in ("в", "во", "на"):
        return False
    rest = ctx.tokens[k + 1 : stop]
    if not any(t.lemma in OCCASION_NOUNS or "telegram" in t.text.lower() for t in rest[:OCCASION_WORDS]):
        return False
    return not any(t.pos in ("VERB", "AUX") or t.text in (",", ":", ";") for t in rest)


def _next_speech_clause(ctx: QuoteContext, start: int, stop: int) -> int:
    """Where a comma opens another speaker's clause: `…, оппозиция заявляет о …`, `…, сообщает ТАСС`.

    The words before such a comma are all the first speaker said.
    """
    toks = ctx.token_range(start, stop)
    for c in toks:
        if ctx.tokens[c].text in (":", ";") and NEW_SOURCE.match(ctx.text, ctx.tokens[c].stop):
            return ctx.tokens[c].start  # `…: об этом, по сведениям источников, …` names another source
        if (
            ctx.tokens[c].text == ","
            and NEW_SOURCE.match(ctx.text, ctx.tokens[c].stop)
            and any(t.feats.get("VerbForm") == "Fin" for t in ctx.tokens[toks.start : c])
            # `…, что, по его словам, затягивает конфликт`: a frame inside a relative clause
            and not (
                c > toks.start
                and (ctx.tokens[c - 1].text.lower() == "что" or ctx.tokens[c - 1].lemma == "который")
            )
        ):
            # `…, что выборы станут выбором между «миром и кризисом», по его словам, речь идёт о …`:
            # a whole clause said, then a frame opening the next statement (not an aside inside it)
            return ctx.tokens[c].start
        if _coordinated_cue(ctx, c, toks.stop):
            return ctx.tokens[c].start  # `… и отметил, что …`: the same speaker's next statement
        if _speakers_own_predicate(ctx, toks.start, c, toks.stop):
            return ctx.tokens[c - 1].start  # `Жители считают, что …, и готовят обращение`: what they do
        if _dash_and_pronoun_cue(ctx, c, toks.stop):
            return ctx.tokens[c].start  # `…, что шокирован — он назвал сына …`: a statement of its own
        if (
            ctx.tokens[c].text == ","
            and c + 2 < toks.stop
            and ctx.tokens[c + 1].text in ("—", "–")
            and _speech_cue(ctx.tokens[c + 2])
            and ctx.tokens[c + 2].feats.get("VerbForm") == "Fin"
        ):
            return ctx.tokens[c].start  # `— Министр заявил о …, — пояснил Песков`: the line's own cue
        if ctx.tokens[c].text != ",":
            continue
        if _speakers_gerund(ctx, c + 1, toks.stop) or _speech_occasion(ctx, c + 1, toks.stop):
            # `…, что встреча возможна, уточнив, что …`, `…, выступая на форуме`, `…, в своём
            # Telegram-канале.`: what the speaker did saying it, not what was said
            return ctx.tokens[c].start
        if (
            c + 2 < toks.stop
            and ctx.tokens[c + 1].lemma == "который"
            and ctx.tokens[c + 2].text == ","
            and NEW_SOURCE.match(ctx.text, ctx.tokens[c + 2].stop)
        ):
            # `…, которая, по словам его сторонников, означает …`: another source's statement
            return ctx.tokens[c].start
        if _later_finding(ctx, c, toks.stop):
            return ctx.tokens[c].start  # `…, что X задержан, однако позже выяснилось, что …`: the narrator's
        if DECLINED.match(ctx.text, ctx.tokens[c].stop):
            return ctx.tokens[c].start  # `…, но назвать колонию отказались`: what the speaker would not say
        if _parallel_institution(ctx, c + 1, toks.stop):
            return ctx.tokens[c].start  # `…, в украинском также не смогли подтвердить …`
        opener = _connective_length(ctx, c + 1, toks.stop)
        k, limit, subject_end = c + 1 + opener, c + NEXT_SPEAKER_WINDOW + opener, None
        comma, c = c, c + opener  # the connective is no part of the subject
        while k < min(toks.stop, limit):
            t = ctx.tokens[k]
            cited = cues.citation_end(ctx.tokens, k) if k > c + 1 else None
            if cited is not None and subject_end is None:
                # `…, а WSJ со ссылкой на источники в компании заявляет, что …`: the citation
                # belongs to the subject before it
                subject_end, end = k, _cited_source_end(ctx, cited, toks.stop)
                limit, k = limit + end - k, end
                continue
            if (k == c + 1 and t.text.lower() in CONTRASTS) or t.text in NAME_MARKS:
                k += 1
                continue  # `…, однако лидер оппозиции назвал …`, `…, а газета «Ведомости» пишет …`
            aside = _aside_after_subject(ctx, k, toks.stop) if k > c + 1 else None
            if aside is not None:
                # `…, а ЦБ, напротив, полагает …`, `…, а Сидоров, в свою очередь, считает …`
                subject_end = subject_end if subject_end is not None else k
                limit, k = limit + aside - k, aside
                continue
            finite = t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short"  # `уверена`
            if (_speech_cue(t) or t.lemma in cues.NAMING_VERBS) and finite:
                if k == c + 1 and ctx.tokens[c + 2 : c + 3] and _trailing_subject(ctx, k + 1, toks.stop):
                    return ctx.tokens[comma].start  # `…, сообщает агентство`
                last = (subject_end if subject_end is not None else k) - 1
                while last > c and ctx.tokens[last].text in NAME_MARKS:
                    last -= 1
                # the subject's head noun, its genitives after it (`ряд звёзд шоу-бизнеса призвали`)
                head = next(
                    (h for h in range(c + 1, last + 1) if ctx.tokens[h].pos in ("NOUN", "PROPN")), last
                )
                if last > c and (
                    (
                        ctx.tokens[head].pos in ("NOUN", "PROPN")
                        and ctx.tokens[head].feats.get("Case") == "Nom"
                    )
                    or ctx.referent_at(last) is not None  # a name, also in foreign words
                ):
                    return ctx.tokens[comma].start  # `…, противники заявляют о …`
                break
            named = ctx.referent_at(k) is not None  # `глава ЛДПР Владимир Жириновский потребовал`
            # `лидер оппозиции`: a genitive after a noun qualifies the subject
            qualifier = (
                t.feats.get("Case") == "Gen" and ctx.tokens[k - 1].pos in ("NOUN", "ADJ") and k > c + 1
            )
            # a foreign name's words (`The Wall Street Journal`) are the subject's too, and so is a
            # possessive (`а его коллега Андрей Сидоров считает`)
            possessive = k == c + 1 + (ctx.tokens[c + 1].text.lower() in CONTRASTS) and (
                t.text.lower() in cues.POSSESSIVE_DETERMINERS
            )
            if not possessive and (
                (t.pos not in ("NOUN", "PROPN", "ADJ", "CCONJ", "DET") and not named)
                or (t.feats.get("Case") not in ("Nom", None) and not named and not qualifier)
            ):
                break
            k += 1
    return stop


def _before_later_finding(ctx: QuoteContext, start: int, stop: int) -> int:
    """Offset `stop`, or the comma before a later finding (`_later_finding`) between the offsets."""
    toks = ctx.token_range(start, stop)
    for c in toks:
        if ctx.tokens[c].text == "," and _later_finding(ctx, c, toks.stop):
            return ctx.tokens[c].start
    return stop


def _later_finding(ctx: QuoteContext, c: int, stop: int) -> bool:
    """At comma `c`, `однако позже выяснилось`, `но позднее эту информацию опровергли`: what
    turned out later, told in the past tense, is the narrator's (`но позже его закроют` is not)."""
    found = LATER_FINDING.match(ctx.text, ctx.tokens[c].stop)
    if found is None:
        return False
    if not found.group(1):
        return True
    verb = next((t for t in ctx.tokens[c + 3 : min(stop, c + 8)] if _finite_word(t)), None)
    return verb is not None and verb.feats.get("Tense") == "Past"


def _aside_after_subject(ctx: QuoteContext, k: int, stop: int) -> int | None:
    """A parenthetical set off by commas at `k` (`, напротив,`, `, в свою очередь,`, `, со своей
    стороны,`): the token after its closing comma, else None."""
    if ctx.tokens[k].text != ",":
        return None
    words = [t.text.lower() for t in ctx.tokens[k + 1 : min(stop, k + 1 + cues.ASIDE_WORDS + 1)]]
    for phrase in cues.ASIDES:
        n = len(phrase)
        if tuple(words[:n]) == phrase and len(words) > n and words[n] == ",":
            return k + n + 2
    return None


def _aside_before(ctx: QuoteContext, toks: range, comma: int) -> bool:
    """An aside set off by commas closes at `comma` (`Лавров, в свою очередь, отметил`)."""
    for k in range(comma - 1, max(toks.start, comma - cues.ASIDE_WORDS - 1) - 1, -1):
        if ctx.tokens[k].text == ",":
            words = [t.text.lower() for t in ctx.tokens[k + 1 : comma]]
            return cues.aside_at(words) == len(words)
    return False


def _connective_length(ctx: QuoteContext, k: int, stop: int) -> int:
    """How many words a connective of several words opening a clause at `k` has (`в ответ`,
    `в свою очередь`, `тогда как`), else 0."""
    words = [t.text.lower() for t in ctx.tokens[k : min(stop, k + CONNECTIVE_WORDS)]]
    for phrase in CONNECTIVE_PHRASES:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _cited_source_end(ctx: QuoteContext, k: int, stop: int) -> int:
    """Past the source a citation names (`со ссылкой на источники в компании`): its nouns,
    adjectives and prepositions, up to the verb."""
    while k < min(stop, k + CITED_SOURCE_TOKENS) and (
        ctx.tokens[k].pos in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM") or ctx.referent_at(k) is not None
    ):
        k += 1
    return k


def _dash_and_pronoun_cue(ctx: QuoteContext, c: int, stop: int) -> bool:
    """`— он назвал …`, `— она заявила, что …`: a dash, a personal pronoun and a finite cue open
    the speaker's next statement, no longer the words reported before."""
    if ctx.tokens[c].text not in ("—", "–") or c + 2 >= stop:
        return False
    pronoun, verb = ctx.tokens[c + 1], ctx.tokens[c + 2]
    return (
        pronoun.text.lower() in cues.PERSONAL_PRONOUNS
        and (_speech_cue(verb) or verb.lemma in cues.NAMING_VERBS)
        and verb.feats.get("VerbForm") == "Fin"
    )


def _parallel_institution(ctx: QuoteContext, k: int, stop: int) -> bool:
    """`В российском Минфине утверждают, что …, в украинском также не смогли подтвердить …`:
    a place (`в` + its words) then `также`/`тоже` and a plural verb, or a body named as a place and
    a plural speech cue (`…, в Счетной палате предупреждают`): another institution's clause."""
    if k >= stop or ctx.tokens[k].text.lower() not in ("в", "во"):
        return False
    j = k + 1
    while j < min(stop, k + 6) and ctx.tokens[j].pos in ("ADJ", "NOUN", "PROPN"):
        j += 1
    if j == k + 1 or j >= stop:
        return False
    if (
        ctx.tokens[j].feats.get("Number") == "Plur"
        and ctx.tokens[j].feats.get("VerbForm") == "Fin"
        and _speech_cue(ctx.tokens[j])
        and any(
            ctx.referent_at(h) is not None or ctx.tokens[h].lemma in cues.ORG_ANAPHORS
            for h in range(k + 1, j)
        )
    ):
        return True  # `В то время как в Минфине считают, что …, в Счетной палате предупреждают, что …`
    if ctx.tokens[j].text.lower() not in ("также", "тоже"):
        return False
    j += 1
    if j < stop and ctx.tokens[j].text.lower() == "не":
        j += 1
    return j < stop and ctx.tokens[j].feats.get("Number") == "Plur" and ctx.tokens[j].pos in ("VERB", "AUX")


def _circumstance_only(ctx: QuoteContext, start: int, stop: int) -> bool:
    """The words between the offsets open with a preposition and hold no finite verb nor a
    subject in the nominative: a circumstance (`На заседании СБ ООН, посвящённом …`), no claim."""
    toks = ctx.token_range(start, stop)
    if not len(toks) or ctx.tokens[toks.start].pos != "ADP":
        return False
    return not any(
        ctx.tokens[k].feats.get("VerbForm") == "Fin"
        or ctx.tokens[k].feats.get("Variant") == "Short"
        or (ctx.tokens[k].pos in ("NOUN", "PROPN") and ctx.tokens[k].feats.get("Case") == "Nom")
        for k in toks
    )


def _colon_ahead(ctx: QuoteContext, j: int, stop: int) -> bool:
    """A colon stands between token `j` and the end of its sentence: the words follow it."""
    return any(ctx.tokens[k].text == ":" for k in range(j, stop))


def _speakers_own_predicate(ctx: QuoteContext, first: int, c: int, stop: int) -> bool:
    """`, и` at `c` and a finite verb with no subject of its own, agreeing with the cue before the
    words said (`Жители считают, что стройку надо остановить, и готовят обращение`): the
    speakers' next act, not their words."""
    if c < 1 or ctx.tokens[c].text.lower() != "и" or ctx.tokens[c - 1].text != "," or c + 1 >= stop:
        return False
    verb = ctx.tokens[c + 1]
    if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or _speech_cue(verb):
        return False
    cue = next(
        (k for k in range(first - 1, max(-1, first - CUE_BEFORE_WORDS), -1) if _finite_cue(ctx.tokens[k])),
        None,
    )
    if cue is None:
        return False

    def agrees(feats: dict) -> bool:
        return all(feats.get(f) == verb.feats.get(f) for f in ("Number", "Tense", "Person", "Gender"))

    # `сообщил, что Мубарак принял отставку …, и поручил …`: the clause's own subject may act again
    inside = any(
        ctx.tokens[k].feats.get("VerbForm") == "Fin" and agrees(ctx.tokens[k].feats) for k in range(first, c)
    )
    return agrees(ctx.tokens[cue].feats) and not inside


def _coordinated_cue(ctx: QuoteContext, c: int, stop: int) -> bool:
    """`и` (or `, а также`, `, однако`) and a finite cue with a complement of its own: a second
    statement (`считает, что «…», однако уточнила, что …`)."""
    word = ctx.tokens[c].text.lower()
    contrast = word in CONTRASTS and c > 0 and ctx.tokens[c - 1].text == ","
    if (word != "и" and not contrast) or c + 1 >= stop:
        return False
    k, negated = c + 1, False
    while k < stop and (ctx.tokens[k].pos == "ADV" or ctx.tokens[k].text.lower() == "не"):
        negated = negated or ctx.tokens[k].text.lower() == "не"
        k += 1
    if _explanation(ctx, k, stop) is not None:
        return True  # `…, и объясняют его гибель стремлением …`
    if k < stop and ctx.tokens[k].lemma in cues.NAMING_VERBS and ctx.tokens[k].feats.get("VerbForm") == "Fin":
        return True  # `призвал не поддаваться на провокации и назвал протест «спланированной акцией»`
    if k >= stop or not _speech_cue(ctx.tokens[k]) or ctx.tokens[k].feats.get("VerbForm") != "Fin":
        return False
    not_excluded = negated and ctx.tokens[k].lemma in NOT_EXCLUDING  # `…, и не исключил, что …`
    if not not_excluded and (
        ctx.tokens[k].lemma not in cues.SPEECH_VERBS or ctx.tokens[k].lemma in cues.OPINION_VERBS
    ):
        return False  # `заявил, что знает … и надеется, что …`: a view within what was said
    # `…, и пообещал найти инвесторов`: a promise or call with its infinitive is a statement too
    if _complement(ctx, k, stop) is not None or _infinitive_complement(ctx, k, stop) is not None:
        return True
    # `заявил, что «…», и подтвердил готовность к …`: after a comma, a speech act with its object
    nxt = ctx.tokens[k + 1] if k + 1 < stop else None
    return (
        c > 0
        and ctx.tokens[c - 1].text == ","
        and nxt is not None
        and nxt.pos == "NOUN"
        and nxt.feats.get("Case") == "Acc"
    )


def _gerund_goes_on(ctx: QuoteContext, rest: range) -> bool:
    """`, добавив, что …`, `, отметив …`: the rest of a sentence after a trailing cue's subject is a
    speech gerund, whose words are said by the same subject."""
    k = rest.start
    while k < rest.stop and ctx.tokens[k].text in NAME_MARKS:
        k += 1  # `сообщила пресс-служба компании «Северсталь», отметив`
    if k + 1 >= rest.stop or ctx.tokens[k].text != ",":
        return False
    gerund = ctx.tokens[k + 1]
    return gerund.feats.get("VerbForm") == "Conv" and _speech_cue(gerund)


def _relayed(ctx: QuoteContext, rest: range) -> bool:
    """`, передает «Интерфакс»`, `, сообщает РБК со ссылкой на …`: a clause naming who relays the words."""
    k = next((k for k in rest if ctx.tokens[k].text == ","), None)
    if k is None or any(
        ctx.tokens[j].pos not in ("PROPN", "NOUN", "ADJ", "PUNCT") for j in range(rest.start, k)
    ):
        return False
    return k + 2 < rest.stop and _speech_cue(ctx.tokens[k + 1]) and _trailing_subject(ctx, k + 2, rest.stop)


def _trailing_subject(ctx: QuoteContext, k: int, stop: int) -> bool:
    """A trailing cue's subject: a capitalised name or a nominative noun right after the verb
    (past an opening quotation mark: `передает «Интерфакс»`), or a name in Latin letters, which
    the tagger leaves foreign (`сообщает baltinfo.ru`, `передаёт NEWSru.com`, `пишет The New York Times`)."""
    while k < stop and ctx.tokens[k].text in QUOTE_OPENERS:
        k += 1
    if (
        k + 1 < stop
        and ctx.tokens[k].pos == "ADJ"
        and ctx.tokens[k].text[:1].isupper()
        and ctx.tokens[k].feats.get("Case") in ("Nom", None)
    ):
        k += 1  # `передает «Украинская правда»`, `пишет Российская газета`: a title opened by its adjective
    else:
        while (
            k + 1 < stop
            and ctx.tokens[k].pos == "ADJ"
            and ctx.tokens[k].text.islower()
            and ctx.tokens[k].feats.get("Case") == "Nom"
        ):
            k += 1  # `…, считает главный экономист Wells Fargo Джей Брайсон`
    t = ctx.tokens[k] if k < stop else None
    if t is not None and t.pos == "X" and LATIN_WORD.match(t.text):
        # a name the entities stage found, or a site's address; not a common word (`пишет SMS`)
        ref = ctx.referent_at(k)
        return (ref is not None and ref.type != "person") or SITE_DOMAIN.match(ctx.text, t.stop) is not None
    return t is not None and t.pos in ("NOUN", "PROPN") and t.feats.get("Case") in ("Nom", None)


def _closes_clause(ctx: QuoteContext, toks: range, i: int) -> bool:
    """The cue follows the words it reports: after a comma or a dash, or `так` after one (`…, —
    так говорится в тексте`)."""
    k = i - 1
    if k > toks.start and ctx.tokens[k].text.lower() == "так":
        k -= 1
    return k >= toks.start and i > toks.start and ctx.tokens[k].text in (",", "—", "–")


def _trailing_impersonal(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int
) -> Quote | None:
    """`…, говорится в сообщении компании.`: the words before, from the document's source
    (`говорится в пресс-релизе`: a document with no source named, nobody)."""
    source = finder.document_source(i + 1, toks.stop)
    if source is None and not any(
        ctx.tokens[k].lemma in cues.DOCUMENT_NOUNS for k in range(i + 1, toks.stop)
    ):
        return None
    start, stop = trim(ctx.text, unit.start, ctx.tokens[i - 1].start, period=True)
    if start >= stop:
        return None
    tok = ctx.tokens[i]
    finder.remember(tok.start, source)
    return _sourced_quote(ctx, start, stop, (tok.start, tok.stop), source, "impersonal cue: no speaker named")


def _document_before(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, ceiling: int
) -> Speaker | None:
    """`… распространил совместное заявление Трампа и Путина. В документе говорится, что …`: a bare
    document noun points to the document the sentence before names with its author."""
    if not any(ctx.tokens[k].lemma in cues.DOCUMENT_NOUNS for k in range(toks.start, ceiling)):
        return None
    prev = _previous_unit(ctx, unit)
    if prev is None:
        return None
    rng = ctx.token_range(prev.start, prev.stop)
    return finder.document_source(rng.start, rng.stop) if len(rng) else None


def _document_of_relative(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, i: int) -> Speaker | None:
    """`Белый дом опубликовал заявление, в котором говорится, что …`: an impersonal cue in a
    relative clause on a document noun speaks for whoever issued that document in the same
    sentence (the subject of `опубликовал`, `распространил`, `выпустил`)."""
    rng = ctx.token_range(unit.start, unit.stop)
    k = i - 1
    while k > rng.start and ctx.tokens[k].lemma != "который":
        if ctx.tokens[k].text in (",", ".", ";", ":"):
            return None
        k -= 1
    if ctx.tokens[k].lemma != "который" or k - 1 <= rng.start:
        return None
    comma = k - 1 if ctx.tokens[k - 1].text == "," else k - 2  # `, в котором`
    if comma <= rng.start or ctx.tokens[comma].text != ",":
        return None
    noun = ctx.tokens[comma - 1]
    if noun.lemma not in cues.DOCUMENT_NOUNS:
        return None
    for j in range(comma - 2, rng.start - 1, -1):
        verb = ctx.tokens[j]
        if verb.feats.get("VerbForm") == "Fin" and verb.lemma in ISSUING_DOCUMENT_VERBS:
            return finder.subject_before(j, rng.start) or finder.subject_after(j, comma)
        if verb.text in (",", ";", ":"):
            return None
    return None


def _sourced_quote(
    ctx: QuoteContext, start: int, stop: int, cue: tuple[int, int], source: Speaker | None, missing: str
) -> Quote:
    """Reported speech whose speaker is a document's or a report's source, when one is named;
    with none, a lower confidence and `missing` as the reason."""
    return make_quote(
        ctx,
        "indirect",
        start,
        stop,
        cue=cue,
        speaker=source,
        confidence=0.7 if source else 0.5,
        reason=None if source else missing,
    )


def _speech_cue(tok, before=None) -> bool:
    if tok.feats.get("Tense") == "Fut" and not _present_after_all(tok):
        return False  # `расскажет о …`: announced, not yet said
    if tok.lemma in cues.OPINION_VERBS and tok.feats.get("Variant") == "Short" and tok.pos == "ADJ":
        return True  # `уверены` (lemma `уверить`, a speech verb too): a short adjective of opinion
    if tok.lemma in cues.UNDERSTOOD and tok.feats.get("VerbForm") == "Inf":
        # `дал понять, что …`: made it understood, said without saying it outright
        return (
            before is not None
            and before.lemma in cues.GIVING_TO_UNDERSTAND
            and before.feats.get("VerbForm") == "Fin"
            and before.feats.get("Tense") != "Fut"
        )
    if tok.lemma in cues.SPEECH_VERBS:
        if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Inf":
            # `успел заявить, что …`: said, though the verb is an infinitive
            return (
                before is not None
                and before.lemma in cues.PHASE_VERBS
                and before.feats.get("VerbForm") == "Fin"
            )
        return tok.pos == "VERB" and tok.feats.get("VerbForm") in ("Fin", "Conv")
    if tok.lemma in cues.OPINION_VERBS:
        # `уверен`, `убеждён`, but not the impersonal participle `не исключено, что`
        short = tok.feats.get("Variant") == "Short" and tok.feats.get("VerbForm") != "Part"
        return (tok.pos == "VERB" and tok.feats.get("VerbForm") in ("Fin", "Conv")) or short
    return False


def _citing_that(ctx: QuoteContext, i: int, stop: int) -> bool:
    """`сославшись на то, что …`, `ссылаясь на то, что …`: a reason given, said."""
    words = [t.text.lower() for t in ctx.tokens[i : min(stop, i + 5)]]
    return bool(words) and words[0] in cues.CITING_WORDS and words[1:5] == ["на", "то", ",", "что"]


def _present_after_all(tok) -> bool:
    """A present tense the tagger reads as a future (`клянутся`, of the imperfective `клясться`)."""
    return any(p.normal_form == tok.lemma and "pres" in p.tag for p in analyzer().parse(tok.text.lower()))


def _finding(ctx: QuoteContext, i: int, stop: int) -> bool:
    """`Следствие установило, что …`, `Комиссия пришла к выводу, что …`, `сделал вывод, что …`,
    `сходятся во мнении, что …`: a finite verb of finding or concluding right before its
    `что`-clause reports what its subject found."""
    tok = ctx.tokens[i]
    if tok.pos != "VERB" or tok.feats.get("VerbForm") != "Fin" or tok.feats.get("Tense") == "Fut":
        return False
    k = i + 1
    if tok.lemma in cues.CONCLUSION_VERBS:
        if k < stop and ctx.tokens[k].text.lower() in ("к", "ко", "во", "в"):
            k += 1
        if k >= stop or ctx.tokens[k].lemma not in cues.CONCLUSION_NOUNS:
            return False
        k += 1
    elif tok.lemma not in cues.FINDING_VERBS:
        return False
    return k + 1 < stop and ctx.tokens[k].text == "," and ctx.tokens[k + 1].text.lower() == "что"


def _statement_made(ctx: QuoteContext, i: int, stop: int) -> bool:
    """`Ватикан опубликовал заявление о том, что …`, `сделал заявление, что …`, `выступил с
    обращением, в котором …` is not one: a finite verb of making a statement, the statement noun
    (maybe after its adjectives) and its `что`-clause report what the subject said."""
    tok = ctx.tokens[i]
    if (
        tok.lemma not in cues.MAKING_VERBS
        or tok.feats.get("VerbForm") != "Fin"
        or tok.feats.get("Tense") == "Fut"
    ):
        return False
    k = i + 1
    if k < stop and ctx.tokens[k].text.lower() in ("с", "со"):
        k += 1
    while k < stop and k <= i + 4 and ctx.tokens[k].pos == "ADJ":
        k += 1  # `сделал официальное заявление`
    if k >= stop or ctx.tokens[k].lemma not in MADE_STATEMENTS:
        return False
    words = [t.text.lower() for t in ctx.tokens[k + 1 : min(stop, k + 5)]]
    return words[:2] == [",", "что"] or words[:4] in (["о", "том", ",", "что"], ["об", "том", ",", "что"])


def _complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """Where the reported clause starts: after `что`/`будто`, at `о`/`об`, or after a colon."""
    for j in range(i + 1, min(stop, i + COMPLEMENT_WINDOW)):
        t = ctx.tokens[j]
        low = t.text.lower()
        if low in ("что", "будто", "чтобы") and (
            ctx.tokens[j - 1].text == "," or j == i + 1 or (t.pos == "SCONJ" and low != "чтобы")
        ):
            if low == "чтобы" and any(ctx.tokens[k].feats.get("VerbForm") == "Inf" for k in range(i + 1, j)):
                # `пообещал провести выборы, чтобы …`: the promise is the infinitive's, its aim too
                return None
            return ctx.tokens[j + 1].start if j + 1 < stop else None
        if (
            low in TOLD_HOW
            and ctx.tokens[i].lemma in TELLING_VERBS
            and not _colon_ahead(ctx, j, stop)  # `рассказал однажды, как они познакомились, …: ¶ …`
            and ctx.tokens[j - 1].text == ","
            and _only_addressees(
                ctx, [k for k in range(i + 1, j - 1) if ctx.tokens[k].text not in NAME_MARKS]
            )
        ):
            return t.start  # `рассказала «РБК», как компания вышла на рынок`: what she told
        if low in REASON_QUESTIONS and j == i + 2 and ctx.tokens[j - 1].text == ",":
            return t.start  # `пояснил, почему его страна не может …`: the question answered is said
        if low in ("о", "об") and j <= i + 5:
            if j + 1 < stop and ctx.tokens[j + 1].text.lower() == "том":
                continue
            nxt = ctx.tokens[j + 1] if j + 1 < stop else None
            after = ctx.tokens[j + 2] if j + 2 < stop else None
            if (
                nxt is not None
                and nxt.text.lower().strip("\u200b\ufeff") in POINTING_BACK
                and (after is None or after.pos != "NOUN")
            ):
                return None  # `объявил о нем`, `сказал об этом`: what it was about was said before
            # `заявил журналистам в субботу о …`, not `написал заявление об уходе` or `говоря о …`
            # (`предупредил Россию о …`: these verbs' addressee is an accusative)
            warned = ctx.tokens[i].lemma in cues.WARN_VERBS
            if ctx.tokens[i].feats.get("VerbForm") != "Conv" and _only_addressees(
                ctx, range(i + 1, j), accusative=warned
            ):
                return t.start
            return None
        if t.text == ":" and ctx.text[t.stop : t.stop + 1].isspace():  # not `15:13`
            announced = [k for k in range(i + 1, j) if ctx.tokens[k].text.lower() not in ANNOUNCING_WORDS]
            if not _only_addressees(ctx, announced):  # `заявил следующее: …`: the words announced
                return None  # `отметили три сферы: …`: a list of what the object holds
            nxt = ctx.tokens[j + 1] if j + 1 < stop else None
            if nxt is not None and nxt.text == "'" and j + 3 < stop and ctx.tokens[j + 2].text == "'":
                # `заявил: ''Мы не отступим''`: wiki italics, no quotation marks, hold the words
                nxt = ctx.tokens[j + 3]
            if nxt is None or nxt.text[:1] in "«„“\"'":
                return None  # a direct quote follows: the direct rules hold it
            return nxt.start
        if t.text == "." and _site_dot(ctx, j):
            continue  # `заявила Lenta.ru, что`
        if t.feats.get("VerbForm") == "Conv" and _after_comma(ctx, j) and _speech_cue(t):
            # `сообщило агентство MAP, добавив, что …`, `пригрозил санкциями, не уточнив, что имеется в
            # виду`: the `что` is the gerund's
            return None
        if t.text in (".", "!", "?", ";") or (t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"):
            return None
    return None


def _after_comma(ctx: QuoteContext, j: int) -> bool:
    """A comma stands before token `j`, or before the `не` before it."""
    before = ctx.tokens[j - 1].text
    return before == "," or (before.lower() == "не" and j > 1 and ctx.tokens[j - 2].text == ",")


def _infinitive_complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`пообещал с понедельника ограничить поставки`: a promise or threat with its infinitive."""
    tok = ctx.tokens[i]
    if tok.lemma in cues.CALL_VERBS:  # a converb's subject is too far to be sure of (`, призывая его …`)
        return _call_complement(ctx, i, stop) if tok.feats.get("VerbForm") == "Fin" else None
    if tok.lemma in cues.ADVICE_VERBS and tok.feats.get("VerbForm") != "Fin":
        return None  # `предлагая …`, `предложенный`: no subject near enough to be sure of
    if tok.lemma not in cues.PROMISE_VERBS | cues.ADVICE_VERBS or tok.feats.get("VerbForm") not in (
        "Fin",
        "Conv",
    ):
        return None
    j, seen, aside = i + 1, 0, set()
    while j < stop and seen < PROMISE_WINDOW:
        t = ctx.tokens[j]
        if t.text == "(":  # `пообещал в случае победы (в этом случае …) сформировать`: an aside
            close = next((k for k in range(j + 1, min(stop, j + 20)) if ctx.tokens[k].text == ")"), None)
            if close is None:
                return None
            aside.update(range(j, close + 1))
            j = close + 1
            continue
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Inf":
            if not _only_addressees(ctx, [k for k in range(i + 1, j) if k not in aside]):
                return None
            k = i + 1  # `пообещал жене купить дом`: the addressee is not what was promised
            while (
                k < j and ctx.tokens[k].feats.get("Case") == "Dat" and ctx.tokens[k].pos in ("NOUN", "PRON")
            ):
                k += 1
                while (
                    k < j
                    and ctx.tokens[k].feats.get("Case") == "Gen"
                    and ctx.tokens[k].pos in ("NOUN", "PROPN")
                ):
                    k += 1  # `гражданам России`
            return ctx.tokens[k].start
        if t.pos == "PUNCT" and t.text not in ("%",):
            return None
        j, seen = j + 1, seen + 1
    return None


def _demanded_of(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`потребовал от губернаторов навести порядок`: whom of (`от` and its noun phrase) and the
    infinitive demanded; the content with its addressee, as a call's."""
    tok = ctx.tokens[i]
    if tok.lemma not in cues.DEMAND_VERBS or tok.feats.get("VerbForm") != "Fin":
        return None
    j = i + 1
    if j >= stop or ctx.tokens[j].text.lower() != "от":
        return None
    j += 1
    while j < min(stop, i + CALL_WINDOW) and (
        ctx.tokens[j].pos in ("NOUN", "PROPN", "ADJ", "DET", "PRON") or ctx.tokens[j].text in NAME_MARKS
    ):
        j += 1
    if j < stop and ctx.tokens[j].pos == "VERB" and ctx.tokens[j].feats.get("VerbForm") == "Inf":
        return ctx.tokens[i + 1].start
    return None


def _threatened_with(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`пригрозил Израилю «жёстким ответом»`, `пригрозил Китаю новыми пошлинами`: past the
    addressee in the dative, the threat in the instrumental."""
    tok = ctx.tokens[i]
    if tok.lemma not in THREAT_VERBS or tok.feats.get("VerbForm") != "Fin":
        return None
    j = i + 1
    while j < stop and (
        ctx.tokens[j].pos in ("ADV", "PART")
        or (
            ctx.tokens[j].feats.get("Case") == "Dat" and ctx.tokens[j].pos in ("NOUN", "PROPN", "PRON", "ADJ")
        )
    ):
        j += 1
    k = j + 1 if j < stop and ctx.tokens[j].text in NAME_MARKS else j
    while k < stop and ctx.tokens[k].pos in ("ADJ", "DET"):
        k += 1
    if k < stop and ctx.tokens[k].pos == "NOUN" and ctx.tokens[k].feats.get("Case") == "Ins":
        return ctx.tokens[j].start
    return None


def _call_complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`призвал общественность согласиться с …`, `призвал к сдержанности`: whom and what to,
    the content with its addressee (an accusative, or none)."""
    apposed, in_phrase = -1, False
    for j in range(i + 1, min(stop, i + CALL_WINDOW)):
        t = ctx.tokens[j]
        if t.pos == "VERB" and (
            t.feats.get("VerbForm") == "Inf" or (j > i + 1 and t.feats.get("VerbForm") == "Fin")
        ):
            return ctx.tokens[i + 1].start  # a finite verb for the infinitive: `призвал … согласится`
        if t.text.lower() == "к" and all(
            ctx.tokens[k].feats.get("Case") in ("Acc", None) for k in range(i + 1, j)
        ):
            return ctx.tokens[i + 1].start
        if t.text in QUOTE_OPENERS and j > i + 1:
            return ctx.tokens[i + 1].start  # `призывает зрителей «совершить хиджру»`
        named = ctx.referent_at(j) is not None  # `призывал Тегеран соблюдать`: a name's case is a guess
        if (
            t.text in ("—", "–")
            and ctx.tokens[j - 1].pos == "NOUN"
            and j + 1 < stop
            and ctx.tokens[j + 1].pos == "NOUN"
        ):
            apposed = j + 1
            continue  # `призвала государства — члены ЕС сохранить`: one addressee
        if j == apposed:
            continue
        if t.pos == "ADP":
            in_phrase = True  # `призвали коллегию в этой связи взять самоотвод`: a circumstance
            continue
        if in_phrase and t.pos in ("NOUN", "ADJ", "DET", "NUM", "PRON", "PROPN"):
            continue
        in_phrase = False
        participle = t.pos == "VERB" and t.feats.get("VerbForm") == "Part"  # `призвал воюющие стороны`
        if (
            t.pos not in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "ADV", "PART", "NUM") and not participle
        ) or (t.feats.get("Case") not in ("Acc", "Gen", None) and not named):
            return None
    return None


def _demand_complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`потребовал отставки правительства`: a noun of action in the genitive right after the verb."""
    if ctx.tokens[i].lemma not in cues.DEMAND_VERBS or ctx.tokens[i].feats.get("VerbForm") != "Fin":
        return None
    for j in range(i + 1, min(stop, i + 4)):
        t = ctx.tokens[j]
        if t.pos == "NOUN" and t.feats.get("Case") in ("Gen", "Acc") and t.feats.get("Animacy") != "Anim":
            return t.start  # `потребовал отставки правительства`, `потребовали выкуп`
        if t.pos not in ("ADV", "PART", "ADJ") and t.feats.get("Case") != "Dat":
            return None
    return None


def _prepositional_complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`настаивает на проведении экспертизы`, `обвиняет США в двойном подходе`: the content
    after `на` (from it), or the accused and what of (from the accused)."""
    tok = ctx.tokens[i]
    if tok.feats.get("VerbForm") != "Fin":
        return None
    if tok.lemma in cues.INSIST_VERBS:
        j = i + 1
        while j < stop and ctx.tokens[j].pos in ("ADV", "PART"):
            j += 1
        if (
            j + 1 < stop
            and ctx.tokens[j].text.lower() == "на"
            and ctx.tokens[j + 1].pos in ("NOUN", "ADJ", "DET")
        ):
            return ctx.tokens[j].start
        return None
    if tok.lemma in cues.ACCUSE_VERBS:
        j = i + 1
        while j < stop and ctx.tokens[j].pos in ("ADV", "PART"):
            j += 1
        first = j
        while j < min(stop, first + 6) and ctx.tokens[j].text.lower() not in ("в", "во"):
            t = ctx.tokens[j]
            if t.pos not in ("NOUN", "PROPN", "ADJ", "DET") or t.feats.get("Case") not in (
                "Acc",
                "Gen",
                None,
            ):
                return None
            j += 1
        if (
            first < j < stop - 1
            and ctx.tokens[j].text.lower() in ("в", "во")
            and ctx.tokens[j + 1].text != "том"
        ):
            return ctx.tokens[first].start
    return None


def _stance_complement(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """`подтвердил готовность продолжать диалог`: the stance noun opens the content."""
    if ctx.tokens[i].lemma not in cues.STANCE_VERBS:
        return None
    for j in range(i + 1, min(stop, i + 4)):
        t = ctx.tokens[j]
        if t.lemma in cues.STANCE_NOUNS and t.feats.get("Case") in ("Acc", None):
            # a bare noun says nothing (`выразили протест и заявили …`)
            bare = (
                j + 1 >= stop or ctx.tokens[j + 1].text in (".", ";") or ctx.tokens[j + 1].text.lower() == "и"
            )
            return None if bare else t.start
        if t.pos not in ("ADV", "PART", "ADJ") and t.feats.get("Case") != "Dat":
            return None  # `выразило решительный протест`: an adjective of the noun may come first
    return None


def _only_addressees(ctx: QuoteContext, between: range | list[int], *, accusative: bool = False) -> bool:
    """Between a cue and its `о`: adverbs, an addressee (dative, or an accusative with `accusative`)
    or circumstances (`в субботу`), no object."""
    in_phrase = False
    cases = ("Dat", "Acc", None) if accusative else ("Dat", None)
    prev = None
    for k in between:
        tok = ctx.tokens[k]
        if tok.pos == "ADP":
            in_phrase = True
        elif in_phrase and tok.pos in ("NOUN", "ADJ", "NUM", "PROPN", "DET"):
            continue
        elif (
            prev is not None
            and prev.feats.get("Case") in ("Dat", "Gen")
            and prev.pos in ("NOUN", "PROPN")
            and tok.feats.get("Case") == "Gen"
            and tok.pos in ("NOUN", "PROPN", "ADJ")
        ):
            prev = tok  # `гражданам России`: the addressee's genitive
            continue
        elif tok.pos in ("ADV", "PART") or (
            tok.pos not in ("VERB", "AUX") and tok.feats.get("Case") in cases
        ):
            in_phrase = False  # not a verb, which has no case (`призвал не доверять публикациям о …`)
        elif _site_dot(ctx, k):
            continue  # `рассказала bbcrussian.com`: a site's address, whom it was told
        else:
            return False
        prev = tok
    return True


def _site_dot(ctx: QuoteContext, k: int) -> bool:
    """Token `k` is the dot inside a site's address (`Lenta.ru`, `bbcrussian.com`), glued to the
    Latin word before it."""
    tok = ctx.tokens[k]
    before = ctx.tokens[k - 1] if k > 0 else None
    return (
        tok.text == "."
        and before is not None
        and before.stop == tok.start
        and LATIN_WORD.match(before.text) is not None
        and SITE_DOMAIN.match(ctx.text, tok.start) is not None
    )


def _after_verb(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """An impersonal cue followed by its subject: `декларируется цель …`."""
    if ctx.tokens[i].lemma not in cues.DECLARED_CUES:
        return None
    if i + 1 < stop and ctx.tokens[i + 1].pos in ("NOUN", "ADJ", "DET", "PROPN"):
        return ctx.tokens[i + 1].start
    return None


def _comma_before(ctx: QuoteContext, start: int, stop: int) -> int:
    """A subject after an impersonal cue ends with its clause: at the next comma."""
    comma = ctx.text.find(",", start, stop)
    return comma if comma > 0 else stop


def _trailing_cue(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Ситуация ухудшится, — считает эксперт.`: the cue and its subject close the sentence."""
    if ctx.tokens[i].feats.get("VerbForm") == "Conv":
        return None  # `Об этом объявили 21 сентября, выступив на форуме`: an adverbial clause, not a source
    j = i - 1
    while j > toks.start and ctx.tokens[j].pos == "ADV" and ctx.tokens[j - 1].text in ("—", "–", "-", ","):
        j -= 1  # `— Мы это не обсуждали, — коротко ответил Песков`: how it was said
    dashed = False
    while j > toks.start and ctx.tokens[j].text in ("—", "–", "-"):
        j, dashed = j - 1, True
    if j <= toks.start or (ctx.tokens[j].text != "," and not dashed):
        return None
    if not dashed and _aside_before(ctx, toks, j):
        return None  # `Ван И, со своей стороны, отметил высокий уровень доверия`: the subject is before
    speaker = finder.subject_after(i, toks.stop) or _noun_after(ctx, finder, toks, i)
    if speaker is None:
        return None
    if (
        ctx.tokens[i].lemma in cues.RELAY_FRAME_VERBS
        and ctx.is_media(speaker.entity)
        and (
            _named_report_before(ctx, finder, toks.start, ctx.tokens[j].stop)
            or _about_this_reported(ctx, finder, toks.start, j)
            or _trailing_report_before(ctx, finder, toks.start, j)
        )
    ):
        # `Лавров заявил, что …, сообщает ТАСС`, `Об этом сообщил министр Иван Петров, передаёт РИА
        # Новости`: the agency relays the words of the one the sentence names
        return None
    rest = ctx.token_range(speaker.stop, unit.stop)
    if _relayed(ctx, rest) or _gerund_goes_on(ctx, rest):
        # `…, заявил министр, передает «Интерфакс»`: the agency relays the words; `…, сообщило
        # агентство MAP, добавив, что …`: the speaker goes on to say more, a statement of its own
        rest = range(0)
    connective = not dashed and all(
        ctx.tokens[k].pos in ("CCONJ", "ADV", "PART") for k in range(toks.start, j)
    )  # `Однако, добавил он, их количество ограничено`: the words are after the cue
    if connective or any(
        ctx.tokens[k].feats.get("VerbForm") == "Fin" or ctx.tokens[k].lemma == "что" for k in rest
    ):
        comma = next((k for k in rest if ctx.tokens[k].text == ","), None)
        if comma is None or dashed:
            return None
        return _quote_around(ctx, finder, unit, i, speaker)  # `Поне, отмечает издание, был …`
    end = ctx.tokens[j].start if ctx.tokens[j].text == "," else ctx.tokens[j].stop
    begin = unit.start
    opened = _dialogue_opening(ctx, unit, end) if dashed else None
    if opened is not None:
        begin = opened  # `— Нет. Я дал слово маме, — заявил он`: the line from its dash, all its sentences
    elif dashed and not ctx.text[unit.stop : ctx.paras[unit.para][1]].strip():
        # `… — сказала она.` closing a paragraph: direct speech without quotation marks
        begin = ctx.paras[unit.para][0]
    start, stop = trim(ctx.text, begin, end, period=True)
    if not dashed and _circumstance_only(ctx, start, stop):
        return None  # `На заседании СБ ООН, посвящённом Сирии, выступили представители`: where, not what
    opening = ctx.text.rfind("''", start, stop) if ctx.text.startswith("''", stop) else -1
    if opening >= 0 and _sentence_opens(ctx.text, start, opening):
        # `Министр выступил. ''Для нас это красная линия'', — сказал министр`: the words in the wiki
        # marks opening a sentence (not `Посольство принимает ''«…»'', подчеркнул …`)
        start = opening + 2
    topic = TOPIC_CLAUSE.match(ctx.text, start, stop)
    if topic is not None:  # `О том, что …, сказал X`: the words are the `что`-clause
        start = topic.end()
    kind = "unmarked" if dashed else "indirect"  # no quotation marks: not `direct`
    outlet, reason = finder.outlet(i, toks.stop), DIALOGUE_LINE if opened is not None else None
    return _said(ctx, finder, i, kind, start, stop, speaker, outlet=outlet, confidence=0.75, reason=reason)


def _dialogue_opening(ctx: QuoteContext, unit: Unit, end: int) -> int | None:
    """Where a dialogue line ending at `end` begins: after the last dash in its paragraph that
    opens the paragraph or a sentence (`Смирнов вышел к журналистам. — Мы будем обжаловать`)."""
    pstart = ctx.paras[unit.para][0]
    opening = None
    for match in DIALOGUE_DASH.finditer(ctx.text, pstart, end):
        if _sentence_opens(ctx.text, pstart, match.start()):
            opening = match.end()
    return opening


def _sentence_opens(text: str, lo: int, at: int) -> bool:
    """Offset `at` opens a sentence: nothing but a finished sentence before it since `lo`."""
    return text[lo:at].rstrip()[-1:] in ("", ".", "!", "?", "…")


def _dialogue_resumed(ctx: QuoteContext, unit: Unit, earlier: list[Quote]) -> Quote | None:
    """`— …, — заявил он журналистам. — Сейчас я тренер, и мне это нравится.`: a dash opening a
    sentence after a dialogue line's cue in its paragraph resumes the same speaker's words, to the
    paragraph's end or the next line's cue."""
    text = ctx.text
    dash = DIALOGUE_DASH.match(text, unit.start)
    if dash is None:
        return None
    line = next(
        (
            q
            for q in reversed(earlier)
            if q.reason == DIALOGUE_LINE
            and q.cue_stop is not None
            and ctx.para_index(q.cue_stop) == unit.para
            and q.cue_stop < unit.start
        ),
        None,
    )
    pstop = ctx.paras[unit.para][1]
    if line is None or NEXT_LINE_CUE.search(text, dash.end(), pstop):
        return None  # none before, or the sentence is a line with a cue of its own
    start, stop = trim(text, dash.end(), pstop, period=True)
    if stop <= start:
        return None
    return replace(
        line, start=start, stop=stop, confidence=0.7, reason="a dialogue line resumed after its cue"
    )


def _joins_names(ctx: QuoteContext, j: int) -> bool:
    """`и` between two names in the same case (`Солошенко и Афанасьева`): a coordinated object."""
    if ctx.tokens[j].text.lower() != "и" or j == 0 or j + 1 >= len(ctx.tokens):
        return False
    left, right = ctx.tokens[j - 1], ctx.tokens[j + 1]
    return (
        left.pos == "PROPN"
        and right.pos == "PROPN"
        and left.feats.get("Case") == right.feats.get("Case")
        and left.feats.get("Case") is not None
    )


def _named_as(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`назвал выборы «фарсом»`: a quoted epithet is the speaker's word.

    The epithet alone is a direct quote when the statement ends with it
    (`… «фарсом» и покинул зал`); when the clause goes on (`«фарсом» для всей
    страны`, `«…», поскольку …`) the whole clause after the verb is reported speech.
    A capitalised quotation is a name given (`назвал книгу «Война и мир»`), not a quote.
    """
    tok = ctx.tokens[i]
    if (
        tok.lemma not in cues.NAMING_VERBS
        or tok.feats.get("VerbForm") not in ("Fin", "Conv")
        or tok.feats.get("Tense") == "Fut"
    ):
        return None
    quoted = None
    skip_to = -1
    for j in range(i + 1, min(toks.stop, i + EPITHET_WINDOW)):
        t = ctx.tokens[j]
        if j <= skip_to or t.text.strip("'") == "":
            continue  # a name in quotation marks passed; wiki text wraps quotations in ''…''
        if t.text[:1] in QUOTE_OPENERS:
            quoted = next(((q, qs) for q, qs in ctx.quoted if q.open_at == t.start and q.depth == 0), None)
            closing = ctx.token_at(quoted[0].close_at) if quoted and quoted[0].close_at is not None else None
            if quoted is not None and ctx.text[quoted[0].start : quoted[1]][:1].isupper() and closing:
                # `назвал главу «Лиги» Маттео Сальвини «великим лидером»`: a name in the object
                quoted, skip_to = None, closing
                continue
            break
        if _joins_names(ctx, j):
            continue  # `назвал освобождение Солошенко и Афанасьева …`: one object
        if t.pos == "PUNCT" and ctx.referent_at(j) is not None:
            continue  # `назвал Р.Оззи одним из …`: an initial's full stop is inside the name
        if t.text in ("—", "–") and j + 1 < toks.stop and ctx.tokens[j + 1].text[:1] in QUOTE_OPENERS:
            continue  # `называет более высокую цифру — «семь захватчиков»`: the words after the dash
        if t.pos in ("PUNCT", "SCONJ", "CCONJ") or (t.pos == "VERB" and t.feats.get("VerbForm") != "Part"):
            return _named_plain(ctx, finder, toks, i, min(j, i + NAMING_WINDOW))
    else:
        return _named_plain(ctx, finder, toks, i, min(toks.stop, i + NAMING_WINDOW))
    if quoted is None or quoted[0].close_at is None:
        return None
    q, qstop = quoted
    for k in range(i - 1, max(toks.start, i - NAMING_WINDOW) - 1, -1):
        if ctx.tokens[k].text == ",":
            break
        which = ctx.tokens[k]
        if which.lemma == "который" and (
            which.feats.get("Case") != "Nom" or which.feats.get("Number") != tok.feats.get("Number")
        ):
            # `…, которого (который) в прессе называют «…»`: a name given, not a statement; `сенатор,
            # который назвал законопроект «…»` says it
            return None
    words = ctx.text[q.start : qstop]
    if not words[:1].islower():
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    tail = ctx.text[q.close_at + 1 : ustop]
    converb = tok.feats.get("VerbForm") == "Conv"
    if converb:  # `Называя X «…», Марк …`: the subject of the main clause, never the object
        comma = next((k for k in ctx.token_range(q.close_at, ustop) if ctx.tokens[k].text == ","), None)
        subject = finder.subject_before(i, toks.start) or (
            finder.subject_after(comma, toks.stop) if comma is not None else None
        )
        tail = tail.split(",")[0]
    else:
        subject = finder.subject_before(i, toks.start) or finder.subject_after(
            i, ctx.token_at(q.open_at) or i
        )
    if subject is None:
        return None
    tail_words = tail.replace(",", " ").split()
    opener = ctx.token_at(q.open_at)
    head = ctx.tokens[opener - 1] if opener else None
    # `назвал освобождение вопросом «ближайших недель»`: the evaluation is the unquoted noun the
    # quotation only completes, so the whole clause is reported speech
    completes = head is not None and head.pos == "NOUN" and head.feats.get("Case") == "Ins"
    k = i + 1  # `назвал журналистам …`: the addressee is not the words
    while ctx.tokens[k].feats.get("Case") == "Dat" and ctx.tokens[k].pos in ("NOUN", "PRON"):
        k += 1
    reason = "a quoted epithet after `назвал`"
    also = _SECOND_EPITHET.match(tail)  # `назвал эти законы «позорными» и «антидемократичными»`
    if also is not None:
        qstop, tail = q.close_at + 1 + also.end() - 1, tail[also.end() :]
        tail_words = tail.replace(",", " ").split()
    if not completes and (not tail_words or (tail.startswith(" ") and tail_words[0] in ("и", "а", "но"))):
        kind, start, stop = "direct", q.start, qstop
        if opener is not None and k < opener and not converb:
            # `назвал решение о переезде «жалким поступком»`: what was called so, and the epithet,
            # are the statement reported; the epithet alone is a direct quote of its own
            kind, start, stop, reason = "indirect", ctx.tokens[k].start, qstop + 1, EPITHET_WITH_OBJECT
    elif converb:
        return None  # `Называя X «…» в отрасли, …`: a description on the way to the main statement
    else:
        kind, start, stop = "indirect", ctx.tokens[k].start, ustop
        parallel = _PARALLEL_EPITHET.match(tail)
        if parallel is not None:
            stop = q.close_at + 1 + parallel.end()  # `назвала состояние «тяжёлым», а ранения «серьёзными»`
        elif not tail_words or tail_words[0] in ("и", "а", "но"):
            stop = q.close_at + 1  # `назвал реформу делом «будущего» и покинул зал`
        elif (
            tail_words[0] not in cues.BECAUSE
            and tail.lstrip()[:1] == ","
            and not _epithet_apposition(ctx, q.close_at, ustop)
        ):
            stop = q.close_at + 1  # `назвал выборы «фарсом», заявив …`: the clause ends at the comma
        start, stop = trim(ctx.text, start, stop, period=True)
    return _said(
        ctx,
        finder,
        i,
        kind,
        start,
        stop,
        subject,
        outlet=finder.outlet(i, toks.stop),
        confidence=0.7,
        reason=reason,
    )


def _epithet_itself(ctx: QuoteContext, quote: Quote) -> Quote | None:
    """The quoted epithet closing an evaluation reported with its object (`назвал решение «жалким
    поступком»`): the speaker's own words, a direct quote with the same speaker and cue."""
    if quote.reason != EPITHET_WITH_OBJECT:
        return None
    marks = next(((q, qs) for q, qs in ctx.quoted if q.close_at == quote.stop - 1 and q.depth == 0), None)
    if marks is None:
        return None
    return replace(
        quote, kind="direct", start=marks[0].start, stop=marks[1], reason="a quoted epithet after `назвал`"
    )


def _epithet_apposition(ctx: QuoteContext, close_at: int, stop: int) -> bool:
    """`назвал нападение «ужасной атакой», одной из тех, которые …`: after the comma a word in the
    instrumental, as the epithet is, goes on naming (an apposition to it), not a clause of its own."""
    rng = ctx.token_range(close_at + 1, stop)
    if len(rng) < 2 or ctx.tokens[rng.start].text != ",":
        return False
    word = ctx.tokens[rng.start + 1]
    return (
        word.pos in ("ADJ", "NOUN", "NUM", "PRON", "DET")
        and word.feats.get("Case") == "Ins"
        and word.feats.get("VerbForm") is None
    )


def _described_as(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`охарактеризовал Дж.Коми как высококвалифицированного сотрудника, …`, `классифицировало
    глифосат как вещество, которое …`: the object and its description from `как` to the end of
    the phrase are the speaker's view (an addressee before the object is not)."""
    tok = ctx.tokens[i]
    finite = _finite_word(tok)
    participle = not finite and _active_participle_word(tok) and _set_off_participle(ctx, toks, i)
    if not (finite or participle) or (i > toks.start and ctx.tokens[i - 1].text.lower() == "не"):
        return None
    j, limit = i + 1, i + NAMING_WINDOW
    while j < min(toks.stop - 1, limit):
        t = ctx.tokens[j]
        if t.text == "," and (close := _participle_phrase_end(ctx, j, toks.stop)) is not None:
            limit += close - j  # `оценил итоги матча, разочаровавшие болельщиков, как приемлемые`
            j = close + 1
            continue
        if t.text.lower() == "как" and j > i + 1:
            _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
            if tok.lemma in cues.DEFINING_VERBS and not _adjective_after(ctx, j + 1, toks.stop):
                return None  # `определила Москву как место проведения форума`: a choice, not a view
            if participle:  # `депутат Илья Пономарев, охарактеризовавший X как «…»`
                subject = _sentence_person(ctx, finder, toks, i)
            else:
                subject = _coordinated_subject(ctx, finder, toks, i) or finder.subject_before(i, toks.start)
            if subject is None:
                return None
            first = i + 1
            while ctx.tokens[first].feats.get("Case") == "Dat" and ctx.tokens[first].pos in ("NOUN", "PRON"):
                first += 1  # `охарактеризовал журналистам ситуацию как …`
            end = _description_end(ctx, t.start, ustop)
            rather = RATHER_AS.match(ctx.text, end) if ctx.tokens[j - 1].text.lower() == "не" else None
            if rather is not None:  # `не как «тяжёлое», но как «удовлетворительное»`: both halves
                end = _description_end(ctx, rather.end() - len("как"), ustop)
            start, stop = trim(ctx.text, ctx.tokens[first].start, end, period=True)
            return _view(
                ctx, finder, toks, i, (start, stop), subject, "a description after `охарактеризовал X как`"
            )
        if t.text.lower() in ("уже", "не", "ещё", "еще") and j > i + 1:
            j += 1  # `характеризуют её состояние уже не как «тяжёлое», но как …`
            continue
        # the object and its modifiers only (`Дж.Коми`, `нового директора`, `ситуацию на рынке`)
        if (
            t.pos not in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "ADP")
            and t.text not in ("«", "»", '"', ".")
            and not _noun_word(t)
        ):
            return None
        j += 1
    return None


def _set_off_participle(ctx: QuoteContext, toks: range, i: int) -> bool:
    """The participle at `i` opens a phrase set off by a comma, maybe after an adverbial of a
    few words (`, в своем выступлении охарактеризовавший …`)."""
    for k in range(i - 1, max(toks.start, i - PARTICIPLE_OPENING) - 1, -1):
        if ctx.tokens[k].text == ",":
            return True
        if ctx.tokens[k].pos in ("VERB", "PUNCT"):
            return False
    return False


def _adjective_after(ctx: QuoteContext, k: int, stop: int) -> bool:
    """An adjective or a participle at token `k`, past opening quotation marks (`как «безнадёжное»`)."""
    while k < stop and ctx.tokens[k].text in QUOTE_OPENERS:
        k += 1
    return k < stop and (ctx.tokens[k].pos == "ADJ" or ctx.tokens[k].feats.get("VerbForm") == "Part")


def _coordinated_subject(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Speaker | None:
    """`письмо, в котором политик не упоминал вирус, но определил …`: a verb joined by `но`, `а` or
    `и` to a finite verb of a relative clause shares that verb's subject, inside the clause."""
    if i - 1 <= toks.start or ctx.tokens[i - 1].text.lower() not in ("но", "а", "и"):
        return None
    verb = next(
        (
            k
            for k in range(i - 2, toks.start - 1, -1)
            if ctx.tokens[k].pos == "VERB" and _finite_word(ctx.tokens[k])
        ),
        None,
    )
    if verb is None:
        return None
    relative = next(
        (k for k in range(verb - 1, toks.start - 1, -1) if ctx.tokens[k].lemma == "который"), None
    )
    if relative is None or ctx.tokens[relative].feats.get("Case") == "Nom":
        return None  # no relative clause, or its subject is the noun it hangs on
    return finder.subject_before(verb, relative + 1)


def _description_end(ctx: QuoteContext, start: int, stop: int) -> int:
    """A description (`как возможность теракта`) ends where the phrase does, or before a comma
    opening a clause with a finite verb of its own (`…, при этом следствие не применило …`); a
    relative or participial clause (`…, который …`) still describes, and so does a clause around
    a parenthetical word (`которое, вероятно, может …`)."""
    end = _phrase_end(ctx, start, stop)
    closed = _through_closing_mark(ctx, start, end, stop)
    if closed != end:
        return closed  # `как «очень интересную, но не окончательную»`: to the closing mark
    rng = ctx.token_range(start, end)
    inserted = -1
    for c in rng:
        nxt = ctx.tokens[c + 1] if c + 1 < rng.stop else None
        if (
            ctx.tokens[c].text == "и"
            and nxt is not None
            and (_speech_cue(nxt) or _active_participle_word(nxt))
        ):
            return ctx.tokens[c].start  # `как «…» и выразивший убеждение, что …`: a clause of its own
        if ctx.tokens[c].text != "," or c + 1 >= rng.stop or c == inserted:
            continue
        nxt = ctx.tokens[c + 1]
        if c + 2 < rng.stop and nxt.pos == "ADV" and ctx.tokens[c + 2].text == ",":
            inserted = c + 2  # `, вероятно,`: a parenthetical word, the clause goes on past it
            continue
        if nxt.lemma == "который" or _participle_word(nxt):
            continue
        for k in range(c + 1, min(rng.stop, c + NAMING_WINDOW)):
            t = ctx.tokens[k]
            if t.text in (",", ";", ":"):
                break
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
                return ctx.tokens[c].start
    return end


def _finite_word(tok) -> bool:
    """A finite verb, also where the tagger reads it as a participle or an adjective that the
    analyser does not know (`классифицировало`: only a past tense)."""
    if tok.feats.get("VerbForm") == "Fin":
        return True
    parses = analyzer().parse(tok.text.lower())
    return (
        tok.pos in ("VERB", "ADJ")
        and bool(parses)
        and all(p.tag.POS == "VERB" and "indc" in p.tag for p in parses)
    )


def _active_participle_word(tok) -> bool:
    """An active participle, also where the tagger reads it as a noun (`охарактеризовавший`):
    every analysis of the word is one."""
    if tok.feats.get("VerbForm") == "Part":
        return tok.feats.get("Voice") == "Act"
    parses = analyzer().parse(tok.text.lower())
    return bool(parses) and all(p.tag.POS == "PRTF" and "actv" in p.tag for p in parses)


def _noun_word(tok) -> bool:
    """A word the tagger misread that the analyser reads as a noun (`глифосат`, tagged a verb)."""
    return tok.text[:1].isalpha() and any(p.tag.POS == "NOUN" for p in analyzer().parse(tok.text.lower()))


def _participle_word(tok) -> bool:
    """A full participle, also where the tagger reads it as a noun (`разочаровавшие`)."""
    if tok.feats.get("VerbForm") == "Part":
        return True
    parses = analyzer().parse(tok.text.lower())
    return bool(parses) and parses[0].tag.POS == "PRTF"


def _participle_phrase_end(ctx: QuoteContext, comma: int, stop: int) -> int | None:
    """A participial phrase set off after a noun (`, донельзя разочаровавшие всех болельщиков,`):
    the index of its closing comma."""
    k = comma + 1
    while k < stop and ctx.tokens[k].pos == "ADV":
        k += 1
    if k >= stop or not _participle_word(ctx.tokens[k]):
        return None
    return next((c for c in range(k + 1, min(stop, k + NAMING_WINDOW)) if ctx.tokens[c].text == ","), None)


def _substantivized(tok: Token, after: Token | None) -> bool:
    """A neuter adjective or participle standing for a noun (`назвал происшедшее трагедией`,
    `случившееся`): no noun after it in its case (`назвал новое здание …`)."""
    return (
        tok.pos in ("ADJ", "VERB")
        and tok.feats.get("Gender") == "Neut"
        and tok.feats.get("Number", "Sing") == "Sing"
        and not (
            after is not None
            and after.pos in ("NOUN", "PROPN", "ADJ")
            and after.feats.get("Case") == tok.feats.get("Case")
        )
    )


_SECOND_EPITHET = re.compile(r"\s+(?:и|или)\s+[«\"„“]([^«»\"„“”\n]{1,80})[»\"“”]")


def _named_plain(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int, end: int) -> Quote | None:
    """`назвал итоги выборов подтасованными`: an evaluation with no quotation marks, the object
    and its predicate in the instrumental (`назвал сына Иваном` gives a name, not a view)."""
    tok = ctx.tokens[i]
    if tok.feats.get("VerbForm") != "Fin" or (i > toks.start and ctx.tokens[i - 1].text.lower() == "не"):
        return None
    words = [ctx.tokens[k] for k in range(i + 1, end)]
    objects = [
        k
        for k, t in enumerate(words)
        if t.feats.get("Case") == "Acc"
        and (
            t.pos in ("NOUN", "PRON", "PROPN")
            or _substantivized(t, words[k + 1] if k + 1 < len(words) else None)
        )
    ]
    epithet = [
        k
        for k, t in enumerate(words)
        if (
            (
                t.feats.get("Case") == "Ins"
                or (t.pos == "ADJ" and not t.feats.get("Case") and t.text.endswith(("ыми", "ими")))
            )
            and (t.pos in ("ADJ", "NOUN") or t.feats.get("VerbForm") == "Part")
            and not t.text[:1].isupper()
        )
        or _one_of(words, k)
    ]
    if not objects and epithet == [0] and (fronted := _fronted_object(ctx, finder, toks, i, end)):
        return fronted
    first = words[0].start if words else tok.stop
    if not objects and epithet and all(w.pos == "ADV" for w in words[: epithet[0]]):
        fronted_at = _object_before(ctx, toks, i)  # `Глушков обвинения в свой адрес называл …`
        if fronted_at is not None:
            objects, first = [-1], ctx.tokens[fronted_at].start
    if (
        not objects
        or not epithet
        or epithet[-1] < objects[0]
        or (objects[0] >= 0 and words[objects[0]].lemma == "себя")
    ):
        return None
    # `назвал посещение островов министром обороны`: an agent, not an evaluation; a bare noun
    # is one only right after its object, closing the clause (`называет её заложницей`)
    bare = epithet[-1] == objects[0] + 1 and epithet[-1] == len(words) - 1
    # an inanimate noun is an evaluation (`назвал решение суда нарушением свободы слова`), an
    # animate one may be the agent
    after = ctx.tokens[i + 1 + epithet[-1] + 1] if i + 1 + epithet[-1] + 1 < len(ctx.tokens) else None
    abstract = any(
        words[k].pos == "NOUN" and words[k].feats.get("Animacy") == "Inan" for k in epithet
    ) and not (
        after is not None and after.text[:1].isupper()  # `назвал улицу проспектом Победы`: a name given
    )
    one_of = _one_of(words, epithet[-1])
    if not any(words[k].pos in ("ADJ", "VERB") for k in epithet) and not (bare or abstract or one_of):
        return None
    subject = finder.subject_before(i, toks.start)
    if subject is None or subject.start >= first:
        return None
    if objects[0] < 0 and ctx.text[subject.stop : first].strip():
        return None  # the object put first follows its subject right away (`Глушков обвинения …`)
    stop = words[epithet[-1]].stop
    # the predicate goes on to the end of its clause (`назвал выборы фарсом века`, `назвали выдачу
    # главным условием для предоставления Сербии статуса кандидата`), not past `и`, a comma or a verb
    k = i + 1 + epithet[-1] + 1
    aim = (
        k < toks.stop
        and ctx.tokens[k].feats.get("VerbForm") == "Inf"
        and words[epithet[-1]].pos == "NOUN"  # `назвал санкции попыткой задушить экономику`
    )
    while k < toks.stop and (
        _predicate_goes_on(ctx.tokens[k]) or (aim and ctx.tokens[k].feats.get("VerbForm") == "Inf")
    ):
        stop, k = ctx.tokens[k].stop, k + 1
    if _more_epithets(ctx, k, toks.stop):
        # `назвал сына добрым и нежным человеком, мирным мусульманином`: the epithets go on
        clause_end = ctx.tokens[toks.stop - 1].stop
        _, stop = _said_phrase(ctx, stop, clause_end)
    # `считает случившееся "неприятным инцидентом"`: the mark closes it
    stop = _through_closing_mark(ctx, first, stop, ctx.tokens[toks.stop - 1].stop)
    return _view(ctx, finder, toks, i, (first, stop), subject, "an evaluation after `назвал`")


def _through_closing_mark(ctx: QuoteContext, start: int, end: int, limit: int) -> int:
    """`end`, or past the quotation mark closing a quotation that opens between `start` and `end`
    and closes at or after `end`, before `limit`: words said are not cut inside their marks."""
    opened = next(
        (
            q
            for q, _ in ctx.quoted
            if start <= q.open_at < end and q.close_at is not None and q.close_at >= end
        ),
        None,
    )
    return opened.close_at + 1 if opened is not None and opened.close_at < limit else end


def _explanation(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """Where the words begin when the verb at `i` states a cause or a link: `объяснил установку
    рамок соображениями безопасности` (an object, then the cause in the instrumental),
    `связывает дело с ФГУП …` (`с` and the instrumental). `объяснил это тем, что …` is a cue
    with its clause, `объясняет ученикам правила` no cause."""
    tok = ctx.tokens[i]
    linking = tok.lemma in cues.LINKING_VERBS
    if (
        not (linking or tok.lemma in cues.EXPLAINING_VERBS)
        or tok.feats.get("VerbForm") != "Fin"
        or tok.feats.get("Tense") == "Fut"
        or (i > 0 and ctx.tokens[i - 1].text.lower() == "не")
    ):
        return None
    k = i + 1
    while k < stop and ctx.tokens[k].pos in ("ADV", "ADJ", "DET", "NUM"):
        k += 1  # `объяснил столь резкий рост …`
    unit = ctx.unit_at(tok.start)
    fronted = unit is not None and any(
        t.feats.get("Case") == "Acc" and t.pos == "NOUN"
        for t in ctx.tokens[ctx.token_at(unit.start) or 0 : i]
    )
    if (
        not linking
        and fronted
        and k < stop
        and ctx.tokens[k].feats.get("Case") == "Ins"
        and ctx.tokens[k].pos == "NOUN"
        and ctx.tokens[k].feats.get("Animacy") != "Anim"
    ):
        first = k
        while first > i + 1 and ctx.tokens[first - 1].pos in ("ADJ", "DET"):
            first -= 1
        return first  # `Своё решение он объяснил преклонным возрастом`: the object said before
    if (
        k >= stop
        or ctx.tokens[k].feats.get("Case") != "Acc"
        or ctx.tokens[k].pos not in ("NOUN", "PRON", "PROPN")
    ):
        return None
    j = k + 1
    while (
        j < stop
        and ctx.tokens[j].feats.get("Case") == "Gen"
        and ctx.tokens[j].pos in ("NOUN", "ADJ", "PROPN", "DET")
    ):
        j += 1  # `установку рамок`
    if linking:
        if j >= stop or ctx.tokens[j].text.lower() not in ("с", "со"):
            return None
        j += 1
    while j < stop and ctx.tokens[j].pos in ("ADJ", "DET"):
        j += 1
    if j >= stop:
        return None
    cause = ctx.tokens[j]
    if (
        cause.feats.get("Case") != "Ins"
        or cause.pos not in ("NOUN", "PRON", "PROPN")
        or (cause.lemma == "то" and not linking)
    ):
        return None
    if not linking and cause.feats.get("Animacy") == "Anim":
        return None  # `объяснил … министром`: an agent, not a cause
    start = i + 1
    while ctx.tokens[start].pos == "ADV":
        start += 1
    return start


def _explained(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Израиль объяснил установку рамок соображениями безопасности`, `Эксперты связывают рост
    цен с подорожанием сырья`: the cause or link the speaker states, to the end of its phrase."""
    first = _explanation(ctx, i, toks.stop)
    if first is None:
        return None
    speaker = finder.subject_before(i, toks.start)
    same = _same_speaker(ctx, finder, unit, i)
    if same is not None and (speaker is None or _said_before(ctx, same[0], speaker.start)):
        speaker = same[1]  # `утверждают, что Салех …, и объясняют его гибель …`: not `Салех`
    confidence = None
    if speaker is None:
        speaker = _subjectless_person(ctx, finder, toks, i)
        confidence = OMITTED_CONFIDENCE
    if speaker is None:
        return None
    _, ustop = trim(ctx.text, unit.start, unit.stop, period=True)
    begin = ctx.tokens[first].start
    ustop = _name_described(ctx, begin, ustop)
    start, stop = _said_phrase(ctx, begin, ustop)
    quote = _view(
        ctx,
        finder,
        toks,
        i,
        (start, stop),
        speaker,
        "a cause or link stated (`объяснил X Y`, `связывает X с Y`)",
    )
    if confidence is not None:
        quote.confidence, quote.reason = confidence, SUBJECTLESS_REASON
    return quote


def _name_described(ctx: QuoteContext, start: int, stop: int) -> int:
    """Before `, который …` right after a name (`с ФГУП «Главный радиочастотный центр», который
    занимался …`): the writer describing the name, not the cause or link stated."""
    for c in ctx.token_range(start, stop):
        if ctx.tokens[c].text == "," and 0 < c < len(ctx.tokens) - 1 and ctx.tokens[c + 1].lemma == "который":
            before = ctx.tokens[c - 1]
            if before.text in NAME_MARKS or before.pos == "PROPN":
                return ctx.tokens[c].start
    return stop


def _more_epithets(ctx: QuoteContext, k: int, stop: int) -> bool:
    """`и`, `,` or `а также` and a lower-case word in the instrumental: the list of epithets goes on."""
    while k < stop and ctx.tokens[k].text.lower() in (",", "и", "а", "также"):
        k += 1
    if k >= stop or k == 0 or ctx.tokens[k - 1].text.lower() not in (",", "и", "также"):
        return False
    t = ctx.tokens[k]
    return t.feats.get("Case") == "Ins" and t.pos in ("ADJ", "NOUN", "VERB") and t.text[:1].islower()


def _predicate_goes_on(tok) -> bool:
    if tok.pos in ("PUNCT", "CCONJ", "SCONJ") or (
        tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") != "Part"
    ):
        return False
    return tok.text[:1] not in QUOTE_OPENERS


def _fronted_object(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int, end: int) -> Quote | None:
    """`Всю историю с письмом Петров назвал фарсом`: the object opens the sentence, the subject
    stands before the verb and the evaluation closes the clause right after it; the whole
    sentence is the statement (test7's convention for a speaker named inside it)."""
    epithet = ctx.tokens[i + 1]
    closes = i + 2 >= end or ctx.tokens[i + 2].pos == "PUNCT"
    inanimate = epithet.pos == "ADJ" or epithet.feats.get("Animacy") == "Inan"
    if not closes or not inanimate:
        return None
    subject = finder.subject_before(i, toks.start)
    first = ctx.tokens[toks.start]
    if subject is None or subject.start <= first.start:
        return None
    if (
        first.feats.get("Case") != "Acc"
        or first.pos not in ("NOUN", "PRON", "DET", "ADJ")
        or first.lemma == "себя"
    ):
        return None
    start, stop = trim(ctx.text, first.start, epithet.stop)
    return _view(
        ctx, finder, toks, i, (start, stop), subject, "an evaluation after `назвал`, its object put first"
    )


def _evaluated(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Quote | None:
    """`считает решение ошибочным`, `признала операторов виновными в нарушении закона`, `объявил
    свою страну ядерной державой`: an object and its predicate in the instrumental are the
    speaker's view, as after `назвал`; the predicate's own complement runs to the clause's end.

    The predicate is an adjective or a participle, or for `считать` and `признать` a noun too
    (`считает это ошибкой`, `считает Савченко политзаключенной`): `объявил 2020 год годом памяти`
    declares, it says nothing."""
    tok = ctx.tokens[i]
    if tok.lemma not in cues.EVALUATING_VERBS or tok.feats.get("VerbForm") != "Fin":
        return None
    for k in range(i - 1, max(toks.start, i - NAMING_WINDOW) - 1, -1):
        if ctx.tokens[k].text == ",":
            break
        if ctx.tokens[k].lemma == "который":
            return None  # `…, которого считают лидером`: the relative clause's subject is elsewhere
    if any(
        ctx.tokens[k].text.lower() == "что"
        and ctx.tokens[k - 1].text == ","
        and ctx.tokens[k - 2].lemma in cues.SPEECH_VERBS | cues.OPINION_VERBS
        for k in range(max(toks.start + 2, i - COMPLEMENT_WINDOW), i)
    ):
        return None  # `хотел подчеркнуть, что Израиль считает Иерусалим неделимым`: inside another's words
    end = i + 1
    while end < toks.stop:
        t = ctx.tokens[end]
        if t.text in QUOTE_OPENERS or t.text in QUOTE_CLOSERS:
            end += 1  # `признала операторов «большой тройки» виновными`: a name inside the object
            continue
        if t.text == "(" and (close := _closing_parenthesis(ctx, end, toks.stop)) is not None:
            end = close + 1  # `химикат глифосат (Roundup)`, `в контрабанде (ч. 2 ст. 229.1 УК РФ)`: an aside
            continue
        if t.text.lower() == "и" and _joined_complement(ctx, end + 1, toks.stop):
            end += 1  # `виновной в контрабанде … и незаконном хранении …`: the complement goes on
            continue
        if t.pos in ("PUNCT", "SCONJ", "CCONJ") or (
            t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") != "Part"
        ):
            break
        end += 1
    words = range(i + 1, end)
    predicate = [
        k
        for k in words
        if ctx.tokens[k].feats.get("Case") == "Ins"
        and not _after_preposition(ctx, k, i)
        and (
            ctx.tokens[k].pos == "ADJ"
            or ctx.tokens[k].feats.get("VerbForm") == "Part"
            or (tok.lemma not in cues.DECLARING_VERBS and ctx.tokens[k].pos == "NOUN")
        )
    ]
    if not predicate:
        return None
    quote = _named_plain(ctx, finder, toks, i, min(end, predicate[0] + 3))
    if quote is None:
        return None
    last = ctx.tokens[end - 1]
    if last.stop > quote.stop and any(ctx.tokens[k].pos == "ADP" for k in range(predicate[-1] + 1, end)):
        quote.stop = last.stop  # `виновными в нарушении закона о конкуренции`: the predicate's complement
    quote.reason = "an evaluation after `считает`, `признал` or `объявил`"
    return quote


def _closing_parenthesis(ctx: QuoteContext, k: int, stop: int) -> int | None:
    """The `)` closing the aside that opens at token `k`, within the clause, or None."""
    return next((c for c in range(k + 1, stop) if ctx.tokens[c].text == ")"), None)


def _joined_complement(ctx: QuoteContext, k: int, stop: int) -> bool:
    """After `и`, another word of the same phrase (`и незаконном хранении`, `и обоснованным`, `и в
    хранении`), not a clause of its own (`и приговорил`, `и суд отклонил`)."""
    if k >= stop:
        return False
    t = ctx.tokens[k]
    if t.pos == "ADP":
        return True
    return t.pos in ("ADJ", "NOUN", "PROPN", "DET", "NUM") and t.feats.get("Case") not in ("Nom", None)


def _after_preposition(ctx: QuoteContext, k: int, floor: int) -> bool:
    """An instrumental governed by a preposition (`перед российскими избирателями`, `с новыми
    партнёрами`): no predicate of the object."""
    j = k - 1
    while (
        j > floor and ctx.tokens[j].feats.get("Case") == "Ins" and ctx.tokens[j].pos in ("ADJ", "DET", "NUM")
    ):
        j -= 1
    return j > floor and ctx.tokens[j].pos == "ADP"


def _one_of(words: list, k: int) -> bool:
    """`одним из самых влиятельных творцов`: `один` in the instrumental before `из` and the genitive
    (`одной из`, which the tagger may read as a genitive)."""
    return (
        words[k].lemma == "один"
        and (words[k].feats.get("Case") == "Ins" or words[k].text.lower() in ("одной", "одною"))
        and k + 1 < len(words)
        and words[k + 1].text.lower() == "из"
    )


def _object_before(ctx: QuoteContext, toks: range, i: int) -> int | None:
    """The accusative object put before `называл` and after its subject (`Глушков обвинения в
    свой адрес называл …`): its first token, with the prepositional phrase that qualifies it."""
    found = None
    for k in range(i - 1, toks.start, -1):
        t = ctx.tokens[k]
        if t.pos == "PUNCT" or t.pos in ("VERB", "AUX") or t.feats.get("Case") == "Nom":
            break
        if t.pos == "NOUN" and t.feats.get("Case") == "Acc" and ctx.tokens[k - 1].pos != "ADP":
            found = k
    return found


def _about_first(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Quote | None:
    """`О смерти актёра сообщила его дочь.`: the topic opens the sentence, the speaker follows the cue
    (or stands between: `Об отставке правительства премьер Бойко Борисов заявил …`)."""
    first = toks.start
    if ctx.tokens[first].text.lower() not in ("о", "об") or not first < i <= first + 8:
        return None
    if any(
        ctx.tokens[k].pos not in ("NOUN", "ADJ", "PROPN", "DET", "NUM", "ADP")
        and ctx.tokens[k].feats.get("VerbForm") != "Inf"  # `О намерении уйти в отставку сообщил`
        for k in range(first + 1, i)
    ):
        return None
    speaker = finder.subject_after(i, toks.stop)
    end = ctx.tokens[_where_said(ctx, first + 1, i) - 1].stop
    if speaker is None:  # `Об отставке правительства премьер Бойко Борисов заявил …`: the subject before
        speaker = finder.subject_before(i, first + 1)
        if speaker is None or speaker.start <= ctx.tokens[first].start:
            return None
        subject = ctx.token_at(speaker.start) or i
        role = next((k for k in range(first + 1, subject) if ctx.tokens[k].lemma in cues.ROLE_NOUNS), subject)
        end = ctx.tokens[role - 1].stop  # the topic ends where the role before the name begins
    start, stop = trim(ctx.text, ctx.tokens[first].start, end)
    return _said(
        ctx, finder, i, "indirect", start, stop, speaker, outlet=finder.outlet(i, toks.stop), confidence=0.7
    )


def _where_said(ctx: QuoteContext, lo: int, hi: int) -> int:
    """Where a place the words were published in starts among tokens `lo`…`hi` (`в своём
    Telegram-канале`, `в соцсетях`, `в Instagram`), else `hi`: the topic before it is what was said."""
    for k in range(lo, hi):
        if ctx.tokens[k].text.lower() not in ("в", "во", "на"):
            continue
        j = k + 1
        while j < hi and ctx.tokens[j].pos in ("DET", "ADJ"):
            j += 1
        if j < hi and (
            ctx.tokens[j].lemma in cues.PUBLICATION_PLACES
            or ctx.tokens[j].lemma in cues.NETWORK_NOUNS
            or ctx.tokens[j].text.lower() in cues.PLATFORMS
            or ctx.tokens[j].lemma.split("-")[0] in cues.PLATFORMS  # `Telegram-канале`
        ):
            return k
    return hi


def _colon_paragraph(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    unit: Unit,
    toks: range,
    i: int,
    *,
    impersonal: bool = False,
    author: Speaker | None = None,
) -> Quote | None:
    """`Медведев сказал:` closing a paragraph, the words set off as the next paragraph.

    `В сообщении компании говорится:` (impersonal): the document's source speaks, or nobody named.
    `author`: the writer of a document the clause quotes (`приводит письмо X:`), who speaks instead.
    """
    last = toks.stop - 1
    if ctx.tokens[last].text != ":" or last - i > COLON_WINDOW or unit.para + 1 >= len(ctx.paras):
        return None
    if last - i > COMPLEMENT_WINDOW and any(
        ctx.tokens[k].lemma in cues.SPEECH_VERBS | cues.OPINION_VERBS and not _relative_clause(ctx, toks, k)
        for k in range(i + 1, last)
    ):
        return None  # far from the colon, another cue nearer: that one announces the words
    if ctx.text[unit.stop : ctx.paras[unit.para][1]].strip():
        return None
    pstart, pstop = ctx.paras[unit.para + 1]
    if ctx.text[pstart:pstop].lstrip()[:1] in '«„“"':
        return None  # a quotation: the direct rules hold it
    if ctx.text.count("\n", ctx.paras[unit.para][1], pstart) > 1 and not ctx.text.startswith("''", pstart):
        # a blank line between: what the colon announced is not in the text (an embed), unless the
        # words stand in wiki italics (`сообщила следующее: ¶ ¶ ''Она не болела …''`)
        return None
    if impersonal:
        speaker = finder.document_author(toks.start, last)
    else:
        if _relative_clause(ctx, toks, i, subject=False):
            # `пролила свет на письмо, о котором говорил Песков:`: not Песков's words (`Анне
            # Никифоровой, которая сообщила следующее:` is hers)
            return None
        speaker = author or finder.subject_before(i, toks.start) or finder.subject_after(i, last)
        if speaker is None:
            return None
    start, stop = trim(ctx.text, pstart, pstop)
    return _said(
        ctx,
        finder,
        i,
        "unmarked",
        start,
        stop,
        speaker,
        outlet=finder.outlet(i, last),
        confidence=0.7,
        reason="words set off as their own paragraph after a colon",
    )


def _document_heading(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int
) -> Quote | None:
    """`Официальный ответ С. Кузина (Департамент Африки МИД России) на запрос редакции:` closing its
    paragraph, the letter as the next: a document and its author with no verb announce the author's
    words (test4's convention); a document no one is named with announces nothing."""
    k = toks.start
    while k < toks.stop and ctx.tokens[k].pos == "ADJ":
        k += 1  # `Официальный`
    if (
        i != k
        or ctx.tokens[i].lemma not in cues.HEADING_DOCUMENTS
        or ctx.tokens[i].feats.get("Case") not in ("Nom", "Acc")
    ):
        return None
    last = toks.stop - 1
    if ctx.tokens[last].text != ":" or any(ctx.tokens[j].pos == "VERB" for j in range(i + 1, last)):
        return None
    if finder.document_author(toks.start, last) is None:
        return None
    return _colon_paragraph(ctx, finder, unit, toks, i, impersonal=True)


def _document_text(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int) -> Quote | None:
    """`Полный текст документа:` closing its paragraph, the document as the next: a heading with
    no verb, `текст` (`содержание`) of a document, announces the document's words; they are its
    author's, the source named with it (`Текст заявления МИД:`) or the one the sentences just
    before show issuing it (`Президентом Путиным был подписан Указ …`, `Путин подписал указ …`).
    A document no one is shown issuing announces nothing here."""
    k = toks.start
    while k < toks.stop and ctx.tokens[k].pos == "ADJ":
        k += 1  # `Полный`, `Официальный`
    last = toks.stop - 1
    if (
        i != k
        or ctx.tokens[i].lemma not in DOCUMENT_TEXT_NOUNS
        or ctx.tokens[i].feats.get("Case") not in ("Nom", "Acc")
        or i + 1 >= last
        or ctx.tokens[last].text != ":"
    ):
        return None
    noun = ctx.tokens[i + 1]
    if noun.feats.get("Case") != "Gen" or noun.lemma not in ISSUED_DOCUMENTS | {ANY_DOCUMENT}:
        return None
    if any(ctx.tokens[j].pos in ("VERB", "AUX") for j in range(i + 1, last)):
        return None
    author = finder.document_source(i + 1, last) or _issuer_before(ctx, finder, unit, noun.lemma)
    if author is None:
        return None
    return _colon_paragraph(ctx, finder, unit, toks, i, author=author)


def _issuer_before(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, lemma: str) -> Speaker | None:
    """Who the sentence before shows issuing a document (`документ`: any; else one of `lemma`):
    the agent in the instrumental of a passive verb of issuing (`Президентом России Владимиром
    Путиным был подписан Указ`), or the subject of an active one (`Путин подписал указ`)."""
    index = ctx.units.index(unit)
    for prev in reversed(ctx.units[max(0, index - ISSUER_UNITS) : index]):
        if prev.para < unit.para - 1:
            break
        rng = ctx.token_range(prev.start, prev.stop)
        if not any(
            ctx.tokens[j].lemma == lemma
            or (lemma == ANY_DOCUMENT and ctx.tokens[j].lemma in ISSUED_DOCUMENTS)
            for j in rng
        ):
            continue
        for j in rng:
            verb = ctx.tokens[j]
            if verb.lemma not in ISSUING_DOCUMENT_VERBS or verb.pos != "VERB":
                continue
            if verb.feats.get("Voice") == "Pass":
                agent = _instrumental_agent(ctx, finder, rng)
                if agent is not None:
                    return agent
            elif verb.feats.get("VerbForm") == "Fin":
                subject = finder.subject_before(j, rng.start)
                if subject is not None:
                    return subject
    return None


def _instrumental_agent(ctx: QuoteContext, finder: SpeakerFinder, rng: range) -> Speaker | None:
    """The agent of a passive clause: a person or body named in the instrumental, no preposition
    governing it (`Президентом России Владимиром Путиным`; not `с Путиным`)."""
    for ref in ctx.referents:
        first = ctx.token_at(ref.start)
        if first is None or first not in rng or ref.type not in ("person", "organization"):
            continue
        if ctx.tokens[first].feats.get("Case") != "Ins" or (first > 0 and ctx.tokens[first - 1].pos == "ADP"):
            continue
        return finder.from_referent(ref, how="name")
    return None


def _first_person_after_colon(
    ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, toks: range, i: int
) -> Quote | None:
    """`Плющенко пригласил фигуристку в свою компанию: ¶ Я Юле звонил …`: a clause closing its
    paragraph with a colon, whatever its verb, announces the next paragraph when that paragraph
    speaks in the first person; `приводит письмо X:` gives the letter's author."""
    tok = ctx.tokens[i]
    last = toks.stop - 1
    if (
        tok.pos not in ("VERB", "AUX")
        or tok.feats.get("VerbForm") != "Fin"
        or tok.feats.get("Person") in ("1", "2")
        or ctx.tokens[last].text != ":"
        or unit.para + 1 >= len(ctx.paras)
    ):
        return None
    if any(
        ctx.tokens[k].pos in ("VERB", "AUX")
        and ctx.tokens[k].feats.get("VerbForm") == "Fin"
        and not _relative_clause(ctx, toks, k)
        for k in range(i + 1, last)
    ):
        return None  # the verb nearest the colon announces what follows (`письмо, о котором говорил X` is a noun's)
    pstart, pstop = ctx.paras[unit.para + 1]
    if not first_person(ctx, pstart, pstop) and not _retells_another(ctx, finder, toks, i, pstart, pstop):
        return None  # `Имена кандидатов: ¶ …`: a list, not someone's words
    if tok.lemma not in cues.QUOTING_VERBS:
        return _colon_paragraph(ctx, finder, unit, toks, i)
    # `Life News приводит его рассказ:`: the outlet quotes; the words are the object's holder's
    author = finder.document_source(i + 1, last) or finder.holder(i + 1, last)
    return _colon_paragraph(ctx, finder, unit, toks, i, author=author) if author is not None else None


def _retells_another(
    ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int, pstart: int, pstop: int
) -> bool:
    """`Сабирова пролила свет на письмо Березовского: ¶ Он говорил, что …`: the paragraph after the
    colon opens with what someone else, a pronoun of the other gender than the clause's subject,
    said; the narrator would not set off their own report so: it is the subject's account."""
    para = ctx.token_range(pstart, pstop)
    if len(para) < 3 or ctx.tokens[para.start].text.lower() not in ("он", "она"):
        return False
    k = para.start + 1
    while k < para.stop and ctx.tokens[k].pos == "ADV":
        k += 1
    verb = ctx.tokens[k] if k < para.stop else None
    if verb is None or verb.lemma not in cues.SPEECH_VERBS or verb.feats.get("Tense") != "Past":
        return False
    subject = finder.subject_before(i, toks.start)
    if subject is None or subject.type != "person" or subject.gender is None:
        return False
    pronoun = "Masc" if ctx.tokens[para.start].text.lower() == "он" else "Fem"
    return subject.gender != pronoun


def _quote_around(ctx: QuoteContext, finder: SpeakerFinder, unit: Unit, i: int, speaker: Speaker) -> Quote:
    """A cue set off by commas inside the reported sentence: the content is the whole sentence."""
    start, stop = trim(ctx.text, unit.start, unit.stop, period=True)
    return _said(
        ctx,
        finder,
        i,
        "indirect",
        start,
        stop,
        speaker,
        outlet=finder.outlet(i, ctx.token_at(speaker.stop - 1) or i),
        confidence=0.7,
    )


def _previous_subject(finder: SpeakerFinder, ctx: QuoteContext, i: int) -> Speaker | None:
    verb = ctx.tokens[i]
    if verb.feats.get("Person") in ("1", "2"):
        return None
    if _own_noun_subject(ctx, i):
        return None  # `Вчера центризбирком Венесуэлы объявил`: a subject of its own, however unnamed
    found = omitted_subject(finder, ctx, i)
    if found is not None:
        return found
    if verb.feats.get("Number") == "Plur":
        return None
    unit = ctx.unit_at(verb.start)
    before = ctx.token_range(unit.start, verb.start) if unit is not None else range(0)
    if unit is not None and _only_addressees(ctx, before):  # `Также`, `В своём посте` …
        # `Также заявлял, что …` opening a sentence: the person just named
        found = finder.last_person(verb.start, verb.feats.get("Gender"))
        if found is not None:
            found.how, found.start, found.stop = "omitted", verb.start, verb.stop
            return found
    return None


def _subjectless_person(ctx: QuoteContext, finder: SpeakerFinder, toks: range, i: int) -> Speaker | None:
    """`В 1994 году отказался принять орден, обосновав это тем, что …` in a life story: a verb in
    the past with no subject in its sentence (a converb: its main verb's) is said of the person of
    its gender the article names most."""
    verb = i
    if ctx.tokens[i].feats.get("VerbForm") == "Conv":
        verb = next(
            (k for k in range(i - 1, toks.start - 1, -1) if ctx.tokens[k].feats.get("VerbForm") == "Fin"),
            None,
        )
        if verb is None:
            return None
    tok = ctx.tokens[verb]
    gender = tok.feats.get("Gender")
    if tok.feats.get("Tense") != "Past" or tok.feats.get("Number") != "Sing" or gender not in ("Masc", "Fem"):
        return None
    if any(
        t.pos in ("NOUN", "PROPN", "PRON") and t.feats.get("Case") in ("Nom", None)
        for t in ctx.tokens[toks.start : verb]
    ):
        return None  # a subject of its own, however unresolved
    person = finder.most_named(tok, gender)
    if person is None:
        return None
    found = finder.from_referent(person, how="omitted")
    found.start, found.stop = tok.start, tok.stop
    return found


def _own_noun_subject(ctx: QuoteContext, i: int) -> bool:
    """A lower-case common noun in the nominative agreeing with the cue at `i` stands right before
    it (`Вчера центризбирком Венесуэлы объявил`): the cue has a subject, no speaker to borrow; a
    capital may be a name the tagger took for a noun (`Дом считает`)."""
    unit = ctx.unit_at(ctx.tokens[i].start)
    if unit is None:
        return False
    toks = ctx.token_range(unit.start, unit.stop)
    found = _subject_noun(ctx, toks, i)
    if found is None:
        return False
    head = ctx.tokens[found[0]]
    # `Профсоюз вуза пообещал …`: opening the sentence, a common noun with genitives qualifying it
    # (`Дом считает` alone may be a name the tagger took for a noun)
    return head.text[:1].islower() or (
        found[0] == toks.start and found[1] > found[0] and ctx.referent_at(found[0]) is None
    )


def _view(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    toks: range,
    i: int,
    span: tuple[int, int],
    speaker: Speaker | None,
    reason: str,
) -> Quote:
    """A view or evaluation the verb at `i` reports (`назвал`, `охарактеризовал как`, `объяснил`):
    indirect speech, the outlet named in its sentence, a rule's confidence."""
    return _said(
        ctx,
        finder,
        i,
        "indirect",
        *span,
        speaker,
        outlet=finder.outlet(i, toks.stop),
        confidence=0.7,
        reason=reason,
    )


def _said(
    ctx: QuoteContext,
    finder: SpeakerFinder,
    i: int,
    kind: str,
    start: int,
    stop: int,
    speaker: Speaker | None,
    *,
    outlet: str | None = None,
    confidence: float = 0.7,
    reason: str | None = None,
) -> Quote:
    """Speech cued by the word at `i`: its speaker remembered (later pronouns and roles look back
    to it) and the cue word kept on the quote."""
    tok = ctx.tokens[i]
    cited = _relayed_source(ctx, finder, speaker)
    if cited is not speaker and speaker is not None:
        outlet = outlet or speaker.entity  # the outlet that relayed the words
    speaker = cited
    finder.remember(tok.start, speaker)
    return make_quote(
        ctx,
        kind,
        start,
        stop,
        cue=(tok.start, tok.stop),
        speaker=speaker,
        outlet=outlet,
        confidence=confidence,
        reason=reason,
    )
