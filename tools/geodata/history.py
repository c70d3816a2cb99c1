"""Who controlled each territory unit when, and which lines were claimed or agreed.

This is the hand-written, historical half of the geodata: build.py attaches it to geometry drawn
from the source packages. It is written in history_units.py (who held each unit when, `UNITS`)
and history_claims.py (the lines and areas, `CLAIMS`), from the dates in history_dates.py.
Every `event` must be an id of geodata/events.json (checked by model/tests/geography.rs). Dates
are ISO at the precision known; `until` is exclusive and None means "still today". A unit's
intervals are contiguous from its first date. The rationale for each date is in geodata/README.md.

Invasions follow one rule (geodata/README.md, "Invasions"): a unit stays its defender's, kind
"contested", while fighting goes on inside it, and passes to the invader, kind "occupation",
when resistance in it ends, or at once on an unopposed landing; plain control comes only with a
treaty or an annexation.
"""

from history_claims import CLAIMS
from history_units import UNITS

__all__ = ["CLAIMS", "UNITS"]
