import numpy as np

from newsgraph.resolve import shingles

TEXT = (
    "Правительство Казахстана объявило о строительстве четырёх заводов по выпуску боеприпасов. "
    "Первый завод планируется запустить в 2027 году, сообщила пресс-служба министерства обороны. "
    "Проект оценивается примерно в один миллиард долларов и станет крупнейшим в отрасли."
)


def test_normalisation_ignores_case_punctuation_and_yo():
    assert shingles.shingles("Четырёх ЗАВОДОВ, по-новому!") == shingles.shingles("четырех заводов по новому")


def test_signature_is_deterministic_and_copies_are_similar():
    a = shingles.signature(TEXT)
    assert a.dtype == np.uint32 and len(a) == shingles.NUM_PERM
    assert np.array_equal(a, shingles.signature(TEXT))
    copy = shingles.signature("Перепечатка: " + TEXT.replace("\n", " ") + " Подписывайтесь на канал.")
    other = shingles.signature(
        "Футбольный клуб из Алматы выиграл кубок страны в напряжённом финальном матче."
    )
    assert shingles.similarity(a, copy) > 0.6
    assert shingles.similarity(a, other) < 0.1


def test_band_keys_match_for_copies_only():
    a = shingles.band_keys(shingles.signature(TEXT))
    assert len(a) == shingles.BANDS == len(set(a))
    assert all(-(2**63) <= k < 2**63 for k in a)
    b = shingles.band_keys(shingles.signature(TEXT + " Конец."))
    assert set(a) & set(b)
    assert a == shingles.band_keys(shingles.from_bytes(shingles.to_bytes(shingles.signature(TEXT))))
