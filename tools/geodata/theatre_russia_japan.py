"""The Russia-Japan theatre: the island units from DCW-GMT (Sakhalin Oblast, Kamchatka Krai,
Japan)."""

from shapely.geometry import box
from shapely.ops import unary_union

from geometry import BOX, GRID, area_km2, as_multipolygon, polygons, simplify_island, snap
from sources import dcw_rings

# Group each island (by its centroid) into a unit. Order matters: first match wins.
GROUPS = [
    ("habomai", box(145.84, 43.30, 146.45, 43.68)),
    ("shikotan", box(146.45, 43.66, 147.05, 43.98)),
    ("kunashir", box(145.20, 43.55, 146.60, 44.62)),
    ("iturup", box(146.60, 44.30, 149.05, 45.60)),
    ("urup", box(149.05, 45.45, 150.62, 46.30)),
    ("northern-kurils", box(150.62, 46.30, 156.60, 50.90)),
    ("sakhalin", box(141.00, 45.70, 145.20, 54.50)),
]


def island_units(dcw):
    units = {name: [] for name, _ in GROUPS}
    units["hokkaido"] = []
    units["kamchatka"] = []
    unassigned = []
    for ring in dcw_rings(dcw, "RUSAK"):
        for poly in polygons(ring):
            c = poly.representative_point()
            for name, area in GROUPS:
                if area.contains(c):
                    units[name].append(poly)
                    break
            else:
                unassigned.append(poly)
    if unassigned:
        print("RUSAK rings not assigned:", [p.representative_point().coords[0] for p in unassigned])
    # Kamchatka: its part south of 56 N and west of 160 E (cut off from the isthmus by the box).
    kam = unary_union(dcw_rings(dcw, "RUKAM")).intersection(BOX)
    units["kamchatka"] = [p for p in polygons(kam) if area_km2(p) > 0.05]
    # Hokkaido and its islands: Japanese rings north of the Tsugaru Strait.
    jp = [p for r in dcw_rings(dcw, "JP") for p in polygons(r)]
    honshu = max(jp, key=lambda p: p.area if p.bounds[1] < 40 else 0)
    hok = max(jp, key=lambda p: p.area if p.bounds[1] > 41 else 0)
    for p in jp:
        if p.bounds[1] > 40.5 and p.distance(hok) < p.distance(honshu) and p.intersects(BOX):
            units["hokkaido"].append(p)
    return units


def build_islands(dcw):
    raw = island_units(dcw)
    out = {}
    for name, polys in raw.items():
        simple = [simplify_island(p) for p in polys]
        out[name] = snap(unary_union(simple), GRID)
    # Sakhalin is one island split at the 50th parallel (after simplifying, so the two halves
    # share the cut exactly).
    sak = out.pop("sakhalin")
    out["southern-sakhalin"] = snap(sak.intersection(box(140, 40, 146, 50.0)), GRID)
    out["northern-sakhalin"] = snap(sak.intersection(box(140, 50.0, 146, 56)), GRID)
    return {k: as_multipolygon(v) for k, v in out.items()}, raw
