"""Who controlled each territory unit when: `UNITS`, by unit id (see history.py for the rules
the intervals follow)."""

from history_dates import (
    ANNEXATION,
    MPR,
    PORTSMOUTH,
    SAKHALIN_1905_SURRENDER,
    SHIMODA,
    ST_PETERSBURG,
)


def iv(party, start, until, event, kind=None):
    return {"party": party, "from": start, "until": until, "event": event, "kind": kind}


def four_islands(landing):
    """Iturup, Kunashir, Shikotan, Habomai: Japanese from 1855, Soviet from the landing (each
    unopposed: the garrisons had laid down their arms)."""
    return [
        iv("japan", SHIMODA, landing, "treaty-of-shimoda-1855"),
        iv("russia", landing, ANNEXATION, "soviet-occupation-of-kurils-1945", "occupation"),
        iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
    ]


def north_of_vries(landing, surrender=None):
    """Urup and the islands north-east of it: Russian 1855, Japanese 1875, Soviet 1945. With a
    `surrender` date the landing was opposed: Japanese and contested from the landing until the
    garrison's surrender."""
    held = [
        iv("russia", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
        iv("japan", ST_PETERSBURG, landing, "treaty-of-st-petersburg-1875"),
    ]
    if surrender:
        held.append(iv("japan", landing, surrender, "soviet-occupation-of-kurils-1945",
                       "contested"))
    return held + [
        iv("russia", surrender or landing, ANNEXATION, "soviet-occupation-of-kurils-1945",
           "occupation"),
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
        # Shumshu landing 18 August 1945; the garrison of Shumshu and Paramushir surrendered on
        # 23 August.
        "control": north_of_vries("1945-08-18", "1945-08-23"),
    },
    "southern-sakhalin": {
        "names": {
            "en": "Southern Sakhalin (Karafuto)",
            "ja": "南樺太",
            "ru": "Южный Сахалин (Карафуто)",
        },
        "region": "sakhalin",
        "control": [
            iv("joint", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
            iv("russia", ST_PETERSBURG, "1905-07-07", "treaty-of-st-petersburg-1875"),
            iv("russia", "1905-07-07", SAKHALIN_1905_SURRENDER,
               "japanese-occupation-of-sakhalin-1905", "contested"),
            iv("japan", SAKHALIN_1905_SURRENDER, PORTSMOUTH,
               "japanese-occupation-of-sakhalin-1905", "occupation"),
            iv("japan", PORTSMOUTH, "1945-08-11", "treaty-of-portsmouth-1905"),
            # Fighting from the crossing of the 50th parallel (11 August) until the last of the
            # south (Toyohara, Otomari) was taken on 25 August.
            iv("japan", "1945-08-11", "1945-08-25", "soviet-occupation-of-southern-sakhalin-1945",
               "contested"),
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
            iv("russia", "1905-07-24", SAKHALIN_1905_SURRENDER,
               "japanese-occupation-of-sakhalin-1905", "contested"),
            iv("japan", SAKHALIN_1905_SURRENDER, PORTSMOUTH,
               "japanese-occupation-of-sakhalin-1905", "occupation"),
            # The landing of April 1920 met no resistance: occupation from the landing.
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
            "ru": "Хулунбуир (Барга), Маньчжурия",
        },
        "region": "khalkhin-gol",
        "control": [
            iv("china", MPR, "1932-03-01", "mongolian-peoples-republic-proclaimed-1924"),
            iv("manchukuo", "1932-03-01", "1945-08-09", "manchukuo-proclaimed-1932"),
            # Fighting from the invasion of 9 August until the Kwantung Army's surrender
            # (main operations to 20 August).
            iv("manchukuo", "1945-08-09", "1945-08-20", "soviet-invasion-of-manchuria-1945",
               "contested"),
            iv("russia", "1945-08-20", "1946-05-03", "soviet-invasion-of-manchuria-1945",
               "occupation"),
            iv("china", "1946-05-03", None, "soviet-withdrawal-from-manchuria-1946"),
        ],
    },
}
