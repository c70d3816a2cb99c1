"""The lines and areas that were claimed or agreed, and when: `CLAIMS`, by claim id (see
history.py for what the dates mean)."""

from history_dates import (
    ANNEXATION,
    FOUR_ISLANDS,
    PORTSMOUTH,
    SAN_FRANCISCO_IN_FORCE,
    SHIMODA,
    ST_PETERSBURG,
)

# The units each claim lists (`units`): for an area, the units whose label point lies inside it
# (build.py checks that the area covers exactly these); for a claimed line, the units on the
# claimant's side of it that it disputes. A claim of kind "claim" makes them its party's in that
# party's map; one of kind "undetermined", no one's.
KURILS = ["iturup", "kunashir", "shikotan", "habomai", "urup", "northern-kurils"]

CLAIMS = {
    "russia-claim-kurils-1786": {
        "party": "russia",
        "kind": "claim",
        "from": "1786",
        "until": SHIMODA,
        "event": "catherine-ii-claims-kurils-1786",
        "names": {
            "en": "Russian claim: the Kurils from Kunashir north (1786–1855)",
            "ja": "ロシアの主張：国後島以北の島々（1786〜1855年）",
            "ru": "Притязание России: Курилы от Кунашира на север (1786–1855)",
        },
        "description": "Under Catherine II Russia asserted sovereignty over the Kuril Islands in "
        "1786 on the ground that Russian explorers had found them; Japan holds that it had laid "
        "claim to them earlier. The area shows the islands from Kunashir north; the claim stood "
        "until the Treaty of Shimoda drew the border between Iturup and Urup.",
        "units": ["iturup", "kunashir", "urup", "northern-kurils"],
    },
    "shimoda-border-1855": {
        "party": "joint",
        "kind": "treaty-border",
        "from": SHIMODA,
        "until": ST_PETERSBURG,
        "event": "treaty-of-shimoda-1855",
        "names": {
            "en": "Shimoda Treaty border (Vries Strait)",
            "ja": "日露和親条約の国境（択捉海峡）",
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
        "until": "1945-08-23",
        "event": "treaty-of-st-petersburg-1875",
        "names": {
            "en": "1875 border (First Kuril Strait)",
            "ja": "樺太・千島交換条約の国境（占守海峡）",
            "ru": "Граница 1875 года (Первый Курильский пролив)",
        },
        "description": "By the Treaty of Saint Petersburg Russia took all of Sakhalin and Japan "
        "all the Kurils up to Shumshu: the border ran through the First Kuril Strait between "
        "Shumshu and Cape Lopatka until the Japanese garrison of the northern Kurils "
        "surrendered to the Soviet forces that had landed on Shumshu, in August 1945.",
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
    "soviet-claim-yalta-1945": {
        "party": "russia",
        "kind": "claim",
        "from": "1945-02-11",
        "until": ANNEXATION,
        "event": "yalta-agreement-1945",
        "names": {
            "en": "Soviet claim: southern Sakhalin and the Kurils (Yalta)",
            "ja": "ソ連の主張：南樺太と千島列島・北方四島（ヤルタ協定）",
            "ru": "Притязание СССР: Южный Сахалин и Курилы (Ялтинское соглашение)",
        },
        "description": "At Yalta the USSR made the return of southern Sakhalin and the handing "
        "over of the Kuril Islands a condition of its entry into the war against Japan, and the "
        "United States and Britain agreed. The agreement stayed secret until February 1946; the "
        "USSR took the territories in August–September 1945 and annexed them by the decree of "
        "2 February 1946.",
        "units": KURILS + ["southern-sakhalin"],
    },
    "japan-claim-kurils-sakhalin-1946": {
        "party": "japan",
        "kind": "claim",
        "from": ANNEXATION,
        "until": SAN_FRANCISCO_IN_FORCE,
        "event": "soviet-annexation-decree-1946",
        "names": {
            "en": "Japan's position until the peace treaty: southern Sakhalin and the Kurils "
            "still Japanese",
            "ja": "平和条約発効までの日本の立場：南樺太・千島列島・北方四島はなお日本領",
            "ru": "Позиция Японии до вступления в силу мирного договора: Южный Сахалин и "
            "Курилы — японские",
        },
        "description": "Japan, under Allied occupation, did not recognise the Soviet annexation "
        "decree of February 1946: in its view southern Sakhalin and the Kurils remained "
        "Japanese in law until a peace treaty disposed of them, although an Allied directive "
        "(SCAPIN-677, January 1946) had suspended its administration there. It renounced them "
        "at San Francisco.",
        "units": KURILS + ["southern-sakhalin"],
    },
    "japan-claim-two-islands": {
        "party": "japan",
        "kind": "claim",
        "from": SAN_FRANCISCO_IN_FORCE,
        "until": FOUR_ISLANDS,
        "event": "san-francisco-peace-treaty-1951",
        "names": {
            "en": "Japan's claim: Shikotan and the Habomai (1952–1956)",
            "ja": "日本の主張：色丹島・歯舞群島（1952〜56年）",
            "ru": "Притязание Японии: Шикотан и Хабомаи (1952–1956)",
        },
        "description": "At San Francisco Japan renounced the Kurils, with effect from the "
        "treaty's entry into force on 28 April 1952, but held Shikotan and the "
        "Habomai to be part of Hokkaido, not of the Kurils, and so still Japanese. On "
        "19 October 1951 the head of the Foreign Ministry's Treaties Bureau, Nishimura Kumao, "
        "told the Diet that the renounced Kurils included Etorofu and Kunashiri; Japan claimed "
        "only these two islands until 1956.",
        "units": ["shikotan", "habomai"],
    },
    "japan-undetermined-1951": {
        "party": "japan",
        "kind": "undetermined",
        "from": SAN_FRANCISCO_IN_FORCE,
        "until": FOUR_ISLANDS,
        "event": "san-francisco-peace-treaty-1951",
        "names": {
            "en": "Renounced by Japan, title undetermined (1952–1956)",
            "ja": "日本が放棄し帰属未定とする地域（1952〜56年）",
            "ru": "Отказ Японии, принадлежность не определена (1952–1956)",
        },
        "description": "By Article 2 of the San Francisco treaty, in force from 28 April 1952, "
        "Japan renounced southern "
        "Sakhalin and the Kurils without naming who was to have them, and the USSR did not "
        "sign: in Japan's view no one has title to them yet. Until 1956 it counted Etorofu and "
        "Kunashiri among the renounced Kurils.",
        "units": ["iturup", "kunashir", "urup", "northern-kurils", "southern-sakhalin"],
    },
    "japan-claim-four-islands": {
        "party": "japan",
        "kind": "claim",
        "from": FOUR_ISLANDS,
        "until": None,
        "event": "japan-claims-kunashiri-and-etorofu-1956",
        "names": {
            "en": "Japan's claim: the four islands (Northern Territories)",
            "ja": "日本の主張：北方四島（日本の呼称では北方領土）",
            "ru": "Притязание Японии: четыре острова («Северные территории»)",
        },
        "description": "Since the government's statement to the Diet of 11 February 1956, made "
        "during the London normalisation talks, Japan has held that Etorofu and Kunashiri, like "
        "Shikotan and the Habomai, were never part of the Kurils it renounced at San Francisco, "
        "and that all four are Japanese territory under Russian occupation.",
        "units": ["iturup", "kunashir", "shikotan", "habomai"],
    },
    "japan-undetermined-1956": {
        "party": "japan",
        "kind": "undetermined",
        "from": FOUR_ISLANDS,
        "until": None,
        "event": "japan-claims-kunashiri-and-etorofu-1956",
        "names": {
            "en": "Renounced by Japan, title undetermined (since 1956)",
            "ja": "日本が放棄し帰属未定とする地域（1956年以降）",
            "ru": "Отказ Японии, принадлежность не определена (с 1956 года)",
        },
        "description": "Since it has claimed all four southern islands, Japan regards only "
        "southern Sakhalin and the Kurils from Urup northwards as renounced at San Francisco: "
        "no treaty has given them to the USSR or Russia, so in its view their ownership is "
        "still undetermined, and Japanese maps leave them uncoloured.",
        "units": ["urup", "northern-kurils", "southern-sakhalin"],
    },
    "declaration-1956-transfer": {
        "party": "russia",
        "kind": "commitment",
        # In force from the exchange of ratifications.
        "from": "1956-12-12",
        "until": "1960-01-27",
        "event": "soviet-japanese-joint-declaration-1956",
        "names": {
            "en": "1956 Declaration: Shikotan and the Habomai after a peace treaty",
            "ja": "日ソ共同宣言：平和条約締結後の色丹島・歯舞群島の引き渡し",
            "ru": "Декларация 1956 года: передача Шикотана и Хабомаи после мирного договора",
        },
        "description": "By Article 9 of the Joint Declaration, signed on 19 October and ratified "
        "by both states (in force 12 December 1956), the USSR agreed to hand Shikotan and the "
        "Habomai islets to Japan once a peace treaty was concluded. Its memorandum of "
        "27 January 1960 made the handover depend also on the withdrawal of all foreign troops "
        "from Japan; Japan rejected this as a unilateral change to a ratified treaty, and "
        "Moscow went on to deny that any territorial question existed.",
    },
    "declaration-1956-basis": {
        "party": "russia",
        "kind": "commitment",
        "from": "2001-03-25",
        "until": None,
        "event": "irkutsk-statement-2001",
        "names": {
            "en": "1956 Declaration back as the starting point",
            "ja": "交渉の出発点としての1956年日ソ共同宣言",
            "ru": "Декларация 1956 года как отправная точка переговоров",
        },
        "description": "The 1993 Tokyo Declaration confirmed that all treaties and agreements "
        "between Japan and the USSR applied between Japan and Russia, without naming the 1956 "
        "Declaration; the Irkutsk Statement of 2001 named it as the basic legal document and "
        "starting point of peace-treaty talks, so that its promise of Shikotan and the Habomai "
        "stood again, as the 2018 Singapore summit confirmed. Russia broke off the talks in "
        "2022 but has not withdrawn the text.",
    },
    "manchukuo-claim-khalkhin-gol": {
        "party": "manchukuo",
        "kind": "claim",
        "from": "1935",
        "until": "1940-06-09",
        "event": "manchouli-conference-1935",
        # Japan (Tokyo and the Kwantung Army) held the same line.
        "also": ["japan"],
        "names": {
            "en": "Manchukuo and Japanese claim: the Khalkhin Gol river",
            "ja": "満洲国・日本の主張する国境（ハルハ河）",
            "ru": "Притязание Маньчжоу-го и Японии: граница по реке Халхин-Гол",
        },
        "description": "Manchukuo and the Kwantung Army held that the border followed the "
        "Khalkhin Gol river itself, so that the strip east of it up to Nomonhan was Manchurian.",
        "units": ["khalkhin-gol-strip"],
    },
    "mongolian-claim-nomonhan": {
        "party": "mongolia",
        "kind": "claim",
        "from": "1935",
        "until": "1940-06-09",
        "event": "manchouli-conference-1935",
        "also": ["russia"],
        "names": {
            "en": "Mongolian and Soviet claim: east of the river near Nomonhan",
            "ja": "モンゴル・ソ連の主張する国境（ノモンハン付近）",
            "ru": "Притязание МНР и СССР: граница восточнее реки, у Номон-Хана",
        },
        "description": "The Mongolian People's Republic and the USSR held that the border ran "
        "east of the Khalkhin Gol, up to about 18 km from it, past the Nomonhan Burd Obo cairn: "
        "close to today's line. The strip was Mongolia's own, and Mongolia held it.",
        "units": ["khalkhin-gol-strip"],
    },
    "khalkhin-gol-demarcation-1940": {
        "party": "joint",
        "kind": "demarcation",
        "from": "1940-06-09",
        "until": "1962-12-26",
        "event": "khalkhin-gol-border-demarcation-1940",
        "names": {
            "en": "Border agreed and demarcated in 1940–1941",
            "ja": "1940年に合意され1940〜41年に標定された国境",
            "ru": "Граница, согласованная и демаркированная в 1940–1941 гг.",
        },
        "description": "After the battle a Soviet–Japanese commission drew the border east of "
        "the river, close to the Mongolian claim. It stayed the line on the ground until the "
        "Sino-Mongolian boundary treaty of 1962, which kept essentially this line.",
    },
    "sino-mongolian-border-1962": {
        "party": "china-mongolia",
        "kind": "treaty-border",
        "from": "1962-12-26",
        "until": None,
        "event": "sino-mongolian-boundary-treaty-1962",
        "names": {
            "en": "Sino-Mongolian treaty border (1962)",
            "ja": "中蒙国境条約による国境（1962年）",
            "ru": "Граница по китайско-монгольскому договору 1962 года",
        },
        "description": "The People's Republic of China and the Mongolian People's Republic "
        "delimited their whole border by the treaty of 26 December 1962 and demarcated it under "
        "the protocol of 1964. Near Nomonhan it keeps essentially the 1940 line east of the "
        "Khalkhin Gol: today's boundary.",
    },
    "china-claim-outer-mongolia-1911": {
        "party": "china",
        "kind": "claim",
        "from": "1911-12-29",
        "until": "1924-05-31",
        "event": "mongolian-independence-bogd-khanate-1911",
        "names": {
            "en": "Chinese claim: Outer Mongolia (1911–1924)",
            "ja": "中国の主張：外モンゴル（1911〜24年）",
            "ru": "Притязание Китая: Внешняя Монголия (1911–1924)",
        },
        "description": "The Republic of China, the Qing's successor, never recognised Bogd Khan "
        "Mongolia's independence: by the Sino-Russian declaration of 1913 and the Kyakhta "
        "agreement of 1915 Outer Mongolia was an autonomous part of China, whose autonomy "
        "Beijing abolished in 1919.",
        "units": ["khalkhin-gol-strip", "mongolian-side"],
    },
    "china-claim-barga-1912": {
        "party": "china",
        "kind": "claim",
        "from": "1912-01-15",
        "until": "1915-11-06",
        "event": "hulunbuir-joins-bogd-khanate-1912",
        "names": {
            "en": "Chinese claim: Hulunbuir (Barga), 1912–1915",
            "ja": "中国の主張：ホロンバイル（バルガ）（1912〜15年）",
            "ru": "Притязание Китая: Хулунбуир (Барга), 1912–1915",
        },
        "description": "China did not recognise Barga's joining of Bogd Khan Mongolia; the "
        "Sino-Russian agreement of November 1915 returned Hulunbuir to China as a special "
        "district.",
        "units": ["manchurian-side"],
    },
    "china-claim-outer-mongolia": {
        "party": "china",
        "kind": "claim",
        "from": "1924-05-31",
        "until": "1946-01-05",
        "event": "sino-soviet-agreement-1924",
        "names": {
            "en": "Chinese claim: Outer Mongolia (until 1946)",
            "ja": "中国の主張：外モンゴル（1946年まで）",
            "ru": "Притязание Китая: Внешняя Монголия (до 1946 года)",
        },
        "description": "The Republic of China held Outer Mongolia, the Mongolian People's "
        "Republic included, to be part of China, as the USSR itself had recognised in the 1924 "
        "agreement. China recognised Mongolia's independence only on 5 January 1946, after the "
        "plebiscite of October 1945.",
        "units": ["khalkhin-gol-strip", "mongolian-side"],
    },
    "china-claim-manchuria": {
        "party": "china",
        "kind": "claim",
        "from": "1932-03-01",
        "until": "1946-05-03",
        "event": "manchukuo-proclaimed-1932",
        "names": {
            "en": "Chinese claim: Manchuria under Manchukuo",
            "ja": "中国の主張：満洲国支配下の満洲",
            "ru": "Притязание Китая: Маньчжурия под властью Маньчжоу-го",
        },
        "description": "The Republic of China never recognised Manchukuo, and neither did the "
        "League of Nations (1933): in China's view Manchuria, Hulunbuir included, remained "
        "Chinese territory under Japanese occupation, and then under Soviet occupation until "
        "Chinese authority returned in May 1946.",
        "units": ["manchurian-side"],
    },
    "kawana-proposal-1998": {
        "party": "japan",
        "kind": "proposal",
        "from": "1998-04-18",
        "until": "1998-11-13",
        "event": "kawana-summit-1998",
        "names": {
            "en": "Japan's Kawana proposal: a border north of Iturup (1998)",
            "ja": "日本の川奈提案：択捉島の北に国境線（1998年）",
            "ru": "Предложение Японии в Кавана: граница севернее Итурупа (1998)",
        },
        "description": "At Kawana in April 1998 Prime Minister Hashimoto proposed drawing the "
        "border between Iturup and Urup, the four islands to stay under Russian administration "
        "for a time. Russia answered at the Moscow summit of November 1998 with a counter-"
        "proposal that left the border for later, and the line was not taken up.",
    },
    "soviet-recognition-of-manchukuo-1941": {
        "party": "russia",
        "kind": "recognition",
        "recognises": "manchukuo",
        "from": "1941-04-13",
        "until": "1945-08-09",
        "event": "soviet-japanese-neutrality-pact-1941",
        "names": {
            "en": "Soviet pledge to respect Manchukuo's territorial integrity (1941)",
            "ja": "ソ連の約束：満洲国の領土保全と不可侵の尊重（1941年）",
            "ru": "Обязательство СССР уважать территориальную целостность Маньчжоу-го (1941)",
        },
        "description": "By the frontier declaration signed with the neutrality pact on "
        "13 April 1941 the USSR pledged to respect the territorial integrity and inviolability "
        "of Manchukuo, until it went to war with Japan on 9 August 1945.",
        "units": ["manchurian-side"],
    },
    "japanese-recognition-of-mongolia-1941": {
        "party": "japan",
        "kind": "recognition",
        "recognises": "mongolia",
        "from": "1941-04-13",
        "until": "1945-08-09",
        "event": "soviet-japanese-neutrality-pact-1941",
        "names": {
            "en": "Japanese pledge to respect the Mongolian People's Republic's territorial "
            "integrity (1941)",
            "ja": "日本の約束：モンゴル人民共和国の領土保全と不可侵の尊重（1941年）",
            "ru": "Обязательство Японии уважать территориальную целостность МНР (1941)",
        },
        "description": "By the same declaration of 13 April 1941 Japan pledged to respect the "
        "territorial integrity and inviolability of the Mongolian People's Republic, until "
        "the war of August 1945.",
        "units": ["khalkhin-gol-strip", "mongolian-side"],
    },
    "soviet-recognition-of-chinese-manchuria-1945": {
        "party": "russia",
        "kind": "recognition",
        "recognises": "china",
        "from": "1945-08-14",
        "until": None,
        "event": "sino-soviet-treaty-1945",
        "names": {
            "en": "Soviet recognition of Chinese sovereignty over Manchuria (1945)",
            "ja": "ソ連による満洲に対する中国の主権の承認（1945年）",
            "ru": "Признание Советским Союзом суверенитета Китая над Маньчжурией (1945)",
        },
        "description": "With the Sino-Soviet treaty of 14 August 1945 the USSR recognised "
        "Manchuria as part of China and undertook to withdraw its troops; it held Hulunbuir "
        "under military occupation until May 1946.",
        "units": ["manchurian-side"],
    },
    "japanese-recognition-of-chinese-manchuria-1945": {
        "party": "japan",
        "kind": "recognition",
        "recognises": "china",
        "from": "1945-08-14",
        "until": None,
        "event": "japanese-capitulation-announcement-1945",
        "names": {
            "en": "Japan accepts the Potsdam terms: Manchuria to be restored to China (1945)",
            "ja": "日本のポツダム宣言受諾：満洲の中国への返還（1945年）",
            "ru": "Япония принимает условия Потсдамской декларации: Маньчжурия должна быть "
            "возвращена Китаю (1945)",
        },
        "description": "Accepting the Potsdam Declaration on 14 August 1945, Japan accepted its "
        "terms, among them the Cairo Declaration's that Manchuria be restored to the Republic "
        "of China.",
        "units": ["manchurian-side"],
    },
}
