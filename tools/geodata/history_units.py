"""Who controlled each territory unit when: `UNITS`, by unit id (see history.py for the rules
the intervals follow)."""

from history_dates import (
    ANNEXATION,
    PORTSMOUTH,
    SAKHALIN_1905_SURRENDER,
    SHIMODA,
    ST_PETERSBURG,
)


def iv(party, start, until, event, kind=None):
    return {"party": party, "from": start, "until": until, "event": event, "kind": kind}


def bg(party, start, until, reference):
    """A period that began before the record's first event (or that no event of the record
    dates): background, with its standard reference."""
    return {"party": party, "from": start, "until": until, "event": None, "reference": reference,
            "kind": None}


# Before the record opens (1786) no state ruled the Ainu, Nivkh and Uilta lands of Sakhalin and
# the middle Kurils; Matsumae held southern Ezo and traded further; Russia took tribute in the
# northern Kurils and ruled Kamchatka; the Qing ruled Khalkha and Hulunbuir.
START = "1786"
STEPHAN_KURILS = "J. J. Stephan, The Kuril Islands: Russo-Japanese Frontier in the Pacific (1974)"
STEPHAN_SAKHALIN = "J. J. Stephan, Sakhalin: A History (1971)"
WALKER = "B. L. Walker, The Conquest of Ainu Lands (2001)"
QING_MONGOLIA = "C. R. Bawden, The Modern History of Mongolia (1968); A. D. Coox, Nomonhan (1985)"
QING_BARGA = "C. P. Atwood, Encyclopedia of Mongolia and the Mongol Empire (2004), “Hulun Buir”"
EAST_EZO = "shogunate-direct-rule-of-east-ezo-1799"


def four_islands(landing, before):
    """Iturup, Kunashir, Shikotan, Habomai: Japanese (under the shogunate's direct rule of East
    Ezo from 1799), Soviet from the landing (each unopposed: the garrisons had laid down their
    arms). `before`: who held the island before 1799."""
    return before + [
        iv("japan", "1799", landing, EAST_EZO),
        iv("russia", landing, ANNEXATION, "soviet-occupation-of-kurils-1945", "occupation"),
        iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
    ]


def north_of_vries(landing, surrender=None, first=None):
    """Urup and the islands north-east of it: Russian 1855 (or `first`, until 1875), Japanese
    1875, Soviet 1945. With a `surrender` date the landing was opposed: Japanese and contested
    from the landing until the garrison's surrender."""
    held = first or [iv("russia", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855")]
    held = held + [iv("japan", ST_PETERSBURG, landing, "treaty-of-st-petersburg-1875")]
    if surrender:
        held.append(iv("japan", landing, surrender, "soviet-occupation-of-kurils-1945",
                       "contested"))
    return held + [
        iv("russia", surrender or landing, ANNEXATION, "soviet-occupation-of-kurils-1945",
           "occupation"),
        iv("russia", ANNEXATION, None, "soviet-annexation-decree-1946"),
    ]


MANCHUKUO_END = "1945-08-18"


def mongolia_until(end, reference):
    """Khalkha under the Qing from the Dolon Nor assembly of 1691; Bogd Khan Mongolia from December 1911; Chinese again when its
    autonomy was abolished in November 1919; the people's government from July 1921 (the
    Mongolian People's Republic from 1924) — up to `end`."""
    return [
        bg("china", "1691", "1911-12-29", reference),
        iv("mongolia", "1911-12-29", "1919-11-22", "mongolian-independence-bogd-khanate-1911"),
        iv("china", "1919-11-22", "1921-07-11", "mongolian-autonomy-abolished-1919"),
        iv("mongolia", "1921-07-11", end, "mongolian-revolution-1921"),
    ]


UNITS = {
    "iturup": {
        "names": {"en": "Iturup (Etorofu)", "ja": "択捉島", "ru": "Итуруп"},
        "region": "kurils",
        # Ainu lands, where Russian traders had taken tribute and which Mogami Tokunai surveyed
        # for the shogunate in 1786, until the shogunate's direct rule of 1799.
        "control": four_islands("1945-08-28", [bg("indigenous", START, "1799", STEPHAN_KURILS)]),
    },
    "kunashir": {
        "names": {"en": "Kunashir (Kunashiri)", "ja": "国後島", "ru": "Кунашир"},
        "region": "kurils",
        # The Matsumae domain's trading post on Kunashiri from 1754.
        "control": four_islands("1945-09-01", [bg("japan", "1754", "1799", WALKER)]),
    },
    "shikotan": {
        "names": {"en": "Shikotan", "ja": "色丹島", "ru": "Шикотан"},
        "region": "kurils",
        # Within the Matsumae domain's Nemuro trading area.
        "control": four_islands("1945-09-01", [bg("japan", START, "1799", WALKER)]),
    },
    "habomai": {
        "names": {"en": "Habomai islets", "ja": "歯舞群島", "ru": "острова Хабомаи"},
        "region": "kurils",
        "control": four_islands("1945-09-03", [bg("japan", START, "1799", WALKER)]),
    },
    "urup": {
        "names": {"en": "Urup (Uruppu)", "ja": "得撫島", "ru": "Уруп"},
        "region": "kurils",
        # Ainu lands with a Russian-American Company settlement in 1795–1805; claimed by Russia
        # from 1786 and by Japan from 1801.
        "control": north_of_vries("1945-08-31", first=[
            bg("indigenous", START, SHIMODA, STEPHAN_KURILS),
            iv("russia", SHIMODA, ST_PETERSBURG, "treaty-of-shimoda-1855"),
        ]),
    },
    "northern-kurils": {
        "names": {
            "en": "Kurils north-east of Urup (Simushir to Shumshu)",
            "ja": "得撫島より北の千島列島（新知島〜占守島）",
            "ru": "Курилы северо-восточнее Урупа (от Симушира до Шумшу)",
        },
        "region": "kurils",
        # Shumshu landing 18 August 1945; the garrison of Shumshu and Paramushir surrendered on
        # 23 August.
        # Russian tribute from the Kuril Ainu since the 1710s–1750s.
        "control": north_of_vries("1945-08-18", "1945-08-23",
                                  first=[bg("russia", START, ST_PETERSBURG, STEPHAN_KURILS)]),
    },
    "southern-sakhalin": {
        "names": {
            "en": "Southern Sakhalin (Karafuto)",
            "ja": "南樺太（サハリン南部）",
            "ru": "Южный Сахалин (Карафуто)",
        },
        "region": "sakhalin",
        # Ainu, Nivkh and Uilta lands under Qing tribute, with Japanese trading posts on Aniwa
        # Bay (from 1790) and a Russian post in 1853–1854, until the Treaty of Shimoda.
        "control": [
            bg("indigenous", START, SHIMODA, STEPHAN_SAKHALIN),
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
        "names": {"en": "Northern Sakhalin", "ja": "北サハリン（北樺太）", "ru": "Северный Сахалин"},
        "region": "sakhalin",
        "control": [
            bg("indigenous", START, SHIMODA, STEPHAN_SAKHALIN),
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
        # The Matsumae domain from 1604 (southern Ezo, and trading posts among the Ainu beyond);
        # the shogunate's direct rule in 1799/1807–1821 and again from 1855.
        "control": [bg("japan", "1604", None, WALKER)],
    },
    "kamchatka": {
        "names": {"en": "Kamchatka", "ja": "カムチャツカ半島", "ru": "Камчатка"},
        "region": "general",
        # Russian since the conquest of 1697–1731.
        "control": [bg("russia", START, None,
                       "J. J. Stephan, The Russian Far East: A History (1994)")],
    },
    "khalkhin-gol-strip": {
        "names": {
            "en": "Strip between the Khalkhin Gol and Nomonhan",
            "ja": "ハルハ河とノモンハンの間の帯状地域",
            "ru": "Полоса между Халхин-Голом и Номон-Ханом",
        },
        "region": "khalkhin-gol",
        # Khalkha's side of the banner boundary the Qing marked with cairns (obo), the Nomonhan
        # Burd Obo among them; then held as Eastern Mongolia was.
        "control": mongolia_until("1939-05-11", QING_MONGOLIA) + [
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
        "control": mongolia_until(None, QING_MONGOLIA),
    },
    "manchurian-side": {
        "names": {
            "en": "Hulunbuir (Barga), Manchuria",
            "ja": "ホロンバイル（満洲）",
            "ru": "Хулунбуир (Барга), Маньчжурия",
        },
        "region": "khalkhin-gol",
        "control": [
            bg("china", START, "1912-01-15", QING_BARGA),
            # Barga's rising of January 1912 joined Bogd Khan Mongolia; the Sino-Russian
            # agreement of 1915 made it a special district of China.
            iv("mongolia", "1912-01-15", "1915-11-06", "hulunbuir-joins-bogd-khanate-1912"),
            iv("china", "1915-11-06", "1932-03-01", "hulunbuir-special-district-1915"),
            iv("manchukuo", "1932-03-01", "1945-08-09", "manchukuo-proclaimed-1932"),
            # Fighting from the invasion of 9 August until Hailar fell and Manchukuo was
            # dissolved, on 18 August; then Soviet occupation.
            iv("manchukuo", "1945-08-09", MANCHUKUO_END, "soviet-invasion-of-manchuria-1945",
               "contested"),
            iv("russia", MANCHUKUO_END, "1946-05-03", "manchukuo-dissolved-1945",
               "occupation"),
            iv("china", "1946-05-03", None, "soviet-withdrawal-from-manchuria-1946"),
        ],
    },
}
