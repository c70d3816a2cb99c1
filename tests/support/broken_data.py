#!/usr/bin/env python3
"""Writes the broken-data corpus the end-to-end tier loads: copies of a built atlas, each with
its geodata/ broken in one way a teacher's edit, a failed upload or a hostile file could break
it. Each data file is missing, empty, cut short, of the wrong shape and with one bad entry; one
copy has hostile text, one has every event in the future, one a lesson with a bad step.

    tests/support/broken_data.py BUILD_DIR OUT_DIR

OUT_DIR/<case>/ is a copy of BUILD_DIR with its data changed; OUT_DIR/cases.txt lists the cases.
"""

import json
import shutil
import sys
from pathlib import Path

FILES = ["atlas.json", "events.json", "sources.json", "territories.geojson", "claims.geojson", "base.geojson"]


def entries(value, key):
    """The list of entries of a data file, which may wrap it in an object beside "$schema"."""
    if isinstance(value, list):
        return value
    return value[key]


def one_bad(name, text):
    """The file with one entry made wrong, the rest untouched."""
    data = json.loads(text)
    if name == "events.json":
        entries(data, "events")[5]["date"] = "1905-13-45"
    elif name == "sources.json":
        del entries(data, "sources")[1]["title"]
    elif name == "territories.geojson":
        data["features"][1]["geometry"]["coordinates"] = [[[[1e308, 0], [1, 1], [0, 1], [1e308, 0]]]]
    elif name == "claims.geojson":
        data["features"][0]["properties"]["party"] = "atlantis"
    elif name == "base.geojson":
        data["features"][0]["geometry"] = {"type": "GeometryCollection", "geometries": []}
    elif name == "atlas.json":
        data["views"][0]["bounds"] = "everywhere"
    return json.dumps(data, ensure_ascii=False, indent=1)


def wrong_shape(name):
    return "[]" if name in ("atlas.json",) or name.endswith(".geojson") else '{"hello": "world"}'


HOSTILE_ID = "\u202e" + "x" * 10_000


def hostile(geodata):
    """Text a hostile or careless file could hold: markup, bidirectional overrides, huge values."""
    path = geodata / "events.json"
    data = json.loads(path.read_text())
    events = entries(data, "events")
    events[3]["title"] = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>Title'
    events[3]["summary"] = "\u202eReversed? " + "word " * 2000
    events.insert(0, {"id": HOSTILE_ID, "date": "1900"})
    path.write_text(json.dumps(data, ensure_ascii=False))
    territories = geodata / "territories.geojson"
    data = json.loads(territories.read_text())
    data["features"][2]["properties"]["label"] = [1e308, 1e308]
    territories.write_text(json.dumps(data, ensure_ascii=False))


def future(geodata):
    """Every event dated in the next century (and no end dates)."""
    path = geodata / "events.json"
    data = json.loads(path.read_text())
    for i, event in enumerate(entries(data, "events")):
        event["date"] = f"{2100 + i // 12:04d}-{1 + i % 12:02d}"
        event["end"] = None
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1))


def lesson_broken(geodata):
    """The first lesson listed with a step that names an event the record lacks."""
    folder = geodata / "lessons"
    first = json.loads((folder / "index.json").read_text())["lessons"][0]
    path = folder / f"{first}.json"
    data = json.loads(path.read_text())
    data["steps"][1]["event"] = "no-such-event"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build, out = Path(sys.argv[1]), Path(sys.argv[2])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    cases = []

    def case(name):
        target = out / name
        shutil.copytree(build, target)
        cases.append(name)
        return target / "geodata"

    for name in FILES:
        stem = name.split(".")[0]
        original = (build / "geodata" / name).read_text()
        (case(f"{stem}-missing") / name).unlink()
        (case(f"{stem}-empty") / name).write_text("")
        (case(f"{stem}-truncated") / name).write_text(original[: len(original) // 2])
        (case(f"{stem}-wrong-shape") / name).write_text(wrong_shape(name))
        (case(f"{stem}-one-bad") / name).write_text(one_bad(name, original))
    hostile(case("hostile"))
    future(case("future"))
    lesson_broken(case("lesson-broken"))
    (out / "cases.txt").write_text("\n".join(cases) + "\n")
    print(f"broken_data: {len(cases)} cases in {out}")


if __name__ == "__main__":
    main()
