"""Noun phrases over tokens, and their nominative form for text objects.

``"артиллерийских снарядов"`` → ``"артиллерийский снаряд"``;
``"максимальной локализации военного производства"`` →
``"максимальная локализация военного производства"``: the head and the words
agreeing with it go to the nominative singular, the dependent genitive tail
stays as written.
"""

from __future__ import annotations

from newsgraph.model import Token

MODIFIER_POS = frozenset({"ADJ", "DET", "NUM"})
HEAD_POS = frozenset({"NOUN", "PROPN"})
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
# Genitive nouns that start a new attribute rather than continue the name ("снарядов [калибра 155 мм]").
TAIL_STOP = frozenset({"калибр", "стоимость", "объем", "мощность", "сумма"})


def _morph():
    from newsgraph.morph import analyzer

    return analyzer()


def is_calibre(token: Token) -> bool:
    text = token.text.lower()
    return any(ch.isdigit() for ch in text) and text.endswith(("мм", "mm"))


def noun_phrase(tokens: list[Token], i: int, stop: int) -> tuple[int, int, int] | None:
    """The phrase starting at `i`: modifiers, a head noun, a genitive tail.

    Returns (start, head, end) token indices (end exclusive), or None when no
    noun head follows within the modifiers.
    """
    j = i
    while j < stop and (
        ((tokens[j].pos in MODIFIER_POS or is_calibre(tokens[j])) and not tokens[j].text.isdigit())
        # "нефтяного (попутного) газа": a modifier in brackets
        or (
            tokens[j].text == "("
            and j > i
            and j + 2 < stop
            and tokens[j + 1].pos == "ADJ"
            and tokens[j + 2].text == ")"
        )
        or (tokens[j].text == ")" and j - 2 >= i and tokens[j - 2].text == "(")
        or (tokens[j].pos == "ADJ" and j > i and tokens[j - 1].text == "(")
        # "разведывательных и ударных дронов": adjectives of one case joined by "и" or a comma
        or (
            tokens[j].text in ("и", ",", "или")
            and j > i
            and tokens[j - 1].pos == "ADJ"
            and j + 1 < stop
            and tokens[j + 1].pos == "ADJ"
            and tokens[j - 1].feats.get("Case") is not None
            and tokens[j - 1].feats.get("Case") == tokens[j + 1].feats.get("Case")
        )
        # "120-мм и 81-мм мины": calibres joined by "и" or a comma
        or (
            tokens[j].text in ("и", ",")
            and j > i
            and is_calibre(tokens[j - 1])
            and j + 1 < stop
            and is_calibre(tokens[j + 1])
        )
    ):
        j += 1
    if j >= stop or tokens[j].pos not in HEAD_POS:
        return None
    head = j
    end = head + 1
    # genitive tail: "локализации [военного производства]"
    while end < stop:
        k = end
        while k < stop and tokens[k].pos == "ADJ" and tokens[k].feats.get("Case") == "Gen":
            k += 1
        if (
            k < stop
            and tokens[k].pos in HEAD_POS
            and tokens[k].feats.get("Case") == "Gen"
            and tokens[k].lemma not in TAIL_STOP
        ):
            end = k + 1
        else:
            break
    return i, head, end


def _shared(a: str, b: str) -> int:
    """The number of letters two words begin with in common."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _inflect_adjective(word: str, gender: str | None, number: str) -> str:
    for parse in _morph().parse(word):
        if {"ADJF", "PRTF"} & set(parse.tag.grammemes) or "NUMR" in parse.tag:
            wanted = {"nomn", "plur"} if number == "Plur" or gender is None else {"nomn", "sing", gender}
            # a superlative's lexeme holds two stems ("высший", "высочайший"): the form nearest the word's own
            forms = [f.word for f in parse.lexeme if wanted <= set(f.tag.grammemes) and "Supr" in f.tag]
            if "Supr" in parse.tag and forms:
                return max(forms, key=lambda f: (_shared(f, word), -len(f)))
            form = parse.inflect(wanted)
            if form:
                return form.word
    return word


def nominative(tokens: list[Token], start: int, head: int, end: int, *, plural: bool = False) -> str:
    """The phrase in the nominative (singular unless `plural`), lower case except proper names."""
    head_token = tokens[head]
    gender = GENDERS.get(head_token.feats.get("Gender", ""))
    number = "Plur" if plural else "Sing"
    words = []
    for token in tokens[start:head]:
        if token.text in ("(", ")"):
            continue  # "нефтяной (попутный) газ" → "нефтяной попутный газ"
        if is_calibre(token) or token.pos == "NUM":
            words.append(token.text.lower())
        else:
            words.append(_inflect_adjective(token.text.lower(), gender, number))
    head_word = head_token.lemma or head_token.text.lower()
    if plural:
        parse = _morph().parse(head_word)[0]
        form = parse.inflect({"nomn", "plur"})
        head_word = form.word if form else head_word
    # acronyms keep their capitals; a capitalised common noun at a sentence start does not
    words.append(head_token.text if head_token.text.isupper() and len(head_token.text) > 1 else head_word)
    words.extend(t.text if t.pos == "PROPN" else t.text.lower() for t in tokens[head + 1 : end])
    # ё is optional in Russian writing; texts compare equal either way
    return " ".join(words).replace("ё", "е")


COORDINATION = frozenset({"и", "или", ",", "and", "or"})


def coordinated_nominatives(tokens: list[Token], start: int, head: int, end: int) -> list[str] | None:
    """ "разведывательных и ударных дронов" → ["разведывательный дрон", "ударный дрон"]: adjectives
    coordinated before one head noun name one kind each; None when the phrase is not so built."""
    words = tokens[start:head]
    if len(words) < 3 or not any(t.text.lower() in COORDINATION for t in words):
        return None
    if words[0].pos != "ADJ" or words[-1].pos != "ADJ":
        return None
    if not all((t.pos == "ADJ" and not is_calibre(t)) or t.text.lower() in COORDINATION for t in words):
        return None
    # one adjective on each side of each conjunction ("новых и модернизированных тяжёлых танков" is not split)
    groups: list[list[int]] = [[]]
    for k in range(start, head):
        if tokens[k].text.lower() in COORDINATION:
            groups.append([])
        else:
            groups[-1].append(k)
    if any(len(g) != 1 for g in groups):
        return None
    found = []
    tail = nominative(tokens, head, head, end)
    for [k] in groups:
        # nominative() inflects tokens[k:head] for the head; the first word is this adjective
        adjective = nominative(tokens, k, head, end).split(" ")[0]
        found.append(f"{adjective} {tail}")
    return found
