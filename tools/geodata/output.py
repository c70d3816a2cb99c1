"""Writes the GeoJSON files: features with rounded coordinates, one feature per line."""

import json
import os

import shapely
from shapely.geometry import mapping


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
