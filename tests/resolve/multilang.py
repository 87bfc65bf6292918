"""A small multi-language story corpus written for these tests (no third-party text).

One development (Kazakhstan's ASPAN munitions plants) reported in Russian,
re-posted, translated into English and French; plus two unrelated stories of
the same days that share names with it (Tokayev, Kazakhstan, Astana).
"""

from __future__ import annotations

ASPAN_RU = (
    "Казахстан построит четыре завода по выпуску артиллерийских снарядов и мин по стандартам НАТО "
    "в рамках национального проекта ASPAN. Об этом 16 декабря 2025 года сообщила компания Great Sky, "
    "оператор проекта. Стоимость программы оценивается в 1 миллиард долларов. Первый завод, ASPAN-1, "
    "должен заработать в 2027 году и выпускать 155-мм и 152-мм снаряды, а также 120-мм мины. "
    "Президент Касым-Жомарт Токаев ранее поручил правительству локализовать военное производство."
)
ASPAN_EN = (
    "Kazakhstan will build four plants producing artillery shells and mortar rounds to NATO standards "
    "under the national ASPAN project, the project operator Great Sky said on December 16, 2025. "
    "The programme is estimated at 1 billion dollars. The first plant, ASPAN-1, is due to start work "
    "in 2027 and will make 155mm and 152mm shells as well as 120mm mortar rounds. President "
    "Kassym-Jomart Tokayev earlier instructed the government to localise military production."
)
ASPAN_FR = (
    "Le Kazakhstan va construire quatre usines d'obus d'artillerie et de mines aux normes de l'OTAN "
    "dans le cadre du projet national ASPAN, a annoncé le 16 décembre 2025 la société Great Sky, "
    "opérateur du projet. Le programme est estimé à 1 milliard de dollars. La première usine, ASPAN-1, "
    "doit entrer en service en 2027 et produira des obus de 155 mm et de 152 mm ainsi que des mines "
    "de 120 mm. Le président Kassym-Jomart Tokaïev avait demandé au gouvernement de localiser la "
    "production militaire."
)
ASPAN_REPOST = "Новости Центральной Азии. " + ASPAN_RU + " Подписывайтесь на наш канал."
ASPAN_REACTION = (
    "В Москве с тревогой восприняли решение Казахстана перейти на стандарты НАТО при выпуске "
    "боеприпасов. Политолог Дмитрий Родионов заявил, что проект ASPAN компании Great Sky подрывает "
    "интеграцию в рамках ОДКБ. По его словам, строительство заводов ASPAN-1 и следующих за ним "
    "означает отход Астаны от российских калибров. Эксперт считает, что Токаев ведёт страну к "
    "сближению с Турцией и Организацией тюркских государств."
)
ASPAN_EN_REPORT = (
    "Moscow-leaning commentators reacted sharply this week after Great Sky confirmed that the ASPAN "
    "munitions programme would follow NATO calibres. Analysts in Astana told reporters that the ASPAN-1 "
    "plant is only the first of four, and that President Tokayev wants Kazakhstan to export shells "
    "once domestic needs are met. Russian experts warned the move weakens the CSTO."
)
TRADE_RU = (
    "Президент Казахстана Касым-Жомарт Токаев провёл в Астане переговоры с председателем КНР Си Цзиньпином. "
    "Стороны подписали соглашения о поставках зерна и строительстве железной дороги через Хоргос. "
    "Товарооборот двух стран в 2025 году превысил 40 миллиардов долларов, сообщил министр торговли "
    "Арман Шаккалиев."
)
FOOTBALL_EN = (
    "Kairat Almaty beat Astana 2-1 in the Kazakhstan Cup final on Sunday, with striker Dastan "
    "Satpayev scoring twice. Coach Rafael Urazbakhtin praised the defence after a tense second half "
    "watched by 28,000 fans."
)

# (id, lang, published, text, story, syndication)
ARTICLES = (
    ("aspan-ru", "ru", "2025-12-16", ASPAN_RU, "aspan", "wire"),
    ("aspan-repost", "ru", "2025-12-16", ASPAN_REPOST, "aspan", "wire"),
    ("aspan-en", "en", "2025-12-17", ASPAN_EN, "aspan", "wire"),
    ("trade", "ru", "2025-12-17", TRADE_RU, "trade", "trade"),
    ("aspan-fr", "fr", "2025-12-17", ASPAN_FR, "aspan", "wire"),
    ("aspan-reaction", "ru", "2025-12-18", ASPAN_REACTION, "aspan", "reaction"),
    ("football", "en", "2025-12-18", FOOTBALL_EN, "football", "football"),
    ("aspan-en-report", "en", "2025-12-19", ASPAN_EN_REPORT, "aspan", "en-report"),
)
