"""Who controlled each territory unit when, and which lines were claimed or agreed.

This is the hand-written, historical half of the geodata: build.py attaches it to geometry drawn
from the source packages. Every `event` must be an id of geodata/events.json (checked by
model/tests/geography.rs). Dates are ISO at the
precision known; `until` is exclusive and None means "still today". A unit's intervals are
contiguous from its first date. The rationale for each date is in geodata/README.md.
"""

# The Russia-Japan theatre opens with the Treaty of Shimoda; the Khalkhin Gol theatre with the
# proclamation of the Mongolian People's Republic.
SHIMODA = "1855-02-07"
ST_PETERSBURG = "1875-05-07"
PORTSMOUTH = "1905-09-05"
ANNEXATION = "1946-02-02"
MPR = "1924-11-26"


def iv(party, start, until, event, kind=None):
    return {"party": party, "from": start, "until": until, "event": event, "kind": kind}


def four_islands(landing):
    """Iturup, Kunashir, Shikotan, Habomai: Japanese from 1855, Soviet from the landing."""
    return [
        iv("japan", SHIMODA, landing, "treaty-of-shimoda-1855"),
        iv("russia", landing, ANNEXATION, "soviet-occupation-of-kurils-1945", "occupation"),
        iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
    ]


def north_of_vries(landing):
    """Urup and the islands north-east of it: Russian 1855, Japanese 1875, Soviet 1945."""
    return [
        iv("russia", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
        iv("japan", ST_PETERSBURG, landing, "treaty-of-st-petersburg-1875"),
        iv("russia", landing, ANNEXATION, "soviet-occupation-of-kurils-1945", "occupation"),
        iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
    ]


UNITS = {
    "iturup": {
        "names": {"en": "Iturup (Etorofu)", "ja": "択捉島", "ru": "Итуруп"},
        "region": "kurils",
        "control": four_islands("1945-08-28"),
    },
    "kunashir": {
        "names": {"en": "Kunashir (Kunashiri)", "ja": "国後島", "ru": "Кунашир"},
        "region": "kurils",
        "control": four_islands("1945-09-01"),
    },
    "shikotan": {
        "names": {"en": "Shikotan", "ja": "色丹島", "ru": "Шикотан"},
        "region": "kurils",
        "control": four_islands("1945-09-01"),
    },
    "habomai": {
        "names": {"en": "Habomai islets", "ja": "歯舞群島", "ru": "острова Хабомаи"},
        "region": "kurils",
        "control": four_islands("1945-09-03"),
    },
    "urup": {
        "names": {"en": "Urup (Uruppu)", "ja": "得撫島", "ru": "Уруп"},
        "region": "kurils",
        "control": north_of_vries("1945-08-31"),
    },
    "northern-kurils": {
        "names": {
            "en": "Kurils north-east of Urup (Simushir to Shumshu)",
            "ja": "得撫島以北の千島列島（新知島〜占守島）",
            "ru": "Курилы северо-восточнее Урупа (от Симушира до Шумшу)",
        },
        "region": "kurils",
        "control": north_of_vries("1945-08-18"),
    },
    "southern-sakhalin": {
        "names": {
            "en": "Southern Sakhalin (Karafuto)",
            "ja": "南樺太",
            "ru": "Южный Сахалин",
        },
        "region": "sakhalin",
        "control": [
            iv("joint", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
            iv("russia", ST_PETERSBURG, "1905-07-07", "treaty-of-st-petersburg-1875"),
            iv("japan", "1905-07-07", PORTSMOUTH, "japanese-occupation-of-sakhalin-1905",
               "occupation"),
            iv("japan", PORTSMOUTH, "1945-08-25", "treaty-of-portsmouth-1905"),
            iv("russia", "1945-08-25", ANNEXATION, "soviet-occupation-of-southern-sakhalin-1945",
               "occupation"),
            iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
        ],
    },
    "northern-sakhalin": {
        "names": {"en": "Northern Sakhalin", "ja": "北樺太", "ru": "Северный Сахалин"},
        "region": "sakhalin",
        "control": [
            iv("joint", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
            iv("russia", ST_PETERSBURG, "1905-07-24", "treaty-of-st-petersburg-1875"),
            iv("japan", "1905-07-24", PORTSMOUTH, "japanese-occupation-of-sakhalin-1905",
               "occupation"),
            iv("russia", PORTSMOUTH, "1920-04-22", "treaty-of-portsmouth-1905"),
            iv("japan", "1920-04-22", "1925-05-15",
               "japanese-occupation-of-northern-sakhalin-1920", "occupation"),
            iv("russia", "1925-05-15", None, "japanese-withdrawal-from-northern-sakhalin-1925"),
        ],
    },
    "hokkaido": {
        "names": {"en": "Hokkaido", "ja": "北海道", "ru": "Хоккайдо"},
        "region": "general",
        "control": [iv("japan", SHIMODA, None, "treaty-of-shimoda-1855")],
    },
    "kamchatka": {
        "names": {"en": "Kamchatka", "ja": "カムチャツカ半島", "ru": "Камчатка"},
        "region": "general",
        "control": [iv("russia", SHIMODA, None, "treaty-of-shimoda-1855")],
    },
    "khalkhin-gol-strip": {
        "names": {
            "en": "Strip between the Khalkhin Gol and Nomonhan",
            "ja": "ハルハ河とノモンハンの間の係争地",
            "ru": "Полоса между Халхин-Голом и Номон-Ханом",
        },
        "region": "khalkhin-gol",
        "control": [
            iv("mongolia", MPR, "1939-05-11", "mongolian-peoples-republic-proclaimed-1924"),
            iv("mongolia", "1939-05-11", "1939-09-16", "battle-of-khalkhin-gol-1939",
               "contested"),
            iv("mongolia", "1939-09-16", "1940-06-09", "khalkhin-gol-ceasefire-1939"),
            iv("mongolia", "1940-06-09", None, "khalkhin-gol-border-demarcation-1940"),
        ],
    },
    "mongolian-side": {
        "names": {
            "en": "Eastern Mongolia (Dornod)",
            "ja": "モンゴル東部（ドルノド）",
            "ru": "Восточная Монголия (Дорнод)",
        },
        "region": "khalkhin-gol",
        "control": [iv("mongolia", MPR, None, "mongolian-peoples-republic-proclaimed-1924")],
    },
    "manchurian-side": {
        "names": {
            "en": "Hulunbuir (Barga), Manchuria",
            "ja": "ホロンバイル（満洲）",
            "ru": "Хулун-Буир (Барга), Маньчжурия",
        },
        "region": "khalkhin-gol",
        "control": [
            iv("china", MPR, "1932-03-01", "mongolian-peoples-republic-proclaimed-1924"),
            iv("manchukuo", "1932-03-01", "1945-08-09", "manchukuo-proclaimed-1932"),
            iv("russia", "1945-08-09", "1946-05-03", "soviet-invasion-of-manchuria-1945",
               "occupation"),
            iv("china", "1946-05-03", None, "soviet-withdrawal-from-manchuria-1946"),
        ],
    },
}


CLAIMS = {
    "shimoda-border-1855": {
        "party": "joint",
        "kind": "treaty-border",
        "from": SHIMODA,
        "until": ST_PETERSBURG,
        "event": "treaty-of-shimoda-1855",
        "names": {
            "en": "Shimoda Treaty border (Vries Strait)",
            "ja": "下田条約の国境（択捉海峡）",
            "ru": "Граница по Симодскому трактату (пролив Фриза)",
        },
        "description": "The Treaty of Shimoda put the border between Iturup and Urup: Iturup and "
        "the islands south of it Japanese, Urup and the islands north of it Russian. Sakhalin "
        "was left undivided.",
    },
    "st-petersburg-border-1875": {
        "party": "joint",
        "kind": "treaty-border",
        "from": ST_PETERSBURG,
        "until": "1945-08-18",
        "event": "treaty-of-st-petersburg-1875",
        "names": {
            "en": "1875 border (First Kuril Strait)",
            "ja": "樺太・千島交換条約の国境（占守海峡）",
            "ru": "Граница 1875 года (Первый Курильский пролив)",
        },
        "description": "By the Treaty of Saint Petersburg Russia took all of Sakhalin and Japan "
        "all the Kurils up to Shumshu: the border ran through the First Kuril Strait between "
        "Shumshu and Cape Lopatka until the Soviet landing on Shumshu in August 1945.",
    },
    "portsmouth-50th-parallel-1905": {
        "party": "joint",
        "kind": "treaty-border",
        "from": PORTSMOUTH,
        "until": "1945-08-25",
        "event": "treaty-of-portsmouth-1905",
        "names": {
            "en": "50th parallel border on Sakhalin",
            "ja": "樺太の北緯50度線国境",
            "ru": "Граница по 50-й параллели на Сахалине",
        },
        "description": "The Treaty of Portsmouth gave Japan Sakhalin south of 50°N; the line was "
        "marked with boundary stones in 1906–1908 and lasted until the Soviet conquest of "
        "southern Sakhalin in August 1945.",
    },
    "japan-claim-four-islands": {
        "party": "japan",
        "kind": "claim",
        "from": "1951-09-08",
        "until": None,
        "event": "san-francisco-peace-treaty-1951",
        "names": {
            "en": "Japan's claim: the four islands (Northern Territories)",
            "ja": "北方領土（北方四島）の返還要求",
            "ru": "Претензия Японии на четыре острова («Северные территории»)",
        },
        "description": "Japan renounced the Kurils at San Francisco but holds that Iturup, "
        "Kunashir, Shikotan and the Habomai were never part of them and are Japanese territory "
        "under Russian occupation.",
    },
    "declaration-1956-transfer": {
        "party": "russia",
        "kind": "proposal",
        "from": "1956-10-19",
        "until": "1960-01-27",
        "event": "soviet-japanese-joint-declaration-1956",
        "names": {
            "en": "1956 Declaration: Shikotan and the Habomai after a peace treaty",
            "ja": "日ソ共同宣言：平和条約締結後の色丹島・歯舞群島の引き渡し",
            "ru": "Декларация 1956 года: передача Шикотана и Хабомаи после мирного договора",
        },
        "description": "In the Joint Declaration the USSR agreed to hand Shikotan and the Habomai "
        "islets to Japan once a peace treaty was signed. Its memorandum of January 1960 added "
        "the withdrawal of foreign troops from Japan as a condition.",
    },
    "declaration-1956-basis": {
        "party": "russia",
        "kind": "proposal",
        "from": "2001-03-25",
        "until": None,
        "event": "irkutsk-statement-2001",
        "names": {
            "en": "1956 Declaration back as the starting point",
            "ja": "交渉の出発点としての1956年日ソ共同宣言",
            "ru": "Декларация 1956 года как отправная точка переговоров",
        },
        "description": "The Irkutsk Statement confirmed the 1956 Declaration, with its promise of "
        "Shikotan and the Habomai, as the starting point of peace-treaty talks, as did the 2018 "
        "Singapore summit. Russia broke off the talks in 2022 but has not withdrawn the text.",
    },
    "manchukuo-claim-khalkhin-gol": {
        "party": "manchukuo",
        "kind": "claim",
        "from": "1935",
        "until": "1940-06-09",
        "event": "manchouli-conference-1935",
        "names": {
            "en": "Manchukuo and Japanese claim: the Khalkhin Gol river",
            "ja": "満洲国・日本の主張する国境（ハルハ河）",
            "ru": "Граница по версии Маньчжоу-го и Японии: река Халхин-Гол",
        },
        "description": "Manchukuo and the Kwantung Army held that the border followed the "
        "Khalkhin Gol river itself, so that the strip east of it up to Nomonhan was Manchurian.",
    },
    "mongolian-claim-nomonhan": {
        "party": "mongolia",
        "kind": "claim",
        "from": "1935",
        "until": "1940-06-09",
        "event": "manchouli-conference-1935",
        "names": {
            "en": "Mongolian and Soviet claim: east of the river near Nomonhan",
            "ja": "モンゴル・ソ連の主張する国境（ノモンハン付近）",
            "ru": "Граница по версии МНР и СССР: восточнее реки, у Номон-Хана",
        },
        "description": "The Mongolian People's Republic and the USSR held that the border ran "
        "east of the Khalkhin Gol, up to about 18 km from it, past the Nomonhan Burd Obo cairn: "
        "close to today's line.",
    },
    "khalkhin-gol-demarcation-1940": {
        "party": "joint",
        "kind": "demarcation",
        "from": "1940-06-09",
        "until": None,
        "event": "khalkhin-gol-border-demarcation-1940",
        "names": {
            "en": "Border agreed and demarcated in 1940–1941",
            "ja": "1940〜41年に画定された国境",
            "ru": "Граница, согласованная и демаркированная в 1940–1941 гг.",
        },
        "description": "After the battle a Soviet–Japanese commission drew the border east of "
        "the river, close to the Mongolian claim; the 1962 Sino-Mongolian treaty kept "
        "essentially this line, which is today's.",
    },
}
