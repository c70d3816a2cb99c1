"""The claimed and agreed lines and areas, drawn by hand from the units: borders across straits,
the 50th parallel, areas around groups of islands."""

import math

import shapely
from shapely.geometry import LineString, Point, box
from shapely.ops import unary_union

from geometry import GRID, buffer_km, from_local_km, local_km, polygons, snap


def strait_line(a, b, half_km, lat0):
    """The perpendicular bisector of the shortest gap between two islands, half_km each side."""
    pa, pb = shapely.ops.nearest_points(local_km(a, lat0), local_km(b, lat0))
    mx, my = (pa.x + pb.x) / 2, (pa.y + pb.y) / 2
    dx, dy = pb.x - pa.x, pb.y - pa.y
    n = math.hypot(dx, dy)
    ux, uy = -dy / n, dx / n
    line = LineString([(mx - ux * half_km, my - uy * half_km), (mx + ux * half_km, my + uy * half_km)])
    gap = n
    return from_local_km(line, lat0), gap


def parallel_line(sakhalin, lat):
    """The parallel across the island, from the west coast to the east coast."""
    cut = LineString([(141.0, lat), (145.5, lat)]).intersection(sakhalin)
    xs = [c[0] for g in getattr(cut, "geoms", [cut]) for c in g.coords]
    return LineString([(min(xs), lat), (max(xs), lat)])


def claim_area(units, exclude, km, close_km, lat0):
    """One area around the islands: a buffer of `km`, gaps narrower than about 2 x `close_km`
    closed (buffer out, then back in), kept 2 km off `exclude` (Hokkaido)."""
    islands = unary_union(units)
    grown = local_km(islands, lat0).buffer(km + close_km, resolution=8)
    blob = from_local_km(grown.buffer(-close_km, resolution=8), lat0)
    blob = blob.union(buffer_km(islands, km, lat0))
    blob = blob.difference(buffer_km(exclude, 2.0, lat0))
    # Drop fragments left on the far side of Hokkaido's capes.
    parts = [p for p in polygons(blob) if p.intersects(islands)]
    return snap(unary_union(parts).simplify(0.004, preserve_topology=True), GRID)


def claim_geometries(islands, kg_units, claim_river, claim_bnd):
    """Each claim's geometry by claim id, from the island units, the Khalkhin Gol units and the
    two lines claimed there (the river and today's boundary)."""
    lines = {}
    it, ur = islands["iturup"], islands["urup"]
    lines["shimoda-border-1855"], gap = strait_line(it, ur, 30, 45.5)
    print(f"Vries Strait gap {gap:.1f} km")
    shumshu = [p for p in islands["northern-kurils"].geoms if p.contains(Point(156.35, 50.75))][0]
    lines["st-petersburg-border-1875"], gap = strait_line(shumshu, islands["kamchatka"], 25, 50.85)
    print(f"First Kuril Strait gap {gap:.1f} km")
    sak = unary_union([islands["southern-sakhalin"], islands["northern-sakhalin"]])
    lines["portsmouth-50th-parallel-1905"] = parallel_line(sak, 50.0)
    four = [islands[k] for k in ("iturup", "kunashir", "shikotan", "habomai")]
    lines["japan-claim-four-islands"] = claim_area(four, islands["hokkaido"], 3.0, 25.0, 44.0)
    two = [islands["shikotan"], islands["habomai"]]
    lines["declaration-1956-transfer"] = claim_area(two, islands["hokkaido"], 1.5, 15.0, 43.6)
    lines["declaration-1956-basis"] = lines["declaration-1956-transfer"]
    lines["japan-claim-two-islands"] = lines["declaration-1956-transfer"]
    # Southern Sakhalin and all the Kurils (Yalta; Japan's title until San Francisco); what Japan
    # renounced as undetermined before and after it claimed the four islands. Kept off Hokkaido,
    # Kamchatka and the islands left out; on Sakhalin the areas end on the 50th parallel.
    north_of_50 = box(139.0, 50.0, 146.0, 56.0)
    mainland = unary_union([islands["hokkaido"], islands["kamchatka"]])

    def renounced(ids, keep_off):
        area = claim_area([islands[k] for k in ids], unary_union([mainland] + keep_off),
                          3.0, 12.0, 47.0)
        # Schematic over a thousand kilometres: simplified to about 1 km.
        area = area.difference(north_of_50).simplify(0.01, preserve_topology=True)
        return snap(area, GRID)

    yalta = renounced(["southern-sakhalin", "iturup", "kunashir", "shikotan", "habomai", "urup",
                       "northern-kurils"], [])
    lines["soviet-claim-yalta-1945"] = yalta
    lines["japan-claim-kurils-sakhalin-1946"] = yalta
    two_off = [islands["shikotan"], islands["habomai"]]
    four_off = [islands[k] for k in ("iturup", "kunashir", "shikotan", "habomai")]
    lines["japan-undetermined-1951"] = renounced(
        ["southern-sakhalin", "iturup", "kunashir", "urup", "northern-kurils"], two_off)
    lines["japan-undetermined-1956"] = renounced(
        ["southern-sakhalin", "urup", "northern-kurils"], four_off)
    # Catherine II's claim: the chain from Kunashir north, kept off Shikotan and the Habomai.
    lines["russia-claim-kurils-1786"] = renounced(
        ["iturup", "kunashir", "urup", "northern-kurils"], two_off)
    # Hashimoto's Kawana proposal put the border where the Treaty of Shimoda had.
    lines["kawana-proposal-1998"] = lines["shimoda-border-1855"]
    # China's claims in the Khalkhin Gol theatre, and the recognitions there: the units
    # themselves.
    for cid in ("soviet-recognition-of-manchukuo-1941", "soviet-recognition-of-chinese-manchuria-1945",
                "japanese-recognition-of-chinese-manchuria-1945"):
        lines[cid] = kg_units["manchurian-side"]
    lines["japanese-recognition-of-mongolia-1941"] = unary_union(
        [kg_units["mongolian-side"], kg_units["khalkhin-gol-strip"]])
    lines["china-claim-outer-mongolia"] = unary_union(
        [kg_units["mongolian-side"], kg_units["khalkhin-gol-strip"]])
    lines["china-claim-manchuria"] = kg_units["manchurian-side"]
    lines["china-claim-barga-1912"] = kg_units["manchurian-side"]
    lines["china-claim-outer-mongolia-1911"] = lines["china-claim-outer-mongolia"]
    lines["manchukuo-claim-khalkhin-gol"] = claim_river
    lines["mongolian-claim-nomonhan"] = claim_bnd
    lines["khalkhin-gol-demarcation-1940"] = claim_bnd
    lines["sino-mongolian-border-1962"] = claim_bnd
    return lines
