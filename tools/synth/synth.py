#!/usr/bin/env python3
"""Writes a synthetic but valid geodata folder, for testing the atlas at larger sizes.

    python3 tools/synth/synth.py --events 50000 --territory-factor 10 --out target/synth/50000
    python3 tools/synth/synth.py --kind distinct --events 50000 --out target/synth/distinct-50000

The folder holds the six files the app loads (atlas.json, events.json, sources.json,
territories.geojson, claims.geojson, base.geojson), built from the committed geodata/:

- events.json, --kind copies (the default): the committed events, then copies of them
  (round-robin) until there are --events in all. A copy keeps the shape of its original (kind, regions, basis, quoted
  passages from the same sources, notes, ...) but gets a new unique id ("<id>-copy-<n>"), a
  numbered title and a new date drawn at random over the committed time span, at the
  original's precision (year, month or day). A span keeps its length and the precision of its
  end. The events the territories and claims refer to are always kept, so every reference
  stays valid. The file is sorted by first day, like the committed one.
- events.json, --kind distinct: the committed events the territories and claims refer to,
  then events that share nothing but their shape: "synthetic-event-<n>", titled "Synthetic
  event <n>", a two-sentence summary naming its number, one region each (kurils, sakhalin,
  khalkhin-gol, mongolia, general in turn), the ten kinds in turn, one passage with a short
  invented quote from one of the committed sources (in turn), a note on every tenth, and a
  day drawn uniformly from 1700-01-01 to 2025-12-31. Sorted by first day as well, and written
  on one line, as a program that exports JSON writes it (the copies are indented, as the
  committed file is): a reader that measures where each entry is must not rescan the line.
- territories.geojson and claims.geojson: the committed units and claims where they are, plus
  --territory-factor - 1 copies of the whole set. Each copy is the committed map scaled down
  into its own cell of a grid laid over empty land west of Hokkaido (120.5-139 E, 40.2-55.8 N,
  inside the atlas box 115-160 E, 40-56 N), so copies overlap neither each other nor the
  originals. A copied unit is "<id>-copy-<n>" with numbered names and the same control
  history; a copied claim is moved the same way and lists the copied units of its copy.
- atlas.json, sources.json and base.geojson: copied unchanged.

A small synth.json records the settings, so that a caller can tell whether a folder is
already the one it wants. The same settings and seed always give the same files.
"""

import argparse
import datetime
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = os.path.normpath(os.path.join(HERE, "..", "..", "geodata"))

# The files copied as they are.
UNCHANGED = ["atlas.json", "sources.json", "base.geojson"]
# Every file of a geodata folder, in the order the sizes are printed.
ALL_FILES = [
    "atlas.json",
    "events.json",
    "sources.json",
    "territories.geojson",
    "claims.geojson",
    "base.geojson",
]

# Where the copies of the map go: land west of Hokkaido with no territory unit on it
# (west, south, east, north in degrees).
FREE_AREA = (120.5, 40.2, 139.0, 55.8)
# Share of each grid cell left empty around a copy, so neighbouring copies never touch.
CELL_MARGIN = 0.05
# Decimals kept in coordinates (the committed files have four; copies are smaller).
DECIMALS = 5


# ---------------------------------------------------------------------------------------------
# Dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as the model reads them.


def parse_date(text):
    """The first day of a date of the record, and its precision (4, 7 or 10 characters)."""
    parts = [int(p) for p in text.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return datetime.date(year, month, day), len(text)


def last_day(text):
    """The last day a date covers ("1875" covers all of 1875)."""
    first, precision = parse_date(text)
    if precision == 4:
        return datetime.date(first.year, 12, 31)
    if precision == 7:
        next_month = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return next_month - datetime.timedelta(days=1)
    return first


def format_date(day, precision):
    """A day written at a precision: the year, the month or the full date."""
    return day.isoformat()[:precision]


def shifted_event(event, start, number):
    """A copy of an event, numbered, moved to start on (or in the year or month of) `start`."""
    copy = json.loads(json.dumps(event))
    copy["id"] = "%s-copy-%d" % (event["id"], number)
    copy["title"] = "%s (copy %d)" % (event["title"], number)
    first, precision = parse_date(event["date"])
    copy["date"] = format_date(start, precision)
    if event.get("end"):
        new_first, _ = parse_date(copy["date"])
        end_first, end_precision = parse_date(event["end"])
        end = new_first + (end_first - first)
        # An end must start after the date; at year or month precision the shift can round
        # it back onto the date's own year or month, so move it on until it is after.
        while parse_date(format_date(end, end_precision))[0] <= new_first:
            end += datetime.timedelta(days=1)
        copy["end"] = format_date(end, end_precision)
    return copy


def make_events(events, referenced, count, rng):
    """`count` events: the committed ones (those referred to first), then copies."""
    if count < len(referenced):
        sys.exit(
            "--events %d is too few: the territories and claims refer to %d events"
            % (count, len(referenced))
        )
    kept = [e for e in events if e["id"] in referenced]
    kept += [e for e in events if e["id"] not in referenced][: max(0, count - len(kept))]

    # The committed time span: copies start in it and, if they are spans, end in it.
    span_start = min(parse_date(e["date"])[0] for e in events)
    span_end = max(last_day(e["end"] or e["date"]) for e in events)

    out = list(kept)
    ids = {e["id"] for e in out}
    for i in range(count - len(kept)):
        original = events[i % len(events)]
        number = i // len(events) + 1
        length = (last_day(original["end"] or original["date"]) - parse_date(original["date"])[0]).days
        latest = max(span_start, span_end - datetime.timedelta(days=length))
        start = span_start + datetime.timedelta(days=rng.randint(0, (latest - span_start).days))
        copy = shifted_event(original, start, number)
        if copy["id"] in ids:
            sys.exit("event id %s would be used twice" % copy["id"])
        ids.add(copy["id"])
        out.append(copy)

    # Sorted by first day like the committed file; the sort is stable, so events on the same
    # day keep the order above.
    out.sort(key=lambda e: parse_date(e["date"])[0])
    return out


# What the distinct events cycle through.
REGIONS = ["kurils", "sakhalin", "khalkhin-gol", "mongolia", "general"]
KINDS = [
    "treaty",
    "war",
    "battle",
    "occupation",
    "declaration",
    "proposal",
    "summit",
    "law",
    "statement",
    "other",
]
# The days distinct events fall on, both included.
DISTINCT_SPAN = (datetime.date(1700, 1, 1), datetime.date(2025, 12, 31))


def distinct_event(number, day, source):
    """Event `number` of a distinct record: unique texts, one region, one passage."""
    region = REGIONS[(number - 1) % len(REGIONS)]
    kind = KINDS[(number - 1) % len(KINDS)]
    event = {
        "id": "synthetic-event-%d" % number,
        "date": day.isoformat(),
        "title": "Synthetic event %d" % number,
        "summary": (
            "Synthetic event %d, a %s of %d in the %s region. It was made up to measure the "
            "atlas at scale." % (number, kind, day.year, region)
        ),
        "regions": [region],
        "kind": kind,
        "sources": [
            {
                "doc": source,
                "quote": "Invented passage %d, from no page at all." % number,
            }
        ],
        "basis": "documents",
    }
    if number % 10 == 0:
        event["note"] = "A note on synthetic event %d." % number
    return event


def make_distinct_events(events, referenced, count, sources, rng):
    """`count` events: the committed ones referred to, then distinct synthetic ones."""
    if count < len(referenced):
        sys.exit(
            "--events %d is too few: the territories and claims refer to %d events"
            % (count, len(referenced))
        )
    out = [e for e in events if e["id"] in referenced]
    first, last = DISTINCT_SPAN
    days = (last - first).days
    for number in range(1, count - len(out) + 1):
        day = first + datetime.timedelta(days=rng.randint(0, days))
        out.append(distinct_event(number, day, sources[(number - 1) % len(sources)]))
    out.sort(key=lambda e: parse_date(e["date"])[0])
    return out


# ---------------------------------------------------------------------------------------------
# Geometry: every copy of the map is the whole committed map scaled into one grid cell.


def positions(coordinates):
    """Every [longitude, latitude] of a GeoJSON coordinate array, however deeply nested."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        yield coordinates
    else:
        for inner in coordinates:
            yield from positions(inner)


def bounds_of(features):
    """West, south, east, north of a list of features."""
    xs, ys = [], []
    for f in features:
        for p in positions(f["geometry"]["coordinates"]):
            xs.append(p[0])
            ys.append(p[1])
    return min(xs), min(ys), max(xs), max(ys)


def grid(copies, map_bounds):
    """Cells (west, south, east, north) for `copies` copies of a map, as large as fit.

    Tries every number of columns and keeps the one that lets the copies be drawn largest
    (each copy keeps the map's shape)."""
    west, south, east, north = FREE_AREA
    map_w = map_bounds[2] - map_bounds[0]
    map_h = map_bounds[3] - map_bounds[1]
    best = None
    for columns in range(1, copies + 1):
        rows = math.ceil(copies / columns)
        cell_w = (east - west) / columns
        cell_h = (north - south) / rows
        scale = min(cell_w / map_w, cell_h / map_h)
        if best is None or scale > best[0]:
            best = (scale, columns, cell_w, cell_h)
    _, columns, cell_w, cell_h = best
    cells = []
    for i in range(copies):
        row, column = divmod(i, columns)
        x0 = west + column * cell_w
        y0 = north - (row + 1) * cell_h
        cells.append((x0, y0, x0 + cell_w, y0 + cell_h))
    return cells


def transform_to(cell, map_bounds):
    """A function moving a (longitude, latitude) of the map into the cell, shape kept."""
    mx0, my0, mx1, my1 = map_bounds
    cx0, cy0, cx1, cy1 = cell
    map_w, map_h = mx1 - mx0, my1 - my0
    inner_w = (cx1 - cx0) * (1 - 2 * CELL_MARGIN)
    inner_h = (cy1 - cy0) * (1 - 2 * CELL_MARGIN)
    scale = min(inner_w / map_w, inner_h / map_h)
    # Centre the copy in its cell.
    ox = cx0 + ((cx1 - cx0) - map_w * scale) / 2
    oy = cy0 + ((cy1 - cy0) - map_h * scale) / 2

    def move(x, y):
        return (
            round(ox + (x - mx0) * scale, DECIMALS),
            round(oy + (y - my0) * scale, DECIMALS),
        )

    return move


def moved_geometry(geometry, move):
    """A copy of a GeoJSON geometry with every position moved."""
    copy = json.loads(json.dumps(geometry))
    for p in positions(copy["coordinates"]):
        p[0], p[1] = move(p[0], p[1])
    return copy


def numbered(names, number):
    """Names in every language with " (copy n)" added, so copies can be told apart."""
    return {lang: "%s (copy %d)" % (name, number) for lang, name in names.items()}


def copy_unit(feature, number, move):
    props = json.loads(json.dumps(feature["properties"]))
    props["id"] = "%s-copy-%d" % (props["id"], number)
    props["names"] = numbered(props["names"], number)
    if props.get("label"):
        props["label"] = list(move(*props["label"]))
    return {"type": "Feature", "properties": props, "geometry": moved_geometry(feature["geometry"], move)}


def copy_claim(feature, number, move):
    props = json.loads(json.dumps(feature["properties"]))
    props["id"] = "%s-copy-%d" % (props["id"], number)
    props["names"] = numbered(props["names"], number)
    if "units" in props:
        props["units"] = ["%s-copy-%d" % (u, number) for u in props["units"]]
    return {"type": "Feature", "properties": props, "geometry": moved_geometry(feature["geometry"], move)}


# ---------------------------------------------------------------------------------------------
# Files


def read_json(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return json.load(f)


def read_entries(folder, name, key):
    """The list of an events.json or sources.json: a bare array, or an object holding it under
    `key` beside a "$schema" (as the committed files are)."""
    data = read_json(folder, name)
    if isinstance(data, dict):
        if not isinstance(data.get(key), list):
            sys.exit('%s: not an array, nor an object with a "%s" array' % (name, key))
        return data[key]
    return data


def write_text(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


def feature_collection(features):
    """A FeatureCollection written one feature per line, as the committed files are."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def human_size(size):
    if size >= 1024 * 1024:
        return "%.1f MB" % (size / 1024 / 1024)
    if size >= 1024:
        return "%.1f KB" % (size / 1024)
    return "%d B" % size


def main():
    parser = argparse.ArgumentParser(
        description="Write a synthetic geodata folder for scale testing (see the top of this file)."
    )
    parser.add_argument("--events", type=int, required=True, help="number of events in events.json")
    parser.add_argument(
        "--territory-factor",
        type=int,
        default=1,
        help="how many times the territory units (and claims) appear; 1 keeps the committed ones",
    )
    parser.add_argument("--out", required=True, help="the folder to write (created if missing)")
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="the geodata folder to start from")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random event dates")
    parser.add_argument(
        "--kind",
        choices=["copies", "distinct"],
        default="copies",
        help="copies of the committed events (default), or distinct synthetic events",
    )
    args = parser.parse_args()
    if args.events < 1 or args.territory_factor < 1:
        sys.exit("--events and --territory-factor must be at least 1")

    events = read_entries(args.source, "events.json", "events")
    territories = read_json(args.source, "territories.geojson")
    claims = read_json(args.source, "claims.geojson")
    units = territories["features"]
    claim_features = claims["features"]

    # Every event a control interval or a claim names must stay in the record.
    referenced = {c["event"] for f in units for c in f["properties"]["control"]}
    referenced |= {f["properties"]["event"] for f in claim_features}

    rng = random.Random(args.seed)
    if args.kind == "distinct":
        source_ids = [s["id"] for s in read_entries(args.source, "sources.json", "sources")]
        new_events = make_distinct_events(events, referenced, args.events, source_ids, rng)
    else:
        new_events = make_events(events, referenced, args.events, rng)

    # The originals, then each copy of the map in its own cell.
    map_bounds = bounds_of(units + claim_features)
    new_units = list(units)
    new_claims = list(claim_features)
    copies = args.territory_factor - 1
    for number, cell in enumerate(grid(copies, map_bounds) if copies else [], start=1):
        move = transform_to(cell, map_bounds)
        new_units += [copy_unit(f, number, move) for f in units]
        new_claims += [copy_claim(f, number, move) for f in claim_features]

    os.makedirs(args.out, exist_ok=True)
    for name in UNCHANGED:
        with open(os.path.join(args.source, name), "rb") as f:
            data = f.read()
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
    indent = None if args.kind == "distinct" else 2
    events_text = json.dumps(new_events, ensure_ascii=False, indent=indent)
    write_text(args.out, "events.json", events_text + "\n")
    write_text(args.out, "territories.geojson", feature_collection(new_units))
    write_text(args.out, "claims.geojson", feature_collection(new_claims))
    settings = {
        "events": args.events,
        "kind": args.kind,
        "territory_factor": args.territory_factor,
        "seed": args.seed,
        "units": len(new_units),
        "claims": len(new_claims),
    }
    write_text(args.out, "synth.json", json.dumps(settings, indent=2) + "\n")

    print(
        "%s: %d events, %d territory units, %d claims"
        % (args.out, len(new_events), len(new_units), len(new_claims))
    )
    total = 0
    for name in ALL_FILES:
        size = os.path.getsize(os.path.join(args.out, name))
        total += size
        print("  %-20s %10d bytes  %9s" % (name, size, human_size(size)))
    print("  %-20s %10d bytes  %9s" % ("total", total, human_size(total)))


if __name__ == "__main__":
    main()
