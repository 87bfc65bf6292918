"""Unmarked speech: a first-person paragraph with no quotation marks that
continues the quotes of the speaker just before it (common in interviews
retold by the press). It is one quote (one utterance, as a quotation over
several sentences is): from the paragraph's start to the end of its first run of
first-person sentences, with a lower confidence and the reason it was attributed.
An interview's answer (`Мустафа Джемилев: Да, всё верно. …`) is unmarked speech
of the person named before the colon. In a question-and-answer interview (questions
and answers each a paragraph opened by a dash, or questions set apart as paragraphs
ending in `?`), each answer is unmarked speech of the person the lead introduces.
"""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import QuoteContext
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.speakers import Speaker, SpeakerFinder
from newsgraph.model import Quote

FIRST_PERSON_CONFIDENCE = 0.6
QUOTE_MARKS = '«»„“”"'
# Words of talking with someone that introduce an interview (`поговорил с …`, `взял интервью у …`)
TALK_WORDS = frozenset("поговорить побеседовать беседовать интервью беседа разговор".split())
TALKED_WITH_WORDS = 8  # words from `с`/`у` to the interviewee's name (`главой «Сбербанка»`)
HEADLINE_SPEAKERS = frozenset({"organization", "country"})  # `Кремль: …`, `Минобороны: …`
INTERVIEW_NAME_CHARS = 60  # the name before an interview answer's colon
INTERVIEW_MIN_WORDS = 4
HEADLINE_PEOPLE_WORDS = 2  # `Аналитики:`, `Британские учёные:`
DASHES = ("—", "–", "-")
QUESTION_MAX_CHARS = 400  # a question set apart as a paragraph is short
LEAD_PARAGRAPHS = 3  # how far before the first question the interviewee is introduced


def find_unmarked(ctx: QuoteContext, finder: SpeakerFinder, quotes: list[Quote]) -> list[Quote]:
    found: list[Quote] = []
    taken = [(q.start, q.stop) for q in quotes] + [(q.cue_start, q.cue_stop) for q in quotes if q.cue_start]
    found += _question_answers(ctx, finder, taken)
    taken += [(q.start, q.stop) for q in found]
    for index, (pstart, pstop) in enumerate(ctx.paras):
        answer = _interview_answer(ctx, finder, pstart, pstop, taken)
        if answer is not None:
            found.append(answer)
            continue
        if index == 0 or any(c in ctx.text[pstart:pstop] for c in QUOTE_MARKS):
            continue
        if any(pstart <= start < pstop for start, _ in taken) or not first_person(ctx, pstart, pstop):
            continue
        prev_start, prev_stop = ctx.paras[index - 1]
        previous = [
            q
            for q in quotes
            if prev_start <= q.start < prev_stop and q.kind != "unmarked" and (q.speaker or q.speaker_text)
        ]
        if not previous:
            continue
        last = max(previous, key=lambda q: q.start)
        speakers = [sp for sp in finder.previous(pstart, paragraphs=1) if sp.entity == last.speaker]
        if not speakers:
            continue
        speaker = speakers[0]
        name = speaker.name or speaker.text
        # one utterance, one quote: from the paragraph's start to the end of its first run of
        # first-person sentences; past that, nothing marks whose voice it is (the author's may resume)
        start = stop = None
        for unit in ctx.units:
            if not (pstart <= unit.start < pstop):
                continue
            marked = first_person(ctx, unit.start, unit.stop)
            if not marked and stop is not None:
                break
            start = unit.start if start is None else start
            stop = unit.stop if marked else stop
        if start is None or stop is None:
            continue
        start, stop = trim(ctx.text, start, stop)
        quote = _unmarked(
            ctx, start, stop, speaker, f"unmarked: first-person paragraph after quotes of {name}"
        )
        found.append(quote)
    return found


def _unmarked(
    ctx: QuoteContext, start: int, stop: int, speaker: Speaker, reason: str, *, carried: bool = True
) -> Quote:
    """An unmarked quote, at lower confidence; `carried`: its speaker comes from earlier in the text."""
    return make_quote(
        ctx,
        "unmarked",
        start,
        stop,
        cue=None,
        speaker=speaker,
        confidence=FIRST_PERSON_CONFIDENCE,
        reason=reason,
        carried=carried,
    )


def first_person(ctx: QuoteContext, start: int, stop: int) -> bool:
    """A first-person word between start and stop that is not a name or the editorial `напомним`."""
    for i in ctx.token_range(start, stop):
        tok = ctx.tokens[i]
        if tok.text.lower() in cues.EDITORIAL_WE:
            continue
        if tok.pos == "PROPN" or ctx.referent_at(i) is not None:
            continue  # `Ким Чон Нам`: a name, not `нам`
        if (
            tok.text.lower() in cues.FIRST_PERSON
            or tok.text.lower() in cues.FIRST_PERSON_POSSESSIVES
            or (tok.pos in ("VERB", "AUX") and tok.feats.get("Person") == "1")
        ):
            return True
    return False


def _interview_answer(
    ctx: QuoteContext, finder: SpeakerFinder, pstart: int, pstop: int, taken: list[tuple[int, int]]
) -> Quote | None:
    """`Мустафа Джемилев: Да, всё верно. …`: an interview's answer, the paragraph opened by the
    name of the person answering and a colon."""
    colon = ctx.text.find(":", pstart, min(pstop, pstart + INTERVIEW_NAME_CHARS))
    if colon < 0 or any(pstart <= start < pstop for start, _ in taken):
        return None
    toks = ctx.token_range(pstart, colon)
    first = toks.start if len(toks) else None
    ref = ctx.referent_at(first) if first is not None else None
    if ref is None and first is not None and _headline(ctx, pstart, pstop):
        people = _people_in_headline(ctx, finder, toks, colon, pstop)
        if people is not None:
            return people
    headline = _headline(ctx, pstart, pstop)
    if ref is None and headline:
        # `Экономист Наталья Орлова: …`, `Глава ВТБ Андрей Костин: …`: a role before the name
        ref = next((r for k in toks if (r := ctx.referent_at(k)) is not None and r.type == "person"), None)
        if ref is not None and not _role_words(ctx, ctx.token_range(pstart, ref.start)):
            ref = None
    between = ctx.text[ref.stop : colon].strip() if ref is not None else ""
    if ref is None or (between and not (headline and cues.HEADLINE_TOPIC.match(between))):
        return None  # (`Макрон о торговой войне: …`: what the words are about)
    if ref.start != pstart and not headline:
        return None
    # a body or a country only in a headline (`Минобороны: ВСУ потеряли …`), not a label in the text
    # (`Источник: …`, `Фото: …`)
    if ref.type != "person" and not (
        ref.type in HEADLINE_SPEAKERS and _headline(ctx, pstart, pstop) and ref.entity
    ):
        return None
    speaker = finder.from_referent(ref, how="name")
    reason = "an interview's answer: the paragraph opens with the speaker's name and a colon"
    return _after_colon(ctx, finder, speaker, colon, pstop, reason)


def _after_colon(
    ctx: QuoteContext, finder: SpeakerFinder, speaker: Speaker, colon: int, pstop: int, reason: str
) -> Quote | None:
    """The words after a paragraph's colon to its end, unmarked speech of `speaker`, if long enough."""
    start, stop = trim(ctx.text, colon + 1, pstop)
    if len(ctx.text[start:stop].split()) < INTERVIEW_MIN_WORDS:
        return None
    finder.remember(start, speaker)
    return _unmarked(ctx, start, stop, speaker, reason, carried=False)


def _role_words(ctx: QuoteContext, toks: range) -> bool:
    """The tokens are a role phrase (`Экономист`, `Глава ВТБ`, `Министр финансов`): nouns,
    adjectives and names of bodies, a noun first."""
    return (
        len(toks) > 0
        and ctx.tokens[toks.start].pos == "NOUN"
        and all(
            ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN")
            or ctx.tokens[k].text in QUOTE_MARKS
            or ctx.referent_at(k) is not None
            for k in toks
        )
    )


def _people_in_headline(
    ctx: QuoteContext, finder: SpeakerFinder, toks: range, colon: int, pstop: int
) -> Quote | None:
    """`Аналитики: рубль ослабнет …`, `Медики: …`: a headline opened by a plural noun for people
    and a colon gives their words, an unnamed source kept with that noun."""
    words = [ctx.tokens[k] for k in toks]
    head = words[-1] if words else None
    if (
        head is None
        or len(words) > HEADLINE_PEOPLE_WORDS
        or head.pos != "NOUN"
        or head.feats.get("Number") != "Plur"
        or head.feats.get("Case") != "Nom"
        or head.feats.get("Animacy") != "Anim"
        or any(t.pos != "ADJ" for t in words[:-1])
    ):
        return None
    speaker = Speaker(
        words[0].start,
        head.stop,
        "unnamed",
        text=ctx.text[words[0].start : head.stop],
        type="unnamed",
        number="Plur",
    )
    return _after_colon(
        ctx, finder, speaker, colon, pstop, "a headline's words after the people who said them and a colon"
    )


def _headline(ctx: QuoteContext, pstart: int, pstop: int) -> bool:
    """The text's first paragraph, one line with no full stop or question mark at its end (not an
    interviewer's question: `Голос Америки: Вы передавали письмо?`)."""
    return (
        bool(ctx.paras)
        and ctx.paras[0][0] == pstart
        and not ctx.text[pstart:pstop].rstrip().endswith((".", "?"))
    )


def _dashed(ctx: QuoteContext, pstart: int, pstop: int) -> bool:
    """A paragraph opened by a dash and a space (`— Когда заработает цех?`)."""
    head = ctx.text[pstart:pstop].lstrip()
    return len(head) > 2 and head[0] in DASHES and head[1].isspace()


def _question(ctx: QuoteContext, pstart: int, pstop: int) -> bool:
    body = ctx.text[pstart:pstop].rstrip()
    return body.endswith("?") and len(body) <= QUESTION_MAX_CHARS


def _question_answers(ctx: QuoteContext, finder: SpeakerFinder, taken: list[tuple[int, int]]) -> list[Quote]:
    """The answers of a question-and-answer interview, each one unmarked quote of the interviewee:

    - a run of paragraphs opened by a dash, questions and answers in turn (`— Когда
      заработает цех? ¶ — Цех уже работает …`): the answers are those after a question, the
      questions being those in the turn of a paragraph ending in `?` (a question may be a
      statement: `— Были сообщения, что вы закрываете площадку.`);
    - with no dashes, short paragraphs ending in `?` each followed by an answer, at least two
      such pairs (one alone may be a rhetorical question of the author).

    The interviewee is the person the lead introduces: the speaker quoted last before the first
    question, else the person named in the nominative in the paragraphs just before it.
    """
    paras = ctx.paras
    answers: list[tuple[int, int, int]] = []  # (paragraph index, start, stop) of each answer
    index = 0
    while index < len(paras):
        if not _dashed(ctx, *paras[index]):
            index += 1
            continue
        run = index
        while run < len(paras) and _dashed(ctx, *paras[run]):
            run += 1
        block = list(range(index, run))
        asked = [k for k in block if _question(ctx, *paras[k])]
        if len(block) >= 2 and asked:
            turn = (asked[0] - index) % 2
            in_turn = [k for k in asked if (k - index) % 2 == turn]
            if len(in_turn) * 2 > len(asked):
                answers += [(k, *paras[k]) for k in block if (k - index) % 2 != turn and k > asked[0]]
        index = run
    if not answers:
        pairs = [
            k + 1
            for k in range(len(paras) - 1)
            if _question(ctx, *paras[k])
            and not _dashed(ctx, *paras[k])
            and not _question(ctx, *paras[k + 1])
            and not _dashed(ctx, *paras[k + 1])
        ]
        if len(pairs) >= 2:
            answers = [(k, *paras[k]) for k in pairs]
    found: list[Quote] = []
    speaker = None
    for k, pstart, pstop in answers:
        if any(pstart <= start < pstop for start, _ in taken):
            continue
        if speaker is None:
            speaker = _interviewee(ctx, finder, k - 1)
            if speaker is None:
                return found
        raw = ctx.text[pstart:pstop]
        offset = pstart + len(raw) - len(raw.lstrip()) + (1 if _dashed(ctx, pstart, pstop) else 0)
        start, stop = trim(ctx.text, offset, pstop)
        if len(ctx.text[start:stop].split()) < 2:
            continue
        quote = _unmarked(
            ctx,
            start,
            stop,
            speaker,
            f"an interview's answer after a question: {speaker.name or speaker.text}, introduced in the lead",
        )
        found.append(quote)
    return found


def _interviewee(ctx: QuoteContext, finder: SpeakerFinder, question: int) -> Speaker | None:
    """The person introduced before the first question (`Генеральный директор завода Андрей
    Колесников рассказал в интервью РИА Новости о …`)."""
    offset = ctx.paras[max(0, question)][0]
    for speaker in finder.previous(offset, paragraphs=LEAD_PARAGRAPHS):
        entity = ctx.doc.entity(speaker.entity) if speaker.entity else None
        if entity is not None and entity.type == "person":
            return speaker
    for k in range(question - 1, max(-1, question - 1 - LEAD_PARAGRAPHS), -1):
        pstart, pstop = ctx.paras[k]
        people = [
            r
            for r in ctx.referents
            if pstart <= r.start < pstop and r.type == "person" and finder.is_nominative(r)
        ]
        if people:
            return finder.from_referent(people[0], how="name")
        talked = _talked_with(ctx, finder, pstart, pstop)
        if talked is not None:
            return talked
    return None


def _talked_with(ctx: QuoteContext, finder: SpeakerFinder, pstart: int, pstop: int) -> Speaker | None:
    """`Корреспондент поговорил с главой «Сбербанка» Германом Грефом`, `взял интервью у …`: the
    person talked with, named after `с` or `у` past a word of talking, in whatever case."""
    toks = ctx.token_range(pstart, pstop)
    talk = next((k for k in toks if ctx.tokens[k].lemma in TALK_WORDS), None)
    if talk is None:
        return None
    prep = next(
        (
            k
            for k in range(talk + 1, min(toks.stop, talk + 4))
            if ctx.tokens[k].text.lower() in ("с", "со", "у")
        ),
        None,
    )
    if prep is None:
        return None
    for k in range(prep + 1, min(toks.stop, prep + 1 + TALKED_WITH_WORDS)):
        ref = ctx.referent_at(k)
        if ref is not None and ref.type == "person":
            return finder.from_referent(ref, how="name")
    return None
