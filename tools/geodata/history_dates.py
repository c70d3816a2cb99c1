"""The dates that both halves of the history (history_units.py, history_claims.py) share."""

# The Russia-Japan theatre opens with the Treaty of Shimoda; the Khalkhin Gol theatre with the
# proclamation of the Mongolian People's Republic.
SHIMODA = "1855-02-07"
ST_PETERSBURG = "1875-05-07"
PORTSMOUTH = "1905-09-05"
ANNEXATION = "1946-02-02"
MPR = "1924-11-26"
# Japan's positions on the Kurils: San Francisco (renunciation; Shikotan and the Habomai kept as
# part of Hokkaido), then the government's view of 11 February 1956 that Kunashiri and Etorofu
# were never part of the renounced Kurils (the four-island claim).
SAN_FRANCISCO = "1951-09-08"
# Japan's renunciation took effect when the treaty came into force.
SAN_FRANCISCO_IN_FORCE = "1952-04-28"
FOUR_ISLANDS = "1956-02-11"
# Sakhalin 1905: Japanese landings in the south (7 July) and the north (24 July); resistance on
# the island ended with General Lyapunov's capitulation of 31 July.
SAKHALIN_1905_SURRENDER = "1905-07-31"
