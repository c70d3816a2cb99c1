"""The Khalkhin Gol theatre: the river and today's boundary from GSHHG WDB-II, and the units
(the strip between them, the Mongolian and the Manchurian side) cut from them."""

import os

import shapely
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import split, unary_union

from geometry import GRID, TOL_LINE, area_km2, as_multipolygon, local_km, polygons, snap
from sources import gshhg_segments

# The Khalkhin Gol theatre: the local polygons split by the claim lines.
KG_BOX = box(117.6, 47.0, 120.0, 48.5)


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
