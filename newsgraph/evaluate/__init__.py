"""Evaluation against gold files (gold/FORMAT.md): scores per section, totals, misses.

    from newsgraph.evaluate import evaluate_files
    result = evaluate_files(["../shared/gold/seed.json"])
    result["total"]["entities"]["recall"]

Where gold/FORMAT.md leaves a choice, this is what the scorer does:

- Text: the gold text file goes through ingest's `parse_text` (header line
  stripped, normalised) and gold strings are looked for in that stored text;
  gold strings found nowhere are listed, not fatal.
- Alignment: each system entity goes to the gold entity whose occurrences
  (mentions and optional mentions) its mentions overlap most; of several
  system entities aligned to one gold entity, the one with the largest overlap
  is its *primary* entity, which recall, type, name and mention coverage use
  (a split entity costs mentions). Type, name, kind and Wikidata accuracy are
  over the required gold entities found.
- Mentions: an occurrence is covered when the primary entity's mentions cover
  every letter and digit of it. Occurrences of non-required entities are not
  counted; optional mentions are reported as ``optional_recall``.
- Quotes: one-to-one, greedily by token F1 (at least 0.5); speaker, kind and
  content F1 over all matched gold quotes, required or not; ``precision`` is
  matched system quotes over all system quotes.
- Facts: a fact the text denies (``modality == "denied"``) is no triple; identical
  system triples count once; maximum one-to-one matching,
  required gold triples first. ``text`` objects: F1 of lemma bags without
  function words ≥ 0.5 and equal digit numbers; a gold ``org`` must be matched,
  and a position's text is then compared without the words naming that
  organisation (annotators differ on "губернатор Приморского края" against
  "губернатор" with org Primorye; the organisation is scored as the entity).
- Stances: the system's polarity for a holder and target is the majority of
  its stances on them (a tie is no answer).
- A section key absent from a gold file means "not annotated": the file adds
  nothing to that section's totals (an empty list means "there are none").
- A value with nothing to divide by is null; a section the pipeline does not
  produce scores 0 recall.
"""

from __future__ import annotations

from newsgraph.evaluate.gold import GoldDoc, StoryGold, load_gold
from newsgraph.evaluate.run import evaluate_article, evaluate_files

__all__ = ["GoldDoc", "StoryGold", "evaluate_article", "evaluate_files", "load_gold"]
