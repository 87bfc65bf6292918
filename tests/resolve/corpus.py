"""A multi-outlet test corpus built at run time from NEREL texts (never committed).

Each NEREL article is one story. For it the builder writes, deterministically
(seeded): the original; exact re-posts with an outlet's header and footer;
edited copies (a sentence dropped, sentences swapped, a word or two removed);
and an independent report of the same development (the first and the last
half of the sentences, reworded, under a new headline), which belongs to the story but is a
syndication group of its own. Dates fall within a few days of each other, so
the time window alone cannot separate stories.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

NEREL_TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "nerel-1.1" / "train"
OUTLETS = (
    ("ИА «Восток»", "Подписывайтесь на наш канал."),
    ("Вестник региона", "Материал подготовлен по сообщениям агентств."),
    ("Новости дня", "Все права защищены. Перепечатка с указанием ссылки."),
)
SENTENCE = re.compile(r"[^.!?…]+[.!?…]+[»\")]*\s*|[^.!?…]+$")


@dataclass(slots=True)
class CorpusArticle:
    id: str
    text: str
    title: str
    published: str
    lang: str
    story: str
    syndication: str
    kind: str  # original, repost, edited, report


def nerel_texts(root: Path, count: int, min_chars: int = 1200, stride: int = 23) -> list[tuple[str, str]]:
    """(name, text) of `count` long-enough NEREL articles, every `stride`-th file:
    neighbouring files are often reports of one story (NEREL 063 and 064)."""
    found = []
    for path in sorted(root.glob("*.txt"))[::stride]:
        text = path.read_text(encoding="utf-8").strip()
        if len(text) >= min_chars:
            found.append((path.stem, text))
        if len(found) == count:
            break
    return found


def sentences(body: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(" ".join(body.split())) if s.strip()]


def build(
    root: Path, stories: int = 10, seed: int = 7, start: date = date(2025, 12, 1), stride: int = 23
) -> list[CorpusArticle]:
    rng = random.Random(seed)
    articles: list[CorpusArticle] = []
    for index, (name, text) in enumerate(nerel_texts(root, stories, stride=stride)):
        title, _, body = text.partition("\n")
        sents = sentences(body)
        day = start + timedelta(days=index % 5)
        story = f"story-{name}"
        group = f"{story}-wire"

        def add(kind: str, text: str, title: str, offset: int, group: str = group, story: str = story,
                name: str = name, day: date = day) -> None:  # fmt: skip
            n = sum(1 for a in articles if a.story == story)
            when = (day + timedelta(days=offset)).isoformat()
            articles.append(CorpusArticle(f"{name}-{n}-{kind}", text, title, when, "ru", story, group, kind))

        add("original", "\n\n".join(sents), title.strip(), 0)
        for outlet, footer in rng.sample(OUTLETS, 2):
            add("repost", f"{outlet}. {title.strip()}\n\n" + "\n\n".join(sents) + f"\n\n{footer}", title, 0)
        add("edited", "\n\n".join(edit(sents, rng)), title.strip(), 1)
        third = max(3, len(sents) // 3)
        add(
            "truncated",
            f"{title.strip()}\n\n" + "\n\n".join(sents[:third]) + "\n\nЧитать далее на сайте.",
            title,
            1,
        )
        half = len(sents) // 2
        if half >= 3:
            report = [reword(s, rng) for s in sents[:1] + sents[half:]]
            add("report", "\n\n".join(report), f"{title.strip()}: подробности", 2, f"{story}-report")
    return articles


def edit(sents: list[str], rng: random.Random) -> list[str]:
    """A light rewrite: one sentence dropped, two swapped, a few words removed."""
    out = list(sents)
    if len(out) > 4:
        del out[rng.randrange(1, len(out))]
        i = rng.randrange(1, len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    for _ in range(3):
        i = rng.randrange(len(out))
        words = out[i].split()
        if len(words) > 6:
            del words[rng.randrange(1, len(words) - 1)]
            out[i] = " ".join(words)
    return out


def reword(sentence: str, rng: random.Random) -> str:
    """Same names, numbers and words in another order: another outlet's wording."""
    words = sentence.rstrip(".!?…").split()
    rng.shuffle(words)
    return " ".join(words) + "."
