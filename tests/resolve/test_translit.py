import pytest

from newsgraph.resolve.features import anchor_similarity, features
from newsgraph.resolve.translit import name_key, phrase_key


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Лавров", "Lavrov"), ("Лаврова", "Lavrov"), ("Лавровым", "Lavrov"),
        ("Токаев", "Tokayev"), ("Токаева", "Tokaev"), ("Казахстане", "Kazakhstan"),
        ("Зеленского", "Zelenskyy"), ("Назарбаев", "Nazarbayev"), ("Ереван", "Yerevan"),
        ("Жапарова", "Japarov"), ("Эрдоган", "Erdogan"), ("Мирзиёев", "Mirziyoyev"),
    ],
)  # fmt: skip
def test_scripts_and_cases_share_a_key(cyrillic, latin):
    assert name_key(cyrillic) == name_key(latin)


def test_different_names_differ():
    assert name_key("Лавров") != name_key("Латвия")


def test_phrase_keys_of_full_names():
    assert phrase_key("Сергея Лаврова") == phrase_key("Sergei Lavrov") == "srg lvrv"


def test_anchors_link_a_translation():
    ru = features("Президент Токаев заявил, что Казахстан построит 4 завода к 2027 году за 155 млн.")
    en = features("President Tokayev said Kazakhstan will build 4 plants by 2027 for 155 million.")
    assert {"n:tkv", "n:kzstn", "d:2027", "d:155"} <= ru.anchors & en.anchors
    assert anchor_similarity(ru.anchors, en.anchors) > 0.5


def test_sentence_initial_words_are_not_names():
    assert "n:prsdnt" not in features("Президент выступил. Казахстан ответил.").keys
