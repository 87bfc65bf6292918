"""The natasha stage: offsets into the text, and batches equal to one doc at a time."""

from __future__ import annotations

from newsgraph.ingest.text import parse_text
from newsgraph.model import Doc
from newsgraph.nlp import models
from newsgraph.nlp.natasha_stage import lemma, run_natasha


def test_tokens_sentences_and_ner_point_into_the_text(seed_doc):
    text = seed_doc.text
    assert all(text[t.start : t.stop] == t.text for t in seed_doc.tokens)
    assert all(text[s.start : s.stop] == s.text for s in seed_doc.ner)
    assert seed_doc.sentences[0].start == 0 and seed_doc.sentences[-1].stop <= len(text)
    lemmas = {t.text: t.lemma for t in seed_doc.tokens}
    assert lemmas["Казахстане"] == "казахстан"
    assert lemmas["заводов" if "заводов" in lemmas else "завода"] == "завод"


def test_batched_analysis_equals_one_at_a_time(pipeline, seed_text, shared):
    texts = [seed_text, "", "Short English text about NATO."] + [
        p.read_text(encoding="utf-8") for p in sorted((shared / "data/nerel-1.1/dev").glob("*.txt"))[:6]
    ]
    one = [pipeline(parse_text(t)) if t else pipeline(Doc(t, lang="ru")) for t in texts]
    many = list(pipeline.pipe([parse_text(t) if t else Doc(t, lang="ru") for t in texts], batch_size=4))
    assert [d.id for d in many] == [d.id for d in one]
    for a, b in zip(one, many, strict=True):
        assert a.analysed == b.analysed
        assert a.tokens == b.tokens
        assert a.ner == b.ner
        assert a.mentions == b.mentions
        assert a.quotes == b.quotes
        assert a.facts == b.facts


# Sentences written for this test (not from any gold set): each with a word spelt with 'ё'.
YO_SENTENCES = [
    "Об этом передаёт «Интерфакс» со ссылкой на источник.",
    "Министр признаёт, что проблема есть.",
    "Он не знал о нём ничего.",
    "Вчера он перевёлся в другой отдел.",
    "Приговор был оглашён в пятницу.",
    "Компания ведёт переговоры с поставщиками, и всё решится к осени.",
]


def test_words_spelt_with_yo_are_tagged_as_spelt_with_ye():
    # navec and the taggers' training news mostly write 'е': the taggers look 'ё' words up as 'е'
    # (before, here: 'передаёт' NOUN, 'Министр' PROPN; in other contexts 'нём', 'перевёлся', 'оглашён' were nouns)
    for text in YO_SENTENCES:
        yo, ye = run_natasha(text), run_natasha(text.replace("ё", "е"))
        assert [(t.pos, t.feats) for t in yo.tokens] == [(t.pos, t.feats) for t in ye.tokens], text
        assert [(s.start, s.stop, s.type) for s in yo.spans] == [(s.start, s.stop, s.type) for s in ye.spans]
        assert all(text[t.start : t.stop] == t.text for t in yo.tokens)  # texts and offsets as written
    pos = {t.text: t.pos for text in YO_SENTENCES for t in run_natasha(text).tokens}
    assert pos["передаёт"] == pos["перевёлся"] == pos["оглашён"] == "VERB"
    assert pos["нём"] == "PRON" and pos["Министр"] == "NOUN"


def test_the_yo_lookup_keeps_words_whose_ye_spelling_is_unknown():
    vocab = models.morph_tagger().infer.encoder.words_vocab
    assert vocab.encode("передаёт") == vocab.encode("передает") != vocab.unk_id
    assert vocab.encode("фыўёх") == vocab.unk_id
    known = next(w for w in vocab.items if "ё" in w and w.replace("ё", "е") not in vocab.item_ids)
    assert vocab.encode(known) == vocab.item_ids[known]


def test_a_line_break_ends_a_sentence():
    # a headline and a photo caption with no full stop are sentences of their own
    text = "Армия получила новые танки\nФото: пресс-служба\nВ пятницу министр обороны сообщил об этом журналистам."
    sents = [s.text for s in run_natasha(text).sents]
    assert sents == [
        "Армия получила новые танки",
        "Фото: пресс-служба",
        "В пятницу министр обороны сообщил об этом журналистам.",
    ]


def test_text_wrapped_at_a_fixed_width_keeps_its_sentences_whole():
    wrapped = (
        "Министр обороны заявил в пятницу, что армия\n"
        "получит новые танки до конца года, а завод\n"
        "в Нижнем Тагиле увеличит их выпуск вдвое. По его\n"
        "словам, контракт уже подписан, и первые машины\n"
        "поступят в войска весной следующего года, как и\n"
        "планировалось ранее."
    )
    sents = [s.text for s in run_natasha(wrapped).sents]
    assert len(sents) == 2 and sents[0].endswith("вдвое.")


def test_sunday_is_not_lemmatised_as_resurrection():
    assert lemma("воскресенье", "NOUN", {"Case": "Acc"}) == "воскресенье"
    assert lemma("воскресенья", "NOUN", {"Case": "Gen"}) == "воскресенье"
    assert lemma("воскресение", "NOUN", {"Case": "Nom"}) == "воскресение"


def test_a_common_noun_opening_a_sentence_takes_the_dictionarys_case():
    """The tagger reads `Пресс-служба` opening a sentence as a name in the genitive, a case its
    form cannot have: the dictionary's reading (a nominative common noun) wins. Inside a sentence
    a capitalised word keeps the tagger's reading (`Мясников` is a surname, not `мясник`)."""
    from newsgraph.nlp.natasha_stage import analyse

    doc = analyse(
        Doc(text="Учения прошли. Пресс-служба Минобороны сообщила, что учения завершены.", lang="ru")
    )
    press = next(t for t in doc.tokens if t.text == "Пресс-служба")
    assert (press.pos, press.feats.get("Case"), press.lemma) == ("NOUN", "Nom", "пресс-служба")
    doc = analyse(Doc(text="Об этом заявил врач Дмитрий Мясников.", lang="ru"))
    surname = next(t for t in doc.tokens if t.text == "Мясников")
    assert surname.pos == "PROPN"
    # opening a sentence, a surname that is also an oblique form of a rare noun stays a name
    doc = analyse(Doc(text="Он уехал. Кувватов обвинял президента в коррупции.", lang="ru"))
    surname = next(t for t in doc.tokens if t.text == "Кувватов")
    assert (surname.pos, surname.feats.get("Case")) == ("PROPN", "Nom")


def test_a_participle_used_for_a_person_standing_alone_is_a_noun():
    """`Пострадавшая рассказала`: a participle the dictionary marks as used for a person (`Subx`),
    with no noun after it and no comma before it, is an animate noun with the masculine
    nominative as its lemma; `задержанный мужчина` and `Россиянин, обвиняемый в …` keep theirs."""
    from newsgraph.nlp.natasha_stage import analyse

    doc = analyse(Doc(text="Дело рассмотрено. Пострадавшая рассказала, что не знала его.", lang="ru"))
    word = next(t for t in doc.tokens if t.text == "Пострадавшая")
    assert (word.pos, word.lemma, word.feats.get("Animacy"), word.feats.get("Gender")) == (
        "NOUN",
        "пострадавший",
        "Anim",
        "Fem",
    )
    doc = analyse(
        Doc(text="Задержанный мужчина признался. Россиянин, обвиняемый в краже, молчит.", lang="ru")
    )
    assert all(t.pos != "NOUN" for t in doc.tokens if t.text in ("Задержанный", "обвиняемый"))


def test_a_noun_the_tagger_reads_as_a_verb_takes_the_dictionarys_reading():
    """`собеседница` (a noun in `-ница`) is read by the tagger as a past verb; the dictionary knows
    it only as a noun, so it becomes one. A real verb stays a verb."""
    from newsgraph.nlp.natasha_stage import analyse

    doc = analyse(
        Doc(
            text="Как рассказала «Коммерсанту» собеседница в аппарате правительства, бюджет готов.", lang="ru"
        )
    )
    source = next(t for t in doc.tokens if t.text == "собеседница")
    assert (source.pos, source.lemma, source.feats.get("Case")) == ("NOUN", "собеседница", "Nom")
    verb = next(t for t in doc.tokens if t.text == "рассказала")
    assert verb.pos == "VERB"
    # opening a sentence, with a capital
    doc = analyse(Doc(text="Бюджет готов. Собеседница РБК в правительстве рассказала об этом.", lang="ru"))
    source = next(t for t in doc.tokens if t.text == "Собеседница")
    assert (source.pos, source.lemma) == ("NOUN", "собеседница")


def test_a_participle_for_a_person_the_tagger_calls_a_noun_has_its_own_lemma():
    """`самого обвиняемого` is tagged a noun with the verb's lemma `обвинять`: a word the
    dictionary marks as a participle used for a person takes the masculine nominative as its
    lemma, as when it is tagged a participle."""
    from newsgraph.nlp.natasha_stage import analyse

    doc = analyse(Doc(text="По словам самого обвиняемого, его арест незаконен.", lang="ru"))
    word = next(t for t in doc.tokens if t.text == "обвиняемого")
    assert (word.pos, word.lemma, word.feats.get("Animacy")) == ("NOUN", "обвиняемый", "Anim")


def test_a_russian_sites_name_is_one_token_not_a_sentences_end():
    """razdel cuts `Ленте.ру` at its dot; a Russian word, a dot and a domain suffix written
    together are one token. A Latin name (`lenta.ru`) and a dot between words keep their tokens."""
    from newsgraph.nlp.natasha_stage import analyse

    doc = analyse(Doc(text="Он сообщил «Ленте.ру» и «Газете.Ru», что пишет lenta.ru. Конец.", lang="ru"))
    words = [t.text for t in doc.tokens]
    assert "Ленте.ру" in words and "Газете.Ru" in words
    assert words[words.index("lenta") : words.index("lenta") + 3] == ["lenta", ".", "ru"]
    assert [doc.text[t.start : t.stop] for t in doc.tokens] == words


def test_a_programmes_title_with_full_stops_does_not_end_a_sentence():
    """razdel ends a sentence at each full stop of `«Москва. Кремль. Путин»`; a title of one-word
    parts in guillemets is joined back, a quotation of sentences is not."""
    text = "Песков в эфире программы «Москва. Кремль. Путин» заявил, что встреча возможна. «Мы готовы. Мы ждём», — сказал он."
    sents = [s.text for s in run_natasha(text).sents]
    assert sents[0] == "Песков в эфире программы «Москва. Кремль. Путин» заявил, что встреча возможна."
    assert "«Мы готовы." in sents


def test_a_models_designation_ending_in_a_capital_letter_ends_its_sentence():
    """razdel reads the last letter of `Т-90М.` or `F-35A.` as a name's initial and runs on into the
    next sentence; a word with a digit ending in a capital letter and a full stop before a capital
    ends it. Initials (`А. С. Пушкин`) stay inside their sentence."""
    text = "Войска получили танки Т-90М. Как отметил министр, машины исправны. Польша купила F-35A. Это сказал А. С. Петров."
    sents = [s.text for s in run_natasha(text).sents]
    assert sents == [
        "Войска получили танки Т-90М.",
        "Как отметил министр, машины исправны.",
        "Польша купила F-35A.",
        "Это сказал А. С. Петров.",
    ]
