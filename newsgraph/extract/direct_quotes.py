"""Direct quotes: text in quotation marks attributed to a speaker.

Steps, in order:

1. Join a quotation that runs over several paragraphs (each paragraph opens
   again, only the last closes).
2. Find an attribution inside the marks (`«…, — сказал он. — …»`): the
   quotation stays one quote, its cue and speaker inside it.
3. Attribution after the closing mark (`«…», — отметил он.`, `«…» — сказал
   Иванов.`, `"…," he said.`), else before the opening mark (`Иванов
   сказал: «…»`, `Иванов: «…»`, a cue just before the mark).
4. A quotation with none of these stays *pending*: the quotes stage gives it
   to the previous speaker if it reads like an utterance, or drops it
   (titles, names and scare quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import QuoteContext, Referent
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.speakers import QUOTE_MARKS, Speaker, SpeakerFinder, omitted_subject
from newsgraph.model import Quote, Token

CAPTION_NOUNS = frozenset({"подпись"})  # `с подписью: «…»`
CUE_WINDOW = 6  # tokens from the dash to the cue verb
MIN_WORDS_UNATTRIBUTED = 4  # shorter unattributed quotations are names or scare quotes
MIN_WORDS_PARTIAL = 3  # a quotation inside a sentence, right after a cue
SUBJECT_COLON_WINDOW = 4  # tokens from a clause's start to the person it is about
SUBJECT_COLON_CONFIDENCE = 0.75  # a body's words after a colon, no cue saying they were spoken
BARE_PRONOUN = 0.5  # a pronoun as the subject that refers to nobody found: the words are still its
BARE_PRONOUN_REASON = "a pronoun with no antecedent found"
SPEECH_VERB_WINDOW = 3  # tokens from `«…», —` to a verb not in the lexicon
QUOTED_BODY_WINDOW = 4  # tokens from `цитирует` to the press office it quotes (`Infox.ru пресс-службу`)
# Verbs of answering what was said before, with no speech verb's cue of their own.
RESPONSE_VERBS = frozenset("поддержать возразить согласиться вторить подхватить парировать".split())
CONTINUED_PARAGRAPHS = 2  # paragraphs a quotation left open may run on before its closing mark
# Tokens from a cue to the `слова` it relays (`передаёт агентство «РИА Новости» слова`).
RELAYED_WORDS_WINDOW = 5
# `«…», — эти слова Иванова цитирует ТАСС`, `«…» — таково мнение X`; `Ответ X был коротким: «…»`
WORDS_NOUNS = frozenset(
    {"слово", "заявление", "мнение", "оценка", "позиция", "вывод", "ответ", "комментарий"}
)
# `Среди требований …: «…», «…»`, `Лозунги митинга: «…»`: nouns naming the quotations listed after a colon.
LISTED_WORDS_NOUNS = frozenset({"требование", "лозунг"})
# `представила слоган: «…»`, `опубликовала статью под заголовком: «…»`: nouns naming a quotation
# after the colon as a title, a slogan or an inscription, not as words someone said.
TITLE_NOUNS = frozenset(
    "слоган лозунг девиз название заголовок надпись хэштег тема рубрика книга статья фильм сериал "
    "песня альбом роман передача программа закон указ законопроект".split()
)
# `высказался за право «…»`, `выступил против запрета «…»`: prepositions before the noun a quotation completes.
OBJECT_PREPOSITIONS = frozenset({"за", "против"})
# `«…», — с этими словами X ушёл`: the preposition and the pointing words before `словами`.
WITH_WORDS_PREPOSITIONS = frozenset({"с", "со"})
WITH_WORDS_POINTERS = frozenset({"этот", "такой"})
_DASH_AFTER = re.compile(r"[^\S\n]*[,.!?…]?[^\S\n]*[—–-]{1,2}[^\S\n]*|[^\S\n]*,[^\S\n]+")
_ENGLISH_AFTER = re.compile(r"[^\S\n]+(?=[a-z])")
_CLAUSE_END = re.compile(r"[.!?…](?=\s|$)|\n|[^\S\n][—–][^\S\n]*[«„“\"]|:|;")
_SPLIT = re.compile(
    # a name in marks may stand in the attribution (`— сказал секретарь генсовета «Единой России» X. —`)
    r"(?<=[,.!?…])[^\S\n]+[—–-][^\S\n]+(?P<attr>(?:[^«»“”„\n]|«[^«»\n]{1,60}»){3,160}?)[.,:][^\S\n]+[—–-][^\S\n]+"
)
_WORD = re.compile(r"\w+")
_LIST_GAP = re.compile(r"[^\S\n]*(?:,|;|,?[^\S\n]+и|,?[^\S\n]+а[^\S\n]+также)[^\S\n]*")


@dataclass(slots=True)
class Group:
    """A quotation, possibly over several paragraphs."""

    open_at: int
    start: int
    stop: int
    close_at: int | None


@dataclass(slots=True)
class Attribution:
    cue: tuple[int, int] | None
    speaker: Speaker | None
    verb: int | None  # the cue token's index
    ceiling: int  # token index where the attribution clause ends
    outlet: str | None = None  # known from the clause itself (`цитирует Иванова ТАСС`)
    confidence: float | None = None  # lower than the usual when no cue says the words were spoken
    reason: str | None = None  # why the confidence is lower


def find_direct(ctx: QuoteContext, finder: SpeakerFinder) -> tuple[list[Quote], list[Group]]:
    quotes: list[Quote] = []
    pending: list[Group] = []
    listed: tuple[Group, Attribution] | None = None  # the last quotation announced by a colon
    for group in _groups(ctx):
        inner = _split(ctx, finder, group)
        if inner is not None:  # its attribution inside it: the words before it and after it
            attr, cut, resume = inner
            parts = [(group.start, cut), (resume, group.stop)]
            if any(_words(ctx.text[a:b]) < 2 for a, b in parts):
                # `«Нет, — сказал он. — …»`: a word is no quote of its own
                parts = [(group.start, group.stop)]
            quotes.extend(_quote(ctx, finder, a, b, attr) for a, b in parts)
            continue
        # an attribution after the marks covers the quotation only when it opens the sentence
        # (`закона «О полиции», сообщает РБК` reports the whole sentence: the reported rules take it)
        after = _after(ctx, finder, group) if starts_sentence(ctx, group) else None
        # a medium's cue after the marks may relay the words of a speaker before a colon
        attr = _relayed(ctx, finder, group, after) if after is not None else _before(ctx, finder, group)
        continued = attr is None and listed is not None and _listed_after(ctx, listed[0], group)
        if continued and listed is not None:
            attr = listed[1]  # `…: «…», «…» и «…»`: each quotation listed after the colon
        if attr is None:
            pending.append(group)
            listed = None
            continue
        listed = (group, attr) if continued or (attr.cue is not None and _after_colon(ctx, group)) else None
        if attr.speaker is None and attr.cue is None:
            continue
        if _words(ctx.text[group.start : group.stop]) < 2 and attr.cue is None:
            continue
        quotes.append(_quote(ctx, finder, group.start, group.stop, attr))
    return quotes, pending


def _after_colon(ctx: QuoteContext, group: Group) -> bool:
    return ctx.text[: group.open_at].rstrip(" \t\xa0")[-1:] == ":"


def _listed_after(ctx: QuoteContext, previous: Group, group: Group) -> bool:
    """The quotation follows the previous one in a list: only a comma, `и` or `а также` between."""
    if previous.close_at is None:
        return False
    between = ctx.text[previous.close_at + 1 : group.open_at]
    return _LIST_GAP.fullmatch(between) is not None


def _relayed(
    ctx: QuoteContext, finder: SpeakerFinder, group: Group, attr: Attribution | None
) -> Attribution | None:
    """`X заявил: «…», — сообщает «Интерфакс»`: a medium's cue after the marks relays the words
    of the speaker the clause before the colon names; the medium is the quote's outlet. With no
    speaker before the colon, or a medium there, the medium speaks (the relaying-agency rule)."""
    if attr is None or attr.speaker is None or not ctx.is_media(attr.speaker.entity):
        return attr
    if not ctx.text[: group.open_at].rstrip(" \t\xa0'").endswith(":"):
        return attr
    before = _before(ctx, finder, group)
    if before is None or before.speaker is None or before.speaker.entity is None:
        return attr
    if ctx.is_media(before.speaker.entity):
        return attr
    # the medium's cue stays the quote's cue: it is the one claimed, the one the reported rules skip
    return Attribution(attr.cue, before.speaker, attr.verb, attr.ceiling, outlet=attr.speaker.entity)


def _quote(ctx: QuoteContext, finder: SpeakerFinder, start: int, stop: int, attr: Attribution) -> Quote:
    start, stop = trim(ctx.text, start, stop)
    outlet = attr.outlet or (finder.outlet(attr.verb, attr.ceiling) if attr.verb is not None else None)
    confidence = 0.9 if attr.speaker is not None and attr.speaker.how in ("name", "org") else 0.85
    if attr.speaker is None:
        confidence = 0.7
    if attr.confidence is not None:
        confidence = min(confidence, attr.confidence)
    finder.remember(start, attr.speaker)
    return make_quote(
        ctx,
        "direct",
        start,
        stop,
        cue=attr.cue,
        speaker=attr.speaker,
        outlet=outlet,
        confidence=confidence,
        reason=attr.reason,
    )


def _groups(ctx: QuoteContext) -> list[Group]:
    top = [(q, stop) for q, stop in ctx.quoted if q.depth == 0]
    groups: list[Group] = []
    for q, stop in top:
        last = groups[-1] if groups else None
        if last is not None and last.close_at is None and _starts_next_paragraph(ctx, last.stop, q.open_at):
            last.stop, last.close_at = stop, q.close_at
            continue
        groups.append(Group(q.open_at, q.start, stop, q.close_at))
    for group in groups:
        if group.close_at is None:
            _closed_later(ctx, group, groups)
    return groups


def _closed_later(ctx: QuoteContext, group: Group, groups: list[Group]) -> None:
    """`сказал: «Дорогу откроют в мае. ¶ Мост будет готов к осени».`: a quotation left open whose
    next paragraphs (at most `CONTINUED_PARAGRAPHS`) open no other but one closes it runs to that
    mark, though its paragraphs were not opened again."""
    para = ctx.para_index(group.open_at)
    for nxt in range(para + 1, min(len(ctx.paras), para + 1 + CONTINUED_PARAGRAPHS)):
        start, stop = ctx.paras[nxt]
        if any(start <= g.open_at < stop for g in groups if g is not group):
            return  # another quotation opens there
        marks = [i for i in range(start, stop) if ctx.text[i] in "«»"]
        if not marks:
            continue
        if ctx.text[marks[0]] == "»" and not ctx.text[marks[0] - 1].isspace():
            group.stop, group.close_at = marks[0], marks[0]
        return


def _starts_next_paragraph(ctx: QuoteContext, prev_stop: int, open_at: int) -> bool:
    between = ctx.text[prev_stop:open_at]
    return between.count("\n") >= 1 and not between.strip()


def _split(ctx: QuoteContext, finder: SpeakerFinder, group: Group) -> tuple[Attribution, int, int] | None:
    """`«Первая часть, — сказал он. — Вторая часть»`: the attribution inside the marks, with
    where the words before it end and where those after it resume."""
    text = ctx.text[group.start : group.stop]
    for match in _SPLIT.finditer(text):
        lo, hi = group.start + match.start("attr"), group.start + match.end("attr")
        attr = _parse_clause(ctx, finder, lo, hi)
        if attr is not None and attr.speaker is not None:
            return attr, group.start + match.start(), group.start + match.end()
    return None


def _after(ctx: QuoteContext, finder: SpeakerFinder, group: Group) -> Attribution | None:
    if group.close_at is None:
        return None
    after = group.close_at + 1
    while after < len(ctx.text) and ctx.text[after] == "'":
        after += 1  # wiki text wraps quotations in ''…''
    rest = ctx.text[after : after + 300]
    dash = _DASH_AFTER.match(rest)
    if dash is not None and not dash.group().strip(" \t\xa0,") and not _cue_first(ctx, after + dash.end()):
        dash = None  # `«…», сказал он`: without a dash the cue must come at once
    if dash is None or not dash.group().strip():
        dash = _ENGLISH_AFTER.match(rest) if ctx.text[group.close_at] in '”"' else None
        if dash is None:
            return None
    lo = after + dash.end()
    end = _CLAUSE_END.search(ctx.text, lo)
    hi = end.start() if end else len(ctx.text)
    # `«…», — раскрыл свою мысль он`, `«…?» — удивился он`: the comma (or the quote's own
    # ! ? …) and a dash mark direct speech, whatever verb follows
    marked = dash.group().strip(" \t\xa0")
    speech = any(c in marked for c in "—–-") and (
        "," in marked or ctx.text[group.close_at - 1] in "!?…" or _statement_named(ctx, lo)
    )
    return _parse_clause(ctx, finder, lo, hi, speech=speech) or (
        _name_closing_line(ctx, finder, lo) if any(c in marked for c in "—–") else None
    )


def _name_closing_line(ctx: QuoteContext, finder: SpeakerFinder, lo: int) -> Attribution | None:
    """`«Мы не допустим дефолта», — Силуанов` (a headline): a person's name after the dash, and
    nothing else to the end of the line but what the words were about (`— Макрон о торговой
    войне`)."""
    line_end = ctx.text.find("\n", lo)
    line_end = len(ctx.text) if line_end < 0 else line_end
    toks = ctx.token_range(lo, line_end)
    if not len(toks):
        return None
    ref = ctx.referent_at(toks.start)
    if ref is None or ref.type != "person" or ref.start != ctx.tokens[toks.start].start:
        return None
    rest = ctx.text[ref.stop : line_end].strip(" .\t\xa0")
    if rest and not cues.HEADLINE_TOPIC.match(rest):
        return None
    return Attribution(None, finder.from_referent(ref, how="name"), None, toks.stop)


def _cue_first(ctx: QuoteContext, offset: int) -> bool:
    i = ctx.token_at(offset)
    return i is not None and _is_cue(ctx, i) and ctx.tokens[i].feats.get("VerbForm") != "Conv"


def _parse_clause(
    ctx: QuoteContext, finder: SpeakerFinder, lo: int, hi: int, *, speech: bool = False
) -> Attribution | None:
    """An attribution clause: a cue verb near its start and its subject.

    `speech`: punctuation has marked the words as direct speech (`«…», —`), so any finite
    verb opening the clause is the cue, and `— эти слова X …` names X.
    """
    toks = ctx.token_range(lo, hi)
    # quotation marks around a name do not count (`— так лидер «Яблока» Николай Рыбаков оценил`)
    words = [k for k in toks if ctx.tokens[k].text not in QUOTE_MARKS]
    for i in words[:CUE_WINDOW]:
        if (
            ctx.tokens[i].lemma in cues.QUOTING_VERBS
        ):  # `— цитирует Иванова ТАСС`, `— приводит слова Иванова ТАСС`
            quoted = finder.quoted_person(i + 1, toks.stop) or _quoted_body(ctx, finder, i + 1, toks.stop)
            if quoted is not None:
                tok = ctx.tokens[i]
                outlet = next(
                    (
                        r.entity
                        for k in toks
                        if (r := ctx.referent_at(k))
                        and r.type == "organization"
                        and r.entity != quoted.entity
                        # not the body in the quoted person's role (`слова главы «Биокада» Дмитрия Морозова`)
                        and not (ctx.tokens[i].start < r.start < quoted.start)
                    ),
                    None,
                )
                return Attribution((tok.start, tok.stop), quoted, i, toks.stop, outlet)
        words_at = _words_after_cue(ctx, i, toks.stop) if _is_cue(ctx, i) else None
        if words_at is not None:
            # `— передает слова Лаврова ТАСС`, `— передаёт РИА Новости слова Конашенкова`
            quoted = finder.quoted_person(words_at + 1, toks.stop)
            if quoted is not None:
                tok = ctx.tokens[i]
                outlet = next(
                    (r.entity for k in toks if (r := ctx.referent_at(k)) and r.type == "organization"), None
                )
                return Attribution((tok.start, tok.stop), quoted, i, toks.stop, outlet)
        if _is_cue(ctx, i):
            speaker = finder.subject_after(i, toks.stop) or finder.subject_before(i, toks.start)
            if speaker is None and _impersonal(ctx, i):
                speaker = finder.document_author(i + 1, toks.stop)
            elif speaker is None:
                speaker = omitted_subject(finder, ctx, i)
            tok = ctx.tokens[i]
            return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
    return _speech_clause(ctx, finder, toks) if speech else None


def _words_after_cue(ctx: QuoteContext, i: int, stop: int) -> int | None:
    """The index of `слова` a cue relays, right after it or after the outlet that relays them
    (`передаёт слова Лаврова`, `передаёт РИА Новости слова Конашенкова`), or None."""
    k = i + 1
    while k < stop and k - i <= RELAYED_WORDS_WINDOW:
        tok = ctx.tokens[k]
        if tok.lemma == "слово":
            return k
        ref = ctx.referent_at(k)
        if not (
            (ref is not None and ref.type == "organization")
            or tok.text in QUOTE_MARKS
            or tok.lemma in cues.OUTLET_NOUNS
        ):
            return None
        k += 1
    return None


def _quoted_body(ctx: QuoteContext, finder: SpeakerFinder, lo: int, hi: int) -> Speaker | None:
    """`— цитирует Infox.ru пресс-службу Минобороны`: the body whose press office an outlet quotes;
    `— цитирует агентство Франс Пресс сообщение телеканала Al Libya`: whose statement it quotes."""
    for j in range(lo, min(hi - 1, lo + QUOTED_BODY_WINDOW)):
        tok = ctx.tokens[j]
        document = tok.lemma in cues.DOCUMENT_NOUNS and tok.feats.get("Case") in (
            "Acc",
            "Nom",
        )  # neuter: alike
        if (tok.lemma in cues.ORG_VOICES and _accusative(tok)) or document:
            k = j + 1
            if (
                tok.lemma in cues.DOCUMENT_NOUNS
                and k < hi
                and ctx.referent_at(k) is None
                and (ctx.tokens[k].lemma in cues.OUTLET_NOUNS or ctx.tokens[k].lemma in cues.ORG_ANAPHORS)
            ):
                k += 1  # `сообщение телеканала Al Libya`: the noun of its kind before the name
            while k < hi and ctx.tokens[k].text in QUOTE_MARKS:
                k += 1  # `пресс-службу «Газпрома»`
            ref = ctx.referent_at(k) if k < hi else None
            if ref is not None and ref.type == "organization":
                return finder.from_referent(ref, how="org")
            return None
    return None


def _accusative(tok: Token) -> bool:
    """The tagger may read `пресс-службу` after a name as a nominative: a feminine noun in -а/-я
    ending in -у/-ю is an accusative whatever the tag says."""
    if tok.feats.get("Case") == "Acc":
        return True
    return tok.lemma.endswith(("а", "я")) and tok.text.lower().endswith(("у", "ю"))


def _statement_named(ctx: QuoteContext, offset: int) -> bool:
    """`— таково мнение X`, `— такова позиция X`: the clause after the dash names the words."""
    toks = ctx.token_range(offset, offset + 40)
    words = [ctx.tokens[k] for k in toks[:3]]
    return any(t.lemma in WORDS_NOUNS and t.pos == "NOUN" for t in words) and words[0].pos in (
        "ADJ",
        "DET",
        "PRON",
    )


def _speech_clause(ctx: QuoteContext, finder: SpeakerFinder, toks: range) -> Attribution | None:
    """After `«…», —`: a verb not in the lexicon (`раскрыл свою мысль он`), or `эти слова X`."""
    with_words = _with_these_words(ctx, finder, toks)
    if with_words is not None:
        return with_words
    if len(toks) > 2 and ctx.tokens[toks[0]].text.lower() == "так":
        # `«…», — так лидер партии Николай Рыбаков оценил итоги`: whoever did so with the words
        words = [k for k in toks if ctx.tokens[k].text not in QUOTE_MARKS][: CUE_WINDOW + 2]
        verb = next((k for k in words if _finite_past_or_present(ctx.tokens[k])), None)
        speaker = finder.subject_before(verb, toks.start + 1) if verb is not None else None
        if speaker is not None:
            tok = ctx.tokens[verb]
            return Attribution((tok.start, tok.stop), speaker, verb, toks.stop)
    for i in toks[:SPEECH_VERB_WINDOW]:
        tok = ctx.tokens[i]
        if tok.lemma in WORDS_NOUNS and tok.pos == "NOUN":  # `— эти слова Иванова приводит ТАСС`
            speaker = finder.quoted_person(i + 1, toks.stop)
            if speaker is not None:
                return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
            return None
        if _finite_past_or_present(tok):
            speaker = finder.subject_after(i, toks.stop) or finder.subject_before(i, toks.start)
            if speaker is None:
                speaker = omitted_subject(finder, ctx, i)
            if speaker is None:
                return None
            return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
        if tok.pos not in ("ADV", "PART", "DET", "PRON", "ADJ"):  # `таково мнение X`
            return None
    return None


def _finite_past_or_present(tok: Token) -> bool:
    return tok.pos == "VERB" and tok.feats.get("VerbForm") == "Fin" and tok.feats.get("Tense") != "Fut"


def _with_these_words(ctx: QuoteContext, finder: SpeakerFinder, toks: range) -> Attribution | None:
    """`«…», — с этими словами Квачков отправился …`: the phrase is the cue, the subject of the
    finite verb after it the speaker."""
    words = [ctx.tokens[k] for k in toks[:3]]
    if len(words) < 3 or words[0].text.lower() not in WITH_WORDS_PREPOSITIONS:
        return None
    if words[1].lemma not in WITH_WORDS_POINTERS:
        return None
    if words[2].lemma != "слово" or words[2].feats.get("Case") != "Ins":
        return None
    for i in toks[3 : 3 + SPEECH_VERB_WINDOW + 2]:
        tok = ctx.tokens[i]
        if tok.pos == "VERB" and tok.feats.get("VerbForm") == "Fin":
            speaker = finder.subject_before(i, toks.start + 3) or finder.subject_after(i, toks.stop)
            if speaker is None:
                speaker = omitted_subject(finder, ctx, i)
            return Attribution((words[0].start, words[2].stop), speaker, i, toks.stop) if speaker else None
    return None


def _before(ctx: QuoteContext, finder: SpeakerFinder, group: Group) -> Attribution | None:
    """`Иванов сказал: «…»`, `Иванов: «…»`, `Иванов пообещал «…»` (colon possibly ending the paragraph before)."""
    para = ctx.para_index(group.open_at)
    pstart = ctx.paras[para][0]
    head = ctx.text[pstart : group.open_at]
    if not head.strip() and para > 0:
        pstart, pstop = ctx.paras[para - 1]
        head_end = pstop
        if not ctx.text[pstart:pstop].rstrip().endswith(":"):
            return None
    else:
        head_end = group.open_at
    # wiki text wraps quotations in ''…'', with a stray straight mark at times (`: ''"«…»''`)
    stripped = ctx.text[:head_end].rstrip(" \t\n\xa0'")
    if stripped.endswith('"') and not any(q.close_at == len(stripped) - 1 for q, _ in ctx.quoted):
        stripped = stripped[:-1].rstrip(" \t\n\xa0'")
    unit = ctx.unit_at(max(pstart, len(stripped) - 1))
    lo = max(unit.start if unit else pstart, pstart)
    toks = ctx.token_range(lo, len(stripped))
    if not len(toks):
        return None
    if stripped.endswith(":"):
        return _colon_clause(ctx, finder, toks, group)
    captioned = _captioned(ctx, finder, toks)  # `выложила видео с подписью «…»`
    if captioned is not None:
        return captioned
    # a cue right before the mark: `пообещал «…»`, `said "…"`; not one that attributes only the
    # words it follows, nor a future (`продолжит «трудиться в команде»`: no one spoke)
    for i in reversed(toks[-2:]):
        tok = ctx.tokens[i]
        if tok.lemma in cues.DIRECT_ONLY_CUES or tok.feats.get("Tense") == "Fut":
            continue
        if _is_cue(ctx, i) and _inside_reported(ctx, toks, i):
            break  # `Ермак написал, что Киев ожидает решений «в ближайшие дни»`: Ермак's words hold it
        if _is_cue(ctx, i) and (
            _words(ctx.text[group.start : group.stop]) >= MIN_WORDS_PARTIAL or _short_utterance(ctx, group)
        ):
            # the words quoted name no subject (`Он кричал «Аллаху акбар»`: not `акбар`)
            ceiling = min(toks.stop, ctx.token_at(group.start) or toks.stop)
            speaker = finder.subject_before(i, toks.start) or finder.subject_after(i, ceiling)
            if speaker is not None:
                return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
            pronoun = bare_pronoun(ctx, toks, i)  # `Он кричал «…»` with nobody to refer to: still his
            if pronoun is not None:
                return Attribution(
                    (tok.start, tok.stop),
                    pronoun,
                    i,
                    toks.stop,
                    confidence=BARE_PRONOUN,
                    reason=BARE_PRONOUN_REASON,
                )
    return _noun_before_quotation(ctx, finder, toks, group)


def bare_pronoun(ctx: QuoteContext, toks: range, i: int) -> Speaker | None:
    """A personal pronoun as the cue's subject (just before it) that resolved to nobody."""
    for k in range(i - 1, max(toks.start, i - 3) - 1, -1):
        tok = ctx.tokens[k]
        if tok.text.lower() in ("он", "она") and tok.feats.get("Case", "Nom") == "Nom":
            return pronoun_source(tok)
        if tok.pos not in ("ADV", "PART"):
            return None
    return None


def pronoun_source(tok: Token) -> Speaker:
    """A pronoun (`она`, `её` in `по её словам`) that refers to nobody found, kept as the source
    with its gender and number, so a later `Он` is not taken for this `Она`."""
    low = tok.text.lower()
    gender, number = cues.PERSONAL_PRONOUNS[cues.POSSESSIVES.get(low, low)]
    return Speaker(
        tok.start, tok.stop, "pronoun", text=tok.text, type="unnamed", gender=gender, number=number
    )


def _short_utterance(ctx: QuoteContext, group: Group) -> bool:
    """`кричал «Аллаху акбар».`: two words that open with a capital, name nothing the article names
    (`сообщил «Российской газете»` names an outlet) and close the clause are an utterance."""
    words = ctx.text[group.start : group.stop]
    if _words(words) != 2 or not words[:1].isupper() or group.close_at is None:
        return False
    if any(
        r.start < group.stop and r.stop > group.start
        for r in ctx.referents_before(group.stop + 1, group.start)
    ):
        return False
    return ctx.text[group.close_at + 1 :].lstrip(" \t\xa0")[:1] in (".", ",", "!", "?", "…", "\n", "")


def _noun_before_quotation(
    ctx: QuoteContext, finder: SpeakerFinder, toks: range, group: Group
) -> Attribution | None:
    """`высказался за право «создавать семейные отношения, …»`: a quotation of several words that
    completes the noun after the cue (`за`/`против` before it allowed) and closes the sentence is
    the speaker's words (test8's convention); `о «…»` names a topic, a capital opens a title."""
    words = ctx.text[group.start : group.stop]
    if _words(words) < MIN_WORDS_UNATTRIBUTED or not words[:1].islower() or group.close_at is None:
        return None
    if ctx.text[group.close_at + 1 :].lstrip(" \t\xa0")[:1] not in (".", "!", "?", "…", "\n", ""):
        return None
    k = toks.stop - 1
    if k < toks.start or ctx.tokens[k].pos != "NOUN":
        return None
    if k - 1 >= toks.start and ctx.tokens[k - 1].text.lower() in OBJECT_PREPOSITIONS:
        k -= 1
    i = k - 1
    if i < toks.start or not _is_cue(ctx, i) or ctx.tokens[i].feats.get("VerbForm") != "Fin":
        return None
    verb = i
    if i - 1 > toks.start and ctx.tokens[i - 1].text.lower() == "и":
        # `X поддержал … и высказался за право «…»`: the subject of the verb joined by `и`
        verb = next((k for k in range(i - 2, toks.start - 1, -1) if _finite_verb(ctx.tokens[k])), i)
    speaker = finder.subject_before(verb, toks.start)
    if speaker is not None and ctx.in_marks(speaker.start):
        speaker = finder.first_named_subject(
            toks.start, verb, outside_marks=True
        )  # not `другие` of `по делу «X и другие»`
    if speaker is None:
        return None
    tok = ctx.tokens[i]
    return Attribution((tok.start, tok.stop), speaker, i, toks.stop)


def _finite_verb(tok: Token) -> bool:
    return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin"


def _captioned(ctx: QuoteContext, finder: SpeakerFinder, toks: range) -> Attribution | None:
    """`опубликовал фотографию с подписью: «…»`: a caption the subject of the clause put to what
    it published is that subject's words."""
    k = toks.stop - 1
    if k > toks.start and ctx.tokens[k].text == ":":
        k -= 1
    if (
        k <= toks.start
        or ctx.tokens[k].lemma not in CAPTION_NOUNS
        or ctx.tokens[k - 1].text.lower() not in ("с", "со")
    ):
        return None
    verb = next((j for j in range(k - 2, toks.start - 1, -1) if _finite_past_or_present(ctx.tokens[j])), None)
    speaker = finder.subject_before(verb, toks.start) if verb is not None else None
    if speaker is None:
        return None
    tok = ctx.tokens[k]
    return Attribution((tok.start, tok.stop), speaker, k, toks.stop)


def _colon_clause(ctx: QuoteContext, finder: SpeakerFinder, toks: range, group: Group) -> Attribution | None:
    captioned = _captioned(ctx, finder, toks)
    if captioned is not None:
        return captioned
    for i in reversed(toks):
        quoting = _quoting_before_colon(ctx, finder, i, toks)
        if quoting is not None:
            return quoting
        if _is_cue(ctx, i):
            if cues.impersonal_cue(ctx.tokens[i]):  # `В сообщении компании говорится: «…»`
                speaker = finder.document_author(
                    toks.start, toks.stop
                )  # `Путин поздравил артиста … В поздравлении говорится: «…»`
                tok = ctx.tokens[i]
                return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
            speaker = finder.subject_before(i, toks.start) or finder.subject_after(i, toks.stop)
            if speaker is None:
                speaker = omitted_subject(finder, ctx, i)
            tok = ctx.tokens[i]
            return Attribution((tok.start, tok.stop), speaker, i, toks.stop)
    last = toks.stop - 2  # the token before the colon
    if last >= toks.start:
        ref = ctx.referent_at(last)
        first = ctx.token_at(ref.start) if ref is not None else None
        if (
            ref is not None
            and ref.type in ("person", "organization")
            and first is not None
            and first == _first_word(ctx, toks)
        ):
            noun = ctx.tokens[first - 1] if first > toks.start else None
            if (
                ref.type == "person"
                and noun is not None
                and noun.lemma in cues.SERVANT_NOUNS
                and finder.oblique_by_form(ref)
            ):
                # `Мать Бондаревой: «…»`: the relative (or the lawyer) of the one named speaks
                described = finder.unnamed(first - 1)
                return Attribution(None, described, None, toks.stop) if described is not None else None
            return Attribution(None, finder.from_referent(ref, how="name"), None, toks.stop)
    return (
        _verbless_heading(ctx, finder, toks)
        or _subject_colon(ctx, finder, toks, group)
        or _demands_listed(ctx, finder, toks)
    )


def _demands_listed(ctx: QuoteContext, finder: SpeakerFinder, toks: range) -> Attribution | None:
    """`Среди требований, выдвигаемых организаторами акции: «…», «…»`: a clause naming demands or
    slogans before the colon; the quotations listed are the words of the agent that put them
    forward (in the instrumental, or in the genitive after the noun), or of someone unnamed."""
    noun = next((k for k in toks if ctx.tokens[k].lemma in LISTED_WORDS_NOUNS), None)
    if noun is None:
        return None
    tok = ctx.tokens[noun]
    speaker = None
    for k in range(noun + 1, toks.stop):
        if ctx.tokens[k].feats.get("Case") == "Ins" and ctx.tokens[k].pos in ("NOUN", "PROPN"):
            speaker = finder.agent(k, toks.stop) or finder.holder(k, toks.stop)
            break
    return Attribution((tok.start, tok.stop), speaker, noun, toks.stop)


def _quoting_before_colon(
    ctx: QuoteContext, finder: SpeakerFinder, i: int, toks: range
) -> Attribution | None:
    """`РБК цитирует Ивана Петрова: «…»`, `ТАСС приводит слова главы МИД: «…»`: the person an outlet
    quotes speaks, the outlet kept; `Forbes приводит слова знакомого семьи: «…»`: someone unnamed, so the
    outlet, the subject, speaks (dev2 gold). `приводит` needs the words it brings (`слова`), after it
    or put first (`Слова Петрова приводит ТАСС:`)."""
    tok = ctx.tokens[i]
    if tok.lemma not in cues.QUOTING_VERBS or tok.pos != "VERB":
        return None
    fronted = next((k for k in range(toks.start, i) if ctx.tokens[k].lemma in WORDS_NOUNS), None)
    words = i + 1 < toks.stop and ctx.tokens[i + 1].lemma in WORDS_NOUNS
    if not words and fronted is None and tok.lemma not in cues.SPEECH_VERBS:
        return None  # `привёл пример:`, `привело к следующему:`
    floor = toks.start if fronted is None else i  # the words' noun put first is no subject
    subject = finder.subject_after(i, toks.stop) if fronted is not None else None
    subject = subject or finder.subject_before(i, floor) or finder.subject_after(i, toks.stop)
    if subject is not None and subject.type == "person":
        return None  # `Лавров процитировал Черчилля: «…»`: a speaker's own use of the words
    if fronted is not None and not words:
        quoted = finder.quoted_person(fronted + 1, i)
    else:
        quoted = finder.quoted_person(i + 1 + words, toks.stop)
    if quoted is None:
        if subject is None:
            return None
        return Attribution((tok.start, tok.stop), subject, i, toks.stop)
    outlet = subject.entity if subject is not None and subject.type == "organization" else None
    return Attribution((tok.start, tok.stop), quoted, i, toks.stop, outlet)


def _person_named_next(
    ctx: QuoteContext, finder: SpeakerFinder, ref: Referent, toks: range
) -> Referent | None:
    """The person named in the nominative after `ref` before any verb (`председатель ODS Мартин
    Куба дал понять`: the body qualifies the person's role), or None."""
    k = ctx.token_range(ref.start, ref.stop).stop
    stop = min(toks.stop, k + SUBJECT_COLON_WINDOW)
    while k < stop:
        if ctx.tokens[k].pos in ("VERB", "AUX") or ctx.tokens[k].text == ",":
            return None
        other = ctx.referent_at(k)
        if other is not None and other.type == "person":
            return other if finder.is_nominative(other) else None
        k += 1
    return None


def _subject_colon(ctx: QuoteContext, finder: SpeakerFinder, toks: range, group: Group) -> Attribution | None:
    """`Александр Белов оказался более дипломатичным: «…»`, `Иванов был краток: «…»`: no cue, but
    a person opens the clause and the words after the colon read as an utterance."""
    words = ctx.text[group.start : group.stop].split()
    if len(words) < MIN_WORDS_UNATTRIBUTED or words[0].lower() in ("о", "об"):
        return None  # `подписал указ: «О мерах …»`: a title
    first = ctx.tokens[toks.start]
    if first.lemma in WORDS_NOUNS and first.pos == "NOUN":  # `Ответ Лаврова был коротким: «…»`
        quoted = finder.quoted_person(toks.start + 1, min(toks.stop, toks.start + 4))
        if quoted is not None:
            return Attribution(None, quoted, None, toks.stop)
    for k in toks[:SUBJECT_COLON_WINDOW]:
        ref = ctx.referent_at(k)
        if ref is None:
            if ctx.tokens[k].pos in ("VERB", "AUX") and ctx.tokens[k].lemma not in RESPONSE_VERBS:
                return None
            continue  # `Его поддержал краевед Виктор Зыков: «…»`: one who answers the words before
        if ref.type != "person" and not finder.is_nominative(ref):
            continue  # `Представитель Роскосмоса Александр Воробьёв дал объяснение: «…»`: the role's body
        prep = ctx.tokens[k - 1] if k > toks.start else None
        if prep is not None and prep.pos == "ADP":
            return None
        named = _person_named_next(ctx, finder, ref, toks) if ref.type != "person" else None
        if named is not None:
            # `Председатель партии «Яблоко» Николай Рыбаков ясно дал понять: «…»`: the body is his
            return Attribution(None, finder.from_referent(named, how="name"), None, toks.stop)
        if (
            ref.type == "organization"
            and finder.is_nominative(ref)
            and _quoted_sentence(ctx, group)
            and not any(ctx.tokens[j].lemma in TITLE_NOUNS for j in toks)
        ):
            # `Baza приводит фотографию нападавшего: «По словам специалистов, он вёл себя …»`: a
            # body or medium as the subject, a whole sentence quoted after the colon
            speaker = finder.from_referent(ref, how="org")
            return Attribution(None, speaker, None, toks.stop, confidence=SUBJECT_COLON_CONFIDENCE)
        if ref.type != "person" or not finder.is_nominative(ref):
            return None
        return Attribution(None, finder.from_referent(ref, how="name"), None, toks.stop)
    return None


def _quoted_sentence(ctx: QuoteContext, group: Group) -> bool:
    """The quotation is a whole sentence of someone's: capitalised, of several words, with a
    finite verb, closing the sentence it stands in; not a title (`«О выборах мэра Москвы»`, a
    name the entities stage found in it), nor one item of a list (`«…», «…»`)."""
    text = ctx.text[group.start : group.stop].strip()
    if _words(text) < MIN_WORDS_UNATTRIBUTED or not text[:1].isupper() or group.close_at is None:
        return False
    if text.split()[0] in ("О", "Об"):
        return False
    if ctx.text[group.close_at + 1 :].lstrip(" \t\xa0")[:1] not in (".", "!", "?", "…", "\n", ""):
        return False
    toks = ctx.token_range(group.start, group.stop)
    if any(
        (r := ctx.referent_at(k)) is not None and r.start <= group.start and r.stop >= group.stop
        for k in toks
    ):
        return False
    return any(_finite_verb(ctx.tokens[k]) for k in toks)


def _verbless_heading(ctx: QuoteContext, finder: SpeakerFinder, toks: range) -> Attribution | None:
    """`Иванов в интервью ТАСС: «…»`: no verb before the colon, a person named first speaks."""
    if any(ctx.tokens[k].pos in ("VERB", "AUX") for k in toks):
        return None
    first = _first_word(ctx, toks)
    ref = ctx.referent_at(first) if first >= 0 else None
    if ref is None or ref.type != "person" or not finder.is_nominative(ref):
        return None
    outlet = finder.outlet(first, toks.stop)
    return Attribution(None, finder.from_referent(ref, how="name"), None, toks.stop, outlet)


def _first_word(ctx: QuoteContext, toks: range) -> int:
    """`Иванов: «…»`: the name must be all there is before the colon (after any role words)."""
    i = toks.start
    while i < toks.stop and ctx.referent_at(i) is None:
        tok = ctx.tokens[i]
        if tok.pos not in ("NOUN", "ADJ", "PUNCT") or tok.feats.get("Case") not in ("Nom", "Gen", None):
            return -1
        i += 1
    return i


def _inside_reported(ctx: QuoteContext, toks: range, i: int) -> bool:
    """The verb at `i` stands in the `что`-clause of a cue before it in its sentence."""
    said = next((k for k in toks if k < i and ctx.tokens[k].text.lower() == "что"), None)
    return said is not None and any(_is_cue(ctx, m) for m in range(toks.start, said))


def _is_cue(ctx: QuoteContext, i: int) -> bool:
    tok = ctx.tokens[i]
    if tok.text.lower() in cues.ENGLISH_CUES or cues.impersonal_cue(tok):
        return True
    if tok.lemma in cues.OPINION_VERBS and tok.pos == "ADJ" and tok.feats.get("Variant") == "Short":
        return True  # `уверен:` (lemma `уверить`, a speech verb too)
    if tok.lemma in cues.SPEECH_VERBS or tok.lemma in cues.DIRECT_ONLY_CUES:
        return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") in ("Fin", "Conv", None)
    if tok.lemma in cues.OPINION_VERBS:
        return (tok.pos == "VERB" and tok.feats.get("VerbForm") == "Fin") or tok.feats.get(
            "Variant"
        ) == "Short"
    return False


def _impersonal(ctx: QuoteContext, i: int) -> bool:
    tok = ctx.tokens[i]
    if cues.impersonal_cue(tok):
        return True
    return tok.feats.get("Voice") == "Pass" or tok.text.lower().endswith(("ся", "сь"))


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def starts_sentence(ctx: QuoteContext, group: Group) -> bool:
    para = ctx.para_index(group.open_at)
    before = ctx.text[ctx.paras[para][0] : group.open_at].rstrip(" \t\xa0'")
    return not before or before[-1] in '.!?…:—–-«»"“”'


def utterance_like(ctx: QuoteContext, group: Group) -> bool:
    """A pending quotation that reads as someone's words, not a title or a scare quote."""
    text = ctx.text[group.start : group.stop].strip()
    if _words(text) < MIN_WORDS_UNATTRIBUTED or not text[:1].isupper():
        return False
    if text.split()[0] in ("О", "Об"):
        return False  # `указ «О мерах …»`: the title of a document
    ends_sentence = text[-1] in ".!?…" or ctx.text[(group.close_at or group.stop) + 1 :][:2].strip()[:1] in (
        ".",
        "",
    )
    return starts_sentence(ctx, group) and ends_sentence
