"""Latin letters that look like Cyrillic ones inside Russian words (`раcсказала` typed with a
Latin `c`, `Cкончался`): the taggers read such a word as unknown. The text given to them has
those letters replaced by their Cyrillic twins, letter for letter, so every offset stays that of
the article as written (the article itself is never changed)."""

from __future__ import annotations

import re

# Latin letter -> the Cyrillic letter it is mistaken for
LOOKALIKES = str.maketrans("aceopxykmthbACEOPXYKMTHB", "асеорхукмтнвАСЕОРХУКМТНВ")
# a word with a Cyrillic letter and a Latin one
MIXED_WORD = re.compile(r"\b(?=\w*[а-яёА-ЯЁ])(?=\w*[A-Za-z])\w+\b")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def cyrillic_lookalikes(text: str) -> str:
    """`text` with the Latin look-alikes in words that are otherwise Cyrillic made Cyrillic, the
    same length; words all in Latin letters (`YouTube`) and mixed words with a Latin letter that
    has no Cyrillic twin (`Samsungом`) stay as written."""
    if not MIXED_WORD.search(text):
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        fixed = word.translate(LOOKALIKES)
        return word if LATIN_LETTER.search(fixed) else fixed

    return MIXED_WORD.sub(fix, text)
